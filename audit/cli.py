"""The ``call-audit`` command line.

Each subcommand lives beside the code it drives: a module listed in
:data:`CLI_MODULES` exposes ``register_cli(subparsers)``, which adds its subcommands
with ``set_defaults(func=...)``; ``func(args)`` returns the exit code. Modules keep heavy
imports (models, Prefect) inside their functions so ``call-audit --help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

CLI_MODULES: tuple[str, ...] = (
    "flows.nightly",
    "audit.query",
    "audit.ledger",
    "audit.evidence",
    "audit.retention",
    "audit.evaluate",
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="call-audit",
        description="Offline compliance audit of recorded customer-service calls.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in CLI_MODULES:
        importlib.import_module(name).register_cli(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``call-audit``; returns the process exit code."""
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
