"""Retention: closed clients past "bewaartermijn na afsluiten", and holds that keep one longer.

A client counts as closed when they have at least one case and every case is closed; the retention
period runs from the last closing day. A hold ("bewaren tot ... omdat ...") keeps a client off the
list until its date; the reason is required so the choice can be explained later.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from oco_desktop.errors import InvalidValue
from oco_desktop.storage import access_log, clients
from oco_desktop.storage.clock import today as local_today
from oco_desktop.storage.clock import utc_now

DEFAULT_MONTHS = 24


def add_months(d: date, months: int) -> date:
    """d plus whole months; the 31st becomes the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class RetentionItem:
    client_id: str
    name: str
    closed_on: date
    due_on: date  # closed_on + retention period
    hold_until: date | None = None
    hold_reason: str = ""


def closed_clients(vault, months: int, today: date | None = None) -> list[RetentionItem]:
    """Every closed client, with when the retention period ends and any hold; oldest first."""
    rows = vault.conn.execute(
        """
        SELECT c.id, c.name, max(k.closed_on), h.keep_until, h.reason
        FROM clients c
        JOIN cases k ON k.client_id = c.id
        LEFT JOIN retention_holds h ON h.client_id = c.id
        GROUP BY c.id
        HAVING sum(k.status != 'closed') = 0 AND max(k.closed_on) IS NOT NULL
        ORDER BY max(k.closed_on), c.name
        """
    ).fetchall()
    out = []
    for client_id, name, closed_on, keep_until, reason in rows:
        closed = date.fromisoformat(closed_on)
        out.append(RetentionItem(
            client_id, name, closed, add_months(closed, months),
            date.fromisoformat(keep_until) if keep_until else None, reason or "",
        ))
    return out


def past_retention(vault, months: int, today: date | None = None) -> list[RetentionItem]:
    """Closed clients whose retention period has ended and who are not held beyond today."""
    today = today or local_today()
    return [
        item for item in closed_clients(vault, months, today)
        if item.due_on <= today and (item.hold_until is None or item.hold_until < today)
    ]


def hold(vault, client_id: str, keep_until: date, reason: str, today: date | None = None) -> None:
    """Keep a client until `keep_until` (a day after today) for a stated reason."""
    clients.get_client(vault, client_id)
    reason = reason.strip()
    if not reason:
        raise InvalidValue("Geef een reden om langer te bewaren.")
    if keep_until <= (today or local_today()):
        raise InvalidValue("Kies een datum na vandaag om tot te bewaren.")
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO retention_holds(client_id, keep_until, reason, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(client_id) DO UPDATE SET keep_until = excluded.keep_until, reason = excluded.reason",
            (client_id, keep_until.isoformat(), reason, utc_now()),
        )
        access_log.record(conn, "retention", client_id, detail=f"bewaren tot {keep_until.isoformat()}")


def release(vault, client_id: str) -> None:
    with vault.transaction() as conn:
        conn.execute("DELETE FROM retention_holds WHERE client_id = ?", (client_id,))
