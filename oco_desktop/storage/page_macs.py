"""Every page of vault.db checked against its HMAC by reading the file itself, not through SQLite.

SQLCipher's `PRAGMA cipher_integrity_check` does the same, but inside the vault's one connection: while
it reads the whole file (0.5 s at 2,000 clients, 2.5 s at 10,000) every query of the app waits. This
reads the file beside the connection, so the app stays usable while the check runs in the background.
Only the verdict "all pages fit" is taken from here: any mismatch (a damaged page, or a page read half
written while a checkpoint wrote it) sends the caller back to SQLCipher's own check, under the
connection, for the authoritative list.

SQLCipher 4 page layout: the page body, then 16 bytes of IV and the HMAC over body + IV + the page
number (4 bytes, little-endian); page 1 starts with the 16-byte salt, outside the HMAC. The HMAC key
comes from the raw data key and the salt (2 rounds of PBKDF2-HMAC-SHA512, salt XOR 0x3A), as SQLCipher
derives it for a raw key. The page at the 1 GiB mark (SQLite's lock-byte page) is never written and is
skipped, as SQLite skips it. Page size and HMAC are a vault's PageFormat: SQLCipher cannot tell them from
the file, so format_of() finds the one under which page 1 authenticates.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SALT_BYTES = 16
IV_BYTES = 16
_CHUNK_BYTES = 1 << 20  # per read
PACED_BYTES = 32 * 1024  # about 0.07 ms of work between pauses


@dataclass(frozen=True)
class PageFormat:
    """How SQLCipher lays out and authenticates the pages of one vault file."""

    page_size: int
    digest: str  # the HMAC's hash, as hashlib names it

    @property
    def mac_bytes(self) -> int:
        return hashlib.new(self.digest).digest_size

    @property
    def reserve(self) -> int:
        """The bytes at the end of every page that SQLCipher keeps for the IV and the HMAC."""
        return IV_BYTES + self.mac_bytes

    @property
    def lock_byte_page(self) -> int:
        return (1 << 30) // self.page_size + 1

    def pragmas(self) -> tuple[str, ...]:
        """Set on a connection after its key and before its first read (SQLCipher does not store them).
        The key derivation is named too: it keys the HMAC, and SQLCipher's default could change."""
        return (f"cipher_page_size = {self.page_size}", f"cipher_hmac_algorithm = HMAC_{self.digest.upper()}",
                "cipher_kdf_algorithm = PBKDF2_HMAC_SHA512")

    def default_pragmas(self) -> tuple[str, ...]:
        """The same as SQLCipher's process-wide defaults: what VACUUM INTO writes its copy with."""
        return tuple(p.replace("cipher_", "cipher_default_", 1) for p in self.pragmas())


# New vaults (issue 11): 16 KiB pages with HMAC-SHA256. Every page SQLCipher reads costs a decryption, an
# HMAC and about 10 us of set-up, so a quarter of the pages and a hash the CPU computes in hardware (SHA-NI)
# read the 2,000-client vault in 0.55 s instead of 1.36 s (quick_check of its biggest tables, one thread).
NEW_VAULT_FORMAT = PageFormat(16384, "sha256")
# SQLCipher 4's defaults, the format of vaults made before: they keep opening as they are.
LEGACY_FORMAT = PageFormat(4096, "sha512")
FORMATS = (NEW_VAULT_FORMAT, LEGACY_FORMAT)
LARGEST_PAGE = max(f.page_size for f in FORMATS)


def keyed_mac(data_key: bytes, salt: bytes, fmt: PageFormat):
    """The HMAC keyed for pages made with `data_key` in a file with `salt`; `page_fits` copies it."""
    return hmac.new(hashlib.pbkdf2_hmac("sha512", data_key, bytes(b ^ 0x3A for b in salt), 2, 32),
                    digestmod=fmt.digest)


def page_fits(page, pgno: int, mac, fmt: PageFormat) -> bool:
    """Whether `page` (one page's bytes, as stored in the file) authenticates as page `pgno` under `mac`
    (from keyed_mac with the same format). A short page never fits."""
    size, mac_bytes = fmt.page_size, mac.digest_size
    if len(page) < size:
        return False
    check = mac.copy()
    check.update(page[SALT_BYTES if pgno == 1 else 0: size - mac_bytes])
    check.update(pgno.to_bytes(4, "little"))
    return hmac.compare_digest(check.digest(), page[size - mac_bytes: size])


def format_of(head: bytes, data_key: bytes) -> PageFormat | None:
    """The format under which page 1 authenticates, from the file's first LARGEST_PAGE bytes (or all of
    a smaller file); None when none does (another key, or a damaged first page)."""
    for fmt in FORMATS:
        if page_fits(head[:fmt.page_size], 1, keyed_mac(data_key, head[:SALT_BYTES], fmt), fmt):
            return fmt
    return None


def file_format(db_path: Path, data_key: bytes) -> PageFormat | None:
    """format_of() for a file; None also when it cannot be read."""
    try:
        with open(db_path, "rb") as db_file:
            return format_of(db_file.read(LARGEST_PAGE), data_key)
    except OSError:
        return None


def lock_byte_page(fmt: PageFormat) -> int:
    """The page SQLite never writes (a function, so a test can put it at the start of a small file)."""
    return fmt.lock_byte_page


Pause = float | Callable[[], float]  # seconds, or a function asked before each pause (see pause_length)


def pause_length(pause: Pause) -> float:
    """The seconds to pause now: background work pauses longer while the supporter types (the GUI
    passes a function that knows; ui/shell/input_pauses.py)."""
    return pause() if callable(pause) else pause


def sleep_for(pause: Pause) -> None:
    """The pause of a paced background loop (this module's and storage.search's); none for 0."""
    if pause and (seconds := pause_length(pause)):
        time.sleep(seconds)


def failing_pages(db_path: Path, data_key: bytes, fmt: PageFormat | None = None, *, pause_s: Pause = 0.0,
                  stop: Callable[[], bool] | None = None) -> list[int] | None:
    """Page numbers whose HMAC does not fit; [] when all fit; None when the file cannot be read or
    `stop()` said to stop (asked at every pause, or every PACED_BYTES of pages).

    `fmt`: the vault's page format (Vault.page_format); by default the one page 1 fits, else the format
    of new vaults.

    `pause_s`: a sleep after every PACED_BYTES of pages. In a background thread of the GUI, a loop that
    never sleeps takes Python's GIL from the GUI thread again and again (typing got twice as slow while
    it ran); pausing hands it back, at the cost of a longer check. A function: asked at every pause.
    """
    bad: list[int] = []
    try:
        with open(db_path, "rb") as db_file:
            head = db_file.read(LARGEST_PAGE)
            if len(head) < SALT_BYTES:
                return None
            fmt = fmt or format_of(head, data_key) or NEW_VAULT_FORMAT
            db_file.seek(0)
            size, skipped = fmt.page_size, lock_byte_page(fmt)
            paced = max(1, PACED_BYTES // size)
            mac = keyed_mac(data_key, head[:SALT_BYTES], fmt)
            pgno = 0
            while chunk := db_file.read(max(size, _CHUNK_BYTES // size * size)):
                view = memoryview(chunk)
                for offset in range(0, len(chunk) - size + 1, size):
                    pgno += 1
                    if pgno == skipped:
                        continue
                    if not page_fits(view[offset: offset + size], pgno, mac, fmt):
                        bad.append(pgno)
                    if pgno % paced == 0:
                        if stop is not None and stop():
                            return None
                        sleep_for(pause_s)
                if len(chunk) % size:  # a torn last page: the file was cut short
                    bad.append(pgno + 1)
    except OSError:
        return None
    return bad
