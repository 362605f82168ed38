"""Legal deadlines the supporter marked as handled once their last day had passed (issue 15).

A handled deadline leaves the agenda ("Te laat" in Today, the overdue counts of Today and the caseload);
the case keeps the record: which deadline (kind and last day) and on which day it was handled. A deadline
is known by (case, kind, last day): when the dates of the case change, the new deadline shows again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from oco_desktop.domain.deadlines import DeadlineKind
from oco_desktop.errors import InvalidValue
from oco_desktop.storage.convert import iso, parse_date
from oco_desktop.storage.vault import Vault


@dataclass(frozen=True)
class HandledDeadline:
    case_id: str
    kind: DeadlineKind
    last_day: date
    handled_on: date


def mark_handled(vault: Vault, case_id: str, kind: DeadlineKind | str, last_day: date, handled_on: date) -> None:
    """Record that the deadline was dealt with; only a deadline whose last day has passed can be."""
    kind = DeadlineKind(kind)
    if last_day >= handled_on:
        raise InvalidValue("Alleen een termijn waarvan de laatste dag voorbij is, kan worden afgehandeld.")
    with vault.transaction():
        vault.conn.execute(
            "INSERT OR REPLACE INTO deadlines_handled(case_id, kind, last_day, handled_on, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (case_id, kind.value, iso(last_day), iso(handled_on), datetime.now(UTC).isoformat(timespec="seconds")),
        )


def unmark(vault: Vault, case_id: str, kind: DeadlineKind | str, last_day: date) -> None:
    with vault.transaction():
        vault.conn.execute("DELETE FROM deadlines_handled WHERE case_id = ? AND kind = ? AND last_day = ?",
                           (case_id, DeadlineKind(kind).value, iso(last_day)))


def handled_for_case(vault: Vault, case_id: str) -> list[HandledDeadline]:
    """The case's record of handled deadlines, oldest last day first."""
    rows = vault.conn.execute(
        "SELECT case_id, kind, last_day, handled_on FROM deadlines_handled WHERE case_id = ? ORDER BY last_day",
        (case_id,),
    )
    return [HandledDeadline(r[0], DeadlineKind(r[1]), parse_date(r[2]), parse_date(r[3])) for r in rows]


def handled_keys(vault: Vault) -> set[tuple[str, str, date]]:
    """{(case_id, kind, last_day)} of every handled deadline (one query, for the agenda)."""
    rows = vault.conn.execute("SELECT case_id, kind, last_day FROM deadlines_handled")
    return {(r[0], r[1], parse_date(r[2])) for r in rows}
