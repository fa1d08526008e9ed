"""The split-tender checkout: ring up a sale, take tenders until it is paid, finish or cancel it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal

from pos_app.clover import CardDeclined, CardDetails, CloverClient, CloverError, NewGiftCard
from pos_app.clover.cards import EXPIRED_CARD
from pos_app.domain.cards import GiftCardInput
from pos_app.domain.sale import LineKind, Sale, SaleLine, SaleState
from pos_app.domain.tender import Tender, TenderKind, TenderState
from pos_app.lang import N_, joined, phrase
from pos_app.money import MAX_CENTS, MoneyError
from pos_app.promotions import Promotion, PromotionError

from . import outcomes
from .after_sale import REFUND_APPROVED, VOID_APPROVED, refund_key, refunds_by_charge
from .approval import require_manager
from .charging import charge_tender, reconcile
from .completion import CardsInHand, capture_holds, settle_lines, void_lines
from .context import CheckoutError, Steps, StepsConfig, one_at_a_time
from .journal import Journal
from .ordering import ensure_order, forget_order, return_order, returnable
from .reversal import reverse_tender

__all__ = ["CheckoutBusy", "CheckoutConfig", "CheckoutController", "CodeNeeded", "TenderResult"]

log = logging.getLogger(__name__)

MAX_CHANGE = 100_00  # more change than this is a typing slip (or a barcode in the cash box)
OTHER_MODE = (N_("This sale was made {mode} — settle it with the register in that mode "
              "(Settings → Clover)."))


class CheckoutBusy(CheckoutError):
    def __init__(self) -> None:
        super().__init__(N_("Wait — the register is still working on the last step."))


class CodeNeeded(CheckoutError):
    """The gift card has a security (or access) code and none was given: nothing was sent
    for money; ask for the code and keep the card's number."""

    def __init__(self, last4: str, *, access_code: bool = False) -> None:
        what = N_("access code") if access_code else N_("security code")
        super().__init__(
            phrase(
                N_("Gift card ····{last4} needs its {what} — key it, then Enter."),
                last4=last4,
                what=what,
            )
        )
        self.access_code = access_code


_CODE_DECLINES = {"invalid_security_code": False, "invalid_access_code": True}


@dataclass(frozen=True, slots=True)
class CheckoutConfig:
    currency: str = "usd"
    tax_rate_ppm: int = 0
    redeem_immediately: bool = False  # gift cards: capture at once instead of hold-then-capture
    record_orders: bool = False  # ring each sale up as a Clover order (the app's setting: on)
    training: bool = False
    reconcile_attempts: int = 3
    reconcile_delay: float = 1.0
    attention_delays: tuple[float, ...] = (5.0, 15.0, 30.0, 60.0)  # then every last value
    promotions: tuple[Promotion, ...] = ()  # the virtual gift card codes this register knows


@dataclass(frozen=True, slots=True)
class TenderResult:
    """What a tender did, for the screen: state, amount paid, card balance left, remaining due."""

    tender: Tender
    sale_state: SaleState
    remaining_due: int
    message: str

    @property
    def state(self) -> TenderState:
        return self.tender.state

    @property
    def paid(self) -> int:
        return self.tender.paid


class CheckoutController(QObject):
    """One register's checkout. Async methods for the UI; every change is journaled first."""

    sale_changed = Signal(object)  # the Sale, after every journal write
    notice = Signal(str)  # something the cashier should read now
    busy_changed = Signal(bool)
    sale_finished = Signal(object)  # a Sale that ended completed, cancelled or needs attention

    def __init__(
        self,
        client: CloverClient,
        journal: Journal,
        config: CheckoutConfig | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.config = config or CheckoutConfig()
        self.journal = journal
        self.steps = Steps(
            client=client,
            save=self._asave,
            config=StepsConfig(currency=self.config.currency,
                               reconcile_attempts=self.config.reconcile_attempts,
                               reconcile_delay=self.config.reconcile_delay),
            sleep=sleep,
        )
        self.sale: Sale | None = None
        self.busy = False
        self._cards: dict[str, CardsInHand] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._retrying: dict[str, asyncio.Task[None]] = {}  # sale id -> its background retry

    @property
    def client(self) -> CloverClient:
        return self.steps.client

    # -- plumbing ------------------------------------------------------------------------------

    def _save(self, sale: Sale, event: str) -> None:
        """Journal a change of the lines, then tell the screens. Ringing up moves no money:
        the write is queued, not waited for (it took 5-7 ms of each key press), and the next
        money step's durable write, which waits, carries it to the disk."""
        self.journal.post(sale, event)
        self.sale_changed.emit(sale)

    async def _asave(self, sale: Sale, event: str) -> None:
        """Journal a change without holding up the screen; the next step waits until it is
        durable (journal first), then the screens hear of it."""
        await self.journal.asave(sale, event)
        self.sale_changed.emit(sale)

    def _working(self) -> AbstractContextManager[None]:
        return one_at_a_time(self, CheckoutBusy)

    def cards_for(self, sale: Sale) -> CardsInHand:
        return self._cards.setdefault(sale.id, CardsInHand())

    def new_cards(self, sale: Sale) -> tuple[NewGiftCard, ...]:
        """The virtual gift cards `sale` created, number and code: for the screen, once (they
        are in memory only, never journaled or printed) until the next sale starts."""
        cards = self._cards.get(sale.id)
        return tuple(cards.new_cards) if cards is not None else ()

    def _today(self) -> date:
        return datetime.fromtimestamp(self.journal.now_ms() / 1000).date()

    def _current(self) -> Sale:
        if self.sale is None or self.sale.state.finished:
            raise CheckoutError(N_("Start a sale first."))
        return self.sale

    # -- ringing up ----------------------------------------------------------------------------

    def new_sale(self) -> Sale:
        if self.sale is not None and self.sale.state in (SaleState.TENDERING, SaleState.PAID):
            raise CheckoutError(N_("Finish or cancel the current sale first."))
        if self.sale is not None and self.sale.state is SaleState.COMPLETED:
            self._cards.pop(self.sale.id, None)  # its new virtual cards were shown: forget them
        self.sale = Sale(currency=self.config.currency, tax_rate_ppm=self.config.tax_rate_ppm,
                         training=self.config.training)
        return self.sale

    def _editable(self) -> Sale:
        sale = self.sale if self.sale is not None and not self.sale.state.finished \
            else self.new_sale()
        if sale.state is not SaleState.OPEN:
            raise CheckoutError(N_("Payments were taken: cancel the sale to change its items."))
        return sale

    def _add_line(self, line: SaleLine) -> SaleLine:
        sale = self._editable()
        if sale.total + line.amount > MAX_CENTS:
            raise CheckoutError(N_("The sale would be too large: at most $999,999.99."))
        sale.lines.append(line)
        forget_order(sale)
        self._save(sale, f"line added: {line.kind.value} {line.amount}")
        return line

    def add_item(self, description: str, unit_price: int, quantity: int = 1) -> SaleLine:
        try:
            line = SaleLine(LineKind.ITEM, description.strip() or N_("Item"), unit_price, quantity)
        except MoneyError as exc:
            raise CheckoutError(exc.user_message) from exc
        return self._add_line(line)

    def ring_up_again(self, sale_id: str) -> Sale:
        """A new sale with the items of a sale that was reversed (cancelled or voided), so the
        customer can pay again at a press. Virtual gift cards come back too (their promotion
        code is all they need) if their amount still fits it; a physical gift card must be
        swiped again, so it is left off. Refused while the current sale has payments."""
        old = self.journal.load(sale_id)
        if old.state is not SaleState.CANCELLED:
            raise CheckoutError(N_("Only a sale that was reversed can be rung up again."))
        keep = [line for line in old.lines
                if line.kind is LineKind.ITEM or self._still_sold(line)]
        if not keep:
            raise CheckoutError(
                phrase(N_("Sale #{number} had no items to ring up again."), number=old.number)
            )
        current = self.sale
        if current is not None and current.state is SaleState.OPEN and current.lines:
            raise CheckoutError(N_("The sale on the till has items — finish or clear it first."))
        if current is not None and current.state is SaleState.NEEDS_ATTENTION:
            self.new_sale()  # that one settles in the background; the till moves on
        sale = self._editable()
        for line in keep:
            copy = SaleLine(line.kind, line.description, line.unit_price, line.quantity,
                            taxable=line.taxable, promotion_code=line.promotion_code)
            sale.lines.append(copy)
        # Written at once (not queued like a key press): the cashier is told its number.
        self.journal.save(sale, f'rung up again from sale #{old.number}')
        self.sale_changed.emit(sale)
        return sale

    def _still_sold(self, line: SaleLine) -> bool:
        """A virtual gift card line whose amount its promotion code (as set up now) allows."""
        promotion = next((p for p in self.config.promotions if p.code == line.promotion_code),
                         None)
        try:
            return promotion is not None and \
                promotion.amount_for(line.amount, self.config.currency) == line.amount
        except PromotionError:
            return False

    def remove_line(self, line_id: str) -> None:
        sale = self._editable()
        line = sale.line(line_id)
        sale.lines.remove(line)
        forget_order(sale)
        self._cards.get(sale.id, CardsInHand()).line_cards.pop(line_id, None)
        self._save(sale, f'line removed: {line.kind.value} {line.amount}')

    def repriceable(self, line_id: str) -> SaleLine:
        """The line, if its price may change now; CheckoutError saying why not otherwise."""
        sale = self._current()
        if sale.state is not SaleState.OPEN:
            raise CheckoutError(N_("Payments were taken: cancel the sale to change its items."))
        try:
            line = sale.line(line_id)
        except KeyError:
            raise CheckoutError(N_("Select the line whose price changes.")) from None
        if line.kind is not LineKind.ITEM:
            # A gift card sale or reload is the card's value: its "price" is money, not goods.
            raise CheckoutError(N_("A gift card's amount is its value: its price can't change."))
        return line

    def check_price_change(self, line_id: str, unit_price: int) -> SaleLine:
        """The line whose unit price may become `unit_price`, or CheckoutError saying why not
        (asked before a manager is, so nobody approves what would be refused)."""
        sale, line = self._current(), self.repriceable(line_id)
        if unit_price <= 0:
            raise CheckoutError(N_("The new price must be more than zero."))
        if unit_price == line.unit_price:
            raise CheckoutError(N_("That is already the line's price."))
        if unit_price * line.quantity > MAX_CENTS \
                or sale.total + (unit_price - line.unit_price) * line.quantity > MAX_CENTS:
            raise CheckoutError(N_("The sale would be too large: at most $999,999.99."))
        return line

    def change_price(self, line_id: str, unit_price: int, *, approved_by: str | None) -> SaleLine:
        """A price override: the line's unit price becomes `unit_price` (its first price is
        kept to show), journaled with who approved it; tax follows from the lines as ever."""
        line = self.check_price_change(line_id, unit_price)
        manager = require_manager(approved_by, "price override")
        sale = self._current()
        before = line.unit_price
        if line.original_price is None:
            line.original_price = before
        line.unit_price = unit_price
        if line.original_price == unit_price:
            line.original_price = None  # back to its own price: nothing was overridden
        forget_order(sale)
        self._save(sale, f'price override: {line.description} {before} -> {unit_price}, '
                         f'approved by {manager}')
        return line

    def add_virtual_gift_card(self, promotion_code: str, amount: int | None) -> SaleLine:
        """Sell a new virtual gift card: its number prints once on the receipt. `amount` None
        sells a fixed-value promotion for its value. An amount its promotion code doesn't
        allow is refused now, before the customer pays (Clover would refuse the activation
        only after the payment was taken)."""
        code = (promotion_code or "").strip()
        if not code:
            raise CheckoutError(N_("Enter the promotion code of the virtual card."))
        promotion = next((p for p in self.config.promotions if p.code == code), None)
        if promotion is None:
            raise CheckoutError(
                phrase(
                    N_(
                        "Promotion code {code} isn't set up on this register — check the code "
                        "(Settings → Checkout → Promotions)."
                    ),
                    code=code,
                )
            )
        try:
            cents = promotion.amount_for(amount, self.config.currency)
        except PromotionError as exc:
            raise CheckoutError(exc.user_message) from exc
        line = self._gift_line(LineKind.GIFT_CARD, cents, N_("Gift card (virtual)"))
        line.promotion_code = code
        return self._add_line(line)

    async def add_gift_card(self, card: GiftCardInput, amount: int) -> SaleLine:
        """Sell (activate) the swiped gift card for `amount` once the sale is paid."""
        with self._working():
            await self._check_card(card, want_active=False)
            line = self._gift_line(LineKind.GIFT_CARD, amount, N_("Gift card"))
            return self._add_card_line(line, card)

    async def add_reload(self, card: GiftCardInput, amount: int) -> SaleLine:
        """Add `amount` to the swiped gift card once the sale is paid."""
        with self._working():
            await self._check_card(card, want_active=True)
            line = self._gift_line(LineKind.RELOAD, amount, N_("Gift card reload"))
            return self._add_card_line(line, card)

    def _gift_line(self, kind: LineKind, amount: int, description: str) -> SaleLine:
        if amount <= 0:
            raise CheckoutError(N_("Enter the amount to put on the gift card."))
        try:
            return SaleLine(kind, description, amount)
        except MoneyError as exc:
            raise CheckoutError(exc.user_message) from exc

    def _add_card_line(self, line: SaleLine, card: GiftCardInput) -> SaleLine:
        line.last4 = card.last4
        self._add_line(line)
        assert self.sale is not None
        self.cards_for(self.sale).line_cards[line.id] = card
        return line

    async def _check_card(self, card: GiftCardInput, *, want_active: bool) -> None:
        """Ask Clover about the card before it goes on the sale, so payment can't strand it."""
        try:
            token = await self.client.create_gift_card_token(
                card.number, card.security_code, card.foreign_access_code)
            await self.client.balance_inquiry(token.id)
        except CardDeclined as exc:
            if exc.decline_code == "card_inactive" or exc.code == "card_inactive":
                if not want_active:
                    return
                raise CheckoutError(
                    N_("This gift card isn't active yet — sell it instead.")
                ) from exc
            raise CheckoutError(exc.user_message) from exc
        except CloverError as exc:
            raise CheckoutError(exc.user_message) from exc
        if not want_active:
            raise CheckoutError(N_("This gift card is already active — use Reload to add value."))

    # -- tenders -------------------------------------------------------------------------------

    def _tenderable(self, amount: int | None) -> tuple[Sale, int]:
        sale = self._current()
        if sale.state not in (SaleState.OPEN, SaleState.TENDERING) or sale.cancel_requested:
            raise CheckoutError(N_("This sale isn't taking payments now."))
        if not sale.lines:
            raise CheckoutError(N_("Add an item first."))
        if sale.unsettled:
            raise CheckoutError(
                N_("A payment is still being checked with Clover — wait, or press Check again."))
        due = sale.remaining_due
        if due <= 0:
            raise CheckoutError(N_("Nothing is due."))
        if amount is not None and amount <= 0:
            raise CheckoutError(N_("The amount must be more than $0.00."))
        return sale, due if amount is None else min(amount, due)

    async def _start_tender(self, sale: Sale, tender: Tender) -> None:
        tender.created_ms = self.journal.now_ms()
        sale.tenders.append(tender)
        sale.state = SaleState.TENDERING
        await self._asave(
            sale, f"tender {tender.reference}: {tender.kind.value} {tender.amount_asked} requested"
        )

    async def pay_gift_card(self, card: GiftCardInput, amount: int | None = None) -> TenderResult:
        """Hold (or redeem) up to the remaining due on a gift card; it may pay less."""
        with self._working():
            sale, asked = self._tenderable(amount)
            if card.security_code is None and card.foreign_access_code is None:
                await self._check_uncoded(card)
            try:
                token = await self.client.create_gift_card_token(
                    card.number, card.security_code, card.foreign_access_code)
            except CloverError as exc:
                raise CheckoutError(exc.user_message) from exc
            tender = Tender(TenderKind.GIFT_CARD, asked, last4=token.last4 or card.last4,
                            capture_mode=self.config.redeem_immediately)
            return await self._charge(sale, tender, token.id)

    async def _check_uncoded(self, card: GiftCardInput) -> None:
        """A swiped card came without a code: ask Clover's balance inquiry (it moves no money)
        before a charge, so a card that needs its code is asked for it instead of declined,
        and a card Clover refuses (unknown, closed, not active) leaves no payment behind."""
        try:
            token = await self.client.create_gift_card_token(card.number, None, None)
            await self.client.balance_inquiry(token.id)
        except CardDeclined as exc:
            for code in (exc.decline_code, exc.code):
                if code in _CODE_DECLINES:
                    raise CodeNeeded(card.last4, access_code=_CODE_DECLINES[code]) from exc
            raise CheckoutError(exc.user_message) from exc
        except CloverError as exc:
            raise CheckoutError(exc.user_message) from exc

    async def pay_card(self, card: CardDetails, amount: int | None = None) -> TenderResult:
        """Charge a credit or debit card for the remaining due (or `amount`, to split further)."""
        if card.expired(self._today()):
            raise CheckoutError(EXPIRED_CARD)  # refused here: nothing is sent to Clover
        with self._working():
            sale, asked = self._tenderable(amount)
            try:
                token = await self.client.create_card_token(card)
            except CardDeclined as exc:
                raise CheckoutError(exc.user_message) from exc
            except CloverError as exc:
                raise CheckoutError(exc.user_message) from exc
            tender = Tender(TenderKind.CARD, asked, last4=token.last4 or card.last4,
                            brand=token.brand or card.brand)
            return await self._charge(sale, tender, token.id)

    async def pay_cash(self, tendered: int) -> TenderResult:
        """Take cash: what the customer handed over; the change is what exceeds the due."""
        with self._working():
            sale, due = self._tenderable(None)
            if tendered <= 0:
                raise CheckoutError(N_("Enter the cash the customer handed over."))
            if tendered - due > MAX_CHANGE:
                raise CheckoutError(
                    phrase(
                        N_("That would be {amount} in change — check the amount."),
                        amount=sale.fmt(tendered - due),
                    )
                )
            applied = min(tendered, due)
            tender = Tender(TenderKind.CASH, applied, cash_tendered=tendered,
                            change_due=tendered - applied)
            tender.state = TenderState.CAPTURED
            tender.amount_approved = applied
            await self._start_tender(sale, tender)
            return await self._after_tender(sale, tender)

    async def _charge(self, sale: Sale, tender: Tender, source: str) -> TenderResult:
        if self.config.record_orders:
            await ensure_order(self.steps, sale)  # before the tender: nothing taken if it fails
        self.cards_for(sale).sources[tender.id] = source
        await self._start_tender(sale, tender)
        if not tender.state.settled:
            await charge_tender(self.steps, sale, tender, source)
        return await self._after_tender(sale, tender)

    async def check_again(self) -> TenderResult | None:
        """Reconcile the tender whose outcome is still unknown (the cashier's Check again)."""
        with self._working():
            sale = self._current()
            for tender in sale.unsettled:
                await reconcile(self.steps, sale, tender,
                                self.cards_for(sale).sources.get(tender.id))
                return await self._after_tender(sale, tender)
            return None

    async def _after_tender(self, sale: Sale, tender: Tender) -> TenderResult:
        if tender.state is TenderState.DECLINED and not sale.holds_money:
            await self._reopen_if_nothing_taken(sale, f'tender {tender.reference} declined')
        message = outcomes.tender_message(sale, tender)
        if tender.state.counts_as_paid and sale.remaining_due == 0:
            await self._complete(sale)
            message = outcomes.tender_message(sale, tender)
        self.notice.emit(message)
        return TenderResult(tender, sale.state, sale.remaining_due, message)

    async def remove_tender(self, tender_id: str) -> bool:
        """Undo one tender before the sale is paid (release the hold, void the charge)."""
        with self._working():
            sale = self._current()
            if sale.state is not SaleState.TENDERING:
                raise CheckoutError(N_("Only a payment of an unfinished sale can be removed."))
            tender = sale.tender(tender_id)
            done = await reverse_tender(self.steps, sale, tender,
                                        self.cards_for(sale).sources.get(tender.id))
            if done:
                tender.removed = True  # given back now: a later cancel must not say it again
                await self._reopen_if_nothing_taken(sale, f'tender {tender.reference} removed')
            self.notice.emit(outcomes.reversal_message(sale, tender, done))
            return done

    async def _reopen_if_nothing_taken(self, sale: Sale, event: str) -> None:
        """A sale none of whose tenders holds money is open again: its items can change."""
        if sale.state is SaleState.TENDERING and not sale.holds_money \
                and not sale.cancel_requested:
            sale.state = SaleState.OPEN
            event += "; nothing taken: the sale is open again"
        await self._asave(sale, event)

    # -- finishing -----------------------------------------------------------------------------

    async def _complete(self, sale: Sale) -> None:
        sale.state = SaleState.PAID
        await self._asave(sale, 'paid: tenders cover the total')
        await self._finish_paid(sale)

    async def _finish_paid(self, sale: Sale) -> None:
        captured, expired = await capture_holds(self.steps, sale)
        if expired and captured:
            sale.state = SaleState.TENDERING
            await self._asave(sale, 'a gift card hold expired: payment due again')
            self.notice.emit(outcomes.expired_message(sale, expired))
            return
        lines_done = captured and await settle_lines(self.steps, sale, self.cards_for(sale))
        if captured and lines_done:
            sale.state = SaleState.COMPLETED
            sale.finished_ms = self.journal.now_ms()
            sale.attention = None
            await self._asave(sale, "completed")
            self._forget_cards(sale, keep_new_cards=True)
        else:
            await self._needs_attention(sale, outcomes.attention_message(sale))
        self.sale_finished.emit(sale)

    async def cancel(self) -> Sale:
        """Release every hold and void every charge; `cancelled` only when all of them worked."""
        with self._working():
            sale = self._current()
            return await self._cancel(sale)

    async def _cancel(self, sale: Sale) -> Sale:
        if sale.state in (SaleState.PAID,) and not sale.cancel_requested:
            raise CheckoutError(
                N_("The sale is paid and being finished; it can't be cancelled now.")
            )
        sale.cancel_requested = True
        await self._asave(sale, 'cancel requested')
        cards = self.cards_for(sale)
        ok = await void_lines(self.steps, sale)  # a completed sale's activations and reloads
        returned = None
        if returnable(sale):  # a completed order: Clover's return refunds every payment
            returned = await return_order(self.steps, sale)
        if returned is not None:
            ok = returned and ok
        else:  # no order to return, or Clover refused the return: payment by payment
            for tender in sale.reversible:
                ok = await reverse_tender(self.steps, sale, tender,
                                          cards.sources.get(tender.id)) and ok
        if ok:
            sale.state = SaleState.CANCELLED
            sale.finished_ms = self.journal.now_ms()
            sale.attention = None
            await self._asave(sale, 'cancelled: every tender reversed')
            self._forget_cards(sale)
        else:
            await self._needs_attention(sale, outcomes.attention_message(sale))
        self.notice.emit(outcomes.cancel_message(sale))
        self.sale_finished.emit(sale)
        return sale

    async def reverse_completed(self, sale_id: str, *, approved_by: str | None = None) -> Sale:
        """Undo a completed sale (manager): void its gift card activations and reloads, then
        void or refund every tender; `cancelled` only when every reversal worked.

        What the desk refunded of a payment before is not given back twice: a card or gift
        card payment is refunded for what is left of it (Clover's refund of the rest), cash
        handed back less what was handed back already. Refused while a desk refund of one of
        its payments has no answer yet (it may or may not have gone through)."""
        with self._working():
            sale = self._live(sale_id)
            if sale.state is not SaleState.COMPLETED:
                raise CheckoutError(N_("Only a completed sale can be reversed here."))
            self._check_mode(sale)
            refunds = refunds_by_charge(
                self.journal.desk_ops_between(sale.created_ms, self.journal.now_ms() + 1))
            mine = [(t, refunds[refund_key(t)]) for t in sale.tenders
                    if t.state.counts_as_paid and refund_key(t) in refunds]
            waiting = [t.label for t, entry in mine if entry.waiting]
            if waiting:
                raise CheckoutError(
                    phrase(
                        N_(
                            "A refund of {join} has no answer from Clover yet — settle it first "
                            "(Recovery), then void the sale."
                        ),
                        join=joined(", ", waiting),
                    )
                )
            manager = None if approved_by is None else require_manager(approved_by, "void")
            for tender, entry in mine:  # the void gives back only what the desk didn't
                tender.refunded_before = min(entry.done, tender.amount_approved)
                if tender.unrefunded == 0:
                    tender.state = TenderState.REFUNDED
                    tender.message = N_("Refunded in full at the desk before the void.")
            if manager is not None:
                await self._asave(sale, f"{VOID_APPROVED}{manager}")
            elif mine:
                await self._asave(sale, 'void: less what the desk refunded before')
            return await self._cancel(sale)

    async def refund_refused(self, sale_id: str, *, approved_by: str) -> Sale:
        """A manager gives the customer back what they paid for a sale whose gift card Clover
        refused for good: every payment is reversed (cash handed back, cards refunded) and any
        gift card the sale did activate is voided. The sale ends cancelled with its items, so
        it can be rung up again."""
        manager = require_manager(approved_by, "refund")
        with self._working():
            sale = self._live(sale_id)
            if sale.state is not SaleState.NEEDS_ATTENTION or not sale.refused_lines \
                    or sale.cancel_requested:
                raise CheckoutError(N_("Only a sale whose gift card Clover refused can be "
                                    "refunded this way."))
            self._check_mode(sale)
            await self._asave(sale, f"{REFUND_APPROVED}{manager}")
            return await self._cancel(sale)

    async def retry_now(self, sale_id: str) -> Sale:
        """A manager's Try again now: settle one sale that needs attention at once, the same
        way the background retries do (one step at a time, every change journaled first).
        A sale that is settled already (say, by a background retry) is returned as it is."""
        with self._working():
            sale = self._live(sale_id)
            if sale.state is not SaleState.NEEDS_ATTENTION:
                return sale
            self._check_mode(sale)
            await self.settle(sale)
            return sale

    def needing_attention(self) -> list[Sale]:
        """Every sale that needs a manager (a reversal, capture or activation not confirmed
        by Clover yet), oldest first; the current sale as the screens see it."""
        return [self._live(sale.id) for sale in self.journal.unfinished()
                if sale.state is SaleState.NEEDS_ATTENTION]

    def _check_mode(self, sale: Sale) -> None:
        """Never send a training sale's reversal to real Clover, or a real one to training."""
        if sale.training != self.config.training:
            mode = N_("in training mode") if sale.training else N_("with the real Clover account")
            raise CheckoutError(OTHER_MODE.format(mode=mode))

    async def _needs_attention(self, sale: Sale, message: str) -> None:
        sale.state = SaleState.NEEDS_ATTENTION
        sale.attention = message
        await self._asave(sale, f'needs attention: {message}')
        if outcomes.waits_for_clover(sale):  # a refusal for good waits for a manager only
            self._schedule_retry(sale.id)

    def _forget_cards(self, sale: Sale, *, keep_new_cards: bool = False) -> None:
        cards = self._cards.pop(sale.id, None)
        if keep_new_cards and cards is not None and cards.new_cards:
            self._cards[sale.id] = CardsInHand(new_cards=cards.new_cards)

    # -- automatic retries of what needs attention ---------------------------------------------

    def _schedule_retry(self, sale_id: str) -> None:
        running = self._retrying.get(sale_id)
        if running is not None and not running.done():
            return  # one retry loop per sale (a failed retry must not start a second one)
        task = asyncio.get_event_loop().create_task(self._retry_loop(sale_id))
        self._retrying[sale_id] = task
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(lambda done: self._retry_ended(sale_id, done))

    def _retry_ended(self, sale_id: str, task: asyncio.Task[None]) -> None:
        if self._retrying.get(sale_id) is task:
            del self._retrying[sale_id]

    async def _retry_loop(self, sale_id: str) -> None:
        delays = self.config.attention_delays or (60.0,)
        attempt = 0
        while True:
            await asyncio.sleep(delays[min(attempt, len(delays) - 1)])
            attempt += 1
            if self.busy:
                continue
            sale = self._live(sale_id)
            if sale.state is not SaleState.NEEDS_ATTENTION or not outcomes.waits_for_clover(sale):
                return
            try:
                with self._working():
                    await self.settle(sale)
            except CheckoutError:
                continue

    def _live(self, sale_id: str) -> Sale:
        """The in-memory sale if it is the current one (so the screen sees changes), else load."""
        if self.sale is not None and self.sale.id == sale_id:
            return self.sale
        return self.journal.load(sale_id)

    async def settle(self, sale: Sale) -> None:
        """Drive an unfinished sale to an end: finish it if its tenders cover the total, else
        reverse every tender (and always reverse it if a cancel was asked for)."""
        if sale.state is SaleState.OPEN and not sale.tenders:
            sale.state = SaleState.CANCELLED
            sale.finished_ms = self.journal.now_ms()
            await self._asave(sale, 'abandoned before any payment: nothing to reverse')
            return
        cards = self.cards_for(sale)
        if not sale.cancel_requested:
            for tender in sale.unsettled:
                await reconcile(self.steps, sale, tender, cards.sources.get(tender.id))
        paid = not sale.unsettled and sale.total > 0 and sale.paid >= sale.total
        if sale.cancel_requested or not paid:
            sale.cancel_requested = True
            await self._cancel(sale)
            return
        if sale.state is not SaleState.PAID:
            sale.state = SaleState.PAID
            await self._asave(sale, 'paid: tenders cover the total')
        await self._finish_paid(sale)

    async def aclose(self) -> None:
        """Stop the background retries (the journal keeps what they had left to do)."""
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
