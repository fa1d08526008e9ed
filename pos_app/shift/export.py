"""A report as CSV, and as receipt-width text for the printer and the PDF."""

from __future__ import annotations

import csv
import datetime as dt
import io
import textwrap
from collections.abc import Callable

from pos_app.lang import N_, format_date, phrase
from pos_app.money import format_cents

from .report import Report

__all__ = ["report_csv", "report_text"]

# The CSV's header row stays these English names in every language: they are the columns'
# keys (a spreadsheet or a bookkeeper's script looks a column up by them, and a French and an
# English register's files must read the same way). The cells a person reads (section, what,
# the amount as printed) follow the register's language; `cents` is the exact figure.
CSV_COLUMNS = ("report", "number", "from", "to", "section", "what", "count", "cents", "amount")


def _same(text: str) -> str:
    return text


def _when(ms: int) -> str:
    moment = dt.datetime.fromtimestamp(ms / 1000)  # the register's local time
    # The date as the locale writes it (ISO in both), the clock as on receipts.
    return f"{format_date(moment.date())} {moment:%H:%M}"


def report_csv(report: Report, *, words: Callable[[str], str] = _same) -> str:
    """One row per figure; amounts in both cents (exact) and dollars as printed. `words` puts
    each label in the register's language (the ui passes its `tr`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for section, what, count, cents in report.rows():
        writer.writerow([report.kind, report.number or "", _when(report.start_ms),
                         _when(report.end_ms), words(section), words(what),
                         "" if count is None else count, "" if cents is None else cents,
                         "" if cents is None else format_cents(cents, report.currency)])
    return out.getvalue()


def report_text(report: Report, store_name: str, width: int = 42, *, pages: int = 1,
                words: Callable[[str], str] = _same) -> str:
    """The report laid out in columns like a receipt (the receipt printer's path); with
    `pages=2`, two receipt-wide columns side by side (the screen: all of it in one view).
    `words` puts each label in the register's language (the ui passes its `tr`, as for
    `build_receipt`); amounts and dates follow the locale already."""
    text = _one_column(report, store_name, width, words)
    if pages == 1:
        return text
    lines = text.rstrip("\n").split("\n")
    # Break at a section heading near the middle, so no section is split across columns.
    middle = len(lines) // 2
    breaks = [i for i, line in enumerate(lines) if not line and i >= middle - 4]
    cut = breaks[0] if breaks else middle
    left, right = lines[:cut], lines[cut + 1:]
    rows = max(len(left), len(right))
    left += [""] * (rows - len(left))
    right += [""] * (rows - len(right))
    return "\n".join(f"{a.ljust(width)}    {b}".rstrip() for a, b in zip(left, right,
                                                                       strict=True)) + "\n"


def _one_column(report: Report, store_name: str, width: int,
                words: Callable[[str], str]) -> str:
    lines = [store_name.center(width).rstrip(), words(report.title).center(width).rstrip()]
    if report.training:
        lines.append(words(N_("TRAINING — NO VALUE")).center(width).rstrip())
    # "From", "To" and "By" padded to one width so the values line up in either language.
    heads = [words(N_("From")), words(N_("To")), words(N_("By"))]
    pad = max(len(head) for head in heads)
    values = [_when(report.start_ms), _when(report.end_ms), words(report.made_by)]
    for head, value in zip(heads, values, strict=True):
        # A long "By" (names, and French's "(gestionnaire) pour") wraps under its value.
        wrapped = textwrap.wrap(value, max(10, width - pad - 1)) or [""]
        lines.append(f"{head.ljust(pad)} {wrapped[0]}")
        lines += [f"{'':{pad}} {more}" for more in wrapped[1:]]
    if report.shifts:
        lines.append(words(phrase(N_("Shifts {numbers}"),
                                  numbers=", ".join(f"#{n}" for n in report.shifts))))
    section = ""
    for part, what, count, cents in report.rows():
        if part != section:
            section = part
            lines += ["", words(part).upper(), "-" * width]
        label = words(what)
        left = label + (f" ({count})" if count is not None and cents is not None else "")
        right = (format_cents(cents, report.currency) if cents is not None
                 else str(count) if count is not None else "")
        # At least one space between label and figure (a long French label may need it).
        lines.append(f"{left}{right.rjust(max(width - len(left), len(right) + 1))}")
    if report.kind == "X":
        lines += ["", words(N_("X report: nothing was closed.")).center(width).rstrip()]
    return "\n".join(lines) + "\n"
