"""Times one split-tender sale's API calls through CloverClient and as bare httpx requests.

The five calls of a sale paid partly by gift card and partly by card (gift card token, hold,
card token, card charge, capture of the hold) run against the in-process sandbox, alternately
through the app's client and as hand-written httpx requests doing the same work (the same
headers, bodies and card-number encryption, but no models, validation, retries or logging).
Prints both medians and, last, `ratio: R` (client over bare). Target: R <= 1.20.

    python bench/api_overhead.py [--sales 60]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import statistics
import time
import uuid
from typing import Any

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from pos_app.clover import CardDetails, CloverClient, Hosts, StaticCredentials
from pos_app.sandbox import Sandbox, SandboxConfig

BASE = "http://training.sandbox"
GIFT_CARD, GIFT_CODE = "7777190000000000019", "191919"  # $500.00 in the seed data
CARD = "4111111111111111"
SALE_TOTAL, HOLD = 6250, 100  # the gift card holds $1.00 of each sale; the card pays the rest


async def client_sale(api: CloverClient) -> None:
    gift = await api.create_gift_card_token(GIFT_CARD, security_code=GIFT_CODE)
    hold = await api.create_charge(
        gift.id, HOLD, "usd", capture=False, partial_redemption=True
    )
    card = await api.create_card_token(CardDetails(CARD, 12, 2030, "123"))
    await api.create_charge(card.id, SALE_TOTAL - hold.amount, "usd")
    await api.capture_charge(hold.id, hold.amount)


class BareSale:
    """The same five requests written directly with httpx."""

    def __init__(self, http: httpx.AsyncClient, token: str, apikey: str) -> None:
        self.http = http
        self.bearer = {"authorization": f"Bearer {token}", "x-forwarded-for": "127.0.0.1",
                       "user-agent": "bench/1.0"}
        self.apikey = {"apikey": apikey, "user-agent": "bench/1.0"}
        self.key: rsa.RSAPublicKey | None = None

    async def post(self, path: str, body: dict[str, Any], headers: dict[str, str]) -> Any:
        headers = {**headers, "idempotency-key": str(uuid.uuid4())}
        response = await self.http.post(path, json=body, headers=headers)
        response.raise_for_status()
        return response.json()

    async def encrypt(self, pan: str) -> str:
        if self.key is None:
            blob = (await self.http.get("/assets/keys.json")).json()["TA_PUBLIC_KEY_DEV"]
            raw = base64.b64decode(blob)
            numbers = rsa.RSAPublicNumbers(
                int.from_bytes(raw[256:], "big"), int.from_bytes(raw[:256], "big")
            )
            self.key = numbers.public_key()
        oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None)
        return base64.b64encode(self.key.encrypt(b"00000000" + pan.encode(), oaep)).decode()

    async def sale(self) -> None:
        gift = await self.post("/v1/tokens", {"gift_card": {"number": GIFT_CARD,
                               "security_code": GIFT_CODE}}, self.apikey)
        hold = await self.post("/v1/charges", {"source": gift["id"], "amount": HOLD,
                               "currency": "usd", "capture": False,
                               "partial_redemption": True}, self.bearer)
        card_fields = {"encrypted_pan": await self.encrypt(CARD), "first6": CARD[:6],
                       "last4": CARD[-4:], "exp_month": "12", "exp_year": "2030", "cvv": "123",
                       "brand": "VISA"}
        card = await self.post("/v1/tokens", {"card": card_fields}, self.apikey)
        await self.post("/v1/charges", {"source": card["id"], "amount": SALE_TOTAL - hold["amount"],
                        "currency": "usd", "capture": True}, self.bearer)
        await self.post(f"/v1/charges/{hold['id']}/capture", {"amount": hold["amount"]},
                        self.bearer)


async def run(sales: int) -> tuple[list[float], list[float]]:
    sandbox = Sandbox(SandboxConfig(rate_limit=0, concurrency_limit=0))
    client_times: list[float] = []
    bare_times: list[float] = []
    async with (
        CloverClient(Hosts.local(BASE), StaticCredentials(sandbox.api_token),
                     transport=sandbox.transport()) as api,
        httpx.AsyncClient(base_url=BASE, transport=sandbox.transport()) as http,
    ):
        bare = BareSale(http, sandbox.api_token, sandbox.pakms_key)
        for _ in range(5):  # warm-up: key fetch, PAKMS key, imports, SQLite pages
            await client_sale(api)
            await bare.sale()
        for index in range(sales):
            # Alternate which goes first, so drift on a noisy machine hits both alike.
            variants = [(client_times, lambda: client_sale(api)), (bare_times, bare.sale)]
            for times, sale in variants if index % 2 else variants[::-1]:
                start = time.perf_counter()
                await sale()
                times.append(time.perf_counter() - start)
            if index % 40 == 39:
                sandbox.reset()  # keep the gift card funded
    sandbox.close()
    return client_times, bare_times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=60, help="sales per variant (default 60)")
    args = parser.parse_args()
    client_times, bare_times = asyncio.run(run(args.sales))
    client_ms = statistics.median(client_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    print(f"sales per variant: {args.sales} (5 calls each, in-process sandbox)")
    print(f"client median: {client_ms:.2f} ms per sale")
    print(f"bare httpx median: {bare_ms:.2f} ms per sale")
    print(f"ratio: {client_ms / bare_ms:.3f}")


if __name__ == "__main__":
    main()
