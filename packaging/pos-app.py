"""The frozen app's entry point: the `pos-app` command line, as the pip-installed script runs it."""

import sys

from pos_app.cli import main

sys.exit(main())
