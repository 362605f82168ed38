"""Writing report files: one small function, so the shared safe-write helper can take over later.

Atomic: the bytes go to a hidden sibling first and are renamed over the target only when complete, so a
full disk or a crash never leaves half a report. Errors name the path, never the contents.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from oco_desktop.errors import UsageError


def check_output(path: str | os.PathLike[str], suffixes: tuple[str, ...]) -> Path:
    """The target path, refused (exit 2) when its extension or folder is wrong."""
    target = Path(path)
    if target.suffix.lower() not in suffixes:
        raise UsageError(f"{target}: geef een bestand dat eindigt op {', '.join(suffixes)}.")
    if not target.parent.is_dir():
        raise UsageError(f"{target}: de map {target.parent} bestaat niet.")
    if target.is_dir():
        raise UsageError(f"{target} is een map; geef een bestandsnaam.")
    return target


def write_output(path: Path, data: bytes) -> Path:
    part = path.with_name(f".{path.name}.part")
    try:
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        raise UsageError(f"{path} kan niet worden geschreven ({exc.strerror or 'fout bij schrijven'}).") from None
    return path
