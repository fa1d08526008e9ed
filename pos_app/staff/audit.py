"""Audit records: who signed in, wrong PINs, overrides, drawer events and reports."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pos_app.lang import N_

__all__ = ["AuditEntry", "AuditKind"]


class AuditKind(StrEnum):
    OWNER_SET_UP = "owner_set_up"
    SIGN_IN = "sign_in"
    SIGN_OUT = "sign_out"
    PIN_FAILED = "pin_failed"
    LOCKED_OUT = "locked_out"  # too many wrong PINs
    REGISTER_LOCKED = "register_locked"  # F-key Lock or idle time
    OVERRIDE = "override"  # a manager's PIN approved what the signed-in person may not do
    OVERRIDE_REFUSED = "override_refused"
    PRICE_CHANGED = "price_changed"  # a sale line's price overridden (and who approved it)
    PERSON_ADDED = "person_added"
    PERSON_EDITED = "person_edited"
    PERSON_RETIRED = "person_retired"
    SHIFT_OPENED = "shift_opened"
    CASH_DROP = "cash_drop"
    PAY_IN = "pay_in"
    PAY_OUT = "pay_out"
    NO_SALE = "no_sale"
    SHIFT_CLOSED = "shift_closed"
    X_REPORT = "x_report"
    Z_REPORT = "z_report"

    @property
    def label(self) -> str:
        return _KIND_LABELS.get(self.value, self.value)



_KIND_LABELS = {
    "owner_set_up": N_("Owner set up"),
    "sign_in": N_("Sign in"),
    "sign_out": N_("Sign out"),
    "pin_failed": N_("PIN failed"),
    "locked_out": N_("Locked out"),
    "register_locked": N_("Register locked"),
    "override": N_("Override"),
    "override_refused": N_("Override refused"),
    "price_changed": N_("Price changed"),
    "person_added": N_("Person added"),
    "person_edited": N_("Person edited"),
    "person_retired": N_("Person retired"),
    "shift_opened": N_("Shift opened"),
    "cash_drop": N_("Cash drop"),
    "pay_in": N_("Pay in"),
    "pay_out": N_("Pay out"),
    "no_sale": N_("No sale"),
    "shift_closed": N_("Shift closed"),
    "x_report": N_("X report"),
    "z_report": N_("Z report"),
}

@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of the audit trail. `detail` never holds a PIN or a hash."""

    kind: AuditKind
    at_ms: int
    person_id: str | None = None
    person_name: str = ""
    approver_id: str | None = None
    approver_name: str = ""
    amount: int | None = None
    detail: str = ""
    seq: int = 0
