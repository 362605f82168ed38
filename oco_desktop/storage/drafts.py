"""Autosaved drafts: typed text kept in the encrypted vault until it is saved or thrown away.

Keys name what the draft belongs to, e.g. "note:new:<client_id>", "note:<note_id>",
"plan:<case_id>:<section_id>:<domain_id>".
"""

from __future__ import annotations

import json

from oco_desktop.storage.clock import utc_now
from oco_desktop.storage.vault import Vault


def save_draft(vault: Vault, key: str, body: str, client_id: str | None = None,
               context: dict | None = None) -> None:
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO drafts (key, client_id, body, context, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET body = excluded.body, context = excluded.context, "
            "updated_at = excluded.updated_at",
            (key, client_id, body, json.dumps(context or {}, ensure_ascii=False), utc_now()),
        )


def get_draft(vault: Vault, key: str) -> tuple[str, dict] | None:
    row = vault.conn.execute("SELECT body, context FROM drafts WHERE key = ?", (key,)).fetchone()
    return (row[0], json.loads(row[1])) if row else None


def discard_draft(vault: Vault, key: str) -> None:
    with vault.transaction() as conn:
        if conn.execute("DELETE FROM drafts WHERE key = ?", (key,)).rowcount:
            vault.erase_traces()  # also folds away the earlier autosaved versions the WAL still holds


def drafts_for_client(vault: Vault, client_id: str) -> list[tuple[str, str, dict]]:
    rows = vault.conn.execute(
        "SELECT key, body, context FROM drafts WHERE client_id = ? ORDER BY updated_at DESC", (client_id,)
    )
    return [(r[0], r[1], json.loads(r[2])) for r in rows]
