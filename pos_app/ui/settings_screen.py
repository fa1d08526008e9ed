"""Settings: the store, checkout, the Clover account and its credentials (OS keyring only)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from pos_app.connection import ConnectionCheck
from pos_app.hardware import CardRead
from pos_app.hardware.discover import FoundPrinter, find_printers
from pos_app.hardware.printer_port import PrinterFault
from pos_app.oauth_connect import NO_APP_ID, ConnectResult
from pos_app.printing import cash_drawer
from pos_app.redact import register_secret
from pos_app.storage import SecretName, SecretStore, SecretStoreError, Settings, SettingsError
from pos_app.storage.secrets import NO_SECURE_STORE

from .printer_words import (
    DRAWER_NONE,
    DRAWER_OPENED,
    FOUND,
    FOUND_NONE,
    TEST_PAGE_SENT,
    drawer_message,
)
from .receipt_view import print_test_page
from .screen import Screen
from .services import UiServices
from .settings_form import LIVE_FIELDS, RESTART_FIELDS, SettingsForm, saved_message, words
from .swipe_dialog import SwipeDialog
from .widgets import button, label, shortcut

__all__ = ["SettingsScreen"]

_T = TypeVar("_T")

CONFIRM_PRODUCTION = ("Production takes real money from real cards. Tick “I understand "
                      "Production takes real money”, then press Save again.")
CONFIRM_PRODUCTION_CONNECT = ("Production takes real money from real cards. Tick “I understand "
                              "Production takes real money”, then press Connect to Clover again.")
FORGET_ARMED = ("Press “Forget Clover account” again to remove the API token, refresh token and "
                "PAKMS key from this computer. Counter POS then starts in training mode.")


class SaveRefused(Exception):
    """Nothing was saved; `user_message` says why (it never holds a credential)."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


async def _off_loop(call: Callable[[], _T]) -> _T:
    """A keyring call in the executor, as a closure: qasync's executor logs the arguments and
    the result of what it runs (at DEBUG), so neither may ever be a secret."""
    return await asyncio.get_running_loop().run_in_executor(None, call)


class SettingsScreen(Screen):
    """Edit, validate all, then save all — or nothing. Secrets go to the OS keyring only."""

    title = "Settings"

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._saved = services.settings  # what the settings file holds (may await a restart)
        self._stored: dict[SecretName, bool] | None = None
        self._store_lock = asyncio.Lock()
        self._forget_armed = False
        self.dialog: SwipeDialog | None = None

        self.form = SettingsForm()
        self.form.load(self._saved)
        self.form.edited.connect(self._edited)
        self.form.mode.currentIndexChanged.connect(self._mode_changed)
        self.form.forget_button.clicked.connect(self.forget_account)
        printer = self.form.printer_group
        printer.find_button.clicked.connect(self.find_printers)
        printer.test_button.clicked.connect(self.print_test_page)
        printer.drawer_button.clicked.connect(self.open_drawer)
        self.form.connect_button.clicked.connect(self.connect_clover)
        self.form.show_register_address(services.register_address)
        self._connecting: asyncio.Task[Any] | None = None
        self.save_button = button("Save", key="F10", role="primary", name="Save settings")
        self.test_button = button("Test connection", key="F9", name="Test connection")
        self.reader_button = button("Test card reader", key="F8", name="Test card reader")
        self.discard_button = button("Discard changes", name="Discard changes")
        self.discard_button.setToolTip("Discard changes (Esc)")
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test_connection)
        self.reader_button.clicked.connect(self.open_reader_test)
        self.discard_button.clicked.connect(self.back)
        shortcut(self, "Ctrl+S", self.save)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        scroll.setAccessibleName("Settings fields")
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget "
                             "{ background: transparent; }")
        header = QHBoxLayout()
        header.addWidget(label(self.title, role="title"))
        header.addStretch(1)
        for widget in (self.save_button, self.test_button, self.reader_button,
                       self.discard_button):
            header.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status_slot)
        self._show_pending()

    # -- hooks -----------------------------------------------------------------------------

    def on_shown(self) -> None:
        self._forget_armed = False
        self.form.mode.setFocus()
        if not self.tasks.running:
            self.tasks.run(self._secret_states(), busy="Checking the credential store…",
                           done=self._show_states)

    def card_swiped(self, card: CardRead) -> bool:
        what = "Gift card" if card.kind == "gift_card" else "Card"
        self.status.show_message(f"The card reader works: {what} ····{card.last4} read. "
                                 "Test card reader (F8) shows how the swipe arrived.", "ok")
        return True

    def back(self) -> bool:
        """Esc: discard unsaved edits and show the saved settings again."""
        self._forget_armed = False
        if not self._dirty():
            return False
        self.form.load(self._saved)
        self.form.clear_secrets()
        self._mode_changed()
        self.status.show_message("Changes discarded — the saved settings are shown.", "info")
        return True

    # -- the form --------------------------------------------------------------------------

    def _dirty(self) -> bool:
        if self.form.typed_secrets():
            return True
        try:
            return self.form.read() != self._saved
        except SettingsError:
            return True

    def _read(self) -> Settings | None:
        """The settings typed, or None after pointing at the field that is wrong."""
        try:
            return self.form.read()
        except SettingsError as exc:
            self.status.show_message(exc.user_message, "error")
            self.form.widget_for(exc.field).setFocus()
            return None

    def _edited(self) -> None:
        self._forget_armed = False

    def _needs_confirmation(self, environment: object) -> bool:
        return environment == "production" and self._saved.environment != "production"

    def _mode_changed(self) -> None:
        needed = self._needs_confirmation(self.form.mode.currentData())
        self.form.confirm_production.setVisible(needed)
        if not needed:
            self.form.confirm_production.setChecked(False)

    def _show_pending(self) -> None:
        running = self.services.settings
        waiting = [text for f, text in RESTART_FIELDS.items()
                   if getattr(running, f) != getattr(self._saved, f)]
        note = self.form.pending_note
        note.setText(f"Saved — waiting for a restart of Counter POS: {words(waiting)}."
                     if waiting else "")
        note.setVisible(bool(waiting))

    # -- credential store ------------------------------------------------------------------

    async def _store(self) -> SecretStore:
        """The app's store, detected once (off the loop) if start-up has not done it yet."""
        async with self._store_lock:
            if self.services.secrets is None:
                self.services.secrets = await SecretStore.adetect()
            return self.services.secrets

    async def _secret_states(self) -> tuple[dict[SecretName, bool] | None, str]:
        try:
            store = await self._store()
            if not store.secure:
                return None, NO_SECURE_STORE
            return await _off_loop(lambda: {name: store.get(name) is not None
                                            for name in SecretName}), ""
        except SecretStoreError as exc:
            return None, exc.user_message

    def _show_states(self, answer: tuple[dict[SecretName, bool] | None, str]) -> None:
        self._stored, note = answer
        self.form.show_secret_states(self._stored, note)

    # -- save ------------------------------------------------------------------------------

    def save(self) -> None:
        """F10 / Ctrl+S: validate everything; then the credentials, then the settings file."""
        if not self.save_button.isEnabled():
            return  # already saving: Ctrl+S is not disabled with the button
        self._forget_armed = False
        settings = self._read()
        if settings is None:
            return
        confirm = self.form.confirm_production
        if self._needs_confirmation(settings.environment) and not confirm.isChecked():
            self.status.show_message(CONFIRM_PRODUCTION, "warn")
            confirm.setFocus()
            return
        secrets = self.form.typed_secrets()
        self.tasks.run(self._save(settings, secrets), busy="Saving…",
                       disable=self._buttons(), done=self._after_save,
                       failed=lambda _exc: self._refused())

    async def _save(self, settings: Settings,
                    secrets: dict[SecretName, str]) -> tuple[Settings, tuple[SecretName, ...]]:
        if secrets:
            store = await self._store()
            if not store.secure:
                raise SaveRefused(f"{NO_SECURE_STORE} Nothing was saved — empty the Clover "
                                  "credential fields to save the other settings.")
            for value in secrets.values():
                register_secret(value)  # from now on every log line redacts it

            def put_all() -> None:
                for name, value in secrets.items():
                    store.set(name, value)
                if SecretName.API_TOKEN in secrets:
                    # The expiry belonged to the old token: a pasted one is not refreshed early.
                    store.delete(SecretName.TOKEN_EXPIRY)

            await _off_loop(put_all)
        try:
            await _off_loop(lambda: self.services.save_settings(settings))
        except OSError as exc:
            first = "The credentials were stored, but the" if secrets else "The"
            raise SaveRefused(f"{first} settings file couldn't be written ({exc.strerror or 'disk'}"
                              ") — check the disk has space, then press Save again.") from exc
        return settings, tuple(secrets)

    def _after_save(self, result: tuple[Settings, tuple[SecretName, ...]]) -> None:
        settings, stored = result
        running = self.services.settings
        self.services.settings = running.replace(**{f: getattr(settings, f) for f in LIVE_FIELDS})
        if self.services.swipe is not None:
            self.services.swipe.set_max_gap_ms(settings.swipe_max_gap_ms)
        self._saved = settings
        self.form.clear_secrets()
        self.form.load(settings)
        self._mode_changed()
        if stored:
            states = dict(self._stored or dict.fromkeys(SecretName, False))
            states.update(dict.fromkeys(stored, True))
            self._show_states((states, ""))
        message = saved_message(running, settings, stored)
        if settings.environment != "training" and self._stored is not None \
                and not self._stored.get(SecretName.API_TOKEN):
            message += " No API token is stored yet: until one is, Counter POS starts in training."
        self._show_pending()
        self.status.show_message(message, "ok")

    def _refused(self) -> None:
        if self.form.typed_secrets():
            self.form.secret_edits[SecretName.API_TOKEN].setFocus()

    def _buttons(self) -> list[QWidget]:
        return [self.save_button, self.test_button, self.form.forget_button]

    # -- connect to Clover (OAuth) ------------------------------------------------------------

    def connect_clover(self) -> None:
        """Connect to Clover: sign in on Clover's page in the browser; a second press while
        waiting cancels the sign-in."""
        if self._connecting is not None:
            self._connecting.cancel()
            return
        self._forget_armed = False
        settings = self._read()
        if settings is None:
            return
        if not settings.oauth_client_id and settings.environment != "training":
            self.status.show_message(NO_APP_ID, "error")
            self.form.oauth_client_id.setFocus()
            return
        confirm = self.form.confirm_production
        if self._needs_confirmation(settings.environment) and not confirm.isChecked():
            self.status.show_message(CONFIRM_PRODUCTION_CONNECT, "warn")
            confirm.setFocus()
            return
        self.form.connect_button.setText("Cancel sign-in")
        task = self.tasks.run(
            self._connect(settings),
            busy="Waiting for Clover's sign-in page in the web browser: approve Counter POS "
                 "there. (Cancel sign-in stops waiting.)",
            disable=self._buttons(), done=self._connected,
        )
        self._connecting = task
        task.add_done_callback(self._connect_ended)

    async def _connect(self, settings: Settings) -> tuple[ConnectResult, Settings | None]:
        store = await self._store()
        result = await self.services.connect_clover(settings, store, self.services.open_url,
                                                    on_redirect=self._browser_came_back)
        if not result.ok:
            return result, None
        # The account is in the keyring: the mode and app ID that go with it are saved too.
        changes: dict[str, object] = {"environment": settings.environment,
                                      "oauth_client_id": result.client_id}
        if result.merchant_id:
            changes["merchant_id"] = result.merchant_id
        try:
            saved = self._saved.replace(**changes)
        except SettingsError:
            changes.pop("merchant_id", None)  # Clover's id in a form this app doesn't take
            saved = self._saved.replace(**changes)
        try:
            await _off_loop(lambda: self.services.save_settings(saved))
        except OSError as exc:
            raise SaveRefused(f"Connected, but the settings file couldn't be written "
                              f"({exc.strerror or 'disk'}) — check the disk has space, then "
                              "press Connect to Clover again.") from exc
        return result, saved

    def _browser_came_back(self) -> None:
        # Clover answered: the code is exchanged and stored now, and that must not be cut short.
        self.form.connect_button.setText("Connecting…")
        self.form.connect_button.setEnabled(False)
        self.status.show_message("Clover answered — finishing the connection…", "busy")

    def _connect_ended(self, task: asyncio.Task[Any]) -> None:
        self._connecting = None
        self.form.connect_button.setText("Connect to Clover")
        self.form.connect_button.setEnabled(True)
        if task.cancelled():
            self.status.show_message("Sign-in cancelled — nothing was changed.", "info")

    def _connected(self, answer: tuple[ConnectResult, Settings | None]) -> None:
        result, saved = answer
        if saved is None:
            self.status.show_message(result.message, "error")
            return
        self._saved = saved
        for field in ("environment", "oauth_client_id", "merchant_id"):
            self.form.widget_for(field).blockSignals(True)
        try:
            self.form.mode.setCurrentIndex(self.form.mode.findData(saved.environment))
            self.form.oauth_client_id.setText(saved.oauth_client_id)
            self.form.merchant_id.setText(saved.merchant_id)
        finally:
            for field in ("environment", "oauth_client_id", "merchant_id"):
                self.form.widget_for(field).blockSignals(False)
        self._mode_changed()
        self._show_pending()
        message = f"{result.message} Restart Counter POS to use it."

        def show(states: tuple[dict[SecretName, bool] | None, str]) -> None:
            self._show_states(states)
            self.status.show_message(message, "ok")

        self.tasks.run(self._secret_states(), busy=message, done=show)

    # -- test connection, forget, card reader ------------------------------------------------

    def test_connection(self) -> None:
        """F9: try the typed (or stored) token with the mode and hosts chosen on the form."""
        self._forget_armed = False
        settings = self._read()
        if settings is None:
            return
        token = self.form.secret_edits[SecretName.API_TOKEN].text().strip() or None
        self.tasks.run(self._test(settings, token), busy="Checking the connection to Clover…",
                       disable=[self.test_button], done=self._tested)

    async def _test(self, settings: Settings, token: str | None) -> ConnectionCheck:
        store = None
        if token is None and settings.environment != "training":
            try:
                store = await self._store()
            except SecretStoreError:
                store = None  # the test then says no token is stored
        return await self.services.test_connection(settings, token, store)

    def _tested(self, check: ConnectionCheck) -> None:
        self.status.show_message(check.message, "ok" if check.ok else "error")

    def forget_account(self) -> None:
        """Remove every Clover credential from this computer — on a second press."""
        if not self._forget_armed:
            self._forget_armed = True
            self.status.show_message(FORGET_ARMED, "warn")
            return
        self._forget_armed = False
        self.tasks.run(self._forget(), busy="Removing the Clover credentials…",
                       disable=self._buttons(), done=self._forgotten)

    async def _forget(self) -> bool:
        store = await self._store()
        await _off_loop(store.clear)
        return store.secure

    def _forgotten(self, secure: bool) -> None:
        self.form.clear_secrets()
        if not secure:
            self.status.show_message("No Clover credentials are stored on this computer.", "info")
            return
        self._show_states((dict.fromkeys(SecretName, False), ""))
        self.status.show_message("The Clover credentials were removed from this computer. "
                                 "Restart Counter POS: it starts in training mode.", "ok")

    # -- receipt printer: find, test page, drawer (with what is typed, saved or not) --------

    def _printer_buttons(self) -> list[QWidget]:
        group = self.form.printer_group
        return [group.find_button, group.test_button, group.drawer_button]

    def find_printers(self) -> None:
        self.tasks.run(_off_loop(find_printers), busy="Looking for receipt printers…",
                       disable=self._printer_buttons(), done=self._found)

    def _found(self, found: list[FoundPrinter]) -> None:
        self.form.printer_group.show_found(found)
        self.status.show_message(FOUND.format(count=len(found)) if found else FOUND_NONE,
                                 "ok" if found else "info")

    def print_test_page(self) -> None:
        settings = self._read()
        if settings is None:
            return
        self.tasks.run(print_test_page(settings), busy="Printing a test page…",
                       disable=self._printer_buttons(),
                       done=lambda where: self.status.show_message(
                           TEST_PAGE_SENT.format(where=where), "ok"))

    def open_drawer(self) -> None:
        settings = self._read()
        if settings is None:
            return
        self.tasks.run(self._open_drawer(settings), busy="Opening the cash drawer…",
                       disable=self._printer_buttons(), done=self._drawer_opened)

    async def _open_drawer(self, settings: Settings) -> bool:
        try:
            return await cash_drawer(lambda: settings).open()
        except PrinterFault as fault:
            raise SaveRefused(drawer_message(fault)) from fault

    def _drawer_opened(self, opened: bool) -> None:
        self.status.show_message(DRAWER_OPENED if opened else DRAWER_NONE,
                                 "ok" if opened else "warn")

    def open_reader_test(self) -> None:
        """F8: the card reader test, beside this screen (never modal: sales keep running)."""
        if self.dialog is None:
            self.dialog = SwipeDialog(self.services.swipe, self)
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
