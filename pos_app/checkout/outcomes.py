"""What the cashier reads after each checkout step: short, with the amounts that matter."""

from __future__ import annotations

from pos_app.domain.sale import LineKind, LineState, Sale, SaleLine, SaleState
from pos_app.domain.tender import Tender, TenderKind, TenderState

__all__ = [
    "attention_message",
    "cancel_message",
    "expired_message",
    "reversal_message",
    "tender_message",
    "waits_for_clover",
]


def _due(sale: Sale) -> str:
    if sale.state is SaleState.COMPLETED:
        return "Sale complete"
    if sale.remaining_due == 0:
        return "Paid in full"
    return f"Remaining due {sale.fmt(sale.remaining_due)}"


def tender_message(sale: Sale, tender: Tender) -> str:
    """E.g. 'Gift card ····1234 paid $40.00 · card balance $0.00 · Remaining due $22.50'."""
    if tender.state is TenderState.DECLINED:
        # Plain: what happened and what to do; the remaining due is large above it already.
        return tender.message or "Declined — ask for another way to pay."
    if not tender.state.settled:
        return tender.message or "No answer from Clover — checking the payment…"
    if tender.kind is TenderKind.CASH:
        parts = [f"Cash {sale.fmt(tender.cash_tendered)}"]
        if tender.change_due:
            parts.append(f"Change due {sale.fmt(tender.change_due)}")
    else:
        parts = [f"{tender.label} paid {sale.fmt(tender.amount_approved)}"]
        if tender.kind is TenderKind.GIFT_CARD and tender.balance_left is not None:
            parts.append(f"card balance {sale.fmt(tender.balance_left)}")
    parts.append(_due(sale))
    if sale.state is SaleState.NEEDS_ATTENTION and sale.attention:
        parts.append(sale.attention)
    return " · ".join(parts)


def reversal_message(sale: Sale, tender: Tender, done: bool) -> str:
    if not done:
        return (f"{tender.label}: couldn't confirm the reversal with Clover — "
                f"it will be retried. {tender.message or ''}").strip()
    if tender.kind is TenderKind.CASH:
        return f"Hand back {sale.fmt(tender.unrefunded)} cash · {_due(sale)}"
    if tender.state is TenderState.DECLINED:
        return f"{tender.label} was not charged · {_due(sale)}"
    return f"{tender.label} {sale.fmt(tender.amount_approved)} reversed · {_due(sale)}"


def cancel_message(sale: Sale) -> str:
    if sale.state is SaleState.CANCELLED:
        # Cash a removed payment gave back was handed back then: only the rest is owed now
        # (and a void hands back only what the desk didn't hand back before).
        cash = sum(t.unrefunded for t in sale.tenders
                   if t.kind is TenderKind.CASH and t.state is TenderState.VOIDED
                   and not t.removed)
        tail = f" Hand back {sale.fmt(cash)} cash." if cash else ""
        return f"Sale #{sale.number} cancelled — every payment was reversed.{tail}"
    return f"Sale #{sale.number} needs attention: {sale.attention or ''}".strip()


def expired_message(sale: Sale, expired: list[Tender]) -> str:
    cards = ", ".join(t.label for t in expired)
    return (f"The hold on {cards} expired before the sale finished — nothing was taken from it. "
            f"{_due(sale)}: take another payment.")


def attention_message(sale: Sale) -> str:
    """What is still wrong with a sale, for the manager and the recovery screen."""
    problems: list[str] = []
    for tender in sale.tenders:
        if not tender.state.settled:
            problems.append(f"{tender.label} {sale.fmt(tender.amount_asked)}: "
                            "no answer from Clover yet")
        elif tender.reversing:
            problems.append(f"{tender.label} {sale.fmt(tender.amount_approved)}: "
                            f"reversal not confirmed ({tender.message or 'retrying'})")
        elif tender.state is TenderState.AUTHORIZED and not sale.cancel_requested:
            problems.append(f"{tender.label} {sale.fmt(tender.amount_approved)}: "
                            f"hold not captured ({tender.message or 'retrying'})")
    for line in sale.refused_lines:
        if not sale.cancel_requested:
            problems.append(f"{line_label(line)} {sale.fmt(line.amount)}: Clover refused it "
                            f"({(line.message or 'refused').rstrip('.')}) — a manager refunds "
                            "the customer from History (F4)")
    for line in sale.lines:
        if line.state is LineState.FAILED:
            continue
        if sale.cancel_requested and line.state is LineState.DONE and line.reversal_key:
            problems.append(f"{line.description} ····{line.last4 or '????'} "
                            f"{sale.fmt(line.amount)}: void not confirmed "
                            f"({line.message or 'retrying'})")
        if line.state in (LineState.PENDING, LineState.IN_FLIGHT) \
                and line.kind.value != "item" and not sale.cancel_requested:
            problems.append(f"{line_label(line)} "
                            f"{sale.fmt(line.amount)}: {line.message or 'not done yet'}")
    return "; ".join(problems) or "Retrying."


def line_label(line: SaleLine) -> str:
    """`Gift card ····1234`, `Gift card reload ····1234`, `Gift card (virtual)`."""
    return f"{line.description} ····{line.last4}" if line.last4 else line.description


def waits_for_clover(sale: Sale) -> bool:
    """Whether a resend may still settle the sale: a payment, hold, reversal, activation or
    reload without a definite answer. A sale held up only by refusals for good waits for a
    manager instead (retrying them would be refused again, for ever)."""
    if sale.cancel_requested or sale.unsettled:
        return True
    if any(t.state is TenderState.AUTHORIZED for t in sale.tenders):
        return True
    return any(line.kind is not LineKind.ITEM and line.state in (LineState.PENDING,
                                                                  LineState.IN_FLIGHT)
               for line in sale.lines)
