"""The receipt of a sale: what was bought, each tender (last 4 only), balances left, TRAINING."""

from __future__ import annotations

import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass

from pos_app.lang import N_, phrase

from .sale import LineKind, Sale, SaleState
from .tender import TenderKind, TenderState

__all__ = ["Receipt", "ReceiptLine", "StoreInfo", "build_receipt"]

TRAINING_BANNER = N_("*** TRAINING — NO VALUE ***")
_TENDER_NOTES = {
    TenderState.VOIDED: N_("VOIDED"),
    TenderState.REFUNDED: N_("REFUNDED"),
    TenderState.DECLINED: N_("DECLINED"),
    TenderState.UNKNOWN: N_("CHECKING"),
    TenderState.PENDING: N_("CHECKING"),
}


def _same(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class StoreInfo:
    name: str = N_("Counter POS")
    address: str = ""
    footer: str = N_("Thank you!")


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    """A label and an amount, and the small print under it."""

    label: str
    amount: str = ""
    details: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Receipt:
    header: tuple[str, ...]
    title: str
    items: tuple[ReceiptLine, ...]
    totals: tuple[ReceiptLine, ...]
    tenders: tuple[ReceiptLine, ...]
    footer: tuple[str, ...]
    training: bool
    words: Callable[[str], str] = _same  # how it was worded (the banner is worded the same)

    def render_text(self, width: int = 42) -> str:
        """The receipt as fixed-width text (screen preview, printing, `pos-app selftest`)."""
        out: list[str] = []
        banner = self.words(TRAINING_BANNER)
        if self.training:
            out.append(banner.center(width))
        for text in (*self.header, self.title):
            out.extend(_centered(text, width))
        out.append("-" * width)
        for section in (self.items, self.totals, self.tenders):
            for line in section:
                out.append(_columns(line.label, line.amount, width))
                out.extend(f"  {detail}"[:width] for detail in line.details)
            out.append("-" * width)
        for text in self.footer:
            out.extend(_centered(text, width))
        if self.training:
            out.append(banner.center(width))
        return "\n".join(out) + "\n"


def _centered(text: str, width: int) -> list[str]:
    """`text` centered, wrapped onto more lines when wider than the paper (nothing cut off)."""
    if len(text) <= width:
        return [text.center(width)]
    return [part.center(width) for part in textwrap.wrap(text, width)]


def _columns(left: str, right: str, width: int) -> str:
    room = max(1, width - len(right) - 1)
    return f"{left[:room]:<{room}} {right}" if right else left[:width]


def build_receipt(sale: Sale, store: StoreInfo, *, reprint: bool = False,
                  words: Callable[[str], str] = _same) -> Receipt:
    """The receipt of `sale`. Cards show as ····last4 only — a new virtual card's whole number
    and code are shown on screen once, never printed or saved (see the pay screen).

    `words` puts each marked phrase in the register's language (the ui passes its `tr`; this
    layer has no Qt): receipts follow Settings → Language. Amounts follow it already."""
    money = sale.fmt
    stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime((sale.created_ms or 0) / 1000))
    title = words(phrase(N_("Sale #{number}  {stamp}"), number=sale.number, stamp=stamp))
    if sale.state is SaleState.CANCELLED:
        title += "  " + words(N_("CANCELLED"))
    elif sale.state is SaleState.NEEDS_ATTENTION:
        title += "  " + words(N_("INCOMPLETE"))
    if reprint:
        title += "  " + words(N_("(copy)"))
    items = tuple(
        ReceiptLine(
            f"{line.quantity} × {line.description}" if line.quantity > 1 else line.description,
            money(line.amount),
            tuple(words(detail) for detail in
                  (*_line_details(line.kind, line.last4, line.balance_after, money),
                   *_price_note(line.original_price if line.price_changed else None,
                                line.quantity, money))),
        )
        for line in sale.lines
    )
    totals = [ReceiptLine(words(N_("Subtotal")), money(sale.subtotal))]
    if sale.tax or sale.tax_rate_ppm:
        totals.append(ReceiptLine(words(N_("Tax")), money(sale.tax)))
    totals.append(ReceiptLine(words(N_("TOTAL")), money(sale.total)))
    tenders = []
    for tender in sale.tenders:
        if tender.state is TenderState.DECLINED:
            continue  # a decline took nothing; the receipt lists money only
        details = []
        if tender.kind is TenderKind.CASH:
            details.append(phrase(N_('Tendered {money}'), money=money(tender.cash_tendered)))
            if tender.change_due:
                details.append(phrase(N_('Change {money}'), money=money(tender.change_due)))
        if tender.auth_code:
            details.append(phrase(N_('Auth {auth_code}'), auth_code=tender.auth_code))
        if tender.ref_num:
            details.append(phrase(N_('Ref {ref_num}'), ref_num=tender.ref_num))
        if tender.kind is TenderKind.GIFT_CARD and tender.balance_left is not None:
            details.append(phrase(N_('Card balance {money}'), money=money(tender.balance_left)))
        note = _TENDER_NOTES.get(tender.state)
        if note:
            details.append(note)
        tenders.append(ReceiptLine(words(tender.label), money(tender.amount_approved or
                                                             tender.amount_asked),
                                   tuple(words(detail) for detail in details)))
    if sale.change_due:
        tenders.append(ReceiptLine(words(N_("CHANGE")), money(sale.change_due)))
    header = tuple(part for part in (store.name, *store.address.splitlines()) if part.strip())
    # The footer is the store's own text; the default one ("Thank you!") is worded.
    footer = tuple(words(part) for part in store.footer.splitlines() if part.strip())
    return Receipt(header=header, title=title, items=items, totals=tuple(totals),
                   tenders=tuple(tenders), footer=footer, training=sale.training, words=words)


def _line_details(kind: LineKind, last4: str | None, balance: int | None,
                  fmt: Callable[[int], str]) -> tuple[str, ...]:
    if kind is LineKind.ITEM:
        return ()
    name = N_("Gift card") if kind is LineKind.GIFT_CARD else N_("Reload")
    details = [phrase("{name} ····{last4}", name=name, last4=last4) if last4 else name]
    if balance is not None:
        details.append(phrase(N_('New balance {amount}'), amount=fmt(balance)))
    return tuple(details)


def _price_note(original: int | None, quantity: int,
                fmt: Callable[[int], str]) -> tuple[str, ...]:
    """A price override shows what the item cost before it (per item when there are several)."""
    if original is None:
        return ()
    if quantity > 1:
        return (phrase(N_("Price changed, was {amount} each"), amount=fmt(original)),)
    return (phrase(N_("Price changed, was {amount}"), amount=fmt(original)),)
