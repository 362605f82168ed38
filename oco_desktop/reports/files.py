"""Writing report files through the shared safe-write helper (oco_desktop.export.safe_write): never into
a vault folder, atomic, mode 0600, one Dutch line naming the path on failure (exit 2)."""

from __future__ import annotations

import os
from pathlib import Path

from oco_desktop.errors import UsageError
from oco_desktop.export.safe_write import check_export_target, write_export


def check_output(path: str | os.PathLike[str], suffixes: tuple[str, ...],
                 vault_folder: str | os.PathLike[str] | None = None) -> Path:
    """The target path, refused (exit 2) when its extension is wrong or the place is not safe."""
    target = Path(path)
    if target.suffix.lower() not in suffixes:
        raise UsageError(f"{target}: geef een bestand dat eindigt op {', '.join(suffixes)}.")
    return check_export_target(target, vault_folder)


def write_output(path: Path, data: bytes, vault_folder: str | os.PathLike[str] | None = None) -> Path:
    return write_export(path, data, vault_folder)
