"""Single-use `clv_` tokens, kept in memory only: no card number ever reaches the database."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TypeVar

from .errors import invalid
from .ids import token_id


@dataclass(frozen=True)
class Decline:
    """What charging a card token answers instead of an approval."""

    type: str
    code: str
    decline_code: str | None = None


@dataclass
class CardToken:
    """A tokenized credit card: what a charge needs, and its outcome resolved at token time."""

    brand: str
    first6: str
    last4: str
    exp_month: str
    exp_year: str
    decline: Decline | None  # None: the card is approved
    id: str = ""
    used: bool = False


@dataclass
class GiftToken:
    """A tokenized gift card: the salted hashes of its number and codes, never the clear text."""

    number_hash: str
    last4: str
    first6: str | None
    scv_hash: str | None
    fac_hash: str | None
    id: str = ""
    used: bool = False


Token = CardToken | GiftToken
T = TypeVar("T", CardToken, GiftToken)
MAX_TOKENS = 50_000  # a long-running server forgets its oldest tokens past this many


class TokenStore:
    """The live tokens of one sandbox; a token is spent by the first request that uses it."""

    def __init__(self) -> None:
        self._tokens: dict[str, Token] = {}
        self._lock = threading.Lock()

    def add(self, token: T) -> T:
        with self._lock:
            token.id = token_id()
            while token.id in self._tokens:  # pragma: no cover - 131 bits of randomness
                token.id = token_id()
            self._tokens[token.id] = token
            if len(self._tokens) > MAX_TOKENS:
                self._forget_oldest()
        return token

    def _forget_oldest(self) -> None:
        spent = [tid for tid, known in self._tokens.items() if known.used]
        for tid in spent:
            del self._tokens[tid]
        excess = len(self._tokens) - MAX_TOKENS
        for tid in list(self._tokens)[: max(excess, 0)]:  # dicts keep insertion order
            del self._tokens[tid]

    def peek(self, tid: str) -> Token:
        """The token, not spent; unknown answers `resource_missing` (param `source`)."""
        with self._lock:
            token = self._tokens.get(tid)
        if token is None:
            raise invalid("resource_missing", "source", "No such token.")
        return token

    def spend(self, tid: str) -> Token:
        """Mark the token used; a second use answers `token_already_used`."""
        with self._lock:
            token = self._tokens.get(tid)
            if token is None:
                raise invalid("resource_missing", "source", "No such token.")
            if token.used:
                raise invalid("token_already_used", "source")
            token.used = True
            return token

    def spend_gift(self, tid: str) -> GiftToken:
        """Spend a token that must be a gift card token (gift card operations)."""
        token = self.peek(tid)
        if not isinstance(token, GiftToken):
            raise invalid("invalid_request", "source", "The source is not a gift card token.")
        spent = self.spend(tid)
        assert isinstance(spent, GiftToken)
        return spent

    def clear(self) -> None:
        with self._lock:
            self._tokens.clear()
