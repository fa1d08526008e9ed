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
from pos_app.storage import AppPaths, SecretName, SecretStore, Settings

__all__ = ["SANDBOX_URL_ENV", "Runtime", "build_runtime", "forwarded_for", "sandbox_hosts",
           "settle_heap", "setup_logging"]

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
) -> Runtime:
    """Everything the app runs on. Training mode (the built-in sandbox, in-process, no port)
    when the settings say so or no Clover account is connected.

    `hosts` replaces the environment's Clover hosts (a served sandbox, in tests)."""
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
                            training=training, promotions=_promotions(settings, training))
    checkout = CheckoutController(client, journal, config)
    desk = GiftCardDesk(client, journal, currency=settings.currency, training=training,
                        cashout_requires_manager=settings.cashout_requires_manager)
    log.info("started: %s mode, journal schema %d", "training" if training else
             settings.environment, journal.schema_version)
    return Runtime(settings=settings, client=client, journal=journal, checkout=checkout,
                   desk=desk, training=training, training_reason=reason, sandbox=sandbox,
                   forwarded_for=address)
