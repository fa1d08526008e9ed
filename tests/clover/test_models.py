"""The docs' example answers (clover-docs/001) parse into what a cashier's screen needs."""

from __future__ import annotations

from datetime import date

import pytest

from pos_app.clover import (
    BalanceInquiry,
    CardToken,
    Charge,
    ChargeList,
    GiftCardToken,
    GiftCardTransaction,
    PakmsKey,
    Refund,
)
from pos_app.clover._json import ModelError
from pos_app.clover.cards import CardDetails

VIRTUAL_ACTIVATION = {
    "id": "ABC123DE45F6G", "amount": 5000, "ref_num": "022001",
    "outcome": {"network_status": "approved_by_network", "type": "authorized"},
    "paid": True, "status": "succeeded", "source": {"last4": "0266"},
    "gift_card": {"security_card_value": "75537209", "expiration_date": "3025-01-01",
                  "number": "7777373144600266", "previous_balance": 0, "new_balance": 5000},
}
PHYSICAL_ACTIVATION = {
    "id": "ABC123DE45F6G", "amount": 5000, "ref_num": "201108",
    "outcome": {"network_status": "approved_by_network", "type": "authorized"},
    "paid": True, "status": "succeeded", "source": {"last4": "9585"},
    "gift_card": {"expiration_date": "3025-01-01", "previous_balance": 0, "new_balance": 5000},
}
RELOAD = {
    "id": "ABC123DE45F6G", "amount": 500, "ref_num": "151415",
    "outcome": {"network_status": "approved_by_network", "type": "authorized"},
    "paid": True, "status": "succeeded",
    "source": {"id": "clv_1TSxxxxxx2S71ECrva7", "last4": "5003"},
    "gift_card": {"expiration_date": "3025-01-01", "previous_balance": 92, "new_balance": 592},
}
BALANCE = {
    "status": "succeeded",
    "gift_card": {"expiration_date": "2025-01-01", "previous_balance": 5000, "new_balance": 5000,
                  "lock_amount": 0},
}
MULTI_LOCK_HOLD = {
    "id": "ABC123DE45F6G", "amount": 100, "payment_method_details": "giftCard",
    "amount_refunded": 0, "captured": False, "ref_num": "151520",
    "outcome": {"network_status": "approved_by_network", "type": "authorized"},
    "status": "succeeded", "source": {"id": "clv_1TSxxxxxx2S71ECrva7", "last4": "5003"},
    "partial_auth": True,
    "gift_card": {"expiration_date": "2025-01-01", "previous_balance": 592, "new_balance": 492,
                  "lock_id": 251},
}
REDEEM_SUFFICIENT = {
    "id": "ABC123DE45F6G", "amount": 100, "payment_method_details": "giftCard",
    "amount_refunded": 0, "captured": True, "ref_num": "308196",
    "outcome": {"network_status": "approved_by_network", "type": "authorized"},
    "paid": True, "status": "succeeded",
    "source": {"id": "clv_1TSxxxxxx2S71ECrva7", "last4": "5003"}, "partial_auth": True,
    "gift_card": {"expiration_date": "2025-01-01", "previous_balance": 500, "new_balance": 400},
}
REDEEM_INSUFFICIENT = {
    "id": "CKK5GVZBHB1GA", "amount": 10, "payment_method_details": "giftCard",
    "amount_refunded": 0, "currency": "usd", "created": 1681705896145, "captured": True,
    "ref_num": "308942", "auth_code": "445869",
    "warning_message": "partial_redemption should be true for gift card",
    "outcome": {"network_status": "approved_by_network", "type": "authorized"},
    "paid": True, "status": "succeeded",
    "source": {"id": "clv_1TSxxxxxx2S71ECrva7", "last4": "5003"},
    "gift_card": {"expiration_date": "2025-01-01", "previous_balance": 500, "new_balance": 400},
}
UNLOCK_CAPTURE = {
    "id": "ABC123DE45F6G", "amount": 100, "payment_method_details": "giftCard",
    "currency": "usd", "created": 1680800253000, "captured": False, "ref_num": "151528",
    "auth_code": "753947", "order": "3D7T140NCZ3Z0",
    "outcome": {"network_status": "approved_by_network", "type": "authorized"},
    "paid": True, "status": "succeeded",
    "source": {"id": "clv_1TSTSBAjam8Fqo1ju5iNq1Tt", "brand": "GIFT_CARD", "first6": "777732",
               "last4": "5003"},
    "gift_card": {"expiration_date": "2025-01-01", "previous_balance": 592, "new_balance": 492,
                  "lock_amount": 0, "lock_id": 251},
}
VOID_OF_REFUND = {
    "id": "ABC123DE45F6G", "object": "void_on_refund", "amount": 100, "charge": "1ABCDEF23GHIJ",
    "status": "succeeded",
    "metadata": {"refundType": "VOID", "authCode": "660762", "refNum": "125057",
                 "gatewayResponseCode": "00"},
    "gift_card": {"expiration_date": "2025-01-01", "previous_balance": 400, "new_balance": 300,
                  "lock_amount": 0},
}
VOID_OF_RELOAD = {
    "id": "ABC123DE45F6G", "object": "refund", "amount": 500, "charge": "1ABCDEF23GHIJ",
    "created": 1681702944579, "status": "succeeded",
    "metadata": {"refundType": "VOID", "authCode": "603796", "refNum": "307916",
                 "gatewayResponseCode": "00"},
    "gift_card": {"expiration_date": "2025-01-01", "previous_balance": 500, "new_balance": 0,
                  "lock_amount": 0},
}


def test_virtual_activation_holds_the_new_card_once_and_hides_it_in_repr():
    txn = GiftCardTransaction.from_json(VIRTUAL_ACTIVATION)
    assert txn.approved
    assert txn.amount == 5000
    assert txn.last4 == "0266"
    assert txn.new_card is not None
    assert txn.new_card.number == "7777373144600266"
    assert txn.new_card.security_code == "75537209"
    assert txn.gift_card is not None
    assert txn.gift_card.new_balance == 5000
    assert txn.gift_card.expiration_date == "3025-01-01"
    text = repr(txn) + str(txn.new_card)
    assert "7777373144600266" not in text
    assert "75537209" not in text
    assert "****0266" in text


def test_physical_activation_and_reload():
    activation = GiftCardTransaction.from_json(PHYSICAL_ACTIVATION)
    assert activation.new_card is None
    assert activation.last4 == "9585"
    reload = GiftCardTransaction.from_json(RELOAD)
    assert reload.gift_card is not None
    assert (reload.gift_card.previous_balance, reload.gift_card.new_balance) == (92, 592)
    assert "clv_" not in repr(reload)


def test_balance_inquiry():
    balance = BalanceInquiry.from_json(BALANCE)
    assert (balance.balance, balance.lock_amount, balance.available) == (5000, 0, 5000)


def test_available_balance_leaves_out_locked_funds():
    balance = BalanceInquiry.from_json(
        {"status": "succeeded", "gift_card": {"new_balance": 5000, "lock_amount": 1200}}
    )
    assert balance.available == 3800


def test_multi_lock_hold_without_paid_is_an_approved_authorization():
    hold = Charge.from_json(MULTI_LOCK_HOLD)
    assert hold.is_gift_card
    assert hold.captured is False
    assert hold.paid is None
    assert hold.gift_card is not None
    assert hold.gift_card.lock_id == 251
    assert hold.approved
    assert hold.approved_for(amount=100, capture=False)
    assert not hold.approved_for(amount=100, capture=True)


def test_gift_card_redeem_and_partial_redeem():
    full = Charge.from_json(REDEEM_SUFFICIENT)
    assert full.approved_for(amount=100, capture=True)
    partial = Charge.from_json(REDEEM_INSUFFICIENT)
    assert partial.amount == 10
    assert partial.currency == "usd"
    assert partial.created == 1681705896145
    assert partial.warning_message == "partial_redemption should be true for gift card"
    assert partial.approved_for(amount=100, capture=True)  # a gift card may pay less


def test_unlock_capture():
    capture = Charge.from_json(UNLOCK_CAPTURE)
    assert capture.brand == "GIFT_CARD"
    assert capture.first6 == "777732"
    assert capture.last4 == "5003"
    assert capture.order_id == "3D7T140NCZ3Z0"
    assert capture.auth_code == "753947"
    assert capture.gift_card is not None
    assert capture.gift_card.lock_amount == 0


def test_voids_of_a_refund_and_of_a_reload():
    void = Refund.from_json(VOID_OF_REFUND)
    assert void.object == "void_on_refund"
    assert void.refund_type == "VOID"
    assert void.succeeded
    assert (void.charge_id, void.auth_code, void.ref_num) == ("1ABCDEF23GHIJ", "660762", "125057")
    assert void.gift_card is not None
    assert void.gift_card.new_balance == 300
    reload_void = Refund.from_json(VOID_OF_RELOAD)
    assert reload_void.created == 1681702944579
    assert reload_void.amount == 500


def test_a_card_charge_must_match_the_amount_exactly():
    charge = Charge.from_json({"id": "C1", "amount": 900, "paid": True, "status": "succeeded",
                               "captured": True, "payment_method_details": "card"})
    assert charge.approved
    assert not charge.approved_for(amount=1000, capture=True)


@pytest.mark.parametrize(
    "changes",
    [{"status": "failed"}, {"paid": False}, {"failure_code": "card_declined"}, {"status": None}],
)
def test_a_charge_that_is_not_paid_and_succeeded_is_not_approved(changes: dict[str, object]):
    data = {"id": "C1", "amount": 1000, "paid": True, "status": "succeeded", "captured": True,
            **changes}
    assert not Charge.from_json(data).approved


def test_doc_style_strings_for_numbers_and_booleans_are_read():
    charge = Charge.from_json({"id": "C1", "amount": "100", "captured": "false", "paid": "true",
                               "status": "succeeded", "currency": "USD",
                               "gift_card": {"new_balance": "492", "lock_id": "251"}})
    assert charge.amount == 100
    assert charge.captured is False
    assert charge.paid is True
    assert charge.currency == "usd"
    assert charge.gift_card is not None
    assert charge.gift_card.lock_id == 251


def test_tokens_and_keys():
    card = CardToken.from_json({"id": "clv_1ABCDefgHI23jKL4m5nOPqR", "object": "token",
                                "card": {"exp_month": "12", "exp_year": "2025",
                                         "first6": "542418", "last4": "3333", "brand": "VISA"}})
    assert (card.brand, card.first6, card.last4) == ("VISA", "542418", "3333")
    gift = GiftCardToken.from_json({"id": "clv_1TSxxxxxx2S71ECrva7", "object": "token",
                                    "giftCard": {"last4": "1066"}})
    assert gift.last4 == "1066"
    pakms = PakmsKey.from_json({"active": True, "apiAccessKey": "af4e0000d145",
                                "createdTime": 1722230745532, "merchantUuid": "6X91"})
    assert pakms.api_access_key == "af4e0000d145"
    assert pakms.created_time == 1722230745532
    text = repr(card) + repr(gift) + repr(pakms)
    assert "clv_" not in text
    assert "af4e0000d145" not in text


def test_charge_list_and_missing_ids():
    page = ChargeList.from_json({"object": "list", "data": [REDEEM_SUFFICIENT, "junk"],
                                 "has_more": True})
    assert [c.id for c in page.data] == ["ABC123DE45F6G"]
    assert page.has_more
    with pytest.raises(ModelError):
        Charge.from_json({"amount": 100})


def test_a_card_is_good_through_the_last_day_of_its_expiry_month() -> None:
    card = CardDetails("4111111111111111", 6, 26)
    assert not card.expired(date(2026, 6, 30))
    assert card.expired(date(2026, 7, 1))
    assert CardDetails("4111111111111111", 12, 2025).expired(date(2026, 1, 1))
