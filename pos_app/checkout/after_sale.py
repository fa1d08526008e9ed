"""After a sale ended: the desk's refunds of its gift card payments, and who voided it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pos_app.domain.desk import DeskOp, DeskOpKind, DeskOpState
from pos_app.domain.tender import Tender

__all__ = ["REFUND_APPROVED", "VOID_APPROVED", "ChargeRefunds", "refund_key",
           "refunds_by_charge", "void_approver"]

VOID_APPROVED = "void approved by "  # the journal event a manager's void of a sale starts with
# ... and a manager's refund of a sale whose gift card Clover refused for good
REFUND_APPROVED = "refund approved by "
_OPEN = (DeskOpState.PENDING, DeskOpState.UNKNOWN)


@dataclass(slots=True)
class ChargeRefunds:
    """What the gift card desk gave back of one payment (a Clover charge)."""

    done: int = 0  # cents refunded to the card and not voided since
    waiting: bool = False  # a refund, or the void of one, has no definite answer yet
    standing: list[DeskOp] = field(default_factory=list)  # finished refunds not voided since

    @property
    def touched(self) -> bool:
        """The payment is no longer as the sale left it (or may not be): never void it whole."""
        return self.waiting or bool(self.standing)


def refund_key(tender: Tender) -> str:
    """What the desk's refunds of a tender name as their target: its Clover charge, or (cash,
    which has none) the tender itself."""
    return tender.charge_id or tender.id


def refunds_by_charge(ops: Iterable[DeskOp]) -> dict[str, ChargeRefunds]:
    """The desk's refunds per refunded charge id (or cash tender id, see `refund_key`); a
    payment never refunded is absent."""
    ops = list(ops)
    voids = [op for op in ops if op.kind is DeskOpKind.VOID_REFUND and op.target_id]
    voided = {op.target_id for op in voids if op.state is DeskOpState.DONE}
    voiding = {op.target_id for op in voids if op.state in _OPEN}
    found: dict[str, ChargeRefunds] = {}
    for op in sorted(ops, key=lambda op: op.created_ms):
        if not op.kind.is_refund or not op.target_id or op.state is DeskOpState.FAILED:
            continue
        entry = found.setdefault(op.target_id, ChargeRefunds())
        if op.state in _OPEN or op.result_id in voiding:
            entry.waiting = True
        elif op.result_id not in voided:
            entry.done += op.amount or 0
            entry.standing.append(op)
    return found


def void_approver(events: Iterable[tuple[int, str]]) -> str | None:
    """The manager who approved the void of a sale, from its journal events (None: not voided
    from History)."""
    name = None
    for _at, event in events:
        for prefix in (VOID_APPROVED, REFUND_APPROVED):
            if event.startswith(prefix):
                name = event.removeprefix(prefix).strip() or None
    return name
