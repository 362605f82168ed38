"""The command line's parser: argparse with Dutch messages, each command module adding its commands.

Apart from cli/__init__ so that argparse is imported only after Argon2id has started (see
cli.secrets.derive_passphrase_ahead): the CLI reads the command and --vault from argv first (cli.scan).
"""

from __future__ import annotations

import argparse
import importlib
import re

from oco_desktop.cli import modules_for
from oco_desktop.errors import UsageError

# argparse speaks English; the few messages a user meets get a Dutch frame.
_ARGPARSE_NL = (
    (re.compile(r"^the following arguments are required: (.*)$"), "verplicht: {0}"),
    (re.compile(r"^unrecognized arguments: (.*)$"), "onbekend: {0}"),
    (re.compile(r"^argument (\S+): invalid int value: (.*)$"), "{0} verwacht een geheel getal, niet {1}"),
    (re.compile(r"^argument (\S+): invalid choice: (.*?) \(choose from (.*)\)$"),
     "{0}: onbekende keuze {1} (kies uit {2})"),
    (re.compile(r"^argument (\S+): expected one argument$"), "{0} verwacht een waarde"),
    (re.compile(r"^argument (\S+): ignored explicit argument (.*)$"), "{0} neemt geen waarde ({1})"),
)


class _DutchHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)


class CliParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors become a UsageError (one Dutch line, exit 2), with its help in Dutch
    (argparse's own headings and the -h line are English)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _DutchHelpFormatter)
        parents = kwargs.pop("parents", [])
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        for parent in parents:  # after the titles, so the parent's options join the same group
            self._add_container_actions(parent)
            self._defaults.update(getattr(parent, "_defaults", {}))
        for action in self._actions:
            if "--help" in action.option_strings:
                action.help = "toon deze uitleg en stop"

    def error(self, message: str):  # type: ignore[override]
        for pattern, dutch in _ARGPARSE_NL:
            match = pattern.match(message)
            if match:
                message = dutch.format(*match.groups())
                break
        raise UsageError(f"ongeldige opdracht: {message}. Zie: oco-desktop --help")


class _VersionAction(argparse.Action):
    """`--version`, reading the installed version only when asked (importlib.metadata is slow)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):  # noqa: A002
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from oco_desktop import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with `argv`, only with the command modules that run needs (see modules_for)."""
    common = CliParser(add_help=False)
    common.add_argument(
        "--vault",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="map van de kluis (standaard: OCO_VAULT, anders de gebruikelijke map van OCO Desktop)",
    )
    parser = CliParser(
        prog="oco-desktop",
        description="OCO Desktop: caseload, checklists en persoonlijke plannen, offline en versleuteld.",
        parents=[common],
    )
    parser.add_argument("--version", action=_VersionAction, help="toon het versienummer en stop")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)
    for name in modules_for(argv):
        importlib.import_module(name).register(subparsers, common)
    return parser
