"""Who approves what a cashier may not do alone: the one place a manager's approval is checked.

The screens get the name from a manager's PIN typed at the register (`ui/approval.py`,
`staff.StaffDirectory.approve`): "Max Manager (manager) for Cass Cashier"; this check stays
as the last guard that no operation is journaled without one.
"""

from __future__ import annotations

from .context import CheckoutError

__all__ = ["require_manager"]


def require_manager(approved_by: str | None, what: str,
                    error: type[Exception] = CheckoutError) -> str:
    """The approving manager's name, or `error` (with a message for the cashier) if none."""
    name = (approved_by or "").strip()
    if not name:
        raise error(f"A manager must approve this {what}.")
    return name
