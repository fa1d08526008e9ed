"""CloverClient: one thin async method per Clover Ecommerce and Gift Card endpoint."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from .base import BaseClient
from .calls import Auth, parse_model
from .cards import CardDetails, normalize_gift_card_number
from .crypto import CardEncryptionKey, key_from_keys_json
from .errors import CloverError, InvalidRequest, OutcomeUnknown
from .giftcards import GiftCardTransaction
from .models import BalanceInquiry, CardToken, Charge, ChargeList, GiftCardToken, Refund
from .orders import LineItem, Order, OrderReturn
from .transport import Host
from .validation import (
    check_access_code,
    check_amount,
    check_currency,
    check_description,
    check_ecomind,
    check_external_reference_id,
    check_id,
    check_idempotency_key,
    check_limit,
    check_promotion_code,
    check_refund_reason,
    check_security_code,
    check_source,
)

__all__ = ["CloverClient"]

_MAX_PAGES = 50


class CloverClient(BaseClient):
    """The Clover Ecommerce + Gift Card API. Use as `async with CloverClient(...) as api:`.

    Every POST carries an idempotency key (the caller's, or one made per call) that is the
    same on every retry. Inputs are checked before anything is sent (InvalidRequest).
    """

    # -- tokenization --------------------------------------------------------------------------

    async def fetch_encryption_key(self) -> CardEncryptionKey:
        """The TA public key (DEV or PROD per the hosts) from keys.json, fetched once."""
        if self._encryption_key is not None:
            return self._encryption_key
        async with self._key_lock:
            if self._encryption_key is None:
                path = urlsplit(self.hosts.keys_url).path  # for the log line only
                data = await self._request("GET", Host.KEYS, path, auth=Auth.NONE)
                self._encryption_key = key_from_keys_json(data, self.hosts.key_name)
            return self._encryption_key

    async def create_card_token(self, card: CardDetails) -> CardToken:
        """Encrypt the card number and trade the card for a single-use `clv_` token."""
        card.validate()
        key = await self.fetch_encryption_key()
        fields: dict[str, Any] = {
            "encrypted_pan": key.encrypt_pan(card.number),
            "first6": card.first6,
            "last4": card.last4,
            "exp_month": f"{card.exp_month:02d}",
            "exp_year": str(card.exp_year_4),
        }
        optional = {"cvv": card.cvv, "brand": card.brand, "name": card.name,
                    "address_zip": card.zip}
        fields.update({name: value for name, value in optional.items() if value})
        data = await self._request("POST", Host.TOKEN, "/v1/tokens", body={"card": fields},
                                   auth=Auth.APIKEY, mutating=False)
        return parse_model(CardToken.from_json, data, mutating=False)

    async def create_gift_card_token(
        self,
        number: str,
        security_code: str | None = None,
        foreign_access_code: str | None = None,
    ) -> GiftCardToken:
        """A single-use `clv_` token for a gift card (number of 6, 13, 16 or 19 digits)."""
        fields: dict[str, str] = {"number": normalize_gift_card_number(number)}
        codes = {"security_code": check_security_code(security_code),
                 "foreign_access_code": check_access_code(foreign_access_code)}
        fields.update({name: code for name, code in codes.items() if code is not None})
        data = await self._request("POST", Host.TOKEN, "/v1/tokens", body={"gift_card": fields},
                                   auth=Auth.APIKEY, mutating=False)
        return parse_model(GiftCardToken.from_json, data, mutating=False)

    # -- gift cards ----------------------------------------------------------------------------

    async def activate_virtual(
        self, promotion_code: str, amount: int | None = None, currency: str = "usd",
        idempotency_key: str | None = None,
    ) -> GiftCardTransaction:
        """Create and activate a virtual card; its number and code are in `new_card`, once."""
        body = {"promotion_code": check_promotion_code(promotion_code)}
        return await self._gift_card_post("/v1/activate", body, amount, currency, idempotency_key)

    async def activate_physical(
        self, source: str, amount: int | None = None, currency: str = "usd",
        idempotency_key: str | None = None,
    ) -> GiftCardTransaction:
        """Activate an inactive physical card (its gift card token)."""
        return await self._gift_card_post(
            "/v1/activate", {"source": check_source(source)}, amount, currency, idempotency_key
        )

    async def reload(
        self, source: str, amount: int, currency: str = "usd", idempotency_key: str | None = None
    ) -> GiftCardTransaction:
        """Add value to an active card."""
        check_amount(amount)
        return await self._gift_card_post(
            "/v1/reload", {"source": check_source(source)}, amount, currency, idempotency_key
        )

    async def cashout(self, source: str, idempotency_key: str | None = None) -> GiftCardTransaction:
        """Pay out a card's whole balance (the answer's `amount`); the balance becomes 0."""
        return await self._gift_card_post(
            "/v1/cashout", {"source": check_source(source)}, None, None, idempotency_key
        )

    async def balance_inquiry(self, source: str) -> BalanceInquiry:
        """A card's balance and locked amount (a read: a lost answer is just no answer)."""
        data = await self._request("POST", Host.SCL, "/v1/balance_inquiry",
                                   body={"source": check_source(source)}, mutating=False)
        return parse_model(BalanceInquiry.from_json, data, mutating=False)

    async def _gift_card_post(
        self, path: str, body: dict[str, Any], amount: int | None, currency: str | None,
        idempotency_key: str | None,
    ) -> GiftCardTransaction:
        if amount is not None:
            body["amount"] = check_amount(amount)
            body["currency"] = check_currency(currency or "usd")
        data = await self._request("POST", Host.SCL, path, body=body,
                                   idempotency_key=check_idempotency_key(idempotency_key))
        return parse_model(GiftCardTransaction.from_json, data, mutating=True)

    # -- charges -------------------------------------------------------------------------------

    async def create_charge(
        self,
        source: str,
        amount: int,
        currency: str,
        *,
        capture: bool = True,
        partial_redemption: bool | None = None,
        external_reference_id: str | None = None,
        description: str | None = None,
        ecomind: str | None = None,
        idempotency_key: str | None = None,
    ) -> Charge:
        """Charge a card or redeem a gift card; `capture=False` authorizes (a gift card hold)."""
        body = _payment_body(source, amount, currency, capture=capture,
                             partial_redemption=partial_redemption,
                             external_reference_id=external_reference_id, description=description)
        if ecomind is not None:
            body["ecomind"] = check_ecomind(ecomind)
        data = await self._request("POST", Host.SCL, "/v1/charges", body=body,
                                   idempotency_key=check_idempotency_key(idempotency_key))
        return parse_model(Charge.from_json, data, mutating=True)

    async def capture_charge(
        self, charge_id: str, amount: int | None = None, idempotency_key: str | None = None
    ) -> Charge:
        """Capture an authorization; on a gift card hold, `amount=0` releases it untouched."""
        body: dict[str, Any] = {}
        if amount is not None:
            body["amount"] = check_amount(amount, allow_zero=True)
        data = await self._request(
            "POST", Host.SCL, f"/v1/charges/{check_id(charge_id, 'charge')}/capture", body=body,
            idempotency_key=check_idempotency_key(idempotency_key),
        )
        return parse_model(Charge.from_json, data, mutating=True)

    async def get_charge(self, charge_id: str) -> Charge:
        data = await self._request("GET", Host.SCL, f"/v1/charges/{check_id(charge_id, 'charge')}")
        return parse_model(Charge.from_json, data, mutating=False)

    async def list_charges(
        self,
        *,
        created_gte: int | None = None,
        created_lte: int | None = None,
        limit: int = 100,
        starting_after: str | None = None,
    ) -> ChargeList:
        """One page of charges, newest first; `created_*` are epoch milliseconds."""
        params: dict[str, str | int] = {"limit": check_limit(limit)}
        if created_gte is not None:
            params["created[gte]"] = int(created_gte)
        if created_lte is not None:
            params["created[lte]"] = int(created_lte)
        if starting_after is not None:
            params["starting_after"] = check_id(starting_after, "starting_after")
        data = await self._request("GET", Host.SCL, "/v1/charges", params=params)
        return parse_model(ChargeList.from_json, data, mutating=False)

    async def find_charges_by_reference(
        self, external_reference_id: str, *, created_gte: int, amount: int | None = None
    ) -> list[Charge]:
        """Every charge since `created_gte` (ms) with this reference (and amount), newest first."""
        check_external_reference_id(external_reference_id)
        found: list[Charge] = []
        cursor: str | None = None
        for _ in range(_MAX_PAGES):
            page = await self.list_charges(created_gte=created_gte, starting_after=cursor)
            found.extend(
                charge for charge in page.data
                if charge.external_reference_id == external_reference_id
                and (amount is None or charge.amount == amount)
            )
            if not page.has_more or not page.data or page.data[-1].id == cursor:
                break
            cursor = page.data[-1].id
        return found

    async def find_charge_by_reference(
        self, external_reference_id: str, *, created_gte: int, amount: int | None = None
    ) -> Charge | None:
        """The newest charge with this reference since `created_gte` (ms), or None."""
        found = await self.find_charges_by_reference(
            external_reference_id, created_gte=created_gte, amount=amount
        )
        return found[0] if found else None

    # -- orders --------------------------------------------------------------------------------

    async def create_order(
        self,
        items: list[LineItem],
        currency: str,
        *,
        external_reference_id: str | None = None,
        description: str | None = None,
        idempotency_key: str | None = None,
    ) -> Order:
        """An order of `items` (the tax as an item of type `tax`): its total is their sum."""
        if not items:
            raise InvalidRequest("An order needs at least one item", code="missing",
                                 type="invalid_request_error", param="items",
                                 user_message="Add an item first.")
        currency = check_currency(currency)
        lines = []
        for item in items:
            check_amount(item.amount, allow_zero=True, param="items")
            check_description(item.description)
            lines.append(item.to_json(currency))
        body: dict[str, Any] = {"currency": currency, "items": lines}
        optional = {"external_reference_id": check_external_reference_id(external_reference_id),
                    "description": check_description(description)}
        body.update({name: value for name, value in optional.items() if value is not None})
        data = await self._request("POST", Host.SCL, "/v1/orders", body=body,
                                   idempotency_key=check_idempotency_key(idempotency_key))
        return parse_model(Order.from_json, data, mutating=True)

    async def pay_order(
        self,
        order_id: str,
        source: str,
        amount: int,
        currency: str,
        *,
        capture: bool = True,
        partial_redemption: bool | None = None,
        external_reference_id: str | None = None,
        description: str | None = None,
        idempotency_key: str | None = None,
    ) -> Charge:
        """Pay part of an order with a card or gift card token: the payment (a charge of the
        order) that this call made. `capture=False` holds it, as a charge does."""
        body = _payment_body(source, amount, currency, capture=capture,
                             partial_redemption=partial_redemption,
                             external_reference_id=external_reference_id, description=description)
        path = f"/v1/orders/{check_id(order_id, 'order')}/pay"
        key = check_idempotency_key(idempotency_key)
        data = await self._request("POST", Host.SCL, path, body=body, idempotency_key=key)
        order = parse_model(Order.from_json, data, mutating=True)
        payment = order.payment(order.charge_id)
        if payment is not None:
            return payment
        # Clover's order object documents `charge` but not the sandbox's `payments`: read it.
        if order.charge_id is None:
            raise OutcomeUnknown("Clover's answer to an order payment names no charge",
                                 idempotency_key=key)
        try:
            return await self.get_charge(order.charge_id)
        except CloverError as exc:  # the payment went through; what it took is not known yet
            raise OutcomeUnknown(f"The order's payment could not be read: {exc.message}",
                                 charge_id=order.charge_id, idempotency_key=key) from exc

    async def get_order(self, order_id: str) -> Order:
        data = await self._request("GET", Host.SCL, f"/v1/orders/{check_id(order_id, 'order')}")
        return parse_model(Order.from_json, data, mutating=False)

    async def return_order(
        self, order_id: str, parents: list[str] | None = None, idempotency_key: str | None = None
    ) -> OrderReturn:
        """Return the items named by `parent` (one each), or the whole order: its payments are
        refunded by what the items were worth."""
        body: dict[str, Any] = {}
        if parents is not None:
            body["items"] = [{"parent": check_id(parent, "parent")} for parent in parents]
        path = f"/v1/orders/{check_id(order_id, 'order')}/returns"
        data = await self._request("POST", Host.SCL, path, body=body,
                                   idempotency_key=check_idempotency_key(idempotency_key))
        return parse_model(OrderReturn.from_json, data, mutating=True)

    # -- refunds -------------------------------------------------------------------------------

    async def create_refund(
        self,
        charge_id: str,
        amount: int | None = None,
        reason: str | None = None,
        external_reference_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Refund:
        """Refund (or, soon enough, void) a charge; also voids a reload/activation/cashout id."""
        body: dict[str, Any] = {"charge": check_id(charge_id, "charge")}
        if amount is not None:
            body["amount"] = check_amount(amount)
        optional = {"reason": check_refund_reason(reason),
                    "external_reference_id": check_external_reference_id(external_reference_id)}
        body.update({name: value for name, value in optional.items() if value is not None})
        data = await self._request("POST", Host.SCL, "/v1/refunds", body=body,
                                   idempotency_key=check_idempotency_key(idempotency_key))
        return parse_model(Refund.from_json, data, mutating=True)

    async def get_refund(self, refund_id: str) -> Refund:
        data = await self._request("GET", Host.SCL, f"/v1/refunds/{check_id(refund_id, 'refund')}")
        return parse_model(Refund.from_json, data, mutating=False)

    async def cancel_refund(
        self, refund_id: str, reason: str = "USER_CANCEL", idempotency_key: str | None = None
    ) -> Refund:
        """Void a gift card refund or reload within 24 hours (`object` is void_on_refund)."""
        path = f"/v1/refunds/{check_id(refund_id, 'refund')}/cancel"
        data = await self._request("POST", Host.SCL, path, body={"reason": reason},
                                   idempotency_key=check_idempotency_key(idempotency_key))
        return parse_model(Refund.from_json, data, mutating=True)


def _payment_body(
    source: str, amount: int, currency: str, *, capture: bool, partial_redemption: bool | None,
    external_reference_id: str | None, description: str | None,
) -> dict[str, Any]:
    """The checked body of a payment, as a charge and an order's pay take it alike."""
    body: dict[str, Any] = {
        "source": check_source(source),
        "amount": check_amount(amount),
        "currency": check_currency(currency),
        "capture": bool(capture),
    }
    optional = {
        "partial_redemption": partial_redemption,
        "external_reference_id": check_external_reference_id(external_reference_id),
        "description": check_description(description),
    }
    body.update({name: value for name, value in optional.items() if value is not None})
    return body
