"""The vault: one folder per supporter holding the encrypted database and its wrapped keys.

    kluis.ocovault/
        vault.db      SQLCipher 4 database, keyed with a random data key
        keys.json     that data key, wrapped by the passphrase and by the recovery code
        vault.lock    held while a process has the vault open

Keeping database and keys in one folder means the vault is copied, backed up or moved as one thing;
the vault id inside both refuses a keys.json that belongs to another database.
Nothing is ever written before the secret, the file and the schema version have been checked.
Every failure reaches the caller as an OcoError (see storage/failures.py), never as a bare OSError
or SQLite error, so the GUI and the CLI tell the same truth.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import tempfile
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from oco_desktop.domain.caseload_filter import fold
from oco_desktop.errors import (
    ForeignKeyFile,
    NotAVault,
    OcoError,
    SchemaTooNew,
    VaultBusyFile,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultMissing,
    VaultNoAccess,
    WrongSecret,
)
from oco_desktop.storage import failures, keys, page_macs
from oco_desktop.storage.clock import utc_now
from oco_desktop.storage.lock import LOCK_NAME, VaultLock
from oco_desktop.storage.schema import LATEST_VERSION, migrate

DB_NAME = "vault.db"
KEYS_NAME = "keys.json"
# vault_meta key: '0' is written with the first change of a session (in the same transaction, see
# Vault._transaction), '1' when that session closes properly. A vault found without '1' was not closed
# cleanly after a change (crash, power loss, killed) and gets the full page check before anything else;
# otherwise that check runs later, off the critical path (Vault.verify_pages). A session that changes
# nothing (check, clients, an export, a command that fails) writes nothing: vault.db stays byte-identical.
CLEAN_CLOSE_KEY = "closed_cleanly"
# The value of integrity()'s "cipher_integrity_check" when the everyday check did not run it (never
# "ok": a script that looks for "ok" is not told that a check ran when it did not).
NOT_RUN = "niet uitgevoerd (gebruikte pagina's zijn bij het lezen gecontroleerd; alle pagina's: check --full)"
# `check` reads the tables side by side on up to this many cores; the biggest tables are taken first.
MAX_CHECK_THREADS = 4
LARGE_TABLES = ("notes", "notes_fts_data", "access_log")
# A key change in progress: written (fsynced) before the change, renamed over keys.json after it.
PENDING_KEYS_NAME = "keys.json.new"
# A new vault is built in a hidden sibling ".NAME.creating-XXXX" and renamed when complete.
STAGING_MARK = ".creating-"
log = logging.getLogger(__name__)

class _KeyDoesNotFit(Exception):
    """The data key does not decrypt page 1 of vault.db (another or an old keys.json, or damage)."""


def _translated(exc: BaseException, folder: Path | None) -> BaseException:
    return failures.as_oco_error(exc, folder) or exc


def _connect(db_path: Path, data_key: bytes, *, create: bool = False, read_only: bool = False,
             page_format: page_macs.PageFormat | None = None):
    """A connection to vault.db under `data_key`, in the file's page format (found from page 1 unless
    given; a new file gets the format of new vaults)."""
    if page_format is None:
        page_format = (None if create else page_macs.file_format(db_path, data_key)) or page_macs.NEW_VAULT_FORMAT
    mode = "rwc" if create else ("ro" if read_only else "rw")
    uri = f"{db_path.resolve().as_uri()}?mode={mode}"
    if read_only and not _has_wal_content(db_path):
        # Read-only and cleanly closed (no WAL content): SQLite may then skip its locking and WAL
        # files entirely, which is what makes a vault on a read-only disk readable at all.
        uri += "&immutable=1"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher logs decryption failures to stderr; we report them ourselves, in plain words.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        for pragma in page_format.pragmas():
            conn.execute(f"PRAGMA {pragma}")
        # Before the first read: the WAL index then lives in memory, so opening never has to create a
        # -shm file (which fails on a full or read-only disk and made such a vault unopenable).
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        # The caseload's name folding ("Łukasz" -> "lukasz"), for the triggers that keep client_names_fts.
        conn.create_function("oco_fold", 1, fold, deterministic=True)
    except BaseException:
        conn.close()
        raise
    return conn


def _connection_format(conn: sqlcipher3.Connection) -> page_macs.PageFormat:
    hmac_name = conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0]  # e.g. "HMAC_SHA256"
    return page_macs.PageFormat(int(conn.execute("PRAGMA cipher_page_size").fetchone()[0]),
                                hmac_name.removeprefix("HMAC_").lower())


# VACUUM INTO writes its copy in SQLCipher's process-wide default format: one copy at a time sets it.
_vacuum_into_lock = threading.Lock()


def _has_wal_content(db_path: Path) -> bool:
    try:
        return os.path.getsize(f"{db_path}-wal") > 0
    except OSError:
        return False


# The fixed PRAGMAs of every writable vault connection; configure() sets them and the ones that follow
# from the file.
CONNECTION_PRAGMAS = (
    "foreign_keys = ON",
    # No temp files on disk, ever: sorts and temp tables stay in memory.
    "temp_store = MEMORY",
    # Deleted client data is overwritten, not just unlinked from the b-tree.
    "secure_delete = ON",
    # One writer (our own lock) means no shared-memory file is needed beside the WAL.
    "locking_mode = EXCLUSIVE",
    "journal_mode = WAL",
    # FULL: a transaction reported committed survives power loss and SIGKILL.
    "synchronous = FULL",
)


# The WAL is folded into vault.db once it holds this much (SQLite's default of 1,000 pages, at 4 KiB):
# the same bytes whatever the page size, so 16 KiB pages do not make the WAL four times as big on disk.
WAL_CHECKPOINT_BYTES = 4 * 1024 * 1024


# Decrypted pages kept in memory (SQLCipher's default is 8 MiB): every page read from the file costs a
# decryption and an HMAC, so the pages a supporter's searches visit stay in memory, and
# storage.search.warm_search_pages reads them once after unlocking. A vault whose file (and a quarter
# more, for SQLite's own record of each page) fits in an eighth of the computer's memory is held whole:
# the warm-up then reads every note as well, and a rare word's first search costs what it costs
# unencrypted (exact words at 10,000 clients, p95: 1.56x the plain copy with 256 MiB, 1.05x held
# whole). A bigger vault, or one on a system that does not say its memory size, gets a quarter of its
# size, 128..256 MiB. Memory only, never on disk, and only the pages read are held: a supporter's own
# caseload of a hundred clients needs a few MB of it.
CACHE_MIN_KIB = 128 * 1024
CACHE_MAX_KIB = 256 * 1024  # for a vault that is not held whole
CACHE_SHARE_OF_MEMORY = 8


def physical_memory_bytes() -> int | None:
    """The computer's memory where the system says it (Linux, macOS); None elsewhere (Windows)."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None


def cache_kib(db_bytes: int, memory_bytes: int | None) -> int:
    whole = db_bytes * 5 // 4
    if memory_bytes is not None and whole <= memory_bytes // CACHE_SHARE_OF_MEMORY:
        return max(CACHE_MIN_KIB, whole // 1024)
    return min(CACHE_MAX_KIB, max(CACHE_MIN_KIB, db_bytes // 4 // 1024))


def configure(conn: sqlcipher3.Connection) -> None:
    """The settings of every writable vault connection (benchmarks/bench_vault.py gives its plain copy
    the same ones, so the comparison is of the cipher alone)."""
    for pragma in CONNECTION_PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.execute(f"PRAGMA wal_autocheckpoint = {max(1, WAL_CHECKPOINT_BYTES // page_size)}")
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{cache_kib(pages * page_size, physical_memory_bytes())}")


def _fsync_dir(folder: Path) -> None:
    keys._fsync_dir(os.fspath(folder))


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK) and os.access(folder / DB_NAME, os.W_OK)


class Vault:
    """An open, unlocked vault. Use `create()` or `open()`; always `close()` (or use `with`).

    A vault on a read-only disk or folder can be opened with `read_only_ok=True` (check, list):
    `read_only` is then True and every write fails with VaultNoAccess.
    """

    def __init__(self, folder: Path, conn: sqlcipher3.Connection, key_file: keys.KeyFile,
                 data_key: bytes, lock: VaultLock, page_problems: list[str] | None = None, *,
                 read_only: bool = False, marked: bool = False):
        self.folder = folder
        self.conn = conn
        self.key_file = key_file
        self._data_key = data_key
        self._lock = lock
        self._depth = 0
        self._erased = False  # set by erase_traces(): fold the WAL away after the outermost commit
        self._db = None
        # Result of the full page check (cipher_integrity_check) when it has run; None until then.
        self._page_problems = page_problems
        self._check_lock = threading.Lock()  # close() waits for a page check running in a thread
        self._stop_check = threading.Event()  # set by close(): a running page check stops at once
        self._background_lock = threading.Lock()  # close() waits for a background_read() in progress
        # Results worked out from this session's data and kept while it lasts (storage.agenda keeps the
        # agenda until the next change); cleared at close, as they hold client data.
        self.kept: dict[str, object] = {}
        # Held for a whole transaction, so a backup taken from another thread never sees half of one.
        self.write_lock = threading.RLock()
        self.read_only = read_only
        self.page_format = _connection_format(conn)
        self._damage_found = False  # set by integrity(): close() then leaves the clean-close mark alone
        # The clean-close mark is '0' in the database (written this session, or left by an unclean one):
        # close() sets it to '1'.
        self._marked = marked

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
        """Create a new vault; returns it open, with the recovery code to show once.

        Built in a hidden sibling folder and renamed into place when complete, so an interrupted
        creation never leaves a half vault where the supporter asked for one (left-overs are removed
        by the next creation).
        """
        folder = Path(folder)
        _refuse_existing(folder)
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _translated(exc, folder.parent) from None
        clean_creation_leftovers(folder)
        try:
            staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}{STAGING_MARK}", dir=folder.parent))
        except OSError as exc:
            error = _translated(exc, folder.parent)
            if type(error) is VaultError:  # nothing more specific: say where it cannot be made
                raise VaultError(f"In {folder.parent} kan geen kluis worden gemaakt. Kies een andere map.",
                                 folder.parent) from None
            raise error from None
        lock = VaultLock(staging)
        conn = None
        try:
            lock.acquire()
            vault_id = str(uuid.uuid4())
            data_key = keys.new_data_key()
            recovery_code = keys.new_recovery_code()
            slots = {
                keys.SLOT_PASSPHRASE: keys.wrap(
                    data_key, keys.normalise_passphrase(passphrase), vault_id, keys.SLOT_PASSPHRASE
                ),
                keys.SLOT_RECOVERY: keys.wrap(
                    data_key, keys.normalise_recovery_code(recovery_code).encode(), vault_id,
                    keys.SLOT_RECOVERY,
                ),
            }
            conn = _connect(staging / DB_NAME, data_key, create=True)
            configure(conn)
            migrate(conn)
            conn.execute(
                "INSERT INTO vault_meta(key, value) VALUES ('vault_id', ?), ('created_at', ?), (?, '0')",
                (vault_id, utc_now(), CLEAN_CLOSE_KEY),
            )
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            conn = None
            with open(staging / DB_NAME, "rb") as db_file:
                header = db_file.read(keys.DB_SALT_BYTES)
                os.fsync(db_file.fileno())
            key_file = keys.KeyFile(vault_id=vault_id, slots=slots, db_salt=keys.db_salt_of(header))
            keys.write_synced(staging / KEYS_NAME, key_file.to_json())
            _fsync_dir(staging)
            _move_into_place(staging, folder)
            lock.path = folder / LOCK_NAME  # same file (the folder was renamed), still held
            conn, _problems, _marked = _open_verified(folder, data_key, key_file, upgrade=False)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            lock.release()
            shutil.rmtree(staging, ignore_errors=True)
            raise _translated(exc, folder) from None
        log.info("vault created")
        return cls(folder, conn, key_file, data_key, lock, page_problems=[], marked=True), recovery_code

    @classmethod
    def open(cls, folder: os.PathLike[str] | str, passphrase: str | None = None, *,
             data_key: bytes | None = None, upgrade: bool = True, full_check: bool = False,
             read_only_ok: bool = False) -> Vault:
        """Unlock with the passphrase (or a remembered data key).

        Every page read is checked (SQLCipher verifies its HMAC). The full check of all pages runs here
        when the vault was not closed cleanly or with `full_check`; otherwise call `verify_pages()`
        later (the GUI does it in the background once the window shows). `read_only_ok`: a vault on a
        read-only disk opens for reading (`read_only` is then True).
        """
        if data_key is None and passphrase is None:
            raise ValueError("passphrase or data_key is required")
        secret = None if data_key is not None else keys.normalise_passphrase(passphrase)
        vault = cls._unlock(Path(folder), keys.SLOT_PASSPHRASE, secret, data_key,
                            upgrade=upgrade, full_check=full_check, read_only_ok=read_only_ok)
        log.info("vault opened%s", " read-only" if vault.read_only else "")
        return vault

    @classmethod
    def recover(cls, folder: os.PathLike[str] | str, recovery_code: str, new_passphrase: str) -> Vault:
        """Set a new passphrase with the recovery code; returns the vault open."""
        secret = keys.normalise_recovery_code(recovery_code).encode()
        vault = cls._unlock(Path(folder), keys.SLOT_RECOVERY, secret, None, upgrade=True, full_check=True,
                            read_only_ok=False)
        try:
            vault._rewrap_passphrase(new_passphrase)
        except BaseException:
            vault.close()
            raise
        log.info("passphrase reset with recovery code")
        return vault

    @classmethod
    def _unlock(cls, folder: Path, slot: str, secret: bytes | None, data_key: bytes | None, *,
                upgrade: bool, full_check: bool, read_only_ok: bool) -> Vault:
        """Every check that needs no secret, then each key file (keys.json, then an interrupted
        change's keys.json.new) with the secret, until one opens vault.db."""
        key_file = read_key_file(folder)
        header = _check_db_file(folder)
        pending = _read_pending(folder, key_file)
        lock = VaultLock(folder)
        try:
            lock.acquire(read_only_ok=read_only_ok)
        except OSError as exc:
            raise _translated(exc, folder) from None
        try:
            read_only = lock.read_only or (read_only_ok and not _writable(folder))
            wrong_secret: WrongSecret | None = None
            not_fitting = False
            cut_short: VaultCorrupt | None = None
            for candidate, is_pending in ((key_file, False), (pending, True)):
                if candidate is None:
                    continue
                if data_key is not None:
                    key = data_key
                else:
                    if slot not in candidate.slots:
                        continue
                    try:
                        key = keys.unwrap(candidate.slots[slot], secret, candidate.vault_id, slot)
                    except WrongSecret as exc:
                        wrong_secret = exc
                        continue
                try:
                    conn, problems, marked = _open_verified(folder, key, candidate, upgrade=upgrade,
                                                            pending_key=is_pending, full_check=full_check,
                                                            read_only=read_only)
                except _KeyDoesNotFit:
                    not_fitting = True
                    continue
                except VaultCorrupt as exc:
                    # A rekey killed after its commit, before keys.json was replaced: the WAL holds the
                    # pages under the pending key, so the old key reads as a damaged first page.
                    if is_pending or pending is None:
                        raise
                    not_fitting, cut_short = True, exc
                    continue
                won_by_pending = is_pending
                break
            else:
                if cut_short is not None and wrong_secret is None:
                    raise cut_short  # the pending key does not open it either: real damage
                raise _unlock_failure(folder, key_file, header, slot, wrong_secret, not_fitting,
                                      interrupted=pending is not None)
        except BaseException as exc:
            lock.release()
            raise _translated(exc, folder) from None
        vault = cls(folder, conn, candidate, key, lock, page_problems=problems, read_only=read_only,
                    marked=marked)
        if not read_only:
            vault._settle_key_files(won_by_pending=won_by_pending, header=header)
        return vault

    def _settle_key_files(self, *, won_by_pending: bool, header: bytes) -> None:
        """Finish or drop an interrupted key change; record the database's salt in an older keys.json."""
        pending = self.folder / PENDING_KEYS_NAME
        try:
            if won_by_pending:
                os.replace(pending, self.folder / KEYS_NAME)
                _fsync_dir(self.folder)
                log.info("an interrupted key change was completed")
            elif pending.exists() or pending.is_symlink():
                pending.unlink()
                log.info("a left-over of an interrupted key change was removed")
            salt = keys.db_salt_of(header)
            if salt is not None and self.key_file.db_salt != salt:  # older keys.json, or a copied vault.db
                self.key_file.db_salt = salt
                keys.write_atomic(self.folder / KEYS_NAME, self.key_file.to_json())
        except OSError as exc:  # a full or read-only disk: the vault works without this tidying
            log.warning("key file tidying skipped (%s)", type(exc).__name__)

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
        self._replace_key_file(slots)
        from oco_desktop.storage import keystore  # keyring is slow to import; only needed here

        keystore.forget(self.vault_id)  # a remembered key must not outlive the passphrase it came with

    def new_recovery_code(self) -> str:
        """Wrap the data key under a fresh recovery code; the old code stops working. Returns the code."""
        code = keys.new_recovery_code()
        slots = dict(self.key_file.slots)
        slots[keys.SLOT_RECOVERY] = keys.wrap(
            self._data_key, keys.normalise_recovery_code(code).encode(), self.vault_id, keys.SLOT_RECOVERY
        )
        self._replace_key_file(slots)
        log.info("recovery code replaced")
        return code

    def rekey(self, old_passphrase: str, new_passphrase: str) -> str:
        """Re-encrypt the database under a new data key; returns the new recovery code.

        Write order, so that SIGKILL at any moment leaves a vault that opens with the old or the new
        secret: (1) keys.json.new holding the new key under the new passphrase and a new recovery
        code, fsynced; (2) PRAGMA rekey, one SQLite transaction; (3) keys.json.new renamed over
        keys.json. Opening tries keys.json, then keys.json.new, and finishes or drops the change.
        An old copy of keys.json no longer opens the re-encrypted vault.db.
        """
        self._require_writable()
        keys.unwrap(
            self.key_file.slots[keys.SLOT_PASSPHRASE], keys.normalise_passphrase(old_passphrase),
            self.key_file.vault_id, keys.SLOT_PASSPHRASE,
        )
        new_key = keys.new_data_key()
        code = keys.new_recovery_code()
        slots = {
            keys.SLOT_PASSPHRASE: keys.wrap(
                new_key, keys.normalise_passphrase(new_passphrase), self.vault_id, keys.SLOT_PASSPHRASE
            ),
            keys.SLOT_RECOVERY: keys.wrap(
                new_key, keys.normalise_recovery_code(code).encode(), self.vault_id, keys.SLOT_RECOVERY
            ),
        }
        organisation = self.key_file.slots.get(keys.SLOT_ORGANISATION)
        if organisation is not None:
            from oco_desktop.storage import org_slot

            slots[keys.SLOT_ORGANISATION] = org_slot.reseal(organisation, new_key, self.vault_id)
        dropped = sorted(set(self.key_file.slots) - set(slots))
        if dropped:
            log.info("rekey dropped %d other key slot(s)", len(dropped))
        new_file = keys.KeyFile(vault_id=self.vault_id, slots=slots, db_salt=self.key_file.db_salt,
                                extra=dict(self.key_file.extra))
        pending = self.folder / PENDING_KEYS_NAME
        db_path = self.folder / DB_NAME
        old_key = self._data_key
        from oco_desktop.storage import keystore

        keystore.forget(self.vault_id)
        try:
            keys.write_synced(pending, new_file.to_json())
        except OSError as exc:
            raise _translated(exc, self.folder) from None
        # From here keys.json.new stays unless the file on disk is proven to still have the old key:
        # opening tries both key files, so a leftover is harmless, a wrongly removed one is not.
        busy = 1
        try:
            with self.write_lock:
                self._mark_changing()  # a rekey cut short is checked page by page at the next open
                self.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
                busy = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlcipher3.Error as exc:
            log.warning("rekey failed (%s)", type(exc).__name__)
        # SQLCipher may report success for a rekey it rolled back (a full disk does that): believe only
        # the file. After a complete checkpoint, every page of vault.db is under exactly one key.
        on_disk = _file_key(db_path, (new_key, old_key)) if not busy else None
        if on_disk != new_key:
            if on_disk == old_key:
                with contextlib.suppress(OSError):
                    pending.unlink()
            raise _rekey_failure(self.folder, db_path, unchanged=on_disk == old_key)
        self._data_key = new_key
        self.key_file = new_file
        try:
            os.replace(pending, self.folder / KEYS_NAME)
            _fsync_dir(self.folder)
        except OSError as exc:
            # keys.json.new stays: the next open finds the new key there and completes the change.
            raise _translated(exc, self.folder) from None
        log.info("database re-encrypted under a new data key")
        return code

    def _replace_key_file(self, slots: dict) -> None:
        self._require_writable()
        new_file = keys.KeyFile(vault_id=self.vault_id, slots=slots, db_salt=self.key_file.db_salt,
                                extra=dict(self.key_file.extra))
        try:
            keys.write_atomic(self.folder / KEYS_NAME, new_file.to_json())
        except OSError as exc:
            raise _translated(exc, self.folder) from None
        self.key_file = new_file

    def _require_writable(self) -> None:
        if self.read_only:
            raise VaultNoAccess(
                f"De kluis {self.folder} is alleen-lezen geopend: er kan niets worden gewijzigd.", self.folder
            )

    def close(self) -> None:
        if self.conn is not None:
            self._stop_check.set()
            self._check_lock.acquire()  # a page check in another thread stops first
            self._check_lock.release()
            with self._background_lock:  # and a background read ends its step (a few ms)
                pass
            try:
                if not self.read_only:
                    # Only a session that wrote '0' (or found it) sets '1'; one that changed nothing writes
                    # nothing. A vault with damaged pages keeps its mark at '0': the next open checks it fully.
                    if self._marked and not self._page_problems and not self._damage_found:
                        try:
                            _write_clean_close_mark(self.conn, "1")
                        except (sqlcipher3.Error, MemoryError) as exc:  # full disk, damaged page
                            log.warning("clean-close mark not written: %s", type(exc).__name__)
                    # Fold the WAL back into the database so only vault.db remains on disk. On a full
                    # disk this can fail: the WAL then stays, complete, and is folded in later.
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlcipher3.Error as exc:
                log.warning("checkpoint at close skipped (%s)", type(exc).__name__)
            finally:
                self.conn.close()
                self.conn = None
                self._data_key = b""
                self.kept.clear()  # results kept for the session hold client data
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
        changes = 0
        if self._depth == 0:
            conn.execute("BEGIN IMMEDIATE")
            changes = conn.total_changes
        else:
            conn.execute(f"SAVEPOINT sp{self._depth}")
        self._depth += 1
        try:
            yield conn
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._erased = False
                conn.execute("ROLLBACK")
            else:
                conn.execute(f"ROLLBACK TO sp{self._depth}")
                conn.execute(f"RELEASE sp{self._depth}")
            raise
        else:
            self._depth -= 1
            if self._depth:
                conn.execute(f"RELEASE sp{self._depth}")
                return
            # The first transaction of the session that changes something also clears the clean-close
            # mark, atomically with its change: killed before this commit, the vault is as it was.
            mark = not self._marked and conn.total_changes != changes
            try:
                if mark:
                    _write_clean_close_mark(conn, "0")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    with contextlib.suppress(sqlcipher3.Error):
                        conn.execute("ROLLBACK")
                self._erased = False
                raise
            self._marked = self._marked or mark
            if self._erased:
                self._fold_wal_after_erasure()

    def _mark_changing(self) -> None:
        """Clear the clean-close mark on its own, before a change made outside transaction() (rekey)."""
        if not self._marked and not self.read_only:
            _write_clean_close_mark(self.conn, "0")
            self._marked = True

    def erase_traces(self) -> None:
        """Call inside the transaction that deleted or overwrote client text (issue 10, point 3).

        secure_delete zeroes freed space in the pages and FTS5 'secure-delete' removes index entries,
        but the WAL still holds the old page images: after the commit they are copied over and the WAL
        is truncated, so no decrypted page of vault.db or its WAL keeps the removed words.
        """
        self._erased = True
        if self._depth == 0:
            with self.write_lock:
                self._fold_wal_after_erasure()

    def _fold_wal_after_erasure(self) -> None:
        self._erased = False
        try:
            busy, _log, _done = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlcipher3.Error as exc:  # e.g. a full disk: the next checkpoint or close folds it
            log.warning("checkpoint after erasure failed: %s", type(exc).__name__)
            return
        if busy:
            log.warning("checkpoint after erasure was busy; the next one folds the WAL")

    @contextlib.contextmanager
    def background_read(self) -> Iterator[sqlcipher3.Connection | None]:
        """The connection for one short read from a worker thread, or None once the vault is closing.

        Held under the write lock, so no transaction, checkpoint or VACUUM of the app runs beside it (a
        VACUUM fails while another statement is active), and close() waits for it: keep each read to a
        few milliseconds. The app's own reads go on meanwhile (SQLite takes turns per row).
        """
        with self.write_lock, self._background_lock:
            yield None if self.conn is None or self._stop_check.is_set() else self.conn

    def vacuum_into(self, path: Path) -> None:
        """Write a compact copy of the committed state to the new file `path` (VACUUM INTO), under the
        same key and in this vault's page format: SQLCipher writes the copy in its process-wide default
        format, so that is set to this vault's first (a copy in another format does not open)."""
        with _vacuum_into_lock:
            for pragma in self.page_format.default_pragmas():
                self.conn.execute(f"PRAGMA {pragma}")
            self.conn.execute("VACUUM INTO ?", (str(path),))

    # -- checks --------------------------------------------------------------------------------
    @property
    def pages_verified(self) -> bool:
        """True once the full page check has run in this session (at open or by verify_pages)."""
        return self._page_problems is not None

    def verify_pages(self, pause_s: page_macs.Pause = 0.0) -> list[str]:
        """The full page check (cipher_integrity_check): every page's HMAC; [] when all are fine.

        Runs once per session; a second call (or `integrity()`) reuses the result. Safe to call from a
        worker thread: close() stops it (nothing is concluded then; the next session checks again).
        `pause_s`: see page_macs.failing_pages (the GUI's background check pauses; the CLI does not).
        """
        with self._check_lock:
            if self._page_problems is None:
                if self.conn is None or self._stop_check.is_set():
                    return []
                # First beside the connection (the app's queries do not wait); only when something does
                # not fit, SQLCipher's own check under the connection gives the verdict and the details.
                found = page_macs.failing_pages(self.folder / DB_NAME, self._data_key, self.page_format,
                                                pause_s=pause_s, stop=self._stop_check.is_set)
                if found == []:
                    self._page_problems = []
                    return []
                if self._stop_check.is_set():  # closing (lock, quit): not checked, not damaged either
                    return []
                try:
                    self._page_problems = [r[0] for r in self.conn.execute("PRAGMA cipher_integrity_check")]
                except sqlcipher3.DatabaseError as exc:
                    self._page_problems = [f"unreadable: {type(exc).__name__}"]
                if self._page_problems:
                    self._mark_damaged()
            return list(self._page_problems)

    def _mark_damaged(self) -> None:
        """Damage found while working (the GUI's check after the window shows): the next open must check
        every page and refuse the vault, so the clean-close mark goes to '0' if it can. Never inside a
        transaction of another thread (this runs in the page-check thread): then it is left as it is."""
        if not self.write_lock.acquire(blocking=False):
            log.warning("clean-close mark not cleared: a change was being written")
            return
        try:
            if self._depth == 0:
                self._mark_changing()
        except (sqlcipher3.Error, MemoryError) as exc:
            log.warning("clean-close mark not cleared: %s", type(exc).__name__)
        finally:
            self.write_lock.release()

    def integrity(self, full_text: bool = True) -> dict:
        """The checks of `oco-desktop check`: {"integrity_check": ..., "cipher_integrity_check": ...}.

        `full_text=True` (`check --full`, backups, recovery): the full page check (every page's HMAC,
        free pages included; reused when it already ran) and SQLite's complete integrity_check, which
        also matches every index entry against its row, accounts for every page and runs FTS5's own
        check of the full-text indexes against the note texts.

        `full_text=False` (the everyday `check`) reads each page in use once, see _quick_check_tables.
        "cipher_integrity_check" is then NOT_RUN, unless the page check already ran at open (after an
        unclean close).
        """
        if full_text:
            cipher = self.verify_pages()
            try:
                integrity = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
            except (sqlcipher3.DatabaseError, MemoryError) as exc:  # a damaged page stops the walk
                integrity = [f"unreadable: {type(exc).__name__}"]
        else:
            integrity = self._quick_check_tables()
            cipher = self._page_problems  # None unless the page check ran at open
        if integrity != ["ok"] or cipher:
            self._damage_found = True
        return {
            "integrity_check": "ok" if integrity == ["ok"] else "; ".join(integrity),
            "cipher_integrity_check": NOT_RUN if cipher is None else ("ok" if not cipher else "; ".join(cipher)),
        }

    def _quick_check_tables(self) -> list[str]:
        """quick_check of each table with its indexes; ["ok"] when all are fine.

        Every b-tree page of every table and index (the full-text indexes' tables included, as b-trees)
        and their overflow pages are read once, and SQLCipher verifies the HMAC of each page it reads.
        quick_check("sqlite_schema") also walks the freelist: its trunk pages are read and the free page
        count is matched (SQLite checks the freelist in a one-table check when that table is the schema,
        root page 1). Free leaf pages hold no data and are not read (SQLite overwrites them unread).
        Not covered, left to integrity(full_text=True): free pages' contents, matching each index entry
        against its row (an index lookup per row), pages that belong to nothing.

        Per table, not for the whole database: a whole-database quick_check also runs FTS5's check of
        the full-text index against the note texts (re-tokenising every note: 5 of the 6.5 s at
        100,000 notes). A page that fails its HMAC makes SQLCipher stop reading (an error, or "unable to
        get the page"): reported as a problem, never raised. Tables are checked side by side on the
        machine's cores when the file alone holds the database (see _quick_check_side_by_side).
        """
        try:
            tables = ["sqlite_schema"] + [r[0] for r in self.conn.execute(  # first: it checks the freelist
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        except (sqlcipher3.DatabaseError, MemoryError) as exc:
            return [f"sqlite_master: unreadable ({type(exc).__name__})"]
        found = self._quick_check_side_by_side(tables) or {}
        problems = []
        for table in tables:  # the same order and the same stop at an unreadable table, either way
            result = found.get(table)
            if result is None:
                result = _quick_check_table(self.conn, table)
            if _unreadable(table, result):
                return [*problems, *result]
            problems += result
        return problems or ["ok"]

    def _quick_check_side_by_side(self, tables: list[str]) -> dict[str, list[str]] | None:
        """{table: problems} from read-only connections on one thread per core; None when not possible.

        Reading and authenticating every page is about 10 us a page, nearly all of it in C with the GIL
        released, so two cores halve `check` (issue 11: 1.0 s of 1.3 s at 2,000 clients). Only when the
        WAL is empty: the extra connections then read the file itself (immutable, no locks, which the
        vault's exclusive connection would refuse) and see exactly what the vault's connection sees;
        `check` writes nothing while they read. The biggest tables go first, so neither thread is left
        with a big one at the end.
        """
        db_path = self.folder / DB_NAME
        workers = min(_cores(), MAX_CHECK_THREADS, len(tables))
        if workers < 2 or _has_wal_content(db_path):
            return None
        queue = sorted(tables, key=lambda t: LARGE_TABLES.index(t) if t in LARGE_TABLES else len(LARGE_TABLES))
        found: dict[str, list[str]] = {}
        lock = threading.Lock()

        def work(conn) -> None:
            while True:
                with lock:
                    if not queue:
                        return
                    table = queue.pop(0)
                found[table] = _quick_check_table(conn, table)
                if _unreadable(table, found[table]):
                    return  # SQLCipher refuses every later read on a connection that met a bad page;
                    # what this thread leaves is read after the threads, on the vault's connection

        conns = []
        try:
            for _ in range(workers):
                conns.append(_connect(db_path, self._data_key, read_only=True, page_format=self.page_format))
        except (sqlcipher3.Error, OSError, MemoryError) as exc:
            log.warning("side-by-side check not possible: %s", type(exc).__name__)
            for conn in conns:
                conn.close()
            return None
        try:
            threads = [threading.Thread(target=work, args=(conn,), name="oco-check") for conn in conns]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            for conn in conns:
                conn.close()
        return found


def _quick_check_table(conn, table: str) -> list[str]:
    """[] when the table and its indexes are fine, else the problems ("TABLE: unreadable (...)" when a
    damaged page stopped the walk)."""
    try:
        found = [r[0] for r in conn.execute(f'PRAGMA quick_check("{table}")')]
    except (sqlcipher3.DatabaseError, MemoryError) as exc:
        return [f"{table}: unreadable ({type(exc).__name__})"]
    return [] if found == ["ok"] else found


def _unreadable(table: str, problems: list[str]) -> bool:
    return bool(problems) and problems[0].startswith(f"{table}: unreadable")


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def _refuse_existing(folder: Path) -> None:
    try:
        occupied = folder.exists() and (not folder.is_dir() or any(folder.iterdir()))
    except OSError as exc:
        raise _translated(exc, folder) from None
    if occupied:
        raise VaultExists(
            f"Op {folder} staat al iets. Een nieuwe kluis overschrijft nooit iets: kies een andere plek.",
            folder,
        )


def _move_into_place(staging: Path, folder: Path) -> None:
    """Rename the finished vault to its name; an empty folder there (chosen by the user) is replaced."""
    if folder.exists() and os.name == "nt":  # pragma: no cover - Windows cannot rename onto a folder
        folder.rmdir()
    try:
        os.rename(staging, folder)
    except OSError as exc:
        if exc.errno in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOTDIR):
            raise VaultExists(
                f"Op {folder} is intussen iets neergezet. Een nieuwe kluis overschrijft nooit iets.", folder
            ) from None
        raise
    _fsync_dir(folder.parent)


def clean_creation_leftovers(folder: os.PathLike[str] | str) -> int:
    """Remove hidden half-built vaults left next to `folder` by an interrupted creation.

    A creation still running holds its lock and is left alone. Returns how many were removed.
    """
    folder = Path(folder)
    prefix = f".{folder.name}{STAGING_MARK}"
    removed = 0
    try:
        siblings = [p for p in folder.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return 0
    for leftover in siblings:
        if leftover.is_symlink() or not leftover.is_dir():
            continue
        lock = VaultLock(leftover)
        try:
            lock.acquire()
        except VaultLocked:
            continue  # being built right now
        except (OcoError, OSError):
            pass  # cannot lock (no lock file yet and no rights): still a left-over
        else:
            lock.release()
        shutil.rmtree(leftover, ignore_errors=True)
        if not leftover.exists():
            removed += 1
            log.info("removed the left-over of an interrupted vault creation")
    return removed


def read_key_file(folder: Path) -> keys.KeyFile:
    folder = Path(folder)
    try:
        if not folder.exists():
            raise VaultMissing(f"Er is geen kluis op {folder}.", folder)
        if not folder.is_dir():
            raise NotAVault(
                f"{folder} is geen kluis: een kluis is een map met {DB_NAME} en {KEYS_NAME}.", folder
            )
        key_path, db_path = folder / KEYS_NAME, folder / DB_NAME
        for path in (key_path, db_path):
            if path.is_dir():
                raise VaultBusyFile(f"{path} is een map, maar hoort een bestand te zijn. Er is niets gewijzigd.",
                                    folder)
        if not key_path.is_file() or not db_path.is_file():
            missing = KEYS_NAME if not key_path.is_file() else DB_NAME
            raise NotAVault(
                f"{folder} is geen volledige kluis: {missing} ontbreekt. Er is niets gewijzigd; zet het "
                "bestand terug uit een reservekopie.",
                folder,
            )
        if key_path.stat().st_size > keys.MAX_KEYS_FILE_BYTES:
            raise NotAVault(f"Het sleutelbestand {key_path} is te groot om een sleutelbestand te zijn.", folder)
        raw = key_path.read_bytes()
    except OSError as exc:
        raise _translated(exc, folder) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise NotAVault(f"Het sleutelbestand {key_path} is onleesbaar (geen tekst).", folder) from None
    try:
        return keys.KeyFile.from_json(text)
    except NotAVault as exc:
        raise NotAVault(f"{exc} ({key_path})", folder) from None


def _check_db_file(folder: Path) -> bytes:
    """Checks on vault.db that need no key; returns its first bytes (the salt SQLCipher keeps in the clear)."""
    db_path = folder / DB_NAME
    try:
        with open(db_path, "rb") as db_file:
            header = db_file.read(keys.DB_SALT_BYTES)
    except OSError as exc:
        raise _translated(exc, folder) from None
    if not header:
        raise VaultCorrupt(
            f"Het kluisbestand {db_path} is leeg (0 bytes): de gegevens zijn er niet meer. "
            "Er is niets gewijzigd; zet een reservekopie terug.",
            folder,
        )
    return header


def _read_pending(folder: Path, key_file: keys.KeyFile) -> keys.KeyFile | None:
    """keys.json.new of an interrupted key change, when it is valid and belongs to this vault."""
    path = folder / PENDING_KEYS_NAME
    try:
        if not path.is_file() or path.stat().st_size > keys.MAX_KEYS_FILE_BYTES:
            return None
        pending = keys.KeyFile.from_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, NotAVault):
        return None
    return pending if pending.vault_id == key_file.vault_id else None


def _unlock_failure(folder: Path, key_file: keys.KeyFile, header: bytes, slot: str,
                    wrong_secret: WrongSecret | None, not_fitting: bool, *, interrupted: bool = False) -> OcoError:
    salt = keys.db_salt_of(header)
    if key_file.db_salt is not None and salt is not None and salt != key_file.db_salt:
        return ForeignKeyFile(
            f"{KEYS_NAME} in {folder} hoort bij een andere kluis dan {DB_NAME}. Er is niets gewijzigd; "
            f"zet het {KEYS_NAME} terug dat bij deze kluis hoort.",
            folder,
        )
    if not_fitting and interrupted and wrong_secret is not None:
        # keys.json's key no longer fits because a rekey got as far as the database: only the new
        # secret (in keys.json.new) opens it now.
        what = "wachtwoordzin" if slot == keys.SLOT_PASSPHRASE else "herstelcode"
        return WrongSecret(
            f"De {what} klopt niet meer: het wijzigen van de sleutel is onderbroken. Gebruik de nieuwe "
            "wachtwoordzin; de kluis maakt de wijziging dan af."
        )
    if not_fitting:
        return ForeignKeyFile(
            f"{KEYS_NAME} past niet bij {DB_NAME} in {folder}: een sleutelbestand van een andere kluis of "
            f"een oude kopie (of {DB_NAME} is beschadigd). Er is niets gewijzigd.",
            folder,
        )
    if wrong_secret is not None:
        return wrong_secret
    return NotAVault(f"De kluis {folder} heeft geen herstelcode.", folder)


# The first pages tried when the key does not open the file (page layout and HMAC: storage.page_macs).
_PAGES_TRIED = 64


def _key_fits_some_page(db_path: Path, data_key: bytes) -> bool:
    """Whether any of the first pages authenticates under `data_key`: tells a damaged first page
    (the key fits the rest) from a keys.json that belongs elsewhere (it fits nothing)."""
    try:
        with open(db_path, "rb") as db_file:
            data = db_file.read(page_macs.LARGEST_PAGE * _PAGES_TRIED)
    except OSError:
        return False
    for fmt in page_macs.FORMATS:
        size = fmt.page_size
        mac = page_macs.keyed_mac(data_key, data[:keys.DB_SALT_BYTES], fmt)
        if any(page_macs.page_fits(data[(pgno - 1) * size: pgno * size], pgno, mac, fmt)
               for pgno in range(1, min(len(data) // size, _PAGES_TRIED) + 1)):
            return True
    return False


def _write_clean_close_mark(conn, value: str) -> None:
    """'0': a change is being made (the next open after a crash checks every page); '1': closed properly."""
    conn.execute("INSERT OR REPLACE INTO vault_meta(key, value) VALUES (?, ?)", (CLEAN_CLOSE_KEY, value))


def _closed_cleanly(conn) -> bool:
    try:
        row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (CLEAN_CLOSE_KEY,)).fetchone()
    except sqlcipher3.OperationalError:  # no vault_meta: not ours; the checks below say so
        return False
    return row is not None and row[0] == "1"


def _cut_short(db_path: Path) -> bool:
    """A file no vault can have: not whole pages, or shorter than one page of the new format (a vault
    in either format has dozens of pages). Told apart before the key is blamed: a file cut off in its
    first 16 KiB fits no key, yet keys.json is not at fault."""
    try:
        size = db_path.stat().st_size
    except OSError:
        return False
    return size < page_macs.LARGEST_PAGE or size % min(f.page_size for f in page_macs.FORMATS) != 0


def _shorter_than_its_pages(conn, db_path: Path) -> bool:
    """A truncated file (cut off by a copy or a full disk): cheap to see, so never left for later."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    return db_path.stat().st_size < int(pages) * int(size)


def _file_key(db_path: Path, candidates: tuple[bytes, ...]) -> bytes | None:
    """The key under which vault.db's first and last page authenticate on disk, or None.

    Reads those two pages only: it runs after every rekey, and a vault can be larger than free memory."""
    try:
        with open(db_path, "rb") as db_file:
            head = db_file.read(page_macs.LARGEST_PAGE)
            file_size = os.fstat(db_file.fileno()).st_size
            for key in candidates:
                fmt = page_macs.format_of(head, key)  # page 1 fits in this format
                if fmt is None:
                    continue
                size, pages = fmt.page_size, file_size // fmt.page_size
                db_file.seek((pages - 1) * size)
                last = db_file.read(size)
                mac = page_macs.keyed_mac(key, head[:keys.DB_SALT_BYTES], fmt)
                if page_macs.page_fits(last, pages, mac, fmt):
                    return key
    except OSError:
        return None
    return None


def _rekey_failure(folder: Path, db_path: Path, *, unchanged: bool) -> OcoError:
    if not unchanged:
        return VaultError(
            f"Het opnieuw versleutelen van de kluis {folder} is niet afgerond. Open de kluis met de oude of "
            "de nieuwe wachtwoordzin (een van beide werkt); daarna is hij weer in orde.",
            folder,
        )
    try:
        short_of_space = shutil.disk_usage(folder).free < 2 * db_path.stat().st_size
    except OSError:
        short_of_space = False
    if short_of_space:
        return failures.disk_full(folder)
    return VaultError(
        f"De kluis {folder} kon niet opnieuw worden versleuteld; er is niets veranderd en de oude "
        "wachtwoordzin werkt nog. Probeer het later opnieuw.",
        folder,
    )


def _open_verified(folder: Path, data_key: bytes, key_file: keys.KeyFile, *, upgrade: bool,
                   full_check: bool = False, read_only: bool = False, pending_key: bool = False):
    """Open the database read-only-in-effect until every check passed, then configure and migrate.

    Returns (connection, page problems, marked): page problems None when the full page check was left for
    later; marked when the clean-close mark is '0' (an unclean close, or a migration just now), so that
    close() sets it to '1'.
    """
    db_path = folder / DB_NAME
    conn = _connect(db_path, data_key, read_only=read_only)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if "not a database" in str(exc).lower():
                if _cut_short(db_path):
                    raise VaultCorrupt(
                        f"Het kluisbestand {db_path} is beschadigd (afgebroken: er ontbreekt een deel); "
                        "het is niet gewijzigd. Zet een reservekopie terug.",
                        folder,
                    ) from None
                if _key_fits_some_page(db_path, data_key):
                    raise VaultCorrupt(
                        f"Het kluisbestand {db_path} is beschadigd (het begin van het bestand); "
                        "het is niet gewijzigd. Zet een reservekopie terug.",
                        folder,
                    ) from None
                # The key was proven right by AES-GCM, yet no page of vault.db was made with it.
                raise _KeyDoesNotFit() from None
            raise
        if pending_key and not read_only:
            # The pending key read the schema through the WAL of a rekey that was cut short: fold the
            # WAL in first, or the page check below reads the file's stale pages under the old key.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            cipher_problems = None
            clean = _closed_cleanly(conn)
            if full_check or not clean or _shorter_than_its_pages(conn, db_path):
                cipher_problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        except sqlcipher3.DatabaseError as exc:
            other = failures.from_sqlite_error(exc, folder)
            if other is not None and not isinstance(other, VaultCorrupt):
                raise other from None
            raise VaultCorrupt(
                f"Het kluisbestand {db_path} is beschadigd of geen kluis; het is niet gewijzigd.", folder
            ) from None
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
        try:
            stored_id = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
        except sqlcipher3.OperationalError:
            stored_id = None
        if stored_id is None or stored_id[0] != key_file.vault_id:
            raise ForeignKeyFile(f"{KEYS_NAME} en {DB_NAME} in {folder} horen niet bij elkaar.", folder)
        if read_only and upgrade and version < LATEST_VERSION:
            raise VaultNoAccess(
                f"De kluis {folder} is van een oudere versie en moet worden bijgewerkt, maar hij staat op een "
                "plek waar niet geschreven kan worden. Kopieer de map naar een schrijfbare plek. Er is niets "
                "gewijzigd.",
                folder,
            )
        if not read_only:
            configure(conn)
            if upgrade and version < LATEST_VERSION:
                # A migration is a change: the mark goes to '0' first, so one cut short is checked fully.
                _write_clean_close_mark(conn, "0")
                clean = False
                migrate(conn)
                log.info("vault schema upgraded from %s to %s", version, LATEST_VERSION)
            # Nothing else is written here: the mark is cleared by the session's first change.
        else:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
        return conn, cipher_problems, not clean and not read_only
    except _KeyDoesNotFit:
        conn.close()
        raise
    except BaseException as exc:
        conn.close()
        raise _translated(exc, folder) from None
