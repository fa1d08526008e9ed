"""Clover environments and the base URLs of their hosts (tokens, ecommerce, OAuth, key CDN)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Environment", "Hosts"]

KEYS_URL = "https://checkout.clover.com/assets/keys.json"
DEV_KEY = "TA_PUBLIC_KEY_DEV"
PROD_KEY = "TA_PUBLIC_KEY_PROD"


class Environment(StrEnum):
    """Where the register sends its requests."""

    TRAINING = "training"  # the built-in sandbox, in-process: nothing has value
    SANDBOX = "sandbox"  # Clover's sandbox hosts
    PRODUCTION = "production"  # real money


@dataclass(frozen=True, slots=True)
class Hosts:
    """Base URLs (no trailing slash) of the hosts one environment uses."""

    token: str  # POST /v1/tokens
    scl: str  # charges, refunds, gift cards, PAKMS key
    api: str  # OAuth token and refresh
    keys_url: str  # the card-encryption public keys (keys.json)
    key_name: str  # which entry of keys.json to use
    authorize: str = ""  # the OAuth authorize page the browser opens ("" = the api host)

    @property
    def authorize_url(self) -> str:
        """Where the merchant approves the app: `{authorize}/oauth/v2/authorize`."""
        return (self.authorize or self.api).rstrip("/") + "/oauth/v2/authorize"

    @classmethod
    def for_environment(cls, env: Environment | str) -> Hosts:
        """Clover's own hosts for the sandbox or production (training has no fixed host)."""
        env = Environment(env)
        if env is Environment.SANDBOX:
            return cls(
                token="https://token-sandbox.dev.clover.com",  # noqa: S106 - a host
                scl="https://scl-sandbox.dev.clover.com",
                api="https://apisandbox.dev.clover.com",
                keys_url=KEYS_URL,
                key_name=DEV_KEY,
                authorize="https://sandbox.dev.clover.com",
            )
        if env is Environment.PRODUCTION:
            return cls(
                token="https://token.clover.com",  # noqa: S106 - a host
                scl="https://scl.clover.com",
                api="https://api.clover.com",
                keys_url=KEYS_URL,
                key_name=PROD_KEY,
                authorize="https://www.clover.com",
            )
        raise ValueError("training mode has no Clover hosts: use Hosts.local(sandbox_url)")

    @classmethod
    def local(cls, base_url: str = "http://sandbox.local") -> Hosts:
        """One base URL for every host: the built-in sandbox (in-process or `sandbox serve`)."""
        base = base_url.rstrip("/")
        return cls(
            token=base, scl=base, api=base, keys_url=f"{base}/assets/keys.json", key_name=DEV_KEY,
            authorize=base,
        )
