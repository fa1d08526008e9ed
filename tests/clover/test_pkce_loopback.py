"""PKCE values, the one-shot loopback listener (real sockets), and the register's address."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import socket
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from pos_app.clover.address import register_address
from pos_app.clover.loopback import LoopbackRedirect, RedirectTimeout
from pos_app.clover.pkce import PkceSession, code_challenge


def test_the_challenge_is_rfc_7636s_s256_example() -> None:
    # RFC 7636, appendix B.
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert code_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_each_sign_in_has_its_own_verifier_and_state_and_hides_them() -> None:
    one, two = PkceSession.new(), PkceSession.new()

    assert re.fullmatch(r"[A-Za-z0-9_-]{43,128}", one.verifier)
    assert one.verifier != two.verifier and one.state != two.state
    assert one.verifier not in repr(one) and one.state not in repr(one)
    assert one.state_matches(one.state)
    assert not one.state_matches(two.state) and not one.state_matches(None)


def test_the_authorize_url_carries_the_challenge_never_the_verifier() -> None:
    session = PkceSession.new()
    url = session.authorize_url("https://sandbox.dev.clover.com/oauth/v2/authorize", "APP1",
                                "http://127.0.0.1:4000/oauth/callback")

    parts = urlsplit(url)
    assert (parts.netloc, parts.path) == ("sandbox.dev.clover.com", "/oauth/v2/authorize")
    sent = {name: values[0] for name, values in parse_qs(parts.query).items()}
    assert sent == {"client_id": "APP1", "redirect_uri": "http://127.0.0.1:4000/oauth/callback",
                    "response_type": "code", "code_challenge": session.challenge,
                    "code_challenge_method": "S256", "state": session.state}
    assert session.verifier not in url


async def test_the_listener_takes_one_redirect_then_closes(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    async with LoopbackRedirect() as listener:
        uri = listener.redirect_uri
        assert urlsplit(uri).hostname == "127.0.0.1" and urlsplit(uri).port
        waiting = asyncio.ensure_future(listener.wait(5))
        async with httpx.AsyncClient(trust_env=False) as browser:
            stray = await browser.get(uri.replace("/oauth/callback", "/favicon.ico"))
            assert stray.status_code == 404 and not waiting.done()
            landing = await browser.get(uri, params={"code": "the-one-time-code-123",
                                                     "state": "s" * 32})
            assert landing.status_code == 200
            assert "go back to the register" in landing.text
            assert await waiting == {"code": "the-one-time-code-123", "state": "s" * 32}
            with pytest.raises(httpx.ConnectError):  # one-shot: the port is closed now
                await browser.get(uri, params={"code": "a-second-code-4567"})
    ours = [record.getMessage() for record in caplog.records if record.name.startswith("pos_app")]
    assert ours == ["OAuth redirect received on the loopback listener"]


async def test_a_spare_connection_the_browser_never_used_is_closed_with_the_listener() -> None:
    listener = LoopbackRedirect()
    uri = await listener.start()
    port = urlsplit(uri).port
    spare_reader, spare_writer = await asyncio.open_connection("127.0.0.1", port)  # says nothing
    try:
        waiting = asyncio.ensure_future(listener.wait(30))
        async with httpx.AsyncClient(trust_env=False) as browser:
            await browser.get(uri, params={"code": "code-after-a-preconnect", "state": "s1"})

        assert (await waiting)["code"] == "code-after-a-preconnect"
        assert await spare_reader.read() == b""  # closed by the listener, not left hanging
    finally:
        spare_writer.close()


async def test_the_listener_gives_up_after_its_time_and_frees_the_port() -> None:
    listener = LoopbackRedirect()
    uri = await listener.start()

    with pytest.raises(RedirectTimeout):
        await listener.wait(0.2)

    assert not listener.listening
    port = urlsplit(uri).port
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", port)) != 0


def test_the_register_address_is_this_machines_own_and_sends_nothing() -> None:
    address = ipaddress.ip_address(register_address())

    assert address.version == 4 and not address.is_unspecified


def test_without_a_route_the_register_address_falls_back_to_loopback() -> None:
    # An IPv6 probe on an IPv4 socket fails like a machine with no network does.
    assert register_address(("::1", 9)) == "127.0.0.1"
