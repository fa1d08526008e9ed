"""People, PINs, lock-out, overrides and the audit trail, on a real journal."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from pos_app.checkout import Journal
from pos_app.checkout.records import Records
from pos_app.staff import (
    Action,
    AuditKind,
    Person,
    Role,
    StaffDirectory,
    StaffError,
    hash_pin,
    verify_pin,
)

from .conftest import CASHIER_PIN, MANAGER_PIN, OWNER_PIN, START_MS, Clock


def test_a_pin_is_kept_only_as_a_salted_scrypt_hash() -> None:
    first, second = hash_pin("8642"), hash_pin("8642")
    assert first.startswith("scrypt$") and first != second  # salted
    assert "8642" not in first
    assert verify_pin("8642", first) and not verify_pin("8643", first)
    assert not verify_pin("8642", "garbage")


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", "１２３４"])
async def test_a_pin_of_other_than_4_to_8_digits_is_refused(staff: StaffDirectory,
                                                          pin: str) -> None:
    with pytest.raises(StaffError, match="4 to 8 digits"):
        await staff.set_up_owner("Olga", pin)
    assert staff.people() == [] and staff.needs_owner


async def test_first_start_sets_up_the_owner_once(staff: StaffDirectory) -> None:
    assert staff.needs_owner
    owner = await staff.set_up_owner("  Olga   Smith ", OWNER_PIN)
    assert owner.name == "Olga Smith" and owner.role is Role.OWNER
    assert staff.current is owner and not staff.needs_owner
    with pytest.raises(StaffError, match="already set up"):
        await staff.set_up_owner("Eve", "9999")
    kinds = [e.kind for e in staff.audit(0, START_MS + 1)]
    assert kinds == [AuditKind.OWNER_SET_UP, AuditKind.SIGN_IN]


async def test_only_the_owner_adds_edits_and_retires_people(
        staff: StaffDirectory, team: dict[Role, Person]) -> None:
    await staff.sign_in(team[Role.MANAGER].id, MANAGER_PIN)
    with pytest.raises(StaffError, match="Only the owner"):
        await staff.add("Zed", Role.CASHIER, "1111")
    await staff.sign_in(team[Role.OWNER].id, OWNER_PIN)
    edited = await staff.edit(team[Role.CASHIER].id, role=Role.MANAGER, pin="7777")
    assert edited.role is Role.MANAGER
    staff.retire(edited.id)
    assert edited.id not in {p.id for p in staff.people()}
    with pytest.raises(StaffError, match="retired"):
        await staff.sign_in(edited.id, "7777")
    with pytest.raises(StaffError, match="owner can't retire"):
        staff.retire(team[Role.OWNER].id)


async def test_five_wrong_pins_lock_that_person_out_for_five_minutes(
        staff: StaffDirectory, team: dict[Role, Person], clock: Clock) -> None:
    cashier = team[Role.CASHIER]
    for tries_left in (4, 3, 2, 1):
        with pytest.raises(StaffError, match=f"{tries_left} more tr"):
            await staff.sign_in(cashier.id, "0000")
    with pytest.raises(StaffError, match="locked out for 5 minutes"):
        await staff.sign_in(cashier.id, "0000")
    # Even the right PIN is refused while locked out; the manager is not locked out.
    with pytest.raises(StaffError, match="locked out for 5 more minute"):
        await staff.sign_in(cashier.id, CASHIER_PIN)
    assert (await staff.sign_in(team[Role.MANAGER].id, MANAGER_PIN)).role is Role.MANAGER
    clock.advance(4 * 60 + 59)
    with pytest.raises(StaffError, match="locked out for 1 more minute"):
        await staff.sign_in(cashier.id, CASHIER_PIN)
    clock.advance(1)
    assert (await staff.sign_in(cashier.id, CASHIER_PIN)).id == cashier.id
    kinds = [e.kind for e in staff.audit(0, clock.ms + 1, cashier.id)]
    assert kinds.count(AuditKind.PIN_FAILED) == 4 and kinds.count(AuditKind.LOCKED_OUT) == 1


async def test_the_lock_out_survives_a_restart(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "register.sqlite3"
    journal = Journal(path, now_ms=clock)
    staff = StaffDirectory(Records(journal), now_ms=clock)
    owner = await staff.set_up_owner("Olga", OWNER_PIN)
    for _ in range(5):
        with pytest.raises(StaffError):
            await staff.sign_in(owner.id, "0000")
    journal.close()
    reopened = Journal(path, now_ms=clock)
    try:
        again = StaffDirectory(Records(reopened), now_ms=clock)
        with pytest.raises(StaffError, match="locked out"):
            await again.sign_in(owner.id, OWNER_PIN)
    finally:
        reopened.close()


async def test_a_managers_pin_approves_what_a_cashier_may_not_do(
        staff: StaffDirectory, team: dict[Role, Person]) -> None:
    cashier, manager = team[Role.CASHIER], team[Role.MANAGER]
    await staff.sign_in(cashier.id, CASHIER_PIN)
    assert staff.may(Action.SALE) and not staff.may(Action.REFUND)
    assert staff.self_approval(Action.REFUND) is None
    assert {p.name for p in staff.approvers(Action.REFUND)} == {"Olga", "Mo"}
    with pytest.raises(StaffError, match="may not approve"):
        await staff.approve(Action.REFUND, cashier.id, CASHIER_PIN)
    with pytest.raises(StaffError, match="Wrong PIN for Mo"):
        await staff.approve(Action.REFUND, manager.id, "1111", "sale #3")
    approval = await staff.approve(Action.REFUND, manager.id, MANAGER_PIN, "sale #3")
    assert approval.asked_by.id == cashier.id and approval.approved_by.id == manager.id
    assert approval.words == "Mo (manager) for Cleo"
    trail = [(e.kind, e.person_name, e.approver_name, e.detail)
             for e in staff.audit(0, START_MS + 1) if e.kind.name.startswith("OVERRIDE")]
    assert trail == [(AuditKind.OVERRIDE_REFUSED, "Cleo", "Mo", "refund: sale #3"),
                     (AuditKind.OVERRIDE, "Cleo", "Mo", "refund: sale #3")]


async def test_no_pin_or_hash_reaches_the_log(staff: StaffDirectory, team: dict[Role, Person],
                                              caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for _ in range(5):
        with pytest.raises(StaffError) as refused:
            await staff.sign_in(team[Role.CASHIER].id, "9753")
        assert "9753" not in str(refused.value)
    await staff.sign_in(team[Role.OWNER].id, OWNER_PIN)
    hashes = [p.pin_hash for p in staff.people()]
    text = caplog.text + "".join(e.detail for e in staff.audit(0, START_MS + 1))
    assert "locked out" in caplog.text
    for secret in (OWNER_PIN, MANAGER_PIN, CASHIER_PIN, "9753", *hashes):
        assert secret not in text
    assert all(secret not in repr(p) for p in staff.people() for secret in hashes)
