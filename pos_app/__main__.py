"""`python -m pos_app` runs the command line."""

import sys

from pos_app.cli import main

sys.exit(main())
