"""The `oco-desktop` command. Without a subcommand it starts the GUI.

Each subcommand lives in its own module that exposes `register(subparsers, common)`; `common` is a
parent parser carrying the shared options (--vault), so they work before and after the subcommand.
Exit codes are a contract (see oco_desktop.errors): 0 ok, 2 usage, 3 wrong secret, 4 vault problem.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from oco_desktop.errors import EXIT_USAGE, OcoError

# Order is the order in `--help`.
COMMAND_MODULES = [
    "oco_desktop.cli.vault_commands",
    "oco_desktop.cli.demo_command",
    "oco_desktop.cli.deadline_command",
    "oco_desktop.cli.checklists_command",
    "oco_desktop.cli.plan_command",
    "oco_desktop.cli.org_key_command",
    "oco_desktop.cli.backup_commands",
    "oco_desktop.cli.letter_command",
    "oco_desktop.cli.handover_command",
    "oco_desktop.cli.report_command",
]

log = logging.getLogger(__name__)


class _VersionAction(argparse.Action):
    """`--version`, reading the installed version only when asked (importlib.metadata is slow)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):  # noqa: A002
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from oco_desktop import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="vault folder (default: env OCO_VAULT, else the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="oco-desktop",
        description="OCO Desktop: caseload, checklists and personal plans, offline and encrypted.",
        parents=[common],
    )
    parser.add_argument("--version", action=_VersionAction, help="show program's version number and exit")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    vault = getattr(args, "vault", None)
    if args.command is None:
        from oco_desktop.app import run_gui  # Qt is only imported when the GUI is wanted

        return run_gui(vault)
    try:
        return int(args.func(args) or 0)
    except OcoError as exc:
        print(f"oco-desktop: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("oco-desktop: afgebroken", file=sys.stderr)
        return EXIT_USAGE
