"""Read every page of a vault's database file and its WAL in plaintext, with the vault's data key.

SQLCipher 4 page layout (raw 256-bit key, so no key derivation for encryption): the file is a row of
pages of `page_size` bytes; the last 80 bytes of each page are reserved (16-byte IV, 64-byte HMAC);
the first 16 bytes of page 1 are the salt (not encrypted). Each page's content is AES-256-CBC with that
IV. A WAL file is a 32-byte header, then frames of a 24-byte frame header plus one encrypted page.
This is independent of SQLite: it sees free pages, freed cells, FTS segments and stale WAL frames.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

RESERVE = 80  # IV 16 + HMAC-SHA512 64
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[-RESERVE:-RESERVE + 16]
    start = SALT if first else 0
    body = page[start:-RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_pages(path: Path, key: bytes, page_size: int = 4096) -> list[bytes]:
    data = path.read_bytes() if path.exists() else b""
    assert len(data) % page_size == 0, f"{path.name}: {len(data)} bytes is not a whole number of pages"
    return [decrypt_page(data[i:i + page_size], key, i == 0) for i in range(0, len(data), page_size)]


def wal_pages(path: Path, key: bytes, page_size: int = 4096) -> list[bytes]:
    data = path.read_bytes() if path.exists() else b""
    pages = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(data):
        page_number = int.from_bytes(data[offset:offset + 4], "big")
        page = data[offset + FRAME_HEADER:offset + FRAME_HEADER + page_size]
        pages.append(decrypt_page(page, key, page_number == 1))
        offset += FRAME_HEADER + page_size
    return pages


def plaintext(folder: Path, key: bytes) -> bytes:
    """All pages of vault.db and vault.db-wal, decrypted and joined (the WAL may hold stale frames)."""
    db = folder / "vault.db"
    pages = database_pages(db, key) + wal_pages(folder / "vault.db-wal", key)
    return b"".join(pages)


def traces(folder: Path, key: bytes, words: list[str]) -> list[str]:
    """The words (UTF-8, also lower-cased as FTS5 stores tokens) found in any plaintext page or raw file."""
    clear = plaintext(folder, key).lower()
    raw = b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()).lower()
    return [w for w in words if w.lower().encode() in clear or w.lower().encode() in raw]
