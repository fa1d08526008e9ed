"""Order rows: load, what is paid, held and left to pay, status, and the order object answered."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from .charge_store import ChargeRow, find_charge, render_charge
from .errors import SandboxError, invalid, not_found
from .giftcards import expire_locks

_RETURNED = "_returned"  # per item, how many were returned (kept in the ledger, not answered)


@dataclass(frozen=True)
class OrderRow:
    """An order as the ledger holds it; its payments are charges with this `order_id`."""

    id: str
    amount: int
    amount_returned: int
    currency: str
    created: int
    status: str
    body: dict[str, Any]

    @property
    def items(self) -> list[dict[str, Any]]:
        return list(self.body["items"])


def insert_order(
    conn: sqlite3.Connection, oid: str, amount: int, currency: str, *, now_ms: int,
    body: dict[str, Any],
) -> None:
    conn.execute(
        "INSERT INTO orders (id, amount, currency, created, status, body)"
        " VALUES (?, ?, ?, ?, 'created', ?)",
        (oid, amount, currency, now_ms, json.dumps(body)),
    )


def order_for_charge(
    conn: sqlite3.Connection, oid: str, amount: int, currency: str, *, now_ms: int,
    description: str | None,
) -> str:
    """The order Clover makes for a charge sent with none ("Clover creates an order for the
    transaction"): one item of what the charge took."""
    item = {"type": "sku", "parent": oid, "amount": amount, "currency": currency, "quantity": 1,
            "description": description or "Charge"}
    insert_order(conn, oid, amount, currency, now_ms=now_ms, body={"items": [item]})
    return oid


def find_order(conn: sqlite3.Connection, oid: str) -> OrderRow | None:
    row = conn.execute("SELECT * FROM orders WHERE id = ?", (oid,)).fetchone()
    if row is None:
        return None
    return OrderRow(
        id=row["id"],
        amount=row["amount"],
        amount_returned=row["amount_returned"],
        currency=row["currency"],
        created=row["created"],
        status=row["status"],
        body=json.loads(row["body"]),
    )


def load_order(conn: sqlite3.Connection, oid: str) -> OrderRow:
    order = find_order(conn, oid)
    if order is None:
        raise not_found("order")
    return order


def payments(conn: sqlite3.Connection, oid: str) -> list[ChargeRow]:
    """The order's charges (approved or not), oldest first."""
    ids = conn.execute("SELECT id FROM charges WHERE order_id = ? ORDER BY seq", (oid,))
    found = [find_charge(conn, row["id"]) for row in ids.fetchall()]
    return [charge for charge in found if charge is not None]


def paid(charges: list[ChargeRow]) -> int:
    """Money taken and kept: captured payments, less what was refunded of them."""
    return sum(c.refundable for c in charges if c.status == "succeeded" and c.captured)


def held(charges: list[ChargeRow]) -> int:
    """Money held for the order but not taken yet: active gift card holds, card authorizations."""
    return sum(
        c.amount
        for c in charges
        if c.status == "succeeded"
        and not c.captured
        and (c.hold == "active" or (c.kind == "card" and c.amount_refunded == 0))
    )


def left_to_pay(conn: sqlite3.Connection, order: OrderRow, now_ms: int) -> int:
    expire_locks(conn, now_ms)  # a lapsed hold no longer covers any of the order
    charges = payments(conn, order.id)
    return max(order.amount - paid(charges) - held(charges), 0)


def check_payable(
    conn: sqlite3.Connection, oid: str, amount: int | None, currency: str | None, now_ms: int
) -> int:
    """The amount a payment of the order takes (default: all that is left), or Clover's error."""
    order = load_order(conn, oid)
    if currency is not None and currency != order.currency:
        raise invalid("invalid_request", "currency", "The currency is not the order's currency.")
    left = left_to_pay(conn, order, now_ms)
    if order.status != "created" or left == 0:
        raise SandboxError(400, "invalid_request_error", "order_already_paid", param="order")
    if amount is None:
        return left
    if amount > left:
        message = "The amount is more than is left to pay on the order."
        raise invalid("invalid_charge_amount", "amount", message)
    return amount


def refresh_status(conn: sqlite3.Connection, oid: str | None) -> None:
    """`paid` once captured payments cover the total; `returned` once all of it went back."""
    if oid is None:
        return
    order = load_order(conn, oid)
    taken = paid(payments(conn, oid))
    status = order.status
    if status == "created" and taken >= order.amount:
        status = "paid"
    elif status == "paid" and taken == 0:
        status = "returned"
    if status != order.status:
        conn.execute("UPDATE orders SET status = ? WHERE id = ?", (status, oid))


def render_item(item: dict[str, Any]) -> dict[str, Any]:
    return {"object": "order_item", **{k: v for k, v in item.items() if k != _RETURNED}}


def render_order(conn: sqlite3.Connection, order: OrderRow) -> dict[str, Any]:
    """The order object: its items, what was paid and returned, and its payments (charges)."""
    charges = payments(conn, order.id)
    out: dict[str, Any] = {
        "id": order.id,
        "object": "order",
        "amount": order.amount,
        "amount_paid": paid(charges),
        "amount_returned": order.amount_returned,
        "currency": order.currency,
        "created": order.created,
        "status": order.status,
        "items": [render_item(item) for item in order.items],
    }
    for name in ("email", "external_reference_id", "description", "metadata"):
        if order.body.get(name) is not None:
            out[name] = order.body[name]
    approved = [c for c in charges if c.status == "succeeded"]
    if approved:
        out["charge"] = approved[-1].id
    out["payments"] = [render_charge(c) for c in charges]
    return out


def returned_of(item: dict[str, Any]) -> int:
    return int(item.get(_RETURNED, 0))


def with_returned(item: dict[str, Any], quantity: int) -> dict[str, Any]:
    return {**item, _RETURNED: returned_of(item) + quantity}
