"""Roles and what each may do without asking a manager (the permissions table)."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Action", "Role", "approvers_of", "may"]


class Role(StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    CASHIER = "cashier"

    @property
    def label(self) -> str:
        return self.value.title()


class Action(StrEnum):
    """What a person at the register may be asked to approve."""

    SALE = "sale"  # ring up and take payment
    REFUND = "refund"
    VOID = "void"
    CASH_OUT = "cash_out"
    REMOVE_PAYMENT = "remove_payment"  # remove a payment that was taken
    NO_SALE = "no_sale"  # open the drawer without a sale
    PRICE_OVERRIDE = "price_override"
    CLOSE_SHIFT = "close_shift"
    DRAWER = "drawer"  # open a shift, cash drop, pay-in, pay-out
    REPORTS = "reports"  # X and Z reports
    PEOPLE = "people"  # add, edit and retire people
    AUDIT = "audit"  # read the audit trail
    SETTINGS = "settings"  # change the register's settings (cash-out approval, idle lock…)

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Action.SALE: "ring up a sale", Action.REFUND: "refund", Action.VOID: "void",
    Action.CASH_OUT: "cash-out", Action.REMOVE_PAYMENT: "remove a payment",
    Action.NO_SALE: "no-sale (open the drawer)", Action.PRICE_OVERRIDE: "price override",
    Action.CLOSE_SHIFT: "close the shift", Action.DRAWER: "drawer count",
    Action.REPORTS: "reports", Action.PEOPLE: "people", Action.AUDIT: "audit",
    Action.SETTINGS: "settings",
}

# What each role may do itself; anything else needs a manager's PIN at the register (or is
# refused outright: only the owner manages people, as on Square and Clover).
_ALLOWED: dict[Role, frozenset[Action]] = {
    Role.CASHIER: frozenset({Action.SALE, Action.DRAWER}),
    Role.MANAGER: frozenset(set(Action) - {Action.PEOPLE}),
    Role.OWNER: frozenset(Action),
}

# Needs the owner in person: a manager's PIN cannot stand in for it.
_OWNER_ONLY = frozenset({Action.PEOPLE})


def may(role: Role, action: Action) -> bool:
    """True when `role` may do `action` without anyone's approval."""
    return action in _ALLOWED[role]


def approvers_of(action: Action) -> tuple[Role, ...]:
    """The roles whose PIN approves `action` for someone who may not do it."""
    if action in _OWNER_ONLY:
        return (Role.OWNER,)
    return tuple(role for role in (Role.OWNER, Role.MANAGER) if may(role, action))
