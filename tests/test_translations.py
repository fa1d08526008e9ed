"""The French catalogue is in step with the code, and every marked string can be extracted."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402

FRENCH = translations.TS_FOLDER / "counter_pos_fr_CA.ts"


def test_the_catalogue_has_no_new_vanished_or_unfinished_string() -> None:
    extracted = translations.extract()
    assert not extracted.problems, "tr()/N_() need a string literal:\n" + "\n".join(
        extracted.problems)
    new, vanished, unfinished = translations.differences(FRENCH, extracted)
    assert (new, vanished, unfinished) == ([], [], []), (
        "run scripts/translations.py update, then translate: "
        f"new={new[:10]} vanished={vanished[:10]} unfinished={unfinished[:10]}")
    assert len(extracted.strings) > 500


def test_the_check_fails_on_a_string_the_catalogue_lacks(tmp_path: Path) -> None:
    source = tmp_path / "pos_app"
    source.mkdir()
    (source / "screen.py").write_text('tr("A brand new button")\nN_("Sale")\n')
    extracted = translations.extract(source)
    new, vanished, _ = translations.differences(FRENCH, extracted)
    assert new == ["A brand new button"]
    assert "Remaining due" in vanished


def test_a_marker_without_a_literal_is_reported(tmp_path: Path) -> None:
    source = tmp_path / "pos_app"
    source.mkdir()
    (source / "screen.py").write_text('N_(f"Paid {amount}")\ntr("Total " + amount)\n')
    problems = translations.extract(source).problems
    assert len(problems) == 2


def test_placeholders_and_fr_ca_typography_survive_translation() -> None:
    """Every {placeholder} of the English is in the French, and a colon has its space."""
    for source, french in translations.read_ts(FRENCH).items():
        assert french is not None
        assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(
            re.findall(r"\{[^}]*\}", french)), source
        prose = re.sub(r"\b(?:escpos|pdf)\S*", "", french)  # a setting's syntax, not prose
        assert not re.search(r"\S:(\s|$)", prose), french  # « : » in fr-CA


def test_the_catalogue_compiles_quickly(tmp_path: Path) -> None:
    tool = shutil.which("lrelease", path=str(Path(translations.__file__).parent)) or str(
        Path(sys.executable).parent / "pyside6-lrelease")
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "compile",
                    str(tmp_path)], check=True, capture_output=True)
    compiled = tmp_path / "counter_pos_fr_CA.qm"
    assert compiled.stat().st_size > 10_000
    print(f"compiled in {time.perf_counter() - started:.2f} s with {tool}")


@pytest.mark.parametrize("command", ["check"])
def test_the_command_line_check_passes(command: str) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), command],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout
