"""Atomic writes: the file on disk is always the old one or the new one, never a mix."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pos_app.storage import write_atomic


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder of its own (tmp_path also holds the suite's temporary HOME)."""
    path = tmp_path / "files"
    path.mkdir()
    return path


def test_write_creates_the_file_with_the_content(folder: Path) -> None:
    target = folder / "settings.json"
    write_atomic(target, b'{"a": 1}\n')
    assert target.read_bytes() == b'{"a": 1}\n'
    assert _files(folder) == ["settings.json"]


def test_write_replaces_an_existing_file_and_leaves_no_temporary_file(folder: Path) -> None:
    target = folder / "settings.json"
    target.write_bytes(b"old content that is longer than the new one")
    write_atomic(str(target), b"new")
    assert target.read_bytes() == b"new"
    assert _files(folder) == ["settings.json"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_written_file_is_private_even_if_the_old_one_was_not(folder: Path) -> None:
    target = folder / "settings.json"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    write_atomic(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_mode_can_be_chosen(folder: Path) -> None:
    target = folder / "receipt.txt"
    write_atomic(target, b"x", mode=0o640)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failed_write_keeps_the_old_file_and_cleans_up(folder: Path) -> None:
    target = folder / "settings.json"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        write_atomic(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert _files(folder) == ["settings.json"]


def test_writing_into_a_missing_folder_fails_without_creating_anything(folder: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(folder / "missing" / "settings.json", b"x")
    assert _files(folder) == []
