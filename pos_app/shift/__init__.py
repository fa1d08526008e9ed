"""Shifts, the cash drawer, the blind close and the X/Z reports, derived from the journal."""

from .book import NO_SHIFT, ShiftBook
from .cash import CashMoves, cash_moves
from .export import report_csv, report_text
from .models import DrawerEvent, DrawerKind, Shift, ShiftState
from .report import Count, Report, build_report

__all__ = [
    "NO_SHIFT",
    "CashMoves",
    "Count",
    "DrawerEvent",
    "DrawerKind",
    "Report",
    "Shift",
    "ShiftBook",
    "ShiftState",
    "build_report",
    "cash_moves",
    "report_csv",
    "report_text",
]
