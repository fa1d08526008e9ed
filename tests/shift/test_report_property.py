"""For any day of random sales, refunds and voids, the Z report's tender totals equal the sum
of the sales' tenders to the cent (hypothesis), read back from a real journal."""

from __future__ import annotations

import asyncio
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_app.checkout import Journal
from pos_app.checkout.records import Records
from pos_app.domain import (
    DeskOp,
    DeskOpKind,
    DeskOpState,
    LineKind,
    Sale,
    SaleLine,
    SaleState,
    Tender,
    TenderKind,
    TenderState,
)
from pos_app.shift import ShiftBook
from pos_app.staff import Person, Role, StaffDirectory, hash_pin

from .conftest import Clock

PIN = "5151"
PIN_HASH = hash_pin(PIN)  # once: scrypt is slow on purpose
KINDS = ("gift_card", "VISA", "MC", "AMEX", "cash")


@dataclass(frozen=True)
class SaleSpec:
    prices: list[int]
    tax_ppm: int
    splits: list[tuple[str, int]]  # (tender kind or card brand, weight)
    outcome: str  # completed, voided (after completion), cancelled (before)


sale_specs = st.builds(
    SaleSpec,
    prices=st.lists(st.integers(1, 50_000), min_size=1, max_size=5),
    tax_ppm=st.sampled_from([0, 62_500, 88_750, 100_000]),
    splits=st.lists(st.tuples(st.sampled_from(KINDS), st.integers(1, 5)), min_size=1,
                    max_size=3),
    outcome=st.sampled_from(["completed", "completed", "completed", "voided", "cancelled"]),
)


def tenders_for(total: int, splits: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The total split by weight across the tenders, every cent accounted for."""
    weight = sum(w for _kind, w in splits)
    amounts = [total * w // weight for _kind, w in splits]
    amounts[-1] += total - sum(amounts)
    return [(kind, amount) for (kind, _w), amount in zip(splits, amounts, strict=True)]


def ring_up(journal: Journal, spec: SaleSpec) -> tuple[Sale, list[tuple[str, int]]]:
    sale = Sale(training=True, tax_rate_ppm=spec.tax_ppm)
    sale.lines = [SaleLine(LineKind.ITEM, f"Item {i}", p) for i, p in enumerate(spec.prices)]
    split = tenders_for(sale.total, spec.splits)
    for kind, amount in split:
        if kind == "cash":
            tender = Tender(TenderKind.CASH, amount, cash_tendered=amount + 37, change_due=37)
        elif kind == "gift_card":
            tender = Tender(TenderKind.GIFT_CARD, amount, last4="1234")
        else:
            tender = Tender(TenderKind.CARD, amount, brand=kind, last4="0005")
        tender.amount_approved, tender.state = amount, TenderState.CAPTURED
        sale.tenders.append(tender)
    if spec.outcome != "cancelled":
        sale.state = SaleState.COMPLETED
        journal.save(sale, "completed")
    if spec.outcome != "completed":
        for tender in sale.tenders:
            tender.state = TenderState.VOIDED
        sale.state = SaleState.CANCELLED
        journal.save(sale, "cancelled: every tender reversed")
    return sale, split


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(day=st.lists(sale_specs, max_size=12), refunds=st.lists(st.integers(1, 5_000),
                                                                max_size=3),
       float_cents=st.integers(0, 50_000))
def test_z_tender_totals_equal_the_sum_of_the_sales_tenders(
        day: list[SaleSpec], refunds: list[int], float_cents: int) -> None:
    clock = Clock()
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal(Path(folder) / "register.sqlite3", now_ms=clock)
        try:
            records = Records(journal)
            manager = Person("Mo", Role.MANAGER, PIN_HASH)
            records.save_person(manager, None)
            staff = StaffDirectory(records, now_ms=clock)
            asyncio.run(staff.sign_in(manager.id, PIN))
            book = ShiftBook(journal, records, staff, currency="usd", training=True)
            book.open(float_cents)
            expected: Counter[str] = Counter()
            kept = 0
            for spec in day:
                clock.advance(1)
                sale, split = ring_up(journal, spec)
                if spec.outcome == "completed":
                    kept += sale.total
                    for kind, amount in split:
                        expected[{"gift_card": "Gift card redemptions", "cash": "Cash"}.get(
                            kind, f"Card {kind}")] += amount
            for amount in refunds:
                journal.save_desk_op(DeskOp(DeskOpKind.REFUND, amount=amount, training=True,
                                            state=DeskOpState.DONE), "done")
            clock.advance(1)
            book.close(0)
            z = book.z_report()
        finally:
            journal.close()
    assert {label: count.amount for label, count in z.tenders} == {
        label: amount for label, amount in expected.items() if amount} | {
        label: 0 for label, amount in expected.items() if not amount}
    assert z.tender_total == kept
    assert z.refunds.amount == sum(refunds)
    assert z.voids.count == sum(1 for spec in day if spec.outcome == "voided")
    assert z.cash.expected == float_cents + expected["Cash"]
    assert z.over_short == -z.cash.expected
