#!/usr/bin/env python3
"""Keep resources/translations/*.ts in step with the code, and compile them to .qm.

    scripts/translations.py update   # add new strings (unfinished), drop vanished ones
    scripts/translations.py check    # exit 1 listing new, vanished and unfinished strings
    scripts/translations.py compile [FOLDER]   # lrelease every .ts (default build/translations)

Our own extractor rather than pyside6-lupdate: lupdate reads Python's `self.tr()` with the
class as the context, but the ui's words go through a module function `tr(text)` (one context)
and the layers below the ui, which import no Qt, mark theirs with `N_(text)` from
`pos_app.lang`. Both are found here by name: the first argument of every call to `tr` or `N_`,
which must be a string literal (a test fails on any other form, so nothing slips past).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "pos_app"
TS_FOLDER = ROOT / "resources" / "translations"
CONTEXT = "CounterPOS"
MARKERS = ("tr", "N_")


@dataclass
class Extracted:
    strings: dict[str, str] = field(default_factory=dict)  # text -> first "file:line"
    problems: list[str] = field(default_factory=list)  # calls whose text is not a literal


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(
        func, ast.Attribute) else ""


def extract(root: Path = SOURCES) -> Extracted:
    found = Extracted()
    for path in sorted(root.rglob("*.py")):
        where = path.relative_to(root.parent)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _called(node) not in MARKERS or not node.args:
                continue
            if isinstance(node.func, ast.Attribute) and node.func.attr == "tr" and not (
                    isinstance(node.func.value, ast.Name) and node.func.value.id == "i18n"):
                continue  # QObject.tr of Qt itself is not ours
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.strings.setdefault(first.value, f"{where}:{node.lineno}")
            elif _called(node) == "N_" or not _is_variable(first):
                found.problems.append(f"{where}:{node.lineno}: {ast.unparse(first)[:60]}")
    return found


def _is_variable(node: ast.expr) -> bool:
    """`tr(message)`: words marked where they were made (a constant, a Phrase, a result)."""
    return isinstance(node, ast.Name | ast.Attribute | ast.Subscript | ast.Call)


def read_ts(path: Path) -> dict[str, str | None]:
    """source -> translation (None while unfinished)."""
    entries: dict[str, str | None] = {}
    if not path.exists():
        return entries
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        done = translation is not None and translation.get("type") not in (
            "unfinished", "obsolete", "vanished") and (translation.text or "")
        entries[source] = (translation.text or "") if done and translation is not None else None
    return entries


def write_ts(path: Path, language: str, entries: dict[str, str | None]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(entries, key=lambda s: (s.casefold(), s)):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if entries[source] is None:
            translation.set("type", "unfinished")
        else:
            translation.text = entries[source]
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def catalogues() -> list[Path]:
    return sorted(TS_FOLDER.glob("counter_pos_*.ts"))


def language_of(path: Path) -> str:
    return path.stem.removeprefix("counter_pos_")


def differences(path: Path, extracted: Extracted) -> tuple[list[str], list[str], list[str]]:
    """(new in the code, vanished from the code, unfinished) for one catalogue."""
    entries = read_ts(path)
    new = [s for s in extracted.strings if s not in entries]
    vanished = [s for s in entries if s not in extracted.strings]
    unfinished = [s for s, t in entries.items() if t is None and s in extracted.strings]
    return new, vanished, unfinished


def update() -> None:
    extracted = extract()
    for path in catalogues():
        entries = read_ts(path)
        kept = {s: entries.get(s) for s in extracted.strings}
        write_ts(path, language_of(path), kept)
        print(f"{path.name}: {len(kept)} strings, {sum(t is None for t in kept.values())} "
              f"unfinished, {len(set(entries) - set(kept))} dropped")


def check() -> int:
    extracted = extract()
    bad = [f"not a literal: {p}" for p in extracted.problems]
    for path in catalogues():
        new, vanished, unfinished = differences(path, extracted)
        bad += [f"{path.name}: new: {s!r} ({extracted.strings[s]})" for s in new]
        bad += [f"{path.name}: vanished: {s!r}" for s in vanished]
        bad += [f"{path.name}: unfinished: {s!r} ({extracted.strings[s]})" for s in unfinished]
    print("\n".join(bad) or "translations are in step with the code")
    return 1 if bad else 0


def compile_all(folder: Path) -> None:
    import PySide6  # noqa: PLC0415 - only this command needs Qt

    tool = Path(PySide6.__file__).parent / "lrelease"
    folder.mkdir(parents=True, exist_ok=True)
    for path in catalogues():
        subprocess.run([str(tool), "-silent", str(path), "-qm",
                        str(folder / f"{path.stem}.qm")], check=True)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
        return 0
    if command == "compile":
        compile_all(Path(argv[1]) if len(argv) > 1 else ROOT / "build" / "translations")
        return 0
    if command == "check":
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
