"""Where Counter POS keeps its journal, settings and logs on this computer."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from pos_app import APP_NAME

__all__ = ["AppPaths"]

_PRIVATE_DIR = 0o700


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The app's three folders; the files in them are derived, so tests can move them all."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        """The per-user folders of this platform (XDG on Linux, AppData on Windows…)."""
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything below one folder: for tests and portable installs."""
        root = Path(root)
        return cls(data_dir=root / "data", config_dir=root / "config", log_dir=root / "logs")

    @property
    def journal_path(self) -> Path:
        return self.data_dir / "journal.sqlite3"

    @property
    def settings_path(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_path(self) -> Path:
        return self.log_dir / "counter-pos.log"

    def ensure(self) -> AppPaths:
        """Create the folders, readable by this user only (the journal holds sales)."""
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            folder.mkdir(mode=_PRIVATE_DIR, parents=True, exist_ok=True)
            # mkdir's mode is filtered by the umask and ignored for an existing folder.
            os.chmod(folder, _PRIVATE_DIR)
        return self
