"""Refunds and voids: credit a charge back, release a hold, void a transaction, cancel a refund."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .charge_store import ChargeRow, find_charge, new_id, update_charge
from .db import Database
from .errors import declined, invalid, not_found
from .giftcards import card_by_id, expire_locks
from .ids import auth_code, ref_num
from .listing import ListQuery, page
from .order_store import refresh_status

GIFT_VOID_WINDOW_MS = 24 * 3600 * 1000
CARD_VOID_WINDOW_MS = 25 * 60 * 1000
TRANSACTION_KINDS = ("activation", "reload", "cashout")


def _metadata(refund_type: str, caller: dict[str, Any] | None = None) -> dict[str, Any]:
    """The gateway's fields, after the caller's own `metadata` (kept; the gateway's win)."""
    return {
        **(caller or {}),
        "refundType": refund_type,
        "authCode": auth_code(),
        "refNum": ref_num(),
        "gatewayResponseCode": "00",
    }


def _store_refund(
    conn: sqlite3.Connection,
    charge: ChargeRow,
    *,
    kind: str,
    amount: int,
    now_ms: int,
    refund_type: str,
    gift_card: dict[str, Any] | None,
    extras: dict[str, Any],
) -> dict[str, Any]:
    rid = new_id(conn)
    body: dict[str, Any] = {
        "id": rid,
        "object": "refund",
        "amount": amount,
        "charge": charge.id,
        "created": now_ms,
        "status": "succeeded",
        **extras,
        "metadata": _metadata(refund_type, extras.get("metadata")),
    }
    if gift_card is not None:
        body["gift_card"] = gift_card
    conn.execute(
        "INSERT INTO refunds (id, charge_id, kind, amount, created, status, body)"
        " VALUES (?, ?, ?, ?, ?, 'succeeded', ?)",
        (rid, charge.id, kind, amount, now_ms, json.dumps(body)),
    )
    update_charge(conn, charge.id, amount_refunded=charge.amount_refunded + amount)
    return body


def _debit(conn: sqlite3.Connection, card_id: int, amount: int) -> None:
    """Take money back off a card; a card that has spent it declines."""
    moved = conn.execute(
        "UPDATE gift_cards SET balance = balance - ? WHERE id = ? AND balance - locked >= ?",
        (amount, card_id, amount),
    ).rowcount
    if moved != 1:
        raise declined("insufficient_funds")


def void_transaction(
    conn: sqlite3.Connection, charge: ChargeRow, now_ms: int, amount: int | None
) -> tuple[int, dict[str, Any]]:
    """Undo an activation, reload or cashout (whole, within 24 hours); (amount, gift_card)."""
    assert charge.card_id is not None
    if charge.amount_refunded > 0:
        raise invalid("charge_already_refunded")
    if now_ms - charge.created > GIFT_VOID_WINDOW_MS:
        raise invalid("void_window_expired")
    if amount is not None and amount != charge.amount:
        raise invalid("invalid_charge_amount", "amount")
    before = card_by_id(conn, charge.card_id)
    if charge.kind == "cashout":
        conn.execute(
            "UPDATE gift_cards SET balance = balance + ? WHERE id = ?",
            (charge.amount, charge.card_id),
        )
    else:
        _debit(conn, charge.card_id, charge.amount)
    if charge.kind == "activation":
        status = "closed" if before.virtual else "inactive"
        conn.execute("UPDATE gift_cards SET status = ? WHERE id = ?", (status, charge.card_id))
    return charge.amount, card_by_id(conn, charge.card_id).block(before.balance)


def _release(conn: sqlite3.Connection, charge: ChargeRow, amount: int | None) -> int:
    if amount is not None and amount > charge.amount:
        raise invalid("invalid_charge_amount", "amount")
    if charge.kind == "gift":
        conn.execute(
            "UPDATE gift_cards SET locked = locked - ? WHERE id = ?",
            (charge.amount, charge.card_id),
        )
        conn.execute("UPDATE locks SET status = 'released' WHERE lock_id = ?", (charge.lock_id,))
        update_charge(conn, charge.id, hold="released")
    return charge.amount


def refund(
    db: Database, now_ms: int, cid: str, amount: int | None, extras: dict[str, Any]
) -> dict[str, Any]:
    """`POST /v1/refunds`: the contract's rules by kind of charge."""
    with db.tx() as conn:
        answer = refund_in(conn, now_ms, cid, amount, extras)
        charge = find_charge(conn, cid)
        refresh_status(conn, None if charge is None else charge.order_id)
        return answer


def refund_in(
    conn: sqlite3.Connection, now_ms: int, cid: str, amount: int | None, extras: dict[str, Any]
) -> dict[str, Any]:
    """A refund inside the caller's transaction (a charge's own, or an order return's)."""
    charge = find_charge(conn, cid)
    if charge is None:
        raise not_found("charge")
    if charge.card_id is not None:
        expire_locks(conn, now_ms, charge.card_id)
        charge = find_charge(conn, cid)
        assert charge is not None
    if charge.kind in TRANSACTION_KINDS:
        moved, voided = void_transaction(conn, charge, now_ms, amount)
        return _store_refund(
            conn,
            charge,
            kind="txn_void",
            amount=moved,
            now_ms=now_ms,
            refund_type="VOID",
            gift_card=voided,
            extras=extras,
        )
    if charge.status != "succeeded":
        raise invalid("invalid_request", "charge", "The charge failed.")
    if charge.amount_refunded > 0 and not charge.captured:
        raise invalid("charge_already_refunded")
    if charge.hold == "expired":
        raise invalid("charge_expired_for_capture")
    before = None if charge.card_id is None else card_by_id(conn, charge.card_id)
    block: dict[str, Any] | None = None
    if charge.hold == "active" or (charge.kind == "card" and not charge.captured):
        released = _release(conn, charge, amount)
        if before is not None:
            block = card_by_id(conn, before.id).block(before.balance)
        return _store_refund(
            conn,
            charge,
            kind="release",
            amount=released,
            now_ms=now_ms,
            refund_type="VOID",
            gift_card=block,
            extras=extras,
        )
    left = charge.refundable
    if left <= 0:
        raise invalid("charge_already_refunded")
    credit = left if amount is None else amount
    if credit > left:
        raise invalid("invalid_charge_amount", "amount")
    window = GIFT_VOID_WINDOW_MS if charge.kind == "gift" else CARD_VOID_WINDOW_MS
    refund_type = "VOID" if now_ms - charge.created <= window else "REFUND"
    if before is not None:
        conn.execute(
            "UPDATE gift_cards SET balance = balance + ? WHERE id = ?", (credit, before.id)
        )
        block = card_by_id(conn, before.id).block(before.balance)
    return _store_refund(
        conn,
        charge,
        kind="credit" if before else "card",
        amount=credit,
        now_ms=now_ms,
        refund_type=refund_type,
        gift_card=block,
        extras=extras,
    )


def render_refund(row: sqlite3.Row) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(row["body"])
    body["status"] = row["status"]
    return body


def get_refund(db: Database, rid: str) -> dict[str, Any]:
    with db.tx() as conn:
        row = conn.execute("SELECT status, body FROM refunds WHERE id = ?", (rid,)).fetchone()
    if row is None:
        raise not_found()
    return render_refund(row)


def list_refunds(db: Database, query: ListQuery) -> tuple[list[dict[str, Any]], bool]:
    """Every refund (voids of transactions included), newest first, one page."""
    with db.tx() as conn:
        rows, more = page(conn, "refunds", [], [], query, seq="rowid")
    return [render_refund(row) for row in rows], more


def _void_on_refund(
    conn: sqlite3.Connection, amount: int, charge_id: str, block: dict[str, Any]
) -> dict[str, Any]:
    return {
        "id": new_id(conn),
        "object": "void_on_refund",
        "amount": amount,
        "charge": charge_id,
        "status": "succeeded",
        "metadata": _metadata("VOID"),
        "gift_card": block,
    }


def cancel_refund(db: Database, now_ms: int, rid: str) -> dict[str, Any]:
    """Void a gift card refund (debit the card again) within 24 hours, or void a reload."""
    with db.tx() as conn:
        row = conn.execute("SELECT * FROM refunds WHERE id = ?", (rid,)).fetchone()
        if row is None:
            charge = find_charge(conn, rid)
            if charge is None or charge.kind != "reload":
                raise not_found()
            if charge.amount_refunded > 0:
                raise invalid("refund_already_canceled")
            moved, block = void_transaction(conn, charge, now_ms, None)
            update_charge(conn, charge.id, amount_refunded=moved)
            return _void_on_refund(conn, moved, charge.id, block)
        if row["status"] == "canceled":
            raise invalid("refund_already_canceled")
        if row["kind"] != "credit":
            raise invalid("invalid_request", None, "Only a gift card refund can be canceled.")
        if now_ms - row["created"] > GIFT_VOID_WINDOW_MS:
            raise invalid("void_window_expired")
        charge = find_charge(conn, row["charge_id"])
        assert charge is not None
        assert charge.card_id is not None
        before = card_by_id(conn, charge.card_id)
        _debit(conn, charge.card_id, row["amount"])
        conn.execute("UPDATE refunds SET status = 'canceled' WHERE id = ?", (rid,))
        update_charge(conn, charge.id, amount_refunded=charge.amount_refunded - row["amount"])
        block = card_by_id(conn, charge.card_id).block(before.balance)
        return _void_on_refund(conn, row["amount"], charge.id, block)
