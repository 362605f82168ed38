"""The background page check reads vault.db beside the connection (storage/page_macs.py): the same
verdict as SQLCipher's cipher_integrity_check, on real vault files with real damage."""

from __future__ import annotations

import shutil
import threading
from types import SimpleNamespace

import pytest

from oco_desktop.errors import VaultCorrupt
from oco_desktop.storage import page_macs
from oco_desktop.storage.vault import DB_NAME, Vault
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note, make_vault

PAGE = page_macs.NEW_VAULT_FORMAT.page_size  # make_vault makes a vault in the new format


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("macs") / "kluis.ocovault"
    vault = make_vault(folder)
    for i in range(4):
        client = add_client_with_consent(vault, f"Cliënt {i}")
        for j in range(6):
            add_note(vault, client.id, f"notitie {i} {j} " * 300)
    key = vault.data_key
    vault.close()
    return folder, key


@pytest.fixture
def copy(built, tmp_path):
    folder = tmp_path / "kluis.ocovault"
    shutil.copytree(built[0], folder)
    return folder, built[1]


def _flip(path, offset):
    with open(path, "r+b") as f:
        f.seek(offset)
        byte = f.read(1)
        f.seek(offset)
        f.write(bytes([byte[0] ^ 0x01]))


def _cipher_check(folder, key):
    with Vault.open(folder, data_key=key, full_check=False) as vault:
        return [r[0] for r in vault.conn.execute("PRAGMA cipher_integrity_check")]


def test_a_healthy_vault_fits_on_every_page_as_sqlcipher_says(copy):
    folder, key = copy
    assert (folder / DB_NAME).stat().st_size // PAGE > 20
    assert page_macs.failing_pages(folder / DB_NAME, key) == []
    assert _cipher_check(folder, key) == []


@pytest.mark.parametrize("where", ["body", "iv", "mac"])
def test_one_damaged_byte_is_found_on_its_page(copy, where):
    folder, key = copy
    pages = (folder / DB_NAME).stat().st_size // PAGE
    pgno = pages - 3  # a page in the middle of the data, not read when the vault opens
    offset = {"body": 100, "iv": PAGE - page_macs.NEW_VAULT_FORMAT.reserve + 3, "mac": PAGE - 10}[where]
    _flip(folder / DB_NAME, (pgno - 1) * PAGE + offset)
    assert page_macs.failing_pages(folder / DB_NAME, key) == [pgno]


def test_the_wrong_key_fits_no_page(copy):
    folder, key = copy
    other = bytes(b ^ 0xFF for b in key)
    bad = page_macs.failing_pages(folder / DB_NAME, other)
    assert bad == list(range(1, (folder / DB_NAME).stat().st_size // PAGE + 1))


def test_a_file_cut_mid_page_reports_the_torn_page(copy):
    folder, key = copy
    path = folder / DB_NAME
    pages = path.stat().st_size // PAGE
    with open(path, "r+b") as f:
        f.truncate((pages - 1) * PAGE + 1000)
    assert page_macs.failing_pages(path, key) == [pages]


def test_unreadable_file_is_none(tmp_path):
    assert page_macs.failing_pages(tmp_path / "missing.db", b"k" * 32) is None
    (tmp_path / "tiny.db").write_bytes(b"abc")
    assert page_macs.failing_pages(tmp_path / "tiny.db", b"k" * 32) is None


def test_the_lock_byte_page_is_skipped(copy, monkeypatch):
    """SQLite never writes the page at the 1 GiB mark; a vault that large must not fail on it. The mark
    is moved to page 3 here (a real 1 GiB test file would take seconds to check)."""
    folder, key = copy
    path = folder / DB_NAME
    with open(path, "r+b") as f:
        f.seek(2 * PAGE)
        f.write(bytes(PAGE))
    assert page_macs.failing_pages(path, key) == [3]
    monkeypatch.setattr(page_macs, "lock_byte_page", lambda _fmt: 3)
    assert page_macs.failing_pages(path, key) == []


def test_verify_pages_takes_sqlciphers_word_when_a_page_does_not_fit(copy):
    folder, key = copy
    pages = (folder / DB_NAME).stat().st_size // PAGE
    _flip(folder / DB_NAME, (pages - 2 - 1) * PAGE + 200)
    with Vault.open(folder, data_key=key) as vault:
        problems = vault.verify_pages()
        assert problems and problems == [r[0] for r in vault.conn.execute("PRAGMA cipher_integrity_check")]
        assert str(pages - 2) in problems[0]
    with pytest.raises(VaultCorrupt):  # the mark stays at "not closed cleanly": the next open checks all
        Vault.open(folder, data_key=key)


def test_the_background_check_leaves_the_connection_free(copy, monkeypatch):
    """While the file is being checked, a query of the app does not wait for it."""
    folder, key = copy
    reading, release = threading.Event(), threading.Event()
    real = page_macs.failing_pages

    def slow(path, data_key, fmt=None, **kwargs):
        reading.set()
        release.wait(10)
        return real(path, data_key, fmt, **kwargs)

    monkeypatch.setattr(page_macs, "failing_pages", slow)
    with Vault.open(folder, PASSPHRASE) as vault:
        worker = threading.Thread(target=vault.verify_pages)
        worker.start()
        assert reading.wait(10)
        assert vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 24  # answered meanwhile
        release.set()
        worker.join(10)
        assert vault.verify_pages() == [] and vault.pages_verified


def test_stop_is_asked_and_ends_the_check(copy):
    folder, key = copy
    asked = []
    assert page_macs.failing_pages(folder / DB_NAME, key, stop=lambda: asked.append(1) or True) is None
    assert asked == [1]  # stopped at the first question, after PACED_PAGES pages


def test_closing_the_vault_stops_a_running_background_check(copy, monkeypatch):
    """Locking or quitting never waits for the (paced, slow) background check: close() stops it, and
    nothing is concluded (the next session checks again)."""
    folder, key = copy
    vault = Vault.open(folder, data_key=key)
    pauses = []
    paused = threading.Event()

    def pause(_seconds):
        pauses.append(1)
        paused.set()
        vault._stop_check.wait(10)  # a long pause, until close() says stop

    monkeypatch.setattr(page_macs, "time", SimpleNamespace(sleep=pause))
    results = []
    worker = threading.Thread(target=lambda: results.append(vault.verify_pages(pause_s=1.0)))
    worker.start()
    assert paused.wait(10)
    vault.close()
    worker.join(10)
    assert not worker.is_alive()
    assert pauses == [1] and results == [[]] and not vault.pages_verified
    with Vault.open(folder, data_key=key) as again:  # closed cleanly: no full check at open, no damage
        assert not again.pages_verified
        assert again.verify_pages() == []


def test_a_pause_function_is_asked_at_every_pause(copy, monkeypatch):
    folder, key = copy
    slept, asked = [], []
    monkeypatch.setattr(page_macs, "time", SimpleNamespace(sleep=slept.append))

    def pause():  # as the GUI's: longer while the supporter types (ui/shell/input_pauses.py)
        asked.append(1)
        return 0.05 if len(asked) % 2 else 0.002

    assert page_macs.failing_pages(folder / DB_NAME, key, pause_s=pause) == []
    assert len(asked) == len(slept) > 1
    assert set(slept) == {0.05, 0.002}
    assert page_macs.pause_length(0.003) == 0.003 and page_macs.pause_length(lambda: 0.04) == 0.04
