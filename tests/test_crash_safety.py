"""Crash safety: SIGKILL in the middle of a burst of writes loses nothing that was reported committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from oco_desktop.storage.vault import Vault
from tests.vault_helpers import PASSPHRASE, add_client_with_consent

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from oco_desktop.domain.models import Note
    from oco_desktop.storage import notes
    from oco_desktop.storage.vault import Vault

    vault = Vault.open(sys.argv[1], sys.argv[2])
    client_id = sys.argv[3]
    i = 0
    while True:
        note = notes.add_note(vault, Note(client_id=client_id, contact_on=date(2026, 11, 23),
                                          body=f"burst note {i} " + "woning " * 40, minutes=i % 90))
        # Reported only after the transaction committed.
        print(note.id, flush=True)
        i += 1
    """
)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("kill_after", [25, 180])
def test_sigkill_during_writes_keeps_every_committed_write(tmp_path, kill_after):
    folder = tmp_path / "kluis"
    vault, _ = Vault.create(folder, PASSPHRASE)
    client = add_client_with_consent(vault)
    vault.close()

    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), PASSPHRASE, client.id],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    reported: list[str] = []
    deadline = time.monotonic() + 60
    while len(reported) < kill_after and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        reported.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert len(reported) >= kill_after, proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()

    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.integrity() == {"integrity_check": "ok", "cipher_integrity_check": "ok"}
        stored = {row[0] for row in vault.conn.execute("SELECT id FROM notes")}
        missing = [note_id for note_id in reported if note_id not in stored]
        assert missing == []
        # The full-text index survived as well.
        fts = vault.conn.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'burst'").fetchone()[0]
        assert fts == len(stored)
