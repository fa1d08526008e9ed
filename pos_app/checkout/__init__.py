"""Checkout controllers: the split-tender sale, the gift card desk, the journal and recovery."""

from .context import CheckoutError
from .controller import CheckoutBusy, CheckoutConfig, CheckoutController, TenderResult
from .journal import Journal, JournalError
from .recovery import RecoveryAction, recover

__all__ = [
    "CheckoutBusy",
    "CheckoutConfig",
    "CheckoutController",
    "CheckoutError",
    "Journal",
    "JournalError",
    "RecoveryAction",
    "TenderResult",
    "recover",
]
