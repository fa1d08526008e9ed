"""OAuth v2 sessions: refresh before expiry and once after a 401, single-flight, stored first."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from pos_app.clover import (
    AuthenticationError,
    ConnectionFailed,
    OAuthCredentials,
    OAuthTokens,
    StaticCredentials,
)

from .conftest import ClientFactory, FakeClover, answer, charge_json

NOW = 1_800_000_000.0
REFRESH = "POST /oauth/v2/refresh"
GET_CHARGE = "GET /v1/charges/CHARGE0000001"


def pair(n: int, *, access_ttl: int = 3600) -> OAuthTokens:
    return OAuthTokens(
        access_token=f"access-token-{n:04d}",
        access_token_expiration=int(NOW) + access_ttl,
        refresh_token=f"refresh-token-{n:04d}",
        refresh_token_expiration=int(NOW) + 365 * 86400,
    )


def pair_json(n: int) -> dict[str, object]:
    tokens = pair(n)
    return {"access_token": tokens.access_token,
            "access_token_expiration": tokens.access_token_expiration,
            "refresh_token": tokens.refresh_token,
            "refresh_token_expiration": tokens.refresh_token_expiration}


def unauthorized() -> httpx.Response:
    return answer(401, {"message": "401 Unauthorized",
                        "error": {"type": "authentication_error", "code": "unauthorized"}})


class Session:
    """OAuth credentials on a fixed clock, recording what reached the app's callback."""

    def __init__(self, events: list[str], tokens: OAuthTokens | None = None) -> None:
        self.stored: list[OAuthTokens] = []
        self.events = events

        async def on_tokens(new: OAuthTokens) -> None:
            self.events.append(f"stored {new.access_token}")
            self.stored.append(new)

        self.credentials = OAuthCredentials(
            "client-app-id", tokens or pair(1), on_tokens=on_tokens, clock=lambda: NOW,
            refresh_margin=60,
        )


def record_bearer(fake: FakeClover, events: list[str], route: str) -> None:
    """Log each request's Bearer token into `events`, in the order requests arrive."""
    original = fake.handle

    async def handle(request: httpx.Request) -> httpx.Response:
        auth = request.headers.get("authorization", "none")
        events.append(f"{request.method} {request.url.path} {auth}")
        return await original(request)

    fake.handle = handle  # type: ignore[method-assign]


async def test_no_refresh_while_the_token_is_fresh(fake: FakeClover, make_client: ClientFactory):
    session = Session([])
    await make_client(session.credentials).get_charge("CHARGE0000001")
    assert fake.seen(REFRESH) == []
    assert fake.seen(GET_CHARGE)[0].headers["authorization"] == "Bearer access-token-0001"


async def test_refresh_shortly_before_expiry_stores_the_pair_before_using_it(
    fake: FakeClover, make_client: ClientFactory
):
    events: list[str] = []
    session = Session(events, pair(1, access_ttl=30))  # inside the 60 s margin
    fake.script(REFRESH, answer(200, pair_json(2)))
    record_bearer(fake, events, GET_CHARGE)

    await make_client(session.credentials).get_charge("CHARGE0000001")

    (refresh,) = fake.seen(REFRESH)
    assert refresh.url.host == "api.test"
    assert refresh.json == {"client_id": "client-app-id", "refresh_token": "refresh-token-0001"}
    assert "authorization" not in refresh.headers
    assert events == [
        "POST /oauth/v2/refresh none",
        "stored access-token-0002",
        "GET /v1/charges/CHARGE0000001 Bearer access-token-0002",
    ]
    assert session.credentials.tokens == pair(2)


async def test_a_401_refreshes_once_and_the_request_is_sent_again_after_storing(
    fake: FakeClover, make_client: ClientFactory
):
    events: list[str] = []
    session = Session(events)
    fake.script("POST /v1/charges", unauthorized())
    fake.script(REFRESH, answer(200, pair_json(2)))
    record_bearer(fake, events, "POST /v1/charges")

    result = await make_client(session.credentials).create_charge(
        "clv_1ABCDefgHI23jKL4m5nOPqR", 1000, "usd"
    )

    assert result.approved
    assert events == [
        "POST /v1/charges Bearer access-token-0001",
        "POST /oauth/v2/refresh none",
        "stored access-token-0002",
        "POST /v1/charges Bearer access-token-0002",
    ]
    keys = {r.headers["idempotency-key"] for r in fake.seen("POST /v1/charges")}
    assert len(keys) == 1


async def test_two_concurrent_401s_spend_the_refresh_token_once(
    fake: FakeClover, make_client: ClientFactory
):
    session = Session([])
    both_arrived = asyncio.Event()
    arrived = 0

    async def stale(request: httpx.Request) -> httpx.Response:
        nonlocal arrived
        arrived += 1
        if arrived == 2:
            both_arrived.set()
        await both_arrived.wait()
        return unauthorized()

    async def slow_refresh(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.01)  # the second 401 arrives while this refresh is in flight
        return answer(200, pair_json(2))

    fake.script(GET_CHARGE, stale, stale)
    fake.script(REFRESH, slow_refresh)
    api = make_client(session.credentials)

    first, second = await asyncio.gather(api.get_charge("CHARGE0000001"),
                                         api.get_charge("CHARGE0000001"))

    assert first.id == second.id == "CHARGE0000001"
    assert len(fake.seen(REFRESH)) == 1
    assert [t.access_token for t in session.stored] == ["access-token-0002"]
    bearer = [r.headers["authorization"] for r in fake.seen(GET_CHARGE)]
    assert bearer == ["Bearer access-token-0001"] * 2 + ["Bearer access-token-0002"] * 2


async def test_a_second_401_after_refreshing_is_an_authentication_error(
    fake: FakeClover, make_client: ClientFactory
):
    session = Session([])
    fake.script(GET_CHARGE, unauthorized(), unauthorized())
    fake.script(REFRESH, answer(200, pair_json(2)))
    with pytest.raises(AuthenticationError):
        await make_client(session.credentials).get_charge("CHARGE0000001")
    assert len(fake.seen(REFRESH)) == 1
    assert len(fake.seen(GET_CHARGE)) == 2


async def test_a_refused_refresh_tells_a_manager_to_reconnect(
    fake: FakeClover, make_client: ClientFactory
):
    session = Session([])
    fake.script(GET_CHARGE, unauthorized())
    fake.script(REFRESH, answer(401, {"message": "Invalid refresh token"}))
    with pytest.raises(AuthenticationError) as caught:
        await make_client(session.credentials).get_charge("CHARGE0000001")
    assert "reconnect Clover" in caught.value.user_message
    assert session.stored == []


async def test_a_lost_refresh_answer_is_retried_with_the_same_token_then_reported(
    fake: FakeClover, make_client: ClientFactory
):
    session = Session([], pair(1, access_ttl=0))
    fake.script(REFRESH, *[httpx.ReadTimeout("timed out")] * 3)
    with pytest.raises(AuthenticationError) as caught:
        await make_client(session.credentials).get_charge("CHARGE0000001")
    assert "reconnect Clover" in caught.value.user_message
    sent = fake.seen(REFRESH)
    assert len(sent) == 3
    assert {r.headers["idempotency-key"] for r in sent} == {sent[0].headers["idempotency-key"]}
    assert {r.json["refresh_token"] for r in sent} == {"refresh-token-0001"}
    assert fake.seen(GET_CHARGE) == []


async def test_an_unreachable_refresh_keeps_the_old_token_usable(
    fake: FakeClover, make_client: ClientFactory
):
    session = Session([], pair(1, access_ttl=0))
    fake.script(REFRESH, *[httpx.ConnectError("refused")] * 3)
    with pytest.raises(ConnectionFailed):
        await make_client(session.credentials).get_charge("CHARGE0000001")
    assert session.credentials.tokens == pair(1, access_ttl=0)


async def test_an_expired_refresh_token_is_not_even_sent(fake: FakeClover,
                                                         make_client: ClientFactory):
    old = OAuthTokens("access-token-0001", int(NOW) - 10, "refresh-token-0001", int(NOW) - 5)
    session = Session([], old)
    with pytest.raises(AuthenticationError, match="expired"):
        await make_client(session.credentials).get_charge("CHARGE0000001")
    assert fake.requests == []


async def test_a_401_on_a_static_token_is_final(fake: FakeClover, make_client: ClientFactory):
    fake.script(GET_CHARGE, unauthorized())
    with pytest.raises(AuthenticationError):
        await make_client(StaticCredentials("static-merchant-token")).get_charge("CHARGE0000001")
    assert fake.seen(REFRESH) == []
    assert len(fake.seen(GET_CHARGE)) == 1


async def test_a_refresh_the_app_fails_to_store_still_keeps_the_session_alive(
    fake: FakeClover, make_client: ClientFactory
):
    async def broken_keyring(tokens: OAuthTokens) -> None:
        raise OSError("keyring locked")

    credentials = OAuthCredentials("client-app-id", pair(1, access_ttl=0),
                                   on_tokens=broken_keyring, clock=lambda: NOW)
    fake.script(REFRESH, answer(200, pair_json(2)))
    await make_client(credentials).get_charge("CHARGE0000001")
    assert credentials.tokens == pair(2)


def test_token_reprs_hide_the_tokens():
    tokens = pair(7)
    text = repr(tokens) + repr(OAuthCredentials("cid", tokens)) + repr(StaticCredentials("s3cr3t!"))
    assert "access-token-0007" not in text
    assert "refresh-token-0007" not in text
    assert "s3cr3t!" not in text


def test_millisecond_expirations_are_read_as_seconds():
    tokens = OAuthTokens.from_json({"access_token": "aaaa1", "refresh_token": "rrrr1",
                                    "access_token_expiration": 1_800_000_000_000,
                                    "refresh_token_expiration": "1831536000"})
    assert tokens.access_token_expiration == 1_800_000_000
    assert tokens.refresh_token_expiration == 1_831_536_000


async def test_refresh_answer_lands_in_the_charge_flow(fake: FakeClover,
                                                        make_client: ClientFactory):
    session = Session([])
    fake.script("POST /v1/charges", unauthorized(), answer(200, charge_json(amount=5)))
    fake.script(REFRESH, answer(200, pair_json(3)))
    charge = await make_client(session.credentials).create_charge(
        "clv_1ABCDefgHI23jKL4m5nOPqR", 5, "usd")
    assert charge.amount == 5
