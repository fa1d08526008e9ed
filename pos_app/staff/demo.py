"""Training mode's documented demo people (their PINs are printed in the README, never real)."""

from __future__ import annotations

from .people import Person
from .pins import hash_pin
from .roles import Role

__all__ = ["DEMO_PEOPLE", "demo_people"]

# (name, role, PIN): for training only; a real store sets up its own owner at first start.
DEMO_PEOPLE: tuple[tuple[str, Role, str], ...] = (
    ("Olive Owner", Role.OWNER, "246802"),
    ("Max Manager", Role.MANAGER, "135797"),
    ("Cass Cashier", Role.CASHIER, "8642"),
)


def demo_people(now_ms: int) -> list[Person]:
    return [Person(name, role, hash_pin(pin), created_ms=now_ms)
            for name, role, pin in DEMO_PEOPLE]
