"""A rekey killed at its narrowest moment, made to happen in a real process: PRAGMA rekey committed (the
WAL holds every page under the new key), the WAL not checkpointed, keys.json not yet replaced. The old
passphrase must then say the change was interrupted (not "damaged": that sends people to a backup), the
new one opens the vault and completes the change."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from oco_desktop.errors import VaultCorrupt, WrongSecret
from oco_desktop.storage.vault import PENDING_KEYS_NAME, Vault
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note

NEW = "een-nieuwe-wachtwoordzin"
ROOT = Path(__file__).resolve().parent.parent

CHILD = textwrap.dedent(f"""
    import os, sys
    sys.path.insert(0, {str(ROOT)!r})
    from oco_desktop.storage import keys, vault
    keys.ACTIVE_KDF = keys.TEST_KDF
    v = vault.Vault.open(sys.argv[1], {PASSPHRASE!r})

    class KilledAfterRekey:
        \"\"\"The connection, until the re-encryption committed: then the process dies like SIGKILL
        (no checkpoint, no rename of keys.json.new, no close).\"\"\"

        def __init__(self, conn):
            self.conn, self.rekeyed = conn, False

        def execute(self, sql, *args):
            if self.rekeyed:
                os._exit(9)
            result = self.conn.execute(sql, *args)
            self.rekeyed = sql.startswith("PRAGMA rekey")
            return result

        def __getattr__(self, name):
            return getattr(self.conn, name)

    v.conn = KilledAfterRekey(v.conn)
    v.rekey({PASSPHRASE!r}, {NEW!r})
""")


@pytest.fixture
def cut_short_vault(tmp_path):
    folder = tmp_path / "k"
    with Vault.create(folder, PASSPHRASE)[0] as vault:
        client = add_client_with_consent(vault)
        add_note(vault, client.id, "Gesprek over de huur. " * 200)
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 9, done.stderr
    assert (folder / PENDING_KEYS_NAME).exists() and (folder / "vault.db-wal").stat().st_size > 0
    return folder


def test_old_passphrase_says_interrupted_not_damaged(cut_short_vault):
    with pytest.raises(WrongSecret) as info:
        Vault.open(cut_short_vault, PASSPHRASE)
    assert "onderbroken" in str(info.value) and not isinstance(info.value, VaultCorrupt)
    assert (cut_short_vault / PENDING_KEYS_NAME).exists()  # nothing changed by the failed attempt


def test_new_passphrase_opens_and_completes_the_change(cut_short_vault):
    with Vault.open(cut_short_vault, NEW, full_check=True) as vault:
        assert vault.integrity() == {"integrity_check": "ok", "cipher_integrity_check": "ok"}
        assert vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
    assert not (cut_short_vault / PENDING_KEYS_NAME).exists()
    with pytest.raises(WrongSecret):
        Vault.open(cut_short_vault, PASSPHRASE)
