"""Issue 10 point 6: a full disk. Reads work while it is full, the vault opens normally once space is
back, nothing is half-written, and the GUI holds the text it could not save in memory and says so.

A real full disk where mounting a small tmpfs is allowed; injected ENOSPC / SQLITE_FULL everywhere."""

from __future__ import annotations

import errno
import json
import os

import pytest

from oco_desktop.storage import keys
from oco_desktop.storage.vault import KEYS_NAME, PENDING_KEYS_NAME, STAGING_MARK, Vault
from tests.cli_helpers import run
from tests.fs_helpers import fill_disk, small_fs
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note


def one_line(err: str) -> bool:
    return err.startswith("oco-desktop: ") and err.count("\n") == 1 and "Traceback" not in err


def no_leftovers(parent) -> bool:
    return not [p for p in parent.iterdir() if STAGING_MARK in p.name]


@pytest.mark.slow
def test_real_full_disk_reads_work_and_the_vault_opens_after(capsys, monkeypatch):
    with small_fs(6 * 1024) as disk:
        folder = disk / "kluis"
        vault = Vault.create(folder, PASSPHRASE)[0]
        client = add_client_with_consent(vault)
        for i in range(5):
            add_note(vault, client.id, f"Notitie {i}: " + "gesprek over de schulden " * 20)
        vault.close()
        monkeypatch.setenv("OCO_VAULT", str(folder))
        monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
        filler = fill_disk(disk)
        key_bytes = (folder / KEYS_NAME).read_bytes()

        # Reads work while the disk is full.
        code, out, err = run(capsys, "clients", "--json")
        assert code == 0, err
        assert json.loads(out)[0]["id"] == client.id
        code, out, err = run(capsys, "check")
        assert code == 0, err
        assert "integrity_check: ok" in out

        # Writes fail in one line, exit 4, and leave nothing half-written.
        code, _, err = run(capsys, "demo", "--clients", "40")
        assert code == 4 and one_line(err) and "schijf is vol" in err
        monkeypatch.setenv("OCO_NEW_PASSPHRASE", "nieuwe-wachtwoordzin")
        code, _, err = run(capsys, "passwd")
        assert code == 4 and one_line(err) and "schijf is vol" in err
        assert (folder / KEYS_NAME).read_bytes() == key_bytes
        assert not (folder / PENDING_KEYS_NAME).exists()
        code, _, err = run(capsys, "--vault", str(disk / "tweede"), "init")
        assert code == 4 and one_line(err) and "schijf is vol" in err
        assert not (disk / "tweede").exists() and no_leftovers(disk)

        # Space is back: the vault opens normally, everything is there, writing works again.
        filler.unlink()
        code, out, err = run(capsys, "check", "--full")
        assert code == 0 and "cipher_integrity_check: ok" in out, err
        code, out, err = run(capsys, "demo", "--clients", "3", "--notes-per-client", "1")
        assert code == 0, err
        with Vault.open(folder, PASSPHRASE, full_check=True) as vault:
            assert vault.integrity() == {"integrity_check": "ok", "cipher_integrity_check": "ok"}
            assert vault.conn.execute("SELECT count(*) FROM notes WHERE client_id = ?",
                                      (client.id,)).fetchone()[0] == 5


def _enospc(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_injected_enospc_in_key_writes(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "kluis"
    Vault.create(folder, PASSPHRASE)[0].close()
    monkeypatch.setenv("OCO_VAULT", str(folder))
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("OCO_NEW_PASSPHRASE", "nieuwe-wachtwoordzin")
    before = (folder / KEYS_NAME).read_bytes()
    monkeypatch.setattr(keys.os, "write", _enospc)
    for argv in (["passwd"], ["passwd", "--rekey"], ["recovery-code", "new"]):
        code, out, err = run(capsys, *argv)
        assert code == 4 and one_line(err) and "schijf is vol" in err, argv
        assert "Recovery code" not in out
        assert (folder / KEYS_NAME).read_bytes() == before
        assert not (folder / PENDING_KEYS_NAME).exists()
    code, _, err = run(capsys, "--vault", str(tmp_path / "nieuw"), "init")
    assert code == 4 and one_line(err) and "schijf is vol" in err
    assert not (tmp_path / "nieuw").exists() and no_leftovers(tmp_path)
    monkeypatch.undo()
    with Vault.open(folder, PASSPHRASE) as vault:  # the old secret still opens it
        assert vault.integrity()["integrity_check"] == "ok"


def test_injected_sqlite_full_is_disk_full_and_reads_still_work(vault, capsys):
    client = add_client_with_consent(vault)
    pages = vault.conn.execute("PRAGMA page_count").fetchone()[0]
    vault.conn.execute(f"PRAGMA max_page_count = {pages}")
    from oco_desktop.cli import report

    with pytest.raises(Exception) as info:
        for i in range(50):
            add_note(vault, client.id, f"{i} " + "lange tekst " * 400)
    assert report(info.value) == 4
    assert "schijf is vol" in capsys.readouterr().err
    assert vault.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 1  # reads work
    vault.conn.execute("PRAGMA max_page_count = 1073741823")
    add_note(vault, client.id, "weer ruimte")


def test_gui_holds_the_note_it_could_not_save_in_memory(qtbot, session, vault):
    from oco_desktop.storage import drafts, notes
    from oco_desktop.ui.client.notes_page import NotesPage

    client = add_client_with_consent(vault)
    page = NotesPage(session)
    qtbot.addWidget(page)
    page.show()
    page.show_client(client.id)
    text = "Gesprek over de schuldhulp. " * 600
    page.body_edit.setPlainText(text)
    pages = vault.conn.execute("PRAGMA page_count").fetchone()[0]
    vault.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from here on

    assert page.save_note() is False
    assert "schijf is vol" in page.save_hint.text()
    assert "geheugen" in page.draft_notice.text()
    assert page.body_edit.toPlainText() == text  # nothing typed is lost
    key = page.draft_key()
    assert page.held_drafts()[key][0] == text
    assert notes.notes_for_client(vault, client.id) == []

    # Another note is opened and the first one comes back from memory, still unsaved.
    page.edit_note(None)
    assert page.body_edit.toPlainText() == text and "geheugen" in page.draft_notice.text()

    # Space is back: the next save moment writes the held draft, then the note saves.
    vault.conn.execute("PRAGMA max_page_count = 1073741823")
    page.flush_draft()
    assert page.held_drafts() == {}
    assert drafts.get_draft(vault, key)[0] == text
    assert page.save_note() is True
    assert [n.body for n in notes.notes_for_client(vault, client.id)] == [text]


@pytest.mark.slow
def test_real_full_disk_during_rekey_loses_nothing(capsys, monkeypatch):
    """Room for keys.json.new but not for re-encrypting every page: SQLCipher then reports success for
    a rekey it did not do. The vault must still open with the old passphrase, keys.json unchanged."""
    with small_fs(8 * 1024) as disk:  # a new vault with its WAL needs about 6 MiB
        folder = disk / "kluis"
        vault = Vault.create(folder, PASSPHRASE)[0]
        client = add_client_with_consent(vault)
        for i in range(30):
            add_note(vault, client.id, f"{i} " + "tekst " * 300)
        vault.close()
        filler = fill_disk(disk)
        os.truncate(filler, os.path.getsize(filler) - 64 * 1024)
        before = (folder / KEYS_NAME).read_bytes()
        monkeypatch.setenv("OCO_VAULT", str(folder))
        monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
        monkeypatch.setenv("OCO_NEW_PASSPHRASE", "nieuwe-wachtwoordzin")
        code, out, err = run(capsys, "passwd", "--rekey")
        assert code == 4 and one_line(err), err
        assert "Recovery code" not in out
        assert (folder / KEYS_NAME).read_bytes() == before
        filler.unlink()
        with Vault.open(folder, PASSPHRASE, full_check=True) as vault:
            assert vault.integrity() == {"integrity_check": "ok", "cipher_integrity_check": "ok"}
            assert vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 30
