"""Card number rules shared by every layer: the Luhn check, brands by prefix, gift card lengths."""

from __future__ import annotations

GIFT_CARD_LENGTHS = (6, 13, 16, 19)  # Clover gift card numbers; they carry no Luhn digit


def luhn_valid(number: str) -> bool:
    """The Luhn (mod 10) check every credit and debit card number passes."""
    if not (number.isascii() and number.isdigit()):
        return False
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def detect_brand(number: str) -> str | None:
    """Clover's brand name for a card number (digits only) by its issuer prefix, or None."""
    if not (number.isascii() and number.isdigit()) or len(number) < 6:
        return None
    two, three, four, six = int(number[:2]), int(number[:3]), int(number[:4]), int(number[:6])
    if number[0] == "4":
        return "VISA"
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return "MC"
    if two in (34, 37):
        return "AMEX"
    if four == 6011 or 644 <= three <= 649 or two == 65 or 622126 <= six <= 622925:
        return "DISCOVER"
    if 3528 <= four <= 3589:
        return "JCB"
    if 300 <= three <= 305 or three == 309 or two in (36, 38, 39):
        return "DINERS_CLUB"
    return None
