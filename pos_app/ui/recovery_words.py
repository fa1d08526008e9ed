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
from pos_app.money import format_cents

from .sale_words import given_back, outstanding, state_words

__all__ = ["describe", "describe_desk", "items_text", "left_off_note", "owed_desk_op",
           "owed_sale", "what_happened"]

_AFTER_WORDS = {
    SaleState.COMPLETED: "finished",
    SaleState.CANCELLED: "reversed — every payment given back",
    SaleState.NEEDS_ATTENTION: "NEEDS A MANAGER",
}
_OP_WORDS = {
    DeskOpKind.CASHOUT: "Cash-out of {card}",
    DeskOpKind.REFUND: "Refund to {card}",
    DeskOpKind.CARD_REFUND: "Refund to {card}",
    DeskOpKind.CASH_REFUND: "Cash refund",
    DeskOpKind.VOID_REFUND: "Void of a refund to {card}",
    DeskOpKind.VOID_TRANSACTION: "Void on {card}",
}
_DESK_AFTER = {
    DeskOpState.DONE: "finished",
    DeskOpState.FAILED: "didn't go through — nothing changed",
    DeskOpState.PENDING: "NEEDS A MANAGER",
    DeskOpState.UNKNOWN: "NEEDS A MANAGER",
}


def describe(action: RecoveryAction, sale: Sale | None = None) -> str:
    """`Sale #12 · $62.50 · Taking payment → reversed — …`, what was done, and per card, cash
    payment and gift card line what was given back or completed; `sale`: the sale as the
    journal holds it now (a later retry may have settled it)."""
    before = state_words(action.before)
    after = _AFTER_WORDS.get(action.after, state_words(action.after))
    text = f"Sale #{action.number} · {action.total} · {before} → {after}\n{action.message}"
    if sale is None:
        return text
    now = sale.state
    if action.needs_manager and now is not action.after:
        text += f"\nSettled since: {_AFTER_WORDS.get(now, state_words(now))}."
    return text + "".join(f"\n   • {line}" for line in what_happened(sale))


def what_happened(sale: Sale) -> list[str]:
    """Each card and amount a recovered sale gave back, completed, or still owes."""
    if sale.state is SaleState.COMPLETED:
        said = [f"{tender.label} {sale.fmt(tender.amount_approved)} — paid"
                for tender in sale.tenders if tender.state.counts_as_paid]
        for line in sale.lines:
            if line.kind is not LineKind.ITEM and line.state is LineState.DONE:
                card = f"····{line.last4}" if line.last4 else "(virtual)"
                what = "activated" if line.kind is LineKind.GIFT_CARD else "reloaded"
                said.append(f"Gift card {card} {sale.fmt(line.amount)} — {what}")
        return said
    if sale.state is SaleState.CANCELLED:
        said = given_back(sale)
        declined = [f"{tender.label} {sale.fmt(tender.amount_asked)} — not charged"
                    for tender in sale.tenders if tender.state is TenderState.DECLINED]
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
    noun = "card" if op.kind is DeskOpKind.CARD_REFUND else "gift card"
    card = f"{noun} ····{op.last4}" if op.last4 else f"a {noun}"
    parts = [_OP_WORDS[op.kind].format(card=card)]
    if op.amount:
        parts.append(format_cents(op.amount, op.currency))
    if op.approved_by:
        parts.append(f"approved by {op.approved_by}")
    return " · ".join(parts)


def describe_desk(result: DeskOpResult, now: DeskOp | None = None) -> str:
    """A gift card desk operation the restart found unfinished, and how it ended."""
    op = now if now is not None and now.state is not result.op.state else result.op
    text = f"{_op_head(result.op)} · interrupted → {_DESK_AFTER[result.op.state]}\n" \
        f"{result.message}"
    if op is not result.op:
        text += f"\nSettled since: {_DESK_AFTER[op.state]}. {op.message or ''}".rstrip()
    return text


def owed_sale(sale: Sale) -> str:
    """A sale that needs a manager, and per tender what Clover hasn't confirmed."""
    doing = "being reversed" if sale.cancel_requested else "paid, being finished"
    owed = "\n".join(f"   {line}" for line in outstanding(sale))
    return f"Sale #{sale.number} · {sale.fmt(sale.total)} · {doing}\n{owed}"


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
    return f" Left off: {names} — sell it again on the Gift cards screen (F3)."
