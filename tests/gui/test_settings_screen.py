"""The Settings screen and the card reader test, driven through their widgets."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from pos_app import connection
from pos_app.clover import Hosts
from pos_app.domain import build_receipt
from pos_app.hardware import SwipeDetector
from pos_app.runtime import Runtime
from pos_app.storage import SecretName, SecretStore, Settings, load_settings, save_settings
from pos_app.storage.secrets import SERVICE
from pos_app.ui.main_window import MainWindow
from pos_app.ui.services import UiServices
from pos_app.ui.settings_screen import SettingsScreen
from tests.storage.memory_keyring import MemoryKeyring

WAIT = 10_000
NO_SECURE_STORE = "This computer has no secure credential store"
GIFT_1234 = "7777373100001234"


class Page:
    """The main window showing Settings, as a store manager drives it."""

    def __init__(self, qtbot: QtBot, services: UiServices) -> None:
        self.qtbot = qtbot
        self.services = services
        self.window = MainWindow(services)
        qtbot.addWidget(self.window)
        self.screen = SettingsScreen(services)
        self.form = self.screen.form
        self.window.add_screen("settings", self.screen, "Settings", "Ctrl+,")
        with qtbot.waitActive(self.window):
            self.window.show()
            self.window.activateWindow()
        self.window.show_screen("settings")
        self.idle()

    def idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.screen.tasks.running, timeout=WAIT)

    def retype(self, widget: object, text: str) -> None:
        widget.setFocus()  # type: ignore[attr-defined]
        widget.selectAll()  # type: ignore[attr-defined]
        self.qtbot.keyClick(widget, Qt.Key.Key_Delete)  # type: ignore[arg-type]
        self.qtbot.keyClicks(widget, text)  # type: ignore[arg-type]

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            ) -> None:
        self.qtbot.keyClick(self.window, key, modifier)

    def act(self, key: Qt.Key,
            modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> str:
        """Press a key whose action ends with a message (a button's shortcut clicks a beat
        later, and its task a few loop turns after that); returns the message."""
        self.screen.status.show_message("", "info")
        self.key(key, modifier)
        self.qtbot.waitUntil(lambda: bool(self.status) and self.screen.status.kind != "busy",
                             timeout=WAIT)
        self.idle()
        return self.status

    def save(self) -> str:
        return self.act(Qt.Key.Key_F10)

    @property
    def status(self) -> str:
        return self.screen.status.text()


@pytest.fixture
def settings_path(tmp_path: Path, services: UiServices) -> Path:
    """The settings file, written by the real `save_settings` as app.py wires it."""
    path = tmp_path / "settings.json"
    save_settings(path, services.settings)
    services.save_settings = lambda settings: save_settings(path, settings)
    return path


@pytest.fixture
def page(qtbot: QtBot, services: UiServices, settings_path: Path) -> Page:
    return Page(qtbot, services)


@pytest.fixture
def detector() -> Iterator[SwipeDetector]:
    # A huge gap: the test's key timing never decides whether a burst is a swipe.
    swipe = SwipeDetector(max_gap_ms=60_000, flush_after_ms=60_000)
    swipe.install()
    yield swipe
    swipe.uninstall()


def test_store_name_and_footer_are_saved_and_the_next_receipt_shows_them(
        qtbot: QtBot, services: UiServices, settings_path: Path) -> None:
    services.swipe = SwipeDetector(max_gap_ms=50)  # not installed: only its setting matters
    page = Page(qtbot, services)
    page.retype(page.form.store_name, "Corner Books")
    page.retype(page.form.receipt_footer, "See you soon!")
    page.retype(page.form.swipe_gap, "80")

    status = page.save()

    assert status.startswith("Saved. Store details and swipe timing apply now.")
    saved = load_settings(settings_path)
    assert (saved.store_name, saved.receipt_footer, saved.swipe_max_gap_ms) == (
        "Corner Books", "See you soon!", 80)
    assert services.settings.store_name == "Corner Books"
    assert services.swipe.max_gap_ms == 80
    services.checkout.add_item("Coffee", 350)
    assert services.checkout.sale is not None
    receipt = build_receipt(services.checkout.sale, services.store).render_text()
    assert "Corner Books" in receipt
    assert "See you soon!" in receipt


@pytest.mark.parametrize(("typed", "message"), [
    ("abc", "Type the tax rate as a percentage, like 8.875."),
    ("-1", "The tax rate can't be negative."),
])
def test_a_bad_tax_rate_is_refused_and_nothing_is_saved(
        page: Page, services: UiServices, settings_path: Path, typed: str, message: str) -> None:
    before = settings_path.read_bytes()
    page.retype(page.form.store_name, "Not Saved Books")
    page.retype(page.form.tax_rate, typed)

    page.act(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert page.status == message
    assert page.screen.status.kind == "error"
    assert page.form.tax_rate.hasFocus()
    assert settings_path.read_bytes() == before
    assert services.settings.store_name == "Test Shop"


def test_an_api_token_goes_to_the_keyring_only_and_is_never_shown(
        qtbot: QtBot, services: UiServices, settings_path: Path, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    backend = MemoryKeyring()
    services.secrets = SecretStore(backend, trusted_backends=(MemoryKeyring,))
    page = Page(qtbot, services)
    token_field = page.form.secret_edits[SecretName.API_TOKEN]
    assert page.form.secret_states[SecretName.API_TOKEN].text() == "Not stored"
    token = f"merchant-token-{uuid.uuid4().hex}"
    page.retype(token_field, token)

    status = page.save()

    assert backend.entries[(SERVICE, "api_token")] == token
    assert "The API token is in this computer's credential store." in status
    assert token_field.text() == ""
    assert page.form.secret_states[SecretName.API_TOKEN].text() == "✓ Stored"
    shown = [label.text() for label in page.window.findChildren(QLabel)]
    assert not any(token in text for text in shown)
    assert token not in caplog.text
    written = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert settings_path in written
    assert not [path for path in written if token.encode() in path.read_bytes()]


def test_without_a_secure_store_the_token_is_refused_and_nothing_is_saved(
        qtbot: QtBot, services: UiServices, settings_path: Path) -> None:
    services.secrets = SecretStore(fail.Keyring())
    before = settings_path.read_bytes()
    page = Page(qtbot, services)
    assert NO_SECURE_STORE in page.form.store_note.text()
    page.retype(page.form.store_name, "Not Saved Books")
    page.retype(page.form.secret_edits[SecretName.API_TOKEN], "a-token-with-nowhere-to-go")

    status = page.save()

    assert status.startswith(NO_SECURE_STORE)
    assert "Nothing was saved" in status
    assert "a-token-with-nowhere-to-go" not in status
    assert settings_path.read_bytes() == before
    assert services.settings.store_name == "Test Shop"


def test_a_store_not_yet_detected_is_detected_and_an_insecure_one_refuses(
        qtbot: QtBot, services: UiServices, settings_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("keyring.core._keyring_backend", fail.Keyring())
    services.secrets = None
    page = Page(qtbot, services)

    assert services.secrets is not None and not services.secrets.secure
    assert NO_SECURE_STORE in page.form.store_note.text()
    assert page.form.secret_states[SecretName.API_TOKEN].text() == "Can't store"
    page.retype(page.form.secret_edits[SecretName.PAKMS_KEY], "pakms-typed-here")
    assert page.save().startswith(NO_SECURE_STORE)
    assert load_settings(settings_path) == services.settings


def test_switching_to_production_needs_the_confirmation_on_the_screen(
        page: Page, services: UiServices, settings_path: Path) -> None:
    before = settings_path.read_bytes()
    page.form.mode.setFocus()
    page.form.mode.setCurrentIndex(page.form.mode.findData("production"))
    assert page.form.confirm_production.isVisible()

    status = page.save()

    assert "Production takes real money from real cards" in status
    assert page.form.confirm_production.hasFocus()
    assert settings_path.read_bytes() == before

    page.qtbot.keyClick(page.form.confirm_production, Qt.Key.Key_Space)
    status = page.save()

    assert "Restart Counter POS to switch to Production." in status
    assert load_settings(settings_path).environment == "production"
    assert services.settings.environment == "training"  # until the restart
    assert "waiting for a restart" in page.form.pending_note.text()


def test_forget_clover_account_asks_twice_then_empties_the_keyring(
        qtbot: QtBot, services: UiServices, settings_path: Path) -> None:
    backend = MemoryKeyring()
    backend.set_password(SERVICE, "api_token", "stored-merchant-token")
    backend.set_password(SERVICE, "pakms_key", "stored-pakms-key")
    services.secrets = SecretStore(backend, trusted_backends=(MemoryKeyring,))
    page = Page(qtbot, services)
    assert page.form.secret_states[SecretName.API_TOKEN].text() == "✓ Stored"
    forget = page.form.forget_button

    qtbot.mouseClick(forget, Qt.MouseButton.LeftButton)
    assert "again to remove" in page.status
    assert len(backend.entries) == 2

    page.screen.status.show_message("", "info")
    qtbot.mouseClick(forget, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "were removed" in page.status, timeout=WAIT)
    assert backend.entries == {}
    assert page.form.secret_states[SecretName.PAKMS_KEY].text() == "Not stored"


def test_test_connection_in_training_mode_needs_no_connection(page: Page) -> None:
    page.act(Qt.Key.Key_F9)

    assert page.status == "Training mode uses the built-in sandbox — no connection needed."
    assert page.screen.status.kind == "ok"


def test_test_connection_tries_the_typed_token_with_the_mode_on_the_form(
        page: Page, services: UiServices, runtime: Runtime) -> None:
    sandbox = runtime.sandbox
    assert sandbox is not None

    def against_sandbox(settings: Settings, token: str | None, store: SecretStore | None,
                        ) -> object:
        return connection.check_connection(settings, token, store, hosts=Hosts.local(),
                                           transport=sandbox.transport())  # type: ignore[attr-defined]

    services.test_connection = against_sandbox  # type: ignore[assignment]
    page.form.mode.setCurrentIndex(page.form.mode.findData("sandbox"))
    token_field = page.form.secret_edits[SecretName.API_TOKEN]
    page.retype(token_field, "not-the-token")
    page.act(Qt.Key.Key_F9)
    assert page.status == ("Clover refused the token — check it was copied whole "
                           "(Settings → Clover).")

    page.retype(token_field, sandbox.api_token)  # type: ignore[attr-defined]
    page.act(Qt.Key.Key_F9)
    assert page.status == "Connected to Clover sandbox — the token works."


def test_escape_discards_unsaved_edits(page: Page, settings_path: Path) -> None:
    before = settings_path.read_bytes()
    page.retype(page.form.store_name, "Half Typed")

    page.act(Qt.Key.Key_Escape)

    assert page.form.store_name.text() == "Test Shop"
    assert page.status == "Changes discarded — the saved settings are shown."
    assert settings_path.read_bytes() == before


def test_the_card_reader_test_shows_a_swipe_masked_and_never_the_number(
        qtbot: QtBot, services: UiServices, settings_path: Path,
        detector: SwipeDetector) -> None:
    services.swipe = detector
    page = Page(qtbot, services)
    page.key(Qt.Key.Key_F8)
    page.qtbot.waitUntil(lambda: page.screen.dialog is not None, timeout=WAIT)
    dialog = page.screen.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert "Swipe a card now" in dialog.hint.text()

    target = dialog.close_button  # a reader types into whatever has the keyboard focus
    dialog.activateWindow()
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=WAIT)
    qtbot.keyClicks(target, f";{GIFT_1234}?")  # a reader's burst, then Enter
    qtbot.keyClick(target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "····1234" in dialog.outcome.text(), timeout=WAIT)

    assert dialog.outcome.text() == "Read track 2 — gift card ····1234."
    assert dialog.masked.text().endswith("1234?")
    assert "•" in dialog.masked.text()
    assert dialog.keys.text() == str(len(f";{GIFT_1234}?"))
    assert dialog.limit.text() == "60000 ms"
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    shown += [label.text() for label in page.window.findChildren(QLabel)]
    assert not any(GIFT_1234 in text for text in shown)
    assert dialog.isVisible()  # the swipe did not close it


def test_the_card_reader_test_says_when_the_reader_is_not_active(page: Page) -> None:
    page.key(Qt.Key.Key_F8)
    page.qtbot.waitUntil(lambda: page.screen.dialog is not None, timeout=WAIT)
    dialog = page.screen.dialog
    assert dialog is not None
    assert "not active" in dialog.hint.text()





def test_recording_sales_as_clover_orders_is_on_and_turning_it_off_waits_for_a_restart(
        page: Page, settings_path: Path) -> None:
    assert page.form.record_orders.isChecked()  # the default: sales go to Clover as orders
    page.form.record_orders.setFocus()
    page.qtbot.keyClick(page.form.record_orders, Qt.Key.Key_Space)

    status = page.save()

    assert load_settings(settings_path).record_orders is False
    assert "recording sales as Clover orders" in status
