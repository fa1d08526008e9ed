"""X and Z reports: every figure derived from the journal's sales, desk operations, shifts and
drawer events (pure Python; the screen, printer, PDF and CSV only present it)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from pos_app.domain import (
    DeskOp,
    DeskOpKind,
    DeskOpState,
    LineKind,
    LineState,
    Sale,
    SaleState,
    TenderKind,
    TenderState,
)
from pos_app.lang import N_, phrase

from .cash import CashMoves, cash_moves
from .models import DrawerEvent, DrawerKind, Shift

__all__ = ["Count", "Report", "build_report"]

_DONE_LINE = (LineState.DONE,)
# The report's sections (the printout's headings), marked for the ui's `tr`.
_SALES, _TENDERS, _GIFT = N_("Sales"), N_("Tenders"), N_("Gift card liability")
_DRAWER, _ACTIVITY = N_("Cash drawer"), N_("Activity")


@dataclass(frozen=True, slots=True)
class Count:
    """How many, and how much in cents."""

    count: int = 0
    amount: int = 0

    def __add__(self, other: Count) -> Count:
        return Count(self.count + other.count, self.amount + other.amount)


@dataclass(frozen=True, slots=True)
class Report:
    """An X (`number` 0: any time, changes nothing) or Z report (numbered; closes the period)."""

    kind: str  # "X" or "Z"
    number: int
    start_ms: int
    end_ms: int
    made_by: str
    currency: str
    training: bool
    sales: Count  # sales completed in the period (later voided ones too), at their total
    items: int
    gross: int  # goods sold before tax (gift cards are not sales: see `gift_*`)
    tax: int
    voids: Count
    refunds: Count  # gift card payments refunded at the desk
    net: int
    tenders: tuple[tuple[str, Count], ...]  # ("Gift card", …), ("Card VISA", …), ("Cash", …)
    gift_sold: Count  # liability: money now owed to card holders, not revenue
    gift_reloaded: Count
    gift_cashed_out: Count
    cash: CashMoves
    counted: int | None  # the blind counts of the shifts closed in the period (Z)
    transactions: int
    no_sales: int
    holds_open: int
    needs_manager: int
    shifts: tuple[int, ...] = field(default=())

    @property
    def tender_total(self) -> int:
        return sum(count.amount for _label, count in self.tenders)

    @property
    def over_short(self) -> int | None:
        return None if self.counted is None else self.counted - self.cash.expected

    @property
    def title(self) -> str:
        """English; a marked phrase the ui words (`tr(report.title)`)."""
        return (phrase(N_("Z report #{number}"), number=self.number) if self.kind == "Z"
                else N_("X report"))

    def rows(self) -> list[tuple[str, str, int | None, int | None]]:
        """(section, what, count, cents): the report as the screen, printout, PDF and CSV show
        it. A None count or amount is "not applicable". Section and what are English, marked
        with `N_` (tender labels are phrases): `export` words them with the ui's `tr`, and the
        journal keeps them English (`to_json`), whatever the register's language."""
        rows: list[tuple[str, str, int | None, int | None]] = [
            (_SALES, N_("Sales"), self.sales.count, self.sales.amount),
            (_SALES, N_("Items sold"), self.items, None),
            (_SALES, N_("Gross sales"), None, self.gross),
            (_SALES, N_("Voids"), self.voids.count, self.voids.amount),
            (_SALES, N_("Refunds"), self.refunds.count, self.refunds.amount),
            (_SALES, N_("Net sales"), None, self.net),
            (_SALES, N_("Tax"), None, self.tax),
        ]
        rows += [(_TENDERS, label, count.count, count.amount) for label, count in self.tenders]
        rows.append((_TENDERS, N_("Total tenders"), None, self.tender_total))
        rows += [
            (_GIFT, N_("Cards sold"), self.gift_sold.count, self.gift_sold.amount),
            (_GIFT, N_("Reloads"), self.gift_reloaded.count,
             self.gift_reloaded.amount),
            (_GIFT, N_("Cash-outs"), self.gift_cashed_out.count,
             self.gift_cashed_out.amount),
            (_DRAWER, N_("Float"), None, self.cash.float_cents),
            (_DRAWER, N_("Cash sales"), None, self.cash.sales),
            (_DRAWER, N_("Pay-ins"), None, self.cash.pay_ins),
            (_DRAWER, N_("Pay-outs"), None, self.cash.pay_outs),
            (_DRAWER, N_("Cash drops"), None, self.cash.drops),
            (_DRAWER, N_("Gift card cash-outs"), None, self.cash.cash_outs),
            (_DRAWER, N_("Expected in drawer"), None, self.cash.expected),
        ]
        if self.counted is not None:
            rows += [(_DRAWER, N_("Counted"), None, self.counted),
                     (_DRAWER, N_("Over / short"), None, self.over_short)]
        rows += [
            (_ACTIVITY, N_("Transactions"), self.transactions, None),
            (_ACTIVITY, N_("No-sales"), self.no_sales, None),
            (_ACTIVITY, N_("Holds still open"), self.holds_open, None),
            (_ACTIVITY, N_("Need a manager"), self.needs_manager, None),
        ]
        return rows

    def to_json(self) -> dict[str, Any]:
        """What the journal keeps of a Z report (it prints again exactly as it was)."""
        return {"kind": self.kind, "number": self.number, "start_ms": self.start_ms,
                "end_ms": self.end_ms, "made_by": self.made_by, "currency": self.currency,
                "training": self.training, "shifts": list(self.shifts),
                "rows": [list(row) for row in self.rows()]}


def _tender_label(kind: TenderKind, brand: str | None) -> str:
    if kind is TenderKind.CARD:
        return phrase(N_("Card {brand}"), brand=brand.upper()) if brand else N_("Card")
    return N_("Gift card redemptions") if kind is TenderKind.GIFT_CARD else N_("Cash")


def build_report(*, kind: str, number: int, start_ms: int, end_ms: int, made_by: str,
                 currency: str, training: bool, sales: Iterable[Sale],
                 voided: Collection[str], desk_ops: Iterable[DeskOp],
                 events: Iterable[DrawerEvent], shifts: Iterable[Shift],
                 unfinished: Iterable[Sale]) -> Report:
    """The report of a period from what the journal holds for it. `sales` are the period's
    sales of this mode; `voided` the ids of those that completed and were voided after."""
    counted_sales = [s for s in sales
                     if s.state is SaleState.COMPLETED or (s.state is SaleState.CANCELLED
                                                           and s.id in voided)]
    voided_sales = [s for s in counted_sales if s.state is SaleState.CANCELLED]
    ops = [op for op in desk_ops if op.state is DeskOpState.DONE]
    drawer = list(events)
    closed = [s for s in shifts if s.counted_cents is not None]

    def goods(sale: Sale) -> int:
        return sum(line.amount for line in sale.lines if line.kind is LineKind.ITEM)

    tenders: dict[str, Count] = {}
    for sale in counted_sales:
        for tender in sale.tenders:
            if tender.state is TenderState.CAPTURED:
                label = _tender_label(tender.kind, tender.brand)
                tenders[label] = tenders.get(label, Count()) + Count(1, tender.amount_approved)
    order = {"Gift card redemptions": 0, "Cash": 2}
    ordered = tuple(sorted(tenders.items(), key=lambda item: (order.get(item[0], 1), item[0])))

    def gift(kind_: LineKind) -> Count:
        found = [line for sale in counted_sales if sale.state is SaleState.COMPLETED
                 for line in sale.lines if line.kind is kind_ and line.state in _DONE_LINE]
        return Count(len(found), sum(line.amount for line in found))

    refunds = [op for op in ops if op.kind is DeskOpKind.REFUND]
    cash_outs = [op for op in ops if op.kind is DeskOpKind.CASHOUT]
    refund_count = Count(len(refunds), sum(op.amount or 0 for op in refunds))
    gross = sum(goods(s) for s in counted_sales)
    open_sales = list(unfinished)
    return Report(
        kind=kind, number=number, start_ms=start_ms, end_ms=end_ms, made_by=made_by,
        currency=currency, training=training,
        sales=Count(len(counted_sales), sum(s.total for s in counted_sales)),
        items=sum(line.quantity for s in counted_sales if s.state is SaleState.COMPLETED
                  for line in s.lines if line.kind is LineKind.ITEM),
        gross=gross,
        tax=sum(s.tax for s in counted_sales if s.state is SaleState.COMPLETED),
        voids=Count(len(voided_sales), sum(s.total for s in voided_sales)),
        refunds=refund_count,
        net=gross - sum(goods(s) for s in voided_sales) - refund_count.amount,
        tenders=ordered,
        gift_sold=gift(LineKind.GIFT_CARD), gift_reloaded=gift(LineKind.RELOAD),
        gift_cashed_out=Count(len(cash_outs), sum(op.amount or 0 for op in cash_outs)),
        cash=cash_moves(counted_sales, ops, drawer),
        counted=sum(s.counted_cents or 0 for s in closed) if closed and kind == "Z" else None,
        transactions=len(counted_sales) + len(ops),
        no_sales=sum(1 for e in drawer if e.kind is DrawerKind.NO_SALE),
        holds_open=sum(1 for s in open_sales
                       if any(t.state is TenderState.AUTHORIZED for t in s.tenders)),
        needs_manager=sum(1 for s in open_sales if s.state is SaleState.NEEDS_ATTENTION),
        shifts=tuple(s.number for s in shifts),
    )
