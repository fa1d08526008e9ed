"""The `pos-app` command line: the cashier app, the sandbox server, selftest, doctor, version."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

from pos_app import __version__


def _build_parser() -> argparse.ArgumentParser:
    import argparse  # noqa: PLC0415 - not on the cashier's start-up path
    from pathlib import Path  # noqa: PLC0415

    parser = argparse.ArgumentParser(
        prog="pos-app",
        description="Counter POS: split-tender checkout with Clover gift cards and cards.",
    )
    parser.add_argument("--version", action="version", version=f"pos-app {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sandbox = commands.add_parser("sandbox", help="the Clover-compatible sandbox gateway")
    sandbox_commands = sandbox.add_subparsers(dest="sandbox_command", metavar="COMMAND")
    serve = sandbox_commands.add_parser("serve", help="serve the sandbox over HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 = any free)")
    serve.add_argument("--db", type=Path, default=None, help="SQLite ledger file (default: memory)")
    serve.add_argument(
        "--token", default="sandbox-token", help="Bearer token it accepts (default sandbox-token)"
    )
    serve.add_argument(
        "--strict",
        action="store_true",
        help="require x-forwarded-for, User-Agent and idempotency-key as Clover does",
    )
    serve.add_argument("--rate-limit", type=int, default=16, help="requests/s per token (0 = off)")
    serve.add_argument(
        "--concurrency-limit", type=int, default=5, help="requests in flight per token (0 = off)"
    )
    serve.add_argument("--hold-minutes", type=float, default=15.0, help="gift card hold lifetime")
    commands.add_parser(
        "selftest", help="run a scripted split-tender sale on the built-in sandbox, no window"
    )
    doctor = commands.add_parser(
        "doctor", help="report version, Qt, keyring, folders, environment and printer; "
        "exit 1 on anything that would stop a sale",
    )
    doctor.add_argument(
        "--require-secure-keyring", action="store_true",
        help="a missing secure keyring is a failure even in training mode (installers, CI)",
    )
    doctor.add_argument("--probe-qt", action="store_true", help=argparse.SUPPRESS)
    return parser


def _serve_sandbox(args: argparse.Namespace) -> int:
    # Imported here so `pos-app --version` and the cashier app do not load the server stack.
    from pos_app.sandbox import SandboxConfig, run_server  # noqa: PLC0415

    config = SandboxConfig(
        db_path=args.db,
        api_token=args.token,
        strict=args.strict,
        rate_limit=args.rate_limit,
        concurrency_limit=args.concurrency_limit,
        hold_ttl_seconds=round(args.hold_minutes * 60),
    )
    return run_server(config, host=args.host, port=args.port)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    if not (sys.argv[1:] if argv is None else argv):
        return _run_app()  # the cashier's everyday start: no parser to build on the way
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command == "sandbox":
        if args.sandbox_command != "serve":
            parser.parse_args(["sandbox", "--help"])
        return _serve_sandbox(args)
    if args.command == "selftest":
        from pos_app.selftest import run_selftest  # noqa: PLC0415 - loads the checkout stack

        return run_selftest()
    if args.command == "doctor":
        from pos_app import doctor  # noqa: PLC0415

        if args.probe_qt:
            return doctor.qt_probe_main()
        return doctor.run_doctor(require_secure_keyring=args.require_secure_keyring)
    return _run_app()


def _run_app() -> int:
    from pos_app.app import main as run_app  # noqa: PLC0415 - loads Qt

    return run_app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
