"""Clover-compatible sandbox gateway: the Ecommerce and Gift Card API on a SQLite ledger."""

from __future__ import annotations

from .app import Sandbox
from .asgi import SandboxConnectionDropped
from .config import SandboxConfig
from .server import run_server

__all__ = ["Sandbox", "SandboxConfig", "SandboxConnectionDropped", "run_server"]
