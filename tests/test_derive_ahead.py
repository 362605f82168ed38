"""The CLI starts Argon2id before it imports the command's code (issue 11, point 4): the derivation is
the same one unwrap would do, taken once, checked by AES-GCM as always, and nothing is started when
anything is out of the ordinary (the command then reports it in its own words). Real vault files."""

from __future__ import annotations

import pytest

from oco_desktop.cli import secrets as cli_secrets
from oco_desktop.errors import WrongSecret
from oco_desktop.storage import kdf, keys
from oco_desktop.storage.vault import read_key_file
from tests.cli_helpers import assert_one_line, run
from tests.vault_helpers import PASSPHRASE, make_vault


@pytest.fixture
def folder(tmp_path, monkeypatch):
    folder = tmp_path / "kluis.ocovault"
    make_vault(folder).close()
    monkeypatch.setenv("OCO_VAULT", str(folder))
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    return folder


@pytest.fixture
def derivations(monkeypatch):
    done = []
    real = kdf.derive_now
    monkeypatch.setattr(kdf, "derive_now", lambda *a: done.append(a[1]) or real(*a))
    return done


def test_unwrap_takes_the_derivation_started_ahead_once(folder, derivations):
    key_file = read_key_file(folder)
    slot = key_file.slots[keys.SLOT_PASSPHRASE]
    secret = keys.normalise_passphrase(PASSPHRASE)
    assert kdf.start_ahead(slot, secret)
    first = keys.unwrap(slot, secret, key_file.vault_id, keys.SLOT_PASSPHRASE)
    assert len(derivations) == 1 and kdf._ahead == {}  # taken, and not kept
    assert keys.unwrap(slot, secret, key_file.vault_id, keys.SLOT_PASSPHRASE) == first
    assert len(derivations) == 2  # a second unwrap derives again


def test_a_wrong_passphrase_started_ahead_is_still_wrong(folder):
    key_file = read_key_file(folder)
    slot = key_file.slots[keys.SLOT_PASSPHRASE]
    wrong = keys.normalise_passphrase("niet de goede zin")
    assert kdf.start_ahead(slot, wrong)
    with pytest.raises(WrongSecret):
        keys.unwrap(slot, wrong, key_file.vault_id, keys.SLOT_PASSPHRASE)
    assert kdf._ahead == {}


def test_an_invalid_slot_starts_nothing():
    assert not kdf.start_ahead({"kdf": "argon2id", "params": {"iterations": 1}}, b"x")
    assert not kdf.start_ahead(None, b"x")
    assert kdf._ahead == {}


def test_the_cli_derives_ahead_for_a_command_that_opens_the_vault(folder, derivations, capsys):
    assert cli_secrets.derive_passphrase_ahead("clients", None)
    kdf.forget_ahead()  # ends it; the command below starts its own
    code, _out, err = run(capsys, "clients")
    assert code == 0, err
    assert len(derivations) == 2  # once ahead, once here: the run itself started its own ahead


@pytest.mark.parametrize("command", ["deadline", "restore", "init", None])
def test_not_for_commands_that_do_not_open_with_the_passphrase(folder, command):
    assert not cli_secrets.derive_passphrase_ahead(command, None)
    assert kdf._ahead == {}


def test_nothing_is_started_when_the_vault_or_its_key_file_is_not_in_order(folder, tmp_path, monkeypatch, capsys):
    assert not cli_secrets.derive_passphrase_ahead("check", str(tmp_path / "nergens"))
    (folder / "keys.json").write_text("{niet json", encoding="utf-8")
    assert not cli_secrets.derive_passphrase_ahead("check", None)
    monkeypatch.delenv("OCO_PASSPHRASE")
    assert not cli_secrets.derive_passphrase_ahead("check", None)
    assert kdf._ahead == {}
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    code, _out, err = run(capsys, "check")  # the command says what is wrong, as before
    assert code == 4
    assert_one_line(err)


def test_the_whole_run_uses_one_derivation(folder, derivations, capsys):
    code, out, err = run(capsys, "check")
    assert code == 0, err
    assert len(derivations) == 1 and kdf._ahead == {}
    code, _out, err = run(capsys, "--vault", str(folder), "clients", "--json")
    assert code == 0, err
    assert len(derivations) == 2


def test_a_command_that_stops_before_opening_leaves_nothing_behind(folder, capsys, tmp_path):
    code, _out, err = run(capsys, "plan", "export", "geen-client", "--out", str(folder / "in-de-kluis.pdf"))
    assert code == 2, err  # refused before the vault is opened: the derivation started ahead is dropped
    assert kdf._ahead == {}


def test_the_command_and_vault_are_seen_before_argparse_is_built():
    from oco_desktop import cli

    assert cli.scan(["--vault", "/k", "plan", "export", "abc", "--out", "p.pdf"]) == ("plan", "/k", False)
    assert cli.scan(["--vault=/k", "check"]) == ("check", "/k", False)
    assert cli.scan(["check", "--help"]) == ("check", None, True)
    assert cli.scan([]) == (None, None, False)


def test_help_derives_nothing(folder, derivations, capsys):
    code, out, _err = run(capsys, "check", "--help")
    assert code == 0 and "check" in out
    assert derivations == [] and kdf._ahead == {}


# A new process, as a command starts: which of the modules that Argon2id does not need are loaded when
# the derivation starts. logging and platformdirs (about 16 ms) used to be imported first, then
# storage.keys with dataclasses (via inspect) and uuid (about 15 ms), argparse and getpass (about 5 ms), and
# cryptography (17 ms; Argon2id came from it).
AHEAD_PROBE = """
import json, sys
from oco_desktop.storage import kdf
real = kdf.start_ahead
seen = []
def spy(*args):
    seen.append(sorted(m for m in ("logging", "traceback", "platformdirs", "sqlcipher3", "reportlab",
                                   "dataclasses", "inspect", "uuid", "oco_desktop.storage.keys", "argparse",
                                   "getpass", "cryptography")
                       if m in sys.modules))
    return real(*args)
kdf.start_ahead = spy
from oco_desktop.cli import main
code = main(["clients"])
print(json.dumps({"seen": seen, "code": code}))
"""


def test_argon2id_starts_before_logging_the_user_folders_and_the_key_file_code_are_imported(folder):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", AHEAD_PROBE], env={**os.environ, "PYTHONPATH": str(root)},
                          capture_output=True, text=True, timeout=60, cwd=root)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"seen": [[]], "code": 0}, done.stderr
