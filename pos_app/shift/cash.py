"""What the drawer should hold, derived from the journal: float, cash taken net of change,
cash handed back, pay-ins, pay-outs, drops and gift card cash-outs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pos_app.domain import DeskOp, DeskOpKind, DeskOpState, Sale, TenderKind, TenderState

from .models import DrawerEvent, DrawerKind

__all__ = ["CashMoves", "cash_moves"]


@dataclass(frozen=True, slots=True)
class CashMoves:
    float_cents: int = 0
    sales: int = 0  # cash kept for sales: what was applied, not what was handed over (change)
    pay_ins: int = 0
    pay_outs: int = 0
    drops: int = 0
    cash_outs: int = 0  # gift card balances paid out in cash

    @property
    def expected(self) -> int:
        return (self.float_cents + self.sales + self.pay_ins - self.pay_outs - self.drops
                - self.cash_outs)


def cash_moves(sales: Iterable[Sale], desk_ops: Iterable[DeskOp],
               events: Iterable[DrawerEvent]) -> CashMoves:
    """The cash movements of a period. A cash tender counts while it is captured: a voided
    sale's cash was handed back, so it no longer counts (ERPNext #23125: count net of change)."""
    in_sales = sum(t.amount_approved for sale in sales for t in sale.tenders
                   if t.kind is TenderKind.CASH and t.state is TenderState.CAPTURED)
    cash_outs = sum(op.amount or 0 for op in desk_ops
                    if op.kind is DeskOpKind.CASHOUT and op.state is DeskOpState.DONE)
    totals = dict.fromkeys(DrawerKind, 0)
    for event in events:
        totals[event.kind] += event.amount
    return CashMoves(float_cents=totals[DrawerKind.FLOAT], sales=in_sales,
                     pay_ins=totals[DrawerKind.PAY_IN], pay_outs=totals[DrawerKind.PAY_OUT],
                     drops=totals[DrawerKind.DROP], cash_outs=cash_outs)
