"""Checkout controllers: the split-tender sale, the gift card desk, the journal and recovery."""

from .context import CheckoutError
from .controller import (
    CheckoutBusy,
    CheckoutConfig,
    CheckoutController,
    CodeNeeded,
    TenderResult,
)
from .desk import GiftCardDesk
from .desk_results import BalanceResult, DeskBusy, DeskError, DeskOpResult
from .journal import Journal, JournalError
from .recovery import RecoveryAction, recover

__all__ = [
    "BalanceResult",
    "CheckoutBusy",
    "CheckoutConfig",
    "CheckoutController",
    "CheckoutError",
    "CodeNeeded",
    "DeskBusy",
    "DeskError",
    "DeskOpResult",
    "GiftCardDesk",
    "Journal",
    "JournalError",
    "RecoveryAction",
    "TenderResult",
    "recover",
]
