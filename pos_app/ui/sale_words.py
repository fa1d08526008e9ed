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
from pos_app.lang import N_

from .i18n import tr

__all__ = [
    "given_back",
    "outstanding",
    "state_words",
    "tenders_summary",
    "void_preview",
]

_STATE_WORDS = {
    SaleState.OPEN: N_("Open"),
    SaleState.TENDERING: N_("Taking payment"),
    SaleState.PAID: N_("Paid — finishing"),
    SaleState.COMPLETED: N_("Completed"),
    SaleState.CANCELLED: N_("Cancelled"),
    SaleState.NEEDS_ATTENTION: N_("Needs a manager"),
}
_NOT_YET = N_("not confirmed by Clover yet")


def state_words(state: SaleState) -> str:
    return tr(_STATE_WORDS[state]) if state in _STATE_WORDS else state.value


def tenders_summary(sale: Sale) -> str:
    """`Gift card ····1234 $40.00 + Visa ····1111 $22.50` (declines took nothing: left out)."""
    parts = [f"{tr(t.label)} {sale.fmt(t.amount_approved or t.amount_asked)}"
             for t in sale.tenders if t.state is not TenderState.DECLINED]
    return " + ".join(parts) or "—"


def _line_label(line: SaleLine) -> str:
    """`Gift card ····1234` (sold on the sale) or `Reload of gift card ····1234`."""
    card = tr('gift card ····{last4}').format(last4=line.last4) if line.last4 else (
        tr("virtual gift card") if line.promotion_code else tr("gift card"))
    return (
        card.capitalize()
        if line.kind is LineKind.GIFT_CARD
        else tr("Reload of {card}").format(card=card)
    )


def _tender_owed(sale: Sale, tender: Tender) -> str | None:
    """What Clover hasn't confirmed about one tender, or None."""
    amount = sale.fmt(tender.amount_approved or tender.amount_asked)
    head = f"{tr(tender.label)} {amount}"
    if not tender.state.settled:
        return tr('{head}: payment {NOT_YET}').format(head=head, NOT_YET=tr(_NOT_YET))
    if tender.reversing:
        if tender.state is TenderState.AUTHORIZED:
            return tr('{head}: hold release {NOT_YET}').format(head=head, NOT_YET=tr(_NOT_YET))
        where = tr(" to the card") if tender.kind is TenderKind.GIFT_CARD else ""
        return tr("{head}: refund{where} {NOT_YET}").format(
            head=head, where=where, NOT_YET=tr(_NOT_YET)
        )
    if tender.state.counts_as_paid and tender.kind is not TenderKind.CASH:
        if sale.cancel_requested:
            return tr('{head}: not given back yet').format(head=head)
        if tender.state is TenderState.AUTHORIZED:
            return tr("{head}: hold not captured — capture {NOT_YET}").format(
                head=head, NOT_YET=tr(_NOT_YET)
            )
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
            found.append(
                tr("{head}: void {NOT_YET}{detail}").format(
                    head=head, NOT_YET=tr(_NOT_YET), detail=detail
                )
            )
        elif not sale.cancel_requested and line.state is LineState.FAILED:
            what = "activation" if line.kind is LineKind.GIFT_CARD else "reload"
            found.append(
                tr("{head}: {what} refused by Clover{detail} — refund the customer").format(
                    head=head, what=what, detail=detail
                )
            )
        elif not sale.cancel_requested and line.state is not LineState.DONE \
                and line.state is not LineState.VOIDED:
            what = "activation" if line.kind is LineKind.GIFT_CARD else "reload"
            found.append(tr("{head}: {what} {not_yet}{detail}").format(
                head=head, what=what, not_yet=tr(_NOT_YET), detail=detail))
    if not found and sale.state is SaleState.NEEDS_ATTENTION:
        found.append(sale.attention or tr("Waiting for Clover's answer."))
    return found


def given_back(sale: Sale) -> list[str]:
    """What a void or cancel gave back, per tender and gift card line (and what it still owes):
    'Gift card ····0013 $40.00 — back on the card', 'Hand back $10.00 cash'."""
    said: list[str] = []
    for line in sale.lines:
        if line.state is LineState.VOIDED:
            what = tr("activation voided") if line.kind is LineKind.GIFT_CARD \
                else tr("taken back off the card")
            said.append(f"{_line_label(line)} {sale.fmt(line.amount)} — {what}")
    for tender in sale.tenders:
        amount = sale.fmt(tender.unrefunded)
        if tender.refunded_before and tender.state in (TenderState.VOIDED,
                                                       TenderState.REFUNDED):
            said.append(
                tr("{label} {amount} — refunded at the desk before").format(
                    label=tr(tender.label), amount=sale.fmt(tender.refunded_before)
                )
            )
            if not tender.unrefunded:
                continue
        if tender.kind is TenderKind.CASH and tender.state is TenderState.VOIDED:
            said.append(tr('Hand back {amount} cash').format(amount=amount))
        elif tender.state in (TenderState.VOIDED, TenderState.REFUNDED):
            if tender.kind is TenderKind.GIFT_CARD:
                taken = tender.capture_key is not None or tender.capture_mode
                said.append(f"{tr(tender.label)} {amount} — " + (
                    tr("back on the card") if taken else tr("hold released, nothing taken")))
            elif tender.state is TenderState.VOIDED:
                said.append(
                    tr("{label} {amount} — charge voided").format(
                        label=tr(tender.label), amount=amount
                    )
                )
            else:
                said.append(
                    tr("{label} {amount} — refunded to the card").format(
                        label=tr(tender.label), amount=amount
                    )
                )
    return said + outstanding(sale) if sale.state is SaleState.NEEDS_ATTENTION else said


def void_preview(sale: Sale, before: Mapping[str, int] | None = None) -> list[str]:
    """What voiding a completed sale will do, per gift card line and tender; `before`: what
    the desk refunded of each tender already (by tender id), which the void doesn't repeat."""
    said: list[str] = []
    for line in sale.lines:
        if line.state is LineState.DONE and line.transaction_id:
            if line.kind is LineKind.GIFT_CARD:
                said.append(
                    tr("{line_label} sold for {amount} is deactivated").format(
                        line_label=_line_label(line), amount=sale.fmt(line.amount)
                    )
                )
            else:
                said.append(
                    tr("{amount} is taken back off gift card ····{value}").format(
                        amount=sale.fmt(line.amount), value=line.last4 or "????"
                    )
                )
    for tender in sale.tenders:
        if not tender.state.counts_as_paid:
            continue
        amount = sale.fmt(tender.amount_approved)
        refunded = max(tender.refunded_before, (before or {}).get(tender.id, 0))
        if refunded >= tender.amount_approved:
            said.append(
                tr("{label} {amount} was refunded in full before").format(
                    label=tr(tender.label), amount=amount
                )
            )
            continue
        if refunded:
            amount = tr("{amount} (the rest of {amount2})").format(
                amount=sale.fmt(tender.amount_approved - refunded), amount2=amount
            )
        if tender.kind is TenderKind.CASH:
            said.append(tr('Hand back {amount} cash').format(amount=amount))
        elif tender.kind is TenderKind.GIFT_CARD:
            said.append(
                tr("{label} {amount} goes back on the card").format(
                    label=tr(tender.label), amount=amount
                )
            )
        else:
            said.append(
                tr("{label} {amount} is given back to the card").format(
                    label=tr(tender.label), amount=amount
                )
            )
    return said
