"""Erasure leaves nothing (issue 10, point 3): after deleting a client, a note or a draft, and after an
edit removes words, no word of the removed text is in any decrypted page of vault.db or its WAL (nor in
the raw files). Every page is decrypted with the vault's data key (tests/vault_pages.py), so free pages,
freed cells, FTS5 shadow tables and stale WAL frames are all searched. Control words that must stay
prove that the search sees the data at all."""

from __future__ import annotations

import functools
from datetime import date

import pytest

from oco_desktop.domain.models import Client, Consent, FollowUp, NetworkMember, Note
from oco_desktop.storage import cases, clients, drafts, follow_ups, notes, plans, schema
from oco_desktop.storage import vault as vault_module
from oco_desktop.storage.vault import Vault
from tests.plan_helpers import definitions
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note, make_vault
from tests.vault_pages import plaintext, traces

KEEP = ["Appelboomgaard", "Dorpsomroeper", "Kruidenierster"]  # another client's words: must stay found


def fill_other_client(vault: Vault) -> None:
    other = add_client_with_consent(vault, "Kruidenierster Bakkum")
    add_note(vault, other.id, "Appelboomgaard achter het huis; de Dorpsomroeper komt langs.")


def open_vault(folder) -> Vault:
    return Vault.open(folder, PASSPHRASE)


def assert_gone(vault: Vault, removed: list[str], kept: list[str] = KEEP) -> None:
    key = vault.data_key
    assert traces(vault.folder, key, removed) == []
    assert traces(vault.folder, key, kept) == kept  # the decryption works: the search can fail


def test_deleting_a_client_leaves_no_word_in_any_page(tmp_path):
    vault = make_vault(tmp_path / "v")
    fill_other_client(vault)
    client = clients.add_client(vault, Client(name="Zwanetta Quokkaberg", preferred_name="Netje",
                                              address="Vlinderlaan 12", phone="0612398765"))
    clients.record_consent(vault, client.id, Consent("Gegevens bewaren", "verbal", date(2026, 11, 2)))
    for i in range(30):  # enough notes for several FTS5 segments and overflow pages
        add_note(vault, client.id, f"Gesprek {i}: kaliumtablet, heggenschaar en zeppelinmotor besproken. " * 20)
    case = cases.current_case(vault, client.id)
    plans.save_section(vault, definitions(), case.id, "about_me", "Ik verzamel Porseleinkasten.")
    clients.save_network_member(vault, client.id, NetworkMember(name="Gijsbrechta Uilenspiegel", relation="zus"))
    follow_ups.add_follow_up(vault, FollowUp(case_id=case.id, kind="other", due_on=date(2026, 12, 1),
                                             description="Bel Tandartsenpraktijk"))
    drafts.save_draft(vault, f"note:new:{client.id}", "half getypt: Waterbedmatras", client.id)
    removed = ["Zwanetta", "Quokkaberg", "Netje", "Vlinderlaan", "0612398765", "kaliumtablet", "heggenschaar",
               "zeppelinmotor", "Porseleinkasten", "Gijsbrechta", "Uilenspiegel", "Tandartsenpraktijk",
               "Waterbedmatras"]
    assert traces(vault.folder, vault.data_key, removed) == removed  # all there before

    clients.delete_client(vault, client.id)
    assert_gone(vault, removed)
    vault.close()
    with open_vault(tmp_path / "v") as again:
        assert_gone(again, removed)
        assert again.conn.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'kaliumtablet'").fetchone() \
            == (0,)
        assert again.conn.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'appelboomgaard'") \
            .fetchone() == (1,)


def test_deleting_a_note_and_discarding_a_draft(tmp_path):
    vault = make_vault(tmp_path / "v")
    fill_other_client(vault)
    client = add_client_with_consent(vault, "Bertus Klaver")
    note = add_note(vault, client.id, "Alleen in deze notitie: Schoorsteenveger en Regenmeter.")
    key = f"note:new:{client.id}"
    for text in ("Eerste versie met Koekoeksklok", "Tweede versie met Zandloper", "Derde: Windwijzer"):
        drafts.save_draft(vault, key, text, client.id)  # autosave keeps overwriting the draft
    notes.delete_note(vault, note.id)
    drafts.discard_draft(vault, key)
    assert_gone(vault, ["Schoorsteenveger", "Regenmeter", "Koekoeksklok", "Zandloper", "Windwijzer"],
                KEEP + ["Bertus", "Klaver"])
    vault.close()


def test_an_edit_that_removes_words_leaves_no_trace_of_them(tmp_path):
    vault = make_vault(tmp_path / "v")
    fill_other_client(vault)
    client = add_client_with_consent(vault, "Gerritje Oudenaarde")
    note = add_note(vault, client.id, "Blijft: Fietsenmaker. Gaat weg: Hoefsmederij en Pottenbakster.")
    edited = Note(id=note.id, client_id=client.id, contact_on=note.contact_on, case_id=note.case_id,
                  contact_type=note.contact_type, minutes=note.minutes, body="Blijft: Fietsenmaker.")
    notes.update_note(vault, edited)
    stored = clients.get_client(vault, client.id)
    stored.name = "Gerritje Vandaag"
    clients.update_client(vault, stored)
    assert_gone(vault, ["Hoefsmederij", "Pottenbakster", "Oudenaarde"], KEEP + ["Fietsenmaker", "Gerritje"])
    vault.close()


def test_erasure_inside_a_larger_transaction_is_folded_after_its_commit(tmp_path):
    vault = make_vault(tmp_path / "v")
    fill_other_client(vault)
    client = add_client_with_consent(vault, "Teuntje Lampion")
    note = add_note(vault, client.id, "Weg ermee: Sneeuwschuiver.")
    with vault.transaction():  # as the note editor does: save, discard draft, plan a check-in
        notes.delete_note(vault, note.id)
        assert traces(vault.folder, vault.data_key, ["Sneeuwschuiver"]) == ["Sneeuwschuiver"]  # not committed
    assert_gone(vault, ["Sneeuwschuiver"])
    vault.close()


def test_the_migration_cleans_an_existing_vault_once(tmp_path, monkeypatch):
    before = schema.LATEST_VERSION - 1
    folder = tmp_path / "oud"
    previous = next(v for v, script in schema.MIGRATIONS if "secure-delete" in script) - 1
    assert previous <= before
    with monkeypatch.context() as m:
        m.setattr(vault_module, "migrate", functools.partial(schema.migrate, target=previous))
        vault, _ = Vault.create(folder, PASSPHRASE)
        fill_other_client(vault)
        client = add_client_with_consent(vault, "Hendrikus Oldenkamp")
        for i in range(5):
            add_note(vault, client.id, f"Oude notitie {i} over Kolenkachel en Wasbordje.")
        clients.delete_client(vault, client.id)  # as an older version did: words stay in the FTS index
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert set(traces(folder, vault.data_key, ["Kolenkachel", "Wasbordje", "Oldenkamp"])) == \
            {"Kolenkachel", "Wasbordje", "Oldenkamp"}
        vault.close()
    with open_vault(folder) as upgraded:  # the migration runs on open
        assert upgraded.schema_version() == schema.LATEST_VERSION
        assert_gone(upgraded, ["Kolenkachel", "Wasbordje", "Oldenkamp"])
        rows = dict(upgraded.conn.execute("SELECT k, v FROM notes_fts_config").fetchall())
        assert rows.get("secure-delete") == 1


@pytest.mark.parametrize("table", ["notes_fts", "clients_fts", "client_names_fts"])
def test_new_vaults_have_secure_delete_on_the_search_index(tmp_path, table):
    with make_vault(tmp_path / "v") as vault:
        rows = dict(vault.conn.execute(f"SELECT k, v FROM {table}_config").fetchall())
        assert rows.get("secure-delete") == 1
        assert len(plaintext(vault.folder, vault.data_key)) > 0


def test_an_update_that_changes_no_text_does_not_fold_the_wal(tmp_path, monkeypatch):
    vault = make_vault(tmp_path / "v")
    client = add_client_with_consent(vault, "Fokje Stilstand")
    folded = []
    monkeypatch.setattr(vault, "_fold_wal_after_erasure", lambda: folded.append(True))
    clients.update_client(vault, clients.get_client(vault, client.id))  # same values, new updated_at
    assert folded == []
    changed = clients.get_client(vault, client.id)
    changed.address = "Nieuwe straat 1"  # was empty: nothing removed
    clients.update_client(vault, changed)
    assert folded == []
    changed.address = "Andere straat 2"
    clients.update_client(vault, changed)
    assert folded == [True]
    vault.close()


def test_the_bundled_sqlite_supports_fts5_secure_delete():
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    version = tuple(int(p) for p in conn.execute("SELECT sqlite_version()").fetchone()[0].split("."))
    assert version >= (3, 42, 0)  # FTS5 'secure-delete' appeared in SQLite 3.42
    conn.close()
