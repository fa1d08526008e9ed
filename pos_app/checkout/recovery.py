"""At start-up: settle every sale the journal left unfinished, and report what was done."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from pos_app.domain.sale import Sale, SaleState
from pos_app.lang import N_, phrase

from .context import CheckoutError
from .controller import CheckoutController

__all__ = ["RecoveryAction", "recover"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RecoveryAction:
    """One unfinished sale found at start-up and how it ended."""

    sale_id: str
    number: int
    total: str
    before: SaleState
    after: SaleState
    message: str

    @property
    def needs_manager(self) -> bool:
        return self.after is SaleState.NEEDS_ATTENTION


async def recover(checkout: CheckoutController) -> list[RecoveryAction]:
    """Complete or reverse each unfinished sale; what happened, oldest sale first.

    A sale rung up in the other mode (training, or a real Clover account) is left as it is:
    its payments live on the other gateway, and asking this one about them would settle
    them wrongly. It is recovered when the register runs in its mode again.
    """
    actions = []
    training = checkout.config.training
    for sale in checkout.journal.unfinished():
        if sale.training != training:
            log.info("recovery: sale #%d was rung up in %s mode: left for that mode",
                     sale.number, "training" if sale.training else "real")
            continue
        before = sale.state
        try:
            with checkout._working():
                await checkout.settle(sale)
        except CheckoutError as exc:
            sale.attention = exc.user_message
        actions.append(RecoveryAction(sale.id, sale.number, sale.fmt(sale.total), before,
                                      sale.state, _describe(sale)))
        log.info("recovery: sale #%d %s -> %s", sale.number, before.value, sale.state.value)
    return actions


def _describe(sale: Sale) -> str:
    if sale.state is SaleState.COMPLETED:
        return phrase(
            N_("Sale #{number} was paid: finished it ({amount})."),
            number=sale.number,
            amount=sale.fmt(sale.total),
        )
    if sale.state is SaleState.CANCELLED:
        if not sale.tenders:
            return phrase(N_('Sale #{number} had no payments: discarded it.'), number=sale.number)
        return phrase(
            N_("Sale #{number} wasn't paid in full: reversed every payment."), number=sale.number
        )
    return phrase(
        N_("Sale #{number} needs a manager: {value}"),
        number=sale.number,
        value=sale.attention or "retrying",
    )
