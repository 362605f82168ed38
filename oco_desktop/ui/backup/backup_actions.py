"""File-menu actions: make a backup, restore one, hand client files over, read a handover in.

`install(window)` adds the actions to the main window's File menu (before Quit) and to the actions
that are disabled while the vault is locked. Storage work is in storage/backup.py and
storage/handover.py; these functions only ask, call and tell.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
)

from oco_desktop.errors import OcoError, UsageError, WrongSecret
from oco_desktop.storage import backup, handover

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupActions", text)


class _Busy:
    def __enter__(self):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QApplication.restoreOverrideCursor()


def run_with_progress(parent, label: str, work):
    """Run `work()` in a worker thread while a progress dialog shows; return its result or raise its error.

    The window stays responsive (it repaints, the dialog can be moved); widgets are only touched here, in
    the GUI thread. Storage work is safe in the thread: the vault's write lock keeps a backup from seeing
    half a transaction, and SQLite serialises calls on the connection.
    """
    outcome: dict = {}

    def target():
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the GUI thread below
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="oco-backup", daemon=True)
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # a half-made backup or restore is cleaned up by itself, not cancelled
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    with _Busy():
        thread.start()
        timer.start()
        loop.exec()
        timer.stop()
    thread.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


# -- backup -----------------------------------------------------------------------------------------------

def make_backup_interactively(session, parent, target: str | None = None) -> Path | None:
    if not session.is_unlocked:
        return None
    if target is None:
        last = backup.last_backup(session.vault)
        target = QFileDialog.getExistingDirectory(
            parent, _tr("Map voor de reservekopie (bijvoorbeeld een USB-stick)"), last.folder if last else "")
        if not target:
            return None
    try:
        vault = session.vault
        result = run_with_progress(parent, _tr("Reservekopie maken en controleren…"),
                                   lambda: backup.make_backup(vault, target))
    except OcoError as exc:
        QMessageBox.warning(parent, _tr("Reservekopie maken"), str(exc))
        return None
    session.changed("backup", "")
    QMessageBox.information(
        parent, _tr("Reservekopie maken"),
        _tr("De reservekopie is gemaakt en gecontroleerd:\n{path}\n\nHij opent met dezelfde wachtwoordzin en "
            "herstelcode als deze kluis. Bewaar de USB-stick op een andere plek dan de laptop.").format(
            path=result.path))
    return result.path


# -- restore ----------------------------------------------------------------------------------------------

def restore_interactively(session, parent, source: str | None = None, target: str | None = None) -> Path | None:
    """Restore a backup to a new folder (never over the open vault); says how to open it."""
    if source is None:
        source = QFileDialog.getExistingDirectory(parent, _tr("Kies de reservekopie (map kluis-….ocovault)"))
        if not source:
            return None
    if target is None:
        suggestion = Path(source).with_name(f"kluis-teruggezet-{datetime.now():%Y%m%d-%H%M}.ocovault")
        target, _ = QFileDialog.getSaveFileName(parent, _tr("Waar komt de teruggezette kluis?"), str(suggestion))
        if not target:
            return None
    passphrase, ok = QInputDialog.getText(parent, _tr("Reservekopie terugzetten"),
                                          _tr("Wachtwoordzin van de reservekopie:"), QLineEdit.EchoMode.Password)
    if not ok or not passphrase:
        return None
    try:
        result = run_with_progress(parent, _tr("Reservekopie controleren en terugzetten…"),
                                   lambda: backup.restore(source, target, passphrase))
    except OcoError as exc:
        QMessageBox.warning(parent, _tr("Reservekopie terugzetten"), str(exc))
        return None
    QMessageBox.information(
        parent, _tr("Reservekopie terugzetten"),
        _tr("De reservekopie is gecontroleerd en teruggezet in:\n{path}\n\nOpen die kluis door OCO Desktop "
            "daarmee te starten (oco-desktop --vault \"{path}\"). Er is niets overschreven.").format(path=result.path))
    return result.path


# -- handover ---------------------------------------------------------------------------------------------

def export_handover_interactively(session, parent) -> handover.ExportResult | None:
    from oco_desktop.ui.backup.handover_dialog import HandoverExportDialog

    if not session.is_unlocked:
        return None
    dialog = HandoverExportDialog(session, parent)
    dialog.exec()
    result = dialog.result_
    dialog.deleteLater()
    return result


def import_handover_interactively(session, parent, path: str | None = None, code: str | None = None):
    if not session.is_unlocked:
        return None
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, _tr("Overdracht inlezen"), "",
                                              _tr("Overdrachten (*.ocohandover)"))
        if not path:
            return None
    if code is None:
        code, ok = QInputDialog.getText(parent, _tr("Overdracht inlezen"),
                                        _tr("Overdrachtscode (van uw collega):"), QLineEdit.EchoMode.Password)
        if not ok or not code:
            return None
    try:
        with _Busy():
            result = handover.import_bundle(session.vault, path, code)
    except UsageError as exc:
        if "--as-copy" not in str(exc):
            QMessageBox.warning(parent, _tr("Overdracht inlezen"), str(exc))
            return None
        answer = QMessageBox.question(
            parent, _tr("Overdracht inlezen"),
            _tr("Deze cliënt staat al in uw kluis. Wilt u de overdracht toevoegen als kopie, met nieuwe nummers?"))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            with _Busy():
                result = handover.import_bundle(session.vault, path, code, as_copy=True)
        except OcoError as exc:
            QMessageBox.warning(parent, _tr("Overdracht inlezen"), str(exc))
            return None
    except WrongSecret:
        QMessageBox.warning(parent, _tr("Overdracht inlezen"),
                            _tr("De overdrachtscode klopt niet. Vraag uw collega de code nog eens voor te lezen."))
        return None
    except OcoError as exc:
        QMessageBox.warning(parent, _tr("Overdracht inlezen"), str(exc))
        return None
    for cid in result.client_ids:
        session.changed("client", cid)
    names = handover.client_names(session.vault, result.client_ids)
    QMessageBox.information(parent, _tr("Overdracht inlezen"),
                            _tr("Overgenomen: {names}.").format(names=", ".join(names.values())))
    if result.client_ids:
        session.openClientRequested.emit(result.client_ids[0])
    return result


# -- menu -------------------------------------------------------------------------------------------------

def install(window) -> list[QAction]:
    """Add the actions to the File menu before Quit; they are disabled while locked like the others."""
    session = window.session
    specs = [
        (_tr("Reservekopie &maken…"), lambda: make_backup_interactively(session, window)),
        (_tr("Reservekopie &terugzetten…"), lambda: restore_interactively(session, window)),
        (_tr("Dossiers &overdragen…"), lambda: export_handover_interactively(session, window)),
        (_tr("Overdracht &inlezen…"), lambda: import_handover_interactively(session, window)),
    ]
    actions = []
    for text, slot in specs:
        action = QAction(text, window)
        action.triggered.connect(lambda _=False, s=slot: s())
        actions.append(action)
    file_menu = window.file_menu
    separator = file_menu.insertSeparator(window.quit_action)
    file_menu.insertActions(separator, actions)
    window.backup_actions = actions
    window._data_actions.extend(actions)
    return actions
