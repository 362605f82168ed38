"""The full page check of the vault, off the critical path.

Opening the vault skips `cipher_integrity_check` when it was closed cleanly last time (SQLCipher still
checks every page it reads). Once the main window shows, this runs the full check in a worker thread;
when it finds damage, the supporter gets a clear, blocking message and the vault is locked, so no work
goes on in a damaged vault (the next unlock runs the full check first and refuses it).
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from oco_desktop.storage.page_macs import Pause

log = logging.getLogger(__name__)


# The check pauses 2 ms after every 8 pages (about 0.07 ms of work): typing and scrolling keep their
# speed while it runs (without pauses a keystroke took twice as long: Python's GIL). It then takes about
# 16 s at 2,000 clients and 80 s at 10,000 instead of 0.6 and 2.4 s; nobody waits for it, SQLCipher
# checks every page a query reads meanwhile, and locking or quitting stops it.
PAUSE_S = 0.002


class PageCheck(QObject):
    """Runs `vault.verify_pages()` in a thread; `finished(problems)` arrives in the GUI thread."""

    finished = Signal(list)

    def __init__(self, vault, parent: QObject | None = None, pause: Pause = PAUSE_S):
        super().__init__(parent)
        self.vault = vault
        self.pause = pause
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, name="oco-page-check", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            problems = self.vault.verify_pages(pause_s=self.pause)
        except Exception as exc:  # noqa: BLE001 - reported as damage, never as a traceback
            problems = [f"check failed: {type(exc).__name__}"]
        self.finished.emit(problems)


def damaged_vault_text(folder) -> str:
    return QCoreApplication.translate(
        "PageCheck",
        "De controle van de kluis heeft beschadigde gegevens gevonden in {folder}. OCO Desktop vergrendelt "
        "de kluis nu, zodat er niets verloren gaat. Zet een reservekopie terug of vraag hulp aan uw beheerder.",
    ).format(folder=folder)


def check_after_show(window: QWidget, vault, on_damage, pause: Pause = PAUSE_S) -> PageCheck | None:
    """Start the full page check once the event loop has shown the window. None if already done.
    `pause`: seconds after every few pages, or a function that says (ui/shell/input_pauses.py)."""
    if vault.pages_verified:
        return None
    check = PageCheck(vault, window, pause)

    def done(problems: list) -> None:
        if not problems:
            log.info("vault page check: ok")
            return
        log.error("vault page check found %d problems", len(problems))
        if vault.is_open:
            QMessageBox.critical(window, QCoreApplication.translate("PageCheck", "Kluis beschadigd"),
                                 damaged_vault_text(vault.folder))
            on_damage()

    check.finished.connect(done)
    QTimer.singleShot(0, check.start)
    return check
