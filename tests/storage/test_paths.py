"""Data folders: where the journal, settings and log live, and who may read them."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pos_app.storage import AppPaths


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_default_paths_follow_the_platform_folders_of_the_user() -> None:
    paths = AppPaths.default()
    home = Path(os.environ["HOME"])  # the suite's temporary home
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        assert folder.is_relative_to(home)
        assert "CounterPOS" in folder.parts
    assert paths.journal_path == paths.data_dir / "journal.sqlite3"
    assert paths.settings_path == paths.config_dir / "settings.json"
    assert paths.log_path == paths.log_dir / "counter-pos.log"


def test_paths_under_one_root_keep_everything_inside_it(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "portable")
    for file in (paths.journal_path, paths.settings_path, paths.log_path):
        assert file.is_relative_to(tmp_path / "portable")
    assert len({paths.data_dir, paths.config_dir, paths.log_dir}) == 3


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_ensure_creates_private_folders(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        paths = AppPaths.under(tmp_path / "root").ensure()
    finally:
        os.umask(old_umask)
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        assert folder.is_dir()
        assert _mode(folder) == 0o700


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_ensure_tightens_an_existing_folder_and_keeps_its_files(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    paths.data_dir.mkdir(mode=0o755)
    os.chmod(paths.data_dir, 0o755)
    (paths.data_dir / "journal.sqlite3").write_bytes(b"sales")
    paths.ensure()
    paths.ensure()  # twice is fine
    assert _mode(paths.data_dir) == 0o700
    assert paths.journal_path.read_bytes() == b"sales"


def test_default_paths_are_created_in_the_users_folders() -> None:
    paths = AppPaths.default().ensure()
    assert paths.data_dir.is_dir()
    assert paths.config_dir.is_dir()
    assert paths.log_dir.is_dir()
