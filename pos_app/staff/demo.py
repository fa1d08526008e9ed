"""Training mode's documented demo people (their PINs are in the README: never for real use)."""

from __future__ import annotations

from .people import Person
from .roles import Role

__all__ = ["DEMO_PEOPLE", "demo_people"]

# (name, role, PIN, its scrypt hash): for training only; a real store sets up its owner at
# first start. The hashes are made once here (the PINs are public anyway), so a training
# register starts without three deliberately slow scrypt runs.
DEMO_PEOPLE: tuple[tuple[str, Role, str, str], ...] = (
    ("Olive Owner", Role.OWNER, "246802",
     "scrypt$16384$8$1$yvzp+OFZa2+w4/S46qjb3w==$5evbUnkQKfuNi+c/U3cFdSMQ18mnbUMgFpTwSsFtfCA="),
    ("Max Manager", Role.MANAGER, "135797",
     "scrypt$16384$8$1$YD40CRwwpegxJ5RI6nwLCw==$dpLgvKgA5KAdLDJFKoIQiAMFlXVQ5z7RlhIdHqA9s5Y="),
    ("Cass Cashier", Role.CASHIER, "864208",
     "scrypt$16384$8$1$DmgRQT7nqkae948eg1O+Pw==$s7P27i2eXGpCq2dXImI3hGNL1zUCsYTmtBQUQOU7I6w="),
)


def demo_people(now_ms: int) -> list[Person]:
    return [Person(name, role, pin_hash, created_ms=now_ms)
            for name, role, _pin, pin_hash in DEMO_PEOPLE]
