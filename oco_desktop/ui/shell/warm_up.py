"""After unlocking, read the pages search needs most into the vault's page cache, in the background.

The first searches of a session then cost what later ones cost (storage.search.warm_search_pages). The
thread starts START_DELAY_MS after the window shows: the caseload and Today load first (the steps share
the vault's connection, and at 10,000 clients starting at once made the caseload appear 0.3 s later).
It reads in steps of about a millisecond with pauses between them (typing keeps its speed), and ends by
itself when the vault is locked or closed.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer

from oco_desktop.storage.page_macs import Pause
from oco_desktop.storage.search import warm_search_pages

log = logging.getLogger(__name__)

PAUSE_S = 0.005
START_DELAY_MS = 2000


def warm_after_show(window: QObject, vault, pause: Pause = PAUSE_S) -> threading.Thread:
    """The thread, started START_DELAY_MS from now unless the window is gone or the vault closed by then.
    `pause`: seconds between steps, or a function that says (ui/shell/input_pauses.py)."""

    def run() -> None:
        try:
            warm_search_pages(vault, pause_s=pause)
        except Exception as exc:  # noqa: BLE001 - a convenience: never a message, never a traceback
            log.info("search warm-up ended early: %s", type(exc).__name__)

    thread = threading.Thread(target=run, name="oco-warm-up", daemon=True)

    def start() -> None:
        if vault.is_open:
            thread.start()

    QTimer.singleShot(START_DELAY_MS, window, start)
    return thread
