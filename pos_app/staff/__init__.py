"""People, roles, PINs, sign-in with lock-out, manager overrides and the audit trail (no Qt)."""

from .audit import AuditEntry, AuditKind
from .directory import Approval, StaffDirectory, StaffError, StaffStore
from .people import LOCKOUT_MS, MAX_TRIES, Person
from .pins import PinError, hash_pin, verify_pin
from .roles import Action, Role, approvers_of, may

__all__ = [
    "LOCKOUT_MS",
    "MAX_TRIES",
    "Action",
    "Approval",
    "AuditEntry",
    "AuditKind",
    "Person",
    "PinError",
    "Role",
    "StaffDirectory",
    "StaffError",
    "StaffStore",
    "approvers_of",
    "hash_pin",
    "may",
    "verify_pin",
]
