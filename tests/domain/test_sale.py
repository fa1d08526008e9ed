"""The sale: totals and tax, what the tender ledger counts as paid, what a cancel undoes, and its
journal form (which round-trips and never holds card data)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from pos_app.domain import (
    GiftCardInput,
    LineKind,
    LineState,
    Sale,
    SaleLine,
    SaleState,
    Tender,
    TenderKind,
    TenderState,
)
from pos_app.domain.tender import brand_name
from pos_app.money import MAX_CENTS, MoneyError, tax_on

GIFT = GiftCardInput("7777373100005003", "12345678")
VISA = "4111111111111111"
NYC_PPM = 88_750  # 8.875 %


def _tender(kind: TenderKind, amount: int, state: TenderState, **fields: Any) -> Tender:
    tender = Tender(kind, amount, **fields)
    tender.state = state
    if state.counts_as_paid or state in (TenderState.VOIDED, TenderState.REFUNDED):
        tender.amount_approved = amount
    return tender


# -- totals -------------------------------------------------------------------------------------


def test_totals_tax_only_taxable_lines_once_per_sale() -> None:
    sale = Sale(tax_rate_ppm=NYC_PPM)
    sale.lines += [
        SaleLine(LineKind.ITEM, "Mug", 450, quantity=2),  # 9.00 taxable
        SaleLine(LineKind.ITEM, "Bread", 100, taxable=False),  # 1.00 untaxed
        SaleLine(LineKind.GIFT_CARD, "Gift card", 5000, taxable=True),  # money: never taxed
        SaleLine(LineKind.RELOAD, "Gift card reload", 2000),
    ]
    assert sale.subtotal == 8000
    assert sale.tax == tax_on(900, NYC_PPM) == 80  # 79.875 c rounds up
    assert sale.total == 8080
    assert [line.taxable for line in sale.lines] == [True, False, False, False]


def test_tax_is_computed_once_on_the_sum_not_per_line() -> None:
    sale = Sale(tax_rate_ppm=50_000)
    sale.lines += [SaleLine(LineKind.ITEM, f"Sticker {i}", 10) for i in range(3)]
    # Per line: 0.5 c each, rounded up thrice = 3 c. Once per sale: 1.5 c → 2 c.
    assert sale.tax == 2
    assert sale.total == 32


def test_gift_card_only_sale_has_no_tax() -> None:
    sale = Sale(tax_rate_ppm=NYC_PPM)
    sale.lines.append(SaleLine(LineKind.GIFT_CARD, "Gift card", 2500))
    assert (sale.subtotal, sale.tax, sale.total) == (2500, 0, 2500)


def test_empty_sale_is_zero() -> None:
    sale = Sale(tax_rate_ppm=NYC_PPM)
    assert (sale.subtotal, sale.tax, sale.total, sale.remaining_due, sale.change_due) == (
        0, 0, 0, 0, 0)


# -- the tender ledger ----------------------------------------------------------------------------


def _ten_dollar_sale() -> Sale:
    sale = Sale()
    sale.lines.append(SaleLine(LineKind.ITEM, "Book", 1000))
    return sale


@pytest.mark.parametrize("state", list(TenderState))
def test_remaining_due_counts_only_authorized_and_captured(state: TenderState) -> None:
    sale = _ten_dollar_sale()
    sale.tenders.append(_tender(TenderKind.GIFT_CARD, 400, state, last4="5003"))
    counts = state in (TenderState.AUTHORIZED, TenderState.CAPTURED)
    assert sale.paid == (400 if counts else 0)
    assert sale.remaining_due == (600 if counts else 1000)


@pytest.mark.parametrize("state", list(TenderState))
def test_change_counts_only_cash_that_was_taken(state: TenderState) -> None:
    sale = _ten_dollar_sale()
    sale.tenders.append(_tender(TenderKind.CASH, 1000, state, cash_tendered=2000,
                                change_due=1000))
    counts = state in (TenderState.AUTHORIZED, TenderState.CAPTURED)
    assert sale.change_due == (1000 if counts else 0)
    assert sale.remaining_due == (0 if counts else 1000)


def test_split_tender_gift_card_card_and_cash() -> None:
    sale = Sale(tax_rate_ppm=NYC_PPM)
    sale.lines.append(SaleLine(LineKind.ITEM, "Jacket", 10_000))  # + 8.88 tax = 108.88
    assert sale.total == 10_888
    sale.tenders.append(_tender(TenderKind.GIFT_CARD, 5000, TenderState.AUTHORIZED,
                                last4=GIFT.last4, capture_mode=False))
    assert sale.remaining_due == 5888
    sale.tenders.append(_tender(TenderKind.CARD, 3000, TenderState.DECLINED, last4="0002"))
    assert sale.remaining_due == 5888  # a decline took nothing
    sale.tenders.append(_tender(TenderKind.CARD, 5000, TenderState.CAPTURED, last4="1111"))
    assert sale.remaining_due == 888
    sale.tenders.append(_tender(TenderKind.CASH, 888, TenderState.CAPTURED, cash_tendered=2000,
                                change_due=1112))
    assert (sale.paid, sale.remaining_due, sale.change_due) == (10_888, 0, 1112)


def test_overpaid_sale_has_nothing_remaining_due() -> None:
    sale = _ten_dollar_sale()
    sale.tenders.append(_tender(TenderKind.CARD, 1500, TenderState.CAPTURED))
    assert sale.remaining_due == 0


def test_unsettled_lists_pending_and_unknown_tenders() -> None:
    sale = _ten_dollar_sale()
    sale.tenders += [_tender(TenderKind.CARD, 100, state) for state in TenderState]
    assert [t.state for t in sale.unsettled] == [TenderState.PENDING, TenderState.UNKNOWN]


def test_reversible_is_what_may_have_taken_money_newest_first() -> None:
    sale = _ten_dollar_sale()
    held = _tender(TenderKind.GIFT_CARD, 300, TenderState.AUTHORIZED)
    declined = _tender(TenderKind.CARD, 300, TenderState.DECLINED)
    charged = _tender(TenderKind.CARD, 200, TenderState.CAPTURED)
    voided = _tender(TenderKind.CASH, 100, TenderState.VOIDED)
    unknown = _tender(TenderKind.CARD, 100, TenderState.UNKNOWN)
    refunded = _tender(TenderKind.CARD, 100, TenderState.REFUNDED)
    pending = _tender(TenderKind.GIFT_CARD, 100, TenderState.PENDING)
    sale.tenders += [held, declined, charged, voided, unknown, refunded, pending]
    assert [t.id for t in sale.reversible] == [pending.id, unknown.id, charged.id, held.id]


def test_lookup_by_id() -> None:
    sale = _ten_dollar_sale()
    tender = _tender(TenderKind.CASH, 1000, TenderState.CAPTURED)
    sale.tenders.append(tender)
    assert sale.tender(tender.id) is tender
    assert sale.line(sale.lines[0].id) is sale.lines[0]
    with pytest.raises(KeyError):
        sale.tender("nope")
    with pytest.raises(KeyError):
        sale.line("nope")


def test_finished_states() -> None:
    assert {s for s in SaleState if s.finished} == {SaleState.COMPLETED, SaleState.CANCELLED}


# -- limits -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit_price", "quantity", "phrase"),
    [
        (100, 0, "Quantity must be 1 to 999"),
        (100, 1000, "Quantity must be 1 to 999"),
        (100, -1, "Quantity must be 1 to 999"),
        (MAX_CENTS + 1, 1, "at most $999,999.99"),
        (-1, 1, "at most $999,999.99"),
        (MAX_CENTS // 2 + 1, 2, "at most $999,999.99"),  # each fits, the line doesn't
        (1_000_000, 100, "at most $999,999.99"),
    ],
)
def test_line_over_the_limit_is_refused(unit_price: int, quantity: int, phrase: str) -> None:
    with pytest.raises(MoneyError) as caught:
        SaleLine(LineKind.ITEM, "Thing", unit_price, quantity=quantity)
    assert phrase in caught.value.user_message


def test_line_at_the_limit_is_accepted() -> None:
    assert SaleLine(LineKind.ITEM, "Car", MAX_CENTS).amount == MAX_CENTS
    assert SaleLine(LineKind.ITEM, "Pins", 1, quantity=999).amount == 999


# -- the journal form -------------------------------------------------------------------------


def _full_sale() -> Sale:
    """A sale with every kind of line and tender, deterministic ids (no random digit runs)."""
    sale = Sale(currency="usd", tax_rate_ppm=NYC_PPM, training=True, id="sale-a", number=42,
                state=SaleState.NEEDS_ATTENTION, created_ms=1_718_000_000_000,
                finished_ms=None, cancel_requested=True, attention="Hold release failed")
    sale.lines += [
        SaleLine(LineKind.ITEM, "Mug", 450, quantity=2, id="line-a"),
        SaleLine(LineKind.GIFT_CARD, "Gift card", 2500, id="line-b", last4="0019",
                 state=LineState.DONE, transaction_id="TXN-A", balance_after=2500),
        SaleLine(LineKind.RELOAD, "Gift card reload", 1000, id="line-c", last4=GIFT.last4,
                 state=LineState.IN_FLIGHT, reversal_key="rev-key"),
        SaleLine(LineKind.GIFT_CARD, "Virtual gift card", 5000, id="line-d",
                 promotion_code="SPRING", state=LineState.FAILED, message="Try again"),
    ]
    sale.tenders += [
        _tender(TenderKind.GIFT_CARD, 3000, TenderState.AUTHORIZED, id="tender-a",
                last4=GIFT.last4, capture_mode=False, charge_id="CHG-GIFT",
                balance_left=2000, created_ms=1_718_000_000_100, reference="ABCDEF012345"),
        _tender(TenderKind.CARD, 2000, TenderState.DECLINED, id="tender-b", last4="0002",
                brand="VISA", message="Declined", reference="ABCDEF012346"),
        _tender(TenderKind.CARD, 5000, TenderState.CAPTURED, id="tender-c", last4=VISA[-4:],
                brand="VISA", charge_id="CHG-CARD", auth_code="OK1234", ref_num="REF-99",
                capture_key="cap-key", reference="ABCDEF012347"),
        _tender(TenderKind.CASH, 1000, TenderState.CAPTURED, id="tender-d",
                cash_tendered=2000, change_due=1000, reference="ABCDEF012348"),
        _tender(TenderKind.CARD, 500, TenderState.UNKNOWN, id="tender-e", last4="4444",
                reversing=True, reversal_key="rev-2", reference="ABCDEF012349"),
    ]
    return sale


def test_json_round_trip_is_equal() -> None:
    sale = _full_sale()
    text = json.dumps(sale.to_json())
    again = Sale.from_json(json.loads(text))
    assert again == sale
    assert again.total == sale.total
    assert [t.state for t in again.tenders] == [t.state for t in sale.tenders]
    assert json.dumps(again.to_json()) == text


def test_json_round_trip_of_a_fresh_sale() -> None:
    sale = Sale()
    assert Sale.from_json(json.loads(json.dumps(sale.to_json()))) == sale


_CARD_KEYS = {"number", "card_number", "pan", "cvv", "cvc", "security_code", "scv",
              "foreign_access_code", "token", "source", "track", "track1", "track2"}


def _keys(value: object, path: str = "") -> list[str]:
    if isinstance(value, dict):
        found = []
        for key, item in value.items():
            found.append(f"{path}/{key}")
            found += _keys(item, f"{path}/{key}")
        return found
    if isinstance(value, list):
        return [key for item in value for key in _keys(item, f"{path}[]")]
    return []


def test_sale_json_holds_only_last4_of_cards() -> None:
    sale = _full_sale()
    doc = sale.to_json()
    text = json.dumps(doc)
    # The only "number" is the sale's own (a small counter), at the top.
    names = [key.rsplit("/", 1)[1] for key in _keys(doc) if key != "/number"]
    assert not _CARD_KEYS & set(names), sorted(_CARD_KEYS & set(names))
    assert doc["number"] == 42
    # No card number: no digit run longer than a 13-digit millisecond timestamp.
    assert re.findall(r"\d{14,}", text) == []
    for secret in (GIFT.number, VISA, GIFT.security_code or "-"):
        assert secret not in text
    assert {tender["last4"] for tender in doc["tenders"]} == {GIFT.last4, "0002", "1111", "4444",
                                                              None}
    assert all(len(t["last4"]) == 4 for t in doc["tenders"] if t["last4"])


def test_card_brands_read_as_people_say_them() -> None:
    assert [brand_name(b) for b in ("MC", "VISA", "AMEX", "DISCOVER", "DINERS_CLUB",
                                    "UNION_PAY")] == [
        "Mastercard", "Visa", "Amex", "Discover", "Diners Club", "Union Pay"]
    card = Tender(TenderKind.CARD, 100, last4="4444", brand="MC")
    assert card.label == "Mastercard ····4444"


def test_a_sale_holds_money_until_every_tender_is_given_back_or_declined() -> None:
    sale = Sale()
    assert not sale.holds_money
    tender = Tender(TenderKind.CASH, 500)
    sale.tenders.append(tender)
    assert sale.holds_money  # pending: it may have taken money
    for state, holds in ((TenderState.CAPTURED, True), (TenderState.VOIDED, False),
                         (TenderState.DECLINED, False), (TenderState.UNKNOWN, True)):
        tender.state = state
        assert sale.holds_money is holds, state
    tender.state, tender.reversing = TenderState.VOIDED, True
    assert sale.holds_money  # a reversal not confirmed yet


def test_a_removed_tender_survives_the_journal() -> None:
    tender = Tender(TenderKind.CASH, 500, removed=True)
    assert Tender.from_json(tender.to_json()).removed
    old = tender.to_json()
    del old["removed"]  # written before the field existed
    assert not Tender.from_json(old).removed
