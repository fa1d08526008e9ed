"""What the screens may use: the controllers, settings and store details, built in app.py."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from pos_app.checkout import CheckoutController, RecoveryAction
from pos_app.checkout.desk import GiftCardDesk
from pos_app.checkout.desk_results import DeskOpResult
from pos_app.connection import ConnectionCheck, check_connection
from pos_app.domain import StoreInfo
from pos_app.hardware import SwipeDetector
from pos_app.hardware.escpos_printer import CashDrawer
from pos_app.oauth_connect import ConnectResult, UrlOpener, connect_clover
from pos_app.printing import cash_drawer
from pos_app.shift import ShiftBook
from pos_app.staff import StaffDirectory
from pos_app.storage import SecretStore, Settings

from .browser import open_in_browser

__all__ = ["CloverConnector", "ConnectionTester", "UiServices"]

# (settings as typed, API token as typed or None for the stored one, the secret store)
ConnectionTester = Callable[[Settings, str | None, SecretStore | None], Awaitable[ConnectionCheck]]


class CloverConnector(Protocol):
    """Runs "Connect to Clover" (`pos_app.oauth_connect.connect_clover`, or a test's stand-in)."""

    def __call__(self, settings: Settings, secrets: SecretStore | None, open_url: UrlOpener, *,
                 on_redirect: Callable[[], None] | None = None) -> Awaitable[ConnectResult]: ...


@dataclass(slots=True)
class UiServices:
    """Everything a screen may touch. No screen builds a client, a journal or a store itself."""

    checkout: CheckoutController
    desk: GiftCardDesk
    settings: Settings
    secrets: SecretStore | None  # None until detected (training mode detects it after start-up)
    staff: StaffDirectory  # who is signed in; every screen asks it before acting
    shifts: ShiftBook  # no sale without an open shift
    swipe: SwipeDetector | None = None
    training: bool = True
    training_reason: str = "No Clover account is connected."
    save_settings: Callable[[Settings], None] = lambda settings: None
    test_connection: ConnectionTester = check_connection  # builds its own short-lived client
    connect_clover: CloverConnector = connect_clover  # OAuth v2 + PKCE through the browser
    open_url: UrlOpener = open_in_browser  # the system browser (a test plays it over HTTP)
    register_address: str = ""  # found once at start; every x-forwarded-for carries it
    recovery: list[RecoveryAction] = field(default_factory=list)
    desk_recovery: list[DeskOpResult] = field(default_factory=list)
    reports_dir: Path | None = None  # where Z/X reports are saved as PDF and CSV
    focus_sale: int | None = None  # a sale number History should choose when it shows next
    # The cash drawer on the receipt printer (`await drawer.open()`): a cash tender opens it,
    # and so may a manager's no-sale. It reads `settings` at each call.
    drawer: CashDrawer = field(init=False)

    def __post_init__(self) -> None:
        self.drawer = cash_drawer(lambda: self.settings)

    @property
    def store(self) -> StoreInfo:
        s = self.settings
        return StoreInfo(name=s.store_name or "Counter POS", address=s.store_address,
                         footer=s.receipt_footer)

    @property
    def currency(self) -> str:
        return self.settings.currency
