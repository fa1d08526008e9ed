"""A sale as History shows it: what it is now, what was done to it, and what may still be done."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from pos_app.checkout import Journal
from pos_app.checkout.after_sale import ChargeRefunds, refund_key, void_approver
from pos_app.domain import Sale, SaleState, Tender, TenderKind, TenderState

from .sale_words import given_back, outstanding, state_words

__all__ = ["RefundChoice", "SaleFacts", "clock"]

KEYS_HINT = "The register keeps trying by itself; Try again now (F9) asks Clover at once."
REFUSED_HINT = ("Asking again can't change a refusal, so the register doesn't. Refund the "
                "customer (F8, a manager), then ring the items up again if they still want them.")


def clock(ms: int | None) -> str:
    return time.strftime("%H:%M", time.localtime((ms or 0) / 1000))


@dataclass(frozen=True, slots=True)
class RefundChoice:
    """A gift card payment the desk can still refund, and how much of it is left."""

    tender: Tender
    left: int


@dataclass(slots=True)
class SaleFacts:
    """One sale of History with the desk's refunds of its payments and how it ended."""

    sale: Sale
    refunds: dict[str, ChargeRefunds] = field(default_factory=dict)  # by charge id: this sale's
    voided: bool = False  # a completed sale reversed afterwards (not a cancel at the till)
    voided_by: str | None = None
    today: bool = True

    @classmethod
    def of(cls, sale: Sale, journal: Journal, refunds: dict[str, ChargeRefunds],
           today_ms: int) -> SaleFacts:
        mine = {refund_key(t): refunds[refund_key(t)] for t in sale.tenders
                if refund_key(t) in refunds}
        voided, voided_by = False, None
        if sale.state in (SaleState.CANCELLED, SaleState.NEEDS_ATTENTION):
            events = journal.events(sale.id)  # only for these: one small query each
            voided = sale.state is SaleState.CANCELLED and any(e == "completed"
                                                               for _at, e in events)
            voided_by = void_approver(events)
        return cls(sale, mine, voided, voided_by, sale.created_ms >= today_ms)

    # -- what it is ------------------------------------------------------------------------

    @property
    def refunded_by_tender(self) -> dict[str, int]:
        """What the desk refunded of each tender (by tender id), not voided since."""
        return {t.id: self.refunds[refund_key(t)].done for t in self.sale.tenders
                if refund_key(t) in self.refunds}

    @property
    def refunded(self) -> int:
        return sum(entry.done for entry in self.refunds.values())

    @property
    def state_text(self) -> str:
        if self.voided:
            return "Voided"
        if self.sale.state is SaleState.COMPLETED and self.refunded:
            return f"Completed · {self.sale.fmt(self.refunded)} refunded"
        return state_words(self.sale.state)

    @property
    def needs_manager(self) -> bool:
        return self.sale.state is SaleState.NEEDS_ATTENTION

    @property
    def refused(self) -> bool:
        """Clover refused one of its gift cards for good: a manager refunds the customer."""
        return self.needs_manager and bool(self.sale.refused_lines) \
            and not self.sale.cancel_requested

    # -- what may be done -------------------------------------------------------------------

    @property
    def refund_choices(self) -> list[RefundChoice]:
        """The payments a refund can still give back, each to its own tender: a gift card or
        card payment to its card, cash as cash (none once voided)."""
        if self.sale.state is not SaleState.COMPLETED:
            return []
        choices = []
        for tender in self.sale.tenders:
            if tender.state is not TenderState.CAPTURED or (
                    tender.kind is not TenderKind.CASH and not tender.charge_id):
                continue
            entry = self.refunds.get(refund_key(tender), ChargeRefunds())
            left = tender.amount_approved - entry.done
            if not entry.waiting and left > 0:
                choices.append(RefundChoice(tender, left))
        return choices

    @property
    def void_refusal(self) -> str | None:
        """Why the whole sale can't be voided (or, refused by Clover, refunded) from here;
        None when it can."""
        if self.refused:
            return None
        if self.sale.state is not SaleState.COMPLETED:
            return "Only a completed sale can be voided."
        if not self.today:
            return "Only today's sales can be voided here."
        if any(entry.waiting for entry in self.refunds.values()):
            return ("A refund of a payment of this sale has no answer from Clover yet — "
                    "settle it first (Recovery).")
        return None

    # -- what was done ----------------------------------------------------------------------

    def notes(self) -> tuple[str, str]:
        """The box under the receipt: (text, status kind)."""
        sale = self.sale
        if self.needs_manager:
            lines = outstanding(sale)
            if self.refused:
                return ("Needs a manager — Clover refused this for good:\n"
                        + "\n".join(f"• {line}" for line in lines) + f"\n{REFUSED_HINT}",
                        "error")
            what = "the void is waiting" if self.voided_by else "waiting"
            return (f"Needs a manager — {what} for Clover:\n"
                    + "\n".join(f"• {line}" for line in lines) + f"\n{KEYS_HINT}", "error")
        if sale.state is SaleState.CANCELLED:
            done = given_back(sale)
            by = f", approved by {self.voided_by}" if self.voided_by else ""
            if self.voided:
                head = f"Voided at {clock(sale.finished_ms)}{by}"
            elif self.voided_by:  # refunded after Clover refused one of its gift cards
                head = (f"Refunded at {clock(sale.finished_ms)}{by} — Clover refused its "
                        "gift card")
            else:
                head = "Cancelled before it was finished"
            body = "".join(f"\n• {line}" for line in done)
            return head + (":" if done else ".") + body, \
                "ok" if self.voided or self.voided_by else "info"
        if sale.state is SaleState.COMPLETED:
            return self._refund_notes()
        return "This sale is still at the till.", "info"

    def _refund_notes(self) -> tuple[str, str]:
        sale, said, kind = self.sale, [], "info"
        for tender in sale.tenders:
            entry = self.refunds.get(refund_key(tender))
            if entry is None:
                continue
            for op in entry.standing:
                who = f" (approved by {op.approved_by})" if op.approved_by else ""
                what = (f"Handed back {sale.fmt(op.amount or 0)} cash"
                        if tender.kind is TenderKind.CASH
                        else f"Refunded {sale.fmt(op.amount or 0)} to {tender.label}")
                said.append(f"{what} at {clock(op.created_ms)}{who}")
            if entry.waiting:
                kind = "warn"
                said.append(f"A refund of {tender.label} has no answer from Clover yet — "
                            "don't refund it again (see Recovery).")
            elif entry.done >= tender.amount_approved:
                said.append(f"{tender.label} is refunded in full.")
        return "\n".join(said), kind
