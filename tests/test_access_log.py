"""Access log: change triggers, opens, exports, erasure leaving one line without identity."""

from __future__ import annotations

from datetime import date

import pytest

from oco_desktop.storage import access_log, clients, retention
from oco_desktop.storage.vault import Vault
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note, make_vault

NOTE_TEXT = "Kanarie-notitie over de schuldhulp van meneer"


@pytest.fixture
def vault(tmp_path):
    v = make_vault(tmp_path / "v")
    yield v
    if v.is_open:
        v.close()


def test_changes_are_logged_by_triggers_without_text(vault):
    client = add_client_with_consent(vault)
    note = add_note(vault, client.id, NOTE_TEXT)
    lines = access_log.for_client(vault, client.id)
    records = {e.record for e in lines}
    assert f"notes:{note.id}" in records
    assert any(r.startswith("consents:") for r in records)
    assert any(r.startswith("cases:") for r in records)
    assert all(e.kind == "change" for e in lines)
    dump = repr([(e.at, e.kind, e.record, e.detail) for e in lines])
    assert NOTE_TEXT not in dump and client.name not in dump
    # A second change of the same record within ten minutes is not logged again.
    before = len(lines)
    vault.conn.execute("UPDATE notes SET body = 'anders' WHERE id = ?", (note.id,))
    assert len(access_log.for_client(vault, client.id)) == before


def test_open_is_logged_once_per_window(vault):
    client = add_client_with_consent(vault)
    assert access_log.record(vault, "open", client.id) is True
    assert access_log.record(vault, "open", client.id) is False
    opens = [e for e in access_log.for_client(vault, client.id) if e.kind == "open"]
    assert len(opens) == 1 and opens[0].describe() == "dossier geopend"


def test_export_line_and_description(vault):
    client = add_client_with_consent(vault)
    access_log.record(vault, "export", client.id, detail="plan")
    entry = access_log.for_client(vault, client.id, limit=1)[0]
    assert entry.kind == "export" and entry.describe() == "geëxporteerd: persoonlijk plan"


def test_unknown_kind_refused(vault):
    with pytest.raises(ValueError):
        access_log.record(vault, "peek")


def test_erasure_leaves_one_line_without_identity(vault, tmp_path):
    client = add_client_with_consent(vault)
    add_note(vault, client.id, NOTE_TEXT)
    access_log.record(vault, "open", client.id)
    retention.hold(vault, client.id, date(2099, 1, 1), "reden", today=date(2026, 11, 30))
    clients.delete_client(vault, client.id)
    assert access_log.for_client(vault, client.id) == []
    rows = vault.conn.execute("SELECT kind, client_id, record, detail FROM access_log").fetchall()
    assert rows == [("erase", None, "", "")]
    line = access_log.general(vault)[0].describe()
    assert line.startswith("cliënt verwijderd op ")
    # The client's id is nowhere in the log any more.
    assert client.id not in repr(vault.conn.execute("SELECT * FROM access_log").fetchall())
    folder = vault.folder
    vault.close()
    with Vault.open(folder, PASSPHRASE) as again:
        assert [e.kind for e in access_log.general(again)] == ["erase"]


def test_log_is_inside_the_encrypted_vault(vault):
    client = add_client_with_consent(vault)
    access_log.record(vault, "export", client.id, detail="subject_access")
    folder = vault.folder
    vault.close()
    for path in folder.iterdir():
        data = path.read_bytes()
        assert b"subject_access" not in data and client.id.encode() not in data


def test_each_export_leaves_its_line(tmp_path):
    from oco_desktop.export import subject_access
    from oco_desktop.export.plan_builder import export_plan_pdf
    from oco_desktop.storage import backup, handover
    from tests.plan_helpers import add_plan_case, definitions
    from tests.plan_helpers import make_vault as make_plan_vault

    vault = make_plan_vault(tmp_path / "p")
    try:
        defs = definitions()
        pc = add_plan_case(vault, defs)
        export_plan_pdf(vault, defs, pc.client_id, tmp_path / "plan.pdf")
        subject_access.export_subject_access_json(vault, pc.client_id, tmp_path / "inzage.json")
        subject_access.export_subject_access_pdf(vault, pc.client_id, tmp_path / "inzage.pdf", definitions=defs)
        handover.export_clients(vault, [pc.client_id], tmp_path / "o.ocohandover")
        (tmp_path / "usb").mkdir()
        backup.make_backup(vault, tmp_path / "usb")
        lines = [(e.kind, e.detail) for e in access_log.for_client(vault, pc.client_id)]
        assert ("export", "plan") in lines
        assert lines.count(("export", "subject_access")) == 2
        assert ("handover_out", "o.ocohandover") in lines
        assert access_log.last(vault, "backup").client_id is None
        # A handover is never written into a vault folder.
        from oco_desktop.errors import OcoError

        with pytest.raises(OcoError) as err:
            handover.export_clients(vault, [pc.client_id], vault.folder / "x.ocohandover")
        assert err.value.exit_code == 2
    finally:
        vault.close()


def test_descriptions_in_english(vault):
    client = add_client_with_consent(vault)
    access_log.record(vault, "export", client.id, detail="plan")
    entry = access_log.for_client(vault, client.id, limit=1)[0]
    assert entry.describe("en") == "exported: personal plan"
    clients.delete_client(vault, client.id)
    assert access_log.general(vault)[0].describe("en").startswith("client erased on ")
