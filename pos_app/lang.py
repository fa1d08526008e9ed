"""The register's language without Qt: marking words for translation, and dates per locale.

Layers below `ui` (checkout, domain, clover, money) build messages a cashier reads but may not
import Qt. They mark each English template with `N_` (a no-op that the extractor,
`scripts/translations.py`, finds by name) and fill it in with `phrase`, which returns a `Phrase`:
a plain `str` holding the English sentence (so logs, the journal and the English tests see
exactly what they saw before) that also remembers its template and values. The ui edge
(`pos_app.ui.i18n.tr`) translates the template and fills it in again. Structured results worded
by the ui would have meant rewriting every result type below it; a `str` that can be worded
again changes no signature.

The active locale is process-wide, as Qt's installed translator is: it is chosen once at start
(Settings → Language needs a restart) so money and dates on screens, receipts and reports read
the same.
"""

from __future__ import annotations

import datetime as _dt
import locale as _system_locale
import os
from collections.abc import Mapping

__all__ = [
    "LANGUAGES",
    "N_",
    "Phrase",
    "current_locale",
    "decimal_mark",
    "format_date",
    "format_weekday_time",
    "is_french",
    "joined",
    "phrase",
    "resolve_language",
    "set_locale",
]

# Settings → Language: "system" follows the computer; the others are what the app ships.
LANGUAGES = ("system", "en", "fr_CA")
_SHIPPED = ("en", "fr_CA")

_locale = "en"


def N_(text: str) -> str:
    """Mark `text` for translation where it is defined; it stays English until the ui words it."""
    return text


class Phrase(str):
    """An English sentence that remembers its template and values, to be worded again."""

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, values: Mapping[str, object]) -> Phrase:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = dict(values)
        return made

    def __getnewargs__(self) -> tuple[str, Mapping[str, object]]:  # type: ignore[override]
        return self.template, self.values  # copy and pickle keep what it can be worded from


def phrase(template: str, **values: object) -> str:
    """`template` (marked with `N_`) filled in with `values`; a value may be a Phrase too."""
    return Phrase(template, values)


def joined(separator: str, parts: list[str]) -> str:
    """`separator.join(parts)` that the ui can still word part by part (a plain join of
    phrases would be one English string)."""
    template = separator.join(f"{{p{index}}}" for index in range(len(parts)))
    return Phrase(template.replace(separator, separator.replace("{", "{{").replace("}", "}}")),
                  {f"p{index}": part for index, part in enumerate(parts)})


def resolve_language(setting: str, environment: Mapping[str, str] | None = None) -> str:
    """The shipped language to use: the setting, or for "system" the computer's (LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG, as gettext reads them); any French is Canadian French here."""
    if setting in _SHIPPED:
        return setting
    env = os.environ if environment is None else environment
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            first = value.split(":")[0].lower()
            return "fr_CA" if first.startswith("fr") else "en"
    found = _system_locale.getlocale()[0] if environment is None else None
    return "fr_CA" if found and found.lower().startswith("fr") else "en"


def decimal_mark() -> str:
    """What separates dollars from cents as typed and shown in the register's language."""
    return "," if is_french() else "."


def set_locale(name: str) -> None:
    """Use `name` ("en" or "fr_CA") for every amount and date from now on (once, at start)."""
    global _locale  # noqa: PLW0603 - one language per process, like Qt's installed translator
    if name not in _SHIPPED:
        raise ValueError(f"unknown language {name!r}")
    _locale = name


def current_locale() -> str:
    return _locale


def is_french() -> bool:
    return _locale == "fr_CA"


# Office de la langue française abbreviations, as Qt's fr_CA locale prints them.
_FR_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.",
              "oct.", "nov.", "déc.")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def format_date(day: _dt.date, *, long: bool = False) -> str:
    """`2026-12-07` (both locales: fr-CA writes dates the ISO way); long: `7 déc. 2026` /
    `Dec 7, 2026`."""
    if not long:
        return day.isoformat()
    if is_french():
        return f"{day.day} {_FR_MONTHS[day.month - 1]} {day.year}"
    return f"{_EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


def format_weekday_time(moment: _dt.datetime) -> str:
    """The top bar's clock, short (the bar holds who is signed in too): `Mon 14:05` /
    `14 h 05` (French words run longer: the day is left out so the bar fits 1280 pixels)."""
    if is_french():
        return f"{moment.hour:02d} h {moment.minute:02d}"
    return f"{_EN_DAYS[moment.weekday()]} {moment.hour:02d}:{moment.minute:02d}"
