"""The GUI's last line of defence: an exception that no view handled becomes a message, not a traceback.

A full disk, no access, a vault that went away: the same truthful text as the unlock dialog (see
vault_messages). Anything else is an internal error: logged as type and code locations (never values,
which could be client data) and shown with the log file's path. The app keeps running.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from oco_desktop import paths
from oco_desktop.logging_setup import LOG_NAME
from oco_desktop.storage import failures
from oco_desktop.ui.shell.vault_messages import vault_error_text

log = logging.getLogger(__name__)
_shown: list[QMessageBox] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorHook", text)


def message_for(exc: BaseException, folder: Path) -> str:
    if failures.as_oco_error(exc, folder) is not None:
        return vault_error_text(exc, folder)
    return _tr(
        "Er ging iets mis in OCO Desktop (interne fout). Wat u opsloeg is bewaard. Details staan in het "
        "logbestand %1; stuur dat naar wie OCO Desktop voor u beheert."
    ).replace("%1", str(paths.log_dir() / LOG_NAME))


def install(folder_of: Callable[[], Path]) -> Callable:
    """Route unhandled exceptions of the GUI thread to a message box; returns the hook."""

    def hook(kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        where = " <- ".join(f"{os.path.basename(f.filename)}:{f.lineno} {f.name}"
                            for f in reversed(traceback.extract_tb(tb)))
        log.error(f"unhandled {kind.__name__} at {where}")  # locations only, no values
        if QApplication.instance() is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("OCO Desktop"), message_for(exc, folder_of()),
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setObjectName("unhandledErrorBox")
        _shown.append(box)  # without a parent, Python's reference is what keeps it alive
        box.finished.connect(lambda _result, box=box: _shown.remove(box) if box in _shown else None)
        box.open()

    sys.excepthook = hook
    return hook
