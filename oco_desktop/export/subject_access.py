"""Subject access (AVG/GDPR art. 15): everything the vault holds about one client, as JSON and as PDF.

Rows are read with every column (SELECT *), so a column added later is exported without a code
change. Every table that holds client data is listed in EXPORTED_TABLES; the test compares that list
with the vault's schema, so a new table that is forgotten here makes the test fail.
"""

from __future__ import annotations

import contextlib
import json
import os
from datetime import date, datetime
from pathlib import Path

from oco_desktop.domain.checklist_models import Definitions
from oco_desktop.domain.dates_nl import format_date_en_short, format_date_nl_short
from oco_desktop.export.pdf_common import check_lang
from oco_desktop.export.pdf_subject_access import (
    SubjectAccessDocument,
    SubjectAccessSection,
    render_subject_access_pdf,
)
from oco_desktop.export.safe_write import check_export_target, write_export
from oco_desktop.storage import access_log, clients
from oco_desktop.storage.vault import Vault

FORMAT = "oco-desktop-subject-access"
FORMAT_VERSION = 1

# Every table with client data, and where it lands in the export.
EXPORTED_TABLES = {
    "clients": "client",
    "client_life_domains": "life_domains",
    "self_reliance_scores": "self_reliance_scores",
    "network_members": "network",
    "consents": "consents",
    "cases": "cases",
    "case_events": "cases[].events",
    "checklist_items": "cases[].checklist_items",
    "case_checklist_versions": "cases[].checklist_versions",
    "plans": "cases[].plan",
    "plan_sections": "cases[].plan.sections",
    "follow_ups": "cases[].follow_ups",
    "notes": "notes",
    "drafts": "drafts",
    "access_log": "access_log",
    "retention_holds": "retention_holds",
    "case_route": "cases[].route",
    "case_provisions": "cases[].provisions",
    "case_goal_checks": "cases[].goal_checks",
    "deadlines_handled": "cases[].deadlines_handled",
    "client_last_contact": "last_contact",
}

# Internal row numbers (FTS bookkeeping) say nothing about the person.
_SKIP_COLUMNS = {"seq"}
_BOOL_COLUMNS = {"interpreter_needed", "is_informal_carer"}
_JSON_COLUMNS = {"target_groups", "laws", "life_domains", "context"}


def _rows(vault: Vault, sql: str, params: tuple) -> list[dict]:
    cur = vault.conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        item = {}
        for name, value in zip(names, row, strict=True):
            if name in _SKIP_COLUMNS:
                continue
            if name in _BOOL_COLUMNS and value is not None:
                value = bool(value)
            elif name in _JSON_COLUMNS and isinstance(value, str):
                with contextlib.suppress(ValueError):  # keep odd text as it is
                    value = json.loads(value)
            item[name] = value
        out.append(item)
    return out


def collect_subject_access(vault: Vault, client_id: str, today: date | None = None) -> dict:
    """Everything about one client as plain data (ISO dates as text). Raises NotFound for an unknown id."""
    clients.get_client(vault, client_id)  # NotFound with a Dutch message
    one = (client_id,)
    case_rows = _rows(vault, "SELECT * FROM cases WHERE client_id = ? ORDER BY opened_on, created_at", one)
    for case in case_rows:
        cid = (case["id"],)
        case["events"] = _rows(vault, "SELECT * FROM case_events WHERE case_id = ? ORDER BY at, rowid", cid)
        case["checklist_items"] = _rows(
            vault, "SELECT * FROM checklist_items WHERE case_id = ? ORDER BY phase, updated_at, task_id", cid)
        case["checklist_versions"] = _rows(
            vault, "SELECT * FROM case_checklist_versions WHERE case_id = ? ORDER BY phase", cid)
        plan = _rows(vault, "SELECT * FROM plans WHERE case_id = ?", cid)
        case["plan"] = plan[0] if plan else None
        if case["plan"] is not None:
            case["plan"]["sections"] = _rows(
                vault, "SELECT * FROM plan_sections WHERE case_id = ? ORDER BY section_id, domain_id", cid)
        case["follow_ups"] = _rows(
            vault, "SELECT * FROM follow_ups WHERE case_id = ? ORDER BY due_on, due_time", cid)
        route = _rows(vault, "SELECT * FROM case_route WHERE case_id = ?", cid)
        case["route"] = route[0] if route else None
        case["provisions"] = _rows(
            vault, "SELECT * FROM case_provisions WHERE case_id = ? ORDER BY start_on, created_at", cid)
        case["goal_checks"] = _rows(vault, "SELECT * FROM case_goal_checks WHERE case_id = ? ORDER BY goal_key", cid)
        case["deadlines_handled"] = _rows(
            vault, "SELECT * FROM deadlines_handled WHERE case_id = ? ORDER BY last_day, kind", cid)
    case_ids = [c["id"] for c in case_rows]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generated_on": (today or date.today()).isoformat(),
        "client": _rows(vault, "SELECT * FROM clients WHERE id = ?", one)[0],
        "life_domains": _rows(
            vault, "SELECT * FROM client_life_domains WHERE client_id = ? ORDER BY created_at, domain_id", one),
        "self_reliance_scores": _rows(
            vault, "SELECT * FROM self_reliance_scores WHERE client_id = ? ORDER BY scored_on, created_at", one),
        "network": _rows(vault, "SELECT * FROM network_members WHERE client_id = ? ORDER BY created_at", one),
        "consents": _rows(vault, "SELECT * FROM consents WHERE client_id = ? ORDER BY given_on", one),
        "cases": case_rows,
        "notes": _rows(vault, "SELECT * FROM notes WHERE client_id = ? ORDER BY contact_on, created_at", one),
        "drafts": _drafts(vault, client_id, case_ids),
        "retention_holds": _rows(vault, "SELECT * FROM retention_holds WHERE client_id = ?", one),
        "last_contact": _rows(vault, "SELECT * FROM client_last_contact WHERE client_id = ?", one),
        "access_log": _access_log(vault, client_id),
    }


def _access_log(vault: Vault, client_id: str) -> list[dict]:
    """The access-log lines about this client, oldest first, each with its plain-Dutch description."""
    entries = reversed(access_log.for_client(vault, client_id))
    return [{"at": e.at, "kind": e.kind, "record": e.record, "detail": e.detail, "description": e.describe()}
            for e in entries]


def _drafts(vault: Vault, client_id: str, case_ids: list[str]) -> list[dict]:
    """Drafts linked to the client, plus drafts whose key names the client or one of their cases."""
    found = {d["key"]: d for d in _rows(vault, "SELECT * FROM drafts WHERE client_id = ?", (client_id,))}
    for ident in [client_id, *case_ids]:
        pattern = f"%:{ident.replace('%', '').replace('_', '')}%"
        for d in _rows(vault, "SELECT * FROM drafts WHERE key LIKE ?", (pattern,)):
            if ident in d["key"].split(":"):
                found.setdefault(d["key"], d)
    return sorted(found.values(), key=lambda d: d["updated_at"])


def to_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n"


def _json_default(value):
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def export_subject_access_json(vault: Vault, client_id: str, path: str | os.PathLike[str],
                               today: date | None = None) -> Path:
    """Write the JSON export (UTF-8) atomically; ExportError with a Dutch message when it cannot."""
    target = check_export_target(path, vault.folder)
    written = write_export(target, to_json(collect_subject_access(vault, client_id, today)), vault.folder)
    access_log.record(vault, "export", client_id, detail="subject_access")
    return written


# -- the readable PDF ------------------------------------------------------------------------------------

LABELS = {
    "nl": {
        # headings
        "client": "Uw gegevens", "life_domains": "Levensgebieden en uw vragen",
        "self_reliance_scores": "Hoe zelfredzaam u bent (scores)", "network": "Uw netwerk",
        "consents": "Toestemming", "case": "Ondersteuning", "events": "Wat er veranderde",
        "checklist_items": "Wat er is gedaan (checklist)", "checklist_versions": "Versie van de checklists",
        "plan": "Persoonlijk plan", "follow_ups": "Afspraken en acties", "notes": "Notities",
        "note_heading": "Notitie van", "drafts": "Tekst die nog niet is opgeslagen (concepten)",
        "none": "Geen.",
        "route": "Route bij de gemeente", "provisions": "Besluit per voorziening",
        "deadlines_handled": "Afgehandelde termijnen",
        "goal_checks": "Uw doelen naast het besluit",
        "access_log": "Wie uw dossier gebruikte (logboek)", "retention_holds": "Langer bewaren",
        "keep_until": "Bewaren tot",
        # fields
        "id": "Nummer in het systeem", "name": "Naam", "preferred_name": "Roepnaam",
        "date_of_birth": "Geboortedatum", "phone": "Telefoon", "address": "Adres",
        "preferred_language": "Taal", "interpreter_needed": "Tolk nodig", "reading_needs": "Hulp bij lezen",
        "hearing_needs": "Hulp bij horen", "target_groups": "Doelgroepen", "laws": "Wetten",
        "created_at": "Gemaakt op", "updated_at": "Laatst gewijzigd", "domain_id": "Levensgebied",
        "question": "Vraag", "scored_on": "Datum", "client_score": "Uw score",
        "supporter_score": "Score van de cliëntondersteuner", "relation": "Relatie",
        "is_informal_carer": "Mantelzorger", "what_they_do": "Wat deze persoon doet", "scope": "Waarvoor",
        "method": "Hoe gegeven", "given_on": "Gegeven op", "withdrawn_on": "Ingetrokken op",
        "client_id": "Cliëntnummer", "code": "Code", "title": "Titel", "status": "Status", "phase": "Fase",
        "contact_form": "Soort contact", "checkin_interval_days": "Om de hoeveel dagen contact",
        "opened_on": "Gestart op", "closed_on": "Gestopt op", "close_reason": "Reden van stoppen",
        "appreciation": "Uw cijfer", "request_date": "Melding bij de gemeente",
        "application_date": "Aanvraag", "decision_sent_date": "Beschikking verstuurd",
        "access_interview_date": "Keukentafelgesprek", "case_id": "Casusnummer", "kind": "Soort",
        "old_value": "Was", "new_value": "Werd", "at": "Moment", "task_id": "Taak", "done_on": "Gedaan op",
        "date_value": "Datum", "note": "Opmerking", "reason": "Reden", "title_nl": "Taak (Nederlands)",
        "title_en": "Taak (Engels)", "definition_version": "Versie", "section_id": "Deel",
        "heading_nl": "Kop", "body": "Tekst", "due_on": "Wanneer", "due_time": "Tijd",
        "description": "Omschrijving", "done_at": "Gedaan", "source": "Bron", "source_id": "Bron-nummer",
        "contact_on": "Datum contact", "contact_type": "Soort contact", "minutes": "Minuten", "key": "Sleutel",
        "context": "Bij", "yes": "ja", "no": "nee",
    },
    "en": {
        "client": "Your details", "life_domains": "Life domains and your questions",
        "self_reliance_scores": "How self-reliant you are (scores)", "network": "Your network",
        "consents": "Consent", "case": "Support", "events": "What changed",
        "checklist_items": "What was done (checklist)", "checklist_versions": "Checklist version",
        "plan": "Personal plan", "follow_ups": "Appointments and actions", "notes": "Notes",
        "note_heading": "Note of", "drafts": "Text not saved yet (drafts)", "none": "None.",
        "route": "Route at the municipality", "provisions": "Decision per provision",
        "deadlines_handled": "Deadlines handled",
        "goal_checks": "Your goals next to the decision",
        "access_log": "Who used your file (log)", "retention_holds": "Kept longer", "keep_until": "Keep until",
        "id": "Number in the system", "name": "Name", "preferred_name": "Preferred name",
        "date_of_birth": "Date of birth", "phone": "Phone", "address": "Address",
        "preferred_language": "Language", "interpreter_needed": "Interpreter needed",
        "reading_needs": "Help with reading", "hearing_needs": "Help with hearing",
        "target_groups": "Target groups", "laws": "Laws", "created_at": "Created", "updated_at": "Last changed",
        "domain_id": "Life domain", "question": "Question", "scored_on": "Date", "client_score": "Your score",
        "supporter_score": "Client supporter's score", "relation": "Relation",
        "is_informal_carer": "Informal carer", "what_they_do": "What this person does", "scope": "For what",
        "method": "How given", "given_on": "Given on", "withdrawn_on": "Withdrawn on",
        "client_id": "Client number", "code": "Code", "title": "Title", "status": "Status", "phase": "Phase",
        "contact_form": "Kind of contact", "checkin_interval_days": "Contact every so many days",
        "opened_on": "Started", "closed_on": "Stopped", "close_reason": "Reason for stopping",
        "appreciation": "Your mark", "request_date": "Request to the municipality",
        "application_date": "Application", "decision_sent_date": "Decision sent",
        "access_interview_date": "Access interview", "case_id": "Case number", "kind": "Kind",
        "old_value": "Was", "new_value": "Became", "at": "Moment", "task_id": "Task", "done_on": "Done on",
        "date_value": "Date", "note": "Remark", "reason": "Reason", "title_nl": "Task (Dutch)",
        "title_en": "Task (English)", "definition_version": "Version", "section_id": "Part",
        "heading_nl": "Heading", "body": "Text", "due_on": "When", "due_time": "Time",
        "description": "Description", "done_at": "Done", "source": "Source", "source_id": "Source number",
        "contact_on": "Date of contact", "contact_type": "Kind of contact", "minutes": "Minutes", "key": "Key",
        "context": "With", "yes": "yes", "no": "no",
    },
}

_DATE_COLUMNS = {"date_of_birth", "scored_on", "given_on", "withdrawn_on", "opened_on", "closed_on",
                 "request_date", "application_date", "decision_sent_date", "access_interview_date", "done_on",
                 "date_value", "due_on", "contact_on"}
_LABELLED_VOCABULARIES = {"domain_id": "life_domains", "target_groups": "target_groups", "laws": "laws",
                          "life_domains": "life_domains", "contact_type": "contact_types"}
# Shown as separate parts (or not at all) instead of as a field.
# Links between rows; they are in the JSON, in the PDF they only repeat the id printed above them.
_LINK_COLUMNS = {"client_id", "case_id"}
_NESTED = {"events", "checklist_items", "checklist_versions", "plan", "follow_ups", "sections", "route",
           "provisions", "goal_checks", "deadlines_handled"}


class _Formatter:
    def __init__(self, lang: str, definitions: Definitions | None):
        self.lang = lang
        self.labels = LABELS[lang]
        self.definitions = definitions

    def label(self, column: str) -> str:
        return self.labels.get(column, column)

    def _vocab(self, column: str, value: str) -> str:
        vocabulary = _LABELLED_VOCABULARIES.get(column)
        if self.definitions is None or vocabulary is None:
            return value
        for item in getattr(self.definitions, vocabulary, ()):
            if item.id == value:
                return item.label.get(self.lang)
        return value

    def day(self, text: str) -> str:
        d = date.fromisoformat(text)
        return format_date_nl_short(d) if self.lang == "nl" else format_date_en_short(d)

    def value(self, column: str, value) -> str:
        if value is None or value == "":
            return "-"
        if isinstance(value, bool):
            return self.labels["yes" if value else "no"]
        if isinstance(value, list):
            return ", ".join(self._vocab(column, str(v)) for v in value) or "-"
        if isinstance(value, dict):
            return ", ".join(f"{k}: {v}" for k, v in value.items()) or "-"
        if column in _DATE_COLUMNS and isinstance(value, str):
            try:
                return self.day(value)
            except ValueError:
                return value
        if isinstance(value, str) and len(value) == 20 and value.endswith("Z") and "T" in value:
            try:  # a UTC timestamp, e.g. 2026-11-23T10:15:00Z
                return f"{self.day(value[:10])}, {value[11:16]} (UTC)"
            except ValueError:
                return value
        return self._vocab(column, str(value))

    def fields(self, row: dict, skip: set[str] = frozenset()) -> list[tuple[str, str]]:
        return [(self.label(k), self.value(k, v)) for k, v in row.items()
                if k not in _NESTED and k not in skip and k not in _LINK_COLUMNS]


def build_subject_access_document(data: dict, lang: str = "nl", definitions: Definitions | None = None,
                                  large_print: bool = False) -> SubjectAccessDocument:
    """Lay the collected data out as sections with plain-language labels."""
    check_lang(lang)
    f = _Formatter(lang, definitions)
    t = f.labels
    sections: list[SubjectAccessSection] = [SubjectAccessSection(t["client"], f.fields(data["client"]))]

    def rows_section(key: str, rows: list[dict], level: int = 1) -> None:
        if not rows:
            sections.append(SubjectAccessSection(t[key], [], t["none"], level=level))
            return
        sections.append(SubjectAccessSection(t[key], f.fields(rows[0]), level=level))
        for row in rows[1:]:
            sections.append(SubjectAccessSection("", f.fields(row), level=2))

    for key in ("life_domains", "self_reliance_scores", "network", "consents"):
        rows_section(key, data[key])
    for case in data["cases"]:
        heading = f"{t['case']}: {case.get('title') or case.get('code')}"
        sections.append(SubjectAccessSection(heading, f.fields(case)))
        for key in ("events", "checklist_items", "checklist_versions", "follow_ups"):
            rows_section(key, case[key], level=2)
        if case.get("route") is not None:
            sections.append(SubjectAccessSection(t["route"], f.fields(case["route"]), level=2))
        for key in ("provisions", "goal_checks"):
            if case.get(key):
                rows_section(key, case[key], level=2)
        plan = case.get("plan")
        if plan is not None:
            sections.append(SubjectAccessSection(t["plan"], f.fields(plan), level=2))
            for section in plan.get("sections", []):
                sections.append(SubjectAccessSection(
                    section.get("heading_nl") or section.get("section_id", ""),
                    f.fields(section, skip={"body"}), section.get("body", ""), level=2))
    sections.append(SubjectAccessSection(t["notes"], [], "" if data["notes"] else t["none"]))
    for note in data["notes"]:
        heading = f"{t['note_heading']} {f.value('contact_on', note.get('contact_on'))}"
        sections.append(SubjectAccessSection(heading, f.fields(note, skip={"body"}), note.get("body", ""), level=2))
    sections.append(SubjectAccessSection(t["drafts"], [], "" if data["drafts"] else t["none"]))
    for draft in data["drafts"]:
        sections.append(SubjectAccessSection(
            f.value("updated_at", draft.get("updated_at")), f.fields(draft, skip={"body"}),
            draft.get("body", ""), level=2))
    rows_section("retention_holds", data.get("retention_holds", []))
    log_lines = [
        f"{f.value('at', e['at'])}  "
        f"{access_log.Entry(0, e['at'], e['kind'], '', e['record'], e['detail']).describe(lang)}"
        for e in data.get("access_log", [])
    ]
    sections.append(SubjectAccessSection(t["access_log"], [], "\n".join(log_lines) or t["none"]))
    return SubjectAccessDocument(
        client_name=data["client"]["name"],
        generated_on=date.fromisoformat(data["generated_on"]),
        lang=lang,
        large_print=large_print,
        sections=sections,
    )


def export_subject_access_pdf(vault: Vault, client_id: str, path: str | os.PathLike[str], lang: str = "nl",
                              definitions: Definitions | None = None, large_print: bool = False,
                              today: date | None = None) -> Path:
    data = collect_subject_access(vault, client_id, today)
    written = render_subject_access_pdf(build_subject_access_document(data, lang, definitions, large_print), path)
    access_log.record(vault, "export", client_id, detail="subject_access")
    return written
