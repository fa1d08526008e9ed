"""The sandbox's authorize page: its checked parameters, its HTML, and where it redirects."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

_CLIENT_ID = re.compile(r"[A-Za-z0-9._-]{1,128}")
_CHALLENGE = re.compile(r"[A-Za-z0-9_-]{43}")  # base64url of a SHA-256, no padding
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True, slots=True)
class AuthorizeRequest:
    """What an app asks the authorize page for; `error` says what is wrong with it.

    `redirect_error` is set when the redirect address itself is unusable: then nothing may be
    sent there. The sandbox only redirects to a loopback address (a desktop app's listener).
    """

    client_id: str
    redirect_uri: str
    code_challenge: str
    state: str
    redirect_error: str | None
    error: str | None

    @classmethod
    def parse(cls, params: dict[str, str]) -> AuthorizeRequest:
        get = params.get
        redirect_uri = get("redirect_uri", "")
        ask = cls(get("client_id", ""), redirect_uri, get("code_challenge", ""), get("state", ""),
                  _redirect_problem(redirect_uri), None)
        error = None
        if not _CLIENT_ID.fullmatch(ask.client_id):
            error = "client_id is missing or not valid."
        elif get("response_type", "code") != "code":
            error = "response_type must be code."
        elif get("code_challenge_method") != "S256":
            error = "A desktop app must send code_challenge_method=S256 (PKCE)."
        elif not _CHALLENGE.fullmatch(ask.code_challenge):
            error = "code_challenge must be the base64url SHA-256 of the code verifier."
        return cls(ask.client_id, ask.redirect_uri, ask.code_challenge, ask.state,
                   ask.redirect_error, error)


def _redirect_problem(uri: str) -> str | None:
    try:
        parts = urlsplit(uri)
        port = parts.port
    except ValueError:
        return "redirect_uri is not a valid address."
    if parts.scheme != "http" or parts.hostname not in _LOOPBACK or port is None:
        return "redirect_uri must be a loopback address with a port, like http://127.0.0.1:PORT/."
    return None


def redirect_to(ask: AuthorizeRequest, **query: str) -> str:
    """The app's redirect address with `query` and the app's `state` added."""
    params = dict(query)
    params["client_id"] = ask.client_id
    if ask.state:
        params["state"] = ask.state
    joiner = "&" if urlsplit(ask.redirect_uri).query else "?"
    return ask.redirect_uri + joiner + urlencode(params)


_STYLE = ("body{font-family:sans-serif;max-width:34em;margin:3em auto;color:#22303c}"
          "button{font-size:1.1em;padding:.6em 1.4em;margin-right:1em}")


def page(ask: AuthorizeRequest, merchant_id: str) -> str:
    """The consent page: the app's request in hidden fields, Approve and Deny buttons."""
    hidden = {"client_id": ask.client_id, "redirect_uri": ask.redirect_uri,
              "code_challenge": ask.code_challenge, "code_challenge_method": "S256",
              "response_type": "code", "state": ask.state}
    fields = "".join(f'<input type="hidden" name="{name}" value="{html.escape(value)}">'
                     for name, value in hidden.items())
    return (
        "<!doctype html><html><head><meta charset=\"utf-8\">"
        f"<title>Clover sandbox — authorize</title><style>{_STYLE}</style></head><body>"
        "<h1>Clover sandbox</h1>"
        f"<p>The app <b>{html.escape(ask.client_id)}</b> asks to take payments for merchant "
        f"<b>{html.escape(merchant_id)}</b>.</p>"
        f'<form method="post" action="/oauth/v2/authorize">{fields}'
        '<button type="submit" name="decision" value="approve">Approve</button>'
        '<button type="submit" name="decision" value="deny">Deny</button>'
        "</form></body></html>"
    )


def error_page(message: str) -> str:
    return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Clover sandbox — "
            f"error</title><style>{_STYLE}</style></head><body><h1>Can't authorize</h1>"
            f"<p>{html.escape(message)}</p></body></html>")
