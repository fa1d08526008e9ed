"""The query of a list endpoint (charges, refunds, orders): paging and `created` filters."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import QueryParams

from . import parsing as p
from .errors import invalid, not_found

_MAX_MS = 2**62
# Both spellings of each date filter: Clover's paging docs write `created.gte=`, published
# clients (Stripe-style) send `created[gte]=`. A bare `created=` is an exact match.
_OPERATORS = {"gt": ">", "gte": ">=", "lt": "<", "lte": "<=", "": "="}
_CREATED = {
    **{f"created.{name}": op for name, op in _OPERATORS.items() if name},
    **{f"created[{name}]": op for name, op in _OPERATORS.items() if name},
    "created": "=",
}
_PAGING = ("limit", "starting_after", "ending_before")


@dataclass(frozen=True)
class ListQuery:
    """A checked list query: page size, one cursor, and `created` bounds (ms)."""

    limit: int
    starting_after: str | None
    ending_before: str | None
    created: tuple[tuple[str, int], ...]  # (SQL operator, ms)


def list_query(params: QueryParams) -> ListQuery:
    """Read a list query; an unknown parameter is refused (never silently ignored)."""
    for name in params:
        if name not in _CREATED and name not in _PAGING:
            raise invalid("invalid_request", name, f"Unknown query parameter: {name}.")
    created = tuple(
        (op, _ms(params.getlist(name), name)) for name, op in _CREATED.items() if name in params
    )
    after, before = params.get("starting_after"), params.get("ending_before")
    if after is not None and before is not None:
        raise invalid(
            "invalid_request", "ending_before", "Use starting_after or ending_before, not both."
        )
    return ListQuery(
        limit=p.query_int(params.get("limit"), "limit", 1, 100) or 10,
        starting_after=after,
        ending_before=before,
        created=created,
    )


def _ms(values: list[str], name: str) -> int:
    if len(values) != 1:
        raise invalid("invalid_request", name, f"{name} is given more than once.")
    value = p.query_int(values[0], name, 0, _MAX_MS)
    assert value is not None
    return value


def page(
    conn: sqlite3.Connection,
    table: str,
    where: list[str],
    args: list[Any],
    query: ListQuery,
    *,
    seq: str = "seq",
) -> tuple[list[sqlite3.Row], bool]:
    """One page of `table`'s rows, newest first, and whether more follow in that direction.

    `table`, `where` and `seq` come from the code, never from the request."""
    base = " AND ".join(where) or "1"
    where, args = list(where), list(args)
    cursor = query.starting_after or query.ending_before
    if cursor is not None:
        anchor = conn.execute(
            f"SELECT {seq} AS seq FROM {table} WHERE id = ? AND {base}",  # noqa: S608
            (cursor, *args),
        ).fetchone()
        if anchor is None:
            raise not_found("starting_after" if query.starting_after else "ending_before")
        where.append(f"{seq} < ?" if query.starting_after else f"{seq} > ?")
        args.append(anchor["seq"])
    for op, ms in query.created:
        where.append(f"created {op} ?")
        args.append(ms)
    order = "DESC" if query.ending_before is None else "ASC"
    rows = conn.execute(
        f"SELECT * FROM {table} WHERE {' AND '.join(where) or '1'}"  # noqa: S608
        f" ORDER BY {seq} {order} LIMIT ?",
        (*args, query.limit + 1),
    ).fetchall()
    more = len(rows) > query.limit
    rows = rows[: query.limit]
    if query.ending_before is not None:
        rows.reverse()  # still newest first: the page just before the cursor
    return rows, more
