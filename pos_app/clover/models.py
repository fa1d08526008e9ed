"""Typed, immutable views of Clover's answers, parsed tolerantly from JSON."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._json import get_bool, get_dict, get_int, get_list, get_str, require_str

__all__ = [
    "BalanceInquiry",
    "CardToken",
    "Charge",
    "ChargeList",
    "GiftCardBalances",
    "GiftCardToken",
    "PakmsKey",
    "Refund",
]

Json = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class PakmsKey:
    """The merchant's public PAKMS key (`apiAccessKey`), sent as `apikey` to /v1/tokens."""

    api_access_key: str = field(repr=False)
    active: bool | None = None
    merchant_uuid: str | None = None
    developer_app_uuid: str | None = None
    created_time: int | None = None
    modified_time: int | None = None

    @classmethod
    def from_json(cls, data: Json) -> PakmsKey:
        return cls(
            api_access_key=require_str(data, "apiAccessKey", "api_access_key"),
            active=get_bool(data, "active"),
            merchant_uuid=get_str(data, "merchantUuid"),
            developer_app_uuid=get_str(data, "developerAppUuid"),
            created_time=get_int(data, "createdTime"),
            modified_time=get_int(data, "modifiedTime"),
        )


@dataclass(frozen=True, slots=True)
class CardToken:
    """A single-use `clv_` token for a credit or debit card."""

    id: str = field(repr=False)
    brand: str | None = None
    first6: str | None = None
    last4: str | None = None
    exp_month: str | None = None
    exp_year: str | None = None

    @classmethod
    def from_json(cls, data: Json) -> CardToken:
        card = get_dict(data, "card")
        return cls(
            id=require_str(data, "id"),
            brand=get_str(card, "brand"),
            first6=get_str(card, "first6"),
            last4=get_str(card, "last4"),
            exp_month=get_str(card, "exp_month"),
            exp_year=get_str(card, "exp_year"),
        )


@dataclass(frozen=True, slots=True)
class GiftCardToken:
    """A single-use `clv_` token for a gift card (Clover answers `giftCard`, camelCase)."""

    id: str = field(repr=False)
    last4: str | None = None

    @classmethod
    def from_json(cls, data: Json) -> GiftCardToken:
        card = get_dict(data, "giftCard", "gift_card")
        return cls(id=require_str(data, "id"), last4=get_str(card, "last4"))


@dataclass(frozen=True, slots=True)
class GiftCardBalances:
    """A gift card's balances after an operation, in cents."""

    previous_balance: int | None = None
    new_balance: int | None = None
    lock_amount: int = 0
    lock_id: int | None = None
    expiration_date: str | None = None  # shown, never enforced

    @property
    def available(self) -> int | None:
        """What can still be spent: the balance less what active holds lock.

        A hold's answer (Clover's multi-lock example) already subtracts the hold from
        `new_balance` and sends no `lock_amount`; the other answers (balance inquiry, redemption,
        capture) count locked funds in `new_balance` and send them as `lock_amount`. Either way,
        `new_balance - lock_amount` is what the card can spend (docs/sandbox.md).
        """
        if self.new_balance is None:
            return None
        return max(0, self.new_balance - self.lock_amount)

    @classmethod
    def from_json(cls, data: Json) -> GiftCardBalances:
        return cls(
            previous_balance=get_int(data, "previous_balance", "previousBalance"),
            new_balance=get_int(data, "new_balance", "newBalance"),
            lock_amount=get_int(data, "lock_amount", "lockAmount") or 0,
            lock_id=get_int(data, "lock_id", "lockId"),
            expiration_date=get_str(data, "expiration_date", "expirationDate"),
        )

    @classmethod
    def maybe(cls, data: Json) -> GiftCardBalances | None:
        card = get_dict(data, "gift_card", "giftCard")
        return cls.from_json(card) if card else None


@dataclass(frozen=True, slots=True)
class Charge:
    """A card or gift card charge (also a multi-lock hold when `captured` is False)."""

    id: str
    amount: int | None = None  # on a gift card, what was actually redeemed or held
    currency: str | None = None
    created: int | None = None  # milliseconds
    captured: bool | None = None
    paid: bool | None = None
    status: str | None = None
    amount_refunded: int = 0
    refunded: bool | None = None
    ref_num: str | None = None
    auth_code: str | None = None
    brand: str | None = None
    first6: str | None = None
    last4: str | None = None
    payment_method_details: str | None = None
    partial_auth: bool | None = None
    warning_message: str | None = None
    failure_code: str | None = None
    failure_message: str | None = None
    external_reference_id: str | None = None
    description: str | None = None
    order_id: str | None = None
    outcome_network_status: str | None = None
    outcome_type: str | None = None
    gift_card: GiftCardBalances | None = None

    @property
    def is_gift_card(self) -> bool:
        return (
            (self.payment_method_details or "").lower() in ("giftcard", "gift_card")
            or (self.brand or "").upper() == "GIFT_CARD"
            or self.gift_card is not None
        )

    @property
    def approved(self) -> bool:
        """Clover approved it: `status` succeeded and `paid` true (facts §4.6 item 6).

        Clover's own hold example omits `paid`; then an `authorized` outcome stands in for it.
        Whether it was captured and for how much is `approved_for`'s business.
        """
        if self.status != "succeeded" or self.failure_code:
            return False
        if self.paid is None:
            return self.outcome_type == "authorized"
        return self.paid

    def approved_for(self, *, amount: int, capture: bool) -> bool:
        """Approved, captured if a capture was asked for, and for the right amount.

        A card must match `amount` exactly; a gift card may approve less (its balance).
        """
        if not self.approved or self.amount is None:
            return False
        if capture and self.captured is not True:
            return False
        if self.is_gift_card:
            return 0 < self.amount <= amount
        return self.amount == amount

    @classmethod
    def from_json(cls, data: Json) -> Charge:
        source = get_dict(data, "source")
        outcome = get_dict(data, "outcome")
        return cls(
            id=require_str(data, "id"),
            amount=get_int(data, "amount"),
            currency=(get_str(data, "currency") or "").lower() or None,
            created=get_int(data, "created"),
            captured=get_bool(data, "captured"),
            paid=get_bool(data, "paid"),
            status=get_str(data, "status"),
            amount_refunded=get_int(data, "amount_refunded") or 0,
            refunded=get_bool(data, "refunded"),
            ref_num=get_str(data, "ref_num"),
            auth_code=get_str(data, "auth_code"),
            brand=get_str(source, "brand"),
            first6=get_str(source, "first6"),
            last4=get_str(source, "last4"),
            payment_method_details=get_str(data, "payment_method_details"),
            partial_auth=get_bool(data, "partial_auth"),
            warning_message=get_str(data, "warning_message"),
            failure_code=get_str(data, "failure_code"),
            failure_message=get_str(data, "failure_message"),
            external_reference_id=get_str(data, "external_reference_id"),
            description=get_str(data, "description"),
            order_id=get_str(data, "order"),
            outcome_network_status=get_str(outcome, "network_status"),
            outcome_type=get_str(outcome, "type"),
            gift_card=GiftCardBalances.maybe(data),
        )


@dataclass(frozen=True, slots=True)
class ChargeList:
    """One page of `GET /v1/charges`, newest first."""

    data: tuple[Charge, ...]
    has_more: bool = False

    @classmethod
    def from_json(cls, data: Json) -> ChargeList:
        items = tuple(Charge.from_json(item) for item in get_list(data, "data")
                      if isinstance(item, dict))
        return cls(data=items, has_more=bool(get_bool(data, "has_more")))


@dataclass(frozen=True, slots=True)
class Refund:
    """A refund, a void (`refund_type` VOID) or a void of a refund (`object` void_on_refund)."""

    id: str
    object: str | None = None
    amount: int | None = None
    charge_id: str | None = None
    created: int | None = None
    status: str | None = None
    refund_type: str | None = None  # "VOID" or "REFUND"
    auth_code: str | None = None
    ref_num: str | None = None
    gateway_response_code: str | None = None
    gift_card: GiftCardBalances | None = None

    @property
    def succeeded(self) -> bool:
        return self.status == "succeeded"

    @classmethod
    def from_json(cls, data: Json) -> Refund:
        meta = get_dict(data, "metadata")
        refund_type = get_str(meta, "refundType", "refund_type")
        return cls(
            id=require_str(data, "id"),
            object=get_str(data, "object"),
            amount=get_int(data, "amount"),
            charge_id=get_str(data, "charge"),
            created=get_int(data, "created"),
            status=get_str(data, "status"),
            refund_type=refund_type.upper() if refund_type else None,
            auth_code=get_str(meta, "authCode", "auth_code") or get_str(data, "auth_code"),
            ref_num=get_str(meta, "refNum", "ref_num") or get_str(data, "ref_num"),
            gateway_response_code=get_str(meta, "gatewayResponseCode"),
            gift_card=GiftCardBalances.maybe(data),
        )


@dataclass(frozen=True, slots=True)
class BalanceInquiry:
    """A gift card's balance, and how much of it active holds lock."""

    status: str | None
    gift_card: GiftCardBalances

    @property
    def balance(self) -> int | None:
        return self.gift_card.new_balance

    @property
    def lock_amount(self) -> int:
        return self.gift_card.lock_amount

    @property
    def available(self) -> int | None:
        return self.gift_card.available

    @classmethod
    def from_json(cls, data: Json) -> BalanceInquiry:
        return cls(
            status=get_str(data, "status"),
            gift_card=GiftCardBalances.from_json(get_dict(data, "gift_card", "giftCard")),
        )
