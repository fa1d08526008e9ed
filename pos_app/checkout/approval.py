"""Who approves what a cashier may not do alone: the one place a manager's approval is checked.

Today a manager approves by typing their name; a manager PIN replaces this function's check
(and the name typed becomes the manager the PIN belongs to) without touching its callers.
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
