"""Full-text search across the caseload: client names and note text (FTS5).

The tokenizer folds diacritics ("clientondersteuner" finds "cliëntondersteuner") and every word is
searched as a prefix ("zorg" finds "zorgverzekering"), which catches most Dutch word forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from oco_desktop.storage.vault import Vault

# Markers around a hit in a snippet; control characters never occur in typed text.
HIT_START = "\x02"
HIT_END = "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class ClientHit:
    client_id: str
    name: str
    preferred_name: str


@dataclass(frozen=True)
class NoteHit:
    note_id: str
    client_id: str
    client_name: str
    contact_on: str
    snippet: str  # hits wrapped in HIT_START / HIT_END


def fts_query(text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word a quoted prefix, all required."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def search_clients(vault: Vault, text: str, limit: int = 50) -> list[ClientHit]:
    query = fts_query(text)
    if query is None:
        return []
    rows = vault.conn.execute(
        "SELECT c.id, c.name, c.preferred_name FROM clients_fts JOIN clients c ON c.seq = clients_fts.rowid "
        "WHERE clients_fts MATCH ? ORDER BY rank LIMIT ?",
        (query, limit),
    )
    return [ClientHit(*r) for r in rows]


def search_notes(vault: Vault, text: str, limit: int = 50, client_id: str | None = None) -> list[NoteHit]:
    query = fts_query(text)
    if query is None:
        return []
    sql = (
        "SELECT n.id, n.client_id, c.name, n.contact_on, "
        f"snippet(notes_fts, 0, '{HIT_START}', '{HIT_END}', '…', 16) "
        "FROM notes_fts JOIN notes n ON n.seq = notes_fts.rowid JOIN clients c ON c.id = n.client_id "
        "WHERE notes_fts MATCH ?"
    )
    params: tuple = (query,)
    if client_id:
        sql += " AND n.client_id = ?"
        params += (client_id,)
    rows = vault.conn.execute(sql + " ORDER BY rank LIMIT ?", (*params, limit))
    return [NoteHit(*r) for r in rows]
