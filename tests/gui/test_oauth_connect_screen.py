"""Connect to Clover from Settings, through real widgets, against a served sandbox over loopback:
the click, the browser (an HTTP client pressing Approve), the keyring, then after a restart a
card sale on the Pay screen with the new OAuth sign-in."""

from __future__ import annotations

import functools
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.clover import Hosts
from pos_app.domain.sale import SaleState
from pos_app.oauth_connect import DENIED, connect_clover
from pos_app.runtime import build_runtime
from pos_app.storage import AppPaths, SecretName, load_settings, save_settings
from pos_app.storage.secrets import SERVICE
from pos_app.ui.services import UiServices
from pos_app.ui.settings_screen import CONFIRM_PRODUCTION_CONNECT
from tests.gui.conftest import run_async
from tests.gui.test_sale_flow import Register
from tests.gui.test_settings_screen import Page
from tests.integration.conftest import start_sandbox_process, stop_process
from tests.integration.oauth_browser import Browser
from tests.storage.memory_keyring import MemoryKeyring

WAIT = 15_000
APP_ID = "COUNTERPOS1"
TOKEN = "gui-oauth-merchant-token"


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("oauth-gui-sandbox") / "ledger.sqlite3"
    # Strict: a charge without x-forwarded-for, a real User-Agent or a key is refused.
    process, url = start_sandbox_process(db, "--token", TOKEN, "--strict")
    try:
        yield url
    finally:
        stop_process(process)


def admin(url: str, method: str, path: str) -> dict[str, object]:
    answer = httpx.request(method, url + path, headers={"authorization": f"Bearer {TOKEN}"},
                           trust_env=False, timeout=10)
    answer.raise_for_status()
    result: dict[str, object] = answer.json()
    return result


@pytest.fixture
def settings_path(tmp_path: Path, services: UiServices) -> Path:
    path = tmp_path / "settings.json"
    save_settings(path, services.settings)
    services.save_settings = lambda settings: save_settings(path, settings)
    return path


def keyring_of(services: UiServices) -> MemoryKeyring:
    assert services.secrets is not None
    backend = services.secrets.backend
    assert isinstance(backend, MemoryKeyring)
    return backend


def stored(services: UiServices) -> dict[str, str]:
    return {name: value for (service, name), value in keyring_of(services).entries.items()
            if service == SERVICE}


def open_page(qtbot: QtBot, services: UiServices, server_url: str, browser: Browser) -> Page:
    services.connect_clover = functools.partial(  # type: ignore[assignment]
        connect_clover, hosts=Hosts.local(server_url), wait_seconds=10)
    services.open_url = browser.open
    page = Page(qtbot, services)
    page.form.mode.setCurrentIndex(page.form.mode.findData("sandbox"))
    page.retype(page.form.oauth_client_id, APP_ID)
    return page


def click_connect(page: Page, until: str) -> str:
    page.qtbot.mouseClick(page.form.connect_button, Qt.MouseButton.LeftButton)
    page.qtbot.waitUntil(lambda: until in page.status, timeout=WAIT)
    page.idle()
    return page.status


def test_connect_to_clover_from_settings_then_a_card_sale_after_restart(
        qtbot: QtBot, services: UiServices, settings_path: Path, server_url: str,
        tmp_path: Path) -> None:
    browser = Browser("Approve")
    page = open_page(qtbot, services, server_url, browser)
    merchant = admin(server_url, "GET", "/pakms/apikey")["merchantUuid"]

    status = click_connect(page, "Restart Counter POS to use it.")

    assert status == (f"Connected to Clover sandbox as merchant {merchant}. The sign-in and the "
                      "PAKMS key are in this computer's credential store. Restart Counter POS "
                      "to use it.")
    assert page.screen.status.kind == "ok"
    assert page.form.connect_button.text() == "Connect to Clover"
    assert page.form.connect_button.isEnabled()
    for name in (SecretName.API_TOKEN, SecretName.REFRESH_TOKEN, SecretName.PAKMS_KEY):
        assert page.form.secret_states[name].text() == "✓ Stored"
        assert page.form.secret_edits[name].text() == ""  # never shown
    secrets = stored(services)
    assert set(secrets) == {"api_token", "refresh_token", "oauth_token_expiry", "pakms_key"}
    assert all(value not in settings_path.read_text() for value in secrets.values())
    saved = load_settings(settings_path)
    assert (saved.environment, saved.oauth_client_id, saved.merchant_id) == (
        "sandbox", APP_ID, merchant)
    assert "mode" in page.form.pending_note.text()

    # The restart: a register built from the settings file and the keyring, as start-up does.
    runtime = build_runtime(AppPaths.under(tmp_path / "restarted").ensure(), saved,
                            services.secrets, hosts=Hosts.local(server_url))
    try:
        assert not runtime.training
        expiry = json.loads(secrets["oauth_token_expiry"])
        tokens = runtime.client.credentials.tokens  # type: ignore[attr-defined]
        assert tokens.access_token_expiration == expiry["access_token_expiration"]
        # A real account's first start: the owner sets up, then opens the shift.
        run_async(qtbot, runtime.staff.set_up_owner("Olga Owner", "204060"))
        runtime.shifts.open(0)
        restarted = UiServices(checkout=runtime.checkout, desk=runtime.desk,
                               settings=runtime.settings, secrets=services.secrets,
                               staff=runtime.staff, shifts=runtime.shifts,
                               training=runtime.training, register_address=runtime.forwarded_for)
        admin(server_url, "DELETE", "/_sandbox/seen/forwarded_for")
        register = Register(qtbot, restarted)
        register.ring_up_and_pay("12.34")
        register.key_card("4111111111111111")
        register.qtbot.waitUntil(lambda: runtime.checkout.sale is not None
                                 and runtime.checkout.sale.state is SaleState.COMPLETED,
                                 timeout=WAIT)
        register.wait_status("Sale complete")
        assert "TRAINING" not in register.pay.receipt.toPlainText()
        seen = admin(server_url, "GET", "/_sandbox/seen/forwarded_for")["requests"]
        # The card's payment: a charge, or (sales recorded as Clover orders, the default) a
        # payment of the sale's order; either way it carries the register's address.
        charges = [r for r in seen if r["method"] == "POST"  # type: ignore[index]
                   and (r["path"] == "/v1/charges" or str(r["path"]).endswith("/pay"))]  # type: ignore[index]
        assert [r["x-forwarded-for"] for r in charges] == [runtime.forwarded_for]  # type: ignore[index]
    finally:
        run_async(qtbot, runtime.aclose())


def test_deny_on_clovers_page_says_so_and_changes_nothing(
        qtbot: QtBot, services: UiServices, settings_path: Path, server_url: str) -> None:
    before = settings_path.read_bytes()
    page = open_page(qtbot, services, server_url, Browser("Deny"))

    status = click_connect(page, "refused")

    assert status == DENIED
    assert page.screen.status.kind == "error"
    assert stored(services) == {}
    assert settings_path.read_bytes() == before


def test_a_second_press_cancels_the_sign_in_and_closes_the_listener(
        qtbot: QtBot, services: UiServices, settings_path: Path, server_url: str) -> None:
    browser = Browser(stay_away=True)
    page = open_page(qtbot, services, server_url, browser)
    page.qtbot.mouseClick(page.form.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(browser.opened), timeout=WAIT)
    assert page.form.connect_button.text() == "Cancel sign-in"
    assert "approve Counter POS there" in page.status

    status = click_connect(page, "cancelled")

    assert status == "Sign-in cancelled — nothing was changed."
    assert page.form.connect_button.text() == "Connect to Clover"
    assert page.form.connect_button.isEnabled()
    redirect = parse_qs(urlsplit(browser.opened[0]).query)["redirect_uri"][0]
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", urlsplit(redirect).port)) != 0
    assert stored(services) == {}


def test_connect_without_an_app_id_points_at_the_field(
        qtbot: QtBot, services: UiServices, settings_path: Path, server_url: str) -> None:
    browser = Browser()
    page = open_page(qtbot, services, server_url, browser)
    page.retype(page.form.oauth_client_id, "")

    status = click_connect(page, "OAuth app ID")

    assert status.startswith("Type the OAuth app ID")
    assert page.form.oauth_client_id.hasFocus()
    assert browser.opened == []


def test_connecting_production_needs_the_real_money_confirmation_first(
        qtbot: QtBot, services: UiServices, settings_path: Path, server_url: str) -> None:
    browser = Browser()
    page = open_page(qtbot, services, server_url, browser)
    page.form.mode.setCurrentIndex(page.form.mode.findData("production"))
    page.screen._mode_changed()  # what picking it in the list does

    status = click_connect(page, "real money")

    assert status == CONFIRM_PRODUCTION_CONNECT
    assert page.form.confirm_production.hasFocus()
    assert browser.opened == [] and stored(services) == {}
