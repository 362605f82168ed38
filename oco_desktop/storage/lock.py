"""An exclusive OS-level lock on the vault folder: one process, one writer.

The lock is released by the OS when the process dies (also on SIGKILL), so a crash never leaves a
stale lock that blocks the supporter.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from oco_desktop.errors import VaultBusyFile, VaultLocked

LOCK_NAME = "vault.lock"

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class VaultLock:
    def __init__(self, folder: Path):
        self.path = folder / LOCK_NAME
        self._fd: int | None = None
        self.read_only = False  # acquired through a read-only path (see acquire)

    def acquire(self, *, read_only_ok: bool = False) -> None:
        """Take the lock. With `read_only_ok`, a vault on a read-only disk or folder is locked through
        the existing lock file opened for reading, or not at all when there is none (nobody can write
        there anyway). Raises OSError for the caller to translate otherwise."""
        if self.path.is_dir():
            raise VaultBusyFile(
                f"{self.path} is een map, maar hoort een bestand te zijn. Er is niets gewijzigd; "
                "verwijder of hernoem die map en probeer het opnieuw.",
                self.path.parent,
            )
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            if not read_only_ok or exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC):
                raise
            try:
                fd = os.open(self.path, os.O_RDONLY)
            except FileNotFoundError:
                self.read_only = True
                return
            self.read_only = True
        if not _try_lock(fd):
            os.close(fd)
            raise VaultLocked(
                f"De kluis {self.path.parent} is al geopend in een ander venster of programma. "
                "Sluit dat eerst.",
                self.path.parent,
            )
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
