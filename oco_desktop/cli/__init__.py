"""The `oco-desktop` command. Without a subcommand it starts the GUI.

Each subcommand lives in its own module that exposes `register(subparsers, common)`; `common` is a
parent parser carrying the shared options (--vault), so they work before and after the subcommand.
Exit codes are a contract (see oco_desktop.errors): 0 ok, 2 usage, 3 wrong secret, 4 vault problem,
1 internal error. Whatever goes wrong, the user sees one line in Dutch on stderr, never a traceback:
`main` is the one place that maps exceptions to that line and the exit code (see `report`).
"""

from __future__ import annotations

import contextlib
import os
import sys

from oco_desktop.errors import EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, OcoError, UsageError

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
    "oco_desktop.cli.screenshot_command",
]

# Which module defines which command, so a run imports only the module of its own command (each one
# pulls in what it needs: reportlab, the vault, Qt...). A command missing here still works: then every
# module is imported, as for --help (tests/test_cli_startup.py tells when an entry is missing).
COMMAND_INDEX = {
    "init": "oco_desktop.cli.vault_commands",
    "check": "oco_desktop.cli.vault_commands",
    "clients": "oco_desktop.cli.vault_commands",
    "passwd": "oco_desktop.cli.vault_commands",
    "recover": "oco_desktop.cli.vault_commands",
    "recovery-code": "oco_desktop.cli.vault_commands",
    "demo": "oco_desktop.cli.demo_command",
    "deadline": "oco_desktop.cli.deadline_command",
    "checklists": "oco_desktop.cli.checklists_command",
    "plan": "oco_desktop.cli.plan_command",
    "subject-access": "oco_desktop.cli.plan_command",
    "org-key": "oco_desktop.cli.org_key_command",
    "backup": "oco_desktop.cli.backup_commands",
    "restore": "oco_desktop.cli.backup_commands",
    "letter": "oco_desktop.cli.letter_command",
    "handover": "oco_desktop.cli.handover_command",
    "report": "oco_desktop.cli.report_command",
    "report-merge": "oco_desktop.cli.report_command",
    "screenshot": "oco_desktop.cli.screenshot_command",
}


def scan(argv: list[str]) -> tuple[str | None, str | None, bool]:
    """(command, --vault value, help asked) from `argv`, before argparse has been built. A quick look:
    what it gets wrong only costs time (the parser decides what runs)."""
    command = vault = None
    wants_help = False
    skip_value = False
    for arg in argv:
        if skip_value:
            skip_value = False
            vault = arg
        elif arg == "--vault":
            skip_value = True
        elif arg.startswith("--vault="):
            vault = arg.partition("=")[2]
        elif arg in ("-h", "--help"):
            wants_help = True
        elif not arg.startswith("-") and command is None:
            command = arg
    return command, vault, wants_help


def modules_for(argv: list[str] | None) -> list[str]:
    """The command modules a run with `argv` needs: its command's, none for the GUI and --version, all for
    --help or an unknown command (so argparse can list them)."""
    if argv is None:
        return list(COMMAND_MODULES)
    command, _vault, wants_help = scan(argv)
    if wants_help:
        return list(COMMAND_MODULES)
    if command is not None:
        module = COMMAND_INDEX.get(command)
        return [module] if module in COMMAND_MODULES else list(COMMAND_MODULES)
    return []  # no command: the GUI, or --version


def build_parser(argv: list[str] | None = None):
    """The parser (cli.parser, which imports argparse: after Argon2id has started)."""
    from oco_desktop.cli.parser import build_parser as build

    return build(argv)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _quiet_stdout() -> None:
    """After the reader of our stdout went away (`| head`), send the rest nowhere, silently."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _log_internal(exc: BaseException) -> str | None:
    """Write what happened (exception type and code locations, no values) to the log; its path."""
    try:
        import logging
        import traceback

        from oco_desktop import paths
        from oco_desktop.logging_setup import LOG_NAME, setup_logging

        setup_logging()
        frames = traceback.extract_tb(exc.__traceback__)
        where = " <- ".join(f"{os.path.basename(f.filename)}:{f.lineno} {f.name}" for f in reversed(frames))
        logging.getLogger(__name__).error(f"internal error {type(exc).__name__} at {where}")  # no values
        return str(paths.log_dir() / LOG_NAME)
    except Exception:  # the log itself may be unwritable: the message says so
        return None


def report(exc: BaseException) -> int:
    """Print the one line for `exc` on stderr; the exit code."""
    from oco_desktop.storage.failures import as_oco_error

    error = as_oco_error(exc)
    if error is not None:
        print(f"oco-desktop: {_one_line(str(error))}", file=sys.stderr)
        return error.exit_code
    log_path = _log_internal(exc)
    where = f" Details staan in het logbestand {log_path}." if log_path else ""
    print(
        f"oco-desktop: interne fout ({type(exc).__name__}); de opdracht is afgebroken.{where} "
        "Meld dit bij de beheerder.",
        file=sys.stderr,
    )
    return EXIT_INTERNAL


def _run(argv: list[str] | None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    from oco_desktop.cli import secrets

    # Argon2id for OCO_PASSPHRASE starts before argparse is built and the command's code is imported
    # (about 60 ms of work it then overlaps); the vault's unwrap takes the result.
    command, vault_option, wants_help = scan(argv)
    ahead = not wants_help and secrets.derive_passphrase_ahead(command, vault_option)
    from oco_desktop.cli.warnings_to_log import route_warnings  # `logging` only now: 7 ms of the start

    route_warnings()
    try:
        return _parse_and_run(argv)
    finally:
        if ahead:
            from oco_desktop.storage import kdf

            kdf.forget_ahead()  # not taken when the command stopped before opening the vault


def _parse_and_run(argv: list[str]) -> int:
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    vault = getattr(args, "vault", None)
    if vault is not None and not vault.strip():
        raise UsageError("--vault is leeg: geef de map van de kluis op.")
    if vault is not None and "\0" in vault:
        raise UsageError("--vault bevat een ongeldig teken.")
    if args.command is None:
        from oco_desktop.cli.gui_prerequisites import require_a_screen

        require_a_screen()
        from oco_desktop.app import run_gui  # Qt is only imported when the GUI is wanted

        return run_gui(vault)
    return int(args.func(args) or 0)


def main(argv: list[str] | None = None) -> int:
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="replace")  # a terminal that cannot show a name still gets a line
    try:
        return _run(argv)
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        print("oco-desktop: afgebroken", file=sys.stderr)
        return EXIT_USAGE
    except OcoError as exc:
        return report(exc)
    except Exception as exc:
        return report(exc)


def entry() -> None:
    """The `oco-desktop` program (console script, `python -m oco_desktop`, the frozen app): `main`, then
    the end of the process (`exit_without_teardown`)."""
    exit_without_teardown(main())


def exit_without_teardown(code: int) -> None:
    """End the process with `code` as Python's own exit would, without its teardown of every module and
    object: after a plan export that teardown took about 30 ms, as long as the export's PDF work.

    What the normal exit does that matters is done first: the functions registered with atexit run
    (logging's flush, a finalizer left to remove a temporary folder) and stdout and stderr are flushed.
    The normal exit is kept when Qt is loaded (its objects go in a set order) or when another thread
    that is not a daemon still runs (the normal exit waits for it).
    """
    import threading

    others = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon]
    if "PySide6.QtCore" in sys.modules or others:
        raise SystemExit(code)
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # a reader gone away (`| head`)
            stream.flush()
    os._exit(code)
