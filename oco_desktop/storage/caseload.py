"""The caseload at a glance: one row per client, computed in one query."""

from __future__ import annotations

from dataclasses import dataclass

from oco_desktop.storage.convert import load_list
from oco_desktop.storage.vault import Vault


@dataclass(frozen=True)
class CaseloadRow:
    client_id: str
    name: str
    preferred_name: str
    case_id: str | None
    case_code: str | None
    phase: str | None
    status: str | None
    contact_form: str | None
    life_domains: tuple[str, ...]
    last_contact: str | None
    next_follow_up: str | None

    @property
    def display_name(self) -> str:
        return self.preferred_name or self.name


# The "current case" of a client: the newest case that is not closed, else the newest case.
_CASELOAD_SQL = """
WITH current AS (
    SELECT c.client_id, c.id, c.code, c.phase, c.status, c.contact_form,
           row_number() OVER (PARTITION BY c.client_id
                              ORDER BY c.status = 'closed', c.opened_on DESC, c.created_at DESC) AS pick
    FROM cases c
),
last_contact AS (
    SELECT client_id, max(contact_on) AS last_on FROM notes GROUP BY client_id
),
next_follow_up AS (
    SELECT cs.client_id, min(f.due_on) AS due_on
    FROM follow_ups f JOIN cases cs ON cs.id = f.case_id
    WHERE f.done_at IS NULL GROUP BY cs.client_id
),
domains AS (
    SELECT client_id, json_group_array(domain_id) AS ids FROM client_life_domains GROUP BY client_id
)
SELECT cl.id, cl.name, cl.preferred_name, cur.id, cur.code, cur.phase, cur.status, cur.contact_form,
       domains.ids, last_contact.last_on, next_follow_up.due_on
FROM clients cl
LEFT JOIN current cur ON cur.client_id = cl.id AND cur.pick = 1
LEFT JOIN last_contact ON last_contact.client_id = cl.id
LEFT JOIN next_follow_up ON next_follow_up.client_id = cl.id
LEFT JOIN domains ON domains.client_id = cl.id
ORDER BY cl.name COLLATE NOCASE
"""


def caseload(vault: Vault) -> list[CaseloadRow]:
    rows = vault.conn.execute(_CASELOAD_SQL)
    return [
        CaseloadRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], tuple(load_list(r[8])), r[9], r[10])
        for r in rows
    ]
