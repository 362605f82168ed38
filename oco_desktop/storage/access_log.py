"""The access log inside the vault: who-did-what-when for client files (NEN 7513 in spirit).

One line per event: time (UTC), kind, the client (if any), the record (e.g. "notes:<id>") and a short
detail such as "plan-pdf". Never note text, names or other content: callers pass kinds and ids only.

Changes to client data are logged by triggers (schema migration 3), so every write path is covered.
Code only records what triggers cannot see:

    from oco_desktop.storage import access_log
    access_log.record(vault, "open", client_id)                       # a client file was opened
    access_log.record(vault, "export", client_id, detail="plan")      # plan / subject_access / report / letter
    access_log.record(vault, "backup", detail="kluis-20261130-1502.ocovault")

`record` takes a Vault or a connection; it writes in the caller's transaction when there is one.
When a client is erased, all their lines are removed and one line without identity remains
("cliënt verwijderd op ...").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from oco_desktop.domain.dates_nl import format_date_en_short, format_date_nl_short
from oco_desktop.storage.clock import utc_now

# kind -> Dutch description shown to the supporter (and in the subject-access export).
KINDS: dict[str, str] = {
    "open": "dossier geopend",
    "change": "gewijzigd",
    "export": "geëxporteerd",
    "backup": "reservekopie gemaakt",
    "restore": "reservekopie teruggezet",
    "erase": "cliënt verwijderd",
    "handover_out": "overgedragen aan een collega",
    "handover_in": "overgenomen van een collega",
    "org_key": "organisatiesleutel gewijzigd",
    "recover": "nieuwe wachtwoordzin ingesteld",
    "retention": "bewaartermijn",
}
EXPORT_DETAILS = {
    "plan": "persoonlijk plan",
    "subject_access": "inzageverzoek",
    "handover": "overdracht",
    "report": "rapportage",
    "letter": "brief",
}
KINDS_EN: dict[str, str] = {
    "open": "file opened", "change": "changed", "export": "exported", "backup": "backup made",
    "restore": "backup restored", "erase": "client erased", "handover_out": "handed over to a colleague",
    "handover_in": "taken over from a colleague", "org_key": "organisation key changed",
    "recover": "new passphrase set", "retention": "retention",
}
EXPORT_DETAILS_EN = {
    "plan": "personal plan", "subject_access": "subject access request", "handover": "handover",
    "report": "report", "letter": "letter",
}
# An "open" of the same client within this window is not logged again.
OPEN_WINDOW = timedelta(minutes=10)
_MAX_DETAIL = 200


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    kind: str
    client_id: str | None
    record: str
    detail: str

    def describe(self, lang: str = "nl") -> str:
        """One plain line, e.g. 'geëxporteerd: persoonlijk plan' ('exported: personal plan' in English)."""
        en = lang == "en"
        if self.kind == "erase" and self.client_id is None:
            day = _local_day(self.at)
            return f"client erased on {format_date_en_short(day)}" if en else \
                f"cliënt verwijderd op {format_date_nl_short(day)}"
        what = (KINDS_EN if en else KINDS).get(self.kind, self.kind)
        exports = EXPORT_DETAILS_EN if en else EXPORT_DETAILS
        detail = exports.get(self.detail, self.detail) if self.kind == "export" else self.detail
        table = self.record.split(":", 1)[0] if self.record else ""
        parts = [what]
        if table:
            parts.append((_TABLE_WORDS_EN if en else _TABLE_WORDS).get(table, table))
        if detail and detail not in ("new", "changed"):
            parts.append(detail)
        elif detail == "new":
            parts[0] = "added" if en else "toegevoegd"
        return ": ".join([parts[0], ", ".join(parts[1:])]) if len(parts) > 1 else parts[0]


_TABLE_WORDS = {
    "clients": "gegevens", "client_life_domains": "levensgebieden", "self_reliance_scores": "scores",
    "network_members": "netwerk", "consents": "toestemming", "cases": "casus", "notes": "notitie",
    "checklist_items": "checklist", "plan_sections": "plan", "follow_ups": "afspraak of actie",
    "case_route": "route", "case_provisions": "besluit", "case_goal_checks": "doelen",
}
_TABLE_WORDS_EN = {
    "clients": "details", "client_life_domains": "life domains", "self_reliance_scores": "scores",
    "network_members": "network", "consents": "consent", "cases": "case", "notes": "note",
    "checklist_items": "checklist", "plan_sections": "plan", "follow_ups": "appointment or action",
    "case_route": "route", "case_provisions": "decision", "case_goal_checks": "goals",
}


def _local_day(at: str):
    return datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone().date()


def _conn(target):
    return getattr(target, "conn", target)


def record(target, kind: str, client_id: str | None = None, detail: str = "", record: str = "") -> bool:
    """Add one line. Returns False when an 'open' repeats within OPEN_WINDOW (not logged again).

    `target` is a Vault (the line is its own transaction, so it clears the clean-close mark like any
    change) or the connection of a transaction already running.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown access-log kind: {kind}")
    transaction = getattr(target, "transaction", None)
    if transaction is not None:
        with transaction() as conn:
            return _record(conn, kind, client_id, detail, record)
    return _record(_conn(target), kind, client_id, detail, record)


def _record(conn, kind: str, client_id: str | None, detail: str, record: str) -> bool:
    now = utc_now()
    if kind == "open" and client_id:
        since = (datetime.now(UTC) - OPEN_WINDOW).strftime("%Y-%m-%dT%H:%M:%SZ")
        row = conn.execute(
            "SELECT 1 FROM access_log WHERE client_id = ? AND kind = 'open' AND at > ? LIMIT 1",
            (client_id, since),
        ).fetchone()
        if row:
            return False
    conn.execute(
        "INSERT INTO access_log(at, kind, client_id, record, detail) VALUES (?, ?, ?, ?, ?)",
        (now, kind, client_id, record[:_MAX_DETAIL], detail[:_MAX_DETAIL]),
    )
    return True


def _entries(conn, where: str, params: tuple, limit: int | None) -> list[Entry]:
    sql = f"SELECT seq, at, kind, client_id, record, detail FROM access_log {where} ORDER BY seq DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [Entry(*row) for row in conn.execute(sql, params)]


def for_client(target, client_id: str, limit: int | None = None) -> list[Entry]:
    """The client's lines, newest first."""
    return _entries(_conn(target), "WHERE client_id = ?", (client_id,), limit)


def general(target, limit: int | None = None) -> list[Entry]:
    """Lines without a client (backups, erasures, keys), newest first."""
    return _entries(_conn(target), "WHERE client_id IS NULL", (), limit)


def last(target, kind: str) -> Entry | None:
    found = _entries(_conn(target), "WHERE kind = ?", (kind,), 1)
    return found[0] if found else None
