"""Notes: dated contact moments with type, minutes and linked life domains. Searchable via FTS5."""

from __future__ import annotations

from dataclasses import replace

from oco_desktop.domain.models import CONTACT_TYPES, Note
from oco_desktop.errors import ConsentRequired, InvalidValue, NotFound
from oco_desktop.storage.clients import has_active_consent
from oco_desktop.storage.clock import utc_now
from oco_desktop.storage.convert import dump_list, iso, load_list, new_id, parse_date
from oco_desktop.storage.vault import Vault

_COLUMNS = "id, client_id, case_id, contact_on, contact_type, minutes, life_domains, body, created_at, updated_at"


def _check(note: Note) -> None:
    if note.contact_type not in CONTACT_TYPES:
        raise InvalidValue(f"Onbekend soort contact: {note.contact_type}.")
    if note.minutes < 0:
        raise InvalidValue("Het aantal minuten kan niet negatief zijn.")


def _row_to_note(r) -> Note:
    return Note(id=r[0], client_id=r[1], case_id=r[2], contact_on=parse_date(r[3]), contact_type=r[4],
                minutes=r[5], life_domains=load_list(r[6]), body=r[7], created_at=r[8], updated_at=r[9])


def add_note(vault: Vault, note: Note) -> Note:
    """Store a new note. The client's consent must be recorded before the first note."""
    _check(note)
    if not has_active_consent(vault, note.client_id):
        raise ConsentRequired(
            "Leg eerst vast dat de cliënt toestemming geeft om gegevens te bewaren; daarna kunt u notities maken."
        )
    now = utc_now()
    stored = replace(note, id=note.id or new_id(), created_at=now, updated_at=now)
    with vault.transaction() as conn:
        conn.execute(
            f"INSERT INTO notes ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (stored.id, stored.client_id, stored.case_id, iso(stored.contact_on), stored.contact_type,
             stored.minutes, dump_list(stored.life_domains), stored.body, now, now),
        )
    return stored


def add_notes(vault: Vault, new_notes: list[Note]) -> list[Note]:
    """Store several new notes in one transaction (one statement for all): demo data and imports.

    Same checks as add_note; nothing is stored when one note fails them.
    """
    for note in new_notes:
        _check(note)
    for client_id in {n.client_id for n in new_notes}:
        if not has_active_consent(vault, client_id):
            raise ConsentRequired(
                "Leg eerst vast dat de cliënt toestemming geeft om gegevens te bewaren; daarna kunt u notities maken."
            )
    now = utc_now()
    stored = [replace(n, id=n.id or new_id(), created_at=now, updated_at=now) for n in new_notes]
    with vault.transaction() as conn:
        conn.executemany(
            f"INSERT INTO notes ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(n.id, n.client_id, n.case_id, iso(n.contact_on), n.contact_type, n.minutes,
              dump_list(n.life_domains), n.body, now, now) for n in stored],
        )
    return stored


def update_note(vault: Vault, note: Note) -> Note:
    _check(note)
    now = utc_now()
    with vault.transaction() as conn:
        old = conn.execute("SELECT body FROM notes WHERE id = ?", (note.id,)).fetchone()
        cur = conn.execute(
            "UPDATE notes SET case_id = ?, contact_on = ?, contact_type = ?, minutes = ?, life_domains = ?, "
            "body = ?, updated_at = ? WHERE id = ?",
            (note.case_id, iso(note.contact_on), note.contact_type, note.minutes,
             dump_list(note.life_domains), note.body, now, note.id),
        )
        if cur.rowcount == 0:
            raise NotFound(f"Er is geen notitie met id {note.id}.")
        if old is not None and old[0] != note.body:
            vault.erase_traces()  # the old wording leaves the index, the pages and the WAL
    return get_note(vault, note.id)


def get_note(vault: Vault, note_id: str) -> Note:
    row = vault.conn.execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        raise NotFound(f"Er is geen notitie met id {note_id}.")
    return _row_to_note(row)


def notes_for_client(vault: Vault, client_id: str) -> list[Note]:
    rows = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM notes WHERE client_id = ? ORDER BY contact_on DESC, created_at DESC",
        (client_id,),
    )
    return [_row_to_note(r) for r in rows]


def delete_note(vault: Vault, note_id: str) -> None:
    """Real erasure: the row and its index entries go; secure_delete overwrites the freed pages."""
    with vault.transaction() as conn:
        cur = conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
        if cur.rowcount == 0:
            raise NotFound(f"Er is geen notitie met id {note_id}.")
        conn.execute("DELETE FROM drafts WHERE key = ?", (f"note:{note_id}",))
        vault.erase_traces()


def contact_minutes(vault: Vault, client_id: str) -> int:
    return vault.conn.execute(
        "SELECT coalesce(sum(minutes), 0) FROM notes WHERE client_id = ?", (client_id,)
    ).fetchone()[0]
