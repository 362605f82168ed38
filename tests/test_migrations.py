"""Forward-only migrations: every older version upgrades with its data, and a failed step changes nothing."""

from __future__ import annotations

import functools
from datetime import date

import pytest

from oco_desktop.domain.models import Note
from oco_desktop.storage import cases, notes, schema
from oco_desktop.storage import vault as vault_module
from oco_desktop.storage.vault import Vault
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note


def make_vault_at(folder, version, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(vault_module, "migrate", functools.partial(schema.migrate, target=version))
        vault, _ = Vault.create(folder, PASSPHRASE)
    assert vault.schema_version() == version
    return vault


def test_split_statements_keeps_triggers_whole():
    statements = schema.split_statements(schema.MIGRATIONS[0][1])
    triggers = [s for s in statements if s.lstrip().upper().startswith("CREATE TRIGGER")]
    assert len(triggers) == 6
    assert all(t.rstrip().upper().endswith("END;") for t in triggers)


def test_versions_are_consecutive():
    assert [v for v, _ in schema.MIGRATIONS] == list(range(1, schema.LATEST_VERSION + 1))


@pytest.mark.parametrize("start", range(1, schema.LATEST_VERSION))
def test_upgrade_from_every_older_version_keeps_data(tmp_path, monkeypatch, start):
    folder = tmp_path / "k"
    vault = make_vault_at(folder, start, monkeypatch)
    client = add_client_with_consent(vault, "Łukasz Wróbel")
    # A case row written as that version knew it (the repositories speak the latest schema only).
    vault.conn.execute(
        "INSERT INTO cases (id, client_id, code, opened_on, created_at, updated_at) "
        "VALUES ('case-1', ?, 'C-OLD01', '2026-11-01', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')",
        (client.id,))
    note = notes.add_note(vault, Note(client_id=client.id, contact_on=date(2026, 11, 3), case_id="case-1",
                                      body="Woningaanpassing besproken met de cliëntondersteuner"))
    vault.close()

    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.schema_version() == schema.LATEST_VERSION
        assert vault.integrity()["integrity_check"] == "ok"
        assert vault.conn.execute("SELECT name FROM clients").fetchone()[0] == "Łukasz Wróbel"
        hits = vault.conn.execute(
            "SELECT n.id FROM notes_fts JOIN notes n ON n.seq = notes_fts.rowid WHERE notes_fts MATCH 'clientonder*'"
        ).fetchall()
        assert hits == [(note.id,)]
        tables = set(vault.db.table_names())
        assert {"follow_ups", "plans", "checklist_items", "drafts"} <= tables
        assert cases.get_case(vault, "case-1").referrer is None  # the old case reads in the new schema


def test_open_without_upgrade_leaves_old_version(tmp_path, monkeypatch):
    folder = tmp_path / "k"
    make_vault_at(folder, 1, monkeypatch).close()
    with Vault.open(folder, PASSPHRASE, upgrade=False) as vault:
        assert vault.schema_version() == 1


def test_failed_migration_rolls_back_completely(tmp_path, monkeypatch):
    folder = tmp_path / "k"
    Vault.create(folder, PASSPHRASE)[0].close()
    broken = schema.LATEST_VERSION + 1
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, (broken, "CREATE TABLE half (x);\nSELECT nope;")])
    monkeypatch.setattr(schema, "LATEST_VERSION", broken)
    monkeypatch.setattr(vault_module, "LATEST_VERSION", broken)
    with pytest.raises(Exception, match="nope"):
        Vault.open(folder, PASSPHRASE)
    monkeypatch.undo()
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.schema_version() == schema.LATEST_VERSION
        assert "half" not in vault.db.table_names()


def test_last_contact_is_filled_when_upgrading_to_6(tmp_path, monkeypatch):
    folder = tmp_path / "k"
    vault = make_vault_at(folder, 5, monkeypatch)
    client = add_client_with_consent(vault, "Ans")
    add_note(vault, client.id, "Gesprek")
    expected = vault.conn.execute("SELECT max(contact_on) FROM notes").fetchone()[0]
    vault.close()
    with Vault.open(folder, PASSPHRASE) as vault:
        row = vault.conn.execute("SELECT client_id, last_on FROM client_last_contact").fetchall()
        assert row == [(client.id, expected)]
