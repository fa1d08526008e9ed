"""Every request/response example of the Clover API pages, replayed over HTTP against
`pos-app sandbox serve` (default settings, as a developer would run it).

The examples come from the project's own test data (`data/clover_docs_examples.json`, written from
the pages by `docs_examples.py`); when the pages themselves are beside the project
(shared/clover-docs), a second test checks that the data still matches them.

Each example is sent as the docs wrote it; only what the docs leave as a placeholder is filled
in (the host, the Bearer token, the apikey, a `clv_` token, a charge or refund id, an encrypted
card number). The answer must have every field of the docs' answer with the same JSON type, and
its balances must add up.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.sandbox.conftest import encrypt_pan

from .conftest import LiveSandbox, start_sandbox_process, stop_process
from .docs_examples import DOCS_DIR, DocExample, curl_count, load_examples, parse_docs, to_json

EXAMPLES = load_examples()
GIFT_5003 = {"number": "7777373100005003", "security_code": "12345678"}  # $50.00
INACTIVE_DENOMINATED = {"number": "7777373100009585", "security_code": "9585"}
NON_FISERV = {"number": "8888160000000016", "foreign_access_code": "67755"}
# The docs' pages 004 leave the URL empty: the text around each says which endpoint it is.
EMPTY_URL_PATHS = {"GET": "/pakms/apikey", "POST": "/v1/tokens"}
# Fields of the docs' answers that the sandbox does not produce, and why.
# None any more: charges name their order (Clover makes one for a charge sent without one).
NOT_PRODUCED: set[str] = set()
RATE_LIMIT_RETRIES = 5


@pytest.fixture(scope="module")
def docs_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveSandbox]:
    db = tmp_path_factory.mktemp("docs-sandbox") / "ledger.sqlite3"
    process, url = start_sandbox_process(db)  # the defaults: not strict, token sandbox-token
    try:
        yield LiveSandbox(url=url, token="sandbox-token", process=process)
    finally:
        stop_process(process)


class Replayer:
    """Sends requests as the docs' curl commands do, filling in the placeholders."""

    def __init__(self, server: LiveSandbox) -> None:
        self.server = server
        self.http = httpx.Client(base_url=server.url, trust_env=False, timeout=10)
        self.pakms = self.get("/pakms/apikey")["apiAccessKey"]

    def headers(self, docs_headers: dict[str, str]) -> dict[str, str]:
        headers = dict(docs_headers)
        if "authorization" in headers:
            headers["authorization"] = f"Bearer {self.server.token}"
        if "apikey" in headers:
            headers["apikey"] = self.pakms
        return headers

    def _request(self, method: str, path: str, headers: dict[str, str],
                 body: Any = None) -> httpx.Response:
        """One request; a 429 from the sandbox's default rate limit (16 a second, as Clover)
        is waited out as its Retry-After says, as a client of Clover does, then resent."""
        for _ in range(RATE_LIMIT_RETRIES):
            response = self.http.request(method, path, headers=headers, json=body)
            if response.status_code != 429:
                return response
            time.sleep(float(response.headers.get("retry-after", "1")))
        return response

    def send(self, method: str, path: str, headers: dict[str, str], body: Any) -> httpx.Response:
        return self._request(method, path, headers, body)

    def get(self, path: str) -> Any:
        auth = {"authorization": f"Bearer {self.server.token}"}
        return self._request("GET", path, auth).raise_for_status().json()

    def post(self, path: str, body: dict[str, Any], apikey: bool = False) -> Any:
        headers = {"apikey": self.pakms} if apikey else {
            "authorization": f"Bearer {self.server.token}"}
        return self._request("POST", path, headers, body).raise_for_status().json()

    def token(self, card: dict[str, str]) -> str:
        token: str = self.post("/v1/tokens", {"gift_card": card}, apikey=True)["id"]
        return token

    def encrypted_pan(self, pan: str) -> str:
        return encrypt_pan(self.http.get("/assets/keys.json").json(), pan)

    def redemption(self, amount: int = 100, capture: bool = True) -> str:
        body = {"source": self.token(GIFT_5003), "amount": amount, "currency": "usd",
                "capture": capture, "partial_redemption": True}
        charge: str = self.post("/v1/charges", body)["id"]
        return charge


class Prepared:
    """What to send for one example, and how the balances must move."""

    def __init__(self, path: str, body: dict[str, Any] | None, delta: int | None) -> None:
        self.path, self.body, self.delta = path, body, delta


def prepare(example: DocExample, replay: Replayer) -> Prepared:
    """Fill the example's placeholders; `delta` is how far the gift card balance must move."""
    path = example.path or EMPTY_URL_PATHS[example.method]
    body = None if example.body is None else dict(example.body)
    heading = example.heading.lower()
    if body is None:
        return Prepared(path, body, None)
    if "card" in body:
        body["card"] = {**body["card"], "encrypted_pan": replay.encrypted_pan("6011361000006668")}
    source = body.get("source")
    if isinstance(source, str) and source.startswith("clv_"):
        body["source"] = replay.token(INACTIVE_DENOMINATED if path == "/v1/activate" else GIFT_5003)
    delta: int | None = None
    if path == "/v1/charges":
        delta = -1  # minus what was approved (checked against the answer's amount)
    elif path == "/v1/reload":
        delta = int(body["amount"])
    elif path == "/v1/balance_inquiry":
        delta = 0
    elif path == "/v1/charges/chargeId/capture":
        path = f"/v1/charges/{replay.redemption(amount=200, capture=False)}/capture"
        delta = -int(body["amount"])
    elif path == "/v1/refunds/{{refundId}}/cancel":
        refund = replay.post("/v1/refunds", {"charge": replay.redemption(amount=100)})
        path = f"/v1/refunds/{refund['id']}/cancel"
        delta = -100
    elif path == "/v1/refunds" and "void of reload" in heading:
        reload = replay.post("/v1/reload", {"source": replay.token(GIFT_5003), "amount": 500,
                                            "currency": "usd"})
        body["charge"] = reload["id"]
        delta = -500
    elif path == "/v1/refunds":
        body["charge"] = replay.redemption(amount=100)
        delta = 100
    return Prepared(path, body, delta)


def _same_shape(ours: Any, docs: Any, where: str = "") -> list[str]:
    """Fields of the docs' answer missing from ours, or of another JSON type."""
    problems: list[str] = []
    if isinstance(docs, dict):
        if not isinstance(ours, dict):
            return [f"{where or 'body'}: not an object"]
        for key, value in docs.items():
            if key in NOT_PRODUCED:
                continue
            if key not in ours:
                problems.append(f"{where}{key}: missing")
            else:
                problems.extend(_same_shape(ours[key], value, f"{where}{key}."))
    elif type(docs) is not type(ours):
        problems.append(f"{where.rstrip('.')}: {type(ours).__name__}, docs {type(docs).__name__}")
    return problems


def test_the_project_keeps_every_curl_example_of_the_docs() -> None:
    assert len(EXAMPLES) == 24
    assert {example.source for example in EXAMPLES} == {
        "000_6c7664bee3815752.txt", "001_965bfb5e0a53fda7.txt", "002_a195ad33ee182a0b.txt",
        "003_39723f45006c17dc.txt", "004_79d03ac969fc3bf5.txt"}
    assert sum(example.response is not None for example in EXAMPLES) == 17


@pytest.mark.skipif(not DOCS_DIR.is_dir(), reason=f"the Clover API pages are not beside the "
                    f"project ({DOCS_DIR} is absent): the kept examples are not re-checked")
def test_the_kept_examples_still_match_the_docs_pages() -> None:
    from_pages = parse_docs()
    assert len(from_pages) == curl_count() == 24
    assert to_json(from_pages) == to_json(EXAMPLES), (
        "the pages changed: run python -m tests.integration.docs_examples --write")


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_docs_example_answers_with_the_docs_shape(
    example: DocExample, docs_server: LiveSandbox
) -> None:
    docs_server.reset()
    replay = Replayer(docs_server)
    prepared = prepare(example, replay)
    before = docs_server.gift_card(GIFT_5003["number"])["balance"]
    response = replay.send(example.method, prepared.path, replay.headers(example.headers),
                           prepared.body)

    gift_card = (prepared.body or {}).get("gift_card")
    if gift_card is not None and len(gift_card.get("card_number", gift_card.get("number"))) == 11:
        # The docs' example number has 11 digits, which their own length rule refuses.
        assert response.status_code == 400
        assert response.json()["error"]["param"] == "gift_card.number"
        gift_card.pop("card_number", None)
        prepared.body = {"gift_card": {**gift_card, **NON_FISERV}}
        response = replay.send(example.method, prepared.path, replay.headers(example.headers),
                               prepared.body)

    assert response.status_code == 200, response.text
    answer = response.json()
    kind = next(iter(sorted(prepared.body or {"": None})))  # "card"/"gift_card" for tokens
    expected = example.response or FACTS_SHAPES.get(f"{prepared.path.rsplit('/', 1)[-1]} {kind}")
    assert expected is not None, "no documented answer to compare with"
    assert _same_shape(answer, expected) == []

    after = docs_server.gift_card(GIFT_5003["number"])["balance"]
    balances = answer.get("gift_card")
    if prepared.delta is not None:
        delta = -answer["amount"] if prepared.delta == -1 else prepared.delta
        moved = delta if answer.get("captured", True) else 0  # a hold moves no money yet
        assert after - before == moved
        assert balances["new_balance"] - balances["previous_balance"] == delta
    if prepared.path == "/v1/activate":
        assert balances["previous_balance"] == 0
        activated = (example.body or {}).get("amount", 5000)
        assert balances["new_balance"] == answer["amount"] == activated


# Answers the docs do not show, in the shape the facts sheet gives (sections 1.1, 2.2, 2.3).
FACTS_SHAPES: dict[str, dict[str, Any]] = {
    "apikey ": {"active": True, "apiAccessKey": "", "createdTime": 0, "developerAppUuid": "",
               "merchantUuid": "", "modifiedTime": 0},
    "tokens gift_card": {"id": "", "object": "", "giftCard": {"last4": ""}},
    "tokens card": {"id": "", "object": "", "card": {"exp_month": "", "exp_year": "", "first6": "",
                                                "last4": "", "brand": ""}},
    "refunds charge": {"id": "", "object": "", "amount": 0, "charge": "", "created": 0,
                       "status": "", "metadata": {"refundType": "", "authCode": "", "refNum": "",
                                                  "gatewayResponseCode": ""},
                       "gift_card": {"previous_balance": 0, "new_balance": 0}},
    "cashout source": {"id": "", "amount": 0, "status": "", "gift_card": {"previous_balance": 0,
                                                                   "new_balance": 0}},
}
