"""Settings → Language: loading the catalogue (or falling back to English, logged), Qt's own
French, the choice saved for the next start, and French receipts from the same sale."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_app.domain import build_receipt
from pos_app.lang import current_locale
from pos_app.storage import load_settings, save_settings
from pos_app.storage.settings import peek_language
from pos_app.ui import i18n
from pos_app.ui.i18n import install_language, remove_language, tr
from pos_app.ui.services import UiServices
from tests.gui.test_settings_screen import Page


@pytest.fixture
def clean(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    remove_language(qapp)


def test_french_loads_our_catalogue_and_qts_own(clean: QApplication) -> None:
    assert install_language(clean, "fr_CA") == "fr_CA"
    assert tr("Remaining due") == "Reste à payer"
    assert current_locale() == "fr_CA"
    # Qt's own words (its dialogs' buttons) come from qtbase_fr.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert QLocale().name() == "fr_CA"
    remove_language(clean)
    assert tr("Remaining due") == "Remaining due"
    assert current_locale() == "en"


def test_a_missing_catalogue_leaves_english_with_a_warning_never_a_crash(
        clean: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    # No compiled catalogue anywhere, no source to compile it from.
    monkeypatch.setattr(i18n, "qm_folders", lambda: [tmp_path / "nowhere"])
    monkeypatch.setattr(i18n, "TS_FOLDER", tmp_path / "no-sources")
    with caplog.at_level(logging.WARNING, logger="pos_app.ui.i18n"):
        assert install_language(clean, "fr_CA") == "en"
    assert "stays in English" in caplog.text
    assert tr("Remaining due") == "Remaining due"
    assert current_locale() == "en"


def test_a_broken_catalogue_leaves_english_too(
        clean: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "counter_pos_fr_CA.qm").write_bytes(b"not a catalogue")
    monkeypatch.setattr(i18n, "qm_folders", lambda: [tmp_path])
    monkeypatch.setattr(i18n, "TS_FOLDER", tmp_path / "no-sources")
    with caplog.at_level(logging.WARNING, logger="pos_app.ui.i18n"):
        assert install_language(clean, "fr_CA") == "en"
    assert "stays in English" in caplog.text


def test_with_no_compiled_catalogue_it_is_compiled_on_demand(
        clean: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "qm_folders", lambda: [tmp_path / "empty"])
    assert install_language(clean, "fr_CA") == "fr_CA"
    assert tr("Cancel sale") == "Annuler la vente"


def test_the_language_is_chosen_in_settings_and_waits_for_a_restart(
        qtbot: QtBot, services: UiServices, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, services.settings)
    services.save_settings = lambda settings: save_settings(path, settings)
    page = Page(qtbot, services)
    combo = page.form.language
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "System (default)", "English", "Français (Canada)"]
    assert combo.currentData() == "system"
    combo.setCurrentIndex(combo.findData("fr_CA"))
    combo.activated.emit(combo.currentIndex())

    status = page.save()

    assert "Restart Counter POS to use the new language." in status
    assert load_settings(path).language == "fr_CA"
    assert peek_language(path) == "fr_CA"  # what the next start reads before its window
    assert services.settings.language == "system"  # this run stays as it started


def test_peek_language_never_fails_on_a_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert peek_language(path) == "system"
    path.write_text("{not json")
    assert peek_language(path) == "system"
    path.write_text('{"language": "klingon"}')
    assert peek_language(path) == "system"
    path.write_text('{"language": "FR_ca"}')
    assert peek_language(path) == "fr_CA"


def test_the_same_sale_prints_a_french_receipt_in_french(
        clean: QApplication, services: UiServices) -> None:
    services.checkout.add_item("Café", 350)
    sale = services.checkout.sale
    assert sale is not None
    english = build_receipt(sale, services.store, words=tr).render_text()
    assert "Subtotal" in english and "$3.50" in english and "Thank you!" in english
    install_language(clean, "fr_CA")
    french = build_receipt(sale, services.store, words=tr).render_text()
    assert "Sous-total" in french and "3,50\u00a0$" in french and "Merci!" in french
    assert "FORMATION — SANS VALEUR" in french
    assert "Subtotal" not in french and "$" not in french.replace("\u00a0$", "")


def test_qts_own_french_is_found_beside_ours_when_qt_has_no_translations(
        clean: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An installer may leave out Qt's translations folder and ship qtbase_fr.qm beside
    counter_pos_fr_CA.qm (`translations/`): it is found there."""
    import shutil  # noqa: PLC0415

    from PySide6.QtCore import QLibraryInfo  # noqa: PLC0415

    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ours = tmp_path / "translations"
    ours.mkdir()
    i18n_qm = i18n._find_qm("counter_pos_fr_CA")
    assert i18n_qm is not None
    shutil.copy(i18n_qm, ours)
    shutil.copy(qt_folder / "qtbase_fr.qm", ours)

    class NoQtTranslations:  # Qt's folder as a trimmed installer leaves it: empty
        LibraryPath = QLibraryInfo.LibraryPath

        @staticmethod
        def path(_which: object) -> str:
            return str(tmp_path / "empty")

    monkeypatch.setattr(i18n, "QLibraryInfo", NoQtTranslations)
    monkeypatch.setattr(i18n, "qm_folders", lambda: [ours])
    assert install_language(clean, "fr_CA") == "fr_CA"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
