"""No plaintext at rest: nothing the app writes contains note text or client names in clear."""

from __future__ import annotations

import logging
import os

from oco_desktop.storage import drafts
from oco_desktop.storage.vault import Vault
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note

MARKER = "ZQXJ-uniek-merkteken-7731"
NAME = "Nguyễn Thị Hoa"


def all_files(*roots):
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                yield os.path.join(dirpath, name)


def needles():
    for text in (MARKER, NAME):
        yield text.encode("utf-8")
        yield text.encode("utf-16-le")


def assert_clean(*roots):
    checked = 0
    for path in all_files(*roots):
        with open(path, "rb") as fh:
            data = fh.read()
        checked += 1
        for needle in needles():
            assert needle not in data, f"{needle!r} found in {path}"
    return checked


def test_notes_and_names_never_on_disk_in_clear(tmp_path, user_folders, caplog):
    caplog.set_level(logging.DEBUG)
    folder = user_folders / "data" / "kluis.ocovault"
    vault, _ = Vault.create(folder, PASSPHRASE)
    client = add_client_with_consent(vault, NAME)
    for i in range(200):
        add_note(vault, client.id, f"Gesprek {i}: {MARKER} over de woning van {NAME}. " + "tekst " * 50)
    drafts.save_draft(vault, f"note:new:{client.id}", f"concept {MARKER}", client.id)
    # While open, the write-ahead log holds the recent pages: encrypted too.
    assert (folder / "vault.db-wal").exists()
    assert assert_clean(folder) >= 2
    vault.close()
    with Vault.open(folder, PASSPHRASE) as vault:
        vault.conn.execute("DELETE FROM notes")
    checked = assert_clean(user_folders, tmp_path)
    assert checked >= 2
    for record in caplog.records:
        assert MARKER not in record.getMessage() and NAME not in record.getMessage()
