"""What the cashier reads after each checkout step: short, with the amounts that matter."""

from __future__ import annotations

from pos_app.domain.sale import LineKind, LineState, Sale, SaleLine, SaleState
from pos_app.domain.tender import Tender, TenderKind, TenderState
from pos_app.lang import N_, joined, phrase

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
        return N_("Sale complete")
    if sale.remaining_due == 0:
        return N_("Paid in full")
    return phrase(N_('Remaining due {amount}'), amount=sale.fmt(sale.remaining_due))


def tender_message(sale: Sale, tender: Tender) -> str:
    """E.g. 'Gift card ····1234 paid $40.00 · card balance $0.00 · Remaining due $22.50'."""
    if tender.state is TenderState.DECLINED:
        # Plain: what happened and what to do; the remaining due is large above it already.
        return tender.message or N_("Declined — ask for another way to pay.")
    if not tender.state.settled:
        return tender.message or N_("No answer from Clover — checking the payment…")
    if tender.kind is TenderKind.CASH:
        parts = [phrase(N_('Cash {amount}'), amount=sale.fmt(tender.cash_tendered))]
        if tender.change_due:
            parts.append(phrase(N_('Change due {amount}'), amount=sale.fmt(tender.change_due)))
    else:
        parts = [
            phrase(
                N_("{label} paid {amount}"),
                label=tender.label,
                amount=sale.fmt(tender.amount_approved),
            )
        ]
        if tender.kind is TenderKind.GIFT_CARD and tender.balance_left is not None:
            parts.append(phrase(N_('card balance {amount}'), amount=sale.fmt(tender.balance_left)))
    parts.append(_due(sale))
    if sale.state is SaleState.NEEDS_ATTENTION and sale.attention:
        parts.append(sale.attention)
    return joined(" · ", parts)


def reversal_message(sale: Sale, tender: Tender, done: bool) -> str:
    if not done:
        return (
            phrase(
                N_(
                    "{label}: couldn't confirm the reversal with Clover — it will be retried. "
                    "{value}"
                ),
                label=tender.label,
                value=tender.message or "",
            )
        ).strip()
    if tender.kind is TenderKind.CASH:
        return phrase(
            N_("Hand back {amount} cash · {due}"),
            amount=sale.fmt(tender.unrefunded),
            due=_due(sale),
        )
    if tender.state is TenderState.DECLINED:
        return phrase(N_('{label} was not charged · {due}'), label=tender.label, due=_due(sale))
    return phrase(
        N_("{label} {amount} reversed · {due}"),
        label=tender.label,
        amount=sale.fmt(tender.amount_approved),
        due=_due(sale),
    )


def cancel_message(sale: Sale) -> str:
    if sale.state is SaleState.CANCELLED:
        # Cash a removed payment gave back was handed back then: only the rest is owed now
        # (and a void hands back only what the desk didn't hand back before).
        cash = sum(t.unrefunded for t in sale.tenders
                   if t.kind is TenderKind.CASH and t.state is TenderState.VOIDED
                   and not t.removed)
        tail = phrase(N_(' Hand back {amount} cash.'), amount=sale.fmt(cash)) if cash else ""
        return phrase(
            N_("Sale #{number} cancelled — every payment was reversed.{tail}"),
            number=sale.number,
            tail=tail,
        )
    return phrase(
        N_("Sale #{number} needs attention: {value}"),
        number=sale.number,
        value=sale.attention or "",
    ).strip()


def expired_message(sale: Sale, expired: list[Tender]) -> str:
    cards = joined(", ", [t.label for t in expired])
    return phrase(
        N_(
            "The hold on {cards} expired before the sale finished — nothing was taken from it. "
            "{due}: take another payment."
        ),
        cards=cards,
        due=_due(sale),
    )


def attention_message(sale: Sale) -> str:
    """What is still wrong with a sale, for the manager and the recovery screen."""
    problems: list[str] = []
    for tender in sale.tenders:
        if not tender.state.settled:
            problems.append(
                phrase(
                    N_("{label} {amount}: no answer from Clover yet"),
                    label=tender.label,
                    amount=sale.fmt(tender.amount_asked),
                )
            )
        elif tender.reversing:
            problems.append(
                phrase(
                    N_("{label} {amount}: reversal not confirmed ({value})"),
                    label=tender.label,
                    amount=sale.fmt(tender.amount_approved),
                    value=tender.message or "retrying",
                )
            )
        elif tender.state is TenderState.AUTHORIZED and not sale.cancel_requested:
            problems.append(
                phrase(
                    N_("{label} {amount}: hold not captured ({value})"),
                    label=tender.label,
                    amount=sale.fmt(tender.amount_approved),
                    value=tender.message or "retrying",
                )
            )
    for line in sale.refused_lines:
        if not sale.cancel_requested:
            problems.append(
                phrase(
                    N_(
                        "{line_label} {amount}: Clover refused it ({rstrip}) — a manager refunds "
                        "the customer from History (F4)"
                    ),
                    line_label=line_label(line),
                    amount=sale.fmt(line.amount),
                    rstrip=(line.message or "refused").rstrip("."),
                )
            )
    for line in sale.lines:
        if line.state is LineState.FAILED:
            continue
        if sale.cancel_requested and line.state is LineState.DONE and line.reversal_key:
            problems.append(
                phrase(
                    N_("{description} ····{value} {amount}: void not confirmed ({value2})"),
                    description=line.description,
                    value=line.last4 or "????",
                    amount=sale.fmt(line.amount),
                    value2=line.message or "retrying",
                )
            )
        if line.state in (LineState.PENDING, LineState.IN_FLIGHT) \
                and line.kind.value != "item" and not sale.cancel_requested:
            problems.append(f"{line_label(line)} "
                            f"{sale.fmt(line.amount)}: {line.message or 'not done yet'}")
    return joined("; ", problems) if problems else N_("Retrying.")


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
