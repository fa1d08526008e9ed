"""Assemble the main window from its screens, each with its function key."""

from __future__ import annotations

from .desk_screen import DeskScreen
from .history_screen import HistoryScreen
from .main_window import MainWindow
from .manager_screen import ManagerScreen
from .recovery_screen import RecoveryScreen
from .sale_screen import SaleScreen
from .services import UiServices
from .settings_screen import SettingsScreen
from .shift_screen import ShiftScreen
from .sign_in_screen import SignInScreen
from .tender_screen import TenderScreen

__all__ = ["build_window"]


def build_window(services: UiServices, window: MainWindow | None = None) -> MainWindow:
    """The screens, in a new window or in the frame already shown at start-up."""
    if window is None:
        window = MainWindow(services)
    else:
        window.attach(services)
    window.add_screen("sale", SaleScreen(services), "Sale", "F1")
    window.add_screen("tender", TenderScreen(services), "Pay", "F2")
    window.add_screen("desk", DeskScreen(services), "Gift cards", "F3")
    window.add_screen("history", HistoryScreen(services), "History", "F4")
    window.add_screen("shift", ShiftScreen(services), "Shift", quiet_key="Ctrl+F1")
    # Reached from the Shift screen (F12): the top bar has room for one more button only.
    window.add_screen("manager", ManagerScreen(services), "Manager", nav_button=False)
    window.add_screen("settings", SettingsScreen(services), "Settings", "Ctrl+,")
    sign_in = SignInScreen(services)
    sign_in.signed_in.connect(window.signed_in)
    window.add_screen("signin", sign_in, "Sign in", nav_button=False)
    # Always there: what start-up recovered, and what still needs a manager.
    window.add_screen("recovery", RecoveryScreen(services), "Recovery")
    return window
