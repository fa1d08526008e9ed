"""The receipt as the customer reads it: store, items, totals, each tender by its last 4 digits,
balances, change, TRAINING, CANCELLED, copies; and every line fits the paper."""

from __future__ import annotations

import re

import pytest

from pos_app.domain import (
    LineKind,
    Sale,
    SaleLine,
    SaleState,
    StoreInfo,
    Tender,
    TenderKind,
    TenderState,
    build_receipt,
)

WIDTH = 42
STORE = StoreInfo(name="Corner Books", address="12 Main St\nSpringfield", footer="Thank you!")
GIFT_NUMBER = "7777373100005003"
VISA_NUMBER = "4111111111111111"


def _tender(kind: TenderKind, amount: int, state: TenderState, **fields: object) -> Tender:
    tender = Tender(kind, amount, **fields)  # type: ignore[arg-type]
    tender.state = state
    tender.amount_approved = 0 if state is TenderState.DECLINED else amount
    return tender


def _split_sale(state: SaleState = SaleState.COMPLETED, *, training: bool = False) -> Sale:
    """$100 jacket + 8.875 % tax + a $25 gift card = $133.88: gift card hold $50 (captured),
    a declined card, a Visa $70, and $13.88 cash from a $20 note."""
    sale = Sale(tax_rate_ppm=88_750, number=7, state=state, training=training,
                created_ms=1_718_000_000_000)
    sale.lines += [
        SaleLine(LineKind.ITEM, "Jacket", 10_000),
        SaleLine(LineKind.GIFT_CARD, "Gift card", 2500, last4="0909", balance_after=2500),
    ]
    sale.tenders += [
        _tender(TenderKind.GIFT_CARD, 5000, TenderState.CAPTURED, last4=GIFT_NUMBER[-4:],
                capture_mode=False, balance_left=1234, charge_id="CHG-GIFT"),
        _tender(TenderKind.CARD, 7000, TenderState.DECLINED, last4="0002", brand="VISA"),
        _tender(TenderKind.CARD, 7000, TenderState.CAPTURED, last4=VISA_NUMBER[-4:],
                brand="VISA", auth_code="OK1234", ref_num="REF99"),
        _tender(TenderKind.CASH, 1388, TenderState.CAPTURED, cash_tendered=2000,
                change_due=612),
    ]
    assert sale.total == 13_388
    assert sale.remaining_due == 0
    return sale


def _lines(text: str) -> list[str]:
    return text.rstrip("\n").split("\n")


def _line_with(text: str, needle: str) -> str:
    found = [line for line in _lines(text) if needle in line]
    assert found, f"no line with {needle!r} in:\n{text}"
    return found[0]


def test_split_tender_receipt_shows_what_the_customer_needs() -> None:
    text = build_receipt(_split_sale(), STORE).render_text()
    assert _lines(text)[0].strip() == "Corner Books"
    assert "12 Main St" in text
    assert "Sale #7" in text
    assert "Jacket" in _line_with(text, "$100.00")
    assert _line_with(text, "Subtotal").endswith("$125.00")
    assert _line_with(text, "Tax").endswith("$8.88")
    assert _line_with(text, "TOTAL").endswith("$133.88")
    # Each tender: its label with the last 4 digits, what it paid, and its small print.
    assert _line_with(text, "Gift card ····5003").endswith("$50.00")
    assert "Card balance $12.34" in text
    assert _line_with(text, "Visa ····1111").endswith("$70.00")
    assert "Auth OK1234" in text
    assert "Ref REF99" in text
    assert _line_with(text, "Cash").endswith("$13.88")
    assert "Tendered $20.00" in text
    assert _line_with(text, "CHANGE").endswith("$6.12")
    # The gift card sold on this sale, by its last 4 digits, and its new balance.
    assert "Gift card ····0909" in text
    assert "New balance $25.00" in text
    assert _lines(text)[-1].strip() == "Thank you!"


def test_cards_appear_by_last4_only() -> None:
    text = build_receipt(_split_sale(), STORE).render_text()
    assert GIFT_NUMBER not in text
    assert VISA_NUMBER not in text
    # Digits after the mask are exactly four.
    assert re.findall(r"····(\d+)", text) == ["0909", "5003", "1111"]
    assert re.findall(r"\d{5,}", text) == []


def test_declined_tender_is_not_listed() -> None:
    receipt = build_receipt(_split_sale(), STORE)
    text = receipt.render_text()
    assert "0002" not in text
    assert "DECLINED" not in text
    assert [line.label for line in receipt.tenders] == [
        "Gift card ····5003", "Visa ····1111", "Cash", "CHANGE"]


def test_training_receipt_says_no_value_at_top_and_bottom() -> None:
    text = build_receipt(_split_sale(training=True), STORE).render_text()
    lines = _lines(text)
    assert "TRAINING — NO VALUE" in lines[0]
    assert "TRAINING — NO VALUE" in lines[-1]
    assert "TRAINING" not in build_receipt(_split_sale(), STORE).render_text()


def test_cancelled_sale_says_so_in_its_title() -> None:
    sale = _split_sale(SaleState.CANCELLED)
    for tender in sale.tenders:
        if tender.state is TenderState.CAPTURED:
            tender.state = TenderState.VOIDED
    receipt = build_receipt(sale, STORE)
    assert "CANCELLED" in receipt.title
    text = receipt.render_text()
    assert "CANCELLED" in text
    assert "VOIDED" in _line_with(text, "  VOIDED")
    assert "CHANGE" not in text  # voided cash gives no change


def test_incomplete_sale_says_so_in_its_title() -> None:
    assert "INCOMPLETE" in build_receipt(_split_sale(SaleState.NEEDS_ATTENTION), STORE).title


def test_tender_still_being_checked_is_marked() -> None:
    sale = _split_sale(SaleState.NEEDS_ATTENTION)
    sale.tenders[2].state = TenderState.UNKNOWN
    assert "CHECKING" in build_receipt(sale, STORE).render_text()


def test_reprint_is_marked_copy() -> None:
    copy = build_receipt(_split_sale(), STORE, reprint=True)
    assert "(copy)" in copy.title
    assert "(copy)" in copy.render_text()
    assert "(copy)" not in build_receipt(_split_sale(), STORE).title


@pytest.mark.parametrize(
    ("state", "training", "reprint"),
    [
        (SaleState.COMPLETED, False, False),
        (SaleState.COMPLETED, True, True),
        (SaleState.CANCELLED, False, True),
        (SaleState.NEEDS_ATTENTION, True, True),
    ],
)
def test_every_line_fits_the_paper(state: SaleState, training: bool, reprint: bool) -> None:
    sale = _split_sale(state, training=training)
    sale.number = 123_456
    sale.lines.append(SaleLine(LineKind.ITEM, "A very long item description that goes on "
                               "and on past the edge of the paper", 99_999_999))
    store = StoreInfo(name="The Extremely Long Named Corner Bookshop And Cafe Of Springfield",
                      address="1234 Long Avenue Name That Keeps Going, Suite 500",
                      footer="Thank you for shopping with us — returns within 30 days")
    receipt = build_receipt(sale, store, reprint=reprint)
    text = receipt.render_text()
    too_wide = [line for line in _lines(text) if len(line) > WIDTH]
    assert too_wide == []
    # Nothing the customer needs was cut off to fit.
    flat = " ".join(text.split())
    assert "(copy)" in flat if reprint else "(copy)" not in flat
    if state is SaleState.CANCELLED:
        assert "CANCELLED" in flat
    assert "Springfield" in flat
    assert "returns within 30 days" in flat
    assert _line_with(text, "TOTAL").endswith(sale.fmt(sale.total))


def test_long_title_wraps_instead_of_running_off_the_paper() -> None:
    sale = _split_sale(SaleState.NEEDS_ATTENTION)
    sale.number = 1234
    receipt = build_receipt(sale, STORE, reprint=True)
    assert len(receipt.title) > WIDTH  # "Sale #1234  2024-06-10 06:13  INCOMPLETE  (copy)"
    lines = _lines(receipt.render_text())
    assert all(len(line) <= WIDTH for line in lines)
    title_lines = [line.strip() for line in lines if "Sale #1234" in line or "(copy)" in line]
    assert " ".join(title_lines).endswith("INCOMPLETE (copy)")


def test_a_repriced_line_shows_its_new_price_and_what_it_was() -> None:
    sale = Sale(tax_rate_ppm=50_000)  # 5%: tax once, on the new subtotal
    sale.lines.append(SaleLine(LineKind.ITEM, "Scarf", 1800, original_price=2200))
    sale.lines.append(SaleLine(LineKind.ITEM, "Mug", 900, quantity=2, original_price=1000))
    sale.lines.append(SaleLine(LineKind.ITEM, "Tea", 300))
    assert sale.tax == 195 and sale.total == 4095  # 5% of $39.00
    text = build_receipt(sale, StoreInfo()).render_text()
    assert re.search(r"Scarf +\$18\.00\n  Price changed, was \$22\.00\n", text)
    assert re.search(r"2 × Mug +\$18\.00\n  Price changed, was \$10\.00 each\n", text)
    assert re.search(r"Tea +\$3\.00\n-", text)  # not repriced: no mark
