"""Build the app's parts once (client, journal, controllers) for the window or `selftest`."""

from __future__ import annotations

import gc
import ipaddress
import logging
import logging.handlers
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from pos_app.checkout import CheckoutConfig, CheckoutController, Journal
from pos_app.checkout.desk import GiftCardDesk
from pos_app.checkout.records import Records
from pos_app.clover import (
    CloverClient,
    Credentials,
    Environment,
    Hosts,
    OAuthCredentials,
    OAuthTokens,
    StaticCredentials,
)
from pos_app.clover.address import register_address
from pos_app.promotions import Promotion, parse_promotions
from pos_app.redact import RedactingFilter
from pos_app.shift import ShiftBook
from pos_app.staff import StaffDirectory
from pos_app.staff.demo import DEMO_PEOPLE, demo_people
from pos_app.storage import AppPaths, SecretName, SecretStore, Settings

__all__ = [
    "SANDBOX_URL_ENV",
    "Runtime",
    "build_runtime",
    "demo_cashier_on_shift",
    "forwarded_for",
    "register_parts",
    "sandbox_hosts",
    "settle_heap",
    "setup_logging",
]

log = logging.getLogger(__name__)

SANDBOX_URL_ENV = "COUNTER_POS_SANDBOX_URL"


@dataclass(slots=True)
class Runtime:
    """The parts built once per process, and how to close them."""

    settings: Settings
    client: CloverClient
    journal: Journal
    checkout: CheckoutController
    desk: GiftCardDesk
    training: bool
    staff: StaffDirectory
    shifts: ShiftBook
    training_reason: str = ""
    sandbox: object | None = None  # the in-process Sandbox in training mode
    forwarded_for: str = "127.0.0.1"  # the register's address, sent as x-forwarded-for
    closers: list[object] = field(default_factory=list)

    async def aclose(self) -> None:
        await self.checkout.aclose()
        await self.client.aclose()
        self.journal.close()
        if self.sandbox is not None:
            self.sandbox.close()  # type: ignore[attr-defined]


def settle_heap() -> None:
    """Start-up is over: collect once, then move every object alive now (modules, classes,
    widgets, the sandbox) out of the cyclic garbage collector's reach. A full collection of
    that heap takes 60 ms or more on a counter PC, a frozen event loop in the middle of a
    sale whenever Python decides to run one; after this it scans only what sales make."""
    gc.collect()
    gc.freeze()


def setup_logging(paths: AppPaths, *, level: int = logging.INFO) -> None:
    """A rotating log file in the log folder; every line passes the redaction filter."""
    root = logging.getLogger()
    handler = logging.handlers.RotatingFileHandler(paths.log_path, maxBytes=2_000_000,
                                                   backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(level)
    # qasync logs every executor call's arguments at DEBUG (a secret being stored, say).
    for noisy in ("httpx", "httpcore", "asyncio", "qasync"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    paths.log_path.chmod(0o600)


def _credentials(settings: Settings, secrets: SecretStore) -> Credentials | None:
    """The merchant's Clover credentials from the OS keyring, or None when not connected."""
    from pos_app.oauth_connect import read_tokens, store_tokens  # noqa: PLC0415

    async def remember_pakms(key: str) -> None:
        await secrets.aset(SecretName.PAKMS_KEY, key)

    pakms = secrets.get(SecretName.PAKMS_KEY)
    pair = read_tokens(secrets) if settings.oauth_client_id else None
    if pair is not None:
        async def remember_tokens(tokens: OAuthTokens) -> None:
            await store_tokens(secrets, tokens)

        # The expiry stored with the pair (read from Clover's answer) drives the refresh.
        return OAuthCredentials(settings.oauth_client_id, pair,
                                on_tokens=remember_tokens, pakms_key=pakms,
                                on_pakms_key=remember_pakms)
    token = secrets.get(SecretName.API_TOKEN)
    if token:
        return StaticCredentials(token, pakms_key=pakms, on_pakms_key=remember_pakms)
    return None


def register_parts(journal: Journal, settings: Settings, training: bool, *,
                   demo: bool = True) -> tuple[StaffDirectory, ShiftBook]:
    """Who works the register and its shifts, on the journal. Training ships the documented
    demo owner, manager and cashier (README); a real store sets up its owner at first start."""
    records = Records(journal)
    staff = StaffDirectory(records, now_ms=journal.now_ms)
    if training and demo and not records.people():
        for person in demo_people(journal.now_ms()):
            records.save_person(person, None)
    return staff, ShiftBook(journal, records, staff, currency=settings.currency,
                            training=training)


async def demo_cashier_on_shift(staff: StaffDirectory, shifts: ShiftBook,
                                float_cents: int = 10_000) -> None:
    """Training only: sign the demo cashier in with the documented PIN and open a shift with
    its float, through the same calls as the screens (for selftest, the bench, tests)."""
    name, _role, pin, _hash = DEMO_PEOPLE[2]
    cashier = next(p for p in staff.people() if p.name == name)
    await staff.sign_in(cashier.id, pin)
    if shifts.shift is None:
        shifts.open(float_cents)


def _promotions(settings: Settings, training: bool) -> tuple[Promotion, ...]:
    """The virtual gift card codes the register checks amounts against: the manager's list
    (Settings), and in training mode the built-in sandbox's codes too."""
    known = {p.code: p for p in parse_promotions(settings.gift_card_promotions)}
    if training:
        from pos_app.sandbox.seed import PROMOTIONS  # noqa: PLC0415 - training only

        for code, seeded in PROMOTIONS.items():
            known.setdefault(code, Promotion(code, seeded.denomination, seeded.min_amount,
                                             seeded.max_amount))
    return tuple(known.values())


def sandbox_hosts(environ: Mapping[str, str] = os.environ) -> Hosts | None:
    """A developer's `pos-app sandbox serve` standing in for Clover's sandbox hosts, named by
    COUNTER_POS_SANDBOX_URL; never used for production."""
    url = environ.get(SANDBOX_URL_ENV, "").strip()
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        log.warning("%s is not an http(s) URL: Clover's own sandbox is used", SANDBOX_URL_ENV)
        return None
    return Hosts.local(url)


def forwarded_for(settings: Settings) -> str:
    """The address every request's `x-forwarded-for` carries: the register IP a manager typed
    (a loopback one counts as none), else the register's own address, found now."""
    typed = settings.register_ip
    if typed and not ipaddress.ip_address(typed).is_loopback:
        return typed
    return register_address()


def build_runtime(
    paths: AppPaths,
    settings: Settings,
    secrets: SecretStore | None,
    *,
    training_db: Path | None = None,
    hosts: Hosts | None = None,
    demo: bool = True,
) -> Runtime:
    """Everything the app runs on. Training mode (the built-in sandbox, in-process, no port)
    when the settings say so or no Clover account is connected.

    `hosts` replaces the environment's Clover hosts (a served sandbox, in tests). `demo=False`:
    training without the demo people, so it starts as a new store does (the owner sets up)."""
    address = forwarded_for(settings)  # once per start: every request then carries it
    if hosts is None and settings.environment == "sandbox":
        hosts = sandbox_hosts()
    credentials = (None if settings.environment == "training" or secrets is None
                   else _credentials(settings, secrets))
    journal = Journal(paths.journal_path)
    sandbox = None
    if credentials is None:
        from pos_app.sandbox import Sandbox, SandboxConfig  # noqa: PLC0415 - training only

        reason = ("Training mode is on in Settings." if settings.environment == "training"
                  else "No Clover account is connected (Settings → Clover).")
        sandbox = Sandbox(SandboxConfig(db_path=training_db or paths.data_dir / "training.sqlite3"))
        client = CloverClient(Hosts.local(), StaticCredentials(sandbox.api_token),
                              transport=sandbox.transport(), forwarded_for=address)
        training = True
    else:
        reason = ""
        client = CloverClient(hosts or Hosts.for_environment(Environment(settings.environment)),
                              credentials, forwarded_for=address)
        training = False
    config = CheckoutConfig(currency=settings.currency, tax_rate_ppm=settings.tax_rate_ppm,
                            redeem_immediately=settings.redeem_mode == "redeem",
                            record_orders=settings.record_orders,
                            training=training, promotions=_promotions(settings, training))
    checkout = CheckoutController(client, journal, config)
    desk = GiftCardDesk(client, journal, currency=settings.currency, training=training,
                        cashout_requires_manager=settings.cashout_requires_manager)
    staff, shifts = register_parts(journal, settings, training, demo=demo)
    log.info("started: %s mode, journal schema %d", "training" if training else
             settings.environment, journal.schema_version)
    return Runtime(settings=settings, client=client, journal=journal, checkout=checkout,
                   desk=desk, training=training, staff=staff, shifts=shifts,
                   training_reason=reason, sandbox=sandbox, forwarded_for=address)
