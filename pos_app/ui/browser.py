"""Open a page in the system web browser (Clover's sign-in page), the way the desktop does."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

__all__ = ["open_in_browser"]


def open_in_browser(url: str) -> bool:
    """Hand `url` to the desktop's default browser; False when no browser could be started."""
    return bool(QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode)))
