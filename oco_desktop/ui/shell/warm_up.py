"""After unlocking, read the pages search needs most into the vault's page cache, in the background.

The first searches of a session then cost what later ones cost (storage.search.warm_search_pages). The
thread starts once the window is painted, reads in steps of a few milliseconds with pauses between them
(typing keeps its speed), and ends by itself when the vault is locked or closed.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QTimer

from oco_desktop.storage.search import warm_search_pages

log = logging.getLogger(__name__)

PAUSE_S = 0.005


def warm_after_show(vault) -> threading.Thread:
    def run() -> None:
        try:
            warm_search_pages(vault, pause_s=PAUSE_S)
        except Exception as exc:  # noqa: BLE001 - a convenience: never a message, never a traceback
            log.info("search warm-up ended early: %s", type(exc).__name__)

    thread = threading.Thread(target=run, name="oco-warm-up", daemon=True)
    QTimer.singleShot(0, thread.start)
    return thread
