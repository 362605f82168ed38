"""The vault: one folder per supporter holding the encrypted database and its wrapped keys.

    kluis.ocovault/
        vault.db      SQLCipher 4 database, keyed with a random data key
        keys.json     that data key, wrapped by the passphrase and by the recovery code
        vault.lock    held while a process has the vault open

Keeping database and keys in one folder means the vault is copied, backed up or moved as one thing;
the vault id inside both refuses a keys.json that belongs to another database.
Nothing is ever written before the secret, the file and the schema version have been checked.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from oco_desktop.errors import (
    NotAVault,
    SchemaTooNew,
    VaultCorrupt,
    VaultExists,
    VaultMissing,
)
from oco_desktop.storage import keys
from oco_desktop.storage.clock import utc_now
from oco_desktop.storage.lock import VaultLock
from oco_desktop.storage.schema import LATEST_VERSION, migrate

DB_NAME = "vault.db"
KEYS_NAME = "keys.json"
# vault_meta key: '1' is written when the vault is closed properly, '0' as soon as it is opened. A vault
# found without '1' was not closed cleanly (crash, power loss, killed) and gets the full page check
# before anything else; otherwise that check runs later, off the critical path (Vault.verify_pages).
CLEAN_CLOSE_KEY = "closed_cleanly"
log = logging.getLogger(__name__)


def _connect(db_path: Path, data_key: bytes, *, create: bool) -> sqlcipher3.Connection:
    mode = "rwc" if create else "rw"
    uri = f"{db_path.resolve().as_uri()}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    # SQLCipher logs decryption failures to stderr; we report them ourselves, in plain words.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return conn


def _configure(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    # No temp files on disk, ever: sorts and temp tables stay in memory.
    conn.execute("PRAGMA temp_store = MEMORY")
    # Deleted client data is overwritten, not just unlinked from the b-tree.
    conn.execute("PRAGMA secure_delete = ON")
    # One writer (our own lock) means no shared-memory file is needed beside the WAL.
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a transaction reported committed survives power loss and SIGKILL.
    conn.execute("PRAGMA synchronous = FULL")


class Vault:
    """An open, unlocked vault. Use `create()` or `open()`; always `close()` (or use `with`)."""

    def __init__(self, folder: Path, conn: sqlcipher3.Connection, key_file: keys.KeyFile,
                 data_key: bytes, lock: VaultLock, page_problems: list[str] | None = None):
        self.folder = folder
        self.conn = conn
        self.key_file = key_file
        self._data_key = data_key
        self._lock = lock
        self._depth = 0
        self._db = None
        # Result of the full page check (cipher_integrity_check) when it has run; None until then.
        self._page_problems = page_problems
        self._check_lock = threading.Lock()  # close() waits for a page check running in a thread
        # Held for a whole transaction, so a backup taken from another thread never sees half of one.
        self.write_lock = threading.RLock()

    @property
    def db(self):
        """A sqlite_utils view of the connection (imported on first use: it is slow to import)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # -- lifecycle -------------------------------------------------------------------------
    @classmethod
    def create(cls, folder: os.PathLike[str] | str, passphrase: str) -> tuple[Vault, str]:
        """Create a new vault; returns it open, with the recovery code to show once."""
        folder = Path(folder)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise VaultExists(
                f"Op {folder} staat al iets. Een nieuwe kluis overschrijft nooit iets: kies een andere plek.",
                folder,
            )
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = VaultLock(folder)
        lock.acquire()
        try:
            vault_id = str(uuid.uuid4())
            data_key = keys.new_data_key()
            recovery_code = keys.new_recovery_code()
            key_file = keys.KeyFile(
                vault_id=vault_id,
                slots={
                    keys.SLOT_PASSPHRASE: keys.wrap(
                        data_key, keys.normalise_passphrase(passphrase), vault_id, keys.SLOT_PASSPHRASE
                    ),
                    keys.SLOT_RECOVERY: keys.wrap(
                        data_key, keys.normalise_recovery_code(recovery_code).encode(), vault_id,
                        keys.SLOT_RECOVERY,
                    ),
                },
            )
            conn = _connect(folder / DB_NAME, data_key, create=True)
            _configure(conn)
            migrate(conn)
            conn.execute(
                "INSERT INTO vault_meta(key, value) VALUES ('vault_id', ?), ('created_at', ?), (?, '0')",
                (vault_id, utc_now(), CLEAN_CLOSE_KEY),
            )
            # keys.json last: a folder without it is an unfinished creation, not a usable vault.
            keys.write_atomic(folder / KEYS_NAME, key_file.to_json())
        except BaseException:
            lock.release()
            raise
        log.info("vault created")
        return cls(folder, conn, key_file, data_key, lock, page_problems=[]), recovery_code

    @classmethod
    def open(cls, folder: os.PathLike[str] | str, passphrase: str | None = None, *,
             data_key: bytes | None = None, upgrade: bool = True, full_check: bool = False) -> Vault:
        """Unlock with the passphrase (or a remembered data key).

        Every page read is checked (SQLCipher verifies its HMAC). The full check of all pages runs here
        when the vault was not closed cleanly or with `full_check`; otherwise call `verify_pages()`
        later (the GUI does it in the background once the window shows).
        """
        folder = Path(folder)
        key_file = read_key_file(folder)
        lock = VaultLock(folder)
        lock.acquire()
        try:
            if data_key is None:
                if passphrase is None:
                    raise ValueError("passphrase or data_key is required")
                data_key = keys.unwrap(
                    key_file.slots[keys.SLOT_PASSPHRASE], keys.normalise_passphrase(passphrase),
                    key_file.vault_id, keys.SLOT_PASSPHRASE,
                )
            conn, problems = _open_verified(folder, data_key, key_file, upgrade=upgrade, full_check=full_check)
        except BaseException:
            lock.release()
            raise
        log.info("vault opened")
        return cls(folder, conn, key_file, data_key, lock, page_problems=problems)

    @classmethod
    def recover(cls, folder: os.PathLike[str] | str, recovery_code: str, new_passphrase: str) -> Vault:
        """Set a new passphrase with the recovery code; returns the vault open."""
        folder = Path(folder)
        key_file = read_key_file(folder)
        if keys.SLOT_RECOVERY not in key_file.slots:
            raise NotAVault(f"De kluis {folder} heeft geen herstelcode.", folder)
        lock = VaultLock(folder)
        lock.acquire()
        try:
            data_key = keys.unwrap(
                key_file.slots[keys.SLOT_RECOVERY],
                keys.normalise_recovery_code(recovery_code).encode(),
                key_file.vault_id, keys.SLOT_RECOVERY,
            )
            conn, problems = _open_verified(folder, data_key, key_file, upgrade=True, full_check=True)
        except BaseException:
            lock.release()
            raise
        vault = cls(folder, conn, key_file, data_key, lock, page_problems=problems)
        vault._rewrap_passphrase(new_passphrase)
        log.info("passphrase reset with recovery code")
        return vault

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        """Check the old passphrase, then wrap the data key under the new one."""
        keys.unwrap(
            self.key_file.slots[keys.SLOT_PASSPHRASE], keys.normalise_passphrase(old_passphrase),
            self.key_file.vault_id, keys.SLOT_PASSPHRASE,
        )
        self._rewrap_passphrase(new_passphrase)
        log.info("passphrase changed")

    def _rewrap_passphrase(self, new_passphrase: str) -> None:
        slots = dict(self.key_file.slots)
        slots[keys.SLOT_PASSPHRASE] = keys.wrap(
            self._data_key, keys.normalise_passphrase(new_passphrase), self.vault_id, keys.SLOT_PASSPHRASE
        )
        new_file = keys.KeyFile(vault_id=self.vault_id, slots=slots)
        keys.write_atomic(self.folder / KEYS_NAME, new_file.to_json())
        self.key_file = new_file

    def close(self) -> None:
        if self.conn is not None:
            self._check_lock.acquire()  # a page check in another thread finishes first
            self._check_lock.release()
            try:
                # A vault with damaged pages keeps its mark at '0': the next open checks it fully.
                if not self._page_problems:
                    try:
                        self.conn.execute("INSERT OR REPLACE INTO vault_meta(key, value) VALUES (?, '1')",
                                          (CLEAN_CLOSE_KEY,))
                    except (sqlcipher3.Error, MemoryError) as exc:  # full disk, damaged page: full check next time
                        log.warning("clean-close mark not written: %s", type(exc).__name__)
                # Fold the WAL back into the database so only vault.db remains on disk.
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self.conn.close()
                self.conn = None
                self._data_key = b""
                self._lock.release()
                log.info("vault closed")

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- properties --------------------------------------------------------------------------
    @property
    def vault_id(self) -> str:
        return self.key_file.vault_id

    @property
    def data_key(self) -> bytes:
        """For 'remember on this computer' only; never log or persist it elsewhere."""
        return self._data_key

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # -- transactions --------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """One atomic unit of work; nested use becomes a savepoint."""
        with self.write_lock:
            yield from self._transaction()

    def _transaction(self) -> Iterator[sqlcipher3.Connection]:
        conn = self.conn
        if self._depth == 0:
            conn.execute("BEGIN IMMEDIATE")
        else:
            conn.execute(f"SAVEPOINT sp{self._depth}")
        self._depth += 1
        try:
            yield conn
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                conn.execute("ROLLBACK")
            else:
                conn.execute(f"ROLLBACK TO sp{self._depth}")
                conn.execute(f"RELEASE sp{self._depth}")
            raise
        else:
            self._depth -= 1
            conn.execute("COMMIT" if self._depth == 0 else f"RELEASE sp{self._depth}")

    # -- checks --------------------------------------------------------------------------------
    @property
    def pages_verified(self) -> bool:
        """True once the full page check has run in this session (at open or by verify_pages)."""
        return self._page_problems is not None

    def verify_pages(self) -> list[str]:
        """The full page check (cipher_integrity_check): every page's HMAC; [] when all are fine.

        Runs once per session; a second call (or `integrity()`) reuses the result. Safe to call from a
        worker thread: close() waits for it.
        """
        with self._check_lock:
            if self._page_problems is None:
                if self.conn is None:
                    return []
                try:
                    self._page_problems = [r[0] for r in self.conn.execute("PRAGMA cipher_integrity_check")]
                except sqlcipher3.DatabaseError as exc:
                    self._page_problems = [f"unreadable: {type(exc).__name__}"]
            return list(self._page_problems)

    def integrity(self) -> dict:
        cipher = self.verify_pages()
        try:
            integrity = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
        except (sqlcipher3.DatabaseError, MemoryError) as exc:  # a damaged page stops the walk
            integrity = [f"unreadable: {type(exc).__name__}"]
        return {
            "integrity_check": "ok" if integrity == ["ok"] else "; ".join(integrity),
            "cipher_integrity_check": "ok" if not cipher else "; ".join(cipher),
        }


def read_key_file(folder: Path) -> keys.KeyFile:
    if not folder.exists():
        raise VaultMissing(f"Er is geen kluis op {folder}.", folder)
    if not folder.is_dir():
        raise NotAVault(
            f"{folder} is geen kluis: een kluis is een map met {DB_NAME} en {KEYS_NAME}.", folder
        )
    key_path, db_path = folder / KEYS_NAME, folder / DB_NAME
    if not key_path.is_file() or not db_path.is_file():
        raise NotAVault(f"{folder} is geen (volledige) kluis: {DB_NAME} of {KEYS_NAME} ontbreekt.", folder)
    try:
        text = key_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NotAVault(f"Het sleutelbestand {key_path} is onleesbaar.", folder) from exc
    try:
        return keys.KeyFile.from_json(text)
    except NotAVault as exc:
        raise NotAVault(f"{exc} ({key_path})", folder) from None


def _closed_cleanly(conn) -> bool:
    try:
        row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (CLEAN_CLOSE_KEY,)).fetchone()
    except sqlcipher3.OperationalError:  # no vault_meta: not ours; the checks below say so
        return False
    return row is not None and row[0] == "1"


def _shorter_than_its_pages(conn, db_path: Path) -> bool:
    """A truncated file (cut off by a copy or a full disk): cheap to see, so never left for later."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    return db_path.stat().st_size < int(pages) * int(size)


def _open_verified(folder: Path, data_key: bytes, key_file: keys.KeyFile, *, upgrade: bool,
                   full_check: bool = False):
    """Open the database read-only-in-effect until every check passed, then configure and migrate.

    Returns (connection, page problems), the latter None when the full page check was left for later.
    """
    db_path = folder / DB_NAME
    conn = _connect(db_path, data_key, create=False)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            cipher_problems = None
            if full_check or not _closed_cleanly(conn) or _shorter_than_its_pages(conn, db_path):
                cipher_problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        except sqlcipher3.DatabaseError as exc:
            # The key was proven right by AES-GCM, so an unreadable file is damaged or replaced.
            raise VaultCorrupt(
                f"Het kluisbestand {db_path} is beschadigd of geen kluis; het is niet gewijzigd.", folder
            ) from exc
        if cipher_problems:
            raise VaultCorrupt(
                f"Het kluisbestand {db_path} is beschadigd ({len(cipher_problems)} fouten); "
                "het is niet gewijzigd. Zet een reservekopie terug.",
                folder,
            )
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST_VERSION:
            raise SchemaTooNew(
                f"De kluis {db_path} is gemaakt met een nieuwere versie van OCO Desktop (schema {version}; "
                f"deze versie kent {LATEST_VERSION}). Werk het programma bij; de kluis is niet gewijzigd.",
                folder,
            )
        stored_id = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
        if stored_id is None or stored_id[0] != key_file.vault_id:
            raise NotAVault(f"{KEYS_NAME} en {DB_NAME} in {folder} horen niet bij elkaar.", folder)
        _configure(conn)
        if upgrade and version < LATEST_VERSION:
            migrate(conn)
            log.info("vault schema upgraded from %s to %s", version, LATEST_VERSION)
        try:
            conn.execute("INSERT OR REPLACE INTO vault_meta(key, value) VALUES (?, '0')", (CLEAN_CLOSE_KEY,))
        except sqlcipher3.DatabaseError as exc:  # e.g. a full disk: the vault still opens
            log.warning("clean-close mark not cleared: %s", type(exc).__name__)
        return conn, cipher_problems
    except BaseException:
        conn.close()
        raise
