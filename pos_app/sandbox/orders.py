"""Orders: create one with its items, and return all or some of a paid order (refunds)."""

from __future__ import annotations

import json
from typing import Any

from . import parsing as p
from .charge_store import new_id
from .db import Database
from .errors import invalid
from .ids import object_id
from .order_store import (
    insert_order,
    load_order,
    paid,
    payments,
    refresh_status,
    render_item,
    render_order,
    returned_of,
    with_returned,
)
from .refunds import refund_in
from .seed import MAX_CHARGE_AMOUNT

ITEM_TYPES = ("sku", "tax", "shipping")
MAX_ITEMS = 100


def _item(raw: object, index: int, currency: str) -> dict[str, Any]:
    where = f"items[{index}]"
    if not isinstance(raw, dict):
        raise invalid("invalid_request", where, "Each item must be an object.")
    kind = raw.get("type", "sku")
    if kind not in ITEM_TYPES:
        raise invalid("invalid_request", f"{where}.type")
    unit = p.amount(raw, minimum=0, name="amount")
    quantity = p.parse_int(raw.get("quantity", 1))
    if quantity is None or not 1 <= quantity <= 10_000:
        raise invalid("invalid_request", f"{where}.quantity")
    item_currency = raw.get("currency", currency)
    if not isinstance(item_currency, str) or item_currency.lower() != currency:
        raise invalid("invalid_request", f"{where}.currency", "Not the order's currency.")
    description = p.text(raw, "description", 255)
    parent = p.text(raw, "parent", 64) or object_id()
    item: dict[str, Any] = {
        "type": kind,
        "parent": parent,
        "amount": unit,
        "currency": currency,
        "quantity": quantity,
    }
    if description is not None:
        item["description"] = description
    if isinstance(raw.get("tax_rates"), list):
        item["tax_rates"] = raw["tax_rates"]  # kept as given; the sandbox computes no tax
    return item




def create_order(db: Database, now_ms: int, body: dict[str, Any]) -> dict[str, Any]:
    """`POST /v1/orders`: the total is the sum of the items' amount times quantity (tax included
    as an item of type `tax`)."""
    currency = p.currency(body, required=True)
    raw_items = body.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise invalid("missing", "items", "An order needs at least one item.")
    if len(raw_items) > MAX_ITEMS:
        raise invalid("invalid_request", "items", f"At most {MAX_ITEMS} items.")
    items = [_item(raw, i, currency) for i, raw in enumerate(raw_items)]
    total = sum(item["amount"] * item["quantity"] for item in items)
    if total <= 0:
        raise invalid("invalid_charge_amount", "items", "The order's total must be more than 0.")
    if total > MAX_CHARGE_AMOUNT:
        raise invalid("amount_too_large", "items")
    stored: dict[str, Any] = {"items": items}
    extras = {
        "email": p.text(body, "email", 255),
        "external_reference_id": p.external_reference_id(body),
        "description": p.text(body, "description", 255),
        "metadata": p.metadata(body),
    }
    stored.update({name: value for name, value in extras.items() if value is not None})
    with db.tx() as conn:
        oid = new_id(conn)
        insert_order(conn, oid, total, currency, now_ms=now_ms, body=stored)
        return render_order(conn, load_order(conn, oid))


def get_order(db: Database, oid: str) -> dict[str, Any]:
    with db.tx() as conn:
        return render_order(conn, load_order(conn, oid))


def _returning(items: list[dict[str, Any]], asked: object) -> list[tuple[int, int]]:
    """(item index, quantity) to return: every item not returned yet, or the ones asked for."""
    if asked is None:
        return [(i, item["quantity"] - returned_of(item)) for i, item in enumerate(items)
                if item["quantity"] > returned_of(item)]
    if not isinstance(asked, list) or not asked:
        raise invalid("invalid_request", "items")
    left = {i: item["quantity"] - returned_of(item) for i, item in enumerate(items)}
    chosen: list[tuple[int, int]] = []
    for n, raw in enumerate(asked):
        if not isinstance(raw, dict) or not isinstance(raw.get("parent"), str):
            raise invalid("missing", f"items[{n}].parent")
        quantity = p.parse_int(raw.get("quantity", 1))
        if quantity is None or quantity < 1:
            raise invalid("invalid_request", f"items[{n}].quantity")
        match = next((i for i, item in enumerate(items)
                      if item["parent"] == raw["parent"] and left[i] >= quantity), None)
        if match is None:
            raise invalid("invalid_request", f"items[{n}].parent",
                          "No such item left to return on the order.")
        left[match] -= quantity
        chosen.append((match, quantity))
    return chosen


def return_order(db: Database, now_ms: int, oid: str, body: dict[str, Any]) -> dict[str, Any]:
    """`POST /v1/orders/{id}/returns`: refund the returned items' value from the order's
    payments, newest payment first (sandbox choice); the order must be paid."""
    with db.tx() as conn:
        order = load_order(conn, oid)
        if order.status != "paid":
            raise invalid("invalid_request", "order", "Only a paid order can be returned.")
        items = order.items
        chosen = _returning(items, body.get("items"))
        if not chosen:
            raise invalid("invalid_request", "items", "Everything was returned already.")
        amount = sum(items[i]["amount"] * quantity for i, quantity in chosen)
        charges = payments(conn, oid)
        if amount > paid(charges):
            raise invalid("invalid_charge_amount", "items", "More than the order has paid.")
        refunds, owed = [], amount
        for charge in reversed(charges):
            if owed == 0:
                break
            if charge.status != "succeeded" or not charge.captured or charge.refundable <= 0:
                continue
            part = min(owed, charge.refundable)
            refunds.append(refund_in(conn, now_ms, charge.id, part, {"reason": "returned"}))
            owed -= part
        for i, quantity in chosen:
            items[i] = with_returned(items[i], quantity)
        rid = new_id(conn)
        answer = {
            "id": rid,
            "object": "order_return",
            "amount": amount,
            "currency": order.currency,
            "created": now_ms,
            "order": oid,
            "items": [render_item({**items[i], "quantity": q}) for i, q in chosen],
            "refunds": refunds,
        }
        conn.execute(
            "UPDATE orders SET body = ?, amount_returned = amount_returned + ? WHERE id = ?",
            (json.dumps({**order.body, "items": items}), amount, oid),
        )
        conn.execute(
            "INSERT INTO order_returns (id, order_id, amount, created, body)"
            " VALUES (?, ?, ?, ?, ?)",
            (rid, oid, amount, now_ms, json.dumps(answer)),
        )
        refresh_status(conn, oid)
        return answer
