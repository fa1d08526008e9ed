"""Gift card operations outside charges: activation, reload, balance inquiry and cashout."""

from __future__ import annotations

import sqlite3
from typing import Any

from .charge_store import APPROVED, insert_charge, new_id, new_refs
from .db import Database
from .errors import declined, invalid
from .giftcards import CardRow, card_by_id, checked_card, new_virtual_card, source_block
from .seed import GIFT_CARD_BALANCE_LIMIT, PROMOTIONS
from .tokens import GiftToken


def _answer(
    conn: sqlite3.Connection,
    *,
    kind: str,
    amount: int,
    currency: str,
    now_ms: int,
    card_id: int,
    previous_balance: int,
    source: dict[str, Any],
) -> dict[str, Any]:
    """Store the transaction (so it can be voided) and build its answer."""
    tid = new_id(conn)
    after = card_by_id(conn, card_id)
    answer: dict[str, Any] = {
        "id": tid,
        "amount": amount,
        "currency": currency,
        "created": now_ms,
        **new_refs(),
        "outcome": APPROVED,
        "paid": True,
        "status": "succeeded",
        "source": {**source, "last4": after.last4},
        "gift_card": after.block(previous_balance),
    }
    insert_charge(
        conn,
        cid=tid,
        kind=kind,
        amount=amount,
        currency=currency,
        created=now_ms,
        captured=True,
        card_id=card_id,
        body=answer,
    )
    return answer


def _activation_amount(
    amount: int | None, denomination: int | None, low: int = 100, high: int = 50_000
) -> int:
    if denomination is not None:
        if amount is not None and amount != denomination:
            raise invalid("invalid_charge_amount", "amount")
        return denomination
    if amount is None:
        raise invalid("missing", "amount")
    if not low <= amount <= high:
        raise invalid("invalid_charge_amount", "amount")
    return amount


def check_promotion(code: str, amount: int | None) -> int:
    """The value a virtual activation loads, or the contract's error (before any ledger work)."""
    promotion = PROMOTIONS.get(code)
    if promotion is None:
        raise invalid("invalid_request", "promotion_code", "Unknown promotion code.")
    return _activation_amount(
        amount, promotion.denomination, promotion.min_amount, promotion.max_amount
    )


def activate_virtual(db: Database, now_ms: int, value: int, currency: str) -> dict[str, Any]:
    """Create an active virtual card; the answer shows its number and code this once."""
    with db.tx() as conn:
        card_id, number, scv = new_virtual_card(conn, db.hash_secret, value)
        answer = _answer(
            conn,
            kind="activation",
            amount=value,
            currency=currency,
            now_ms=now_ms,
            card_id=card_id,
            previous_balance=0,
            source={},
        )
    # Shown once, never stored: only the answer (and its idempotent replay) carries them.
    return {
        **answer,
        "gift_card": {**answer["gift_card"], "number": number, "security_card_value": scv},
    }


def activate_physical(
    db: Database, now_ms: int, token: GiftToken, amount: int | None, currency: str
) -> dict[str, Any]:
    with db.tx() as conn:
        card = checked_card(conn, token, now_ms, activation=True)
        value = _activation_amount(amount, card.denomination)
        conn.execute(
            "UPDATE gift_cards SET status = 'active', balance = balance + ?"
            " WHERE id = ? AND status = 'inactive'",
            (value, card.id),
        )
        return _answer(
            conn,
            kind="activation",
            amount=value,
            currency=currency,
            now_ms=now_ms,
            card_id=card.id,
            previous_balance=card.balance,
            source=source_block(token, card),
        )


def reload(
    db: Database, now_ms: int, token: GiftToken, amount: int, currency: str
) -> dict[str, Any]:
    with db.tx() as conn:
        card = checked_card(conn, token, now_ms)
        moved = conn.execute(
            "UPDATE gift_cards SET balance = balance + ? WHERE id = ? AND balance + ? <= ?",
            (amount, card.id, amount, GIFT_CARD_BALANCE_LIMIT),
        ).rowcount
        if moved != 1:
            raise declined("balance_limit_exceeded")
        return _answer(
            conn,
            kind="reload",
            amount=amount,
            currency=currency,
            now_ms=now_ms,
            card_id=card.id,
            previous_balance=card.balance,
            source=source_block(token, card),
        )


def balance_inquiry(db: Database, now_ms: int, token: GiftToken) -> dict[str, Any]:
    with db.tx() as conn:
        card: CardRow = checked_card(conn, token, now_ms)
    return {"status": "succeeded", "gift_card": card.block(card.balance)}


def cashout(db: Database, now_ms: int, token: GiftToken) -> dict[str, Any]:
    """Pay out the whole balance; refused while a hold is active or when there is nothing."""
    with db.tx() as conn:
        card = checked_card(conn, token, now_ms)
        if card.locked > 0:
            raise declined("funds_locked")
        if card.balance <= 0:
            raise declined("insufficient_funds")
        conn.execute(
            "UPDATE gift_cards SET balance = 0 WHERE id = ? AND locked = 0 AND balance = ?",
            (card.id, card.balance),
        )
        return _answer(
            conn,
            kind="cashout",
            amount=card.balance,
            currency="usd",
            now_ms=now_ms,
            card_id=card.id,
            previous_balance=card.balance,
            source=source_block(token, card),
        )
