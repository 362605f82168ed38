"""The clean-close mark (issue 10 leftover): written with a session's first change, not at open.

A session that changes nothing (check, clients, an export that fails, the app opened and closed) leaves
vault.db and its WAL byte-identical; a process killed after its first change leaves the mark at '0', so
the next open runs the full page check.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from oco_desktop.domain.models import Client
from oco_desktop.storage import clients, search
from oco_desktop.storage.caseload import caseload
from oco_desktop.storage.vault import CLEAN_CLOSE_KEY, DB_NAME, KEYS_NAME, Vault
from tests.cli_helpers import assert_one_line, run
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note, make_vault

ROOT = Path(__file__).resolve().parent.parent


def _files(folder: Path) -> dict[str, str | None]:
    """SHA-256 of vault.db, its WAL and keys.json; None for a file that is not there."""
    out = {}
    for name in (DB_NAME, f"{DB_NAME}-wal", KEYS_NAME):
        path = folder / name
        out[name] = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
    return out


def _mark(folder: Path) -> str:
    with Vault.open(folder, PASSPHRASE) as vault:
        return vault.conn.execute("SELECT value FROM vault_meta WHERE key = ?", (CLEAN_CLOSE_KEY,)).fetchone()[0]


@pytest.fixture
def vault_dir(tmp_path, monkeypatch):
    folder = tmp_path / "kluis.ocovault"
    with make_vault(folder) as vault:
        client = add_client_with_consent(vault, "Anna de Vries")
        add_note(vault, client.id, "Gesprek over de traplift")
    monkeypatch.setenv("OCO_VAULT", str(folder))
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    return folder


def test_a_session_that_only_reads_leaves_the_files_byte_identical(vault_dir):
    before = _files(vault_dir)
    assert before[DB_NAME] is not None
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert [r.name for r in caseload(vault)] == ["Anna de Vries"]
        assert search.search_notes(vault, "traplift")
        assert vault.integrity(full_text=False)["integrity_check"] == "ok"
    assert _files(vault_dir) == before


def test_read_only_commands_leave_the_files_byte_identical(vault_dir, capsys):
    before = _files(vault_dir)
    for argv in (["check"], ["clients", "--json"], ["check", "--full"]):
        code, _out, err = run(capsys, *argv)
        assert code == 0, err
        assert _files(vault_dir) == before, argv


def test_a_command_failing_after_open_leaves_the_files_byte_identical(vault_dir, tmp_path, capsys):
    before = _files(vault_dir)
    code, _out, err = run(capsys, "plan", "export", "GEEN-CLIENT", "--out", str(tmp_path / "x.pdf"))
    assert code == 2
    assert_one_line(err)
    assert "GEEN-CLIENT" in err
    assert not (tmp_path / "x.pdf").exists()
    assert _files(vault_dir) == before


def test_a_change_marks_the_vault_and_a_clean_close_unmarks_it(vault_dir):
    assert _mark(vault_dir) == "1"
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        with vault.transaction():
            pass  # a transaction that changes nothing does not mark
        assert vault.conn.execute("SELECT value FROM vault_meta WHERE key = ?", (CLEAN_CLOSE_KEY,)).fetchone()[0] == "1"
        clients.add_client(vault, Client(name="Bram"))
        # The first change wrote '0' in the same transaction.
        assert vault.conn.execute("SELECT value FROM vault_meta WHERE key = ?", (CLEAN_CLOSE_KEY,)).fetchone()[0] == "0"
    assert _mark(vault_dir) == "1"


def test_a_rolled_back_change_does_not_mark(vault_dir):
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        with pytest.raises(RuntimeError), vault.transaction() as conn:
            conn.execute("UPDATE clients SET name = 'Iemand anders'")
            raise RuntimeError("afgebroken")
        assert vault.conn.execute("SELECT value FROM vault_meta WHERE key = ?", (CLEAN_CLOSE_KEY,)).fetchone()[0] == "1"
        assert not vault._marked
    assert _mark(vault_dir) == "1"


KILLED_SESSION = """
import sys, time
from oco_desktop.domain.models import Client
from oco_desktop.storage import clients
from oco_desktop.storage.vault import Vault
vault = Vault.open(sys.argv[1], sys.argv[2])
if sys.argv[3] == "write":
    clients.add_client(vault, Client(name="Na de eerste wijziging"))
print("ready", flush=True)
time.sleep(60)
"""


def _killed_session(folder: Path, what: str) -> None:
    proc = subprocess.Popen([sys.executable, "-c", KILLED_SESSION, str(folder), PASSPHRASE, what], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL


def test_killed_after_its_first_change_the_next_open_checks_every_page(vault_dir):
    _killed_session(vault_dir, "write")
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert vault.pages_verified  # the full page check ran at open
        assert [c.name for c in clients.all_clients(vault)].count("Na de eerste wijziging") == 1
    finally:
        vault.close()
    with Vault.open(vault_dir, PASSPHRASE) as vault:  # that session closed cleanly
        assert not vault.pages_verified


def test_killed_without_a_change_the_vault_is_as_it_was(vault_dir):
    before = _files(vault_dir)
    _killed_session(vault_dir, "read")
    assert _files(vault_dir)[DB_NAME] == before[DB_NAME]
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert not vault.pages_verified  # nothing was changed: no reason to check every page now
