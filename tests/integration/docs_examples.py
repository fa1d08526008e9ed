"""The Clover API pages' curl requests and JSON answers, as test data kept in the project.

`data/clover_docs_examples.json` holds every example (body, answer, and the page and line each
came from); the replay test reads it, so a bare clone needs nothing beside it. The reader below
wrote that file from the pages in shared/clover-docs and checks it still matches them when they
are present:

    python -m tests.integration.docs_examples --write

The pages carry slips (trailing commas, bodies with no closing quote, a space inside a URL,
`{{refundId}}` placeholders): the reader repairs exactly those, so that each example is replayed
as the docs wrote it.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

DOCS_DIR = Path(__file__).resolve().parents[3] / "shared" / "clover-docs"
DATA_FILE = Path(__file__).resolve().parent / "data" / "clover_docs_examples.json"

_REQUEST = re.compile(r"--request\s+(GET|POST)")
_URL = re.compile(r"--url\s+'([^']*)'")
_HEADER = re.compile(r"--header\s+'([^']*)'")
_DATA = re.compile(r"--data(?:-raw)?\s+'")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


@dataclass(frozen=True)
class DocExample:
    """One request of the docs, with the response the docs show for it (if any)."""

    source: str
    line: int
    method: str
    url: str
    headers: dict[str, str]
    body: dict[str, Any] | None
    response: dict[str, Any] | None = field(default=None)
    heading: str = ""  # the page's last line of text before the example: what it shows

    @property
    def path(self) -> str:
        """The URL's path, with the docs' host (and its typos) removed."""
        url = self.url.replace(" ", "")
        return "/" + url.split("://", 1)[-1].split("/", 1)[-1] if "://" in url else url

    def __str__(self) -> str:
        return f"{self.source}:{self.line} {self.method} {self.path}"


def _loads_lenient(text: str) -> dict[str, Any]:
    text = _TRAILING_COMMA.sub(r"\1", text.strip().rstrip("'").strip())
    opened, closed = text.count("{"), text.count("}")
    text += "}" * (opened - closed)
    value = json.loads(text)
    assert isinstance(value, dict)
    return value


def _balanced_object(text: str, start: int) -> tuple[str, int]:
    """The JSON object that opens at text[start], and the index after it."""
    depth, in_string, escaped = 0, False, False
    for index in range(start, len(text)):
        char = text[index]
        if in_string:
            escaped = not escaped and char == "\\"
            if char == '"' and not escaped:
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return text[start : index + 1], index + 1
    raise ValueError(f"unbalanced object at {start}")


def _body(lines: list[str]) -> tuple[dict[str, Any] | None, int]:
    """The request body that starts on lines[0] (after --data), and how many lines it took."""
    collected: list[str] = []
    for count, line in enumerate(lines, start=1):
        stripped = line.strip()
        if count > 1 and (stripped.startswith("{") or stripped.startswith("```")):
            return _loads_lenient("\n".join(collected)), count - 1
        collected.append(line)
        if stripped.endswith("}'") or (stripped == "}" and count > 1):
            return _loads_lenient("\n".join(collected)), count
    return _loads_lenient("\n".join(collected)), len(lines)


def _heading(before: list[str]) -> str:
    """The last line of prose above an example (code fences skipped)."""
    for line in reversed(before):
        text = line.strip()
        if text and not text.startswith("```"):
            return text
    return ""


def examples_in(path: Path) -> list[DocExample]:
    """Every curl example in one docs page."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    found: list[DocExample] = []
    starts = [i for i, line in enumerate(lines) if re.match(r"\s*curl\s", line)]
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        chunk = lines[start:end]
        head: list[str] = []
        body: dict[str, Any] | None = None
        rest_from = len(chunk)
        for offset, line in enumerate(chunk):
            match = _DATA.search(line)
            if match:
                first = line[match.end() :]
                body, used = _body([first, *chunk[offset + 1 :]])
                rest_from = offset + used
                break
            head.append(line)
            continued = line.rstrip().endswith("\\") or line.strip().startswith("--")
            if offset > 0 and not continued:
                rest_from = offset
                break
        joined = "\n".join(head)
        method = _REQUEST.search(joined)
        url = _URL.search(joined)
        if not method or not url:
            continue
        headers = {}
        for header in _HEADER.findall(joined):
            name, _, value = header.partition(":") if ":" in header else header.partition(" ")
            headers[name.strip().lower()] = value.strip()
        rest = "\n".join(chunk[rest_from:])
        response = None
        brace = rest.find("{")
        later_curl = re.search(r"^\s*curl\s", rest[:brace], flags=re.MULTILINE)
        if brace != -1 and not later_curl:
            try:
                obj, _ = _balanced_object(rest, brace)
                response = _loads_lenient(obj)
            except (ValueError, json.JSONDecodeError):
                response = None
        found.append(
            DocExample(
                source=path.name,
                line=start + 1,
                method=method.group(1),
                url=url.group(1),
                headers=headers,
                body=body,
                response=response,
                heading=_heading(lines[:start]),
            )
        )
    return found


def parse_docs(docs_dir: Path = DOCS_DIR) -> list[DocExample]:
    """Every curl example of every page, in page order, read from the pages themselves."""
    examples: list[DocExample] = []
    for path in sorted(docs_dir.glob("*.txt")):
        examples.extend(examples_in(path))
    return examples


def curl_count(docs_dir: Path = DOCS_DIR) -> int:
    """How many curl commands the pages hold, to prove none was skipped."""
    return sum(
        len(re.findall(r"^\s*curl\s", p.read_text(encoding="utf-8"), flags=re.MULTILINE))
        for p in docs_dir.glob("*.txt")
    )


def to_json(examples: list[DocExample]) -> str:
    """The test data file's text for these examples."""
    return json.dumps([asdict(example) for example in examples], indent=2, sort_keys=True) + "\n"


def load_examples(data_file: Path = DATA_FILE) -> list[DocExample]:
    """The examples kept in the project, in page order."""
    return [DocExample(**item) for item in json.loads(data_file.read_text(encoding="utf-8"))]


def main() -> None:
    """Writes the test data from the pages (`--write`), or says whether it still matches them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the data file")
    parser.add_argument("--docs", type=Path, default=DOCS_DIR, help="the clover-docs folder")
    args = parser.parse_args()
    examples = parse_docs(args.docs)
    if not examples:
        raise SystemExit(f"no examples found in {args.docs}")
    if args.write:
        DATA_FILE.parent.mkdir(exist_ok=True)
        DATA_FILE.write_text(to_json(examples), encoding="utf-8")
        print(f"wrote {len(examples)} examples to {DATA_FILE}")
    elif to_json(examples) != DATA_FILE.read_text(encoding="utf-8"):
        raise SystemExit(f"{DATA_FILE} no longer matches {args.docs}: run with --write")
    else:
        print(f"{DATA_FILE.name} matches the {len(examples)} examples of {args.docs}")


if __name__ == "__main__":
    main()
