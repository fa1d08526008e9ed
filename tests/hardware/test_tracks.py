"""The magstripe parser: real reader output, keyed numbers, masking, and fuzzed input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.hardware import CardRead, SwipeError, mask_swipe_text, parse_manual, parse_swipe
from pos_app.hardware.tracks import looks_like_swipe_start

VISA = "4111111111111111"
VISA_SWIPE = (
    "%B4111111111111111^DOE/JOHN^2812101000000000000?;4111111111111111=28121010000000000000?"
)
GIFT_19 = ";6035718888880528923=4912?"


def _assert_no_digits_of(number: str, text: str) -> None:
    assert number not in text
    assert not any(ch.isdigit() for ch in text), text


# -- swipes ---------------------------------------------------------------------------------


def test_visa_with_both_tracks_reads_track2_number_and_track1_name() -> None:
    card = parse_swipe(VISA_SWIPE + "\r\n")
    assert (card.kind, card.number, card.last4, card.source) == ("card", VISA, "1111", "track2")
    assert (card.exp_month, card.exp_year) == (12, 2028)
    assert card.name == "DOE/JOHN"
    assert card.service_code == "101"
    assert card.brand == "VISA"


def test_nineteen_digit_gift_card_with_filler_expiry() -> None:
    card = parse_swipe(GIFT_19)
    assert (card.kind, card.number, card.source) == ("gift_card", "6035718888880528923", "track2")
    assert card.brand is None


@pytest.mark.parametrize(
    ("swipe", "number"),
    [
        (";7777130000013?", "7777130000013"),
        (";600123?", "600123"),
        (";1234567890123456?", "1234567890123456"),
    ],
)
def test_gift_card_lengths_need_no_luhn_digit(swipe: str, number: str) -> None:
    card = parse_swipe(swipe)
    assert (card.kind, card.number) == ("gift_card", number)
    assert card.exp_month is None and card.exp_year is None


def test_luhn_valid_visa_with_expiry_on_track2_alone_is_a_card() -> None:
    card = parse_swipe(";4111111111111111=2812?")
    assert (card.kind, card.last4, card.exp_year, card.exp_month) == ("card", "1111", 2028, 12)
    assert card.name is None


def test_luhn_valid_number_without_expiry_on_track2_is_a_gift_card() -> None:
    assert parse_swipe(";4111111111111111?").kind == "gift_card"


def test_track1_alone() -> None:
    card = parse_swipe("%B4111111111111111^DOE/JOHN^2812101000000000000?")
    assert (card.kind, card.source, card.last4, card.name) == ("card", "track1", "1111", "DOE/JOHN")
    assert (card.exp_month, card.exp_year) == (12, 2028)


def test_caps_lock_lowercase_and_surrounding_whitespace() -> None:
    card = parse_swipe("  " + VISA_SWIPE.lower() + "\n")
    assert (card.kind, card.number, card.name) == ("card", VISA, "DOE/JOHN")


def test_lrc_characters_and_track3_are_ignored() -> None:
    card = parse_swipe("%B4111111111111111^DOE/JOHN^2812101?X;4111111111111111=2812101?5+12345?")
    assert (card.kind, card.number) == ("card", VISA)


def test_bad_track1_read_falls_back_to_track2() -> None:
    card = parse_swipe("%E?;4111111111111111=2812101?")
    assert (card.kind, card.source, card.name) == ("card", "track2", None)


@pytest.mark.parametrize("swipe", [";E?", "%E?", "%E?;E?", ";e?\r", "%E?;E?+E?"])
def test_bad_read_asks_to_swipe_again(swipe: str) -> None:
    with pytest.raises(SwipeError) as caught:
        parse_swipe(swipe)
    assert caught.value.reason == "bad_read"
    assert caught.value.user_message.startswith("Swipe again")


def test_tracks_with_different_numbers_are_refused() -> None:
    with pytest.raises(SwipeError) as caught:
        parse_swipe("%B4111111111111111^DOE/JOHN^2812101?;4222222222222=2812?")
    assert caught.value.reason == "mismatch"
    _assert_no_digits_of(VISA, str(caught.value))
    _assert_no_digits_of("4222222222222", caught.value.user_message)


def test_card_with_impossible_expiry_month_is_refused() -> None:
    with pytest.raises(SwipeError) as caught:
        parse_swipe(";4111111111111111=2813?")
    assert caught.value.reason == "bad_expiry"


@pytest.mark.parametrize(
    "swipe",
    [";12345?", ";1234567?", "", "   ", "hello", ";?", "%?", VISA, ";41111111111111111111?"],
)
def test_unreadable_input(swipe: str) -> None:
    with pytest.raises(SwipeError) as caught:
        parse_swipe(swipe)
    assert caught.value.reason == "unreadable"
    assert "register can read" in caught.value.user_message


def test_swipe_start_sentinels() -> None:
    assert looks_like_swipe_start("%") and looks_like_swipe_start(";")
    assert not any(looks_like_swipe_start(ch) for ch in ("", "4", "B", "+", "?", "%%"))


# -- keyed entry ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "keyed", ["4111 1111 1111 1111", "4111-1111-1111-1111", " 4111111111111111 "]
)
def test_keyed_visa_is_a_card(keyed: str) -> None:
    card = parse_manual(keyed)
    assert (card.kind, card.number, card.source, card.brand) == ("card", VISA, "manual", "VISA")
    assert card.exp_month is None


def test_keyed_gift_card() -> None:
    card = parse_manual("7777 1300 0001 3")
    assert (card.kind, card.number) == ("gift_card", "7777130000013")


def test_keyed_card_when_the_screen_expects_a_gift_card() -> None:
    assert parse_manual(VISA, expect="gift_card").kind == "gift_card"


def test_keyed_card_number_must_pass_luhn_when_a_card_is_expected() -> None:
    with pytest.raises(SwipeError) as caught:
        parse_manual("4111111111111112", expect="card")
    assert caught.value.reason == "bad_check_digit"
    _assert_no_digits_of("4111111111111112", str(caught.value))


def test_keyed_card_accepts_a_luhn_valid_number_of_unknown_brand() -> None:
    assert parse_manual("7000000000000005", expect="card").kind == "card"


@pytest.mark.parametrize(
    ("keyed", "expect", "reason"),
    [
        ("4111x1111", None, "not_digits"),
        ("", None, "not_digits"),
        ("1234567", None, "bad_length"),
        ("12345678901234", "card", "bad_check_digit"),
        ("123456789012", "card", "bad_length"),
        ("1234567", "gift_card", "not_gift_card"),
    ],
)
def test_keyed_mistakes(keyed: str, expect: str | None, reason: str) -> None:
    with pytest.raises(SwipeError) as caught:
        parse_manual(keyed, expect=expect)
    assert caught.value.reason == reason
    assert not any(ch.isdigit() for ch in caught.value.user_message)


def test_unknown_expectation_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="expect"):
        parse_manual(VISA, expect="credit")


# -- nothing leaks --------------------------------------------------------------------------


def test_card_read_prints_last4_only() -> None:
    card = parse_swipe(VISA_SWIPE)
    for shown in (repr(card), str(card), f"{card}", f"{card!r}", repr([card])):
        assert VISA not in shown
        assert "411111" not in shown
        assert "DOE" not in shown and "2812" not in shown and "101" not in shown
        assert "1111" in shown
    assert card.masked == "•••• 1111"


def test_card_read_fields_hold_the_real_values_for_the_payment_call() -> None:
    card = parse_swipe(";4111111111111111=3001?")
    assert (card.number, card.exp_month, card.exp_year) == (VISA, 1, 2030)
    assert card == CardRead(kind="card", number=VISA, exp_month=1, exp_year=2030, source="track2")


@pytest.mark.parametrize(
    "swipe",
    [
        "%B4111111111111111^DOE/JOHN^2812101?;4222222222222=2812?",
        ";4111111111111111=2813?",
        ";411111111111?",
        ";4111111111111111=2812?garbage",
        "%B4111111111111111^DOE/JOHN^28",
    ],
)
def test_errors_never_carry_the_input(swipe: str) -> None:
    with pytest.raises(SwipeError) as caught:
        parse_swipe(swipe)
    err = caught.value
    for shown in (str(err), repr(err), err.user_message, *map(str, err.args)):
        assert swipe not in shown
        assert not any(ch.isdigit() for ch in shown), shown
    assert err.__cause__ is None and err.__context__ is None


def test_masked_swipe_text_keeps_sentinels_and_last4_only() -> None:
    assert mask_swipe_text(";4111111111111234=2812?") == ";••••••••••••1234=••••?"
    masked = mask_swipe_text(VISA_SWIPE)
    assert VISA not in masked and "DOE" not in masked and "2812" not in masked
    assert masked.count("1111") == 2
    assert mask_swipe_text(";E?") == ";E?"
    assert mask_swipe_text(";600123?") == ";••••••?"  # too short to show any digits


# -- fuzz -----------------------------------------------------------------------------------

_PIECES = st.one_of(
    st.sampled_from(["%", ";", "+", "?", "^", "=", "E", "B", "b", " ", "/", "\r", "\n", "²"]),
    st.text(alphabet="0123456789", min_size=1, max_size=20),
    st.sampled_from([VISA, "6035718888880528923", "2812", "2813", "101", "DOE/JOHN"]),
)


@st.composite
def near_valid_swipes(draw: st.DrawFn) -> str:
    """Sentinels around digits and separators, as a reader (or a worn stripe) might type."""
    tracks = []
    pan = draw(st.sampled_from([VISA, "6035718888880528923", "600123", "7777130000013", ""]))
    if draw(st.booleans()):
        code = draw(st.sampled_from(["B", "A", "b", "E", ""]))
        body = draw(st.text(st.sampled_from("0123456789 ^/=AZ"), max_size=40))
        tracks.append(f"%{code}{pan}{body}?")
    if draw(st.booleans()):
        body = draw(st.text(st.sampled_from("0123456789=E:<>"), max_size=30))
        tracks.append(f";{pan}{body}?")
    if draw(st.booleans()):
        tracks.append("+" + draw(st.text(st.sampled_from("0123456789="), max_size=10)) + "?")
    ending = draw(st.sampled_from(["", "\r", "\r\n", " "]))
    return "".join(track + draw(st.text(max_size=1)) for track in tracks) + ending


def _parses_or_refuses(text: str) -> None:
    try:
        card = parse_swipe(text)
    except SwipeError as err:
        message = str(err)
    else:
        message = ""
        assert card.kind in ("card", "gift_card")
        assert card.number.isascii() and card.number.isdigit()
        assert card.number not in repr(card)
    assert not any(ch.isdigit() for ch in message)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_parses_or_raises_swipe_error(text: str) -> None:
    _parses_or_refuses(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(near_valid_swipes(), st.lists(_PIECES, max_size=12).map("".join)))
def test_near_valid_swipes_parse_or_raise_swipe_error(text: str) -> None:
    _parses_or_refuses(text)
