"""Subject access: the JSON holds everything about the client (checked against the schema), the PDF reads."""

from __future__ import annotations

import json
import re
from datetime import date

import pypdf
import pytest

from oco_desktop.domain.models import FollowUp, LifeDomainQuestion, NetworkMember, SelfRelianceScore
from oco_desktop.errors import NotFound
from oco_desktop.export import subject_access
from oco_desktop.storage import checklist_state, clients, deadlines_handled, drafts, follow_ups, retention
from tests.plan_helpers import NAMES, SECRET_NOTE, add_plan_case, definitions


def fill_everything(vault):
    """One client with at least one row in every table that holds client data; a second client too."""
    defs = definitions()
    pc = add_plan_case(vault, defs, NAMES[0])
    clients.add_score(vault, pc.client_id, SelfRelianceScore(pc.domains[0], date(2026, 11, 4), 2, 3))
    clients.save_network_member(vault, pc.client_id, NetworkMember("Ayşe Yılmaz", "dochter", True, "0612345678",
                                                                   "Doet de boodschappen op zaterdag."))
    checklist_state.mark_task(vault, defs, pc.case_id, "orientation.tell_story", "done",
                              done_on=date(2026, 11, 4), note="Verhaal gehoord aan de keukentafel.")
    follow_ups.add_follow_up(vault, FollowUp(pc.case_id, "call", date(2026, 11, 10),
                                             description="Bellen over het keukentafelgesprek."))
    drafts.save_draft(vault, f"note:new:{pc.client_id}", "Half getypte notitie over de trap.", pc.client_id)
    drafts.save_draft(vault, f"plan:{pc.case_id}:about_me:", "Concept zonder client_id.", None)
    vault.conn.execute("INSERT INTO case_route(case_id, interview_said, updated_at) VALUES (?, ?, ?)",
                       (pc.case_id, "Gezegd aan tafel: traplift.", "2026-11-05T10:00:00Z"))
    vault.conn.execute("INSERT INTO case_provisions(id, case_id, what, amount, created_at, updated_at) "
                       "VALUES ('prov-1', ?, 'Traplift', '1 stuk', 'a', 'a')", (pc.case_id,))
    vault.conn.execute("INSERT INTO case_goal_checks(case_id, goal_key, goal_text, outcome, why, updated_at) "
                       "VALUES (?, 'g1', 'Zelf naar boven', 'met', 'Traplift toegekend', 'a')", (pc.case_id,))
    retention.hold(vault, pc.client_id, date(2027, 1, 1), "Bezwaarprocedure loopt nog.", today=date(2026, 11, 6))
    deadlines_handled.mark_handled(vault, pc.case_id, "plan", date(2026, 11, 2), date(2026, 11, 5))
    other = add_plan_case(vault, defs, NAMES[1])
    drafts.save_draft(vault, f"note:new:{other.client_id}", "Van iemand anders.", other.client_id)
    clients.set_life_domains(vault, other.client_id, [LifeDomainQuestion(other.domains[0], "Andere vraag.")])
    return defs, pc, other


def client_tables(vault) -> set[str]:
    """Every real table with a client_id or case_id column (plus clients itself)."""
    names = [r[0] for r in vault.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")]
    found = {"clients"}
    for name in names:
        columns = {r[1] for r in vault.conn.execute(f"PRAGMA table_info({name})")}
        if columns & {"client_id", "case_id"}:
            found.add(name)
    return found


def leaves(value) -> list:
    if isinstance(value, dict):
        return [x for v in value.values() for x in leaves(v)]
    if isinstance(value, list):
        return [x for v in value for x in leaves(v)]
    return [value]


def test_every_table_with_client_data_is_exported(vault):
    """A table added later with a client_id/case_id column fails here until it is exported."""
    assert client_tables(vault) == set(subject_access.EXPORTED_TABLES)


def test_json_holds_every_stored_value_of_the_client(vault):
    _defs, pc, other = fill_everything(vault)
    data = subject_access.collect_subject_access(vault, pc.client_id, today=date(2026, 11, 6))
    exported = leaves(data)
    exported_text = {v for v in exported if isinstance(v, str)}
    case_ids = [r[0] for r in vault.conn.execute("SELECT id FROM cases WHERE client_id = ?", (pc.client_id,))]
    marks = ",".join("?" * len(case_ids))
    for table in client_tables(vault):
        columns = {r[1] for r in vault.conn.execute(f"PRAGMA table_info({table})")}
        if table == "clients":
            where, params = "id = ?", [pc.client_id]
        elif "client_id" in columns:
            where, params = "client_id = ?", [pc.client_id]
        else:
            where, params = f"case_id IN ({marks})", case_ids
        cur = vault.conn.execute(f"SELECT * FROM {table} WHERE {where}", params)
        names = [d[0] for d in cur.description]
        rows = cur.fetchall()
        assert rows, f"fill table {table} in fill_everything() so its export is checked"
        for row in rows:
            for name, value in zip(names, row, strict=True):
                if isinstance(value, str) and value and name not in {"target_groups", "laws", "life_domains",
                                                                      "context"}:
                    assert value in exported_text, f"{table}.{name} is missing from the export"
    # Drafts found by key only, and nothing of the other client.
    assert "Concept zonder client_id." in exported_text
    assert "Van iemand anders." not in exported_text and "Andere vraag." not in exported_text
    assert other.client_id not in exported_text
    assert data["notes"][0]["body"] == SECRET_NOTE


def test_json_file_is_utf8_with_iso_dates(vault, tmp_path):
    _defs, pc, _other = fill_everything(vault)
    out = subject_access.export_subject_access_json(vault, pc.client_id, tmp_path / "inzage.json",
                                                    today=date(2026, 11, 6))
    raw = out.read_text(encoding="utf-8")
    assert "Şükrü Yılmaz" in raw and "\\u" not in raw
    data = json.loads(raw)
    assert data["generated_on"] == "2026-11-06"
    assert data["cases"][0]["request_date"] == "2026-11-05"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", data["client"]["created_at"])
    assert data["cases"][0]["plan"]["sections"]
    assert raw.count("\n") > 50  # indented, readable


def test_pdf_is_readable_in_dutch_and_english(vault, tmp_path):
    defs, pc, _other = fill_everything(vault)
    out = subject_access.export_subject_access_pdf(vault, pc.client_id, tmp_path / "inzage.pdf", "nl", defs,
                                                   today=date(2026, 11, 6))
    reader = pypdf.PdfReader(out)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    for expected in ("Alle gegevens over u", "Uw gegevens", "Uw netwerk", "Toestemming", "Notities",
                     "Persoonlijk plan", SECRET_NOTE, "Ayşe Yılmaz", "Doet de boodschappen op zaterdag.",
                     "Verhaal gehoord aan de keukentafel.", "Half getypte notitie over de trap.",
                     "5 november 2026", "pagina 1 van", "Wie uw dossier gebruikte (logboek)",
                     "Bezwaarprocedure loopt nog."):
        assert expected in text, expected
    english = subject_access.export_subject_access_pdf(vault, pc.client_id, tmp_path / "en.pdf", "en", defs,
                                                       today=date(2026, 11, 6))
    text_en = " ".join(p.extract_text() for p in pypdf.PdfReader(english).pages)
    assert "All data about you" in text_en and "Your details" in text_en


def test_unknown_client(vault):
    with pytest.raises(NotFound):
        subject_access.collect_subject_access(vault, "no-such-client")
