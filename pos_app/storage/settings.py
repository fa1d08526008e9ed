"""The register's settings: a typed, validated, frozen record saved as JSON (never a secret)."""

from __future__ import annotations

import dataclasses
import ipaddress
import json
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple, cast

from pos_app.hardware.printer_target import PrinterTarget, TargetError
from pos_app.money import CURRENCIES
from pos_app.promotions import PromotionError, format_promotions, parse_promotions

from .atomic import write_atomic

__all__ = [
    "SCHEMA_VERSION",
    "Currency",
    "Environment",
    "LoadedSettings",
    "RedeemMode",
    "Settings",
    "SettingsError",
    "SettingsProblem",
    "format_tax_rate",
    "load_settings",
    "parse_tax_rate",
    "read_settings",
    "save_settings",
]

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1

Environment = Literal["training", "sandbox", "production"]
Currency = Literal["usd", "cad"]
RedeemMode = Literal["hold", "redeem"]
CashDrawerPin = Literal["none", "pin2", "pin5"]

ENVIRONMENTS: tuple[Environment, ...] = ("training", "sandbox", "production")
REDEEM_MODES: tuple[RedeemMode, ...] = ("hold", "redeem")
DRAWER_PINS: tuple[CashDrawerPin, ...] = ("none", "pin2", "pin5")
PAPER_MM = (58, 80)
_PRINTER_PROBLEMS = {
    "kind": "An ESC/POS printer setting starts escpos:net:, escpos:usb:, escpos:serial: or "
            "escpos:file:.",
    "host": "Type the network printer's address, like escpos:net:192.168.1.50.",
    "port": "The network printer's port is a number from 1 to 65535 (usually 9100).",
    "usb_id": "A USB printer is its vendor and product ID, like escpos:usb:04b8:0202.",
    "path": "Type the device's full path, like escpos:file:/dev/usb/lp0.",
    "baud": "The serial speed must be one of 1200, 2400, 4800, 9600, 19200, 38400, 57600 or "
            "115200.",
}
MAX_TAX_PPM = 300_000  # 30 %
SWIPE_GAP_RANGE = (5, 500)

_TAX_RATE = re.compile(r"(?P<whole>[0-9]*)(?:\.(?P<frac>[0-9]*))?")
_TAX_DECIMALS = 4  # of a percent: exactly one part per million
_PPM_PER_PERCENT = 10_000
_MERCHANT_ID = re.compile(r"[A-Za-z0-9]{1,32}")
_CLIENT_ID = re.compile(r"[A-Za-z0-9._-]{1,128}")
# Any C0/C1 control character but the newline: on a receipt printer they are commands.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


class SettingsError(ValueError):
    """A value a setting cannot take; `message` is for the manager typing it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

    @property
    def user_message(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class SettingsProblem:
    """Something wrong found while loading settings; `field` is None for the whole file."""

    field: str | None
    message: str

    def __str__(self) -> str:
        return self.message


class LoadedSettings(NamedTuple):
    """The settings to use, and what the manager should be told about the file."""

    settings: Settings
    problems: tuple[SettingsProblem, ...]


def parse_tax_rate(text: str) -> int:
    """A percentage as typed ("8.875", "8.875 %", "0") in parts per million (88_750).

    Exact decimal arithmetic on the digits: no float ever rounds a tax rate.
    """
    field_name = "tax_rate_ppm"
    cleaned = text.strip().removesuffix("%").strip() if isinstance(text, str) else ""
    if cleaned.startswith("-"):
        raise SettingsError(field_name, "The tax rate can't be negative.")
    match = _TAX_RATE.fullmatch(cleaned)
    if not match or not (match["whole"] or match["frac"]):
        raise SettingsError(field_name, "Type the tax rate as a percentage, like 8.875.")
    whole, frac = match["whole"] or "0", (match["frac"] or "").rstrip("0")
    if len(frac) > _TAX_DECIMALS:
        raise SettingsError(
            field_name, f"The tax rate can have at most {_TAX_DECIMALS} decimal places."
        )
    ppm = int(whole) * _PPM_PER_PERCENT + int(frac.ljust(_TAX_DECIMALS, "0"))
    if ppm > MAX_TAX_PPM:
        raise SettingsError(field_name, "The tax rate can't be more than 30 %.")
    return ppm


def format_tax_rate(ppm: int) -> str:
    """88_750 parts per million as "8.875 %" (no trailing zeros; "0 %" for none)."""
    if isinstance(ppm, bool) or not isinstance(ppm, int) or ppm < 0:
        raise ValueError(f"a tax rate is a non-negative whole number of ppm, not {ppm!r}")
    whole, frac = divmod(ppm, _PPM_PER_PERCENT)
    digits = f"{frac:0{_TAX_DECIMALS}d}".rstrip("0")
    return f"{whole}.{digits} %" if digits else f"{whole} %"


# ---- field rules: each takes any value (from JSON or a caller) and returns it cleaned ------


def _choice(name: str, options: tuple[str, ...], message: str) -> Callable[[object], object]:
    def rule(value: object) -> object:
        if isinstance(value, str) and value.strip().lower() in options:
            return value.strip().lower()
        raise SettingsError(name, message)

    return rule


def _whole_number(name: str, low: int, high: int, message: str) -> Callable[[object], object]:
    def rule(value: object) -> object:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise SettingsError(name, message)
        return value

    return rule


def _pattern(name: str, pattern: re.Pattern[str], message: str) -> Callable[[object], object]:
    def rule(value: object) -> object:
        if not isinstance(value, str):
            raise SettingsError(name, message)
        value = value.strip()
        if value and not pattern.fullmatch(value):
            raise SettingsError(name, message)
        return value

    return rule


def _text(name: str, label: str, *, max_lines: int, max_chars: int) -> Callable[[object], object]:
    def rule(value: object) -> object:
        if not isinstance(value, str):
            raise SettingsError(name, f"{label} must be text.")
        lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        text = "\n".join(line.rstrip() for line in lines).strip("\n ")
        if _CONTROL.search(text):
            raise SettingsError(name, f"{label} can't contain tabs or control characters.")
        if max_lines == 1 and "\n" in text:
            raise SettingsError(name, f"{label} must fit on one line.")
        if text.count("\n") >= max_lines:
            raise SettingsError(name, f"{label} can have at most {max_lines} lines.")
        if len(text) > max_chars:
            raise SettingsError(name, f"{label} can have at most {max_chars} characters.")
        return text

    return rule


def _ip_address(value: object) -> object:
    message = "The register IP address must look like 192.168.1.20 (or an IPv6 address)."
    if not isinstance(value, str):
        raise SettingsError("register_ip", message)
    if not value.strip():
        return ""  # none typed: the register's own address, found at each start
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        raise SettingsError("register_ip", message) from None


def _receipt_printer(value: object) -> object:
    text = _text("receipt_printer", "The receipt printer", max_lines=1, max_chars=200)(value)
    assert isinstance(text, str)
    if PrinterTarget.is_escpos(text):
        try:
            return PrinterTarget.parse(text).spec  # one spelling of each printer
        except TargetError as exc:
            raise SettingsError("receipt_printer", _PRINTER_PROBLEMS[exc.problem]) from None
    return text


def _paper(value: object) -> object:
    if isinstance(value, bool) or value not in PAPER_MM:
        raise SettingsError("receipt_paper_mm", "The receipt paper is 58 or 80 mm wide.")
    return value


def _promotions(value: object) -> object:
    if not isinstance(value, str):
        raise SettingsError("gift_card_promotions", "Gift card promotions must be text.")
    try:
        return format_promotions(parse_promotions(value))
    except PromotionError as exc:
        raise SettingsError("gift_card_promotions", exc.user_message) from None


def _yes_no(name: str, message: str) -> Callable[[object], object]:
    def rule(value: object) -> object:
        if not isinstance(value, bool):
            raise SettingsError(name, message)
        return value

    return rule


_RULES: dict[str, Callable[[object], object]] = {
    "environment": _choice(
        "environment", ENVIRONMENTS, "The environment must be training, sandbox or production."
    ),
    "merchant_id": _pattern(
        "merchant_id", _MERCHANT_ID,
        "The merchant ID has only letters and digits (at most 32), as shown in Clover.",
    ),
    "currency": _choice("currency", CURRENCIES, "The currency must be USD or CAD."),
    "tax_rate_ppm": _whole_number(
        "tax_rate_ppm", 0, MAX_TAX_PPM, "The tax rate must be between 0 % and 30 %."
    ),
    "store_name": _text("store_name", "The store name", max_lines=1, max_chars=60),
    "store_address": _text("store_address", "The store address", max_lines=6, max_chars=300),
    "redeem_mode": _choice(
        "redeem_mode", REDEEM_MODES,
        "Gift card payments must be 'hold' (hold, then capture when the sale is paid) "
        "or 'redeem' (redeem at once).",
    ),
    "swipe_max_gap_ms": _whole_number(
        "swipe_max_gap_ms", *SWIPE_GAP_RANGE,
        "The card reader speed must be a whole number of milliseconds from 5 to 500.",
    ),
    "register_ip": _ip_address,
    "oauth_client_id": _pattern(
        "oauth_client_id", _CLIENT_ID,
        "The OAuth app ID has only letters, digits, dots, dashes and underscores.",
    ),
    "cashout_requires_manager": _yes_no(
        "cashout_requires_manager", "Manager approval for cashouts must be yes or no."
    ),
    "record_orders": _yes_no(
        "record_orders", "Recording sales as Clover orders must be yes or no."
    ),
    "receipt_footer": _text("receipt_footer", "The receipt footer", max_lines=6, max_chars=300),
    "receipt_printer": _receipt_printer,
    "receipt_paper_mm": _paper,
    "receipt_logo": _text("receipt_logo", "The logo file", max_lines=1, max_chars=300),
    "cash_drawer": _choice(
        "cash_drawer", DRAWER_PINS,
        "The cash drawer is 'none', 'pin2' (most drawers) or 'pin5' (a second drawer)."),
    "gift_card_promotions": _promotions,
    "lock_after_minutes": _whole_number(
        "lock_after_minutes", 0, 240,
        "Lock the register after 0 (never) to 240 minutes without a key or a touch.",
    ),
}


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a manager sets up once. Every instance is valid: bad values never get in."""

    environment: Environment = "training"
    merchant_id: str = ""
    currency: Currency = "usd"
    tax_rate_ppm: int = 0  # parts per million: 8.875 % is 88_750
    store_name: str = ""
    store_address: str = ""  # several lines, printed under the name on receipts
    redeem_mode: RedeemMode = "hold"  # "hold" = multi-lock hold then capture
    swipe_max_gap_ms: int = 50  # slower keystrokes are typing, not a card reader
    register_ip: str = ""  # sent as x-forwarded-for; "" = the address found at start
    oauth_client_id: str = ""
    cashout_requires_manager: bool = True
    # Ring each sale up at Clover as an order with its lines, paid tender by tender.
    record_orders: bool = True
    receipt_footer: str = field(default="Thank you!")
    # Receipts print straight to it, no dialog: "" is the computer's default printer, a name
    # is that printer, "pdf:FOLDER" saves each receipt as a PDF file in FOLDER.
    # or "escpos:net:HOST[:PORT]", "escpos:usb:VID:PID", "escpos:serial:DEV[@BAUD]",
    # "escpos:file:DEV": a thermal receipt printer, spoken to in ESC/POS (hardware/).
    receipt_printer: str = ""
    receipt_paper_mm: int = 80  # ESC/POS printers: 58 mm is 32 characters a line, 80 mm 48
    receipt_logo: str = ""  # an image file printed at the top of ESC/POS receipts
    cash_drawer: CashDrawerPin = "pin2"  # the drawer port pin of the ESC/POS printer it hangs on
    # Virtual gift card promotion codes set up in Clover, e.g. "67062=50.00, 67063=1.00-500.00":
    # a card's amount is checked against its code before the customer pays.
    gift_card_promotions: str = ""
    lock_after_minutes: int = 5  # the register locks itself when idle this long (0: never)

    def __post_init__(self) -> None:
        for name, rule in _RULES.items():
            # Frozen: the cleaned value (trimmed, lower-cased…) replaces the given one here only.
            object.__setattr__(self, name, rule(getattr(self, name)))

    def replace(self, **changes: object) -> Settings:
        """A copy with `changes`; raises SettingsError naming the first bad field."""
        for name in changes:
            if name not in _RULES:
                raise SettingsError(name, f"There is no setting called {name!r}.")
        return dataclasses.replace(self, **cast(dict[str, Any], changes))

    @property
    def tax_rate_text(self) -> str:
        return format_tax_rate(self.tax_rate_ppm)

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"schema_version": SCHEMA_VERSION}
        data.update({name: getattr(self, name) for name in _RULES})
        return data


_DEFAULTS = Settings()


def read_settings(path: Path | str) -> LoadedSettings:
    """Load settings, never failing: what cannot be used becomes its default and a problem.

    A missing file gives the defaults silently. A file that cannot be read or parsed is kept
    aside as `settings.json.bad` (for support) and the defaults are used.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return LoadedSettings(_DEFAULTS, ())
    except (OSError, ValueError, RecursionError) as exc:
        return LoadedSettings(_DEFAULTS, (_set_aside(path, type(exc).__name__),))
    if not isinstance(data, dict):
        return LoadedSettings(_DEFAULTS, (_set_aside(path, "not a JSON object"),))

    problems: list[SettingsProblem] = []
    version = data.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int):
        problems.append(
            SettingsProblem("schema_version", "The settings file has no valid version number.")
        )
    elif version > SCHEMA_VERSION:
        problems.append(SettingsProblem(
            "schema_version",
            "The settings were saved by a newer version of Counter POS; "
            "settings this version does not know are ignored.",
        ))
    accepted: dict[str, object] = {}
    for name, rule in _RULES.items():
        if name not in data:
            continue
        try:
            accepted[name] = rule(data[name])
        except SettingsError as exc:
            problems.append(SettingsProblem(name, f"{exc.message} Using the default instead."))
    for problem in problems:
        log.warning("settings %s: %s", problem.field, problem.message)
    settings = Settings(**cast(dict[str, Any], accepted))
    return LoadedSettings(settings, tuple(problems))


def load_settings(path: Path | str) -> Settings:
    """The usable settings from `path` (problems are logged; `read_settings` returns them)."""
    return read_settings(path).settings


def save_settings(path: Path | str, settings: Settings) -> None:
    """Write the settings atomically, readable by this user only."""
    text = json.dumps(settings.to_json(), indent=2, ensure_ascii=False) + "\n"
    write_atomic(Path(path), text.encode("utf-8"), mode=0o600)


def _set_aside(path: Path, reason: str) -> SettingsProblem:
    bad = path.with_name(path.name + ".bad")
    try:
        os.replace(path, bad)
    except OSError as exc:
        log.warning("settings file %s unreadable (%s), not moved: %s", path, reason, exc)
        kept = ""
    else:
        log.warning("settings file %s unreadable (%s); kept as %s", path, reason, bad)
        kept = f" The damaged file was kept as {bad.name}."
    return SettingsProblem(
        None,
        f"The settings file could not be read, so the default settings are in use.{kept} "
        "A manager should check Settings.",
    )
