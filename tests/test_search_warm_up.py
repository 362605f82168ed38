"""After unlocking, the pages search needs most are read once in the background (issue 11, point 2):
newest notes first, then the full-text index, in short steps under the write lock, within a budget of
the page cache, and never in the way of locking, writing or erasing. Real vault files."""

from __future__ import annotations

import contextlib
import threading
import time
from datetime import date

from oco_desktop.domain.models import Note
from oco_desktop.storage import notes, page_macs, search
from oco_desktop.storage.search import search_notes, warm_search_pages
from tests.vault_helpers import add_client_with_consent


def fill(vault, count: int = 120) -> None:
    client = add_client_with_consent(vault, "Fenna de Wit")
    with vault.transaction():
        for i in range(count):
            notes.add_note(vault, Note(client_id=client.id, contact_on=date(2026, 11, 2),
                                       body=f"Gesprek {i} over de traplift en de mantelzorger " * 8))


def test_reads_the_newest_notes_then_the_index_and_says_how_much(vault, monkeypatch):
    fill(vault)
    monkeypatch.setattr(search, "WARM_STEP", 50)
    seen = []
    real = vault.background_read

    @contextlib.contextmanager
    def watched():
        with real() as conn:
            seen.append(vault.write_lock._is_owned())  # no transaction, checkpoint or VACUUM beside a step
            yield conn

    monkeypatch.setattr(vault, "background_read", watched)
    read = warm_search_pages(vault)
    index_blocks = vault.conn.execute("SELECT count(*) FROM notes_fts_data").fetchone()[0]
    note_bytes = vault.conn.execute("SELECT sum(length(body) + 200) FROM notes").fetchone()[0]
    assert read >= note_bytes + index_blocks * 100  # every note and every index block
    assert len(seen) >= 120 // 50 + 2 and all(seen)  # in steps of WARM_STEP rows, under the write lock
    assert search_notes(vault, "traplift")  # the vault works on as before


def test_stops_at_three_quarters_of_the_page_cache(vault):
    fill(vault)
    vault.conn.execute("PRAGMA cache_size = -64")  # 64 KiB
    read = warm_search_pages(vault)
    assert 48 * 1024 <= read < 48 * 1024 + search.WARM_STEP * 5000


def test_a_closing_vault_ends_it_and_close_waits_only_for_the_step_in_progress(vault, monkeypatch):
    fill(vault)
    monkeypatch.setattr(search, "WARM_STEP", 5)
    stepping = threading.Event()
    real_sleep = time.sleep
    monkeypatch.setattr(page_macs, "time", type("T", (), {"sleep": staticmethod(
        lambda s: (stepping.set(), real_sleep(s)))}))
    results = []
    worker = threading.Thread(target=lambda: results.append(warm_search_pages(vault, pause_s=0.05)))
    worker.start()
    assert stepping.wait(10)
    vault.close()
    worker.join(10)
    assert not worker.is_alive() and results and results[0] > 0
    with vault.background_read() as conn:
        assert conn is None


def test_writes_and_erasure_go_on_while_it_runs(vault, monkeypatch):
    fill(vault, 300)
    monkeypatch.setattr(search, "WARM_STEP", 10)
    worker = threading.Thread(target=warm_search_pages, args=(vault,), kwargs={"pause_s": 0.001})
    worker.start()
    client = add_client_with_consent(vault, "Gerrit Bos")
    for i in range(20):
        note = notes.add_note(vault, Note(client_id=client.id, contact_on=date(2026, 11, 3),
                                          body=f"Weg {i} Zeldzaamwoord"))
        notes.delete_note(vault, note.id)  # erase_traces folds the WAL: never beside an active read
    worker.join(30)
    assert not worker.is_alive()
    assert search_notes(vault, "Zeldzaamwoord") == []
    assert vault.integrity(full_text=True)["integrity_check"] == "ok"


def test_a_pause_function_spaces_the_steps_as_it_says(vault, monkeypatch):
    fill(vault)
    monkeypatch.setattr(search, "WARM_STEP", 5)
    slept = []
    monkeypatch.setattr(page_macs, "time", type("T", (), {"sleep": staticmethod(slept.append)}))
    busy = iter([0.05, 0.05])  # typing during the first two steps, then not any more
    assert warm_search_pages(vault, pause_s=lambda: next(busy, 0.005)) > 0
    assert slept[:3] == [0.05, 0.05, 0.005] and set(slept[2:]) == {0.005}


class _Recorded:
    """The connection of each step, recording which statement ran from which key."""

    def __init__(self, conn, log):
        self._conn, self._log = conn, log

    def execute(self, sql, params=()):
        if "LIMIT ?" in sql:
            self._log.append(("notes" if "FROM notes " in sql else "index", params[0]))
        return self._conn.execute(sql, params)


def recorded_steps(vault, monkeypatch) -> list:
    steps = []
    real = vault.background_read

    @contextlib.contextmanager
    def watched():
        with real() as conn:
            yield None if conn is None else _Recorded(conn, steps)

    monkeypatch.setattr(vault, "background_read", watched)
    return steps


def test_the_older_notes_are_read_after_the_index_when_the_cache_holds_the_whole_file(vault, monkeypatch):
    fill(vault)
    monkeypatch.setattr(search, "WARM_STEP", 10)
    monkeypatch.setattr(search, "WARM_NEWEST_NOTES", 20)
    vault.conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: more than the test vault's file
    steps = recorded_steps(vault, monkeypatch)
    read = warm_search_pages(vault)
    kinds = [kind for kind, _key in steps]
    first_index, last_index = kinds.index("index"), len(kinds) - 1 - kinds[::-1].index("index")
    assert set(kinds[:first_index]) == {"notes"} and set(kinds[last_index + 1:]) == {"notes"}
    newest = [key for kind, key in steps[:first_index]]
    older = [key for kind, key in steps[last_index + 1:]]
    assert len(newest) == 2 and older[0] < newest[0]  # on from where the newest notes stopped
    note_bytes = vault.conn.execute("SELECT sum(length(body) + 200) FROM notes").fetchone()[0]
    assert read >= note_bytes  # every note, and the index


def test_only_the_newest_notes_when_the_cache_does_not_hold_the_whole_file(vault, monkeypatch):
    fill(vault)
    monkeypatch.setattr(search, "WARM_STEP", 10)
    monkeypatch.setattr(search, "WARM_NEWEST_NOTES", 20)
    monkeypatch.setattr(search, "_cache_budget", lambda conn: (10**12, False))
    steps = recorded_steps(vault, monkeypatch)
    read = warm_search_pages(vault)
    kinds = [kind for kind, _key in steps]
    assert kinds[:2] == ["notes", "notes"] and set(kinds[2:]) == {"index"}
    note_bytes = vault.conn.execute("SELECT sum(length(body) + 200) FROM notes").fetchone()[0]
    assert read < note_bytes
