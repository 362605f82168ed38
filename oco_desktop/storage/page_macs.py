"""Every page of vault.db checked against its HMAC by reading the file itself, not through SQLite.

SQLCipher's `PRAGMA cipher_integrity_check` does the same, but inside the vault's one connection: while
it reads the whole file (0.5 s at 2,000 clients, 2.5 s at 10,000) every query of the app waits. This
reads the file beside the connection, so the app stays usable while the check runs in the background.
Only the verdict "all pages fit" is taken from here: any mismatch (a damaged page, or a page read half
written while a checkpoint wrote it) sends the caller back to SQLCipher's own check, under the
connection, for the authoritative list.

SQLCipher 4 page layout (default settings, 4096-byte pages): the page body, then 16 bytes of IV and a
64-byte HMAC-SHA512 over body + IV + the page number (4 bytes, little-endian); page 1 starts with the
16-byte salt, outside the HMAC. The HMAC key comes from the raw data key and the salt (2 rounds of
PBKDF2-HMAC-SHA512, salt XOR 0x3A), as SQLCipher derives it for a raw key. The page at the 1 GiB mark
(SQLite's lock-byte page) is never written and is skipped, as SQLite skips it.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable
from pathlib import Path

PAGE_SIZE = 4096
SALT_BYTES = 16
MAC_BYTES = 64
LOCK_BYTE_PAGE = (1 << 30) // PAGE_SIZE + 1
_CHUNK_PAGES = 256  # 1 MiB per read
PACED_PAGES = 8  # about 0.07 ms of work between pauses


def keyed_mac(data_key: bytes, salt: bytes):
    """The HMAC-SHA512 keyed for pages made with `data_key` in a file with `salt`; `page_fits` copies it."""
    return hmac.new(hashlib.pbkdf2_hmac("sha512", data_key, bytes(b ^ 0x3A for b in salt), 2, 32),
                    digestmod=hashlib.sha512)


def page_fits(page, pgno: int, mac) -> bool:
    """Whether `page` (one page's bytes, as stored in the file) authenticates as page `pgno` under `mac`
    (from keyed_mac). A short page never fits."""
    if len(page) < PAGE_SIZE:
        return False
    check = mac.copy()
    check.update(page[SALT_BYTES if pgno == 1 else 0: PAGE_SIZE - MAC_BYTES])
    check.update(pgno.to_bytes(4, "little"))
    return hmac.compare_digest(check.digest(), page[PAGE_SIZE - MAC_BYTES: PAGE_SIZE])


Pause = float | Callable[[], float]  # seconds, or a function asked before each pause (see pause_length)


def pause_length(pause: Pause) -> float:
    """The seconds to pause now: background work pauses longer while the supporter types (the GUI
    passes a function that knows; ui/shell/input_pauses.py)."""
    return pause() if callable(pause) else pause


def sleep_for(pause: Pause) -> None:
    """The pause of a paced background loop (this module's and storage.search's); none for 0."""
    if pause and (seconds := pause_length(pause)):
        time.sleep(seconds)


def failing_pages(db_path: Path, data_key: bytes, *, pause_s: Pause = 0.0,
                  stop: Callable[[], bool] | None = None) -> list[int] | None:
    """Page numbers whose HMAC does not fit; [] when all fit; None when the file cannot be read or
    `stop()` said to stop (asked at every pause, or every PACED_PAGES pages).

    `pause_s`: a sleep after every PACED_PAGES pages. In a background thread of the GUI, a loop that
    never sleeps takes Python's GIL from the GUI thread again and again (typing got twice as slow while
    it ran); pausing hands it back, at the cost of a longer check. A function: asked at every pause.
    """
    bad: list[int] = []
    try:
        with open(db_path, "rb") as db_file:
            salt = db_file.read(SALT_BYTES)
            if len(salt) < SALT_BYTES:
                return None
            db_file.seek(0)
            mac = keyed_mac(data_key, salt)
            pgno = 0
            while chunk := db_file.read(PAGE_SIZE * _CHUNK_PAGES):
                view = memoryview(chunk)
                for offset in range(0, len(chunk) - PAGE_SIZE + 1, PAGE_SIZE):
                    pgno += 1
                    if pgno == LOCK_BYTE_PAGE:
                        continue
                    if not page_fits(view[offset: offset + PAGE_SIZE], pgno, mac):
                        bad.append(pgno)
                    if pgno % PACED_PAGES == 0:
                        if stop is not None and stop():
                            return None
                        sleep_for(pause_s)
                if len(chunk) % PAGE_SIZE:  # a torn last page: the file was cut short
                    bad.append(pgno + 1)
    except OSError:
        return None
    return bad
