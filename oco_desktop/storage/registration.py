"""Questions without a client file, the signals register, and per-case figures (contact time per life
domain, lead time from first contact to closing). See oco_desktop.domain.registration.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from oco_desktop.domain.registration import (
    QuestionWithoutFile,
    Signal,
    check_question,
    check_signal,
    name_parts,
    names_in_text,
)
from oco_desktop.errors import InvalidValue, NotFound
from oco_desktop.storage.clock import utc_now
from oco_desktop.storage.convert import dump_list, iso, load_list, new_id, parse_date
from oco_desktop.storage.vault import Vault

_Q_COLUMNS = "id, asked_on, channel, target_groups, life_domains, minutes, referrer, outcome, topic"
_S_COLUMNS = ("id, noted_on, category, concerns, concerns_name, life_domain, description, status, passed_to, "
              "passed_on, answer, answered_on")


# -- names ---------------------------------------------------------------------------------------
def client_name_parts(vault: Vault) -> set[str]:
    """Every recognisable part of every client's name and preferred name (kept in memory only)."""
    rows = vault.conn.execute("SELECT name, preferred_name FROM clients")
    return name_parts(n for row in rows for n in row if n)


def client_names_in(vault: Vault, text: str) -> list[str]:
    """Words of `text` that are part of a client's name: show a warning before saving."""
    return names_in_text(text, client_name_parts(vault)) if text.strip() else []


# -- questions without a file ----------------------------------------------------------------------
def _row_to_question(r) -> QuestionWithoutFile:
    return QuestionWithoutFile(id=r[0], asked_on=parse_date(r[1]), channel=r[2], target_groups=load_list(r[3]),
                               life_domains=load_list(r[4]), minutes=r[5], referrer=r[6], outcome=r[7],
                               topic=r[8])


def save_question(vault: Vault, q: QuestionWithoutFile) -> QuestionWithoutFile:
    """Insert (no id) or update (id) a question without a file."""
    problems = check_question(q)
    if problems:
        raise InvalidValue(problems[0])
    now = utc_now()
    values = (iso(q.asked_on), q.channel, dump_list(q.target_groups), dump_list(q.life_domains), q.minutes,
              q.referrer, q.outcome, q.topic.strip())
    with vault.transaction() as conn:
        if q.id:
            cur = conn.execute(
                "UPDATE questions_without_file SET asked_on = ?, channel = ?, target_groups = ?, life_domains = ?, "
                "minutes = ?, referrer = ?, outcome = ?, topic = ?, updated_at = ? WHERE id = ?",
                (*values, now, q.id))
            if cur.rowcount == 0:
                raise NotFound(f"Er is geen vraag zonder dossier met id {q.id}.")
            stored = q
        else:
            stored = replace(q, id=new_id())
            conn.execute(
                f"INSERT INTO questions_without_file ({_Q_COLUMNS}, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (stored.id, *values, now, now))
    return get_question(vault, stored.id)


def get_question(vault: Vault, question_id: str) -> QuestionWithoutFile:
    row = vault.conn.execute(f"SELECT {_Q_COLUMNS} FROM questions_without_file WHERE id = ?",
                             (question_id,)).fetchone()
    if row is None:
        raise NotFound(f"Er is geen vraag zonder dossier met id {question_id}.")
    return _row_to_question(row)


def questions(vault: Vault, start: date | None = None, end: date | None = None) -> list[QuestionWithoutFile]:
    """Questions without a file, newest first, optionally within [start, end]."""
    rows = vault.conn.execute(
        f"SELECT {_Q_COLUMNS} FROM questions_without_file WHERE asked_on >= ? AND asked_on <= ? "
        "ORDER BY asked_on DESC, created_at DESC",
        (iso(start) or "0000-01-01", iso(end) or "9999-12-31"))
    return [_row_to_question(r) for r in rows]


def delete_question(vault: Vault, question_id: str) -> None:
    with vault.transaction() as conn:
        if conn.execute("DELETE FROM questions_without_file WHERE id = ?", (question_id,)).rowcount == 0:
            raise NotFound(f"Er is geen vraag zonder dossier met id {question_id}.")
        vault.erase_traces()


# -- signals -------------------------------------------------------------------------------------
def _row_to_signal(r) -> Signal:
    return Signal(id=r[0], noted_on=parse_date(r[1]), category=r[2], concerns=r[3], concerns_name=r[4],
                  life_domain=r[5], description=r[6], status=r[7], passed_to=r[8], passed_on=parse_date(r[9]),
                  answer=r[10], answered_on=parse_date(r[11]))


def save_signal(vault: Vault, s: Signal) -> Signal:
    problems = check_signal(s)
    if problems:
        raise InvalidValue(problems[0])
    now = utc_now()
    values = (iso(s.noted_on), s.category, s.concerns, s.concerns_name.strip(), s.life_domain,
              s.description.strip(), s.status, s.passed_to.strip(), iso(s.passed_on), s.answer.strip(),
              iso(s.answered_on))
    with vault.transaction() as conn:
        if s.id:
            cur = conn.execute(
                "UPDATE signals SET noted_on = ?, category = ?, concerns = ?, concerns_name = ?, life_domain = ?, "
                "description = ?, status = ?, passed_to = ?, passed_on = ?, answer = ?, answered_on = ?, "
                "updated_at = ? WHERE id = ?", (*values, now, s.id))
            if cur.rowcount == 0:
                raise NotFound(f"Er is geen signaal met id {s.id}.")
            stored = s
        else:
            stored = replace(s, id=new_id())
            conn.execute(f"INSERT INTO signals ({_S_COLUMNS}, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (stored.id, *values, now, now))
    return get_signal(vault, stored.id)


def get_signal(vault: Vault, signal_id: str) -> Signal:
    row = vault.conn.execute(f"SELECT {_S_COLUMNS} FROM signals WHERE id = ?", (signal_id,)).fetchone()
    if row is None:
        raise NotFound(f"Er is geen signaal met id {signal_id}.")
    return _row_to_signal(row)


def signals(vault: Vault, start: date | None = None, end: date | None = None) -> list[Signal]:
    rows = vault.conn.execute(
        f"SELECT {_S_COLUMNS} FROM signals WHERE noted_on >= ? AND noted_on <= ? "
        "ORDER BY noted_on DESC, created_at DESC",
        (iso(start) or "0000-01-01", iso(end) or "9999-12-31"))
    return [_row_to_signal(r) for r in rows]


def delete_signal(vault: Vault, signal_id: str) -> None:
    with vault.transaction() as conn:
        if conn.execute("DELETE FROM signals WHERE id = ?", (signal_id,)).rowcount == 0:
            raise NotFound(f"Er is geen signaal met id {signal_id}.")
        vault.erase_traces()


# -- per-case figures ------------------------------------------------------------------------------
def split_minutes(minutes: int, domains: list[str]) -> dict[str, int]:
    """A note's minutes shared over its life domains, so the parts add up to the note's minutes.

    A note without a life domain counts under "" (not linked to a life domain)."""
    if not domains:
        return {"": minutes}
    ordered = sorted(set(domains))
    share, rest = divmod(minutes, len(ordered))
    return {d: share + (1 if i < rest else 0) for i, d in enumerate(ordered)}


def contact_minutes_by_domain(vault: Vault, case_id: str) -> dict[str, int]:
    """Contact minutes of a case per life domain, from its notes ("" = notes without a life domain)."""
    totals: dict[str, int] = {}
    for minutes, domains in vault.conn.execute("SELECT minutes, life_domains FROM notes WHERE case_id = ?",
                                               (case_id,)):
        for domain, part in split_minutes(minutes, load_list(domains)).items():
            totals[domain] = totals.get(domain, 0) + part
    return totals


def first_contact(vault: Vault, case_id: str) -> date | None:
    """The earliest of the case's opening date and its first note."""
    row = vault.conn.execute(
        "SELECT min(d) FROM (SELECT opened_on AS d FROM cases WHERE id = ? "
        "UNION ALL SELECT contact_on FROM notes WHERE case_id = ?)", (case_id, case_id)).fetchone()
    return parse_date(row[0]) if row and row[0] else None


def lead_time_to_closing(vault: Vault, case_id: str) -> int | None:
    """Days from first contact to closing; None while the case is not closed."""
    row = vault.conn.execute("SELECT closed_on FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None or not row[0]:
        return None
    start = first_contact(vault, case_id)
    return None if start is None else max(0, (parse_date(row[0]) - start).days)
