"""The journal: a WAL SQLite file (0600) that holds every sale, its events and desk operations,
survives reopening, migrates old files, refuses newer ones, and never fails with a raw error."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_app.checkout.journal import Journal, JournalError
from pos_app.checkout.migrations import MIGRATIONS
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


class Clock:
    """A journal clock the test moves by hand (milliseconds)."""

    def __init__(self, now: int = 1_718_000_000_000) -> None:
        self.now = now

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal_at(journal_path: Path, clock: Clock) -> Iterator[Journal]:
    """A journal on `journal_path` whose clock the test sets."""
    opened = Journal(journal_path, now_ms=clock)
    yield opened
    opened.close()


def _sale(state: SaleState = SaleState.OPEN, price: int = 1000) -> Sale:
    sale = Sale(tax_rate_ppm=88_750, state=state)
    sale.lines.append(SaleLine(LineKind.ITEM, "Book", price))
    return sale


def _paid_sale() -> Sale:
    sale = _sale(SaleState.TENDERING)
    tender = Tender(TenderKind.GIFT_CARD, 500, last4="5003", capture_mode=False,
                    charge_id="CHG-1", balance_left=0)
    tender.state = TenderState.AUTHORIZED
    tender.amount_approved = 500
    sale.tenders.append(tender)
    return sale


def _pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


# -- a fresh journal ------------------------------------------------------------------------


def test_fresh_journal_is_latest_schema_wal_and_private(journal_path: Path) -> None:
    journal = Journal(journal_path)
    try:
        assert journal.schema_version == len(MIGRATIONS)
        journal.save(_sale(), "opened")
        assert _pragma(journal_path, "user_version") == len(MIGRATIONS)
        assert _pragma(journal_path, "journal_mode") == "wal"
        assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600
        # SQLite's side files hold the same rows: just as private.
        for suffix in ("-wal", "-shm"):
            side = journal_path.with_name(journal_path.name + suffix)
            assert side.exists()
            assert stat.S_IMODE(side.stat().st_mode) == 0o600, suffix
        assert stat.S_IMODE(journal_path.parent.stat().st_mode) == 0o700
    finally:
        journal.close()


def test_an_existing_readable_journal_is_made_private(journal_path: Path) -> None:
    Journal(journal_path).close()
    journal_path.chmod(0o644)
    Journal(journal_path).close()
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600


# -- sales ------------------------------------------------------------------------------------


def test_save_then_load_round_trips(journal_at: Journal, clock: Clock) -> None:
    sale = _paid_sale()
    journal_at.save(sale, "tender authorized")
    assert sale.number == 1
    assert sale.created_ms == clock.now
    loaded = journal_at.load(sale.id)
    assert loaded == sale
    assert loaded is not sale
    assert loaded.remaining_due == sale.remaining_due == 589


def test_saving_again_updates_the_same_sale(journal_at: Journal, clock: Clock) -> None:
    sale = _sale()
    journal_at.save(sale, "opened")
    created = sale.created_ms
    clock.now += 5000
    sale.state = SaleState.COMPLETED
    sale.finished_ms = clock.now
    journal_at.save(sale, "completed")
    loaded = journal_at.load(sale.id)
    assert (loaded.number, loaded.state, loaded.created_ms) == (1, SaleState.COMPLETED, created)
    assert loaded.finished_ms == clock.now
    assert journal_at.next_sale_number() == 2


def test_load_of_an_unknown_sale_is_a_key_error(journal: Journal) -> None:
    with pytest.raises(KeyError):
        journal.load("no-such-sale")


def test_sale_numbers_go_1_2_3(journal: Journal) -> None:
    assert journal.next_sale_number() == 1
    sales = [_sale() for _ in range(3)]
    for sale in sales:
        journal.save(sale, "opened")
    assert [sale.number for sale in sales] == [1, 2, 3]
    assert journal.next_sale_number() == 4
    assert [journal.load(sale.id).number for sale in sales] == [1, 2, 3]


def test_a_clashing_sale_number_writes_nothing_and_is_a_journal_error(journal: Journal) -> None:
    first = _sale()
    journal.save(first, "opened")
    clash = _sale()
    clash.number = first.number
    with pytest.raises(JournalError) as caught:
        journal.save(clash, "opened")
    assert "Call a manager" in caught.value.user_message
    with pytest.raises(KeyError):
        journal.load(clash.id)
    assert journal.events(clash.id) == []  # the event rolled back with the sale
    journal.save(_sale(), "opened")  # and the journal still works
    assert journal.next_sale_number() == 3


def test_unfinished_lists_only_unfinished_sales_oldest_first(journal: Journal) -> None:
    by_state = {state: _sale(state) for state in SaleState}
    for sale in by_state.values():
        journal.save(sale, f"now {sale.state.value}")
    unfinished = journal.unfinished()
    assert [sale.state for sale in unfinished] == [
        SaleState.OPEN, SaleState.TENDERING, SaleState.PAID, SaleState.NEEDS_ATTENTION]
    numbers = [sale.number for sale in unfinished]
    assert numbers == sorted(numbers)
    # Finishing a sale takes it off the list.
    tendering = by_state[SaleState.TENDERING]
    tendering.state = SaleState.CANCELLED
    journal.save(tendering, "cancelled")
    assert tendering.id not in {sale.id for sale in journal.unfinished()}


def test_a_completed_sale_whose_void_had_started_is_unfinished(journal: Journal) -> None:
    completed, voiding = _sale(SaleState.COMPLETED), _sale(SaleState.COMPLETED)
    voiding.cancel_requested = True  # a manager's void, cut short before it ended
    journal.save(completed, "completed")
    journal.save(voiding, "cancel requested")

    assert [sale.id for sale in journal.unfinished()] == [voiding.id]


def test_sales_between_is_half_open_and_newest_first(journal_at: Journal, clock: Clock) -> None:
    sales = []
    for at in (1000, 2000, 3000):
        clock.now = at
        sale = _sale(SaleState.COMPLETED)
        journal_at.save(sale, "completed")
        sales.append(sale)
    first, second, third = (sale.id for sale in sales)
    assert [s.id for s in journal_at.sales_between(1000, 3000)] == [second, first]
    assert [s.id for s in journal_at.sales_between(1001, 3001)] == [third, second]
    assert [s.id for s in journal_at.sales_between(0, 10_000)] == [third, second, first]
    assert journal_at.sales_between(4000, 5000) == []


def test_events_are_recorded_in_order(journal_at: Journal, clock: Clock) -> None:
    sale = _sale()
    steps = ["opened", "tender gift_card pending", "tender gift_card authorized", "paid",
             "completed"]
    for step in steps:
        clock.now += 10
        journal_at.save(sale, step)
    other = _sale()
    journal_at.save(other, "opened")
    events = journal_at.events(sale.id)
    assert [event for _, event in events] == steps
    assert [at for at, _ in events] == [clock.now - 40 + 10 * i for i in range(5)]
    assert [event for _, event in journal_at.events(other.id)] == ["opened"]


def test_reopening_keeps_everything(journal_path: Path) -> None:
    journal = Journal(journal_path)
    open_sale, done_sale = _paid_sale(), _sale(SaleState.COMPLETED)
    journal.save(open_sale, "tender authorized")
    journal.save(done_sale, "completed")
    op = DeskOp(DeskOpKind.CASHOUT, amount=1500, last4="5003")
    journal.save_desk_op(op, "cashout pending")
    journal.close()

    again = Journal(journal_path)
    try:
        assert again.load(open_sale.id) == open_sale
        assert again.load(done_sale.id) == done_sale
        assert [sale.id for sale in again.unfinished()] == [open_sale.id]
        assert [event for _, event in again.events(open_sale.id)] == ["tender authorized"]
        assert again.load_desk_op(op.id) == op
        assert again.next_sale_number() == 3
    finally:
        again.close()


# -- schema versions --------------------------------------------------------------------------


def test_a_version_1_journal_migrates_and_keeps_its_sales(journal_path: Path) -> None:
    sale = _paid_sale()
    sale.number, sale.created_ms = 1, 1_700_000_000_000
    journal_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(journal_path)
    conn.executescript(MIGRATIONS[0])
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO sales (id, number, state, currency, total, training, created_ms,"
        " updated_ms, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sale.id, sale.number, sale.state.value, sale.currency, sale.total, 0, sale.created_ms,
         sale.created_ms, json.dumps(sale.to_json())),
    )
    conn.execute("INSERT INTO events (sale_id, at_ms, event) VALUES (?, ?, ?)",
                 (sale.id, sale.created_ms, "tender authorized"))
    conn.commit()
    conn.close()

    journal = Journal(journal_path)
    try:
        assert journal.schema_version == len(MIGRATIONS)
        assert _pragma(journal_path, "user_version") == len(MIGRATIONS)
        assert journal.load(sale.id) == sale
        assert [s.id for s in journal.unfinished()] == [sale.id]
        assert journal.events(sale.id) == [(sale.created_ms, "tender authorized")]
        # What version 2 added works on the migrated file.
        op = DeskOp(DeskOpKind.REFUND, amount=500, last4="5003")
        journal.save_desk_op(op, "refund pending")
        assert journal.load_desk_op(op.id) == op
        new = _sale()
        journal.save(new, "opened")
        assert new.number == 2
    finally:
        journal.close()


def test_a_journal_from_a_newer_app_is_refused(journal_path: Path) -> None:
    newer = len(MIGRATIONS) + 1
    journal_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(journal_path)
    conn.execute(f"PRAGMA user_version = {newer}")
    conn.close()
    with pytest.raises(JournalError) as caught:
        Journal(journal_path)
    message = caught.value.user_message
    assert "newer" in message
    assert "update the app" in message
    assert "can't take payments" in message
    assert _pragma(journal_path, "user_version") == newer  # left as it was


# -- unusable locations -----------------------------------------------------------------------


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
@pytest.mark.parametrize("below", ["journal.sqlite3", "sub/journal.sqlite3"])
def test_an_unwritable_folder_is_a_journal_error(tmp_path: Path, below: str) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(JournalError) as caught:
            Journal(locked / below)
    finally:
        locked.chmod(0o700)
    assert "can't write its journal" in caught.value.user_message
    assert not isinstance(caught.value, sqlite3.Error)


def test_a_folder_that_is_a_file_is_a_journal_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(JournalError) as caught:
        Journal(blocker / "journal.sqlite3")
    assert "can't write its journal" in caught.value.user_message
    assert "Call a manager" in caught.value.user_message


def test_a_journal_path_that_is_a_folder_is_a_journal_error(tmp_path: Path) -> None:
    folder = tmp_path / "journal.sqlite3"
    folder.mkdir()
    with pytest.raises(JournalError) as caught:
        Journal(folder)
    assert "can't write its journal" in caught.value.user_message


def test_a_file_that_is_not_a_database_is_a_journal_error(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(b"this is not an SQLite database, just some text " * 100)
    with pytest.raises(JournalError) as caught:
        Journal(journal_path)
    assert "can't write its journal" in caught.value.user_message


# -- desk operations --------------------------------------------------------------------------


def test_desk_ops_save_load_and_unfinished(journal_at: Journal, clock: Clock) -> None:
    ops = []
    for kind, state in [
        (DeskOpKind.CASHOUT, DeskOpState.PENDING),
        (DeskOpKind.REFUND, DeskOpState.DONE),
        (DeskOpKind.VOID_REFUND, DeskOpState.UNKNOWN),
        (DeskOpKind.VOID_TRANSACTION, DeskOpState.FAILED),
    ]:
        clock.now += 1000
        op = DeskOp(kind, amount=700, last4="1234", state=state, target_id="CHG-9",
                    approved_by="manager")
        journal_at.save_desk_op(op, f"{kind.value} {state.value}")
        ops.append(op)
    for op in ops:
        loaded = journal_at.load_desk_op(op.id)
        assert loaded == op
        assert loaded.created_ms > 0
    assert [op.id for op in journal_at.unfinished_desk_ops()] == [ops[0].id, ops[2].id]

    # Settling the pending cashout takes it off the list; its history keeps both steps.
    cashout = ops[0]
    clock.now += 1000
    cashout.state, cashout.result_id, cashout.balance_after = DeskOpState.DONE, "TXN-7", 0
    journal_at.save_desk_op(cashout, "cashout done")
    assert [op.id for op in journal_at.unfinished_desk_ops()] == [ops[2].id]
    assert journal_at.load_desk_op(cashout.id).result_id == "TXN-7"
    assert [event for _, event in journal_at.events(cashout.id)] == [
        "cashout pending", "cashout done"]
    first_ms = ops[0].created_ms
    assert [op.id for op in journal_at.desk_ops_between(first_ms, first_ms + 2000)] == [
        ops[1].id, ops[0].id]


def test_load_of_an_unknown_desk_op_is_a_key_error(journal: Journal) -> None:
    with pytest.raises(KeyError):
        journal.load_desk_op("no-such-op")


# -- two connections --------------------------------------------------------------------------


def test_a_second_journal_on_the_same_file_sees_the_first_ones_writes(
    journal_path: Path,
) -> None:
    first = Journal(journal_path)
    second = Journal(journal_path)
    try:
        sale = _paid_sale()
        first.save(sale, "tender authorized")
        assert second.load(sale.id) == sale
        assert [s.id for s in second.unfinished()] == [sale.id]

        later = _sale()
        second.save(later, "opened")
        assert later.number == 2
        assert first.load(later.id) == later

        sale.state = SaleState.COMPLETED
        first.save(sale, "completed")
        assert second.load(sale.id).state is SaleState.COMPLETED
        assert [event for _, event in second.events(sale.id)] == [
            "tender authorized", "completed"]
        assert _pragma(journal_path, "journal_mode") == "wal"
    finally:
        second.close()
        first.close()


# -- writes off the event loop (asave) ----------------------------------------------------------


async def test_asave_is_durable_once_awaited_and_numbers_the_sale(journal_path: Path) -> None:
    journal = Journal(journal_path)
    other = Journal(journal_path)
    try:
        sale = _paid_sale()
        await journal.asave(sale, "tender authorized")
        assert sale.number == 1
        assert other.load(sale.id) == sale  # committed: another connection reads it
        op = DeskOp(DeskOpKind.REFUND, amount=300, last4="5003", target_id="CHG-1",
                    approved_by="manager")
        await journal.asave_desk_op(op, "refund pending")
        assert other.load_desk_op(op.id) == op
    finally:
        other.close()
        journal.close()


async def test_the_loop_keeps_running_while_a_write_waits_for_the_disk(
    journal: Journal, journal_path: Path,
) -> None:
    # Another process holds the write lock, as a slow disk holds an fsync: the write waits.
    blocker = sqlite3.connect(journal_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    sale = _sale()
    write = asyncio.ensure_future(journal.asave(sale, "opened"))
    turns = 0
    while turns < 20:  # the loop goes on turning while the write waits
        await asyncio.sleep(0.01)
        turns += 1
    assert not write.done()
    with pytest.raises(KeyError):
        journal.load(sale.id)  # nothing is written until the commit
    blocker.execute("ROLLBACK")
    blocker.close()
    await write
    assert journal.load(sale.id).number == sale.number == 1


async def test_two_writes_of_a_new_sale_in_flight_give_it_one_number(journal: Journal) -> None:
    sale = _sale()
    await asyncio.gather(journal.asave(sale, "opened"), journal.asave(sale, "line added"))
    assert sale.number == 1
    assert journal.next_sale_number() == 2
    assert [event for _, event in journal.events(sale.id)] == ["opened", "line added"]


async def test_a_failed_write_reaches_the_awaiting_step_as_a_journal_error(
    journal: Journal,
) -> None:
    first = _sale()
    await journal.asave(first, "opened")
    clash = _sale()
    clash.number = first.number
    with pytest.raises(JournalError) as caught:
        await journal.asave(clash, "opened")
    assert "Call a manager" in caught.value.user_message
    with pytest.raises(KeyError):
        journal.load(clash.id)
    await journal.asave(_sale(), "opened")  # and the journal still works
    assert journal.next_sale_number() == 3


async def test_close_waits_for_the_writes_in_flight(journal_path: Path) -> None:
    journal = Journal(journal_path)
    sales = [_sale() for _ in range(5)]
    writes = [asyncio.ensure_future(journal.asave(sale, "opened")) for sale in sales]
    await asyncio.sleep(0)  # each write is queued for the writer thread
    journal.close()
    await asyncio.gather(*writes)
    reopened = Journal(journal_path)
    try:
        assert [reopened.load(sale.id).number for sale in sales] == [1, 2, 3, 4, 5]
        with pytest.raises(JournalError):
            journal.save(_sale(), "after close")
        with pytest.raises(JournalError):
            await journal.asave(_sale(), "after close")
    finally:
        reopened.close()


def test_a_posted_line_is_committed_in_order_and_money_writes_stay_durable(
        journal_path: Path) -> None:
    """Ringing up (`post`) waits for nothing, yet is committed in order before the next
    money write, which is durable (synchronous=FULL) and gives the sale its number."""
    journal = Journal(journal_path)
    try:
        sale = _sale()
        journal.post(sale, "line added: item 1000")
        sale.state = SaleState.TENDERING
        journal.save(sale, "tender journaled")
        assert sale.number == 1
        reader = sqlite3.connect(journal_path)
        try:
            events = [row[0] for row in reader.execute(
                "SELECT event FROM events WHERE sale_id = ? ORDER BY seq", (sale.id,))]
        finally:
            reader.close()
        assert events == ["line added: item 1000", "tender journaled"]
        assert journal.load(sale.id).lines[0].unit_price == 1000

        def synchronous() -> int:
            conn = journal._writer_conn
            assert conn is not None
            return int(conn.execute("PRAGMA synchronous").fetchone()[0])

        assert journal._submit(synchronous).result() == 2  # FULL, for what follows
    finally:
        journal.close()


def test_a_failed_posted_write_is_logged_and_the_next_money_write_fails_too(
        journal_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    journal = Journal(journal_path)
    try:
        journal.save(_sale(), "first")
        blocker = sqlite3.connect(journal_path, timeout=0)
        blocker.execute("PRAGMA busy_timeout=0")
        blocker.execute("BEGIN EXCLUSIVE")  # another process holds the journal
        conn = journal._writer_conn
        assert conn is not None
        journal._submit(lambda: conn.execute("PRAGMA busy_timeout=50")).result()
        sale = _sale()
        with caplog.at_level("ERROR", logger="pos_app.checkout.journal"):
            journal.post(sale, "line added")
            with pytest.raises(JournalError):
                journal.save(sale, "tender journaled")
        assert "a queued write failed" in caplog.text
        blocker.rollback()
        blocker.close()
    finally:
        journal.close()
