"""Send a tender's charge, and reconcile a charge whose outcome is unknown (never a decline)."""

from __future__ import annotations

import logging

from pos_app.clover import CardDeclined, Charge, CloverError, IdempotencyConflict
from pos_app.domain.sale import Sale
from pos_app.domain.tender import Tender, TenderKind, TenderState

from .context import LOOKUP_WINDOW_MS, Steps

__all__ = ["adopt_charge", "charge_tender", "look_up", "reconcile"]

log = logging.getLogger(__name__)

UNKNOWN_MESSAGE = "No answer from Clover — checking the payment…"
STILL_UNKNOWN = (
    "Still no answer from Clover. Don't take another payment yet: press Check again, "
    "or Cancel sale (it will be reversed once Clover answers)."
)


async def _send(steps: Steps, sale: Sale, tender: Tender, source: str) -> Charge:
    if sale.order_id is not None:  # a payment of the sale's order: a charge of that order
        return await steps.client.pay_order(
            sale.order_id,
            source,
            tender.amount_asked,
            sale.currency,
            capture=tender.capture_mode,
            partial_redemption=True if tender.kind is TenderKind.GIFT_CARD else None,
            external_reference_id=tender.reference,
            description=f"Sale {sale.number}",
            idempotency_key=tender.idempotency_key,
        )
    return await steps.client.create_charge(
        source,
        tender.amount_asked,
        sale.currency,
        capture=tender.capture_mode,
        partial_redemption=True if tender.kind is TenderKind.GIFT_CARD else None,
        external_reference_id=tender.reference,
        description=f"Sale {sale.number}",
        idempotency_key=tender.idempotency_key,
    )


def adopt_charge(tender: Tender, charge: Charge) -> None:
    """Record what Clover says this tender's charge did."""
    tender.charge_id = charge.id
    tender.auth_code = charge.auth_code or tender.auth_code
    tender.ref_num = charge.ref_num or tender.ref_num
    tender.last4 = charge.last4 or tender.last4
    if tender.kind is TenderKind.CARD:
        tender.brand = charge.brand or tender.brand
    if not charge.approved or not charge.amount:
        tender.state = TenderState.DECLINED
        tender.amount_approved = 0
        tender.message = charge.failure_message or "Declined — ask for another way to pay."
        return
    tender.amount_approved = charge.amount
    tender.state = TenderState.CAPTURED if charge.captured else TenderState.AUTHORIZED
    if charge.gift_card is not None:
        tender.balance_left = charge.gift_card.available
    tender.message = None


def _decline(tender: Tender, message: str) -> None:
    tender.state = TenderState.DECLINED
    tender.amount_approved = 0
    tender.message = message


async def charge_tender(steps: Steps, sale: Sale, tender: Tender, source: str) -> None:
    """Send the (already journaled) tender's charge; it ends definite, or UNKNOWN if unresolved."""
    try:
        charge = await _send(steps, sale, tender, source)
    except CardDeclined as exc:
        _decline(tender, exc.user_message)
    except CloverError as exc:
        if not exc.outcome_unknown:
            _decline(tender, exc.user_message)  # a definite answer: nothing was taken
        else:
            tender.state = TenderState.UNKNOWN
            tender.message = UNKNOWN_MESSAGE
            await steps.save(sale, f"tender {tender.reference}: no answer ({type(exc).__name__})")
            await reconcile(steps, sale, tender, source)
            return
    else:
        adopt_charge(tender, charge)
    await steps.save(sale, f"tender {tender.reference}: {tender.state.value}")


async def reconcile(steps: Steps, sale: Sale, tender: Tender, source: str | None) -> bool:
    """Settle an UNKNOWN/PENDING tender: resend with the same key, then look it up.

    `source` is the card token, in memory only: after a restart it is gone, and a look-up is
    all there is. True when the tender's state is definite again.
    """
    refused = False  # Clover definitely refused the same key: the first attempt didn't happen
    if source is not None:
        for attempt in range(steps.config.reconcile_attempts):
            await steps.pause(attempt)
            try:
                charge = await _send(steps, sale, tender, source)
            except CardDeclined as exc:
                _decline(tender, exc.user_message)
                await steps.save(sale, f"tender {tender.reference}: declined on resend")
                return True
            except IdempotencyConflict:
                break  # the key was used with another body: only a look-up can tell
            except CloverError as exc:
                if exc.outcome_unknown or exc.retryable:
                    continue
                refused = True
                break
            adopt_charge(tender, charge)
            await steps.save(sale, f"tender {tender.reference}: {tender.state.value} on resend")
            return True
    answered, found = await look_up(steps, tender)
    if found is not None:
        adopt_charge(tender, found)
        await steps.save(sale, f"tender {tender.reference}: found by look-up, {tender.state.value}")
        return True
    if answered and (refused or source is None):
        _decline(tender, "Not charged (checked with Clover) — take the payment again.")
        await steps.save(sale, f"tender {tender.reference}: not found at Clover, nothing taken")
        return True
    tender.state = TenderState.UNKNOWN
    tender.message = STILL_UNKNOWN
    await steps.save(sale, f"tender {tender.reference}: still unknown")
    return False


async def look_up(steps: Steps, tender: Tender) -> tuple[bool, Charge | None]:
    """Whether Clover answered, and the charge it made for this tender (by its reference)."""
    try:
        found = await steps.client.find_charge_by_reference(
            tender.reference, created_gte=tender.created_ms - LOOKUP_WINDOW_MS
        )
    except CloverError as exc:
        log.warning("look-up of tender %s failed: %s", tender.reference, exc)
        return False, None
    return True, found
