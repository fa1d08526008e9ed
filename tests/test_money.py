"""Money: what a cashier types becomes exact cents (or a message saying what to type), tax rounds
half up in integers, and floats or mixed currencies never get in."""

from __future__ import annotations

import math
from collections.abc import Callable
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.money import MAX_CENTS, Money, MoneyError, format_cents, parse_money, tax_on

# -- parse_money: accepted ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("12.5", 1250),
        ("12.50", 1250),
        ("$12.50", 1250),
        ("1,234.56", 123_456),
        (" 7 ", 700),
        ("$ 12.50", 1250),
        (".5", 50),
        ("12.", 1200),
        ("CA$3", 300),
        ("0.01", 1),
        ("999999.99", 99_999_999),
        ("999,999.99", 99_999_999),
    ],
)
def test_parse_money_accepts(typed: str, cents: int) -> None:
    money = parse_money(typed)
    assert money == Money(cents, "usd")
    assert type(money.cents) is int


def test_parse_money_keeps_the_currency_asked_for() -> None:
    assert parse_money("CA$3", "cad") == Money(300, "cad")
    assert parse_money("12.50", "cad").format() == "$12.50"


def test_largest_amount_is_999999_99() -> None:
    assert parse_money("999999.99").cents == MAX_CENTS == 99_999_999


# -- parse_money: refused, with a message a cashier understands -----------------------------------


@pytest.mark.parametrize(
    ("typed", "phrase"),
    [
        ("-1", "can't be negative"),
        ("12.345", "at most two decimals"),
        ("1,23.00", "isn't an amount"),
        ("1000000", "too large"),
        ("999999.999", "at most two decimals"),
        ("abc", "isn't an amount"),
        ("", "Enter an amount"),
        ("   ", "Enter an amount"),
        ("0", "more than $0.00"),
        ("0.00", "more than $0.00"),
        ("$", "isn't an amount"),
        ("1.2.3", "isn't an amount"),
        ("12 50", "no spaces"),  # a slip of the thumb, never $1,250.00
        ("1 000", "no spaces"),
        ("$12. 50", "no spaces"),
    ],
)
def test_parse_money_refuses_with_a_sentence(typed: str, phrase: str) -> None:
    with pytest.raises(MoneyError) as caught:
        parse_money(typed)
    message = caught.value.user_message
    assert phrase in message
    # A sentence: capitalised, finished, and no programmer's words in it.
    assert message[0].isupper()
    assert message.endswith(".")
    for jargon in ("Error", "regex", "match", "int(", "None", "Traceback"):
        assert jargon not in message
    assert str(caught.value) == message


def test_zero_only_when_allowed() -> None:
    assert parse_money("0", allow_zero=True) == Money(0)
    assert parse_money("$0.00", allow_zero=True) == Money(0)
    with pytest.raises(MoneyError):
        parse_money("0")


def test_a_pasted_run_of_thousands_of_digits_is_too_large_not_a_crash() -> None:
    # int() refuses more than 4300 digits with a bare ValueError; the cashier must see a message.
    with pytest.raises(MoneyError) as caught:
        parse_money("1" * 5000)
    assert "too large" in caught.value.user_message


def test_leading_zeros_do_not_make_an_amount_too_large() -> None:
    assert parse_money("0000012.50") == Money(1250)


# -- parse_money: properties ------------------------------------------------------------------


@given(st.integers(min_value=1, max_value=MAX_CENTS))
def test_format_then_parse_round_trips(cents: int) -> None:
    assert parse_money(format_cents(cents)) == Money(cents)
    assert parse_money(format_cents(cents, "cad"), "cad") == Money(cents, "cad")


def _money_or_money_error(text: str) -> None:
    """Any other exception escapes and fails the test."""
    try:
        result: Money | str = parse_money(text)
    except MoneyError as exc:
        result = exc.user_message
    if isinstance(result, str):
        assert result.endswith("."), result
    else:
        assert type(result.cents) is int
        assert 0 < result.cents <= MAX_CENTS


@given(st.text())
def test_any_text_gives_money_or_money_error_only(text: str) -> None:
    _money_or_money_error(text)


@given(st.from_regex(r"\A[ $C A,.\d()-]{0,40}\Z"))
def test_amount_like_text_gives_money_or_money_error_only(text: str) -> None:
    _money_or_money_error(text)


# -- Money: never a float, never mixed currencies -----------------------------------------------


@pytest.mark.parametrize("bad", [1.5, 12.0, True, "12", Fraction(1, 2)])
def test_money_takes_integer_cents_only(bad: object) -> None:
    with pytest.raises(TypeError):
        Money(bad)  # type: ignore[arg-type]


def test_money_refuses_an_unknown_currency() -> None:
    with pytest.raises(MoneyError):
        Money(100, "eur")


def test_money_arithmetic_within_a_currency() -> None:
    assert Money(150) + Money(250) == Money(400)
    assert Money(400, "cad") - Money(150, "cad") == Money(250, "cad")
    assert Money(1) < Money(2)
    assert Money(2) <= Money(2)
    assert not Money.zero()
    assert str(Money(123_456)) == "$1,234.56"


@pytest.mark.parametrize(
    "combine",
    [
        lambda a, b: a + b,
        lambda a, b: a - b,
        lambda a, b: a < b,
        lambda a, b: a <= b,
    ],
)
def test_money_refuses_mixing_usd_and_cad(combine: Callable[[Money, Money], object]) -> None:
    with pytest.raises(MoneyError) as caught:
        combine(Money(100, "usd"), Money(100, "cad"))
    assert "USD" in caught.value.user_message
    assert "CAD" in caught.value.user_message


@pytest.mark.parametrize(
    ("cents", "text"),
    [(0, "$0.00"), (5, "$0.05"), (123_456, "$1,234.56"), (-500, "-$5.00"),
     (MAX_CENTS, "$999,999.99")],
)
def test_format_cents(cents: int, text: str) -> None:
    assert format_cents(cents) == text


# -- tax ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cents", "rate_ppm", "tax"),
    [
        (1000, 88_750, 89),  # 88.75 c
        (200, 62_500, 13),  # 12.5 c: half up
        (100, 50_000, 5),
        (1, 50_000, 0),  # 0.05 c
        (10, 50_000, 1),  # 0.5 c: half up
        (0, 88_750, 0),
        (1000, 0, 0),
    ],
)
def test_tax_rounds_half_up(cents: int, rate_ppm: int, tax: int) -> None:
    result = tax_on(cents, rate_ppm)
    assert result == tax
    assert type(result) is int


def test_tax_refuses_negative_amounts_and_rates() -> None:
    with pytest.raises(MoneyError):
        tax_on(-1, 50_000)
    with pytest.raises(MoneyError):
        tax_on(100, -1)


_rates = st.integers(min_value=0, max_value=1_000_000)
_amounts = st.integers(min_value=0, max_value=MAX_CENTS * 999)


@given(_amounts, _amounts, _rates)
def test_tax_is_monotonic_in_the_amount(a: int, b: int, rate_ppm: int) -> None:
    low, high = sorted((a, b))
    assert tax_on(low, rate_ppm) <= tax_on(high, rate_ppm)


@given(_amounts, _rates)
def test_tax_is_round_half_up_of_the_exact_fraction(cents: int, rate_ppm: int) -> None:
    exact = Fraction(cents * rate_ppm, 1_000_000)
    assert tax_on(cents, rate_ppm) == math.floor(exact + Fraction(1, 2))
