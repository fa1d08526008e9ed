"""A restart with a sale that needs a manager: start-up recovers it, and the register keeps
retrying it in the background as the screen says, until Clover confirms."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_app import app as app_module
from pos_app import runtime as runtime_module
from pos_app.clover import CardDetails
from pos_app.domain import GiftCardInput, SaleState
from pos_app.runtime import Runtime, build_runtime
from pos_app.storage import AppPaths, SecretStore, Settings
from pos_app.ui.main_window import MainWindow
from pos_app.ui.recovery_screen import RecoveryScreen
from pos_app.ui.services import UiServices
from tests.gui.conftest import run_async
from tests.storage.memory_keyring import MemoryKeyring

VISA = CardDetails("4111111111111111", 12, 2030, "123")
GIFT_40 = GiftCardInput("7777373100001234", "4321")


def _secrets() -> SecretStore:
    return SecretStore(MemoryKeyring(), trusted_backends=(MemoryKeyring,))


def _quick(built: Runtime) -> Runtime:
    checkout = built.checkout
    checkout.config = dataclasses.replace(checkout.config, reconcile_delay=0.01,
                                          attention_delays=(0.05, 0.1))
    checkout.steps.config = dataclasses.replace(checkout.steps.config, reconcile_delay=0.01)
    return built


def _refunds_refused(built: Runtime) -> Any:
    box: Any = built.sandbox
    box.faults.add("POST /v1/refunds", "error", count=1000, status=503)
    return box


def test_after_a_restart_a_sale_that_needs_a_manager_is_retried_until_settled(
    qtbot: QtBot, qapp: QApplication, qloop: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(runtime_module, "settle_heap", lambda: None)  # no gc.freeze in tests
    paths = AppPaths.under(tmp_path / "app").ensure()
    settings = Settings(store_name="Test Shop")
    first = _quick(build_runtime(paths, settings, _secrets()))
    first.checkout.add_item("Jacket", 6250)
    run_async(qtbot, first.checkout.pay_gift_card(GIFT_40))
    run_async(qtbot, first.checkout.pay_card(VISA, amount=2000))
    _refunds_refused(first)
    sale = run_async(qtbot, first.checkout.cancel(), timeout=30_000)
    assert sale.state is SaleState.NEEDS_ATTENTION
    charge_id = sale.tenders[-1].charge_id
    assert charge_id is not None
    run_async(qtbot, first.aclose())  # the register is switched off

    second = _quick(build_runtime(paths, settings, _secrets()))  # ... and on again
    box = _refunds_refused(second)  # Clover still refuses while the register starts
    window = MainWindow()
    qtbot.addWidget(window)
    services = UiServices(checkout=second.checkout, desk=second.desk, settings=settings,
                          secrets=_secrets(), staff=second.staff, shifts=second.shifts,
                          training=True)
    started = asyncio.ensure_future(app_module._run(qapp, window, second, services))
    try:
        qtbot.waitUntil(lambda: "recovery" in window.screens, timeout=30_000)
        [action] = services.recovery
        assert action.needs_manager
        recovery = window.screens["recovery"]
        assert isinstance(recovery, RecoveryScreen)
        assert "keeps asking by itself" in recovery.hint.text()

        box.faults.clear()  # Clover answers again: the background retry must settle it

        qtbot.waitUntil(lambda: second.journal.load(sale.id).state is SaleState.CANCELLED,
                        timeout=30_000)
        charge = run_async(qtbot, second.client.get_charge(charge_id))
        assert charge.amount_refunded == 2000
        assert box.gift_card_state(GIFT_40.number)["balance"] == 4000
        recovery.refresh()
        assert "Settled since: reversed" in recovery.list.item(0).text()
        assert not started.done()  # the register is still running
    finally:
        started.cancel()
        run_async(qtbot, second.aclose())
