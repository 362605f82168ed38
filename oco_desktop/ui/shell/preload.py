"""Import the pages' modules while the supporter types the passphrase.

After unlocking, only the vault's own work should stand between the supporter and the first screen:
the Python modules of the pages (and what they import) are loaded in a background thread while the
unlock dialog waits for input. Importing defines classes only; no widget is made outside the GUI thread.
"""

from __future__ import annotations

import importlib
import logging
import threading

from oco_desktop.ui.shell import pages as page_registry

log = logging.getLogger(__name__)

# Besides the pages: what the first screen runs right after unlocking.
EXTRA_MODULES = ("oco_desktop.storage.caseload", "oco_desktop.storage.agenda", "oco_desktop.storage.search")


def modules_to_preload() -> list[str]:
    names = [module for module, _cls in page_registry.HOME_PAGES + page_registry.CLIENT_PAGES]
    # reportlab's paragraph module first, with its URI pattern made lazily (see that module).
    return list(dict.fromkeys(["oco_desktop.export.reportlab_import", *names, *EXTRA_MODULES]))


def start_preload() -> threading.Thread:
    """Start importing in a daemon thread; `join()` it before building the main window."""

    def run() -> None:
        for name in modules_to_preload():
            try:
                importlib.import_module(name)
            except Exception as exc:  # noqa: BLE001 - the page reports its own failure when it is built
                log.warning("preloading %s failed: %s", name, type(exc).__name__)

    thread = threading.Thread(target=run, name="oco-preload", daemon=True)
    thread.start()
    return thread
