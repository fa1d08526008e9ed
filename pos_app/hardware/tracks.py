"""ISO 7813 magstripe parsing of a keyboard-wedge swipe (tracks 1 and 2), without Qt."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pos_app.card_numbers import detect_brand

from .classify import CardKind, CardRead, CardSource, SwipeError, classify, parse_manual

__all__ = [
    "CardRead",
    "SwipeError",
    "looks_like_swipe_start",
    "mask_swipe_text",
    "parse_manual",
    "parse_swipe",
]

_MAX_SWIPE_CHARS = 320  # three full tracks with their sentinels and LRCs fit well within this

# `[%T1?[LRC]][;T2?[LRC]][+T3?[LRC]]`: the LRC character is typed only by some readers.
_SWIPE = re.compile(
    r"(?:%(?P<t1>[^?]{0,79})\?.?)?(?:;(?P<t2>[^?]{0,40})\?.?)?(?:\+(?P<t3>[^?]{0,107})\?.?)?",
    re.ASCII,
)
_TRACK1 = re.compile(r"(?P<fc>[A-Z])(?P<pan>[0-9 ]{1,19})\^(?P<name>[^^]{0,26})\^(?P<rest>.*)")
_TRACK2 = re.compile(r"(?P<pan>[0-9]{1,19})(?:=(?P<rest>[0-9:<=>]*))?")
_EXPIRY_AND_CODE = re.compile(r"(?P<yymm>[0-9]{4})(?P<code>[0-9]{3})?", re.ASCII)
_BAD_READ = "E"
_PAN_AFTER_SENTINEL = re.compile(r"(?:(?<=;)|(?<=%[A-Za-z]))[0-9 ]+")
_KEEP_UNMASKED = frozenset("%;+?^=")
_MIN_PAN_TO_SHOW_LAST4 = 12


@dataclass(frozen=True, slots=True)
class _Track:
    pan: str
    yymm: str | None
    service_code: str | None
    bank_signal: bool
    name: str | None = None


def looks_like_swipe_start(ch: str) -> bool:
    """True for a start sentinel: `%` (track 1) or `;` (track 2)."""
    return ch in ("%", ";")


def parse_swipe(text: str) -> CardRead:
    """The card in a reader's burst (with or without its CR/LF); SwipeError if unusable."""
    data = text.strip().upper()
    match = _SWIPE.fullmatch(data) if 0 < len(data) <= _MAX_SWIPE_CHARS else None
    if match is None or (match["t1"] is None and match["t2"] is None):
        raise SwipeError("unreadable")
    raw1, raw2 = match["t1"], match["t2"]
    track2 = _track2(raw2) if raw2 is not None else None
    track1 = _track1(raw1) if raw1 is not None else None
    if track1 is not None and track2 is not None and track1.pan != track2.pan:
        raise SwipeError("mismatch")
    first = track2 or track1
    if first is None:
        raise SwipeError("bad_read" if _BAD_READ in (raw1, raw2) else "unreadable")
    bank_signal = any(t is not None and t.bank_signal for t in (track2, track1))
    kind = classify(first.pan, bank_signal=bank_signal)
    if kind is None:
        raise SwipeError("unreadable")
    exp_month, exp_year = _expiry(first.yymm, kind)
    source: CardSource = "track2" if track2 is not None else "track1"
    return CardRead(
        kind=kind,
        number=first.pan,
        exp_month=exp_month,
        exp_year=exp_year,
        name=track1.name if track1 is not None else None,
        service_code=first.service_code or (track1.service_code if track1 else None),
        source=source,
    )


def mask_swipe_text(text: str) -> str:
    """The burst with only sentinels, separators, a bad-read `E` and the last 4 of a long
    card number left: `;••••••••••••1234=••••?`. Safe for a diagnostics screen."""
    out = ["•" if ch not in _KEEP_UNMASKED else ch for ch in text]
    for found in _PAN_AFTER_SENTINEL.finditer(text):
        digit_at = [i for i in range(found.start(), found.end()) if text[i] != " "]
        if len(digit_at) >= _MIN_PAN_TO_SHOW_LAST4:
            for i in digit_at[-4:]:
                out[i] = text[i]
    for found in re.finditer(r"(?<=[%;])[Ee](?=\?)", text):
        out[found.start()] = "E"
    return "".join(out)


def _track2(raw: str) -> _Track | None:
    found = _TRACK2.fullmatch(raw)
    if found is None:
        return None
    pan, rest = found["pan"], found["rest"]
    yymm, service_code = _split_rest(rest or "")
    return _Track(pan, yymm, service_code, bank_signal=yymm is not None and bool(detect_brand(pan)))


def _track1(raw: str) -> _Track | None:
    found = _TRACK1.fullmatch(raw)
    if found is None:
        return None
    pan = found["pan"].replace(" ", "")
    if not pan:
        return None
    yymm, service_code = _split_rest(found["rest"])
    name = found["name"].strip() or None
    return _Track(pan, yymm, service_code, bank_signal=found["fc"] == "B", name=name)


def _split_rest(rest: str) -> tuple[str | None, str | None]:
    """YYMM and the 3-digit service code at the start of the data after the PAN's separator."""
    found = _EXPIRY_AND_CODE.match(rest)
    if found is None:
        return None, None
    return found["yymm"], found["code"]


def _expiry(yymm: str | None, kind: CardKind) -> tuple[int | None, int | None]:
    if yymm is None:
        return None, None
    month, year = int(yymm[2:]), 2000 + int(yymm[:2])
    if 1 <= month <= 12:
        return month, year
    if kind == "card":
        raise SwipeError("bad_expiry")
    return None, None  # a gift card's "expiry" field is often filler
