"""The people of the store, who is signed in, manager overrides and the audit trail (no Qt)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from pos_app.lang import N_, phrase

from .audit import AuditEntry, AuditKind
from .people import LOCKOUT_MS, MAX_TRIES, Person
from .pins import PinError, check_pin_format, hash_pin, verify_pin
from .roles import Action, Role, approvers_of, may

__all__ = ["Approval", "StaffDirectory", "StaffError", "StaffStore"]

log = logging.getLogger(__name__)
_T = TypeVar("_T")

MAX_NAME = 40


class StaffError(RuntimeError):
    """Refused: `user_message` says why, for the person at the register."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class StaffStore(Protocol):
    """Where people and the audit trail live (the journal's SQLite, `checkout.records`)."""

    def people(self) -> list[Person]: ...

    def save_person(self, person: Person, audit: AuditEntry | None) -> None: ...

    def add_audit(self, entry: AuditEntry) -> None: ...

    def audit_between(self, start_ms: int, end_ms: int,
                      person_id: str | None = None) -> list[AuditEntry]: ...

# A role inside a sentence ("Mo (manager)"), lower case as English writes it there.
_ROLE_WORDS = {"owner": N_("owner"), "manager": N_("manager"), "cashier": N_("cashier")}


@dataclass(frozen=True, slots=True)
class Approval:
    """Who asked for an action and who approved it (the same person when they may do it)."""

    action: Action
    asked_by: Person
    approved_by: Person

    @property
    def by_override(self) -> bool:
        return self.asked_by.id != self.approved_by.id

    @property
    def words(self) -> str:
        """What the journal's sale and desk records say about the approval."""
        # A phrase (the same English) so a French report's "By" line words the role too.
        approver = phrase(N_("{name} ({role})"), name=self.approved_by.name,
                          role=_ROLE_WORDS[self.approved_by.role.value])
        if not self.by_override:
            return approver
        return phrase(N_('{approver} for {name}'), approver=approver, name=self.asked_by.name)


class StaffDirectory:
    """People and roles, sign-in with lock-out, overrides, and every audit record.

    PINs are checked with scrypt on a worker thread (`_off_loop`), never on the loop;
    a PIN is never stored, logged or put in an exception.
    """

    def __init__(self, store: StaffStore, *, now_ms: Callable[[], int]) -> None:
        self.store = store
        self.now_ms = now_ms
        self.current: Person | None = None

    # -- people ------------------------------------------------------------------------------

    def people(self, *, active_only: bool = True) -> list[Person]:
        return [p for p in self.store.people() if p.active or not active_only]

    def person(self, person_id: str) -> Person:
        for found in self.store.people():
            if found.id == person_id:
                return found
        raise StaffError(N_("That person is not on the register's list."))

    @property
    def needs_owner(self) -> bool:
        """First start: nobody is set up yet, so the owner must be."""
        return not any(p.role is Role.OWNER and p.active for p in self.store.people())

    async def set_up_owner(self, name: str, pin: str) -> Person:
        if not self.needs_owner:
            raise StaffError(N_("The owner is already set up: sign in instead."))
        owner = Person(_clean_name(name), Role.OWNER, await _hashed(pin),
                       created_ms=self.now_ms())
        self.store.save_person(owner, self._entry(AuditKind.OWNER_SET_UP, owner,
                                                  detail=owner.name))
        self.current = owner
        self.record(AuditKind.SIGN_IN)
        return owner

    async def add(self, name: str, role: Role, pin: str) -> Person:
        by = self._owner()
        clean = _clean_name(name)
        if any(p.name.casefold() == clean.casefold() for p in self.people()):
            raise StaffError(
                phrase(N_("{clean} is already on the list: edit them instead."), clean=clean)
            )
        person = Person(clean, role, await _hashed(pin), created_ms=self.now_ms())
        self.store.save_person(
            person,
            self._entry(
                AuditKind.PERSON_ADDED,
                by,
                detail=phrase(N_("{name} as {lower}"), name=person.name, lower=role.label.lower()),
            ),
        )
        return person

    async def edit(self, person_id: str, *, name: str | None = None, role: Role | None = None,
                   pin: str | None = None) -> Person:
        by = self._owner()
        person = self.person(person_id)
        changed: list[str] = []
        if name is not None and _clean_name(name) != person.name:
            changed.append(
                phrase(
                    N_("name {name} → {clean_name}"), name=person.name, clean_name=_clean_name(name)
                )
            )
            person.name = _clean_name(name)
        if role is not None and role is not person.role:
            if person.role is Role.OWNER and self._last_owner(person):
                raise StaffError(N_("The store needs an owner: make someone else owner first."))
            changed.append(
                phrase(
                    N_("role {lower} → {lower2}"),
                    lower=person.role.label.lower(),
                    lower2=role.label.lower(),
                )
            )
            person.role = role
        if pin:
            person.pin_hash = await _hashed(pin)
            person.failed_tries, person.locked_until_ms = 0, 0
            changed.append(N_("new PIN"))
        if not changed:
            raise StaffError(N_("Nothing changed."))
        self.store.save_person(person, self._entry(
            AuditKind.PERSON_EDITED, by, detail=f"{person.name}: " + ", ".join(changed)))
        return person

    def retire(self, person_id: str) -> Person:
        by = self._owner()
        person = self.person(person_id)
        if person.id == by.id or (person.role is Role.OWNER and self._last_owner(person)):
            raise StaffError(
                N_("The owner can't retire themselves; make someone else owner first.")
            )
        person.active = False
        self.store.save_person(person, self._entry(AuditKind.PERSON_RETIRED, by,
                                                   detail=person.name))
        return person

    def _last_owner(self, person: Person) -> bool:
        return not any(p.role is Role.OWNER and p.id != person.id for p in self.people())

    def _owner(self) -> Person:
        if self.current is None or self.current.role is not Role.OWNER:
            raise StaffError(N_("Only the owner adds, edits and retires people."))
        return self.current

    # -- signing in, the lock ---------------------------------------------------------------

    async def sign_in(self, person_id: str, pin: str) -> Person:
        person = await self._check_pin(person_id, pin, asked_by=None, action=None)
        self.current = person
        self.record(AuditKind.SIGN_IN)
        return person

    def sign_out(self, kind: AuditKind = AuditKind.SIGN_OUT, detail: str = "") -> None:
        """Sign out (or lock the register: `REGISTER_LOCKED`); the sale in progress stays."""
        if self.current is not None:
            self.record(kind, detail=detail)
        self.current = None

    async def _check_pin(self, person_id: str, pin: str, *, asked_by: Person | None,
                         action: Action | None) -> Person:
        person = self.person(person_id)
        if not person.active:
            raise StaffError(phrase(N_("{name} is retired and can't sign in."), name=person.name))
        now = self.now_ms()
        if person.locked(now):
            raise StaffError(
                phrase(
                    N_(
                        "Too many wrong PINs: {name} is locked out for "
                        "{minutes_locked} more minute(s)."
                    ),
                    name=person.name,
                    minutes_locked=person.minutes_locked(now),
                )
            )
        stored = person.pin_hash
        if await _off_loop(lambda: verify_pin(pin, stored)):
            if person.failed_tries:
                person.failed_tries = 0
                self.store.save_person(person, None)
            return person
        person.failed_tries += 1
        what = phrase(N_(' to approve {label}'), label=action.label) if action else ""
        asker = asked_by.name if asked_by else None
        if person.failed_tries >= MAX_TRIES:
            person.failed_tries = 0
            person.locked_until_ms = now + LOCKOUT_MS
            self.store.save_person(
                person,
                self._entry(
                    AuditKind.LOCKED_OUT,
                    person,
                    detail=phrase(
                        N_("{MAX_TRIES} wrong PINs{what}"), MAX_TRIES=MAX_TRIES, what=what
                    )
                    + (phrase(N_(" at {asker}'s register"), asker=asker) if asker else ""),
                ),
            )
            log.warning("staff: %s locked out after %d wrong PINs", person.name, MAX_TRIES)
            raise StaffError(
                phrase(
                    N_("Wrong PIN {MAX_TRIES} times: {name} is locked out for {value} minutes."),
                    MAX_TRIES=MAX_TRIES,
                    name=person.name,
                    value=LOCKOUT_MS // 60000,
                )
            )
        self.store.save_person(
            person,
            self._entry(
                AuditKind.PIN_FAILED,
                person,
                detail=phrase(
                    N_("wrong PIN{what}, try {failed_tries} of {MAX_TRIES}"),
                    what=what,
                    failed_tries=person.failed_tries,
                    MAX_TRIES=MAX_TRIES,
                ),
            ),
        )
        left = MAX_TRIES - person.failed_tries
        raise StaffError(
            phrase(
                N_("Wrong PIN for {name}. {left} more {value} before a 5-minute lock-out."),
                name=person.name,
                left=left,
                value="try" if left == 1 else "tries",
            )
        )

    # -- permissions and overrides ------------------------------------------------------------

    def may(self, action: Action) -> bool:
        """The signed-in person may do `action` without a manager."""
        return self.current is not None and may(self.current.role, action)

    def self_approval(self, action: Action) -> Approval | None:
        """The approval for `action` when the signed-in person may do it themselves."""
        if self.current is None or not may(self.current.role, action):
            return None
        return Approval(action, self.current, self.current)

    def approvers(self, action: Action) -> list[Person]:
        roles = approvers_of(action)
        return [p for p in self.people() if p.role in roles]

    async def approve(self, action: Action, approver_id: str, pin: str,
                      detail: str = "") -> Approval:
        """A manager's PIN typed at the register approves `action` for the signed-in person;
        the audit records who asked and who approved (or the refusal)."""
        asked_by = self.current
        if asked_by is None:
            raise StaffError(N_("Sign in first."))
        approver = self.person(approver_id)
        if approver.role not in approvers_of(action):
            raise StaffError(
                phrase(
                    N_("{name} may not approve {label}."), name=approver.name, label=action.label
                )
            )
        try:
            approver = await self._check_pin(approver_id, pin, asked_by=asked_by, action=action)
        except StaffError:
            self.store.add_audit(self._entry(AuditKind.OVERRIDE_REFUSED, asked_by,
                                             approver=approver,
                                             detail=_join(action.label, detail)))
            raise
        self.store.add_audit(self._entry(AuditKind.OVERRIDE, asked_by, approver=approver,
                                         detail=_join(action.label, detail)))
        return Approval(action, asked_by, approver)

    # -- the audit trail ------------------------------------------------------------------------

    def record(self, kind: AuditKind, *, amount: int | None = None, detail: str = "",
               approval: Approval | None = None) -> None:
        """An audit line for the signed-in person (and who approved, after an override)."""
        person = approval.asked_by if approval else self.current
        approver = approval.approved_by if approval and approval.by_override else None
        self.store.add_audit(self._entry(kind, person, approver=approver, amount=amount,
                                         detail=detail))

    def audit(self, start_ms: int, end_ms: int, person_id: str | None = None) -> list[AuditEntry]:
        return self.store.audit_between(start_ms, end_ms, person_id)

    def _entry(self, kind: AuditKind, person: Person | None, *, approver: Person | None = None,
               amount: int | None = None, detail: str = "") -> AuditEntry:
        return AuditEntry(kind=kind, at_ms=self.now_ms(),
                          person_id=person.id if person else None,
                          person_name=person.name if person else "",
                          approver_id=approver.id if approver else None,
                          approver_name=approver.name if approver else "",
                          amount=amount, detail=detail)


def _join(*parts: str) -> str:
    return ": ".join(part for part in parts if part)


def _clean_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise StaffError(N_("Type the person's name."))
    if len(clean) > MAX_NAME:
        raise StaffError(phrase(N_('A name is at most {MAX_NAME} characters.'), MAX_NAME=MAX_NAME))
    return clean


async def _hashed(pin: str) -> str:
    try:
        check_pin_format(pin)
    except PinError as exc:
        raise StaffError(exc.user_message) from None
    return await _off_loop(lambda: hash_pin(pin))


async def _off_loop(work: Callable[[], _T]) -> _T:
    """`work()` on a worker thread, as a closure returning None: an executor may log what it
    runs and returns (qasync's does, at DEBUG), and neither may be a PIN or its hash."""
    box: list[_T] = []
    await asyncio.to_thread(lambda: box.append(work()))
    return box[0]
