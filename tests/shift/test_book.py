"""The shift book on a real journal: float, drawer events, blind close, X and Z reports."""

from __future__ import annotations

import pytest

from pos_app.checkout import Journal
from pos_app.domain import (
    DeskOp,
    DeskOpKind,
    DeskOpState,
    LineKind,
    LineState,
    Sale,
    SaleLine,
    SaleState,
    Tender,
    TenderKind,
    TenderState,
)
from pos_app.shift import NO_SHIFT, DrawerKind, ShiftBook, report_csv, report_text
from pos_app.staff import Action, AuditKind, Person, Role, StaffDirectory, StaffError

from .conftest import CASHIER_PIN, MANAGER_PIN, Clock


def completed_sale(journal: Journal, *tenders: Tender, items: int = 1000,
                   gift: int = 0) -> Sale:
    sale = Sale(training=True, tax_rate_ppm=100_000)
    sale.lines.append(SaleLine(LineKind.ITEM, "Mug", items))
    if gift:
        sale.lines.append(SaleLine(LineKind.GIFT_CARD, "Gift card", gift, state=LineState.DONE))
    for tender in tenders:
        tender.state = TenderState.CAPTURED
        sale.tenders.append(tender)
    sale.state = SaleState.COMPLETED
    journal.save(sale, "completed")
    return sale


def cash(amount: int, handed: int) -> Tender:
    return Tender(TenderKind.CASH, amount, amount_approved=amount, cash_tendered=handed,
                  change_due=handed - amount)


async def test_a_cashier_runs_a_shift_and_a_manager_closes_it_blind(
        book: ShiftBook, staff: StaffDirectory, team: dict[Role, Person], journal: Journal,
        clock: Clock) -> None:
    await staff.sign_in(team[Role.CASHIER].id, CASHIER_PIN)
    assert book.sale_refusal() is not None and "No shift" in (book.sale_refusal() or "")
    shift = book.open(10_000)
    assert shift.number == 1 and book.sale_refusal() is None
    with pytest.raises(StaffError, match="already has an open shift"):
        book.open(5_000)
    clock.advance(60)
    # $11.00 with tax, paid $20.00 cash: $9.00 change, the drawer keeps $11.00.
    completed_sale(journal, cash(1100, 2000))
    card = Tender(TenderKind.CARD, 2200, amount_approved=2200, brand="VISA", last4="1111")
    completed_sale(journal, card, items=2000)
    book.drawer(DrawerKind.DROP, 5_000, "to the safe")
    book.drawer(DrawerKind.PAY_IN, 1_000, "change from the bank")
    book.drawer(DrawerKind.PAY_OUT, 300, "window cleaner")
    with pytest.raises(StaffError, match="Say why"):
        book.drawer(DrawerKind.PAY_OUT, 300, "  ")
    with pytest.raises(StaffError, match="can't come out"):
        book.drawer(DrawerKind.DROP, 1_000_000, "all of it")
    with pytest.raises(StaffError, match="manager must approve: no-sale"):
        book.drawer(DrawerKind.NO_SALE, 0, "customer wanted change")
    no_sale = await staff.approve(Action.NO_SALE, team[Role.MANAGER].id, MANAGER_PIN)
    book.drawer(DrawerKind.NO_SALE, 0, "customer wanted change", no_sale)
    assert book.expected(shift).expected == 10_000 + 1100 - 5_000 + 1_000 - 300
    with pytest.raises(StaffError, match="manager must approve: close the shift"):
        book.close(6_600)
    # An approval for one action does not stand for another.
    with pytest.raises(StaffError, match="close the shift"):
        book.close(6_600, no_sale)
    closing = await staff.approve(Action.CLOSE_SHIFT, team[Role.MANAGER].id, MANAGER_PIN)
    closed = book.close(6_600, closing)
    assert (closed.expected_cents, closed.counted_cents, closed.over_short) == (6_800, 6_600,
                                                                                -200)
    assert book.shift is None and book.sale_refusal() == NO_SHIFT
    closes = [e for e in staff.audit(0, clock.ms + 1) if e.kind is AuditKind.SHIFT_CLOSED]
    assert closes[0].person_name == "Cleo" and closes[0].approver_name == "Mo"
    assert "short $2.00" in closes[0].detail


async def test_the_z_report_is_numbered_and_never_made_twice_for_a_period(
        book: ShiftBook, staff: StaffDirectory, team: dict[Role, Person], journal: Journal,
        clock: Clock) -> None:
    await staff.sign_in(team[Role.MANAGER].id, MANAGER_PIN)
    book.open(5_000)
    clock.advance(10)
    completed_sale(journal, cash(3600, 4000), gift=2500)
    voided = completed_sale(journal, Tender(TenderKind.GIFT_CARD, 1100, amount_approved=1100,
                                            last4="1234"))
    voided.state = SaleState.CANCELLED
    voided.tenders[0].state = TenderState.VOIDED
    journal.save(voided, "cancelled: every tender reversed")
    refund = DeskOp(DeskOpKind.REFUND, amount=500, training=True, state=DeskOpState.DONE)
    journal.save_desk_op(refund, "done")
    with pytest.raises(StaffError, match="Close the shift"):
        book.z_report()
    x = book.x_report()
    assert x.kind == "X" and x.counted is None and x.cash.expected == 5_000 + 3_600
    book.close(8_600)
    clock.advance(10)
    z = book.z_report()
    assert z.number == 1 and z.title == "Z report #1"
    assert z.sales.count == 2 and z.voids.count == 1 and z.voids.amount == 1100
    assert dict(z.tenders) == {"Cash": type(z.sales)(1, 3_600)}
    assert z.gift_sold.amount == 2500 and z.gross == 2000 and z.net == 2000 - 1000 - 500
    assert (z.cash.expected, z.counted, z.over_short) == (8_600, 8_600, 0)
    with pytest.raises(StaffError, match="Z report #1 already covers this period"):
        book.z_report()
    text, csv = report_text(z, "Test Shop"), report_csv(z)
    assert "Z report #1" in text and "Cards sold (1)" in text and "$25.00" in text
    assert "Z,1," in csv and ",Over / short,,0,$0.00" in csv


async def test_a_cashier_needs_a_manager_for_reports(
        book: ShiftBook, staff: StaffDirectory, team: dict[Role, Person]) -> None:
    await staff.sign_in(team[Role.CASHIER].id, CASHIER_PIN)
    with pytest.raises(StaffError, match="manager must approve: reports"):
        book.x_report()
    ok = await staff.approve(Action.REPORTS, team[Role.MANAGER].id, MANAGER_PIN)
    assert book.x_report(ok).made_by == "Mo (manager) for Cleo"


async def test_the_first_z_starts_at_the_first_shift_and_the_screen_shows_two_columns(
        book: ShiftBook, staff: StaffDirectory, team: dict[Role, Person], journal: Journal,
        clock: Clock) -> None:
    await staff.sign_in(team[Role.MANAGER].id, MANAGER_PIN)
    clock.advance(3600)
    opened = clock.ms
    book.open(1_000)
    clock.advance(60)
    book.close(1_000)
    z = book.z_report()
    assert z.start_ms == opened and z.over_short == 0
    one, two = report_text(z, "Shop"), report_text(z, "Shop", pages=2)
    figures = [line.split()[-1] for line in one.splitlines() if line.endswith(("0", "$0.00"))]
    assert len(two.splitlines()) < len(one.splitlines()) * 2 // 3
    for figure in figures:  # every figure is on screen as well as on paper
        assert figure in two
    assert max(len(line) for line in one.splitlines()) <= 42
