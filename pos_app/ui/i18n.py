"""The ui's words: `tr` through Qt's translator, and loading the translations at start.

Every string the ui shows goes through `tr` (one context, "CounterPOS": a sentence reads the
same on every screen, and the catalogue stays one list a translator can read top to bottom).
Messages made below the ui arrive as `pos_app.lang.Phrase`s and are worded again here.
The `.ts` sources live in `resources/translations/`; `scripts/install.sh` compiles them to
`build/translations/*.qm` (and the installer bundles that folder as `translations/`). When no
`.qm` is found or it is older than its `.ts`, it is compiled on demand with Qt's `lrelease`;
when that fails too, the register runs in English and says why in the log.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pos_app.lang import N_, Phrase, resolve_language, set_locale

__all__ = ["CONTEXT", "install_language", "key_name", "qm_folders", "remove_language", "tr"]

log = logging.getLogger(__name__)

CONTEXT = "CounterPOS"
CATALOGUE = "counter_pos"  # counter_pos_fr_CA.ts / .qm
ROOT = Path(__file__).resolve().parents[2]
TS_FOLDER = ROOT / "resources" / "translations"
# Where a build put the compiled catalogues (set it to point at another folder).
QM_ENV = "COUNTER_POS_TRANSLATIONS"

_installed: list[QTranslator] = []  # Qt keeps a pointer only: they must outlive the app


def tr(text: str) -> str:
    """`text` in the register's language; a Phrase is worded from its translated template."""
    if isinstance(text, Phrase):
        # Values are worded too: a card's kind inside "{name} ····{last4}", a state inside a
        # sentence. Amounts, numbers and names have no entry and stay as they are.
        values = {key: tr(value) if isinstance(value, str) else value
                  for key, value in text.values.items()}
        return QCoreApplication.translate(CONTEXT, text.template).format(**values)
    return QCoreApplication.translate(CONTEXT, text) if text else text


def qm_folders() -> list[Path]:
    """Where compiled catalogues may be, first found first used."""
    found = [Path(os.environ[QM_ENV])] if os.environ.get(QM_ENV) else []
    bundle = getattr(sys, "_MEIPASS", None)  # the PyInstaller bundle
    if bundle:
        found.append(Path(bundle) / "translations")
    found.append(ROOT / "build" / "translations")
    return found


def _lrelease() -> Path | None:
    import PySide6  # noqa: PLC0415

    tool = Path(PySide6.__file__).parent / "lrelease"
    return tool if tool.exists() else None


def _compile(name: str) -> Path | None:
    """Compile `name`.ts from the sources (a checkout, or a copy with stale or no `.qm`)."""
    source = TS_FOLDER / f"{name}.ts"
    tool = _lrelease()
    if not source.exists() or tool is None:
        return None
    for folder in (ROOT / "build" / "translations",
                   Path(tempfile.gettempdir()) / "counter-pos-translations"):
        target = folder / f"{name}.qm"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            command = [str(tool), "-silent", str(source), "-qm", str(target)]
            subprocess.run(command, check=True, capture_output=True, timeout=60)  # noqa: S603
        except (OSError, subprocess.SubprocessError) as error:
            log.warning("could not compile %s into %s: %s", source.name, folder, error)
            continue
        return target
    return None


def _find_qm(name: str) -> Path | None:
    source = TS_FOLDER / f"{name}.ts"
    for folder in qm_folders():
        found = folder / f"{name}.qm"
        if found.exists():
            if source.exists() and source.stat().st_mtime > found.stat().st_mtime:
                continue  # edited since it was compiled: compile it again below
            return found
    return _compile(name)


def _load(app: QCoreApplication, path: Path) -> bool:
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def install_language(app: QCoreApplication, setting: str) -> str:
    """Use the language Settings asks for ("system" follows the computer); returns the one
    in use. A missing or broken catalogue leaves the register in English, logged, never down."""
    language = resolve_language(setting)
    if language == "en":
        set_locale("en")
        return "en"
    name = f"{CATALOGUE}_{language}"
    path = _find_qm(name)
    if path is None or not _load(app, path):
        log.warning("no usable translation %s.qm (looked in %s): the register stays in English",
                    name, ", ".join(str(p) for p in qm_folders()))
        set_locale("en")
        return "en"
    # Qt's own words (its dialogs' and context menus' buttons): from Qt's folder, or beside ours
    # (an installer that leaves out Qt's other translations may ship qtbase_fr.qm there).
    qt_own = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
              *(str(folder) for folder in qm_folders())]
    own = QTranslator(app)
    if any(own.load(QLocale(language), "qtbase", "_", folder) for folder in qt_own):
        app.installTranslator(own)
        _installed.append(own)
    else:
        log.warning("Qt's own French (qtbase_fr.qm) is in none of %s", ", ".join(qt_own))
    QLocale.setDefault(QLocale(language))
    set_locale(language)
    log.info("language: %s (%s)", language, path)
    return language


def remove_language(app: QCoreApplication) -> None:
    """Back to English (tests switch languages in one process; the app never does)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    set_locale("en")


# Key names as printed on a French keyboard (F-keys, digits and "Ctrl"/"Alt" read the same).
_KEY_WORDS = {"Del": N_("Del"), "Enter": N_("Enter"), "Esc": N_("Esc"), "Shift": N_("Shift")}


def key_name(key: str) -> str:
    """"Del" / "Ctrl+L" as the keyboard in use labels them ("Suppr" in French)."""
    return "+".join(tr(_KEY_WORDS[part]) if part in _KEY_WORDS else part
                    for part in key.split("+"))
