"""Cases: one support trajectory of a client, with phase, status, contact form and legal dates.

Every phase and status change is also written to case_events with its moment, so lead time
(doorlooptijd) can be computed later.
"""

from __future__ import annotations

import secrets
from dataclasses import fields
from datetime import date

from oco_desktop.domain.models import CASE_STATUSES, CONTACT_FORMS, PHASES, Case
from oco_desktop.domain.registration import check_case_fields
from oco_desktop.errors import InvalidValue, NotFound
from oco_desktop.storage.clock import utc_now
from oco_desktop.storage.convert import iso, new_id, parse_date
from oco_desktop.storage.vault import Vault

_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
_DATE_FIELDS = {"opened_on", "closed_on", "request_date", "application_date", "decision_sent_date",
                "access_interview_date"}
_COLUMNS = [f.name for f in fields(Case)]


def _new_code(conn) -> str:
    """A short case code that says nothing about the client (used in calendar exports)."""
    while True:
        code = "C-" + "".join(secrets.choice(_CODE_ALPHABET) for _ in range(5))
        if conn.execute("SELECT 1 FROM cases WHERE code = ?", (code,)).fetchone() is None:
            return code


def _row_to_case(row) -> Case:
    """A Case from the columns of `COLUMNS`, in that order (other modules join on them)."""
    values = dict(zip(_COLUMNS, row, strict=True))
    for name in _DATE_FIELDS:
        values[name] = parse_date(values[name])
    return Case(**values)


COLUMNS = tuple(_COLUMNS)  # column order of case_from_row
case_from_row = _row_to_case


def _check(case: Case) -> None:
    if case.status not in CASE_STATUSES:
        raise InvalidValue(f"Onbekende status: {case.status}.")
    if case.phase not in PHASES:
        raise InvalidValue(f"Onbekende fase: {case.phase}.")
    if case.contact_form not in CONTACT_FORMS:
        raise InvalidValue(f"Onbekende contactvorm: {case.contact_form}.")
    if case.contact_form == "checkin" and not case.checkin_interval_days:
        raise InvalidValue("Een waakvlamcontact heeft een interval in dagen nodig.")
    if case.appreciation is not None and not 1 <= case.appreciation <= 10:
        raise InvalidValue("Een waardering is een cijfer van 1 tot en met 10.")
    problems = check_case_fields(case.referrer, case.appreciation_method, case.control_answer)
    if problems:
        raise InvalidValue(problems[0])


def open_case(vault: Vault, client_id: str, title: str = "", opened_on: date | None = None,
              phase: str = "orientation") -> Case:
    case = Case(client_id=client_id, title=title, phase=phase, opened_on=opened_on or date.today())
    _check(case)
    now = utc_now()
    with vault.transaction() as conn:
        if conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
            raise NotFound(f"Er is geen cliënt met id {client_id} in deze kluis.")
        case.id, case.code = new_id(), _new_code(conn)
        conn.execute(
            "INSERT INTO cases (id, client_id, code, title, status, phase, contact_form, opened_on, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, 'open', ?, 'short_term', ?, ?, ?)",
            (case.id, client_id, case.code, title, phase, iso(case.opened_on), now, now),
        )
        _event(conn, case.id, "status", None, "open")
        _event(conn, case.id, "phase", None, phase)
    return case


def _event(conn, case_id: str, kind: str, old: str | None, new: str) -> None:
    conn.execute(
        "INSERT INTO case_events (id, case_id, kind, old_value, new_value, at) VALUES (?, ?, ?, ?, ?, ?)",
        (new_id(), case_id, kind, old, new, utc_now()),
    )


def get_case(vault: Vault, case_id: str) -> Case:
    row = vault.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise NotFound(f"Er is geen casus met id {case_id} in deze kluis.")
    return _row_to_case(row)


def cases_for_client(vault: Vault, client_id: str) -> list[Case]:
    rows = vault.conn.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM cases WHERE client_id = ? "
        "ORDER BY status = 'closed', opened_on DESC, created_at DESC",
        (client_id,),
    )
    return [_row_to_case(r) for r in rows]


def current_case(vault: Vault, client_id: str) -> Case | None:
    """The case the supporter works on now: the newest that is not closed, else the newest."""
    cases = cases_for_client(vault, client_id)
    return cases[0] if cases else None


def save_case(vault: Vault, case: Case) -> Case:
    """Store every field of the case; phase and status changes are logged as events."""
    _check(case)
    with vault.transaction() as conn:
        old = get_case(vault, case.id)
        if old.phase != case.phase:
            _event(conn, case.id, "phase", old.phase, case.phase)
        if old.status != case.status:
            _event(conn, case.id, "status", old.status, case.status)
            if case.status == "closed" and case.closed_on is None:
                case.closed_on = date.today()
            if case.status != "closed":
                case.closed_on = None
        editable = [c for c in _COLUMNS if c not in ("id", "client_id", "code")]
        values = [iso(getattr(case, c)) if c in _DATE_FIELDS else getattr(case, c) for c in editable]
        conn.execute(
            f"UPDATE cases SET {', '.join(f'{c} = ?' for c in editable)}, updated_at = ? WHERE id = ?",
            (*values, utc_now(), case.id),
        )
    return get_case(vault, case.id)


def set_phase(vault: Vault, case_id: str, phase: str) -> Case:
    case = get_case(vault, case_id)
    case.phase = phase
    return save_case(vault, case)


def close_case(vault: Vault, case_id: str, reason: str, appreciation: int | None,
               closed_on: date | None = None, *, appreciation_method: str | None = None,
               control_answer: int | None = None) -> Case:
    case = get_case(vault, case_id)
    case.status, case.close_reason, case.appreciation = "closed", reason, appreciation
    if appreciation_method is not None:
        case.appreciation_method = appreciation_method
    if control_answer is not None:
        case.control_answer = control_answer
    case.closed_on = closed_on or date.today()
    return save_case(vault, case)


def case_events(vault: Vault, case_id: str) -> list[tuple[str, str | None, str, str]]:
    return list(vault.conn.execute(
        "SELECT kind, old_value, new_value, at FROM case_events WHERE case_id = ? ORDER BY at, rowid",
        (case_id,),
    ))


def lead_time_days(case: Case, today: date | None = None) -> int | None:
    """Days from opening to closing (or to today while open)."""
    if case.opened_on is None:
        return None
    end = case.closed_on or today or date.today()
    return (end - case.opened_on).days
