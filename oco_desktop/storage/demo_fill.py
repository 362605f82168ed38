"""Fill a vault with synthetic demo people (see oco_desktop.domain.demo_people), through the repositories.

Same seed, same vault size before, same day => same clients, notes, network, scores, consents and
follow-ups, ids included. Not reproducible: case ids and codes (open_case draws them itself) and the
created_at / updated_at / case_events timestamps (the moment of filling).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from oco_desktop.domain.demo_people import DemoPerson, make_person
from oco_desktop.domain.models import FollowUp
from oco_desktop.storage import cases, clients, demo_registration, follow_ups, notes, route_demo
from oco_desktop.storage.vault import Vault

BATCH_SIZE = 200  # clients per transaction: large enough to be fast, small enough to show progress
_NOTES_INDEX_TRIGGER = "notes_fts_insert"  # storage/schema.py: puts each new note's words in notes_fts


@dataclass(frozen=True)
class FillResult:
    clients: int
    notes: int
    follow_ups: int
    first_index: int  # demo person numbers used: first_index .. last_index
    last_index: int


def _store_person(vault: Vault, person: DemoPerson) -> tuple[int, int]:
    client = clients.add_client(vault, person.client)
    clients.record_consent(vault, client.id, person.consent)  # add_note requires consent first
    clients.set_life_domains(vault, client.id, person.life_domains)
    for score in person.scores:
        clients.add_score(vault, client.id, score)
    for member in person.network:
        clients.save_network_member(vault, client.id, member)

    demo = person.case
    case = cases.open_case(vault, client.id, demo.title, demo.opened_on, demo.phase)
    case = replace(
        case, status=demo.status, contact_form=demo.contact_form, checkin_interval_days=demo.checkin_interval_days,
        closed_on=demo.closed_on, close_reason=demo.close_reason, appreciation=demo.appreciation,
        request_date=demo.request_date, application_date=demo.application_date,
        decision_sent_date=demo.decision_sent_date, access_interview_date=demo.access_interview_date,
    )
    cases.save_case(vault, case)
    notes.add_notes(vault, [replace(note, case_id=case.id) for note in person.notes])
    for f in demo.follow_ups:
        follow_ups.add_follow_up(vault, FollowUp(
            case_id=case.id, kind=f.kind, due_on=f.due_on, description=f.description, source=f.source,
            done_at=f"{f.due_on.isoformat()}T12:00:00Z" if f.done else None, id=f.id,
        ))
    return len(person.notes), len(demo.follow_ups)


@contextlib.contextmanager
def _notes_indexed_together(conn) -> Iterator[None]:
    """Within the caller's transaction: the notes added meanwhile go into the full-text index in one
    statement at the end, instead of one by one through the indexing trigger.

    FTS5 indexing a note per statement (the trigger fires for each row) is about three times the work
    of one INSERT ... SELECT over the same notes (10,000 notes: 3.2 s against 1.0 s), and it was half
    of the 2,000 x 50 demo build. The trigger is dropped and made again from its own definition in the
    same transaction: if anything fails on the way, the rollback brings it back with everything else, so
    the vault is never left without it.
    """
    (definition,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                 (_NOTES_INDEX_TRIGGER,)).fetchone()
    (last,) = conn.execute("SELECT coalesce(max(seq), 0) FROM notes").fetchone()
    conn.execute(f"DROP TRIGGER {_NOTES_INDEX_TRIGGER}")
    yield
    conn.execute("INSERT INTO notes_fts(rowid, body) SELECT seq, body FROM notes WHERE seq > ? ORDER BY seq",
                 (last,))
    conn.execute(definition)


def fill(vault: Vault, count: int, seed: object, *, notes_per_client: int = 5, today: date | None = None,
         progress: Callable[[int, int], None] | None = None) -> FillResult:
    """Add `count` demo clients. Numbering continues after the clients already in the vault."""
    if count < 1:
        raise ValueError("count must be at least 1")
    today = today or date.today()
    start = index = vault.conn.execute("SELECT count(*) FROM clients").fetchone()[0]
    added = note_count = follow_up_count = 0
    while added < count:
        with vault.transaction() as conn, _notes_indexed_together(conn):
            batch_end = min(count, added + BATCH_SIZE)
            while added < batch_end:
                person = make_person(seed, index, notes_per_client=notes_per_client, today=today)
                index += 1
                if clients.find_client(vault, person.client.id) is not None:
                    continue  # this number was used before (clients were deleted since); take the next
                n, f = _store_person(vault, person)
                added, note_count, follow_up_count = added + 1, note_count + n, follow_up_count + f
        if progress is not None:
            progress(added, count)
    demo_registration.fill_registration(vault, seed, added, today=today)
    route_demo.fill_route(vault, seed, today=today)  # route dates, decisions, goal checks for some
    return FillResult(added, note_count, follow_up_count, start, index - 1)
