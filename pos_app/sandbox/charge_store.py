"""Charge rows: insert, load, update and render the charge object Clover answers."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from .errors import not_found
from .ids import auth_code, masked_token, object_id, ref_num
from .listing import ListQuery, page

APPROVED = {"network_status": "approved_by_network", "type": "authorized"}
DECLINED = {"network_status": "declined_by_network", "type": "issuer_declined"}
CHARGE_KINDS = ("card", "gift")


@dataclass(frozen=True)
class ChargeRow:
    """A charge, or an activation / reload / cashout transaction (`kind`)."""

    id: str
    kind: str
    card_id: int | None
    amount: int
    amount_refunded: int
    currency: str
    created: int
    captured: bool
    status: str
    hold: str
    lock_id: int | None
    body: dict[str, Any]
    order_id: str | None = None  # a payment of an order

    @property
    def refundable(self) -> int:
        return self.amount - self.amount_refunded


def new_refs() -> dict[str, str]:
    return {"ref_num": ref_num(), "auth_code": auth_code()}


def new_id(conn: sqlite3.Connection) -> str:
    while True:
        oid = object_id()
        taken = conn.execute(
            "SELECT 1 FROM charges WHERE id = ? UNION SELECT 1 FROM refunds WHERE id = ?"
            " UNION SELECT 1 FROM orders WHERE id = ? UNION SELECT 1 FROM order_returns"
            " WHERE id = ?",
            (oid, oid, oid, oid),
        ).fetchone()
        if taken is None:
            return oid


def insert_charge(
    conn: sqlite3.Connection,
    *,
    cid: str,
    kind: str,
    amount: int,
    currency: str,
    created: int,
    captured: bool,
    status: str = "succeeded",
    card_id: int | None = None,
    hold: str = "none",
    lock_id: int | None = None,
    body: dict[str, Any],
    order_id: str | None = None,
) -> None:
    conn.execute(
        "INSERT INTO charges (id, kind, card_id, amount, currency, created, captured, status,"
        " hold, lock_id, body, order_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            cid,
            kind,
            card_id,
            amount,
            currency,
            created,
            int(captured),
            status,
            hold,
            lock_id,
            json.dumps(_without_token(body)),
            order_id,
        ),
    )


def _without_token(body: dict[str, Any]) -> dict[str, Any]:
    """The body as written to the ledger: the source token id masked (docs/sandbox.md)."""
    source = body.get("source")
    if isinstance(source, dict) and isinstance(source.get("id"), str):
        return {**body, "source": {**source, "id": masked_token(source["id"])}}
    return body


def _from_row(row: sqlite3.Row) -> ChargeRow:
    return ChargeRow(
        id=row["id"],
        kind=row["kind"],
        card_id=row["card_id"],
        amount=row["amount"],
        amount_refunded=row["amount_refunded"],
        currency=row["currency"],
        created=row["created"],
        captured=bool(row["captured"]),
        status=row["status"],
        hold=row["hold"],
        lock_id=row["lock_id"],
        body=json.loads(row["body"]),
        order_id=row["order_id"],
    )


def find_charge(conn: sqlite3.Connection, cid: str) -> ChargeRow | None:
    row = conn.execute("SELECT * FROM charges WHERE id = ?", (cid,)).fetchone()
    return None if row is None else _from_row(row)


def load_charge(
    conn: sqlite3.Connection, cid: str, *, kinds: tuple[str, ...] = CHARGE_KINDS
) -> ChargeRow:
    """The charge with this id, or a 404 `resource_missing`."""
    charge = find_charge(conn, cid)
    if charge is None or charge.kind not in kinds:
        raise not_found()
    return charge


def update_charge(conn: sqlite3.Connection, cid: str, **fields: Any) -> None:
    """Set columns (`body` is given as a dict); column names come from the code, not the user."""
    if "body" in fields:
        fields["body"] = json.dumps(fields["body"])
    assignments = ", ".join(f"{name} = ?" for name in fields)
    conn.execute(
        f"UPDATE charges SET {assignments} WHERE id = ?",  # noqa: S608 - names are internal
        (*fields.values(), cid),
    )


def render_charge(charge: ChargeRow) -> dict[str, Any]:
    """The charge object (`GET /v1/charges/{id}` and the charge endpoints' answers)."""
    body = charge.body
    succeeded = charge.status == "succeeded"
    out: dict[str, Any] = {
        "id": charge.id,
        "object": "charge",
        "amount": charge.amount,
        "amount_refunded": charge.amount_refunded,
        "refunded": charge.amount_refunded > 0 and charge.amount_refunded >= charge.amount,
        "currency": charge.currency,
        "created": charge.created,
        "captured": charge.captured,
        "paid": succeeded,
        "status": charge.status,
        "outcome": APPROVED if succeeded else DECLINED,
        "source": body["source"],
        "ref_num": body["ref_num"],
        "auth_code": body["auth_code"],
        "payment_method_details": "giftCard" if charge.kind == "gift" else "card",
    }
    if charge.order_id is not None:
        out["order"] = charge.order_id
    for name in (
        "external_reference_id",
        "description",
        "metadata",
        "ecomind",
        "partial_auth",
        "warning_message",
        "failure_code",
        "failure_message",
        "gift_card",
    ):
        if body.get(name) is not None:
            out[name] = body[name]
    return out


def list_charges(conn: sqlite3.Connection, query: ListQuery) -> tuple[list[ChargeRow], bool]:
    """Card and gift card charges, newest first, one page (and whether more follow)."""
    rows, more = page(conn, "charges", ["kind IN ('card', 'gift')"], [], query)
    return [_from_row(row) for row in rows], more
