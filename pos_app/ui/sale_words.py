"""What History and Recovery say about a sale: its state, its tenders, a void, what is owed."""

from __future__ import annotations

from collections.abc import Mapping

from pos_app.domain import (
    LineKind,
    LineState,
    Sale,
    SaleLine,
    SaleState,
    Tender,
    TenderKind,
    TenderState,
)

__all__ = [
    "given_back",
    "outstanding",
    "state_words",
    "tenders_summary",
    "void_preview",
]

_STATE_WORDS = {
    SaleState.OPEN: "Open",
    SaleState.TENDERING: "Taking payment",
    SaleState.PAID: "Paid — finishing",
    SaleState.COMPLETED: "Completed",
    SaleState.CANCELLED: "Cancelled",
    SaleState.NEEDS_ATTENTION: "Needs a manager",
}
_NOT_YET = "not confirmed by Clover yet"


def state_words(state: SaleState) -> str:
    return _STATE_WORDS.get(state, state.value)


def tenders_summary(sale: Sale) -> str:
    """`Gift card ····1234 $40.00 + Visa ····1111 $22.50` (declines took nothing: left out)."""
    parts = [f"{t.label} {sale.fmt(t.amount_approved or t.amount_asked)}"
             for t in sale.tenders if t.state is not TenderState.DECLINED]
    return " + ".join(parts) or "—"


def _line_label(line: SaleLine) -> str:
    """`Gift card ····1234` (sold on the sale) or `Reload of gift card ····1234`."""
    card = f"gift card ····{line.last4}" if line.last4 else (
        "virtual gift card" if line.promotion_code else "gift card")
    return card.capitalize() if line.kind is LineKind.GIFT_CARD else f"Reload of {card}"


def _tender_owed(sale: Sale, tender: Tender) -> str | None:
    """What Clover hasn't confirmed about one tender, or None."""
    amount = sale.fmt(tender.amount_approved or tender.amount_asked)
    head = f"{tender.label} {amount}"
    if not tender.state.settled:
        return f"{head}: payment {_NOT_YET}"
    if tender.reversing:
        if tender.state is TenderState.AUTHORIZED:
            return f"{head}: hold release {_NOT_YET}"
        where = " to the card" if tender.kind is TenderKind.GIFT_CARD else ""
        return f"{head}: refund{where} {_NOT_YET}"
    if tender.state.counts_as_paid and tender.kind is not TenderKind.CASH:
        if sale.cancel_requested:
            return f"{head}: not given back yet"
        if tender.state is TenderState.AUTHORIZED:
            return f"{head}: hold not captured — capture {_NOT_YET}"
    return None


def outstanding(sale: Sale) -> list[str]:
    """What is still owed to the ledger, one sentence per tender or gift card line, e.g.
    'Visa ····4242 $22.50: refund not confirmed by Clover yet'."""
    found = [owed for tender in sale.tenders if (owed := _tender_owed(sale, tender))]
    for line in sale.lines:
        if line.kind is LineKind.ITEM:
            continue
        head = f"{_line_label(line)} {sale.fmt(line.amount)}"
        detail = f" ({line.message})" if line.message else ""
        if sale.cancel_requested and line.state is LineState.DONE and line.reversal_key:
            found.append(f"{head}: void {_NOT_YET}{detail}")
        elif not sale.cancel_requested and line.state is LineState.FAILED:
            what = "activation" if line.kind is LineKind.GIFT_CARD else "reload"
            found.append(f"{head}: {what} refused by Clover{detail} — refund the customer")
        elif not sale.cancel_requested and line.state is not LineState.DONE \
                and line.state is not LineState.VOIDED:
            what = "activation" if line.kind is LineKind.GIFT_CARD else "reload"
            found.append(f"{head}: {what} {_NOT_YET}{detail}")
    if not found and sale.state is SaleState.NEEDS_ATTENTION:
        found.append(sale.attention or "Waiting for Clover's answer.")
    return found


def given_back(sale: Sale) -> list[str]:
    """What a void or cancel gave back, per tender and gift card line (and what it still owes):
    'Gift card ····0013 $40.00 — back on the card', 'Hand back $10.00 cash'."""
    said: list[str] = []
    for line in sale.lines:
        if line.state is LineState.VOIDED:
            what = "activation voided" if line.kind is LineKind.GIFT_CARD \
                else "taken back off the card"
            said.append(f"{_line_label(line)} {sale.fmt(line.amount)} — {what}")
    for tender in sale.tenders:
        amount = sale.fmt(tender.unrefunded)
        if tender.refunded_before and tender.state in (TenderState.VOIDED,
                                                       TenderState.REFUNDED):
            said.append(f"{tender.label} {sale.fmt(tender.refunded_before)} — refunded at the "
                        "desk before")
            if not tender.unrefunded:
                continue
        if tender.kind is TenderKind.CASH and tender.state is TenderState.VOIDED:
            said.append(f"Hand back {amount} cash")
        elif tender.state in (TenderState.VOIDED, TenderState.REFUNDED):
            if tender.kind is TenderKind.GIFT_CARD:
                taken = tender.capture_key is not None or tender.capture_mode
                said.append(f"{tender.label} {amount} — " + (
                    "back on the card" if taken else "hold released, nothing taken"))
            elif tender.state is TenderState.VOIDED:
                said.append(f"{tender.label} {amount} — charge voided")
            else:
                said.append(f"{tender.label} {amount} — refunded to the card")
    return said + outstanding(sale) if sale.state is SaleState.NEEDS_ATTENTION else said


def void_preview(sale: Sale, before: Mapping[str, int] | None = None) -> list[str]:
    """What voiding a completed sale will do, per gift card line and tender; `before`: what
    the desk refunded of each tender already (by tender id), which the void doesn't repeat."""
    said: list[str] = []
    for line in sale.lines:
        if line.state is LineState.DONE and line.transaction_id:
            if line.kind is LineKind.GIFT_CARD:
                said.append(f"{_line_label(line)} sold for "
                            f"{sale.fmt(line.amount)} is deactivated")
            else:
                said.append(f"{sale.fmt(line.amount)} is taken back off gift card "
                            f"····{line.last4 or '????'}")
    for tender in sale.tenders:
        if not tender.state.counts_as_paid:
            continue
        amount = sale.fmt(tender.amount_approved)
        refunded = max(tender.refunded_before, (before or {}).get(tender.id, 0))
        if refunded >= tender.amount_approved:
            said.append(f"{tender.label} {amount} was refunded in full before")
            continue
        if refunded:
            amount = f"{sale.fmt(tender.amount_approved - refunded)} (the rest of {amount})"
        if tender.kind is TenderKind.CASH:
            said.append(f"Hand back {amount} cash")
        elif tender.kind is TenderKind.GIFT_CARD:
            said.append(f"{tender.label} {amount} goes back on the card")
        else:
            said.append(f"{tender.label} {amount} is given back to the card")
    return said
