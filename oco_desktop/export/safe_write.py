"""Writing an export file safely: the one way every export (GUI and CLI) puts a file on disk.

    check_export_target(path, vault_folder=None) -> Path   # refuse a bad target before any work
    check_export_folder(path, vault_folder=None) -> Path   # the same for a folder that receives files
    write_export(path, data, vault_folder=None) -> Path    # check again, then write atomically

A target is refused (ExportError, CLI exit 2, one Dutch line naming the path, never the contents) when
- it lies inside a vault folder: the open vault (`vault_folder`), any folder named `*.ocovault`, any
  folder holding `keys.json`, at any depth, or a folder holding `vault.db` directly; after resolving
  symlinks (so a link into a vault, or `--out VAULT/keys.json`, can never replace the vault's files);
- it is a folder, or an existing file that is not a regular file (device such as /dev/null, FIFO,
  socket), also when reached through a symlink;
- its folder does not exist.

Writing: a temporary file (mode 0600) in the target's own folder, fsynced, renamed over the target,
then the folder fsynced. On any error (full disk, no permission, an interrupt) the temporary file is
removed and the target is left as it was: nothing half-written remains. The written file has mode
0600 (exports hold personal data; the user can share them on purpose).

No Qt here: the GUI asks for a path with `oco_desktop.ui.widgets.export_dialog.ask_export_path`, which
uses check_export_target and shows the save dialog again after a refusal. Later exports (letters,
reports, handover bundles) call write_export with their finished bytes or text.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from pathlib import Path

from oco_desktop.errors import EXIT_USAGE, OcoError

VAULT_SUFFIX = ".ocovault"
VAULT_MARKER = "keys.json"  # at any depth: the file whose loss makes a vault unopenable
DATABASE_MARKER = "vault.db"  # only in the target's own folder (a generic name higher up is no vault)


class ExportError(OcoError):
    """The export could not be written there. The message names the path, never the document's contents."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, path: object = None):
        super().__init__(message)
        self.path = path


class UnsafeTarget(ExportError):
    """The chosen place is refused before anything is written.

    `reason` (for the GUI's translated text): "empty", "vault", "folder", "special", "no_folder",
    "unreadable"; `detail` is the vault folder for "vault".
    """

    def __init__(self, message: str, path: object = None, reason: str = "", detail: object = None):
        super().__init__(message, path)
        self.reason = reason
        self.detail = detail


def _is_vault_folder(folder: Path, own_folder: bool) -> bool:
    if folder.name.lower().endswith(VAULT_SUFFIX) or os.path.lexists(folder / VAULT_MARKER):
        return True
    return own_folder and os.path.lexists(folder / DATABASE_MARKER)


def _vault_containing(path: Path, vault_folder: Path | None) -> Path | None:
    """The vault folder `path` (already resolved) lies in, if any."""
    if vault_folder is not None:
        with contextlib.suppress(OSError, RuntimeError):
            open_vault = Path(vault_folder).resolve()
            if path == open_vault or open_vault in path.parents:
                return open_vault
    for folder in path.parents:
        try:
            if _is_vault_folder(folder, own_folder=folder == path.parent):
                return folder
        except OSError:
            continue
    return None


def _kind_of(mode: int) -> str | None:
    """Dutch name of a non-regular file type, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "een map"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "een apparaat"
    if stat.S_ISFIFO(mode):
        return "een pijp (FIFO)"
    if stat.S_ISSOCK(mode):
        return "een socket"
    return "geen gewoon bestand"


def check_export_target(path: str | os.PathLike[str], vault_folder: str | os.PathLike[str] | None = None) -> Path:
    """Return the path to write to, or raise UnsafeTarget with one Dutch line.

    Call it before asking for a passphrase or doing layout work, so a bad target is a quick error.
    """
    if path is None or str(path).strip() == "":
        raise UnsafeTarget("Geef een bestandsnaam op voor de export.", path, "empty")
    target = Path(os.path.expanduser(os.fspath(path)))
    if target.name in ("", ".", ".."):
        raise UnsafeTarget(f"{target} is een map. Geef een bestandsnaam op voor de export.", target, "folder")
    try:
        folder = target.parent.resolve()
        entry = folder / target.name  # the directory entry the rename replaces
        final = entry.resolve()  # where a symlink at that entry points
    except (OSError, RuntimeError) as exc:
        raise UnsafeTarget(f"De map van {target} kan niet worden gelezen. Kies een andere plek.", target,
                           "unreadable") from exc
    vault_here = Path(vault_folder) if vault_folder else None
    for candidate in (entry, final):
        vault = _vault_containing(candidate, vault_here)
        if vault is not None:
            raise UnsafeTarget(
                f"{target} ligt in de kluismap {vault}. Sla exports nooit in een kluismap op; kies een andere map.",
                target, "vault", vault,
            )
    if not folder.is_dir():
        raise UnsafeTarget(f"De map {target.parent} bestaat niet. Kies een andere plek om de export op te slaan.",
                           target, "no_folder")
    for probe in (os.lstat, os.stat):
        try:
            mode = probe(entry).st_mode
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise UnsafeTarget(f"{target} kan niet worden gelezen. Kies een andere naam of map.", target,
                               "unreadable") from exc
        if stat.S_ISLNK(mode):
            continue
        kind = _kind_of(mode)
        if kind == "een map":
            raise UnsafeTarget(f"{target} is een map. Geef een bestandsnaam op voor de export.", target, "folder")
        if kind is not None:
            raise UnsafeTarget(f"{target} is {kind}, geen gewoon bestand. Kies een andere naam.", target, "special")
    return entry


def refuse_new_vault_inside_a_vault(folder: str | os.PathLike[str]) -> None:
    """A new vault is never made inside another vault's folder (UnsafeTarget, exit 2): it would travel
    with, be moved aside with, and be deleted with that vault."""
    try:
        resolved = Path(os.path.expanduser(os.fspath(folder))).resolve()
    except (OSError, RuntimeError):
        return  # the creation itself reports an unusable path
    vault = _vault_containing(resolved, None)
    if vault is not None:
        raise UnsafeTarget(
            f"{folder} ligt in de kluismap {vault}. Maak een nieuwe kluis nooit in een andere kluis; "
            "kies een andere map.", folder, "vault", vault,
        )


def check_export_folder(path: str | os.PathLike[str], vault_folder: str | os.PathLike[str] | None = None) -> Path:
    """A folder that will receive export files (screenshots, an organisation key pair): refused
    (UnsafeTarget, exit 2) when it is or lies inside a vault folder, or exists and is not a folder.
    It need not exist yet (the caller may create it)."""
    if path is None or str(path).strip() == "":
        raise UnsafeTarget("Geef een map op.", path, "empty")
    folder = Path(os.path.expanduser(os.fspath(path)))
    try:
        resolved = folder.resolve()
    except (OSError, RuntimeError) as exc:
        raise UnsafeTarget(f"De map {folder} kan niet worden gelezen. Kies een andere plek.", folder,
                           "unreadable") from exc
    vault_here = Path(vault_folder) if vault_folder else None
    vault = _vault_containing(resolved / "probe", vault_here)
    if vault is not None:
        raise UnsafeTarget(
            f"{folder} ligt in de kluismap {vault}. Sla niets in een kluismap op; kies een andere map.",
            folder, "vault", vault,
        )
    if os.path.lexists(resolved) and not resolved.is_dir():
        raise UnsafeTarget(f"{folder} is geen map.", folder, "special")
    return resolved


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_message(target: Path, exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return (f"De export kan niet worden opgeslagen in {target}: de schijf is vol. "
                "Maak ruimte vrij of kies een andere plek.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"De export kan niet worden opgeslagen in {target}: u mag in deze map niet schrijven."
    return (f"De export kan niet worden opgeslagen in {target}. "
            "Controleer of u in deze map mag schrijven en of er genoeg ruimte is.")


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        view = view[os.write(fd, view):]


def write_export(path: str | os.PathLike[str], data: bytes | str,
                 vault_folder: str | os.PathLike[str] | None = None) -> Path:
    """Write `data` (bytes, or text written as UTF-8 exactly as given) to `path` safely; return the path.

    Raises UnsafeTarget for a refused place and ExportError when writing fails; in both cases nothing
    of the export is left on disk and an existing file at `path` is unchanged.
    """
    target = check_export_target(path, vault_folder)
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    fd = -1
    part: str | None = None
    try:
        fd, part = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        if sys.platform != "win32":
            os.fchmod(fd, 0o600)
        _write_all(fd, payload)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        # The folder may have changed since the first check (a dialog stayed open): check again, then rename.
        check_export_target(target, vault_folder)
        os.replace(part, target)
        part = None
        _fsync_folder(target.parent)
    except OSError as exc:
        raise ExportError(_write_message(target, exc), target) from exc
    finally:
        if fd >= 0:
            with contextlib.suppress(OSError):
                os.close(fd)
        if part is not None:
            with contextlib.suppress(OSError):
                os.unlink(part)
    return target
