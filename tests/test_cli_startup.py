"""The CLI starts light: `--version` and each command import only what they need (issue 11: --version
<= 150 ms, clients --json <= 500 ms). Import lists, not timings: timings are the benchmark's business."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys

import pytest

from oco_desktop import cli

HEAVY = ("reportlab", "sqlcipher3", "PySide6", "sqlite_utils", "cryptography", "fontTools", "arabic_reshaper",
         "keyring", "importlib.metadata")


def imported_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return json.loads(out.splitlines()[-1])


def test_every_command_is_in_the_index_with_its_module():
    for name in cli.COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        subparsers = parser.add_subparsers()
        importlib.import_module(name).register(subparsers, argparse.ArgumentParser(add_help=False))
        for command in subparsers.choices:
            assert cli.COMMAND_INDEX.get(command) == name, f"add {command!r}: {name!r} to cli.COMMAND_INDEX"


def test_version_imports_nothing_heavy_before_it_answers():
    assert imported_after("from oco_desktop.cli import build_parser; build_parser(['--version'])") == []
    assert cli.modules_for(["--version"]) == [] and cli.modules_for([]) == []  # --version and the GUI


@pytest.mark.parametrize("argv", [["clients", "--json"], ["--vault", "x", "check"], ["deadline", "plan", "2026-11-02"]])
def test_a_command_imports_only_its_own_module(argv):
    assert cli.modules_for(argv) == [cli.COMMAND_INDEX[argv[2] if argv[0] == "--vault" else argv[0]]]
    heavy = imported_after(f"from oco_desktop.cli import build_parser; build_parser({argv!r})")
    assert not {"reportlab", "PySide6", "fontTools", "sqlite_utils"} & set(heavy)


def test_help_and_unknown_commands_still_see_every_command(capsys):
    assert cli.modules_for(["--help"]) == cli.COMMAND_MODULES
    assert cli.modules_for(["nonsense"]) == cli.COMMAND_MODULES
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(command in out for command in cli.COMMAND_INDEX)
    assert cli.main(["nonsense"]) == 2
