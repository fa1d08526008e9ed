"""The app's API client against a real `pos-app sandbox serve` process over loopback HTTP."""

from __future__ import annotations

import asyncio

import pytest

from pos_app.clover import (
    AuthenticationError,
    CardDeclined,
    CardDetails,
    CloverClient,
    Hosts,
    InvalidRequest,
    OAuthCredentials,
    OAuthTokens,
    OutcomeUnknown,
    RetryPolicy,
    ServerError,
    StaticCredentials,
)

from .conftest import FAST_RETRY, LiveSandbox

GIFT_1234, CODE_1234 = "7777373100001234", "4321"  # $40.00
GIFT_5003, CODE_5003 = "7777373100005003", "12345678"  # $50.00
VISA = CardDetails("4111 1111 1111 1111", 12, 2030, "123")


async def test_the_pakms_key_is_fetched_with_the_bearer_token_and_unlocks_tokenization(
    client: CloverClient,
) -> None:
    pakms = await client.fetch_pakms_key()
    token = await client.create_gift_card_token(GIFT_1234, security_code=CODE_1234)

    assert pakms.api_access_key
    assert token.id.startswith("clv_")
    assert token.last4 == "1234"


async def test_split_tender_sale_gift_card_hold_then_card_then_capture(
    client: CloverClient, live: LiveSandbox
) -> None:
    total = 6250
    gift = await client.create_gift_card_token(GIFT_1234, security_code=CODE_1234)
    hold = await client.create_charge(gift.id, total, "usd", capture=False, partial_redemption=True)
    assert (hold.amount, hold.captured) == (4000, False)
    assert hold.gift_card is not None and hold.gift_card.lock_id is not None
    assert hold.gift_card.available == 0  # "card balance $0.00" on the tender screen
    assert live.gift_card(GIFT_1234)["lock_amount"] == 4000

    card_token = await client.create_card_token(VISA)
    card = await client.create_charge(card_token.id, total - hold.amount, "usd")
    captured = await client.capture_charge(hold.id, hold.amount)

    assert card.approved and card.amount == 2250 and card.last4 == "1111"
    assert captured.captured and captured.amount == 4000
    state = live.gift_card(GIFT_1234)
    assert (state["balance"], state["lock_amount"]) == (0, 0)
    assert (await client.get_charge(card.id)).amount == 2250


async def test_cancelled_hold_leaves_the_gift_card_balance_where_it_started(
    client: CloverClient, live: LiveSandbox
) -> None:
    gift = await client.create_gift_card_token(GIFT_5003, security_code=CODE_5003)
    hold = await client.create_charge(gift.id, 1999, "usd", capture=False, partial_redemption=True)
    released = await client.capture_charge(hold.id, 0)

    assert released.amount == 0
    state = live.gift_card(GIFT_5003)
    assert (state["balance"], state["lock_amount"]) == (5000, 0)


async def test_a_declined_card_is_a_decline_the_cashier_can_act_on(client: CloverClient) -> None:
    token = await client.create_card_token(CardDetails("4000000000000002", 12, 2030, "123"))
    with pytest.raises(CardDeclined) as caught:
        await client.create_charge(token.id, 1500, "usd")

    error = caught.value
    assert error.decline_code == "generic_decline"
    assert "another card" in error.user_message.lower()
    assert error.charge_id is not None
    assert (await client.get_charge(error.charge_id)).status == "failed"


async def test_a_wrong_gift_card_security_code_is_declined_and_moves_nothing(
    client: CloverClient, live: LiveSandbox
) -> None:
    token = await client.create_gift_card_token(GIFT_5003, security_code="0000")
    with pytest.raises(CardDeclined) as caught:
        await client.create_charge(token.id, 1000, "usd", partial_redemption=True)

    assert caught.value.decline_code == "invalid_security_code"
    assert live.gift_card(GIFT_5003)["balance"] == 5000


async def test_a_spent_token_is_refused_with_a_swipe_again_message(client: CloverClient) -> None:
    token = await client.create_gift_card_token(GIFT_5003, security_code=CODE_5003)
    await client.balance_inquiry(token.id)
    with pytest.raises(InvalidRequest) as caught:
        await client.balance_inquiry(token.id)

    assert caught.value.code == "token_already_used"
    assert "swipe" in caught.value.user_message.lower()


async def test_connection_dropped_after_the_ledger_commits_is_retried_into_the_same_charge(
    client: CloverClient, live: LiveSandbox
) -> None:
    gift = await client.create_gift_card_token(GIFT_5003, security_code=CODE_5003)
    live.fault("POST /v1/charges", "drop", phase="after", count=1)

    charge = await client.create_charge(gift.id, 1000, "usd", partial_redemption=True)

    assert charge.amount == 1000
    assert live.gift_card(GIFT_5003)["balance"] == 4000  # taken once, not twice
    listed = await client.list_charges(limit=100)
    assert [c.id for c in listed.data if c.is_gift_card] == [charge.id]


async def test_a_timeout_before_the_ledger_commits_is_retried_with_the_same_key(
    live: LiveSandbox,
) -> None:
    live.fault("POST /v1/charges", "timeout", count=1)
    async with CloverClient(
        Hosts.local(live.url), StaticCredentials(live.token), retry=FAST_RETRY, deadline=1.0
    ) as api:
        gift = await api.create_gift_card_token(GIFT_5003, security_code=CODE_5003)
        charge = await api.create_charge(gift.id, 700, "usd", partial_redemption=True)

    assert charge.amount == 700
    assert live.gift_card(GIFT_5003)["balance"] == 4300


async def test_no_answer_on_every_attempt_is_an_unknown_outcome_never_a_decline(
    live: LiveSandbox,
) -> None:
    live.fault("POST /v1/charges", "timeout", count=3)
    async with CloverClient(
        Hosts.local(live.url), StaticCredentials(live.token), retry=FAST_RETRY, deadline=0.5
    ) as api:
        card = await api.create_card_token(VISA)
        with pytest.raises(OutcomeUnknown) as caught:
            await api.create_charge(card.id, 2500, "usd")

    assert not isinstance(caught.value, CardDeclined)
    assert "checking" in caught.value.user_message.lower()


async def test_a_proxy_html_502_is_retried_and_never_shown_to_the_cashier(
    client: CloverClient, live: LiveSandbox
) -> None:
    live.fault("POST /v1/balance_inquiry", "error", status=502, html=True, count=1)
    token = await client.create_gift_card_token(GIFT_5003, security_code=CODE_5003)
    balance = await client.balance_inquiry(token.id)
    assert balance.gift_card.new_balance == 5000

    live.fault("GET /v1/charges/{id}", "error", status=502, html=True, count=3)
    with pytest.raises(ServerError) as caught:
        await client.get_charge("ABCDEFGHJKLMN")
    assert "<" not in str(caught.value) and "<" not in caught.value.user_message


async def test_retry_after_on_429_is_waited_out_before_the_retry(live: LiveSandbox) -> None:
    waits: list[float] = []

    async def recording_sleep(seconds: float) -> None:
        waits.append(seconds)

    live.fault("POST /v1/tokens", "error", status=429, retry_after=2, count=1)
    async with CloverClient(
        Hosts.local(live.url),
        StaticCredentials(live.token),
        retry=RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.05, max_retry_after=5),
        sleep=recording_sleep,
    ) as api:
        token = await api.create_gift_card_token(GIFT_5003, security_code=CODE_5003)

    assert token.last4 == "5003"
    assert waits == [2.0]


async def test_oauth_access_token_is_refreshed_and_the_new_pair_stored_first(
    live: LiveSandbox,
) -> None:
    issued = OAuthTokens.from_json(live.admin("POST", "/_sandbox/oauth/issue", {}))
    stale = OAuthTokens(
        access_token="revoked-access-token",
        access_token_expiration=issued.access_token_expiration,
        refresh_token=issued.refresh_token,
        refresh_token_expiration=issued.refresh_token_expiration,
    )
    stored: list[OAuthTokens] = []

    async def store(tokens: OAuthTokens) -> None:
        stored.append(tokens)

    credentials = OAuthCredentials("pos-client", stale, on_tokens=store)
    async with CloverClient(Hosts.local(live.url), credentials, retry=FAST_RETRY) as api:
        results = await asyncio.gather(*(api.fetch_pakms_key() for _ in range(3)))
        with pytest.raises(AuthenticationError):
            await api.refresh_oauth("pos-client", issued.refresh_token)  # single-use: spent

    assert all(r.api_access_key for r in results)
    assert len(stored) == 1  # three 401s, one refresh
    assert stored[0].refresh_token != issued.refresh_token


async def test_a_hundred_simultaneous_redemptions_never_overdraw_the_card(
    client: CloverClient, live: LiveSandbox
) -> None:
    number, code, start = "7777190000000000019", "191919", 50_000
    tokens = [await client.create_gift_card_token(number, security_code=code) for _ in range(100)]

    declines: list[str | None] = []

    async def redeem(token_id: str) -> int:
        try:
            charge = await client.create_charge(token_id, 700, "usd", partial_redemption=True)
        except CardDeclined as declined:
            declines.append(declined.decline_code)
            return 0
        return charge.amount

    redeemed = await asyncio.gather(*(redeem(t.id) for t in tokens))

    assert sum(redeemed) == start
    assert all(0 <= amount <= 700 for amount in redeemed)
    assert set(declines) <= {"insufficient_funds"}
    assert live.gift_card(number)["balance"] == 0
