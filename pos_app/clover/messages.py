"""What a cashier is told for each Clover error code: short, actionable, no jargon."""

from __future__ import annotations

__all__ = ["DECLINE_MESSAGES", "REQUEST_MESSAGES", "message_for"]

ANOTHER_CARD = "ask for another card or another way to pay."

# card_error: looked up by decline code first, then by error code.
DECLINE_MESSAGES: dict[str, str] = {
    "card_declined": f"Card declined — {ANOTHER_CARD}",
    "generic_decline": f"Card declined — {ANOTHER_CARD}",
    "do_not_honor": f"Card declined by the bank — {ANOTHER_CARD}",
    "insufficient_funds": f"Not enough funds on the card — {ANOTHER_CARD}",
    "expired_card": f"Card expired — {ANOTHER_CARD}",
    "incorrect_cvc": "Security code (CVV) is wrong — enter it again or ask for another card.",
    "invalid_cvc": "Security code (CVV) is wrong — enter it again or ask for another card.",
    "incorrect_number": "Card number is wrong — swipe the card again or re-enter the number.",
    "invalid_number": "Card number is wrong — swipe the card again or re-enter the number.",
    "invalid_expiry_month": "Expiry date is wrong — enter it again as MM/YY.",
    "invalid_expiry_year": "Expiry date is wrong — enter it again as MM/YY.",
    "invalid_card_type": f"This card type isn't accepted — {ANOTHER_CARD}",
    "lost_card": f"Card declined — {ANOTHER_CARD}",
    "stolen_card": f"Card declined — {ANOTHER_CARD}",
    "pickup_card": f"Card declined — {ANOTHER_CARD}",
    "processing_error": "Clover couldn't process the card — try again, or use another card.",
    # Gift cards (no codes are documented by Clover; these are the sandbox's).
    "card_not_found": "Gift card not found — swipe it again or check the number.",
    "card_closed": "This gift card is closed — ask for another way to pay.",
    "card_inactive": "This gift card isn't activated — sell or activate it first.",
    "invalid_security_code": "Gift card security code is wrong — enter it again.",
    "invalid_access_code": "Gift card access code is wrong — enter it again.",
    "already_active": "This gift card is already active — use Reload to add value.",
    "balance_limit_exceeded": "That would put the gift card over its limit — use a smaller amount.",
    "funds_locked": "Part of this gift card is on hold for a sale — finish or cancel that first.",
}

# invalid_request_error and friends, looked up by error code.
REQUEST_MESSAGES: dict[str, str] = {
    "token_already_used": "This card read was already used — swipe the card again.",
    "amount_too_large": "Amount is too large — Clover accepts at most $999,999.99.",
    "invalid_charge_amount": "That amount isn't allowed here — check the amount and try again.",
    "resource_missing": "Clover has no record of that payment.",
    "charge_already_captured": "This payment was already completed.",
    "charge_already_refunded": "This payment was already refunded in full.",
    "charge_expired_for_capture": "The gift card hold expired — run the gift card again.",
    "refund_already_canceled": "This refund was already voided.",
    "void_window_expired": "Too late to void (more than 24 hours) — do a refund instead.",
    "order_already_paid": "This order is already paid.",
    "email_invalid": "The email address is not valid — check it and try again.",
    "invalid_tip_amount": "The tip amount is not valid — check it and try again.",
    "invalid_tax_amount": "The tax amount is not valid — check it and try again.",
    "card_on_file_missing": "The customer has no saved card — swipe or key a card.",
    "invalid_request": "Clover couldn't read the card data — swipe or key the card again.",
    "missing": "Clover said something was missing — try again; if it repeats, call support.",
    "idempotency_key_reused": "This request clashes with an earlier one — start the payment again.",
    "rate_limit": "Clover is busy — wait a few seconds, then try again.",
    **{code: msg for code, msg in DECLINE_MESSAGES.items() if code.startswith("invalid_")},
}


def message_for(*codes: str | None, table: dict[str, str], default: str) -> str:
    """The first message the table has for one of `codes`, else `default`."""
    for code in codes:
        if code and code in table:
            return table[code]
    return default
