"""Deleting, at the end of each test, the Qt objects it closed (used by conftest.py).

pytest-qt closes a test's windows with `close()` and `deleteLater()` and then calls `processEvents()`.
Qt does not carry out a `deleteLater()` made outside any event loop from `processEvents()`: it waits
for an event loop. So every test's main window (about 800 widgets, its pages cleared by the close's
lock) stayed alive, bound to a closed vault, until a later test ran a nested event loop (`qtbot.wait`,
a dialog's `exec()`) and Qt deleted them there, in the middle of that test. One CI run crashed on it:
a segmentation fault in shiboken's `releaseWrapper` while a checklist or plan frame of an earlier window
was deleted. The app itself makes these calls inside its event loop, where Qt carries them out at once.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager


def delete_closed_qt_objects() -> None:
    """Carry out every pending `deleteLater()` now, on the GUI thread (twice: deleting a window can ask
    for more deletions). Nothing to do when the test did not use Qt."""
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is None:
        return
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# Python's collection thresholds (switching automatic collection off leaves them as they are).
_THRESHOLDS = gc.get_threshold()


@contextmanager
def garbage_collected_on_the_main_thread() -> Iterator[None]:
    """The app's rule for the whole test session (ui/shell/main_thread_gc.py): no automatic collection,
    which Python runs in whichever thread allocates past a threshold. Tests run Python in worker threads
    (the pages' preload, the page check, the search warm-up, the CLI's derivation and prefetch), where a
    collection could destroy Qt objects of a test from the wrong thread. `collect_after_test` collects on
    the main thread instead, by the same thresholds."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def collect_after_test() -> None:
    """What automatic collection would have done during the test, now, on the main thread."""
    from oco_desktop.ui.shell.main_thread_gc import collect_past_thresholds

    collect_past_thresholds(_THRESHOLDS)
