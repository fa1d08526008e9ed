"""Card reader input: magstripe track parsing and the keyboard-wedge swipe detector."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .classify import CardKind, CardRead, CardSource, SwipeError, parse_manual
from .tracks import looks_like_swipe_start, mask_swipe_text, parse_swipe

if TYPE_CHECKING:
    from .wedge import SwipeDetector, SwipeDiagnostics

__all__ = [
    "CardKind",
    "CardRead",
    "CardSource",
    "SwipeDetector",
    "SwipeDiagnostics",
    "SwipeError",
    "looks_like_swipe_start",
    "mask_swipe_text",
    "parse_manual",
    "parse_swipe",
]


def __getattr__(name: str) -> Any:
    # The detector needs Qt; importing it lazily keeps the parser importable without Qt.
    if name in ("SwipeDetector", "SwipeDiagnostics"):
        from . import wedge  # noqa: PLC0415

        return getattr(wedge, name)
    raise AttributeError(name)
