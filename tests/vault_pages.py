"""Read every page of a vault's database file and its WAL in plaintext, with the vault's data key.

SQLCipher 4 page layout (raw 256-bit key, so no key derivation for encryption): the file is a row of
pages of the vault's page size; the last bytes of each page are reserved (16-byte IV, then the HMAC:
storage.page_macs.PageFormat, found from page 1); the first 16 bytes of page 1 are the salt (not
encrypted). Each page's content is AES-256-CBC with that IV. A WAL file is a 32-byte header, then
frames of a 24-byte frame header plus one encrypted page. This is independent of SQLite: it sees free
pages, freed cells, FTS segments and stale WAL frames.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from oco_desktop.storage import page_macs
from oco_desktop.storage.page_macs import PageFormat

SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def page_format(db_path: Path, key: bytes) -> PageFormat:
    fmt = page_macs.file_format(db_path, key)
    assert fmt is not None, f"{db_path.name}: page 1 fits no page format under this key"
    return fmt


def decrypt_page(page: bytes, key: bytes, first: bool, fmt: PageFormat) -> bytes:
    iv = page[-fmt.reserve:-fmt.reserve + 16]
    start = SALT if first else 0
    body = page[start:-fmt.reserve]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_pages(path: Path, key: bytes, fmt: PageFormat | None = None) -> list[bytes]:
    data = path.read_bytes() if path.exists() else b""
    if not data:
        return []
    fmt = fmt or page_format(path, key)
    size = fmt.page_size
    assert len(data) % size == 0, f"{path.name}: {len(data)} bytes is not a whole number of pages"
    return [decrypt_page(data[i:i + size], key, i == 0, fmt) for i in range(0, len(data), size)]


def wal_pages(path: Path, key: bytes, fmt: PageFormat) -> list[bytes]:
    data = path.read_bytes() if path.exists() else b""
    pages = []
    offset = WAL_HEADER
    size = fmt.page_size
    while offset + FRAME_HEADER + size <= len(data):
        page_number = int.from_bytes(data[offset:offset + 4], "big")
        page = data[offset + FRAME_HEADER:offset + FRAME_HEADER + size]
        pages.append(decrypt_page(page, key, page_number == 1, fmt))
        offset += FRAME_HEADER + size
    return pages


def plaintext(folder: Path, key: bytes) -> bytes:
    """All pages of vault.db and vault.db-wal, decrypted and joined (the WAL may hold stale frames)."""
    db = folder / "vault.db"
    fmt = page_format(db, key)
    pages = database_pages(db, key, fmt) + wal_pages(folder / "vault.db-wal", key, fmt)
    return b"".join(pages)


def traces(folder: Path, key: bytes, words: list[str]) -> list[str]:
    """The words (UTF-8, also lower-cased as FTS5 stores tokens) found in any plaintext page or raw file."""
    clear = plaintext(folder, key).lower()
    raw = b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()).lower()
    return [w for w in words if w.lower().encode() in clear or w.lower().encode() in raw]
