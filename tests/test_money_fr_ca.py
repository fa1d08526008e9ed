"""Money and dates in Canadian French: `12,50 $`, thousands with a narrow no-break space, what a
cashier types with a comma or a point, and the locale restored for the English tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app import lang
from pos_app.lang import format_date, format_weekday_time, resolve_language, set_locale
from pos_app.money import MAX_CENTS, Money, MoneyError, format_cents, parse_money

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture
def french() -> Iterator[None]:
    set_locale("fr_CA")
    yield
    set_locale("en")


@pytest.mark.parametrize(("cents", "shown"), [
    (1250, f"12,50{NBSP}$"),
    (0, f"0,00{NBSP}$"),
    (5, f"0,05{NBSP}$"),
    (123_456, f"1{NNBSP}234,56{NBSP}$"),
    (MAX_CENTS, f"999{NNBSP}999,99{NBSP}$"),
    (-500, f"-5,00{NBSP}$"),
    (-123_456, f"-1{NNBSP}234,56{NBSP}$"),
])
def test_amounts_read_the_fr_ca_way(french: None, cents: int, shown: str) -> None:
    assert format_cents(cents, "cad") == shown
    assert Money(cents, "usd").format() == shown  # one form whatever the dollar


@pytest.mark.parametrize(("typed", "cents"), [
    ("12,50", 1250),
    ("12.50", 1250),
    ("12,5", 1250),
    ("12", 1200),
    (",5", 50),
    ("12,50 $", 1250),
    (f"12,50{NBSP}$", 1250),
    ("1 234,56", 123_456),
    (f"1{NNBSP}234,56{NBSP}$", 123_456),
    ("1,234.56", 123_456),  # the English form, pasted, still reads right
    ("$12.50", 1250),
])
def test_a_french_cashier_may_type_a_comma_or_a_point(french: None, typed: str,
                                                      cents: int) -> None:
    assert parse_money(typed).cents == cents


@pytest.mark.parametrize(("typed", "said"), [
    ("1,234", "two decimals"),  # French: a comma is the decimal mark, so three decimals
    ("12 50", "no spaces"),
    ("12,50,3", "isn't an amount"),
    ("-12,50", "negative"),
    ("", "Enter an amount"),
    ("0,00", f"0,00{NBSP}$"),
])
def test_bad_french_amounts_are_refused_with_a_message(french: None, typed: str,
                                                       said: str) -> None:
    with pytest.raises(MoneyError) as refused:
        parse_money(typed)
    assert said in refused.value.user_message


@given(st.integers(min_value=1, max_value=MAX_CENTS))
def test_whatever_french_shows_reads_back_the_same(cents: int) -> None:
    set_locale("fr_CA")
    try:
        assert parse_money(format_cents(cents)).cents == cents
    finally:
        set_locale("en")


def test_english_is_the_default_and_unchanged() -> None:
    assert lang.current_locale() == "en"
    assert format_cents(123_456) == "$1,234.56"
    with pytest.raises(MoneyError):  # in English a comma groups thousands: not an amount
        parse_money("12,50")


def test_dates_read_the_fr_ca_way(french: None) -> None:
    day = dt.date(2026, 12, 7)
    assert format_date(day) == "2026-12-07"
    assert format_date(day, long=True) == "7 déc. 2026"
    assert format_weekday_time(dt.datetime(2026, 12, 7, 14, 5)) == "14 h 05"
    set_locale("en")
    assert format_date(day, long=True) == "Dec 7, 2026"
    assert format_weekday_time(dt.datetime(2026, 12, 7, 14, 5)) == "Mon 14:05"


@pytest.mark.parametrize(("setting", "environment", "language"), [
    ("fr_CA", {"LANG": "en_US.UTF-8"}, "fr_CA"),
    ("en", {"LANG": "fr_CA.UTF-8"}, "en"),
    ("system", {"LANG": "fr_CA.UTF-8"}, "fr_CA"),
    ("system", {"LANG": "fr_FR.UTF-8"}, "fr_CA"),  # the French this register ships
    ("system", {"LANGUAGE": "fr:en", "LANG": "en_US.UTF-8"}, "fr_CA"),
    ("system", {"LC_ALL": "en_CA.UTF-8", "LANG": "fr_CA.UTF-8"}, "en"),
    ("system", {"LANG": "de_DE.UTF-8"}, "en"),
])
def test_system_language_follows_the_computer(setting: str, environment: dict[str, str],
                                              language: str) -> None:
    assert resolve_language(setting, environment) == language
