"""The gift card desk's results, its cashier-facing messages, and its checks of what was typed."""

from __future__ import annotations

from dataclasses import dataclass

from pos_app.clover import CloverError, ConnectionFailed, InvalidRequest
from pos_app.clover.cards import normalize_gift_card_number
from pos_app.clover.validation import check_access_code, check_id, check_security_code
from pos_app.domain.cards import GiftCardInput
from pos_app.domain.desk import DeskOp, DeskOpKind, DeskOpState
from pos_app.money import format_cents

from .approval import require_manager

__all__ = [
    "BalanceResult",
    "DeskBusy",
    "DeskError",
    "DeskOpResult",
    "check_card",
    "check_manager",
    "check_object_id",
    "done_message",
    "failed_message",
    "refusal_message",
    "unknown_message",
]

NOTHING_CHANGED = "Nothing changed."
NOT_REACHED = "Can't reach Clover — check the network cable or Wi-Fi, then try again."

# Gift card refusals, worded for the desk (the sale's wording says "ask for another way to pay").
_DESK_DECLINES: dict[str, str] = {
    "card_inactive": "This gift card isn't active yet — sell or activate it first.",
    "card_closed": "This gift card is closed — it has no balance to use or pay out.",
    "card_not_found": "Gift card not found — swipe it again or check the number.",
    "funds_locked": "Part of this gift card is on hold for a sale — finish or cancel that "
                    "sale first.",
}


class DeskError(Exception):
    """A desk request refused as asked (nothing was sent); `user_message` says what to do."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class DeskBusy(DeskError):
    def __init__(self) -> None:
        super().__init__("Wait — the gift card desk is still working on the last request.")


@dataclass(frozen=True, slots=True)
class BalanceResult:
    """A balance inquiry: the card's balance, what holds lock, what it can spend (cents)."""

    ok: bool
    message: str
    last4: str
    balance: int | None = None
    locked: int = 0
    available: int | None = None
    expiration_date: str | None = None
    currency: str = "usd"


@dataclass(frozen=True, slots=True)
class DeskOpResult:
    """A journaled desk operation as it stands now, and what the cashier reads about it."""

    op: DeskOp  # a snapshot: later changes to the desk's own copy don't reach it
    message: str

    @property
    def state(self) -> DeskOpState:
        return self.op.state

    @property
    def done(self) -> bool:
        return self.op.state is DeskOpState.DONE

    @property
    def needs_check(self) -> bool:
        """No definite answer yet: nobody may repeat the operation until it is settled."""
        return self.op.state in (DeskOpState.PENDING, DeskOpState.UNKNOWN)

    @property
    def amount(self) -> int | None:
        return self.op.amount

    @property
    def cash_to_pay(self) -> int:
        """Cash to hand the customer: a finished cash-out's payout, else 0."""
        if self.op.kind is DeskOpKind.CASHOUT and self.done:
            return self.op.amount or 0
        return 0

    @property
    def balance_after(self) -> int | None:
        return self.op.balance_after


def _card(op: DeskOp) -> str:
    return f"gift card ····{op.last4}" if op.last4 else "the gift card"


def _balance(op: DeskOp) -> str:
    if op.balance_after is None:
        return ""
    return f" · card balance {format_cents(op.balance_after, op.currency)}"


def _money(op: DeskOp, cents: int | None) -> str:
    return format_cents(cents or 0, op.currency)


def done_message(op: DeskOp, *, credited: bool | None = None) -> str:
    """What a finished operation did. `credited`: whether a void put money back on the card."""
    amount = _money(op, op.amount)
    if op.kind is DeskOpKind.CASHOUT:
        if not op.amount:
            return f"{_card(op).capitalize()} had a $0.00 balance — nothing to pay out."
        return f"Pay the customer {amount} in cash{_balance(op)}"
    if op.kind is DeskOpKind.REFUND:
        return f"Refunded {amount} to {_card(op)}{_balance(op)}"
    if op.kind is DeskOpKind.CARD_REFUND:
        card = f"card ····{op.last4}" if op.last4 else "the card"
        return f"Refunded {amount} to {card}"
    if op.kind is DeskOpKind.CASH_REFUND:
        return f"Hand back {amount} cash"
    if credited:  # of the voids, only a cash-out's puts money back on the card
        return (f"Cash-out voided: {amount} is back on {_card(op)} — take {amount} cash back "
                f"from the customer{_balance(op)}")
    return f"Voided: {amount} taken back off {_card(op)}{_balance(op)}"


def refusal_message(exc: CloverError) -> str:
    """A definite refusal, for the desk (read-only or not)."""
    if isinstance(exc, ConnectionFailed):
        return NOT_REACHED
    for code in (exc.decline_code, exc.code):
        if code in _DESK_DECLINES:
            return _DESK_DECLINES[code]
    return exc.user_message


def failed_message(op: DeskOp, exc: CloverError) -> str:
    """A definite no: the reason, and that nothing changed (no money moved)."""
    if op.kind is DeskOpKind.CASHOUT and exc.decline_code == "insufficient_funds":
        return f"{_card(op).capitalize()} has a $0.00 balance — nothing to pay out."
    reason = refusal_message(exc)
    if reason.endswith("Nothing was charged."):
        reason = reason.removesuffix("Nothing was charged.").rstrip()
    label = op.kind.label
    return f"{label} not done: {reason} {NOTHING_CHANGED}"


def unknown_message(op: DeskOp, *, token_lost: bool = False, reason: str | None = None) -> str:
    """No definite answer, for a manager: never a guess. `reason`: an answer that doesn't
    settle it; `token_lost`: a cash-out can't be asked again (its card token is gone)."""
    if op.kind is DeskOpKind.CASHOUT:
        card = f"card ····{op.last4}" if op.last4 else "the card"
        message = (f"Check {card}'s balance: a cash-out may or may not have gone through. "
                   "Don't pay out cash until you know.")
        if token_lost:
            return message + (" To ask Clover again, swipe the card on the Gift cards screen "
                              "and press Cash out: the same cash-out is asked about, never a "
                              "second one.")
        return message if reason else message + " The register will ask again."
    what = op.kind.label.lower()
    target = f" of {op.target_id}" if op.target_id else ""
    if reason:
        return (f"Clover's answer doesn't say whether the {what}{target} went through "
                f"({reason}) Check it in Clover before doing it again.")
    return (f"No answer from Clover: the {what}{target} may or may not have gone through. "
            "Don't do it again — the register will ask Clover again.")


def check_manager(approved_by: str, what: str) -> str:
    return require_manager(approved_by, what, DeskError)


def check_card(card: GiftCardInput) -> str:
    """The card's last 4 digits, or DeskError if its number or codes can't be right."""
    try:
        normalize_gift_card_number(card.number)
        check_security_code(card.security_code)
        check_access_code(card.foreign_access_code)
    except InvalidRequest as exc:
        raise DeskError(exc.user_message) from None
    return card.last4


def check_object_id(value: str, what: str) -> str:
    try:
        return check_id((value or "").strip(), "id")
    except InvalidRequest:
        raise DeskError(f"That isn't a Clover {what} id — check it and try again.") from None
