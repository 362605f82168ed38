"""Follow-ups: dated actions per case (call, visit, accompany, document, check-in, other)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from oco_desktop.domain.models import FOLLOW_UP_KINDS, FollowUp
from oco_desktop.errors import InvalidValue, NotFound
from oco_desktop.storage.clock import utc_now
from oco_desktop.storage.convert import iso, new_id, parse_date
from oco_desktop.storage.vault import Vault

_COLUMNS = "id, case_id, kind, due_on, due_time, description, done_at, source, source_id"


def _row(r) -> FollowUp:
    return FollowUp(id=r[0], case_id=r[1], kind=r[2], due_on=parse_date(r[3]), due_time=r[4],
                    description=r[5], done_at=r[6], source=r[7], source_id=r[8])


_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def check_time(due_time: str | None) -> None:
    """Times are stored as 'HH:MM' (24-hour, local); None means 'some time that day'."""
    if due_time is not None and not _TIME.match(due_time):
        raise InvalidValue("Schrijf een tijd als uu:mm, bijvoorbeeld 09:30.")


def add_follow_up(vault: Vault, follow_up: FollowUp) -> FollowUp:
    if follow_up.kind not in FOLLOW_UP_KINDS:
        raise InvalidValue(f"Onbekend soort actie: {follow_up.kind}.")
    check_time(follow_up.due_time)
    stored = replace(follow_up, id=follow_up.id or new_id())
    now = utc_now()
    with vault.transaction() as conn:
        conn.execute(
            f"INSERT INTO follow_ups ({_COLUMNS}, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (stored.id, stored.case_id, stored.kind, iso(stored.due_on), stored.due_time, stored.description,
             stored.done_at, stored.source, stored.source_id, now, now),
        )
    return stored


def set_done(vault: Vault, follow_up_id: str, done: bool = True) -> FollowUp:
    with vault.transaction() as conn:
        cur = conn.execute(
            "UPDATE follow_ups SET done_at = ?, updated_at = ? WHERE id = ?",
            (utc_now() if done else None, utc_now(), follow_up_id),
        )
        if cur.rowcount == 0:
            raise NotFound(f"Er is geen actie met id {follow_up_id}.")
    return get_follow_up(vault, follow_up_id)


def reschedule(vault: Vault, follow_up_id: str, due_on: date, due_time: str | None = None) -> FollowUp:
    check_time(due_time)
    with vault.transaction() as conn:
        cur = conn.execute(
            "UPDATE follow_ups SET due_on = ?, due_time = ?, updated_at = ? WHERE id = ?",
            (iso(due_on), due_time, utc_now(), follow_up_id),
        )
        if cur.rowcount == 0:
            raise NotFound(f"Er is geen actie met id {follow_up_id}.")
    return get_follow_up(vault, follow_up_id)


def get_follow_up(vault: Vault, follow_up_id: str) -> FollowUp:
    row = vault.conn.execute(f"SELECT {_COLUMNS} FROM follow_ups WHERE id = ?", (follow_up_id,)).fetchone()
    if row is None:
        raise NotFound(f"Er is geen actie met id {follow_up_id}.")
    return _row(row)


def follow_ups_for_case(vault: Vault, case_id: str) -> list[FollowUp]:
    rows = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM follow_ups WHERE case_id = ? ORDER BY done_at IS NOT NULL, due_on, due_time",
        (case_id,),
    )
    return [_row(r) for r in rows]


def open_follow_ups_until(vault: Vault, until: date) -> list[FollowUp]:
    """Open follow-ups due on or before `until` (overdue included), soonest first."""
    rows = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM follow_ups WHERE done_at IS NULL AND due_on <= ? ORDER BY due_on, due_time",
        (iso(until),),
    )
    return [_row(r) for r in rows]


def delete_follow_up(vault: Vault, follow_up_id: str) -> None:
    with vault.transaction() as conn:
        conn.execute("DELETE FROM follow_ups WHERE id = ?", (follow_up_id,))
        vault.erase_traces()
