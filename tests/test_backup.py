"""Backup while working and restore: consistent, verified, never overwriting, nothing in clear."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from datetime import datetime
from pathlib import Path

import pytest

from oco_desktop.cli import main
from oco_desktop.errors import EXIT_USAGE, EXIT_VAULT, EXIT_WRONG_SECRET, OcoError, VaultLocked, WrongSecret
from oco_desktop.storage import access_log, backup
from oco_desktop.storage.vault import CLEAN_CLOSE_KEY, Vault
from tests.test_plaintext import assert_clean
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note, make_vault

CANARY = "Kanarie-ZQXJ-backup-4471"
NAME = "Nguyễn Thị Hoa"


@pytest.fixture
def filled(tmp_path):
    folder = tmp_path / "kluis.ocovault"
    vault, code = Vault.create(folder, PASSPHRASE)
    client = add_client_with_consent(vault, NAME)
    for i in range(20):
        add_note(vault, client.id, f"Gesprek {i} {CANARY}")
    vault.close()
    return folder, code, client


def logical_dump(vault: Vault, skip_meta=True) -> dict:
    """Every row of every ordinary table, sorted; the access log and backup bookkeeping left out."""
    out = {}
    for table in backup.table_counts(vault.conn):
        if table == "access_log":
            continue
        rows = vault.conn.execute(f'SELECT * FROM "{table}"').fetchall()
        if table == "vault_meta" and skip_meta:
            rows = [r for r in rows if not r[0].startswith("last_backup") and r[0] != CLEAN_CLOSE_KEY]
        out[table] = sorted(rows, key=repr)
    return out


def test_backup_is_a_complete_vault_that_opens_with_passphrase_and_recovery_code(filled, tmp_path):
    folder, code, client = filled
    target = tmp_path / "usb"
    target.mkdir()
    with Vault.open(folder, PASSPHRASE) as vault:
        result = backup.make_backup(vault, target, now=datetime(2026, 11, 30, 15, 2))
        before = logical_dump(vault)
        last = backup.last_backup(vault)
        assert last is not None and last.folder == str(target.resolve())
        assert access_log.last(vault, "backup").detail == "kluis-20261130-1502.ocovault"
    assert result.path == target.resolve() / "kluis-20261130-1502.ocovault"
    assert sorted(p.name for p in target.iterdir()) == ["kluis-20261130-1502.ocovault"]
    assert sorted(p.name for p in result.path.iterdir()) == ["keys.json", "vault.db"]
    with Vault.open(result.path, PASSPHRASE) as copy:
        assert logical_dump(copy) == before
        assert copy.integrity()["integrity_check"] == "ok"
    with Vault.recover(result.path, code, "nieuw-voor-de-kopie"):
        pass
    assert_clean_of_canary(target)


def assert_clean_of_canary(*roots):
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                data = Path(dirpath, name).read_bytes()
                for needle in (CANARY, NAME):
                    assert needle.encode() not in data and needle.encode("utf-16-le") not in data, name
    assert_clean(*roots)


def test_two_backups_in_one_minute_and_keep(filled, tmp_path):
    folder, _code, _client = filled
    target = tmp_path / "usb"
    target.mkdir()
    (target / "kluis-20200101-0000.ocovault").mkdir()  # not a vault: never touched by --keep
    with Vault.open(folder, PASSPHRASE) as vault:
        paths = [backup.make_backup(vault, target, now=datetime(2026, 11, 30, 15, m)).path for m in (1, 1, 2)]
        assert [p.name for p in paths] == ["kluis-20261130-1501.ocovault", "kluis-20261130-1501-2.ocovault",
                                           "kluis-20261130-1502.ocovault"]
        result = backup.make_backup(vault, target, keep=2, now=datetime(2026, 11, 30, 15, 3))
    assert [p.name for p in result.removed] == ["kluis-20261130-1501.ocovault", "kluis-20261130-1501-2.ocovault"]
    assert sorted(p.name for p in target.iterdir()) == [
        "kluis-20200101-0000.ocovault", "kluis-20261130-1502.ocovault", "kluis-20261130-1503.ocovault"]


def test_backup_while_another_thread_writes_is_consistent(filled, tmp_path):
    folder, _code, client = filled
    target = tmp_path / "usb"
    target.mkdir()
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer(vault: Vault):
        # Each transaction adds a client and their consent; a backup must never hold one without the other.
        try:
            while not stop.is_set():
                with vault.transaction() as conn:
                    cid = str(uuid.uuid4())
                    conn.execute("INSERT INTO clients(id, name, created_at, updated_at) VALUES (?, 'x', 'a', 'a')",
                                 (cid,))
                    time.sleep(0.002)
                    conn.execute("INSERT INTO consents(id, client_id, scope, method, given_on, created_at) "
                                 "VALUES (?, ?, 's', 'verbal', '2026-11-30', 'a')", (str(uuid.uuid4()), cid))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    with Vault.open(folder, PASSPHRASE) as vault:
        thread = threading.Thread(target=writer, args=(vault,))
        thread.start()
        try:
            results = []
            for minute in range(4):
                time.sleep(0.02)
                results.append(backup.make_backup(vault, target, now=datetime(2026, 11, 30, 16, minute)))
        finally:
            stop.set()
            thread.join()
    assert not errors
    grew = set()
    for result in results:
        with Vault.open(result.path, PASSPHRASE) as copy:
            n_clients = copy.conn.execute("SELECT count(*) FROM clients").fetchone()[0]
            n_consents = copy.conn.execute("SELECT count(*) FROM consents").fetchone()[0]
            assert n_clients == n_consents
            assert backup.table_counts(copy.conn) == result.counts
            grew.add(n_clients)
    assert len(grew) > 1  # the writer really ran between backups


KILL_SCRIPT = textwrap.dedent("""
    import sys, time
    from oco_desktop.storage import backup, keys
    keys.ACTIVE_KDF = keys.TEST_KDF
    from oco_desktop.storage.vault import CLEAN_CLOSE_KEY, Vault
    stage = sys.argv[3]
    real_verify = backup._verify
    def slow_verify(folder, data_key, expected):
        if stage == "verify":
            print("ready", flush=True); time.sleep(60)
        real_verify(folder, data_key, expected)
        if stage == "after-verify":
            print("ready", flush=True); time.sleep(60)
    backup._verify = slow_verify
    with Vault.open(sys.argv[1], sys.argv[4]) as vault:
        backup.make_backup(vault, sys.argv[2])
""")


@pytest.mark.parametrize("stage", ["verify", "after-verify"])
def test_kill_9_during_backup_leaves_no_finished_looking_folder(filled, tmp_path, stage):
    folder, _code, _client = filled
    target = tmp_path / "usb"
    target.mkdir()
    with subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(folder), str(target), stage, PASSPHRASE],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        try:
            line = proc.stdout.readline()
            assert line.strip() == "ready", proc.stderr.read()
            # Something was written: a hidden, unfinished folder.
            leftovers = list(target.iterdir())
            assert leftovers and all(p.name.startswith(".") and ".unfinished-" in p.name for p in leftovers)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert not list(target.glob("*.ocovault"))
    assert not [p for p in target.iterdir() if re.fullmatch(r"kluis-.*\.ocovault", p.name)]
    # The next backup cleans up the leftover and succeeds.
    with Vault.open(folder, PASSPHRASE) as vault:
        result = backup.make_backup(vault, target)
    assert [p.name for p in target.iterdir()] == [result.path.name]


def test_refusals_before_writing(filled, tmp_path, monkeypatch, capsys):
    folder, _code, _client = filled
    monkeypatch.setenv("OCO_VAULT", str(folder))
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    other_vault = tmp_path / "andere.ocovault"
    make_vault(other_vault).close()
    (other_vault / "sub").mkdir()
    cases = [tmp_path / "missing", a_file, folder, other_vault / "sub"]
    for target in cases:
        assert main(["backup", "--to", str(target)]) == EXIT_USAGE, target
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and err.startswith("oco-desktop: ")
    # Not writable (as root os.access is always True, so the check is made to say no).
    target = tmp_path / "readonly"
    target.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == target.resolve() else real_access(p, mode))
    assert main(["backup", "--to", str(target)]) == EXIT_USAGE
    assert "mag OCO Desktop niet schrijven" in capsys.readouterr().err
    monkeypatch.setattr(os, "access", real_access)
    # Too little space.
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda p: type("U", (), {"free": 1024})())
    assert main(["backup", "--to", str(usb)]) == EXIT_USAGE
    assert "Te weinig ruimte" in capsys.readouterr().err
    assert list(usb.iterdir()) == []
    assert main(["backup", "--to", str(usb), "--keep", "0"]) == EXIT_USAGE  # one line, no SystemExit


def test_cli_backup_and_restore_round_trip(filled, tmp_path, monkeypatch, capsys):
    folder, _code, _client = filled
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["backup", "--to", str(usb), "--vault", str(folder)]) == 0
    out = capsys.readouterr().out
    made = next(usb.glob("kluis-*.ocovault"))
    assert str(made) in out
    with Vault.open(folder, PASSPHRASE) as vault:
        before = logical_dump(vault)
    # Restore to a new place.
    new = tmp_path / "terug.ocovault"
    assert main(["restore", str(made), "--vault", str(new)]) == 0
    with Vault.open(new, PASSPHRASE) as restored:
        assert logical_dump(restored) == before
        assert access_log.last(restored, "restore").detail == made.name
    # Restoring over an existing vault is refused without --replace and changes nothing.
    original_bytes = (folder / "vault.db").read_bytes()
    assert main(["restore", str(made), "--vault", str(folder)]) == EXIT_VAULT
    assert (folder / "vault.db").read_bytes() == original_bytes
    # With --replace the current vault is moved aside with the date in its name.
    assert main(["restore", str(made), "--vault", str(folder), "--replace"]) == 0
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("kluis-vervangen-")]
    assert len(aside) == 1 and re.fullmatch(r"kluis-vervangen-\d{8}-\d{4}\.ocovault", aside[0].name)
    assert (aside[0] / "vault.db").read_bytes() == original_bytes
    with Vault.open(folder, PASSPHRASE) as restored:
        assert logical_dump(restored) == before
    assert made.is_dir() and sorted(p.name for p in made.iterdir()) == ["keys.json", "vault.db"]
    assert_clean_of_canary(tmp_path)


def test_restore_checks_the_backup_first(filled, tmp_path, monkeypatch):
    folder, _code, _client = filled
    usb = tmp_path / "usb"
    usb.mkdir()
    with Vault.open(folder, PASSPHRASE) as vault:
        made = backup.make_backup(vault, usb).path
    # Wrong passphrase: exit 3, nothing left behind.
    monkeypatch.setenv("OCO_PASSPHRASE", "verkeerd")
    assert main(["restore", str(made), "--vault", str(tmp_path / "a")]) == EXIT_WRONG_SECRET
    assert not (tmp_path / "a").exists()
    assert not [p for p in tmp_path.iterdir() if ".unfinished-" in p.name]
    # A damaged backup: exit 4, and --replace did not move the current vault aside.
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    data = bytearray((made / "vault.db").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (made / "vault.db").write_bytes(bytes(data))
    assert main(["restore", str(made), "--vault", str(folder), "--replace"]) == EXIT_VAULT
    assert not [p for p in tmp_path.iterdir() if "vervangen" in p.name]
    Vault.open(folder, PASSPHRASE).close()
    # Not a vault at all.
    assert main(["restore", str(tmp_path / "usb"), "--vault", str(tmp_path / "b")]) == EXIT_VAULT


def test_restore_refuses_to_move_an_open_vault(filled, tmp_path):
    folder, _code, _client = filled
    usb = tmp_path / "usb"
    usb.mkdir()
    with Vault.open(folder, PASSPHRASE) as vault:
        made = backup.make_backup(vault, usb).path
        with pytest.raises(VaultLocked):
            backup.restore(made, folder, PASSPHRASE, replace=True)
    assert not [p for p in tmp_path.iterdir() if "vervangen" in p.name or ".unfinished-" in p.name]


def test_wrong_secret_is_wrong_secret_class(filled, tmp_path):
    folder, _code, _client = filled
    usb = tmp_path / "usb"
    usb.mkdir()
    with Vault.open(folder, PASSPHRASE) as vault:
        made = backup.make_backup(vault, usb).path
    with pytest.raises(WrongSecret):
        backup.restore(made, tmp_path / "x", "fout")
    with pytest.raises(OcoError):
        backup.restore(made, tmp_path / "missing-parent" / "x", PASSPHRASE)


def test_restore_says_a_wrong_place_before_asking_the_passphrase(filled, tmp_path, monkeypatch, capsys):
    """Typing the passphrase first and then hearing the target is taken wastes the supporter's time."""
    from oco_desktop.cli import secrets

    folder, _code, _client = filled
    usb = tmp_path / "usb"
    usb.mkdir()
    with Vault.open(folder, PASSPHRASE) as vault:
        made = backup.make_backup(vault, usb).path
    asked = []
    monkeypatch.setattr(secrets, "read_secret", lambda *a, **k: asked.append(a) or PASSPHRASE)
    other = tmp_path / "gewone-map"
    other.mkdir()
    for target, code, words in ((folder, EXIT_VAULT, "staat al een kluis"),
                                (other, EXIT_USAGE, "geen kluis is"),
                                (tmp_path / "nergens" / "x", EXIT_USAGE, "bestaat niet")):
        assert main(["restore", str(made), "--vault", str(target)]) == code
        assert words in capsys.readouterr().err
    assert asked == []
    assert main(["restore", str(made), "--vault", str(tmp_path / "nieuw.ocovault")]) == 0
    assert len(asked) == 1
