"""The merchant's web browser, played over real HTTP: authorize page, a button, the redirect."""

from __future__ import annotations

import asyncio
import html
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx

_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)">')
_ACTION = re.compile(r'<form method="post" action="([^"]+)">')
_BUTTONS = re.compile(r'<button type="submit" name="decision" value="(\w+)">(\w+)</button>')


class Browser:
    """What `QDesktopServices.openUrl` would start: `open(url)` returns at once (True) and the
    visit runs as a task, pressing `button` ("Approve" or "Deny") on the page it gets.

    `tamper_state` changes the `state` of the redirect (another site's answer), `drop_state`
    leaves it out (as Clover's docs show the redirect); `stay_away`
    opens nothing at all (the manager closed the browser)."""

    def __init__(self, button: str = "Approve", *, tamper_state: bool = False,
                 drop_state: bool = False, stay_away: bool = False) -> None:
        self.button = button
        self.tamper_state = tamper_state
        self.drop_state = drop_state
        self.stay_away = stay_away
        self.opened: list[str] = []
        self.came_back: list[bool] = []  # the app's on_redirect, called once per redirect
        self.page = ""
        self.redirect = ""
        self.landing = ""
        self.task: asyncio.Task[None] | None = None

    def open(self, url: str) -> bool:
        self.opened.append(url)
        if not self.stay_away:
            self.task = asyncio.ensure_future(self._visit(url))
        return True

    async def _visit(self, url: str) -> None:
        async with httpx.AsyncClient(trust_env=False, timeout=10) as http:
            page = await http.get(url)
            page.raise_for_status()
            self.page = page.text
            fields = {name: html.unescape(value) for name, value in _HIDDEN.findall(page.text)}
            decision = {label: value for value, label in _BUTTONS.findall(page.text)}[self.button]
            action = _ACTION.search(page.text)
            assert action is not None, "the authorize page has no form"
            answer = await http.post(urljoin(url, action.group(1)),
                                     data={**fields, "decision": decision})
            assert answer.status_code == 302, answer.text
            self.redirect = answer.headers["location"]
            target = self.redirect
            if self.tamper_state or self.drop_state:
                target = self._tampered(target, None if self.drop_state else "elsewhere-state")
            self.landing = (await http.get(target)).text

    @staticmethod
    def _tampered(location: str, state: str | None) -> str:
        parts = urlsplit(location)
        query = dict(parse_qsl(parts.query))
        query.pop("state", None)
        if state is not None:
            query["state"] = state
        return urlunsplit(parts._replace(query=urlencode(query)))
