"""Turn what the operating system or SQLite reports into an OcoError that tells the truth.

A permission problem is "no access", a full disk is "disk full", a folder where a file belongs is named
as such: never "damaged" unless the content really is. Used by the vault (so the GUI and the CLI get
the same error classes) and by the CLI's last line of defence. No Qt here.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import sqlcipher3

from oco_desktop.errors import (
    DiskFull,
    OcoError,
    UsageError,
    VaultBusyFile,
    VaultCorrupt,
    VaultError,
    VaultLocked,
    VaultNoAccess,
)

_NO_ACCESS = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_WRONG_KIND = {errno.EISDIR, errno.ENOTDIR, errno.EEXIST}
_BAD_NAME = {errno.ENAMETOOLONG, errno.EINVAL, errno.ELOOP}


def _where(exc: OSError, folder: Path | None) -> str:
    name = exc.filename if isinstance(exc.filename, str | bytes | os.PathLike) else None
    if name is not None:
        return os.fsdecode(name)
    return str(folder) if folder is not None else "de kluis"


def disk_full(where: object) -> DiskFull:
    return DiskFull(
        f"De schijf is vol ({where}). De laatste wijziging is niet opgeslagen; wat eerder is opgeslagen "
        "is heel. Maak ruimte vrij en probeer het opnieuw.",
        where,
    )


def from_os_error(exc: OSError, folder: Path | None = None) -> OcoError:
    where = _where(exc, folder)
    if exc.errno in _FULL:
        return disk_full(where)
    if exc.errno in _NO_ACCESS:
        read_only = exc.errno == errno.EROFS
        return VaultNoAccess(
            f"Geen toegang tot {where}: "
            + ("de schijf is alleen-lezen. " if read_only else "de rechten staan het niet toe. ")
            + "Er is niets gewijzigd.",
            folder,
        )
    if exc.errno in _WRONG_KIND:
        return VaultBusyFile(
            f"{where} is een map waar een bestand hoort, of een bestand waar een map hoort. Er is niets "
            "gewijzigd; verplaats of hernoem het.",
            folder,
        )
    if exc.errno in _BAD_NAME:
        return UsageError(f"Ongeldige bestandsnaam of map: {where}.")
    if exc.errno == errno.ENOENT:
        return VaultError(f"{where} bestaat niet (meer).", folder)
    return VaultError(
        f"De schijf gaf een fout bij {where} ({errno.errorcode.get(exc.errno or 0, 'onbekend')}). "
        "Er is niets gewijzigd.",
        folder,
    )


def from_sqlite_error(exc: sqlcipher3.Error, folder: Path | None = None) -> OcoError | None:
    """The error for an SQLite failure, or None when it is not about the vault's files."""
    text = str(exc).lower()
    where = folder if folder is not None else "de kluis"
    if "full" in text:
        return disk_full(where)
    if "readonly" in text or "read-only" in text:
        return VaultNoAccess(
            f"De kluis {where} kan alleen gelezen worden (alleen-lezen schijf of rechten). "
            "Er is niets gewijzigd.",
            folder,
        )
    if "unable to open" in text or "access permission" in text:
        return VaultNoAccess(f"Geen toegang tot de bestanden van de kluis {where}. Er is niets gewijzigd.", folder)
    if "locked" in text or "busy" in text:
        return VaultLocked(f"De kluis {where} is in gebruik door een ander programma.", folder)
    if "disk i/o" in text:
        return VaultError(f"De schijf gaf een lees- of schrijffout bij de kluis {where}.", folder)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        db = Path(folder) / "vault.db" if folder is not None else "de kluis"
        return VaultCorrupt(f"Het kluisbestand {db} is beschadigd. Zet een reservekopie terug.", folder)
    return None


def as_oco_error(exc: BaseException, folder: Path | None = None) -> OcoError | None:
    if isinstance(exc, OcoError):
        return exc
    if isinstance(exc, OSError):
        return from_os_error(exc, folder)
    if isinstance(exc, sqlcipher3.Error):
        return from_sqlite_error(exc, folder)
    return None
