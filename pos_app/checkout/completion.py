"""Finish a paid sale: capture each gift card hold, then activate or reload its gift card lines."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from pos_app.clover import (
    AuthenticationError,
    CloverError,
    GiftCardTransaction,
    IdempotencyConflict,
    NewGiftCard,
)
from pos_app.domain.cards import GiftCardInput
from pos_app.domain.sale import LineKind, LineState, Sale, SaleLine
from pos_app.domain.tender import Tender, TenderState, new_key

from .context import Steps

__all__ = ["CardsInHand", "capture_holds", "settle_lines", "void_lines"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class CardsInHand:
    """Card data for one sale, in memory only: tender tokens and the gift cards of its lines."""

    sources: dict[str, str] = field(default_factory=dict)  # tender id -> card token
    line_cards: dict[str, GiftCardInput] = field(default_factory=dict)
    line_tokens: dict[str, str] = field(default_factory=dict)
    new_cards: list[NewGiftCard] = field(default_factory=list)


async def capture_holds(steps: Steps, sale: Sale) -> tuple[bool, list[Tender]]:
    """Capture every gift card hold for its held amount.

    Returns (all captured, holds that had expired — now VOIDED; their amount is due again).
    """
    ok, expired = True, []
    for tender in sale.tenders:
        if tender.state is not TenderState.AUTHORIZED:
            continue
        if tender.capture_key is None:
            tender.capture_key = new_key()
            await steps.save(sale, f"tender {tender.reference}: capturing")
        assert tender.charge_id is not None
        for attempt in range(steps.config.reconcile_attempts + 1):
            if attempt:
                await steps.pause(attempt - 1)
            try:
                charge = await steps.client.capture_charge(
                    tender.charge_id, tender.amount_approved, idempotency_key=tender.capture_key
                )
            except CloverError as exc:
                if exc.outcome_unknown or exc.retryable:
                    continue
                if exc.code == "charge_expired_for_capture":
                    tender.state = TenderState.VOIDED
                    tender.message = "The gift card hold expired before the sale was finished."
                    await steps.save(sale, f"tender {tender.reference}: hold expired")
                    expired.append(tender)
                else:
                    tender.message = exc.user_message
                    ok = False
                break
            tender.state = TenderState.CAPTURED
            if charge.gift_card is not None:
                tender.balance_left = charge.gift_card.available
            tender.message = None
            await steps.save(sale, f"tender {tender.reference}: captured")
            break
        else:
            tender.message = "No answer from Clover — the capture will be retried."
            ok = False
    return ok, expired


async def settle_lines(steps: Steps, sale: Sale, cards: CardsInHand) -> bool:
    """Activate or reload each gift card line of a paid sale. True when every line is done."""
    ok = True
    for line in sale.lines:
        if line.kind is LineKind.ITEM or line.state in (LineState.DONE, LineState.VOIDED):
            continue
        if line.state is LineState.FAILED:
            ok = False  # refused for good: sent again it would be refused again
            continue
        ok = await _settle_line(steps, sale, line, cards) and ok
    return ok


async def _settle_line(steps: Steps, sale: Sale, line: SaleLine, cards: CardsInHand) -> bool:
    card = cards.line_cards.get(line.id)
    if line.promotion_code is None and card is None:
        line.message = (f"Swipe gift card ····{line.last4} to finish "
                        f"{'activating' if line.kind is LineKind.GIFT_CARD else 'reloading'} "
                        f"{sale.fmt(line.amount)}.")
        return False
    if line.state is not LineState.IN_FLIGHT:
        line.state = LineState.IN_FLIGHT
        await steps.save(sale, f"line {line.id[:8]}: {line.kind.value} requested")
    for attempt in range(steps.config.reconcile_attempts + 1):
        if attempt:
            await steps.pause(attempt - 1)
        try:
            txn = await _send_line(steps, sale, line, card, cards)
        except IdempotencyConflict:
            # The key was used with another card read (before a restart): it went through.
            _done(line, None)
            line.message = "Done earlier (before the register restarted)."
            await steps.save(sale, f"line {line.id[:8]}: done earlier")
            return True
        except CloverError as exc:
            if exc.outcome_unknown or exc.retryable:
                continue
            if isinstance(exc, AuthenticationError):  # the register's login, not the card:
                line.message = exc.user_message        # fixed in Settings, then retried
                await steps.save(sale, f"line {line.id[:8]}: not sent ({exc.code})")
                return False
            line.state = LineState.FAILED
            line.message = exc.user_message
            await steps.save(sale, f"line {line.id[:8]}: refused ({exc.code})")
            return False
        _done(line, txn)
        if txn.new_card is not None:
            cards.new_cards.append(txn.new_card)
            line.last4 = txn.new_card.last4
        await steps.save(sale, f"line {line.id[:8]}: done")
        return True
    line.message = "No answer from Clover — it will be retried."
    await steps.save(sale, f"line {line.id[:8]}: no answer")
    return False


def _done(line: SaleLine, txn: GiftCardTransaction | None) -> None:
    line.state = LineState.DONE
    line.message = None
    if txn is not None:
        line.transaction_id = txn.id
        line.last4 = txn.last4 or line.last4
        if txn.gift_card is not None:
            line.balance_after = txn.gift_card.available


async def _send_line(steps: Steps, sale: Sale, line: SaleLine, card: GiftCardInput | None,
                     cards: CardsInHand) -> GiftCardTransaction:
    client = steps.client
    if line.promotion_code is not None:
        return await client.activate_virtual(line.promotion_code, line.amount, sale.currency,
                                             idempotency_key=line.idempotency_key)
    assert card is not None
    token = cards.line_tokens.get(line.id)
    if token is None:
        made = await client.create_gift_card_token(card.number, card.security_code,
                                                   card.foreign_access_code)
        token = cards.line_tokens[line.id] = made.id
    if line.kind is LineKind.GIFT_CARD:
        return await client.activate_physical(token, line.amount, sale.currency,
                                              idempotency_key=line.idempotency_key)
    return await client.reload(token, line.amount, sale.currency,
                               idempotency_key=line.idempotency_key)


async def void_lines(steps: Steps, sale: Sale) -> bool:
    """Void every activated or reloaded gift card line (a completed sale being reversed)."""
    ok = True
    for line in sale.lines:
        if line.state is not LineState.DONE or line.transaction_id is None:
            continue
        if line.reversal_key is None:
            line.reversal_key = new_key()
            await steps.save(sale, f"line {line.id[:8]}: voiding")
        try:
            await steps.client.create_refund(line.transaction_id,
                                             idempotency_key=line.reversal_key)
        except CloverError as exc:
            line.message = exc.user_message
            log.warning("void of line %s failed: %s", line.id[:8], exc)
            ok = False
            continue
        line.state = LineState.VOIDED
        await steps.save(sale, f"line {line.id[:8]}: voided")
    return ok
