"""What the Recovery screen says: each unfinished sale and desk operation, and what is owed."""

from __future__ import annotations

from pos_app.checkout import RecoveryAction
from pos_app.checkout.desk_results import DeskOpResult
from pos_app.domain import (
    DeskOp,
    DeskOpKind,
    DeskOpState,
    LineKind,
    LineState,
    Sale,
    SaleState,
    TenderState,
)
from pos_app.lang import N_
from pos_app.money import format_cents

from .i18n import tr
from .sale_words import given_back, outstanding, state_words

__all__ = ["describe", "describe_desk", "items_text", "left_off_note", "owed_desk_op",
           "owed_sale", "what_happened"]

_AFTER_WORDS = {
    SaleState.COMPLETED: "finished",
    SaleState.CANCELLED: N_("reversed — every payment given back"),
    SaleState.NEEDS_ATTENTION: N_("NEEDS A MANAGER"),
}
_OP_WORDS = {
    DeskOpKind.CASHOUT: N_("Cash-out of {card}"),
    DeskOpKind.REFUND: N_("Refund to {card}"),
    DeskOpKind.CARD_REFUND: N_("Refund to {card}"),
    DeskOpKind.CASH_REFUND: N_("Cash refund"),
    DeskOpKind.VOID_REFUND: N_("Void of a refund to {card}"),
    DeskOpKind.VOID_TRANSACTION: N_("Void on {card}"),
}
_DESK_AFTER = {
    DeskOpState.DONE: "finished",
    DeskOpState.FAILED: N_("didn't go through — nothing changed"),
    DeskOpState.PENDING: N_("NEEDS A MANAGER"),
    DeskOpState.UNKNOWN: N_("NEEDS A MANAGER"),
}


def describe(action: RecoveryAction, sale: Sale | None = None) -> str:
    """`Sale #12 · $62.50 · Taking payment → reversed — …`, what was done, and per card, cash
    payment and gift card line what was given back or completed; `sale`: the sale as the
    journal holds it now (a later retry may have settled it)."""
    before = state_words(action.before)
    after = tr(_AFTER_WORDS[action.after]) if action.after in _AFTER_WORDS \
        else state_words(action.after)
    text = tr("Sale #{number} · {total} · {before} → {after}\n{message}").format(
        number=action.number, total=action.total, before=before, after=after, message=action.message
    )
    if sale is None:
        return text
    now = sale.state
    if action.needs_manager and now is not action.after:
        text += tr("\nSettled since: {get}.").format(
            get=tr(_AFTER_WORDS[now]) if now in _AFTER_WORDS else state_words(now)
        )
    return text + "".join(f"\n   • {line}" for line in what_happened(sale))


def what_happened(sale: Sale) -> list[str]:
    """Each card and amount a recovered sale gave back, completed, or still owes."""
    if sale.state is SaleState.COMPLETED:
        said = [
            tr("{label} {amount} — paid").format(
                label=tr(tender.label), amount=sale.fmt(tender.amount_approved)
            )
            for tender in sale.tenders
            if tender.state.counts_as_paid
        ]
        for line in sale.lines:
            if line.kind is not LineKind.ITEM and line.state is LineState.DONE:
                card = f"····{line.last4}" if line.last4 else tr("(virtual)")
                what = "activated" if line.kind is LineKind.GIFT_CARD else "reloaded"
                said.append(
                    tr("Gift card {card} {amount} — {what}").format(
                        card=card, amount=sale.fmt(line.amount), what=what
                    )
                )
        return said
    if sale.state is SaleState.CANCELLED:
        said = given_back(sale)
        declined = [
            tr("{label} {amount} — not charged").format(
                label=tr(tender.label), amount=sale.fmt(tender.amount_asked)
            )
            for tender in sale.tenders
            if tender.state is TenderState.DECLINED
        ]
        return sorted(said, key=lambda text: not text.startswith("Hand back")) + declined
    return outstanding(sale)


def items_text(sale: Sale) -> str:
    """`Jacket, 2 x Socks`: what a reversed sale would ring up again."""
    return ", ".join(line.description if line.quantity == 1
                     else f"{line.quantity} x {line.description}"
                     for line in sale.lines
                     if line.kind is LineKind.ITEM or line.promotion_code is not None)


def _op_head(op: DeskOp) -> str:
    """`Refund to gift card ····0013 · $40.00 · approved by Maria`."""
    noun = "card" if op.kind is DeskOpKind.CARD_REFUND else tr("gift card")
    card = f"{noun} ····{op.last4}" if op.last4 else f"a {noun}"
    parts = [tr(_OP_WORDS[op.kind]).format(card=card)]
    if op.amount:
        parts.append(format_cents(op.amount, op.currency))
    if op.approved_by:
        parts.append(tr('approved by {approved_by}').format(approved_by=op.approved_by))
    return " · ".join(parts)


def describe_desk(result: DeskOpResult, now: DeskOp | None = None) -> str:
    """A gift card desk operation the restart found unfinished, and how it ended."""
    op = now if now is not None and now.state is not result.op.state else result.op
    text = tr("{op_head} · interrupted → {DESK_AFTER}\n{message}").format(
        op_head=_op_head(result.op),
        DESK_AFTER=tr(_DESK_AFTER[result.op.state]),
        message=result.message,
    )
    if op is not result.op:
        text += (
            tr("\nSettled since: {DESK_AFTER}. {value}")
            .format(DESK_AFTER=tr(_DESK_AFTER[op.state]), value=op.message or "")
            .rstrip()
        )
    return text


def owed_sale(sale: Sale) -> str:
    """A sale that needs a manager, and per tender what Clover hasn't confirmed."""
    doing = tr("being reversed") if sale.cancel_requested else tr("paid, being finished")
    owed = "\n".join(f"   {line}" for line in outstanding(sale))
    return tr("Sale #{number} · {amount} · {doing}\n{owed}").format(
        number=sale.number, amount=sale.fmt(sale.total), doing=doing, owed=owed
    )


def owed_desk_op(op: DeskOp) -> str:
    """A desk operation with no definite answer yet, and what to do meanwhile."""
    return f"{_op_head(op)}\n   {op.message or 'No answer from Clover yet.'}"


def left_off_note(old: Sale, again: Sale) -> str:
    """What ringing `old` up again as `again` left off (gift cards to swipe or sell anew)."""
    kept = {(line.promotion_code, line.amount) for line in again.lines
            if line.kind is not LineKind.ITEM}
    left = [line for line in old.lines if line.kind is not LineKind.ITEM
            and (line.promotion_code is None or (line.promotion_code, line.amount) not in kept)]
    if not left:
        return ""
    names = ", ".join(f"{line.description} {old.fmt(line.amount)}" for line in left)
    return tr(" Left off: {names} — sell it again on the Gift cards screen (F3).").format(
        names=names
    )
