"""A scriptable fake Clover on httpx.MockTransport, for faults a real server can't make on cue."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from pos_app import redact as redact_module
from pos_app.clover import CloverClient, Credentials, Hosts, RetryPolicy, StaticCredentials

API_TOKEN = "merchant-api-token-abc123"
PAKMS_KEY = "pakmskey0123456789abcdef01234567"
HOSTS = Hosts(
    token="https://token.test",
    scl="https://scl.test",
    api="https://api.test",
    keys_url="https://cdn.test/assets/keys.json",
    key_name="TA_PUBLIC_KEY_DEV",
)

Step = httpx.Response | Exception | Callable[[httpx.Request], Awaitable[httpx.Response]]


def key_blob(public_key: rsa.RSAPublicKey) -> str:
    """Clover's keys.json layout: 256-byte modulus then 256-byte exponent, big-endian, base64."""
    numbers = public_key.public_numbers()
    raw = numbers.n.to_bytes(256, "big") + numbers.e.to_bytes(256, "big")
    return base64.b64encode(raw).decode("ascii")


def answer(status: int = 200, body: Any = None, **kwargs: Any) -> httpx.Response:
    """A JSON response (or, with `content=`/`text=`, a raw one)."""
    if body is not None:
        kwargs["json"] = body
    return httpx.Response(status, **kwargs)


def charge_json(
    charge_id: str = "CHARGE0000001", amount: int = 1000, **extra: Any
) -> dict[str, Any]:
    return {
        "id": charge_id, "object": "charge", "amount": amount, "amount_refunded": 0,
        "currency": "usd", "created": 1_700_000_000_000, "captured": True, "paid": True,
        "status": "succeeded", "outcome": {"network_status": "approved_by_network",
                                           "type": "authorized"},
        "source": {"id": "clv_1TSTSBAjam8Fqo1ju5iNq1Tt", "brand": "VISA", "first6": "411111",
                   "last4": "1111"},
        "ref_num": "308196", "auth_code": "445869", "payment_method_details": "card", **extra,
    }


def decline_json(decline_code: str = "insufficient_funds", **extra: Any) -> dict[str, Any]:
    return {"message": "Card declined.",
            "error": {"type": "card_error", "code": "card_declined", "declineCode": decline_code,
                      "message": "Card declined.", "charge": "DECLINED00001", **extra}}


@dataclass
class Seen:
    """One request as the fake server received it."""

    method: str
    path: str
    url: httpx.URL
    headers: httpx.Headers
    content: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.content) if self.content else None


@dataclass
class FakeClover:
    """Routes by "METHOD /path"; scripted steps first, then the route's default answer."""

    keys_blob: str
    requests: list[Seen] = field(default_factory=list)
    scripts: dict[str, list[Step]] = field(default_factory=dict)

    def script(self, route: str, *steps: Step) -> None:
        self.scripts.setdefault(route, []).extend(steps)

    def seen(self, route: str) -> list[Seen]:
        return [r for r in self.requests if f"{r.method} {r.path}" == route]

    async def handle(self, request: httpx.Request) -> httpx.Response:
        route = f"{request.method} {request.url.path}"
        self.requests.append(
            Seen(request.method, request.url.path, request.url, request.headers, request.content)
        )
        steps = self.scripts.get(route)
        if steps:
            step = steps.pop(0)
            if isinstance(step, Exception):
                raise step
            if isinstance(step, httpx.Response):
                return step
            return await step(request)
        return self.default(request, route)

    def default(self, request: httpx.Request, route: str) -> httpx.Response:
        if route == "GET /assets/keys.json":
            return answer(body={"TA_PUBLIC_KEY_DEV": self.keys_blob, "TA_PUBLIC_KEY_PROD": "x"})
        if route == "GET /pakms/apikey":
            return answer(body={"active": True, "apiAccessKey": PAKMS_KEY})
        if route == "POST /v1/tokens":
            return answer(body={"id": "clv_1ABCDefgHI23jKL4m5nOPqR", "object": "token",
                                "card": {"last4": "1111", "brand": "VISA"}})
        if route in ("POST /v1/charges", "GET /v1/charges/CHARGE0000001"):
            return answer(body=charge_json())
        if route.startswith("POST /v1/charges/") and route.endswith("/capture"):
            return answer(body=charge_json())
        return answer(404, {"error": {"type": "invalid_request_error",
                                      "code": "resource_missing", "message": "Not found"}})

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)


@pytest.fixture(scope="session")
def rsa_private_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def fake(rsa_private_key: rsa.RSAPrivateKey) -> FakeClover:
    return FakeClover(keys_blob=key_blob(rsa_private_key.public_key()))


@pytest.fixture
def sleeps() -> list[float]:
    return []


ClientFactory = Callable[..., CloverClient]


@pytest.fixture
async def make_client(fake: FakeClover, sleeps: list[float]) -> AsyncIterator[ClientFactory]:
    """Build clients on the fake, with no real backoff (requested sleeps are recorded)."""
    made: list[CloverClient] = []

    async def no_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    def build(credentials: Credentials | None = None, **kwargs: Any) -> CloverClient:
        kwargs.setdefault("retry", RetryPolicy())
        kwargs.setdefault("sleep", no_sleep)
        kwargs.setdefault("rand", lambda: 1.0)
        client = CloverClient(
            kwargs.pop("hosts", HOSTS),
            credentials or StaticCredentials(API_TOKEN, pakms_key=PAKMS_KEY),
            transport=fake.transport(),
            **kwargs,
        )
        made.append(client)
        return client

    yield build
    for client in made:
        await client.aclose()


@pytest.fixture(autouse=True)
def _forget_test_secrets() -> Any:
    """Secrets registered by a test (tokens, keys) stop being masked after it."""
    before = redact_module._secrets
    yield
    redact_module.forget_secrets(redact_module._secrets - before)
