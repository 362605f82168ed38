"""Handover between two real vaults: every record arrives, nothing of other clients goes along."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest

from oco_desktop.cli import main
from oco_desktop.errors import EXIT_USAGE, EXIT_VAULT, EXIT_WRONG_SECRET
from oco_desktop.export import subject_access
from oco_desktop.storage import access_log, handover, keys, search
from oco_desktop.storage.vault import Vault
from tests.plan_helpers import PASSPHRASE, SECRET_NOTE, make_vault
from tests.test_subject_access import fill_everything
from tests.vault_helpers import add_client_with_consent, add_note

OTHER_NAME = "Berend Kanariepiet"
OTHER_NOTE = "ANDERE-KANARIE-99QZ over iemand anders"


@pytest.fixture
def two_vaults(tmp_path):
    a = make_vault(tmp_path / "a.ocovault")
    _defs, pc, other = fill_everything(a)
    third = add_client_with_consent(a, OTHER_NAME)
    add_note(a, third.id, OTHER_NOTE)
    b = make_vault(tmp_path / "b.ocovault")
    own = add_client_with_consent(b, "Eigen Cliënt van B")
    yield a, b, pc, [other.client_id, third.id], own
    for v in (a, b):
        if v.is_open:
            v.close()


def comparable(vault, client_id):
    data = subject_access.collect_subject_access(vault, client_id, today=date(2026, 11, 30))
    data.pop("access_log")
    return data


def all_text(vault) -> str:
    parts = []
    for (table,) in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in vault.conn.execute(f'SELECT * FROM "{table}"'):
            parts.append(repr(row))
    return "\n".join(parts)


def test_handover_keeps_every_record_and_carries_nothing_else(two_vaults, tmp_path):
    a, b, pc, others, own = two_vaults
    out = tmp_path / "overdracht.ocohandover"
    result = handover.export_clients(a, [pc.client_id], out)
    raw = out.read_bytes()
    # The bundle: nothing in clear, of anyone.
    for needle in (SECRET_NOTE, "Şükrü", OTHER_NAME, OTHER_NOTE, pc.client_id, *others):
        assert needle.encode() not in raw and needle.encode("utf-16-le") not in raw
    # Inside the bundle: nothing of other clients.
    payload = handover.open_payload(raw, result.code).decode("utf-8")
    assert SECRET_NOTE in payload
    for needle in (OTHER_NAME, OTHER_NOTE, "Van iemand anders.", "Andere vraag.", *others):
        assert needle not in payload
    # Every table of the walk went in with rows.
    assert set(result.counts) == set(handover.carried_tables(a.conn))
    assert all(result.counts[t] > 0 for t in ("clients", "cases", "notes", "plan_sections", "checklist_items",
                                               "follow_ups", "consents", "network_members", "access_log"))

    imported = handover.import_bundle(b, out, result.code)
    assert imported.client_ids == [pc.client_id]
    assert comparable(b, pc.client_id) == comparable(a, pc.client_id)
    # The receiving vault holds its own client and the handed-over one, nothing else.
    assert {r[0] for r in b.conn.execute("SELECT id FROM clients")} == {own.id, pc.client_id}
    text = all_text(b)
    for needle in (OTHER_NAME, OTHER_NOTE, "Van iemand anders.", *others):
        assert needle not in text
    # Full-text search finds the imported note (the index was rebuilt by the triggers).
    assert [h.client_id for h in search.search_notes(b, "ALLEEN")] == [pc.client_id]
    assert [h.client_id for h in search.search_clients(b, "Şükrü")] == [pc.client_id]
    # Both sides' access logs.
    assert [e.kind for e in access_log.for_client(a, pc.client_id)][0] == "handover_out"
    b_lines = [(e.kind, e.record, e.at) for e in access_log.for_client(b, pc.client_id)]
    assert b_lines[0][0] == "handover_in" and "handover_out" in [k for k, _r, _a in b_lines]
    # The sender's history came along exactly (change lines too), and the import added no change lines.
    a_lines = [(e.kind, e.record, e.at) for e in access_log.for_client(a, pc.client_id)]
    assert sorted(b_lines[1:]) == sorted(a_lines)


def test_duplicate_id_refused_then_as_copy(two_vaults, tmp_path):
    a, b, pc, _others, _own = two_vaults
    out = tmp_path / "o.ocohandover"
    code = handover.export_clients(a, [pc.client_id], out).code
    handover.import_bundle(b, out, code)
    before = all_text(b)
    from oco_desktop.errors import UsageError

    with pytest.raises(UsageError) as err:
        handover.import_bundle(b, out, code)
    assert pc.client_id in str(err.value) and "--as-copy" in str(err.value)
    assert all_text(b) == before
    copy = handover.import_bundle(b, out, code, as_copy=True)
    new_id = copy.client_ids[0]
    assert new_id != pc.client_id
    # The copy is complete and points only at its own new rows.
    original = comparable(b, pc.client_id)
    duplicate = comparable(b, new_id)
    assert len(duplicate["notes"]) == len(original["notes"]) and len(duplicate["cases"]) == len(original["cases"])
    assert duplicate["notes"][0]["body"] == SECRET_NOTE
    assert {n["id"] for n in duplicate["notes"]}.isdisjoint({n["id"] for n in original["notes"]})
    assert b.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_cli_export_import_wrong_code_tampered_foreign(two_vaults, tmp_path, monkeypatch, capsys):
    a, b, pc, _others, _own = two_vaults
    a_folder, b_folder = a.folder, b.folder
    a.close()
    b.close()
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "x.ocohandover"
    assert main(["handover", "export", pc.client_id, "--out", str(out), "--vault", str(a_folder)]) == 0
    printed = capsys.readouterr().out
    code = next(line.split(": ", 1)[1] for line in printed.splitlines() if line.startswith("Overdrachtscode: "))
    # Never overwrites; unknown client refused.
    assert main(["handover", "export", pc.client_id, "--out", str(out), "--vault", str(a_folder)]) == EXIT_USAGE
    assert main(["handover", "export", "no-such-id", "--out", str(tmp_path / "y.ocohandover"),
                 "--vault", str(a_folder)]) == EXIT_USAGE
    assert not (tmp_path / "y.ocohandover").exists()
    # Wrong code: 3.
    wrong = keys.new_recovery_code()
    monkeypatch.setenv("OCO_HANDOVER_CODE", wrong)
    assert main(["handover", "import", str(out), "--vault", str(b_folder)]) == EXIT_WRONG_SECRET
    # Tampered: 4.
    doc = json.loads(out.read_text())
    ct = bytearray(keys._unb64(doc["ciphertext"]))
    ct[len(ct) // 2] ^= 0x01
    doc["ciphertext"] = keys._b64(bytes(ct))
    tampered = tmp_path / "t.ocohandover"
    tampered.write_text(json.dumps(doc))
    monkeypatch.setenv("OCO_HANDOVER_CODE", code)
    assert main(["handover", "import", str(tampered), "--vault", str(b_folder)]) == EXIT_VAULT
    # Truncated and foreign files: 4.
    truncated = tmp_path / "half.ocohandover"
    truncated.write_bytes(out.read_bytes()[: len(out.read_bytes()) // 2])
    assert main(["handover", "import", str(truncated), "--vault", str(b_folder)]) == EXIT_VAULT
    foreign = tmp_path / "foreign.ocohandover"
    foreign.write_bytes((a_folder / "keys.json").read_bytes())
    assert main(["handover", "import", str(foreign), "--vault", str(b_folder)]) == EXIT_VAULT
    foreign.write_bytes(os.urandom(300))
    assert main(["handover", "import", str(foreign), "--vault", str(b_folder)]) == EXIT_VAULT
    with Vault.open(b_folder, PASSPHRASE) as vault:
        assert vault.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 1  # nothing came in
    # The right code, typed loosely (lower case, spaces), works.
    monkeypatch.setenv("OCO_HANDOVER_CODE", code.lower().replace("-", " "))
    assert main(["handover", "import", str(out), "--vault", str(b_folder)]) == 0
    assert pc.client_id in capsys.readouterr().out
    assert main(["handover", "import", str(out), "--vault", str(b_folder)]) == EXIT_USAGE
    assert "staat al in deze kluis" in capsys.readouterr().err
    assert main(["handover", "import", str(out), "--as-copy", "--vault", str(b_folder)]) == 0


def test_a_table_added_later_is_carried(two_vaults, tmp_path):
    a, b, pc, _others, _own = two_vaults
    ddl = ("CREATE TABLE extra_signals (id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id) "
           "ON DELETE CASCADE, body TEXT NOT NULL)")
    for v in (a, b):
        v.conn.execute(ddl)
    a.conn.execute("INSERT INTO extra_signals VALUES ('s1', ?, 'signaal van de casus')", (pc.case_id,))
    assert "extra_signals" in handover.carried_tables(a.conn)
    out = tmp_path / "e.ocohandover"
    code = handover.export_clients(a, [pc.client_id], out).code
    handover.import_bundle(b, out, code)
    assert b.conn.execute("SELECT body FROM extra_signals").fetchall() == [("signaal van de casus",)]


def test_unknown_table_in_bundle_is_refused(two_vaults, tmp_path):
    a, b, pc, _others, _own = two_vaults
    a.conn.execute("CREATE TABLE newer_feature (client_id TEXT REFERENCES clients(id), x TEXT)")
    a.conn.execute("INSERT INTO newer_feature VALUES (?, 'x')", (pc.client_id,))
    out = tmp_path / "n.ocohandover"
    code = handover.export_clients(a, [pc.client_id], out).code
    from oco_desktop.errors import UsageError

    with pytest.raises(UsageError) as err:
        handover.import_bundle(b, out, code)
    assert "newer_feature" in str(err.value)
    assert b.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 1


def test_tables_not_carried_are_named(two_vaults):
    a, *_ = two_vaults
    a.conn.execute("CREATE TABLE loose (client_id TEXT, x TEXT)")
    assert handover.tables_not_carried(a.conn) == ["loose"]
