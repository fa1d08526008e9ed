"""The sandbox's OAuth v2 PKCE flow: authorize page, Approve/Deny redirects, code exchange."""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from pos_app.clover.pkce import code_challenge

from .conftest import Api

VERIFIER = "v" * 20 + "-._~" + "0123456789abcdefghijklmnopqrstuvwxyz"  # 60 unreserved chars
REDIRECT = "http://127.0.0.1:53682/oauth/callback"
ASK = {"client_id": "COUNTERPOS1", "redirect_uri": REDIRECT, "response_type": "code",
       "code_challenge": code_challenge(VERIFIER), "code_challenge_method": "S256",
       "state": "state-of-this-attempt"}
_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)">')


def form_of(page: str) -> dict[str, str]:
    return {name: html.unescape(value) for name, value in _HIDDEN.findall(page)}


def query(location: str) -> dict[str, str]:
    return {name: values[0] for name, values in parse_qs(urlsplit(location).query).items()}


async def press(api: Api, decision: str, **changes: str) -> httpx.Response:
    """Open the authorize page with the ask (and `changes`), then press a button."""
    page = await api.client.get("/oauth/v2/authorize", params={**ASK, **changes})
    assert page.status_code == 200, page.text
    return await api.client.post("/oauth/v2/authorize",
                                 data={**form_of(page.text), "decision": decision})


async def approved_code(api: Api) -> str:
    answer = await press(api, "approve")
    assert answer.status_code == 302
    return query(answer.headers["location"])["code"]


async def exchange(api: Api, code: str, verifier: str = VERIFIER,
                   client_id: str = "COUNTERPOS1") -> httpx.Response:
    return await api.client.post(
        "/oauth/v2/token", json={"client_id": client_id, "code": code, "code_verifier": verifier},
        headers={"authorization": ""},
    )


async def test_the_authorize_page_names_the_app_and_offers_approve_and_deny(api: Api) -> None:
    page = await api.client.get("/oauth/v2/authorize",
                                params={**ASK, "client_id": "COUNTERPOS1"}, headers={})

    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "COUNTERPOS1" in page.text and api.sandbox.state.pakms["merchantUuid"] in page.text
    assert ">Approve</button>" in page.text and ">Deny</button>" in page.text
    assert form_of(page.text)["redirect_uri"] == REDIRECT
    assert form_of(page.text)["state"] == "state-of-this-attempt"


async def test_approve_redirects_with_a_code_the_state_and_the_merchant(api: Api) -> None:
    answer = await press(api, "approve")

    assert answer.status_code == 302
    location = answer.headers["location"]
    assert location.startswith(REDIRECT + "?")
    sent = query(location)
    assert sent["state"] == "state-of-this-attempt"
    assert sent["client_id"] == "COUNTERPOS1"
    assert sent["merchant_id"] == api.sandbox.state.pakms["merchantUuid"]
    assert len(sent["code"]) >= 20


async def test_deny_redirects_with_access_denied_and_no_code(api: Api) -> None:
    answer = await press(api, "deny")

    sent = query(answer.headers["location"])
    assert sent == {"error": "access_denied", "state": "state-of-this-attempt",
                    "client_id": "COUNTERPOS1"}


async def test_a_redirect_off_this_machine_is_refused_without_redirecting(api: Api) -> None:
    for uri in ("https://attacker.example/cb", "http://10.0.0.5:8080/cb", "http://127.0.0.1/cb",
                "not a url"):
        page = await api.client.get("/oauth/v2/authorize", params={**ASK, "redirect_uri": uri})
        assert page.status_code == 400, uri
        assert "location" not in page.headers
        assert "loopback" in page.text or "not a valid" in page.text


async def test_a_plain_challenge_is_sent_back_as_invalid_request(api: Api) -> None:
    page = await api.client.get("/oauth/v2/authorize",
                                params={**ASK, "code_challenge_method": "plain"})

    assert page.status_code == 302
    assert query(page.headers["location"])["error"] == "invalid_request"


async def test_the_code_and_its_verifier_give_a_pair_whose_access_token_works(api: Api) -> None:
    now = int(api.sandbox.clock.now())
    answer = await exchange(api, await approved_code(api))

    assert answer.status_code == 200, answer.text
    pair: dict[str, Any] = answer.json()
    assert set(pair) == {"access_token", "access_token_expiration", "refresh_token",
                         "refresh_token_expiration"}
    assert now + 3600 <= pair["access_token_expiration"] <= now + 3605
    assert pair["refresh_token_expiration"] >= now + 365 * 86400
    key = await api.client.get("/pakms/apikey",
                               headers={"authorization": f"Bearer {pair['access_token']}"})
    assert key.status_code == 200 and key.json()["apiAccessKey"] == api.sandbox.pakms_key


async def test_a_code_works_once(api: Api) -> None:
    code = await approved_code(api)
    assert (await exchange(api, code)).status_code == 200

    again = await exchange(api, code)

    assert again.status_code == 401
    assert again.json() == {"message": "Invalid authorization code"}


async def test_a_wrong_verifier_is_refused_and_spends_the_code(api: Api) -> None:
    code = await approved_code(api)

    wrong = await exchange(api, code, verifier="w" * 60)
    right_after = await exchange(api, code)

    assert wrong.status_code == 401 and right_after.status_code == 401


async def test_a_code_is_bound_to_its_app_and_expires(api: Api) -> None:
    other_app = await exchange(api, await approved_code(api), client_id="OTHERAPP")
    assert other_app.status_code == 401

    code = await approved_code(api)
    api.sandbox.clock.advance(601)
    assert (await exchange(api, code)).status_code == 401


async def test_a_token_request_without_its_fields_is_a_400(api: Api) -> None:
    answer = await api.client.post("/oauth/v2/token", json={"client_id": "COUNTERPOS1"})

    assert answer.status_code == 400
    assert answer.json() == {"message": "client_id, code and code_verifier are required"}


async def test_the_sandbox_records_the_forwarded_for_each_request_carried(api: Api) -> None:
    await api.client.get("/pakms/apikey", headers={"x-forwarded-for": "192.168.7.21"})
    await api.client.get("/pakms/apikey")

    seen = (await api.client.get("/_sandbox/seen/forwarded_for")).json()["requests"]

    assert seen[-2:] == [
        {"method": "GET", "path": "/pakms/apikey", "x-forwarded-for": "192.168.7.21"},
        {"method": "GET", "path": "/pakms/apikey", "x-forwarded-for": None},
    ]
    assert (await api.client.delete("/_sandbox/seen/forwarded_for")).json() == {"requests": []}
