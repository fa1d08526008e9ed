"""Fixtures for the sandbox tests: a sandbox, an httpx client over its ASGI transport, helpers."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from pos_app.sandbox import Sandbox, SandboxConfig

BASE_URL = "http://sandbox.test"


def public_key(keys_json: dict[str, str], name: str = "TA_PUBLIC_KEY_DEV") -> rsa.RSAPublicKey:
    """The key as a real client builds it: raw big-endian modulus, then the exponent."""
    raw = base64.b64decode(keys_json[name])
    modulus, exponent = int.from_bytes(raw[:256], "big"), int.from_bytes(raw[256:], "big")
    return rsa.RSAPublicNumbers(exponent, modulus).public_key()


def encrypt(
    keys_json: dict[str, str],
    plain: bytes,
    hash_: type[hashes.HashAlgorithm] = hashes.SHA1,
    name: str = "TA_PUBLIC_KEY_DEV",
) -> str:
    oaep = padding.OAEP(mgf=padding.MGF1(hash_()), algorithm=hash_(), label=None)
    return base64.b64encode(public_key(keys_json, name).encrypt(plain, oaep)).decode()


def encrypt_pan(keys_json: dict[str, str], pan: str, name: str = "TA_PUBLIC_KEY_DEV") -> str:
    """What a real client does: RSA-OAEP SHA-1 of "00000000" + PAN, base64."""
    return encrypt(keys_json, ("00000000" + pan).encode(), name=name)


class Api:
    """Raw JSON calls to a sandbox, with the few steps every test repeats."""

    def __init__(self, sandbox: Sandbox, client: httpx.AsyncClient) -> None:
        self.sandbox = sandbox
        self.client = client
        self._keys: dict[str, str] | None = None

    async def post(self, path: str, body: Any = None, **headers: str) -> httpx.Response:
        return await self.client.post(path, json=body if body is not None else {}, headers=headers)

    async def get(self, path: str, **params: Any) -> httpx.Response:
        return await self.client.get(path, params=params)

    async def keys(self) -> dict[str, str]:
        if self._keys is None:
            self._keys = (await self.client.get("/assets/keys.json")).json()
        return self._keys

    async def tokenize(self, body: dict[str, Any]) -> httpx.Response:
        return await self.client.post(
            "/v1/tokens", json=body, headers={"apikey": self.sandbox.pakms_key}
        )

    async def card_token(
        self, pan: str, exp_month: str = "12", exp_year: str = "2030", cvv: str = "123"
    ) -> str:
        card = {
            "encrypted_pan": encrypt_pan(await self.keys(), pan),
            "exp_month": exp_month,
            "exp_year": exp_year,
            "cvv": cvv,
        }
        response = await self.tokenize({"card": card})
        assert response.status_code == 200, response.text
        return str(response.json()["id"])

    async def gift_token(self, number: str, scv: str | None = None, fac: str | None = None) -> str:
        gift: dict[str, Any] = {"number": number}
        if scv is not None:
            gift["security_code"] = scv
        if fac is not None:
            gift["foreign_access_code"] = fac
        response = await self.tokenize({"gift_card": gift})
        assert response.status_code == 200, response.text
        return str(response.json()["id"])

    async def charge(
        self,
        source: str,
        amount: int,
        *,
        capture: bool = True,
        key: str | None = None,
        **extra: Any,
    ) -> httpx.Response:
        body = {
            "source": source,
            "amount": amount,
            "currency": "usd",
            "capture": capture,
            "partial_redemption": True,
            **extra,
        }
        headers = {} if key is None else {"idempotency-key": key}
        return await self.post("/v1/charges", body, **headers)

    async def gift_charge(
        self, number: str, scv: str | None, amount: int, *, fac: str | None = None, **kw: Any
    ) -> httpx.Response:
        return await self.charge(await self.gift_token(number, scv, fac), amount, **kw)

    def card(self, number: str) -> dict[str, Any]:
        return self.sandbox.gift_card_state(number)

    def balance(self, number: str) -> int:
        return int(self.sandbox.gift_card_state(number)["balance"])


def error_of(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert body["message"] == body["error"]["message"] or response.status_code == 401
    return dict(body["error"])


@pytest.fixture
def config() -> SandboxConfig:
    return SandboxConfig(rate_limit=0, concurrency_limit=0)


@pytest.fixture
def sandbox(config: SandboxConfig) -> Any:
    box = Sandbox(config)
    yield box
    box.close()


@pytest.fixture
async def api(sandbox: Sandbox) -> AsyncIterator[Api]:
    headers = {"authorization": f"Bearer {sandbox.api_token}"}
    async with httpx.AsyncClient(
        transport=sandbox.transport(), base_url=BASE_URL, headers=headers
    ) as client:
        yield Api(sandbox, client)
