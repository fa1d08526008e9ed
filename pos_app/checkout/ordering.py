"""A sale recorded as a Clover order: ring it up once (journal first), return it whole."""

from __future__ import annotations

import logging

from pos_app.clover import CloverError, LineItem
from pos_app.domain.sale import Sale
from pos_app.domain.tender import Tender, TenderKind, TenderState, new_key

from .context import CheckoutError, Steps

__all__ = ["ensure_order", "order_items", "return_order", "returnable"]

log = logging.getLogger(__name__)

NOT_RECORDED = ("Couldn't record the sale with Clover — nothing was charged. "
                "Try the payment again.")


def order_items(sale: Sale) -> list[LineItem]:
    """The sale's lines as order items, and its tax (computed once, here) as a `tax` item."""
    items = [LineItem(line.description, line.unit_price, line.quantity) for line in sale.lines]
    if sale.tax:
        items.append(LineItem("Sales tax", sale.tax, type="tax"))
    assert sum(item.amount * item.quantity for item in items) == sale.total
    return items


async def ensure_order(steps: Steps, sale: Sale) -> None:
    """Create the sale's order before its first card or gift card payment.

    The key is journaled before the request, so a retry (or the next press after no answer)
    gets the same order back instead of a second one; an order takes no money by itself."""
    if sale.order_id is not None:
        return
    if sale.order_key is None:
        sale.order_key = new_key()
        await steps.save(sale, "order requested")
    try:
        order = await steps.client.create_order(
            order_items(sale), sale.currency, description=f"Sale {sale.number}",
            idempotency_key=sale.order_key)
    except CloverError as exc:
        log.warning("order of sale %s not created: %s", sale.number, exc)
        raise CheckoutError(NOT_RECORDED) from exc
    if order.amount != sale.total:  # Clover priced it otherwise (its own tax?): take nothing
        log.warning("order %s of sale %s totals %d, the sale %d", order.id, sale.number,
                    order.amount, sale.total)
        raise CheckoutError("Clover's order total doesn't match the sale — nothing was charged. "
                            "Take cash, or turn off 'Record sales as Clover orders'.")
    sale.order_id = order.id
    await steps.save(sale, f"order {order.id} created")


def forget_order(sale: Sale) -> None:
    """The lines changed before any payment: the next payment rings up a new order (one made
    already stays unpaid at Clover; it holds no money)."""
    sale.order_key = None
    sale.order_id = None


def _paid_at_clover(sale: Sale) -> list[Tender]:
    return [t for t in sale.tenders if t.state is TenderState.CAPTURED]


def returnable(sale: Sale) -> bool:
    """A whole return of the order undoes this sale: it is under way, or every payment was a
    card or gift card captured in full (cash never reaches Clover's order) and the desk has
    refunded none of it (then each payment gives back only what is left of it, on its own)."""
    if sale.return_key is not None:
        return True
    taken = _paid_at_clover(sale)
    return (sale.order_id is not None and bool(taken)
            and all(t.kind is not TenderKind.CASH for t in taken)
            and not any(t.reversing or t.refunded_before for t in sale.tenders)
            and sum(t.amount_approved for t in taken) == sale.total)


async def return_order(steps: Steps, sale: Sale) -> bool | None:
    """Return the whole order: Clover refunds each payment. True when every payment is
    refunded; False when that isn't confirmed yet (retried later); None when Clover refused
    the return, so nothing was refunded and each payment is to be reversed on its own."""
    assert sale.order_id is not None
    taken = [t for t in _paid_at_clover(sale) if t.kind is not TenderKind.CASH]
    if sale.return_key is None:
        sale.return_key = new_key()
        for tender in taken:
            tender.reversing = True
        await steps.save(sale, f"order {sale.order_id}: return requested")
    for attempt in range(steps.config.reconcile_attempts + 1):
        if attempt:
            await steps.pause(attempt - 1)
        try:
            returned = await steps.client.return_order(sale.order_id,
                                                       idempotency_key=sale.return_key)
        except CloverError as exc:
            if exc.outcome_unknown or exc.retryable:
                continue
            log.warning("return of order %s refused: %s", sale.order_id, exc)
            sale.return_key = None
            for tender in taken:
                tender.reversing = False
            await steps.save(sale, f"order {sale.order_id}: return refused ({exc.code})")
            return None
        refunds = {refund.charge_id: refund for refund in returned.refunds}
        for tender in taken:
            refund = refunds.get(tender.charge_id)
            if refund is None or not refund.succeeded:
                tender.message = "Clover's return didn't refund this payment — call a manager."
                continue
            tender.refund_id = refund.id
            tender.state = (TenderState.VOIDED if refund.refund_type == "VOID"
                            else TenderState.REFUNDED)
            tender.reversing = False
            tender.message = None
        await steps.save(sale, f"order {sale.order_id}: returned")
        return not any(t.reversing for t in taken)
    for tender in taken:
        tender.message = "No answer from Clover — the return will be retried."
    await steps.save(sale, f"order {sale.order_id}: return not confirmed")
    return False
