"""The save dialog for every export: asks again until the place is safe (see export.safe_write).

    path = ask_export_path(parent, title, suggested, name_filter, ".pdf", vault_folder=vault.folder)
    if path is None: return            # cancelled
    write_export(path, data, vault.folder)  (or an export function that uses it)

A place inside a vault folder, a folder, a device/FIFO/socket or a missing folder gets a translated
message and the dialog again; companion files (the subject-access JSON next to its PDF) are checked too.

The dialog remembers its folder (setting `export_folder`): a suggestion that is a bare file name
("plan-C-12AB-2026-11-30.pdf") opens in the folder of the last export, or in the home folder.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from oco_desktop.export.safe_write import UnsafeTarget, check_export_target


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def refusal_text(error: UnsafeTarget) -> str:
    """The translated message for a refused export place."""
    path = str(error.path)
    if error.reason == "vault":
        return _tr("Dit bestand zou in de kluismap komen (%1). Daar mag nooit een export staan: "
                   "dan kan de kluis beschadigd raken. Kies een andere map.").replace("%1", str(error.detail))
    if error.reason == "folder":
        return _tr("%1 is een map. Geef een bestandsnaam op.").replace("%1", path)
    if error.reason == "special":
        return _tr("%1 is geen gewoon bestand (bijvoorbeeld een apparaat). Kies een andere naam.").replace("%1", path)
    if error.reason == "no_folder":
        return _tr("De map van %1 bestaat niet. Kies een andere plek.").replace("%1", path)
    if error.reason == "empty":
        return _tr("Geef een bestandsnaam op.")
    return _tr("%1 kan niet worden gelezen. Kies een andere naam of map.").replace("%1", path)


def remembered_folder() -> Path:
    """The folder of the last export when it still exists, else the home folder."""
    from oco_desktop.settings import Settings

    folder = Settings().get("export_folder")
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def remember_folder(folder: Path) -> None:
    from oco_desktop.settings import Settings

    with contextlib.suppress(OSError):  # a preference only: the export itself goes on
        Settings().set("export_folder", str(folder))


def ask_export_path(parent: QWidget | None, title: str, suggested: str | os.PathLike[str], name_filter: str,
                    suffix: str | Sequence[str], vault_folder: str | os.PathLike[str] | None = None,
                    companion_suffixes: Sequence[str] = ()) -> Path | None:
    """Show the save dialog until the user picks a safe place (returned) or cancels (None).

    `suffix`: the extension added when the chosen name has none of them (a tuple: the first is added).
    """
    suffixes = (suffix,) if isinstance(suffix, str) else tuple(suffix)
    if not Path(suggested).is_absolute():
        suggested = remembered_folder() / Path(suggested).name
    start = str(suggested)
    while True:
        chosen, _filter = QFileDialog.getSaveFileName(parent, title, start, name_filter)
        if not chosen:
            return None
        if suffixes and not chosen.lower().endswith(tuple(s.lower() for s in suffixes)):
            chosen += suffixes[0]
        try:
            target = check_export_target(chosen, vault_folder)
            for extra in companion_suffixes:
                check_export_target(Path(chosen).with_suffix(extra), vault_folder)
        except UnsafeTarget as error:
            QMessageBox.warning(parent, title, refusal_text(error))
            # Out of a vault folder: start again in the suggested (safe) folder, with the chosen name.
            start = str(Path(suggested).parent / Path(chosen).name) if error.reason == "vault" else chosen
            continue
        remember_folder(target.parent)
        return target
