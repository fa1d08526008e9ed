"""The gift card desk: balance, cash-out, refund and voids outside a sale, journaled first."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager

from PySide6.QtCore import QObject, Signal

from pos_app.clover import (
    CloverClient,
    CloverError,
    GiftCardTransaction,
    IdempotencyConflict,
    Refund,
)
from pos_app.domain.cards import GiftCardInput
from pos_app.domain.desk import DeskOp, DeskOpKind, DeskOpState
from pos_app.domain.sale import SaleState
from pos_app.domain.tender import TenderKind, TenderState
from pos_app.money import MAX_CENTS, format_cents

from .after_sale import refunds_by_charge
from .context import one_at_a_time
from .desk_results import (
    BalanceResult,
    DeskBusy,
    DeskError,
    DeskOpResult,
    check_card,
    check_manager,
    check_object_id,
    done_message,
    failed_message,
    refusal_message,
    unknown_message,
)
from .journal import Journal

__all__ = ["BalanceResult", "DeskBusy", "DeskError", "DeskOpResult", "GiftCardDesk"]

log = logging.getLogger(__name__)

REFUND_REASON = "requested_by_customer"  # part of the body: the same on every resend
# Refusals that, after an attempt without an answer, may mean that attempt went through
# (were the key not honoured, the resend would meet the card or charge it already changed).
_MAYBE_DONE = frozenset({
    "token_already_used", "insufficient_funds", "charge_already_refunded",
    "refund_already_canceled", "invalid_charge_amount", "idempotency_key_reused",
})
_SETTLED = (DeskOpState.DONE, DeskOpState.FAILED)

Answer = GiftCardTransaction | Refund


def _check_amount(amount: int | None) -> None:
    if amount is not None and (isinstance(amount, bool) or not isinstance(amount, int)
                               or not 0 < amount <= MAX_CENTS):
        raise DeskError("Enter the amount to refund, more than $0.00.")


NO_APPROVAL = "no approval needed (store setting)"


class GiftCardDesk(QObject):
    """Gift card operations outside a sale. Every money-moving request is journaled (PENDING,
    with its idempotency key) before it is sent; no answer is never a failure."""

    op_changed = Signal(object)  # a DeskOp, after every journal write
    busy_changed = Signal(bool)

    def __init__(
        self,
        client: CloverClient,
        journal: Journal,
        *,
        currency: str = "usd",
        training: bool = False,
        cashout_requires_manager: bool = True,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        reconcile_attempts: int = 3,
        reconcile_delay: float = 1.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.journal = journal
        self.currency = currency
        self.training = training
        self.cashout_requires_manager = cashout_requires_manager
        self.reconcile_attempts = reconcile_attempts
        self.reconcile_delay = reconcile_delay
        self._sleep = sleep
        self.busy = False
        self._sources: dict[str, str] = {}  # op id -> cash-out card token: memory only

    # -- plumbing ------------------------------------------------------------------------------

    def _working(self) -> AbstractContextManager[None]:
        return one_at_a_time(self, DeskBusy)

    async def _save(self, op: DeskOp, event: str) -> None:
        """Journal the op durably (on the journal's writer thread), then tell the screens."""
        await self.journal.asave_desk_op(op, self._event(op, event))
        self._saved(op, event)

    @staticmethod
    def _event(op: DeskOp, event: str) -> str:
        return f"{op.kind.value} ····{op.last4 or '????'}: {event}"

    def _saved(self, op: DeskOp, event: str) -> None:
        log.info("desk %s %s ····%s: %s (%s)", op.kind.value, op.id, op.last4 or "????",
                 op.state.value, event)
        if op.state in _SETTLED:
            self._sources.pop(op.id, None)
        self.op_changed.emit(op)

    def _result(self, op: DeskOp) -> DeskOpResult:
        return DeskOpResult(dataclasses.replace(op), op.message or "")

    async def _new_op(self, kind: DeskOpKind, approved_by: str, *, last4: str | None,
                      target_id: str | None = None, amount: int | None = None,
                      sale_id: str | None = None) -> DeskOp:
        digits = "".join(ch for ch in last4 or "" if ch.isdigit())[-4:]  # never more than 4
        op = DeskOp(kind=kind, amount=amount, currency=self.currency, training=self.training,
                    last4=digits or None, target_id=target_id, approved_by=approved_by,
                    sale_id=sale_id)
        await self._save(op, f"journaled, approved by {approved_by}")
        return op

    # -- read-only -----------------------------------------------------------------------------

    async def balance(self, card: GiftCardInput) -> BalanceResult:
        """The card's balance, what holds lock, and what it can spend. Not journaled."""
        last4 = check_card(card)
        with self._working():
            try:
                token = await self.client.create_gift_card_token(
                    card.number, card.security_code, card.foreign_access_code)
                answer = await self.client.balance_inquiry(token.id)
            except CloverError as exc:
                log.info("desk balance ····%s refused: %s", last4, exc)
                return BalanceResult(False, refusal_message(exc), last4, currency=self.currency)
        balance = answer.balance
        if answer.status not in (None, "succeeded") or balance is None:
            return BalanceResult(False, "Clover didn't send the card's balance — try again.",
                                 last4, currency=self.currency)
        available = answer.available if answer.available is not None else balance
        fmt = format_cents
        message = f"Gift card ····{last4} balance {fmt(balance, self.currency)}"
        if answer.lock_amount:
            message += (f" · on hold {fmt(answer.lock_amount, self.currency)}"
                        f" · available {fmt(available, self.currency)}")
        return BalanceResult(True, message, last4, balance, answer.lock_amount, available,
                             answer.gift_card.expiration_date, self.currency)

    # -- operations ----------------------------------------------------------------------------

    async def cashout(self, card: GiftCardInput, *, approved_by: str) -> DeskOpResult:
        """Pay out the card's whole balance in cash: a manager approves it, unless the
        store's settings let a cashier do it alone (then the journal says so)."""
        if self.cashout_requires_manager or (approved_by or "").strip():
            manager = check_manager(approved_by, "cash-out")
        else:
            manager = NO_APPROVAL
        last4 = check_card(card)
        with self._working():
            stuck = self._stuck_cashout(last4)
            if stuck is not None:  # never a second cash-out: ask about the first one again
                return await self._cashout_again(stuck, card)
            op = await self._new_op(DeskOpKind.CASHOUT, manager, last4=last4)
            try:
                token = await self.client.create_gift_card_token(
                    card.number, card.security_code, card.foreign_access_code)
            except CloverError as exc:  # a token moves no money: any failure is a definite no
                return await self._fail(op, exc)
            self._sources[op.id] = token.id
            return await self._run(op)

    async def refund(
        self, charge_id: str, amount: int | None, *, approved_by: str, last4: str | None = None,
        sale_id: str | None = None,
    ) -> DeskOpResult:
        """Give a past gift card or card payment back to its card, through Clover's refund of
        its charge (`amount` None: all that is left of it)."""
        manager = check_manager(approved_by, "refund")
        target = check_object_id(charge_id, "payment")
        _check_amount(amount)
        with self._working():
            try:
                charge = await self.client.get_charge(target)
            except CloverError as exc:
                raise DeskError(f"{refusal_message(exc)} Nothing changed.") from exc
            left = (charge.amount or 0) - charge.amount_refunded
            if charge.captured is False:
                raise DeskError("That payment is only a hold — release it from its sale "
                                "instead.")
            self._check_left(left, amount)
            kind = DeskOpKind.REFUND if charge.is_gift_card else DeskOpKind.CARD_REFUND
            op = await self._new_op(kind, manager, amount=amount, target_id=target,
                                    last4=last4 or charge.last4, sale_id=sale_id)
            return await self._run(op)

    async def refund_cash(self, sale_id: str, tender_id: str, amount: int | None, *,
                          approved_by: str) -> DeskOpResult:
        """Hand back (part of) a past sale's cash payment: no Clover request, so it is done
        once journaled, and History counts it against that payment (`amount` None: all that
        is left of it)."""
        manager = check_manager(approved_by, "refund")
        _check_amount(amount)
        try:
            sale = self.journal.load(sale_id)
            tender = sale.tender(tender_id)
        except KeyError:
            raise DeskError("The journal has no such payment.") from None
        if tender.kind is not TenderKind.CASH or tender.state is not TenderState.CAPTURED \
                or sale.state is not SaleState.COMPLETED:
            raise DeskError("Only a cash payment of a completed sale is handed back in cash.")
        with self._working():
            done = refunds_by_charge(
                op for op in self.journal.desk_ops_between(sale.created_ms,
                                                           self.journal.now_ms() + 1)
                if op.target_id == tender.id).get(tender.id)
            left = tender.amount_approved - (done.done if done else 0)
            self._check_left(left, amount)
            op = await self._new_op(DeskOpKind.CASH_REFUND, manager, last4=None,
                                    amount=amount if amount is not None else left,
                                    target_id=tender.id, sale_id=sale.id)
            op.state = DeskOpState.DONE
            op.message = done_message(op)
            await self._save(op, "cash handed back")
            return self._result(op)

    def _check_left(self, left: int, amount: int | None) -> None:
        if left <= 0:
            raise DeskError("This payment was already refunded in full.")
        if amount is not None and amount > left:
            raise DeskError(f"Only {format_cents(left, self.currency)} of this payment is "
                            "left to refund.")

    async def void_refund(
        self, refund_id: str, *, approved_by: str, last4: str | None = None
    ) -> DeskOpResult:
        """Void a gift card refund or a reload, within 24 hours (`/v1/refunds/{id}/cancel`)."""
        manager = check_manager(approved_by, "void")
        target = check_object_id(refund_id, "refund or reload")
        with self._working():
            op = await self._new_op(DeskOpKind.VOID_REFUND, manager, target_id=target, last4=last4)
            return await self._run(op)

    async def void_transaction(
        self, transaction_id: str, *, approved_by: str, last4: str | None = None
    ) -> DeskOpResult:
        """Void an activation, reload or cash-out by its id, within 24 hours."""
        manager = check_manager(approved_by, "void")
        target = check_object_id(transaction_id, "transaction")
        with self._working():
            op = await self._new_op(DeskOpKind.VOID_TRANSACTION, manager, target_id=target,
                              last4=last4)
            return await self._run(op)

    async def recover(self) -> list[DeskOpResult]:
        """Settle every journaled operation still PENDING or UNKNOWN: resend it, same key and
        body. A cash-out whose card token is gone (after a restart) is left to a manager."""
        with self._working():
            results: list[DeskOpResult] = []
            for op in self.journal.unfinished_desk_ops():
                if op.training != self.training:
                    continue  # never send a training operation to real Clover, or back
                if op.kind is DeskOpKind.CASHOUT and op.id not in self._sources:
                    results.append(await self._token_lost(op))
                else:
                    results.append(await self._reconcile(op, first_now=True))
            return results

    async def retry(self, op_id: str, card: GiftCardInput | None = None) -> DeskOpResult:
        """A manager's Try again now for one unsettled operation: resend it, same key and
        body, until Clover gives a definite answer (only that settles it). A cash-out whose
        card token was lost (a restart) is asked again with `card`, swiped again: a new token,
        the same key. Clover either pays it out now (the first never reached it) or says the
        key was used (it went through before): then the card's balance is checked and shown."""
        with self._working():
            try:
                op = self.journal.load_desk_op(op_id)
            except KeyError:
                raise DeskError("The journal has no such desk operation.") from None
            if op.state in _SETTLED:
                return self._result(op)
            if op.training != self.training:
                raise DeskError("This operation was made in the other mode (training or real "
                                "Clover) — settle it with the register in that mode.")
            if op.kind is DeskOpKind.CASHOUT and op.id not in self._sources:
                if card is None:
                    return await self._token_lost(op)
                return await self._cashout_again(op, card)
            return await self._reconcile(op, first_now=True)

    async def _cashout_again(self, op: DeskOp, card: GiftCardInput) -> DeskOpResult:
        await self._token_again(op, card)
        result = await self._reconcile(op, first_now=True)
        return await self._with_balance(op, card) if result.needs_check else result

    def _stuck_cashout(self, last4: str) -> DeskOp | None:
        """An unsettled cash-out of this card whose token a restart lost, if any."""
        return next((op for op in self.journal.unfinished_desk_ops()
                     if op.kind is DeskOpKind.CASHOUT and op.training == self.training
                     and op.last4 == last4 and op.id not in self._sources), None)

    async def _token_again(self, op: DeskOp, card: GiftCardInput) -> None:
        last4 = check_card(card)
        if op.last4 and last4 != op.last4:
            raise DeskError(f"That is gift card ····{last4} — this cash-out was of gift card "
                            f"····{op.last4}. Swipe that card.")
        try:
            token = await self.client.create_gift_card_token(
                card.number, card.security_code, card.foreign_access_code)
        except CloverError as exc:
            raise DeskError(f"{refusal_message(exc)} Nothing changed.") from exc
        self._sources[op.id] = token.id

    async def _with_balance(self, op: DeskOp, card: GiftCardInput) -> DeskOpResult:
        """Still unsure after asking again: tell the manager what the card holds now."""
        try:
            token = await self.client.create_gift_card_token(
                card.number, card.security_code, card.foreign_access_code)
            answer = await self.client.balance_inquiry(token.id)
        except CloverError:
            return self._result(op)
        if answer.balance is None:
            return self._result(op)
        balance = format_cents(answer.balance, self.currency)
        seems = ("it most likely went through before the restart" if answer.balance == 0
                 else "it most likely didn't go through")
        op.message = (f"Gift card ····{op.last4 or card.last4} holds {balance} now: {seems}. "
                      "Check the cash drawer before paying out anything.")
        await self._save(op, f"balance now {answer.balance}")
        return self._result(op)

    def resolve(self, op_id: str, *, went_through: bool, approved_by: str,
                amount: int | None = None) -> DeskOpResult:
        """A manager settles an UNKNOWN operation after checking (e.g. the card's balance)."""
        manager = check_manager(approved_by, "settlement")
        if self.busy:
            raise DeskBusy
        try:
            op = self.journal.load_desk_op(op_id)
        except KeyError:
            raise DeskError("The journal has no such desk operation.") from None
        if op.state in _SETTLED:
            raise DeskError("This operation is already settled.")
        if went_through and op.kind is DeskOpKind.CASHOUT and not amount:
            raise DeskError("Enter the amount the cash-out paid out (the card's balance "
                            "before it).")
        if went_through:
            op.state = DeskOpState.DONE
            op.amount = amount if amount is not None else op.amount
            op.message = f"Settled by {manager}: {done_message(op)}"
        else:
            op.state = DeskOpState.FAILED
            op.message = f"Settled by {manager}: didn't go through. Nothing changed."
        event = f"settled by {manager}: {op.state.value}"
        self.journal.save_desk_op(op, self._event(op, event))
        self._saved(op, event)
        return self._result(op)

    # -- sending and reconciling -----------------------------------------------------------

    async def _send(self, op: DeskOp) -> Answer:
        """The op's request, rebuilt from the op alone (plus, for a cash-out, its token)."""
        key = op.idempotency_key
        if op.kind is DeskOpKind.CASHOUT:
            return await self.client.cashout(self._sources[op.id], idempotency_key=key)
        assert op.target_id is not None
        if op.kind is DeskOpKind.VOID_REFUND:
            return await self.client.cancel_refund(op.target_id, idempotency_key=key)
        amount = op.amount if op.kind in (DeskOpKind.REFUND, DeskOpKind.CARD_REFUND) else None
        return await self.client.create_refund(op.target_id, amount, reason=REFUND_REASON,
                                               idempotency_key=key)

    async def _run(self, op: DeskOp) -> DeskOpResult:
        try:
            answer = await self._send(op)
        except CloverError as exc:
            if not exc.outcome_unknown:
                return await self._fail(op, exc)
            op.state = DeskOpState.UNKNOWN
            op.message = unknown_message(op)
            await self._save(op, f"no answer ({type(exc).__name__})")
            return await self._reconcile(op, first_now=False)
        return await self._adopt(op, answer)

    async def _reconcile(self, op: DeskOp, *, first_now: bool) -> DeskOpResult:
        """Resend with the same key until a definite answer; only that settles the op."""
        for attempt in range(self.reconcile_attempts):
            if attempt or not first_now:
                await self._sleep(self.reconcile_delay * 2 ** attempt)
            try:
                answer = await self._send(op)
            except CloverError as exc:
                if exc.outcome_unknown or exc.retryable:
                    continue
                if isinstance(exc, IdempotencyConflict) or {exc.code, exc.decline_code} \
                        & _MAYBE_DONE:
                    return await self._unsure(op, refusal_message(exc))
                return await self._fail(op, exc)
            return await self._adopt(op, answer)
        op.state = DeskOpState.UNKNOWN
        op.message = unknown_message(op)
        await self._save(op, "still no answer")
        return self._result(op)

    async def _adopt(self, op: DeskOp, answer: Answer) -> DeskOpResult:
        if isinstance(answer, GiftCardTransaction):
            ok, failed = answer.approved, answer.status == "failed" or answer.paid is False
            op.last4 = answer.last4 or op.last4
        else:
            ok, failed = answer.succeeded, answer.status == "failed"
        if not ok:
            if failed:
                op.state = DeskOpState.FAILED
                op.message = f"{op.kind.label} not done: Clover didn't approve it. Nothing changed."
                await self._save(op, "not approved")
                return self._result(op)
            return await self._unsure(op, f"Clover's answer says {answer.status or 'nothing'}.")
        balances = answer.gift_card
        op.state = DeskOpState.DONE
        op.result_id = answer.id
        op.amount = answer.amount if answer.amount is not None else op.amount
        op.balance_after = balances.new_balance if balances else None
        before = balances.previous_balance if balances else None
        credited = before is not None and op.balance_after is not None \
            and op.balance_after > before
        op.message = done_message(op, credited=credited)
        await self._save(op, f"done ({op.result_id})")
        return self._result(op)

    async def _fail(self, op: DeskOp, exc: CloverError) -> DeskOpResult:
        op.state = DeskOpState.FAILED
        op.message = failed_message(op, exc)
        await self._save(op, f"refused ({type(exc).__name__} {exc.code or ''})".rstrip())
        return self._result(op)

    async def _unsure(self, op: DeskOp, reason: str) -> DeskOpResult:
        op.state = DeskOpState.UNKNOWN
        op.message = unknown_message(op, reason=reason)
        await self._save(op, "answer doesn't settle it")
        return self._result(op)

    async def _token_lost(self, op: DeskOp) -> DeskOpResult:
        message = unknown_message(op, token_lost=True)
        if op.state is not DeskOpState.UNKNOWN or op.message != message:
            op.state = DeskOpState.UNKNOWN
            op.message = message
            await self._save(op, "card token gone: a manager must check the balance")
        return self._result(op)

