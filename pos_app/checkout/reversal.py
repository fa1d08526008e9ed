"""Undo a tender: release a gift card hold, void or refund a charge, hand cash back."""

from __future__ import annotations

import logging

from pos_app.clover import CloverError, Refund
from pos_app.clover.models import GiftCardBalances
from pos_app.domain.sale import Sale
from pos_app.domain.tender import Tender, TenderKind, TenderState, new_key

from .charging import adopt_charge, look_up, reconcile
from .context import Steps

__all__ = ["reverse_tender"]

log = logging.getLogger(__name__)

_GONE = ("charge_expired_for_capture",)  # a hold that lapsed: the funds are back already


async def reverse_tender(steps: Steps, sale: Sale, tender: Tender, source: str | None) -> bool:
    """Give back what the tender took. True when nothing of it is left taken."""
    if not tender.state.settled and not await _settle_first(steps, sale, tender, source):
        return False
    if tender.state in (TenderState.DECLINED, TenderState.VOIDED, TenderState.REFUNDED):
        return True
    if tender.kind is TenderKind.CASH:
        tender.state = TenderState.VOIDED
        tender.message = f"Hand back {sale.fmt(tender.unrefunded)} cash"
        await steps.save(sale, f"tender {tender.reference}: cash handed back")
        return True
    if tender.reversal_key is None or not tender.reversing:
        tender.reversal_key = tender.reversal_key or new_key()
        tender.reversing = True
        await steps.save(sale, f"tender {tender.reference}: reversing")
    for attempt in range(steps.config.reconcile_attempts + 1):
        if attempt:
            await steps.pause(attempt - 1)
        try:
            await _send_reversal(steps, tender)
        except CloverError as exc:
            if exc.outcome_unknown or exc.retryable:
                tender.message = "No answer from Clover — the reversal will be retried."
                continue
            if exc.code in _GONE:
                tender.state = TenderState.VOIDED
                tender.reversing = False
                tender.message = "The hold had expired: nothing was taken."
                await steps.save(sale, f"tender {tender.reference}: hold had expired")
                return True
            tender.message = exc.user_message
            log.warning("reversal of tender %s refused: %s", tender.reference, exc)
            break
        else:
            tender.reversing = False
            tender.message = None
            await steps.save(sale, f"tender {tender.reference}: {tender.state.value}")
            return True
    await steps.save(sale, f"tender {tender.reference}: reversal not confirmed")
    return False


async def _settle_first(steps: Steps, sale: Sale, tender: Tender, source: str | None) -> bool:
    """Before undoing an unknown tender, learn what it did: look it up, then (token in hand)
    resend it with the same key, so that whatever happened is known and can be reversed."""
    answered, found = await look_up(steps, tender)
    if found is None and answered and source is None:
        tender.state = TenderState.DECLINED
        tender.message = "Not charged (checked with Clover)."
        await steps.save(sale, f"tender {tender.reference}: not found at Clover, nothing taken")
        return True
    if found is not None:
        adopt_charge(tender, found)
        await steps.save(sale, f"tender {tender.reference}: found by look-up, {tender.state.value}")
        return True
    return await reconcile(steps, sale, tender, source)


async def _send_reversal(steps: Steps, tender: Tender) -> None:
    assert tender.charge_id is not None
    assert tender.reversal_key is not None
    client = steps.client
    if tender.state is TenderState.AUTHORIZED:
        charge = await client.capture_charge(tender.charge_id, 0,
                                             idempotency_key=tender.reversal_key)
        _balance_back(tender, charge.gift_card)
        tender.state = TenderState.VOIDED
        return
    refund: Refund = await client.create_refund(
        tender.charge_id, reason="requested_by_customer", idempotency_key=tender.reversal_key
    )
    if not refund.succeeded:
        raise CloverError(f"refund status {refund.status}",
                          user_message="Clover didn't confirm the reversal — call a manager.")
    tender.refund_id = refund.id
    _balance_back(tender, refund.gift_card)
    tender.state = TenderState.VOIDED if refund.refund_type == "VOID" else TenderState.REFUNDED


def _balance_back(tender: Tender, balances: GiftCardBalances | None) -> None:
    """A gift card's balance once the tender is given back (the receipt of a cancelled sale
    must not show the balance from before): Clover's figure, else what was taken added back."""
    if tender.kind is not TenderKind.GIFT_CARD:
        return
    available = balances.available if balances is not None else None
    if available is not None:
        tender.balance_left = available
    elif tender.balance_left is not None:
        tender.balance_left += tender.amount_approved
