"""Issue 10 point 4: every failure is one Dutch line on stderr with a documented exit code; no traceback,
vault files byte-identical, and the words tell the truth (no access is not "damaged")."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time

import pytest

from oco_desktop.storage.lock import LOCK_NAME
from oco_desktop.storage.vault import DB_NAME, KEYS_NAME, Vault
from tests.cli_helpers import assert_one_line, run
from tests.fs_helpers import read_only_copy
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note


def snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def vault_dir(tmp_path, monkeypatch):
    folder = tmp_path / "kluis"
    vault = Vault.create(folder, PASSPHRASE)[0]
    client = add_client_with_consent(vault)
    add_note(vault, client.id, "Huisbezoek over de huurachterstand.")
    vault.close()
    monkeypatch.setenv("OCO_VAULT", str(folder))
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    return folder


def edit_keys(folder, change) -> None:
    data = json.loads((folder / KEYS_NAME).read_text())
    change(data)
    (folder / KEYS_NAME).write_text(json.dumps(data))


BAD_KEY_FILES = {
    "slots is a list": lambda d: d.update(slots=[d["slots"]["passphrase"]]),
    "slot is a string": lambda d: d["slots"].update(passphrase="x"),
    "iterations 2**31": lambda d: d["slots"]["passphrase"]["params"].update(iterations=2**31),
    "iterations 21": lambda d: d["slots"]["passphrase"]["params"].update(iterations=21),
    "iterations 0": lambda d: d["slots"]["passphrase"]["params"].update(iterations=0),
    "iterations true": lambda d: d["slots"]["passphrase"]["params"].update(iterations=True),
    "iterations float": lambda d: d["slots"]["passphrase"]["params"].update(iterations=3.0),
    "memory 2**32-1": lambda d: d["slots"]["passphrase"]["params"].update(memory_kib=2**32 - 1),
    "memory 1 MiB": lambda d: d["slots"]["passphrase"]["params"].update(memory_kib=1024),
    "memory 1 GiB + 1": lambda d: d["slots"]["passphrase"]["params"].update(memory_kib=1024 * 1024 + 1),
    "lanes 17": lambda d: d["slots"]["passphrase"]["params"].update(lanes=17),
    "lanes string": lambda d: d["slots"]["passphrase"]["params"].update(lanes="4"),
    "extra param": lambda d: d["slots"]["passphrase"]["params"].update(version=19),
    "salt 15 bytes": lambda d: d["slots"]["passphrase"].update(salt=base64.b64encode(b"s" * 15).decode()),
    "nonce 16 bytes": lambda d: d["slots"]["passphrase"].update(nonce=base64.b64encode(b"n" * 16).decode()),
    "nonce not base64": lambda d: d["slots"]["passphrase"].update(nonce="!!!!"),
    "wrapped key short": lambda d: d["slots"]["passphrase"].update(wrapped_key=base64.b64encode(b"k" * 32).decode()),
    "kdf scrypt": lambda d: d["slots"]["passphrase"].update(kdf="scrypt"),
    "format string": lambda d: d.update(format="1"),
    "vault id number": lambda d: d.update(vault_id=12),
    "vault id not a uuid": lambda d: d.update(vault_id="abc"),
    "recovery slot broken": lambda d: d["slots"]["recovery"]["params"].update(lanes=0),
    "unknown slot with argon2 kind, broken": lambda d: d["slots"].update(
        spare={**d["slots"]["passphrase"], "salt": "AAAA"}),
    "unknown slot not an object": lambda d: d["slots"].update(organisation=[1, 2]),
    "db_salt wrong length": lambda d: d.update(db_salt="AAAA"),
}


@pytest.mark.parametrize("case", sorted(BAD_KEY_FILES))
def test_bad_keys_json_is_refused_before_any_work(vault_dir, capsys, case):
    edit_keys(vault_dir, BAD_KEY_FILES[case])
    before = snapshot(vault_dir)
    started = time.monotonic()
    code, out, err = run(capsys, "check")
    assert time.monotonic() - started < 5  # refused, not derived (2**31 passes would hang)
    assert code == 4
    assert_one_line(err)
    assert "sleutelbestand" in err and KEYS_NAME in err
    assert snapshot(vault_dir) == before


def test_extra_slots_unknown_kinds_are_kept_known_kinds_are_validated(vault_dir, capsys, monkeypatch):
    """keys.json stays extensible: a slot of a kind this version does not know is kept as it is; a slot
    of a known kind (the organisation key) is validated, and a broken one is refused, not a crash."""
    future = {"kind": "future-kind", "anything": [1, 2, 3]}
    edit_keys(vault_dir, lambda d: d["slots"].update(future=future))
    assert run(capsys, "check")[0] == 0
    monkeypatch.setenv("OCO_NEW_PASSPHRASE", "nog-een-wachtwoordzin")
    assert run(capsys, "passwd")[0] == 0
    assert json.loads((vault_dir / KEYS_NAME).read_text())["slots"]["future"] == future
    monkeypatch.setenv("OCO_PASSPHRASE", "nog-een-wachtwoordzin")
    broken = {"kind": "x25519-sealed", "key_id": "X", "public_key": "AAAA", "sealed_key": "AAAA"}
    for name in ("organisation", "second_org"):
        edit_keys(vault_dir, lambda d, name=name: d["slots"].update({name: broken}))
        before = snapshot(vault_dir)
        code, _, err = run(capsys, "check")
        assert code == 4 and name in err
        assert_one_line(err)
        assert snapshot(vault_dir) == before
        edit_keys(vault_dir, lambda d, name=name: d["slots"].pop(name))
    # The organisation slot must be of its own kind.
    edit_keys(vault_dir, lambda d: d["slots"].update(organisation=future))
    code, _, err = run(capsys, "check")
    assert code == 4 and "organisation" in err


def test_keys_json_of_another_vault_says_so(tmp_path, vault_dir, capsys, monkeypatch):
    other = tmp_path / "andere"
    Vault.create(other, "heel-andere-zin")[0].close()
    (vault_dir / KEYS_NAME).write_bytes((other / KEYS_NAME).read_bytes())
    before = snapshot(vault_dir)
    for passphrase in (PASSPHRASE, "heel-andere-zin"):
        monkeypatch.setenv("OCO_PASSPHRASE", passphrase)
        code, _, err = run(capsys, "check")
        assert code == 4
        assert_one_line(err)
        assert "andere kluis" in err and "beschadigd" not in err
    assert snapshot(vault_dir) == before


def test_old_keys_json_without_salt_still_tells_a_foreign_key_file(tmp_path, vault_dir, capsys, monkeypatch):
    other = tmp_path / "andere"
    Vault.create(other, PASSPHRASE)[0].close()
    edit_keys(other, lambda d: d.pop("db_salt"))
    (vault_dir / KEYS_NAME).write_bytes((other / KEYS_NAME).read_bytes())
    code, _, err = run(capsys, "check")
    assert code == 4 and "past niet" in err


def test_lock_file_as_a_folder(vault_dir, capsys):
    (vault_dir / LOCK_NAME).unlink(missing_ok=True)
    (vault_dir / LOCK_NAME).mkdir()
    before = snapshot(vault_dir)
    code, _, err = run(capsys, "clients")
    assert code == 4
    assert_one_line(err)
    assert "vault.lock" in err and "map" in err
    assert snapshot(vault_dir) == before


def test_empty_database(vault_dir, capsys):
    (vault_dir / DB_NAME).write_bytes(b"")
    before = snapshot(vault_dir)
    code, _, err = run(capsys, "check")
    assert code == 4
    assert_one_line(err)
    assert "leeg" in err
    assert snapshot(vault_dir) == before


def test_database_as_a_folder(vault_dir, capsys):
    (vault_dir / DB_NAME).unlink()
    (vault_dir / DB_NAME).mkdir()
    code, _, err = run(capsys, "check")
    assert code == 4
    assert_one_line(err)


def test_non_utf8_passphrase_in_process(vault_dir, capsys, monkeypatch):
    monkeypatch.setenv("OCO_PASSPHRASE", "abc\udcffdefgh")  # how Python presents undecodable bytes
    code, _, err = run(capsys, "check")
    assert code == 2
    assert_one_line(err)
    assert "UTF-8" in err


@pytest.mark.skipif(os.name != "posix", reason="bytes in the environment are POSIX")
def test_non_utf8_passphrase_in_a_real_process(vault_dir):
    env = {k.encode(): v.encode() for k, v in os.environ.items() if k != "OCO_PASSPHRASE"}
    env[b"OCO_PASSPHRASE"] = b"\xff\xfe-wachtwoord"
    done = subprocess.run([sys.executable, "-m", "oco_desktop", "check"], env=env, capture_output=True,
                          stdin=subprocess.DEVNULL)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert_one_line(err)


@pytest.mark.skipif(os.name != "posix", reason="SIGPIPE is POSIX")
def test_closed_pipe_ends_quietly(vault_dir):
    vault = Vault.open(vault_dir, PASSPHRASE)
    for i in range(400):
        add_client_with_consent(vault, f"Demo Persoon {i} met een wat langere naam")
    vault.close()
    command = f"'{sys.executable}' -m oco_desktop clients --json | head -c 100 > /dev/null"
    done = subprocess.run(command, shell=True, env=os.environ, capture_output=True, text=True)  # noqa: S602
    assert done.returncode == 0
    assert done.stderr == ""
    # `set -o pipefail` would show our own exit code: it must be 0 as well.
    done = subprocess.run(["bash", "-c", "set -o pipefail; \"$0\" -m oco_desktop clients --json | head -c 100",
                           sys.executable], env=os.environ, capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == ""
    with Vault.open(vault_dir, PASSPHRASE, full_check=True) as vault:  # closed properly, nothing lost
        assert vault.integrity() == {"integrity_check": "ok", "cipher_integrity_check": "ok"}
        assert vault.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 401


def test_empty_vault_option_is_an_error(vault_dir, capsys):
    for argv in (["--vault", "", "check"], ["check", "--vault", ""], ["--vault", "  ", "clients"]):
        code, _, err = run(capsys, *argv)
        assert code == 2
        assert_one_line(err)


def test_demo_clients_has_bounds(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "demo"
    for value in ("1000000000", "0", "-5", "100001"):
        code, _, err = run(capsys, "--vault", str(target), "demo", "--clients", value)
        assert code == 2, value
        assert_one_line(err)
    code, _, err = run(capsys, "--vault", str(target), "demo", "--clients", "2", "--notes-per-client", "100000")
    assert code == 2
    assert not target.exists()


def test_cli_applies_the_gui_passphrase_rule(tmp_path, capsys, monkeypatch):
    target = tmp_path / "kort"
    monkeypatch.setenv("OCO_PASSPHRASE", "a")
    for argv in (["init"], ["demo", "--clients", "1"]):
        code, _, err = run(capsys, "--vault", str(target), *argv)
        assert code == 2 and "minstens 8 tekens" in err
        assert_one_line(err)
    assert not target.exists()
    monkeypatch.setenv("OCO_PASSPHRASE", "precies8")
    assert run(capsys, "--vault", str(target), "init")[0] == 0
    monkeypatch.setenv("OCO_NEW_PASSPHRASE", "kort")
    before = snapshot(target)
    code, _, err = run(capsys, "--vault", str(target), "passwd")
    assert code == 2 and "minstens 8 tekens" in err
    assert snapshot(target) == before


def test_unreadable_key_file_is_no_access_not_damage(vault_dir, capsys, monkeypatch):
    real_read = type(vault_dir).read_bytes

    def refuse(path):
        if path.name == KEYS_NAME:
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)

    monkeypatch.setattr(type(vault_dir), "read_bytes", refuse)
    code, _, err = run(capsys, "check")
    assert code == 4
    assert_one_line(err)
    assert "Geen toegang" in err and "beschadigd" not in err


@pytest.mark.skipif(os.name != "posix", reason="permissions are POSIX here")
def test_unreadable_vault_for_real(vault_dir, capsys):
    if os.geteuid() == 0:
        pytest.skip("root reads every file; the injected variant above covers it")
    (vault_dir / KEYS_NAME).chmod(0)
    try:
        code, _, err = run(capsys, "check")
    finally:
        (vault_dir / KEYS_NAME).chmod(0o600)
    assert code == 4 and "Geen toegang" in err and "beschadigd" not in err


def test_read_only_vault_can_be_checked_and_listed(vault_dir, capsys, monkeypatch):
    with read_only_copy(vault_dir) as stick:
        before = snapshot(stick)
        monkeypatch.setenv("OCO_VAULT", str(stick))
        code, out, err = run(capsys, "check")
        assert code == 0, err
        assert "integrity_check: ok" in out and "alleen-lezen" in out
        code, out, err = run(capsys, "clients", "--json")
        assert code == 0, err
        assert json.loads(out)[0]["name"] == "Şükrü Yılmaz"
        # Changing is refused in one line, not with a traceback.
        monkeypatch.setenv("OCO_NEW_PASSPHRASE", "nieuwe-wachtwoordzin")
        code, _, err = run(capsys, "passwd")
        assert code == 4
        assert_one_line(err)
        assert "beschadigd" not in err
        assert snapshot(stick) == before


def test_internal_error_names_the_log_file(vault_dir, capsys, monkeypatch, user_folders):
    from oco_desktop.storage import caseload

    def broken(vault):
        raise ValueError("Şükrü Yılmaz secret detail")

    monkeypatch.setattr(caseload, "caseload", broken)
    code, _, err = run(capsys, "clients")
    assert code == 1
    assert_one_line(err)
    assert "interne fout" in err and "oco-desktop.log" in err
    log_text = (user_folders / "log" / "oco-desktop.log").read_text()
    assert "ValueError" in log_text and "Şükrü" not in log_text and "secret detail" not in log_text
    from oco_desktop.logging_setup import teardown_logging

    teardown_logging()


def test_init_under_a_file_or_in_an_impossible_place(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    (tmp_path / "bestand").write_text("x")
    code, _, err = run(capsys, "--vault", str(tmp_path / "bestand" / "kluis"), "init")
    assert code == 4
    assert_one_line(err)
    assert "bestand waar een map hoort" in err
    code, _, err = run(capsys, "--vault", str(tmp_path / ("x" * 300)), "init")
    assert code == 2
    assert_one_line(err)
    if os.path.isdir("/proc/self"):
        code, _, err = run(capsys, "--vault", "/proc/kluis", "init")
        assert code == 4
        assert_one_line(err)
        assert "kan geen kluis worden gemaakt" in err


def test_read_only_vault_of_an_older_schema_says_so(vault_dir, capsys, monkeypatch):
    from oco_desktop.storage.schema import LATEST_VERSION

    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.conn.execute(f"PRAGMA user_version = {LATEST_VERSION - 1}")
    with read_only_copy(vault_dir) as stick:
        monkeypatch.setenv("OCO_VAULT", str(stick))
        assert run(capsys, "check")[0] == 0  # checking needs no upgrade
        code, _, err = run(capsys, "clients")
        assert code == 4
        assert_one_line(err)
        assert "oudere versie" in err
