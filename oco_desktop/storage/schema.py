"""The vault's schema as numbered, forward-only migrations.

Each migration runs in one transaction together with the `user_version` bump, so a crash leaves the
vault at the old or the new version, never in between. Never edit a migration that has shipped: add a
new one. Ids are UUID text; timestamps are UTC ISO 8601 ("2026-11-23T10:15:00Z"); dates are ISO dates.
"""

from __future__ import annotations

# Notes and clients keep an INTEGER PRIMARY KEY `seq` besides their UUID: FTS5 external-content
# tables address rows by rowid, and a plain rowid may be renumbered by VACUUM.
_V1_CORE = """
CREATE TABLE vault_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE clients (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    preferred_name TEXT NOT NULL DEFAULT '',
    date_of_birth TEXT,
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    preferred_language TEXT NOT NULL DEFAULT 'nl',
    interpreter_needed INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
    reading_needs TEXT NOT NULL DEFAULT '',
    hearing_needs TEXT NOT NULL DEFAULT '',
    target_groups TEXT NOT NULL DEFAULT '[]',
    laws TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE client_life_domains (
    client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    domain_id TEXT NOT NULL,
    question TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (client_id, domain_id)
);

-- Both views side by side, kept over time so change is visible.
CREATE TABLE self_reliance_scores (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    domain_id TEXT NOT NULL,
    scored_on TEXT NOT NULL,
    client_score INTEGER CHECK (client_score BETWEEN 1 AND 5),
    supporter_score INTEGER CHECK (supporter_score BETWEEN 1 AND 5),
    created_at TEXT NOT NULL
);
CREATE INDEX self_reliance_scores_client ON self_reliance_scores(client_id, domain_id, scored_on);

CREATE TABLE network_members (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    relation TEXT NOT NULL DEFAULT '',
    is_informal_carer INTEGER NOT NULL DEFAULT 0 CHECK (is_informal_carer IN (0, 1)),
    phone TEXT NOT NULL DEFAULT '',
    what_they_do TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX network_members_client ON network_members(client_id);

CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('verbal', 'written')),
    given_on TEXT NOT NULL,
    withdrawn_on TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX consents_client ON consents(client_id);

CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'checkin', 'closed')),
    phase TEXT NOT NULL DEFAULT 'orientation'
        CHECK (phase IN ('orientation', 'access', 'during_support')),
    contact_form TEXT NOT NULL DEFAULT 'short_term'
        CHECK (contact_form IN ('short_term', 'short_cycle', 'checkin')),
    checkin_interval_days INTEGER CHECK (checkin_interval_days > 0),
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    close_reason TEXT NOT NULL DEFAULT '',
    appreciation INTEGER CHECK (appreciation BETWEEN 1 AND 10),
    request_date TEXT,
    application_date TEXT,
    decision_sent_date TEXT,
    access_interview_date TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX cases_client ON cases(client_id);

-- Phase and status changes with their moment, so lead time can be computed later.
CREATE TABLE case_events (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('phase', 'status')),
    old_value TEXT,
    new_value TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX case_events_case ON case_events(case_id, at);

-- A note is one contact moment: its type and minutes are the contact registration.
CREATE TABLE notes (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    case_id TEXT REFERENCES cases(id) ON DELETE SET NULL,
    contact_on TEXT NOT NULL,
    contact_type TEXT NOT NULL DEFAULT 'other'
        CHECK (contact_type IN ('home_visit', 'phone', 'walk_in', 'accompanying', 'other')),
    minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    life_domains TEXT NOT NULL DEFAULT '[]',
    body TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX notes_client ON notes(client_id, contact_on);
CREATE INDEX notes_case ON notes(case_id);

-- remove_diacritics 2: "clientondersteuner" finds "cliëntondersteuner"; prefix indexes for "zorg*".
CREATE VIRTUAL TABLE notes_fts USING fts5(
    body, content='notes', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts(rowid, body) VALUES (new.seq, new.body);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.seq, old.body);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.seq, old.body);
    INSERT INTO notes_fts(rowid, body) VALUES (new.seq, new.body);
END;

CREATE VIRTUAL TABLE clients_fts USING fts5(
    name, preferred_name, content='clients', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
    INSERT INTO clients_fts(rowid, name, preferred_name) VALUES (new.seq, new.name, new.preferred_name);
END;
CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients BEGIN
    INSERT INTO clients_fts(clients_fts, rowid, name, preferred_name)
        VALUES ('delete', old.seq, old.name, old.preferred_name);
END;
CREATE TRIGGER clients_fts_update AFTER UPDATE OF name, preferred_name ON clients BEGIN
    INSERT INTO clients_fts(clients_fts, rowid, name, preferred_name)
        VALUES ('delete', old.seq, old.name, old.preferred_name);
    INSERT INTO clients_fts(rowid, name, preferred_name) VALUES (new.seq, new.name, new.preferred_name);
END;
"""

_V2_WORK = """
-- Checklist state per case and task. The wording and definition version at the moment of marking
-- are kept, so old cases stay readable after an organisation changes its checklists.
CREATE TABLE checklist_items (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    task_id TEXT NOT NULL,
    phase TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'not_applicable')),
    done_on TEXT,
    date_value TEXT,
    note TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    title_nl TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT '',
    definition_version TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (case_id, task_id)
);

-- Which version of the definitions a case was worked with, per phase.
CREATE TABLE case_checklist_versions (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    phase TEXT NOT NULL,
    definition_version TEXT NOT NULL,
    PRIMARY KEY (case_id, phase)
);

CREATE TABLE plans (
    case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    definition_version TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- domain_id is '' except for sections written per life domain.
CREATE TABLE plan_sections (
    case_id TEXT NOT NULL REFERENCES plans(case_id) ON DELETE CASCADE,
    section_id TEXT NOT NULL,
    domain_id TEXT NOT NULL DEFAULT '',
    heading_nl TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (case_id, section_id, domain_id)
);

CREATE TABLE follow_ups (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'accompany', 'document', 'checkin', 'other')),
    due_on TEXT NOT NULL,
    due_time TEXT,
    description TEXT NOT NULL DEFAULT '',
    done_at TEXT,
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'note', 'task', 'checkin')),
    source_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX follow_ups_due ON follow_ups(due_on) WHERE done_at IS NULL;
CREATE INDEX follow_ups_case ON follow_ups(case_id);

-- Autosaved text that has not been saved as a note or plan section yet. Lives in the encrypted
-- vault, never in a temp file, so closing, locking or a crash keeps what was typed.
CREATE TABLE drafts (
    key TEXT PRIMARY KEY,
    client_id TEXT REFERENCES clients(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    context TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL
);
"""


def _change_trigger(table: str, event: str, client_expr: str, record_expr: str, columns: str) -> str:
    """A trigger that logs a change of `table` for its client, at most once per record per 10 minutes."""
    of = f" OF {columns}" if columns and event == "UPDATE" else ""
    return f"""
CREATE TRIGGER access_log_{table}_{event.lower()} AFTER {event}{of} ON {table}
WHEN NOT EXISTS (SELECT 1 FROM access_log WHERE client_id = {client_expr} AND kind = 'change'
    AND record = {record_expr} AND at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-10 minutes'))
BEGIN
    INSERT INTO access_log(at, kind, client_id, record, detail)
        VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'change', {client_expr}, {record_expr},
                '{'new' if event == 'INSERT' else 'changed'}');
END;
"""


_BY_CASE = "(SELECT client_id FROM cases WHERE id = new.case_id)"
# (table, client id expression, record expression, events, columns for UPDATE OF ('' = any)).
# notes: only content columns, so the ON DELETE SET NULL of case_id during an erasure logs nothing.
_LOGGED_TABLES = [
    ("clients", "new.id", "'clients:' || new.id", ("UPDATE",), ""),
    ("client_life_domains", "new.client_id", "'client_life_domains:' || new.domain_id", ("INSERT", "UPDATE"), ""),
    ("self_reliance_scores", "new.client_id", "'self_reliance_scores:' || new.id", ("INSERT", "UPDATE"), ""),
    ("network_members", "new.client_id", "'network_members:' || new.id", ("INSERT", "UPDATE"), ""),
    ("consents", "new.client_id", "'consents:' || new.id", ("INSERT", "UPDATE"), ""),
    ("cases", "new.client_id", "'cases:' || new.id", ("INSERT", "UPDATE"), ""),
    ("notes", "new.client_id", "'notes:' || new.id", ("INSERT", "UPDATE"),
     "body, contact_on, contact_type, minutes, life_domains"),
    ("checklist_items", _BY_CASE, "'checklist_items:' || new.case_id || ':' || new.task_id",
     ("INSERT", "UPDATE"), ""),
    ("plan_sections", _BY_CASE, "'plan_sections:' || new.case_id || ':' || new.section_id",
     ("INSERT", "UPDATE"), ""),
    ("follow_ups", _BY_CASE, "'follow_ups:' || new.id", ("INSERT", "UPDATE"), ""),
]

# Access log (NEN 7513 in spirit) and retention holds. No note text is ever logged: a line names the
# kind of action and the record (table:id), never content. Changes are logged by triggers, so every
# code path that writes client data is covered; a line per record per ten minutes is enough.
# When a client is erased, their lines go too and one line without identity remains.
_V3_ACCESS_LOG = (
    """
CREATE TABLE access_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    client_id TEXT,
    record TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX access_log_client ON access_log(client_id, at);
CREATE INDEX access_log_at ON access_log(at);
CREATE TRIGGER access_log_client_erased AFTER DELETE ON clients BEGIN
    DELETE FROM access_log WHERE client_id = old.id;
    INSERT INTO access_log(at, kind, client_id, record, detail)
        VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'erase', NULL, '', '');
END;

-- "Keep until ... because ...": a closed client past the retention period that is kept on purpose.
CREATE TABLE retention_holds (
    client_id TEXT PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
    keep_until TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""
    + "".join(
        _change_trigger(table, event, client_expr, record_expr, columns)
        for table, client_expr, record_expr, events, columns in _LOGGED_TABLES
        for event in events
    )
)
_V4_ROUTE = (
    """
-- The route of a case to and through the municipality's decision (request, application and decision
-- sent are columns of cases). Texts before/after the interview are the supporter's working notes for
-- the resident; none of them ever goes into a letter.
CREATE TABLE case_route (
    case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    route TEXT NOT NULL DEFAULT 'wmo' CHECK (route IN ('wmo', 'jeugdwet', 'wlz', 'zvw', 'other')),
    plan_handed_in TEXT,
    report_received TEXT,
    decision_received TEXT,
    decision_reference TEXT NOT NULL DEFAULT '',
    decision_extended_to TEXT,
    help_end_date TEXT,
    interview_bring TEXT NOT NULL DEFAULT '',
    interview_who TEXT NOT NULL DEFAULT '',
    interview_questions TEXT NOT NULL DEFAULT '',
    interview_said TEXT NOT NULL DEFAULT '',
    interview_proposed TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);

-- The decision per provision: what, how much, pgb or in kind, from when to when.
CREATE TABLE case_provisions (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    what TEXT NOT NULL,
    amount TEXT NOT NULL DEFAULT '',
    form TEXT NOT NULL DEFAULT 'in_kind' CHECK (form IN ('in_kind', 'pgb', 'other')),
    start_on TEXT,
    end_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX case_provisions_case ON case_provisions(case_id);

-- Each plan goal marked against the decision; the goal's text is kept as it was when checked.
CREATE TABLE case_goal_checks (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    goal_key TEXT NOT NULL,
    goal_text TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL CHECK (outcome IN ('met', 'partly', 'not')),
    why TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (case_id, goal_key)
);
"""
    + "".join(
        _change_trigger(table, event, _BY_CASE, record_expr, "")
        for table, record_expr in (
            ("case_route", "'case_route:' || new.case_id"),
            ("case_provisions", "'case_provisions:' || new.id"),
            ("case_goal_checks", "'case_goal_checks:' || new.case_id || ':' || new.goal_key"),
        )
        for event in ("INSERT", "UPDATE")
    )
)

# Registration for the organisation's figures (issue 13): questions without a client file, a signals
# register, and per-case fields asked of the resident. Nothing here may hold a resident's identity:
# the topic and description are short texts checked against client names when typed.
_V5_REGISTRATION = """
CREATE TABLE questions_without_file (
    id TEXT PRIMARY KEY,
    asked_on TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('walk_in', 'phone', 'email', 'outreach')),
    target_groups TEXT NOT NULL DEFAULT '[]',
    life_domains TEXT NOT NULL DEFAULT '[]',
    minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    referrer TEXT NOT NULL DEFAULT 'self'
        CHECK (referrer IN ('gp', 'neighbourhood_team', 'municipality', 'self', 'network', 'other')),
    outcome TEXT NOT NULL DEFAULT 'answered' CHECK (outcome IN ('answered', 'referred_on', 'became_client')),
    topic TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX questions_without_file_date ON questions_without_file(asked_on);

CREATE TABLE signals (
    id TEXT PRIMARY KEY,
    noted_on TEXT NOT NULL,
    category TEXT NOT NULL
        CHECK (category IN ('gap', 'waiting_list', 'access_barrier', 'rules_clash', 'quality')),
    concerns TEXT NOT NULL DEFAULT 'municipality' CHECK (concerns IN ('municipality', 'provider', 'law', 'other')),
    concerns_name TEXT NOT NULL DEFAULT '',
    life_domain TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'noted' CHECK (status IN ('noted', 'passed_on', 'answered')),
    passed_to TEXT NOT NULL DEFAULT '',
    passed_on TEXT,
    answer TEXT NOT NULL DEFAULT '',
    answered_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX signals_date ON signals(noted_on);

ALTER TABLE cases ADD COLUMN referrer TEXT
    CHECK (referrer IS NULL OR referrer IN ('gp', 'neighbourhood_team', 'municipality', 'self', 'network', 'other'));
ALTER TABLE cases ADD COLUMN appreciation_method TEXT
    CHECK (appreciation_method IS NULL OR appreciation_method IN ('in_person', 'phone', 'form', 'other'));
ALTER TABLE cases ADD COLUMN control_answer INTEGER CHECK (control_answer BETWEEN 1 AND 5);
"""

# Each client's last contact (newest note date), kept by triggers so the caseload reads one row per
# client instead of walking the notes index (100,000 entries at 2,000 clients). A table of its own, not a
# column of clients: an UPDATE of clients is a "client changed" line in the access log, a note is not.
_V6_CASELOAD_AND_NAME_SEARCH = """
CREATE TABLE client_last_contact (
    client_id TEXT PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
    last_on TEXT
);
INSERT INTO client_last_contact(client_id, last_on)
    SELECT client_id, max(contact_on) FROM notes GROUP BY client_id;
CREATE TRIGGER last_contact_note_insert AFTER INSERT ON notes BEGIN
    INSERT OR REPLACE INTO client_last_contact(client_id, last_on)
        SELECT new.client_id, max(contact_on) FROM notes WHERE client_id = new.client_id;
END;
CREATE TRIGGER last_contact_note_delete AFTER DELETE ON notes
WHEN EXISTS (SELECT 1 FROM clients WHERE id = old.client_id) BEGIN
    INSERT OR REPLACE INTO client_last_contact(client_id, last_on)
        SELECT old.client_id, max(contact_on) FROM notes WHERE client_id = old.client_id;
END;
CREATE TRIGGER last_contact_note_update AFTER UPDATE OF contact_on, client_id ON notes BEGIN
    INSERT OR REPLACE INTO client_last_contact(client_id, last_on)
        SELECT old.client_id, max(contact_on) FROM notes WHERE client_id = old.client_id;
    INSERT OR REPLACE INTO client_last_contact(client_id, last_on)
        SELECT new.client_id, max(contact_on) FROM notes WHERE client_id = new.client_id;
END;

-- Client names folded like the caseload folds them (oco_fold: the vault connection's SQL function), so
-- name search is an index lookup instead of folding every name in Python for every keystroke.
-- tokenchars '_': the same words as Python's word pattern. Prefix indexes: a typed name starts with 1-3 letters.
CREATE VIRTUAL TABLE client_names_fts USING fts5(
    folded, tokenize="unicode61 remove_diacritics 2 tokenchars '_'", prefix='1 2 3'
);
INSERT INTO client_names_fts(rowid, folded) SELECT seq, oco_fold(name || ' ' || preferred_name) FROM clients;
CREATE TRIGGER client_names_insert AFTER INSERT ON clients BEGIN
    INSERT INTO client_names_fts(rowid, folded) VALUES (new.seq, oco_fold(new.name || ' ' || new.preferred_name));
END;
CREATE TRIGGER client_names_delete AFTER DELETE ON clients BEGIN
    DELETE FROM client_names_fts WHERE rowid = old.seq;
END;
CREATE TRIGGER client_names_update AFTER UPDATE OF name, preferred_name ON clients BEGIN
    UPDATE client_names_fts SET folded = oco_fold(new.name || ' ' || new.preferred_name) WHERE rowid = new.seq;
END;
"""

# Erasure leaves nothing (issue 10, point 3): FTS5 'secure-delete' removes a deleted row's entries from
# the index itself (not just a tombstone), persistently for these tables. The rebuild drops what earlier
# deletions and edits left in the index segments of existing vaults; secure_delete (set on every
# connection) zeroes the freed pages, and migrate() folds the WAL away afterwards.
_V7_SECURE_FTS = """
INSERT INTO notes_fts(notes_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO clients_fts(clients_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO client_names_fts(client_names_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO notes_fts(notes_fts) VALUES ('rebuild');
INSERT INTO clients_fts(clients_fts) VALUES ('rebuild');
INSERT INTO client_names_fts(client_names_fts) VALUES ('rebuild');
"""

# Notes get a 1-letter prefix index too: "z" typed in the search box read and merged the posting list of
# every word starting with z (40-70 ms at 100,000 notes); with the index it is one list (about 1 ms).
# Costs about 20% more full-text index (13 MB at 100,000 notes). The triggers on notes keep working:
# they name notes_fts, which is made again under the same name with the same secure-delete setting.
_V8_NOTES_PREFIX_1 = """
DROP TABLE notes_fts;
CREATE VIRTUAL TABLE notes_fts USING fts5(
    body, content='notes', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
INSERT INTO notes_fts(notes_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO notes_fts(notes_fts) VALUES ('rebuild');
"""

# A passed legal deadline the supporter marked as handled (issue 15): it leaves Today's "Te laat" list,
# the case keeps the record (which deadline, when it was handled).
_V9_DEADLINES_HANDLED = """
CREATE TABLE deadlines_handled (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('plan', 'assessment', 'decision', 'objection')),
    last_day TEXT NOT NULL,
    handled_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (case_id, kind, last_day)
);
"""

# Full-text index blocks that fit a vault page (issue 11). FTS5 writes index blocks of up to 4,050 bytes
# (its default `pgsz`, made for 4,096-byte pages), but SQLCipher keeps 80 bytes of every page for its IV
# and HMAC, so a row holds at most 3,977 bytes of block: each full block spilled 3.6 kB into an overflow
# page, and reading it meant decrypting two pages instead of one. 3,900 leaves room for the few bytes
# FTS5 may write past `pgsz`. 'optimize' rewrites the index in the new size (one segment; 2.7 s once at
# 100,000 notes); secure_delete zeroes the old blocks and migrate() folds the WAL away. The 16 KiB pages of
# vaults made later (storage.page_macs.NEW_VAULT_FORMAT) hold four such blocks each.
_V10_FTS_PAGE_SIZE = """
INSERT INTO notes_fts(notes_fts, rank) VALUES ('pgsz', 3900);
INSERT INTO clients_fts(clients_fts, rank) VALUES ('pgsz', 3900);
INSERT INTO client_names_fts(client_names_fts, rank) VALUES ('pgsz', 3900);
INSERT INTO notes_fts(notes_fts) VALUES ('optimize');
INSERT INTO clients_fts(clients_fts) VALUES ('optimize');
INSERT INTO client_names_fts(client_names_fts) VALUES ('optimize');
"""

MIGRATIONS: list[tuple[int, str]] = [
    (1, _V1_CORE),
    (2, _V2_WORK),
    (3, _V3_ACCESS_LOG),
    (4, _V4_ROUTE),
    (5, _V5_REGISTRATION),
    (6, _V6_CASELOAD_AND_NAME_SEARCH),
    (7, _V7_SECURE_FTS),
    (8, _V8_NOTES_PREFIX_1),
    (9, _V9_DEADLINES_HANDLED),
    (10, _V10_FTS_PAGE_SIZE),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def split_statements(script: str) -> list[str]:
    """Split a migration script into statements; triggers contain ';' inside BEGIN ... END."""
    statements: list[str] = []
    current: list[str] = []
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        current.append(line)
        text = "\n".join(current)
        in_trigger = text.lstrip().upper().startswith("CREATE TRIGGER")
        if stripped.endswith(";") and (not in_trigger or stripped.upper() == "END;"):
            statements.append(text)
            current = []
    if current:
        statements.append("\n".join(current))
    return statements


def migrate(conn, target: int | None = None) -> list[int]:
    """Bring the database to `target` (default: the latest); returns the versions applied.

    Each step is one transaction."""
    if target is None:
        target = MIGRATIONS[-1][0]
    applied: list[int] = []
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    for version, script in MIGRATIONS:
        if version <= current or version > target:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # executescript() would commit first; run statement by statement inside our transaction.
            for statement in split_statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    if applied:
        # Old page images (e.g. index segments a migration rewrote) leave the WAL; no-op outside WAL mode.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return applied
