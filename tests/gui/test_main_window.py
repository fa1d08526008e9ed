"""The main window: training banner, screens switched by function keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.ui.main_window import MainWindow
from pos_app.ui.screen import Screen
from pos_app.ui.services import UiServices


def test_training_banner_and_function_keys(qtbot: QtBot, services: UiServices) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    first, second = Screen(services), Screen(services)
    window.add_screen("one", first, "One", "F1")
    window.add_screen("two", second, "Two", "F2")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_screen("one")

    assert window.training_banner.isVisible()
    assert "TRAINING MODE" in window.training_banner.text()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.current is second)
    # The change is spread over loop turns (prepare, show, paint); at the end the screen is
    # shown and painting again.
    qtbot.waitUntil(window.stack.updatesEnabled)
    assert second.isVisible() and not first.isVisible()
    assert window.stack.currentWidget() is second


def test_every_screen_fits_a_1280_by_768_counter_screen(qtbot: QtBot,
                                                        services: UiServices) -> None:
    """Nothing (the status line, Cancel sale, Pay) may fall below the bottom of a small
    screen: the window's minimum size, with each screen and each pay panel open, fits 1280x768
    less a title bar."""
    from pos_app.ui.build import build_window  # noqa: PLC0415

    window = build_window(services)
    qtbot.addWidget(window)
    window.show()
    services.checkout.add_item("Jacket", 6250)
    tender = window.screens["tender"]
    for key in window.screens:
        window.show_screen(key)
        for mode in ((None, "gift_card", "card", "cash") if key == "tender" else (None,)):
            if mode is not None:
                tender.set_mode(mode)  # type: ignore[attr-defined]
            needed = window.minimumSizeHint()
            assert needed.width() <= 1280, (key, mode, needed)
            assert needed.height() <= 768 - 40, (key, mode, needed)


def test_rehearsal_paints_every_screen_and_leaves_them_as_they_were(
        qtbot: QtBot, services: UiServices) -> None:
    """Start-up paints each screen (and each pay panel) off screen, so the first sale finds
    its buttons' looks ready; the pay screen is left taking payments with no panel open."""
    from pos_app.ui.build import build_window  # noqa: PLC0415
    from pos_app.ui.button import Button  # noqa: PLC0415
    from pos_app.ui.tender_screen import TenderScreen  # noqa: PLC0415

    window = build_window(services)
    qtbot.addWidget(window)
    window.show()
    window.show_screen("sale")
    qtbot.waitExposed(window)
    window.rehearse()
    pay = window.screens["tender"]
    assert isinstance(pay, TenderScreen)
    assert pay.mode is None and pay.panels.currentWidget() is pay.hint
    assert pay.body.currentIndex() == 0 and pay.sale_buttons.currentIndex() == 0
    keys = window.screens["sale"].findChildren(Button)
    assert keys and all(key._looks for key in keys if key.isVisibleTo(window))
    assert pay.card_panel.pay_button._looks  # a panel that was never shown on screen
    assert window.current is window.screens["sale"]


class _Counting(Screen):
    def __init__(self, services: UiServices) -> None:
        super().__init__(services)
        self.refreshes = 0

    def refresh(self) -> None:
        self.refreshes += 1


def test_a_screen_the_cashier_goes_to_is_brought_up_to_date_once(
        qtbot: QtBot, services: UiServices) -> None:
    """`go_to` prepares the hidden screen and shows it a turn later without refreshing it
    again (a history screen reads the journal to refresh); a change in between still shows."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    first, second = _Counting(services), _Counting(services)
    window.add_screen("one", first, "One", "F1")
    window.add_screen("two", second, "Two", "F2")
    window.show()
    window.show_screen("one")
    qtbot.waitExposed(window)
    before = second.refreshes
    window.go_to("two")
    qtbot.waitUntil(lambda: window.current is second and window.stack.updatesEnabled())
    assert second.refreshes == before + 1
    window.go_to("one")
    qtbot.waitUntil(lambda: window.current is first)
    second.prepare()
    second.refresh_if_shown()  # changed while hidden, after it was prepared
    window.show_screen("two", prepared=True)
    assert second.refreshes == before + 3  # prepared, then brought up to date once more
