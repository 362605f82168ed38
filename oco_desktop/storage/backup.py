"""Backup while working, and restore: complete vault folders, checked before they count.

A backup is a vault folder `kluis-YYYYMMDD-HHMM.ocovault` holding a consistent copy of the database
(`VACUUM INTO` under the same data key, taken while no transaction is half done) and a copy of
keys.json, so it opens with the same passphrase, recovery code and organisation key. It is written
under a hidden temporary name, verified (opens, integrity checks, the same row counts) and only then
renamed: a crash or kill at any moment leaves no folder that looks like a finished backup.

A restore never overwrites: the backup is copied next to the target under a temporary name, opened
and checked there (secret, integrity, schema), and only then moved into place; with `replace` the
current vault is first moved aside with the date in its name.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from oco_desktop.errors import NotAVault, UsageError, VaultCorrupt, VaultExists
from oco_desktop.storage import access_log, keys
from oco_desktop.storage.clock import utc_now
from oco_desktop.storage.lock import LOCK_NAME, VaultLock
from oco_desktop.storage.vault import DB_NAME, KEYS_NAME, Vault, read_key_file

BACKUP_PREFIX = "kluis-"
BACKUP_SUFFIX = ".ocovault"
_BACKUP_NAME = re.compile(r"^kluis-(\d{8})-(\d{4})(?:-(\d+))?\.ocovault$")
_TEMP_MARK = ".unfinished-"
# Space needed besides the copy itself: keys.json, the directory entries, and a margin.
SPACE_MARGIN = 8 * 1024 * 1024

META_LAST_AT = "last_backup_at"
META_LAST_TO = "last_backup_to"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    counts: dict[str, int]
    removed: list[Path]


@dataclass(frozen=True)
class LastBackup:
    at: str  # UTC ISO timestamp
    folder: str  # where it went (the target folder)

    @property
    def local_time(self) -> datetime:
        return datetime.strptime(self.at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone()


def table_counts(conn) -> dict[str, int]:
    """Row counts of every ordinary table (virtual FTS tables and their shadows are skipped)."""
    names = [
        r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    fts_shadows = {
        r[0] for r in conn.execute(
            "SELECT s.name FROM sqlite_master s JOIN sqlite_master v ON v.sql LIKE 'CREATE VIRTUAL TABLE%' "
            "AND s.name LIKE v.name || '_%' WHERE s.type = 'table'"
        )
    }
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names if n not in fts_shadows}


def _inside_a_vault(path: Path) -> Path | None:
    for folder in (path, *path.parents):
        if folder.name.endswith(BACKUP_SUFFIX) or ((folder / KEYS_NAME).is_file() and (folder / DB_NAME).is_file()):
            return folder
    return None


def check_target(target: os.PathLike[str] | str, vault_folder: Path, needed_bytes: int) -> Path:
    """Refuse a target before anything is written (UsageError, one line, exit 2)."""
    if str(target).strip() == "":
        raise UsageError("Geef met --to een map op voor de reservekopie (bijvoorbeeld op een USB-stick).")
    target = Path(target).expanduser()
    if not target.exists():
        raise UsageError(f"De map {target} bestaat niet; kies een bestaande map (bijvoorbeeld op een USB-stick).")
    if not target.is_dir():
        raise UsageError(f"{target} is geen map; kies een map voor de reservekopie.")
    resolved = target.resolve()
    source = vault_folder.resolve()
    if resolved == source or source in resolved.parents:
        raise UsageError("Een reservekopie kan niet in de kluis zelf; kies een map buiten de kluis.")
    inside = _inside_a_vault(resolved)
    if inside is not None:
        raise UsageError(f"{target} ligt in een kluis ({inside.name}); kies een gewone map.")
    if not os.access(resolved, os.W_OK | os.X_OK):
        raise UsageError(f"In de map {target} mag OCO Desktop niet schrijven; kies een andere map.")
    free = shutil.disk_usage(resolved).free
    if free < needed_bytes + SPACE_MARGIN:
        raise UsageError(
            f"Te weinig ruimte in {target}: nodig ongeveer {_mb(needed_bytes + SPACE_MARGIN)} MB, "
            f"vrij {_mb(free)} MB."
        )
    return resolved


def _mb(n: int) -> int:
    return max(1, round(n / (1024 * 1024)))


def _vault_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        keys._fsync_dir(str(folder))


def _final_name(target: Path, now: datetime) -> Path:
    base = f"{BACKUP_PREFIX}{now:%Y%m%d-%H%M}"
    candidate = target / f"{base}{BACKUP_SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = target / f"{base}-{n}{BACKUP_SUFFIX}"
        n += 1
    return candidate


def _remove_leftovers(target: Path, vault_id: str) -> None:
    """Unfinished backups of this vault from an earlier crash (hidden, never named like a vault)."""
    for path in target.glob(f".{BACKUP_PREFIX}*{_TEMP_MARK}{vault_id[:8]}-*"):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)


def make_backup(vault: Vault, target: os.PathLike[str] | str, keep: int | None = None,
                now: datetime | None = None) -> BackupResult:
    """Write a verified backup of the open vault into `target`; optionally keep only the last `keep`."""
    if keep is not None and keep < 1:
        raise UsageError("--keep moet 1 of meer zijn.")
    target = check_target(target, vault.folder, _vault_size(vault.folder))
    now = now or datetime.now()
    _remove_leftovers(target, vault.vault_id)
    final = _final_name(target, now)
    temp = target / f".{final.name}{_TEMP_MARK}{vault.vault_id[:8]}-{secrets.token_hex(4)}"
    temp.mkdir(mode=0o700)
    try:
        with vault.write_lock:
            # Fold the WAL in first so the snapshot is the committed state only; then copy under the key.
            vault.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            counts = table_counts(vault.conn)
            vault.vacuum_into(temp / DB_NAME)
            # VACUUM INTO writes a new file (a new salt): the copy records its own on first open.
            key_text = dataclasses.replace(vault.key_file, db_salt=None).to_json()
        _fsync_file(temp / DB_NAME)
        keys.write_atomic(temp / KEYS_NAME, key_text)
        _verify(temp, vault.data_key, counts)
        _fsync_dir(temp)
        os.rename(temp, final)
        _fsync_dir(target)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO vault_meta(key, value) VALUES (?, ?), (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (META_LAST_AT, utc_now(), META_LAST_TO, str(target)),
        )
        access_log.record(conn, "backup", detail=final.name)
    removed = prune(target, vault.vault_id, keep) if keep else []
    return BackupResult(final, counts, removed)


def _verify(folder: Path, data_key: bytes, expected: dict[str, int]) -> None:
    try:
        copy = Vault.open(folder, data_key=data_key, upgrade=False)
    except Exception as exc:
        raise VaultCorrupt("De reservekopie kon niet worden geopend; er is niets bewaard.") from exc
    try:
        result = copy.integrity()
        if result != {"integrity_check": "ok", "cipher_integrity_check": "ok"}:
            raise VaultCorrupt("De reservekopie is niet in orde (integriteitscontrole); er is niets bewaard.")
        if table_counts(copy.conn) != expected:
            raise VaultCorrupt("De reservekopie is niet volledig (aantallen verschillen); er is niets bewaard.")
    finally:
        copy.close()
    (folder / LOCK_NAME).unlink(missing_ok=True)


def backups_of(target: Path, vault_id: str) -> list[Path]:
    """Finished backups of this vault in `target`, oldest first (by the time in their name)."""
    found = []
    for path in target.iterdir():
        m = _BACKUP_NAME.match(path.name)
        if not m or path.is_symlink() or not path.is_dir():
            continue  # a link is never followed: --keep removes only real backup folders in DIR
        try:
            if read_key_file(path).vault_id != vault_id:
                continue
        except NotAVault:
            continue
        found.append((m.group(1), m.group(2), int(m.group(3) or 1), path))
    return [p for *_key, p in sorted(found)]


def prune(target: Path, vault_id: str, keep: int) -> list[Path]:
    """Remove all but the newest `keep` backups of this vault (never other vaults' folders)."""
    existing = backups_of(target, vault_id)
    doomed = existing[: max(0, len(existing) - keep)]
    for path in doomed:
        shutil.rmtree(path)
    return doomed


def last_backup(vault: Vault) -> LastBackup | None:
    rows = dict(vault.conn.execute(
        "SELECT key, value FROM vault_meta WHERE key IN (?, ?)", (META_LAST_AT, META_LAST_TO)).fetchall())
    if META_LAST_AT not in rows:
        return None
    return LastBackup(rows[META_LAST_AT], rows.get(META_LAST_TO, ""))


# -- restore ---------------------------------------------------------------------------------------------

def aside_name(target: Path, now: datetime) -> Path:
    base = f"{target.stem}-vervangen-{now:%Y%m%d-%H%M}"
    candidate = target.with_name(base + target.suffix)
    n = 2
    while candidate.exists():
        candidate = target.with_name(f"{base}-{n}{target.suffix}")
        n += 1
    return candidate


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    moved_aside: Path | None
    counts: dict[str, int]


def check_restore_paths(source: os.PathLike[str] | str, target: os.PathLike[str] | str, *,
                        replace: bool = False) -> tuple[Path, Path, Path]:
    """Everything about the places that can be checked before the passphrase is asked:
    (source, target, target's parent), or the error `restore` would give."""
    if str(source).strip() == "":
        raise UsageError("Geef de map van de reservekopie op (kluis-....ocovault).")
    source, target = Path(source).expanduser(), Path(target).expanduser()
    read_key_file(source)  # NotAVault / VaultMissing (exit 4) for anything that is not a vault folder
    if (target.exists() or target.is_symlink()) and not (
            (target / KEYS_NAME).exists() or (target / DB_NAME).exists()):
        raise UsageError(
            f"Op {target} staat al een map of bestand dat geen kluis is; terugzetten overschrijft nooit iets "
            "(--replace zet alleen een kluis opzij). Kies een naam die nog niet bestaat."
        )
    if target.exists():
        if not replace:
            raise VaultExists(
                f"Op {target} staat al een kluis; terugzetten overschrijft nooit iets. "
                "Kies een andere plek of gebruik --replace (de huidige kluis wordt dan opzij gezet).",
                target,
            )
        read_key_file(target)  # only a vault is moved aside, never any other folder
        if source.resolve() == target.resolve():
            raise UsageError("De reservekopie en de kluis zijn dezelfde map.")
    parent = target.parent
    if not parent.is_dir():
        raise UsageError(f"De map {parent} bestaat niet.")
    inside = _inside_a_vault(parent.resolve())
    if inside is not None:
        raise UsageError(f"{target} ligt in een kluis ({inside}); zet de reservekopie in een gewone map.")
    if shutil.disk_usage(parent).free < _vault_size(source) + SPACE_MARGIN:
        raise UsageError(f"Te weinig ruimte in {parent} om de reservekopie terug te zetten.")
    return source, target, parent


def restore(source: os.PathLike[str] | str, target: os.PathLike[str] | str, passphrase: str, *,
            replace: bool = False, now: datetime | None = None) -> RestoreResult:
    """Put the backup `source` in place at `target`, after checking it; never overwrites anything."""
    source, target, parent = check_restore_paths(source, target, replace=replace)
    now = now or datetime.now()
    temp = parent / f".{target.name}{_TEMP_MARK}restore-{secrets.token_hex(4)}"
    temp.mkdir(mode=0o700)
    target_lock = None
    try:
        for name in (DB_NAME, KEYS_NAME):
            shutil.copyfile(source / name, temp / name)
            os.chmod(temp / name, 0o600)
            _fsync_file(temp / name)
        # Checks on the copy: passphrase (exit 3), damage (4), newer schema (4); an older one is upgraded.
        with Vault.open(temp, passphrase, upgrade=True) as copy:
            result = copy.integrity()
            if result != {"integrity_check": "ok", "cipher_integrity_check": "ok"}:
                raise VaultCorrupt(f"De reservekopie {source} is beschadigd; er is niets teruggezet.", source)
            counts = table_counts(copy.conn)
            access_log.record(copy, "restore", detail=source.name)
        (temp / LOCK_NAME).unlink(missing_ok=True)
        _fsync_dir(temp)
        aside = None
        if target.exists():
            target_lock = VaultLock(target)
            target_lock.acquire()  # VaultLocked (exit 4) while the app has it open
            aside = aside_name(target, now)
            target_lock.release()
            target_lock = None
            os.rename(target, aside)
        os.rename(temp, target)
        _fsync_dir(parent)
    except BaseException:
        if target_lock is not None:
            target_lock.release()
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return RestoreResult(target, aside, counts)
