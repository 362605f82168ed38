"""Full-text search across the caseload: client names and note text (FTS5).

The tokenizer folds diacritics ("clientondersteuner" finds "cliëntondersteuner"). In notes, the word
being typed (the last one, unless the text ends in a space or a sign) is searched as a prefix ("zorg"
finds "zorgverzekering"); the words before it are complete and searched as words. A prefix query reads
the posting lists of every word that starts with it, so making every word a prefix made each extra
word cost as much as a prefix; prefixes of 1-3 letters come from FTS5 prefix indexes.
The tokenizer does not fold letters that are not "a letter plus a mark", such as the Turkish dotless
ı, so a word with an i is also searched with ı ("yilmaz" finds "Yılmaz").
Client names are searched in their own FTS5 table (client_names_fts) that holds each name folded with
the caseload's own folding (which also knows ı, ł, ø, ß...), every typed word a prefix of a name word.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import sqlcipher3

from oco_desktop.domain.caseload_filter import fold
from oco_desktop.storage.page_macs import Pause, sleep_for
from oco_desktop.storage.vault import Vault

log = logging.getLogger(__name__)

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


def _spellings(word: str) -> list[str]:
    """The word, plus the same word with i and dotless ı swapped (the tokenizer keeps them apart)."""
    lower = word.lower()
    spellings = [word]
    if "i" in lower:
        spellings.append(lower.replace("i", "ı"))
    if "ı" in lower:
        spellings.append(lower.replace("ı", "i"))
    return spellings


def fts_query(text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: all words required, the one being typed a prefix.

    Only word characters survive, each word is quoted, so quotes, `*`, `-`, brackets and operator
    words such as AND are searched as plain text (or dropped), never parsed as query syntax.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    typing = _WORD.fullmatch(text[-1]) is not None  # the text ends inside a word: it is being typed
    parts = []
    for i, word in enumerate(words):
        star = "*" if typing and i == len(words) - 1 else ""
        options = [f'"{w}"{star}' for w in _spellings(word)]
        parts.append(options[0] if len(options) == 1 else f"({' OR '.join(options)})")
    return " AND ".join(parts)


def search_clients(vault: Vault, text: str, limit: int = 50) -> list[ClientHit]:
    """Clients whose name or preferred name has a word starting with every typed word, by name."""
    words = _WORD.findall(fold(text))
    if not words:
        return []
    query = " AND ".join(f'"{w}"*' for w in words)
    rows = vault.conn.execute(
        "SELECT c.id, c.name, c.preferred_name FROM client_names_fts f JOIN clients c ON c.seq = f.rowid "
        "WHERE client_names_fts MATCH ? ORDER BY c.name COLLATE NOCASE, c.seq LIMIT ?",
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
    # Newest first: what a supporter looks for is usually recent, and FTS5 walks its index in rowid
    # order, so this stops after `limit` hits. Ranking by relevance had to score every match
    # (29,000 for "zorg" in a 100,000-note vault) and missed the 30 ms target.
    rows = vault.conn.execute(sql + " ORDER BY notes_fts.rowid DESC LIMIT ?", (*params, limit))
    return [NoteHit(*r) for r in rows]


# What warm_search_pages reads: the newest notes (searches show the newest hits first, 50 at most), then
# the full-text index in its own order, then, when the page cache holds the whole vault file
# (vault.cache_kib), the older notes, where a rare word's hits lie. A step of WARM_STEP rows holds the
# connection for about a millisecond (longer when the file is not in the OS cache), so the app's own
# queries barely wait. Each statement returns one row per step, (last key, rows, about the bytes of cache
# filled): the step runs in SQLite without the GIL, so typing in the app's thread is not held up by a
# Python row per note.
WARM_NEWEST_NOTES = 10_000
WARM_STEP = 50
_NOTES_NEWEST_FIRST = ("SELECT min(seq), count(*), sum(length(body) + 200) FROM "
                       "(SELECT seq, body FROM notes WHERE seq < ? ORDER BY seq DESC LIMIT ?)")
_INDEX_IN_ORDER = ("SELECT max(id), count(*), sum(length(block) + 100) FROM "
                   "(SELECT id, block FROM notes_fts_data WHERE id > ? ORDER BY id LIMIT ?)")


def warm_search_pages(vault, pause_s: Pause = 0.0) -> int:
    """Read the pages search needs most once, so the first searches after unlocking find them decrypted.

    A page read from the vault file is decrypted and authenticated (about 10 us); a search that reads a
    few hundred pages for the first time took 2-3 ms longer than unencrypted, later ones as long.
    The GUI runs this in a worker thread after unlocking: in short steps through Vault.background_read,
    pausing `pause_s` between them, up to three quarters of the page cache (so what it reads stays
    there), and it stops when the vault closes. Returns about the bytes read.
    """
    done = 0
    cache = None  # (budget, whether the cache holds the whole file), from the first step
    # (statement, first key, most rows); the older notes are added when the cache holds the whole file.
    reads = [(_NOTES_NEWEST_FIRST, 2**63 - 1, WARM_NEWEST_NOTES), (_INDEX_IN_ORDER, -(2**63), None)]
    while reads:
        sql, first, most = reads.pop(0)
        last, rows_read = first, 0
        while most is None or rows_read < most:
            with vault.background_read() as conn:
                if conn is None:
                    return done
                try:
                    if cache is None:
                        cache = _cache_budget(conn)
                    key, rows, size = conn.execute(sql, (last, WARM_STEP)).fetchone()
                except sqlcipher3.Error as exc:  # damage is the page check's to report
                    log.info("search warm-up stopped: %s", type(exc).__name__)
                    return done
            if not rows:
                break
            last, rows_read, done = key, rows_read + rows, done + (size or 0)
            if done >= cache[0]:
                return done
            sleep_for(pause_s)
        if sql == _NOTES_NEWEST_FIRST and most is not None and rows_read >= most and cache[1]:
            reads.append((_NOTES_NEWEST_FIRST, last, None))  # the older notes, after the index
    return done


def _cache_budget(conn) -> tuple[int, bool]:
    """(three quarters of the page cache in bytes, whether the cache holds the whole file)."""
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    size = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    cache_bytes = -size * 1024 if size < 0 else size * page_size  # negative: in KiB
    file_bytes = int(conn.execute("PRAGMA page_count").fetchone()[0]) * page_size
    return cache_bytes * 3 // 4, cache_bytes >= file_bytes
