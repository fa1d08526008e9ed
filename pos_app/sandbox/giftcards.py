"""Gift card rows of the ledger: lookup, the checks every operation makes, holds and seeding."""

from __future__ import annotations

import hmac
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .errors import declined
from .ids import digits
from .seed import GIFT_CARD_EXPIRATION, GIFT_CARDS
from .tokens import GiftToken

Hasher = Callable[[str, str], str]


@dataclass(frozen=True)
class CardRow:
    """One gift card as the ledger holds it (no number, no code: only hashes and last4)."""

    id: int
    last4: str
    first6: str | None
    scv_hash: str | None
    fac_hash: str | None
    status: str
    balance: int
    locked: int
    denomination: int | None
    virtual: bool

    @property
    def available(self) -> int:
        return self.balance - self.locked

    def block(self, previous_balance: int) -> dict[str, Any]:
        """The `gift_card` object of an answer, after the operation."""
        return {
            "expiration_date": GIFT_CARD_EXPIRATION,
            "previous_balance": previous_balance,
            "new_balance": self.balance,
            "lock_amount": self.locked,
        }


    def hold_block(self, before: CardRow, lock_id: int) -> dict[str, Any]:
        """The `gift_card` object of a hold's answer, as in the docs' multi-lock example
        (592 -> 492, no lock_amount): what the card could spend before the hold and after it."""
        return {
            "expiration_date": GIFT_CARD_EXPIRATION,
            "previous_balance": before.available,
            "new_balance": self.available,
            "lock_id": lock_id,
        }


def _row(row: sqlite3.Row | None) -> CardRow | None:
    if row is None:
        return None
    return CardRow(
        id=row["id"],
        last4=row["last4"],
        first6=row["first6"],
        scv_hash=row["scv_hash"],
        fac_hash=row["fac_hash"],
        status=row["status"],
        balance=row["balance"],
        locked=row["locked"],
        denomination=row["denomination"],
        virtual=bool(row["virtual"]),
    )


def card_by_id(conn: sqlite3.Connection, card_id: int) -> CardRow:
    row = _row(conn.execute("SELECT * FROM gift_cards WHERE id = ?", (card_id,)).fetchone())
    if row is None:  # pragma: no cover - foreign keys keep every reference valid
        raise LookupError("gift card row vanished")
    return row


def card_by_hash(conn: sqlite3.Connection, number_hash: str) -> CardRow | None:
    return _row(
        conn.execute("SELECT * FROM gift_cards WHERE number_hash = ?", (number_hash,)).fetchone()
    )


def expire_locks(conn: sqlite3.Connection, now_ms: int, card_id: int | None = None) -> None:
    """Release every hold whose time is up (lazily, inside the caller's transaction)."""
    query = (
        "SELECT lock_id, card_id, charge_id, amount FROM locks"
        " WHERE status = 'active' AND expires <= ?"
    )
    args: tuple[int, ...] = (now_ms,)
    if card_id is not None:
        query += " AND card_id = ?"
        args = (now_ms, card_id)
    for lock in conn.execute(query, args).fetchall():
        conn.execute("UPDATE locks SET status = 'expired' WHERE lock_id = ?", (lock["lock_id"],))
        conn.execute(
            "UPDATE gift_cards SET locked = locked - ? WHERE id = ?",
            (lock["amount"], lock["card_id"]),
        )
        conn.execute(
            "UPDATE charges SET hold = 'expired' WHERE id = ? AND hold = 'active'",
            (lock["charge_id"],),
        )


def _same(stored: str | None, given: str | None) -> bool:
    return given is not None and stored is not None and hmac.compare_digest(stored, given)


def checked_card(
    conn: sqlite3.Connection, token: GiftToken, now_ms: int, *, activation: bool = False
) -> CardRow:
    """The card behind a token after the contract's checks, in the contract's order."""
    found = card_by_hash(conn, token.number_hash)
    if found is None:
        raise declined("card_not_found")
    expire_locks(conn, now_ms, found.id)
    card = card_by_id(conn, found.id)
    if card.status == "closed":
        raise declined("card_closed")
    if card.status == "inactive" and not activation:
        raise declined("card_inactive")
    if card.scv_hash is not None and not _same(card.scv_hash, token.scv_hash):
        raise declined("invalid_security_code")
    if card.fac_hash is not None and not _same(card.fac_hash, token.fac_hash):
        raise declined("invalid_access_code")
    if activation and card.status == "active":
        raise declined("already_active")
    return card


def source_block(token: GiftToken, card: CardRow, *, charge: bool = False) -> dict[str, Any]:
    source: dict[str, Any] = {"id": token.id}
    if charge:
        source["brand"] = "GIFT_CARD"
        if card.first6 is not None:
            source["first6"] = card.first6
    source["last4"] = card.last4
    return source


def insert_card(
    conn: sqlite3.Connection,
    hasher: Hasher,
    number: str,
    *,
    scv: str | None,
    fac: str | None,
    status: str,
    balance: int,
    denomination: int | None = None,
    virtual: bool = False,
) -> int:
    cursor = conn.execute(
        "INSERT INTO gift_cards (number_hash, last4, first6, scv_hash, fac_hash, status, balance,"
        " denomination, virtual) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            hasher("number", number),
            number[-4:],
            number[:6] if len(number) >= 16 else None,
            None if scv is None else hasher("scv", scv),
            None if fac is None else hasher("fac", fac),
            status,
            balance,
            denomination,
            int(virtual),
        ),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def seed_cards(conn: sqlite3.Connection, hasher: Hasher) -> None:
    for card in GIFT_CARDS:
        insert_card(
            conn,
            hasher,
            card.number,
            scv=card.scv,
            fac=card.fac,
            status=card.state,
            balance=card.balance,
            denomination=card.denomination,
        )


def new_virtual_card(
    conn: sqlite3.Connection, hasher: Hasher, balance: int
) -> tuple[int, str, str]:
    """Create an active 16-digit virtual card; returns (row id, number, security code)."""
    while True:
        number = "7777373" + digits(9)
        if card_by_hash(conn, hasher("number", number)) is None:
            break
    scv = digits(8)
    card_id = insert_card(
        conn, hasher, number, scv=scv, fac=None, status="active", balance=balance, virtual=True
    )
    return card_id, number, scv
