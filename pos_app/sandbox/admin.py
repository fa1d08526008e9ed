"""Sandbox-only operations on the ledger: seeding, reset, and a gift card's full state."""

from __future__ import annotations

from typing import Any

from .giftcards import card_by_hash, expire_locks, seed_cards
from .state import SandboxState


def ensure_seeded(state: SandboxState) -> None:
    """Seed the test gift cards once per ledger (a reopened file keeps its balances)."""
    db = state.db
    with db.tx() as conn:
        if conn.execute("SELECT 1 FROM meta WHERE key = 'seeded'").fetchone() is None:
            seed_cards(conn, db.hash_secret)
            conn.execute("INSERT INTO meta (key, value) VALUES ('seeded', '1')")


def reset(state: SandboxState) -> None:
    """Wipe the ledger (cards, charges, refunds, idempotency keys, tokens) and re-seed it."""
    state.db.wipe_ledger()
    state.tokens.clear()
    state.idempotency.clear()
    ensure_seeded(state)


def gift_card_state(state: SandboxState, number: str) -> dict[str, Any]:
    """What the ledger holds for a card; KeyError if the number is unknown."""
    db = state.db
    with db.tx() as conn:
        card = card_by_hash(conn, db.hash_secret("number", number))
        if card is None:
            raise KeyError("unknown gift card")
        expire_locks(conn, state.clock.now_ms(), card.id)
        card = card_by_hash(conn, db.hash_secret("number", number))
        assert card is not None
        locks = conn.execute(
            "SELECT lock_id, amount, charge_id, expires FROM locks"
            " WHERE card_id = ? AND status = 'active' ORDER BY lock_id",
            (card.id,),
        ).fetchall()
    return {
        "last4": card.last4,
        "status": card.status,
        "balance": card.balance,
        "lock_amount": card.locked,
        "locks": [
            {
                "lock_id": row["lock_id"],
                "amount": row["amount"],
                "charge": row["charge_id"],
                "expires": row["expires"],
            }
            for row in locks
        ],
    }
