"""The sale, its lines and tender ledger, and the receipt: pure Python, no Qt, no I/O."""

from .cards import GiftCardInput
from .desk import DeskOp, DeskOpKind, DeskOpState
from .receipt import Receipt, ReceiptLine, StoreInfo, build_receipt
from .sale import LineKind, LineState, Sale, SaleLine, SaleState
from .tender import Tender, TenderKind, TenderState, new_key, new_reference

__all__ = [
    "DeskOp",
    "DeskOpKind",
    "DeskOpState",
    "GiftCardInput",
    "LineKind",
    "LineState",
    "Receipt",
    "ReceiptLine",
    "Sale",
    "SaleLine",
    "SaleState",
    "StoreInfo",
    "Tender",
    "TenderKind",
    "TenderState",
    "build_receipt",
    "new_key",
    "new_reference",
]
