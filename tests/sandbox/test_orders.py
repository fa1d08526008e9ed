"""Orders in the sandbox: bad bodies, the order Clover makes for a bare charge, the list, and
a ledger file from before orders."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pos_app.sandbox import Sandbox, SandboxConfig

from .conftest import Api, error_of

ITEMS = [{"description": "Tea", "amount": 450, "quantity": 2}, {"amount": 72, "type": "tax"}]


async def test_a_bad_order_is_refused_with_the_field_named(api: Api) -> None:
    cases = [
        ({"items": ITEMS}, "currency"),
        ({"currency": "usd", "items": []}, "items"),
        ({"currency": "usd", "items": [{"amount": 100, "type": "gift"}]}, "items[0].type"),
        ({"currency": "usd", "items": [{"amount": 100, "quantity": 0}]}, "items[0].quantity"),
        ({"currency": "usd", "items": [{"amount": 100, "currency": "cad"}]}, "items[0].currency"),
        ({"currency": "usd", "items": [{"amount": 0}]}, "items"),
    ]
    for body, param in cases:
        error = error_of(await api.post("/v1/orders", body))
        assert error["param"] == param, (body, error)
    assert (await api.get("/v1/orders")).json()["data"] == []  # nothing was made


async def test_an_order_total_is_its_items_and_a_pay_takes_what_is_left(api: Api) -> None:
    order = (await api.post("/v1/orders", {"currency": "usd", "items": ITEMS})).json()
    assert (order["object"], order["amount"], order["status"]) == ("order", 972, "created")
    assert [i["object"] for i in order["items"]] == ["order_item", "order_item"]
    wrong = await api.post(f"/v1/orders/{order['id']}/pay",
                           {"source": await api.card_token("4111111111111111"),
                            "currency": "cad"})
    assert error_of(wrong)["param"] == "currency"
    paid = await api.post(f"/v1/orders/{order['id']}/pay",
                          {"source": await api.card_token("4111111111111111")})
    body = paid.json()
    assert (body["status"], body["amount_paid"], body["charge"]) == (
        "paid", 972, body["payments"][0]["id"])
    assert body["payments"][0]["source"]["id"].startswith("clv_****")  # never the token


async def test_a_bare_charge_gets_an_order_as_on_clover_and_orders_are_listed(api: Api) -> None:
    charge = (await api.gift_charge("600123", None, 700, description="Sale 4")).json()
    assert charge["order"]
    order = (await api.get(f"/v1/orders/{charge['order']}")).json()
    assert (order["amount"], order["status"], order["items"][0]["description"]) == (
        700, "paid", "Sale 4")
    await api.post("/v1/orders", {"currency": "usd", "items": ITEMS})
    listed = (await api.get("/v1/orders", limit=1)).json()
    assert (listed["url"], listed["has_more"], listed["data"][0]["amount"]) == (
        "/v1/orders", True, 972)
    unknown = await api.get("/v1/orders", status="paid")
    assert error_of(unknown)["param"] == "status"


def test_a_ledger_file_from_before_orders_is_brought_up_to_date(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    Sandbox(SandboxConfig(db_path=path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE charges DROP COLUMN order_id")
    box = Sandbox(SandboxConfig(db_path=path))
    try:
        with box.state.db.tx() as conn:
            columns = {row["name"] for row in conn.execute("PRAGMA table_info(charges)")}
        assert "order_id" in columns
    finally:
        box.close()
