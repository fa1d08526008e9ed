"""Charge money operations: card charges, gift card redemptions and holds, and capture."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from .charge_store import (
    ChargeRow,
    find_charge,
    insert_charge,
    load_charge,
    new_id,
    new_refs,
    render_charge,
    update_charge,
)
from .db import Database
from .errors import SandboxError, declined, invalid
from .giftcards import card_by_id, checked_card, expire_locks, source_block
from .order_store import check_payable, order_for_charge, refresh_status
from .tokens import CardToken, GiftToken

PARTIAL_WARNING = "partial_redemption should be true for gift card"


@dataclass(frozen=True)
class ChargeRequest:
    """The checked body of `POST /v1/charges`."""

    amount: int
    currency: str
    capture: bool
    partial_redemption: bool | None
    extras: dict[str, Any]  # external_reference_id, description, metadata, ecomind
    order_id: str | None = None  # a payment of this order (POST /v1/orders/{id}/pay)

    def check_order(self, conn: sqlite3.Connection, now_ms: int) -> None:
        """In the payment's own transaction: the order can still take this much."""
        if self.order_id is not None:
            check_payable(conn, self.order_id, self.amount, self.currency, now_ms)

    def new_order(self, conn: sqlite3.Connection, now_ms: int, amount: int) -> str:
        """The order Clover makes for a charge sent without one."""
        description = self.extras.get("description")
        return order_for_charge(
            conn, new_id(conn), amount, self.currency, now_ms=now_ms, description=description
        )


def charge_card(db: Database, now_ms: int, token: CardToken, req: ChargeRequest) -> dict[str, Any]:
    """All or nothing; a declined card stores a failed charge and raises with its id."""
    source = {
        "id": token.id,
        "brand": token.brand,
        "first6": token.first6,
        "last4": token.last4,
        "exp_month": token.exp_month,
        "exp_year": token.exp_year,
    }
    body: dict[str, Any] = {"source": source, **new_refs(), **req.extras}
    decline = token.decline
    with db.tx() as conn:
        req.check_order(conn, now_ms)
        cid = new_id(conn)
        failure = None
        if decline is not None:
            failure = SandboxError(
                400, decline.type, decline.code, decline_code=decline.decline_code, charge=cid
            )
            body.update(failure_code=decline.code, failure_message=failure.message)
        order_id = req.order_id
        if order_id is None and failure is None:
            order_id = req.new_order(conn, now_ms, req.amount)
        insert_charge(
            conn,
            cid=cid,
            kind="card",
            amount=req.amount,
            currency=req.currency,
            created=now_ms,
            captured=req.capture and failure is None,
            status="succeeded" if failure is None else "failed",
            body=body,
            order_id=order_id,
        )
        refresh_status(conn, order_id)
        answer = _fresh_answer(conn, cid, token.id)
    if failure is not None:
        raise failure  # after the commit: the failed charge stays on record
    return answer


def charge_gift_card(
    db: Database, now_ms: int, hold_ms: int, token: GiftToken, req: ChargeRequest
) -> dict[str, Any]:
    """Redeem (capture) or hold (multi-lock) `min(amount, available)`; 0 available declines."""
    with db.tx() as conn:
        req.check_order(conn, now_ms)
        card = checked_card(conn, token, now_ms)
        take = min(req.amount, card.available)
        if take <= 0:
            raise declined("insufficient_funds")
        cid = new_id(conn)
        lock_id: int | None = None
        if req.capture:
            moved = conn.execute(
                "UPDATE gift_cards SET balance = balance - ?"
                " WHERE id = ? AND balance - locked >= ?",
                (take, card.id, take),
            ).rowcount
        else:
            moved = conn.execute(
                "UPDATE gift_cards SET locked = locked + ? WHERE id = ? AND balance - locked >= ?",
                (take, card.id, take),
            ).rowcount
            lock_id = conn.execute(
                "INSERT INTO locks (card_id, charge_id, amount, expires, status)"
                " VALUES (?, ?, ?, ?, 'active')",
                (card.id, cid, take, now_ms + hold_ms),
            ).lastrowid
        if moved != 1:  # pragma: no cover - the same transaction read the balance
            raise declined("insufficient_funds")
        after = card_by_id(conn, card.id)
        block = after.block(card.balance) if lock_id is None else after.hold_block(card, lock_id)
        body: dict[str, Any] = {
            "source": source_block(token, card, charge=True),
            **new_refs(),
            **req.extras,
            "partial_auth": take < req.amount,
            "gift_card": block,
        }
        if req.partial_redemption is not True:
            body["warning_message"] = PARTIAL_WARNING
        insert_charge(
            conn,
            cid=cid,
            kind="gift",
            amount=take,
            currency=req.currency,
            created=now_ms,
            captured=req.capture,
            card_id=card.id,
            hold="none" if req.capture else "active",
            lock_id=lock_id,
            body=body,
            order_id=req.order_id or req.new_order(conn, now_ms, take),
        )
        refresh_status(conn, load_charge(conn, cid).order_id)
        return _fresh_answer(conn, cid, token.id)


def _fresh_answer(conn: sqlite3.Connection, cid: str, token_id: str) -> dict[str, Any]:
    """A new charge as its creator sees it: with the token id the ledger keeps masked."""
    answer = render_charge(load_charge(conn, cid))
    answer["source"] = {**answer["source"], "id": token_id}
    return answer


def _check_capturable(charge: ChargeRow) -> None:
    if charge.status != "succeeded":
        raise invalid("invalid_request", "charge", "The charge failed.")
    if charge.amount_refunded > 0:
        raise invalid("charge_already_refunded")
    if charge.hold == "expired":
        raise invalid("charge_expired_for_capture")
    if charge.captured or charge.hold in ("captured", "released"):
        raise invalid("charge_already_captured")


def capture(db: Database, now_ms: int, cid: str, amount: int | None) -> dict[str, Any]:
    """Capture a card authorization or a gift card hold (`0` releases a hold)."""
    with db.tx() as conn:
        charge = load_charge(conn, cid)
        if charge.card_id is not None:
            expire_locks(conn, now_ms, charge.card_id)
            charge = load_charge(conn, cid)
        _check_capturable(charge)
        take = charge.amount if amount is None else amount
        if take > charge.amount or (take == 0 and charge.kind == "card"):
            raise invalid("invalid_charge_amount", "amount")
        if charge.kind == "card":
            update_charge(conn, cid, amount=take, captured=1)
            answer = render_charge(load_charge(conn, cid))
        else:
            answer = _capture_hold(conn, charge, take)
        refresh_status(conn, charge.order_id)
        return answer


def _capture_hold(conn: sqlite3.Connection, charge: ChargeRow, take: int) -> dict[str, Any]:
    assert charge.card_id is not None
    before = card_by_id(conn, charge.card_id)
    moved = conn.execute(
        "UPDATE gift_cards SET balance = balance - ?, locked = locked - ?"
        " WHERE id = ? AND locked >= ? AND balance >= ?",
        (take, charge.amount, charge.card_id, charge.amount, take),
    ).rowcount
    if moved != 1:  # pragma: no cover - the lock guarantees the funds
        raise declined("insufficient_funds")
    state = "captured" if take > 0 else "released"
    conn.execute("UPDATE locks SET status = ? WHERE lock_id = ?", (state, charge.lock_id))
    after = card_by_id(conn, charge.card_id)
    body = dict(charge.body)
    body["gift_card"] = {**after.block(before.balance), "lock_id": charge.lock_id}
    body.update(new_refs())
    update_charge(conn, charge.id, amount=take, captured=int(take > 0), hold=state, body=body)
    return render_charge(load_charge(conn, charge.id))


def get_charge(db: Database, now_ms: int, cid: str) -> dict[str, Any]:
    with db.tx() as conn:
        found = find_charge(conn, cid)
        if found is not None and found.card_id is not None:
            expire_locks(conn, now_ms, found.card_id)
        return render_charge(load_charge(conn, cid))
