"""A report as CSV, and as receipt-width text for the printer and the PDF."""

from __future__ import annotations

import csv
import io
import time

from pos_app.money import format_cents

from .report import Report

__all__ = ["report_csv", "report_text"]


def _when(ms: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ms / 1000))


def report_csv(report: Report) -> str:
    """One row per figure; amounts in both cents (exact) and dollars as printed."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["report", "number", "from", "to", "section", "what", "count", "cents",
                     "amount"])
    for section, what, count, cents in report.rows():
        writer.writerow([report.kind, report.number or "", _when(report.start_ms),
                         _when(report.end_ms), section, what,
                         "" if count is None else count, "" if cents is None else cents,
                         "" if cents is None else format_cents(cents, report.currency)])
    return out.getvalue()


def report_text(report: Report, store_name: str, width: int = 42, *, pages: int = 1) -> str:
    """The report laid out in columns like a receipt (the receipt printer's path); with
    `pages=2`, two receipt-wide columns side by side (the screen: all of it in one view)."""
    text = _one_column(report, store_name, width)
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


def _one_column(report: Report, store_name: str, width: int) -> str:
    lines = [store_name.center(width).rstrip(), report.title.center(width).rstrip()]
    if report.training:
        lines.append("TRAINING — NO VALUE".center(width).rstrip())
    lines += [f"From {_when(report.start_ms)}", f"To   {_when(report.end_ms)}",
              f"By   {report.made_by}"]
    if report.shifts:
        lines.append("Shifts " + ", ".join(f"#{n}" for n in report.shifts))
    section = ""
    for part, what, count, cents in report.rows():
        if part != section:
            section = part
            lines += ["", part.upper(), "-" * width]
        left = what + (f" ({count})" if count is not None and cents is not None else "")
        right = (format_cents(cents, report.currency) if cents is not None
                 else str(count) if count is not None else "")
        lines.append(f"{left}{right.rjust(width - len(left))}")
    if report.kind == "X":
        lines += ["", "X report: nothing was closed.".center(width).rstrip()]
    return "\n".join(lines) + "\n"
