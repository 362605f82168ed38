"""`oco-desktop check` reads the file once (issue 11, point 4): what the everyday form finds and what only
`check --full` finds, on real vault files with a real damaged page (bytes flipped on disk).

The vault has a freelist (half of its notes deleted), so a damaged page can be one in use by a table, a
freelist trunk page (read by SQLite when it next allocates a page) or a free leaf page (holds no data).
Pages are told apart by decrypting them with the vault's data key (tests/vault_pages.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from oco_desktop.storage import page_macs
from oco_desktop.storage import vault as vault_module
from oco_desktop.storage.vault import DB_NAME, NOT_RUN, Vault
from tests.cli_helpers import assert_one_line, run
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note, make_vault
from tests.vault_pages import database_pages

PAGE = page_macs.NEW_VAULT_FORMAT.page_size  # make_vault makes a vault in the new format
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A closed vault with kept and deleted notes, and its data key."""
    folder = tmp_path_factory.mktemp("pages") / "kluis.ocovault"
    vault = make_vault(folder)
    for i in range(6):
        client = add_client_with_consent(vault, f"Cliënt {i}")
        for j in range(8):
            word = "BEWAARD" if j % 2 else "WEG"
            add_note(vault, client.id, f"{word}-{i}-{j} " * 500)  # about 6 kB: overflow pages too
    with vault.transaction() as conn:
        conn.execute("DELETE FROM notes WHERE body LIKE 'WEG-%'")
    key = vault.data_key
    vault.close()
    return folder, key


@pytest.fixture(params=[1, 2], ids=["one-core", "two-cores"])
def cores(request, monkeypatch):
    """`check` reads the tables side by side on two or more cores, one after another on one."""
    monkeypatch.setattr(vault_module, "_cores", lambda: request.param)
    return request.param


@pytest.fixture
def vault_dir(built, tmp_path, monkeypatch, cores):
    folder = tmp_path / "kluis.ocovault"
    shutil.copytree(built[0], folder)
    monkeypatch.setenv("OCO_VAULT", str(folder))
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    return folder


def _freelist(folder, key) -> tuple[list[int], list[int]]:
    pages = database_pages(folder / DB_NAME, key)
    header = bytes(16) + pages[0]  # decrypted page 1 lacks the 16 salt bytes in front
    trunks, leaves = [], []
    trunk = int.from_bytes(header[32:36], "big")
    while trunk:
        page = pages[trunk - 1]
        trunks.append(trunk)
        count = int.from_bytes(page[4:8], "big")
        leaves += [int.from_bytes(page[8 + 4 * i:12 + 4 * i], "big") for i in range(count)]
        trunk = int.from_bytes(page[0:4], "big")
    return trunks, leaves


def _page_with(folder, key, text: bytes) -> int:
    trunks, leaves = _freelist(folder, key)
    pages = database_pages(folder / DB_NAME, key)
    found = [n for n, page in enumerate(pages, 1) if text in page and n not in trunks and n not in leaves]
    assert found, text
    return found[len(found) // 2]


def _damage(folder, pgno: int) -> None:
    db = folder / DB_NAME
    data = bytearray(db.read_bytes())
    for i in range(8):
        data[(pgno - 1) * PAGE + 300 + i] ^= 0xFF
    db.write_bytes(bytes(data))


def test_the_fixture_has_a_freelist_with_trunk_and_leaf_pages(vault_dir, built):
    trunks, leaves = _freelist(vault_dir, built[1])
    assert trunks and leaves


def test_healthy_vault_everyday_check_says_what_ran(vault_dir, capsys):
    code, out, err = run(capsys, "check")
    assert code == 0, err
    assert "integrity_check: ok" in out.splitlines()
    # The line stays, but never says "ok" for a check that did not run.
    assert f"cipher_integrity_check: {NOT_RUN}" in out.splitlines()
    assert "cipher_integrity_check: ok" not in out and "check --full" in NOT_RUN
    assert "notes: 24" in out.splitlines()
    code, out, err = run(capsys, "check", "--full")
    assert code == 0, err
    assert "integrity_check: ok" in out.splitlines() and "cipher_integrity_check: ok" in out.splitlines()


@pytest.mark.parametrize("form", [("check",), ("check", "--full")])
def test_damaged_page_in_use_is_exit_4_with_one_line(vault_dir, built, capsys, form):
    # A page holding a kept note, in the middle of the file: closed cleanly, so not read at open.
    pgno = _page_with(vault_dir, built[1], b"BEWAARD-3-")
    _damage(vault_dir, pgno)
    before = (vault_dir / DB_NAME).read_bytes()
    code, out, err = run(capsys, *form)
    assert code == 4
    assert_one_line(err)
    assert "beschadigd" in err and str(vault_dir / DB_NAME) in err
    assert not any(line.startswith("notes:") for line in out.splitlines())  # no counts from a damaged vault
    assert (vault_dir / DB_NAME).read_bytes() == before  # nothing written, not even the clean-close mark


def test_damaged_freelist_trunk_page_is_found_by_the_everyday_check(vault_dir, built, capsys):
    trunks, _leaves = _freelist(vault_dir, built[1])
    _damage(vault_dir, trunks[0])
    code, out, err = run(capsys, "check")
    assert code == 4
    assert_one_line(err)
    assert "integrity_check: sqlite_schema: unreadable" in out.splitlines()[1]  # the freelist is checked with it


def test_damaged_free_leaf_page_only_check_full_reports(vault_dir, built, capsys):
    # A free leaf page holds no data and SQLite overwrites it unread when it reuses it: the everyday
    # check does not read it (the README says so); check --full checks every page of the file.
    _trunks, leaves = _freelist(vault_dir, built[1])
    _damage(vault_dir, leaves[len(leaves) // 2])
    code, out, err = run(capsys, "check")
    assert code == 0, err
    assert "integrity_check: ok" in out.splitlines()
    code, out, err = run(capsys, "check", "--full")
    assert code == 4
    assert_one_line(err)
    # The vault still works: a new note reuses free pages.
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        client = add_client_with_consent(vault, "Nieuw")
        add_note(vault, client.id, "NIEUW " * 3000)


def test_side_by_side_and_one_by_one_find_the_same(vault_dir, built, monkeypatch):
    _damage(vault_dir, _page_with(vault_dir, built[1], b"BEWAARD-3-"))
    opened: list[bool] = []
    real_connect = vault_module._connect
    monkeypatch.setattr(vault_module, "_connect", lambda *a, **k: opened.append(k.get("read_only")) or
                        real_connect(*a, **k))
    found = {}
    for n in (1, 2, 3):
        monkeypatch.setattr(vault_module, "_cores", lambda n=n: n)
        opened.clear()
        with Vault.open(vault_dir, PASSPHRASE, upgrade=False) as vault:
            found[n] = vault.integrity(full_text=False)["integrity_check"]
        assert opened.count(True) == (0 if n == 1 else n)  # one read-only connection per thread
    # Serially the walk stops at the bad page; side by side the thread that met it stops (SQLCipher
    # refuses every later read on that connection) and the vault's own connection reads what it left.
    assert found[1] == found[2] == found[3] == "notes: unreadable (OperationalError)"


def test_with_content_in_the_wal_the_tables_are_read_one_by_one(vault_dir, monkeypatch):
    # Extra connections would read the file without the WAL's newer pages: never side by side then.
    monkeypatch.setattr(vault_module, "_cores", lambda: 2)
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        add_client_with_consent(vault, "In de WAL")
        assert (vault_dir / f"{DB_NAME}-wal").stat().st_size > 0
        assert vault._quick_check_side_by_side(["sqlite_schema", "clients"]) is None
        assert vault.integrity(full_text=False)["integrity_check"] == "ok"
        assert vault.conn.execute("SELECT count(*) FROM clients WHERE name = 'In de WAL'").fetchone()[0] == 1


def test_after_an_unclean_close_the_page_check_runs_at_open_and_is_reported(vault_dir, capsys):
    # A process that wrote and then ended without closing the vault (as a crash or a kill does).
    script = (
        "import os, sys\n"
        "from oco_desktop.storage.vault import Vault\n"
        "vault = Vault.open(sys.argv[1], sys.argv[2])\n"
        "with vault.transaction() as conn:\n"
        "    conn.execute(\"UPDATE clients SET name = name || ' x'\")\n"
        "os._exit(0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(vault_dir), PASSPHRASE], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    code, out, err = run(capsys, "check")
    assert code == 0, err
    assert "cipher_integrity_check: ok" in out.splitlines()
