"""Python's cyclic garbage collection on the GUI thread only.

Python collects cycles in whichever thread happens to allocate when a threshold is passed. The app runs
Python in worker threads (the page modules' preload while the passphrase is typed, the page check, the
search warm-up), so a collection there could destroy Qt objects held in an unreachable cycle from the
wrong thread, which Qt does not allow and which can crash or corrupt a form being built. Automatic
collection is switched off while the app runs; a timer on the GUI thread collects by the same
thresholds instead (the pattern pyqtgraph uses for the same reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500


class MainThreadGarbageCollector(QObject):
    """Collects from a timer on the thread that made it; automatic collection stays off until stop()."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; returns the objects found."""
        return collect_past_thresholds(self._thresholds)

    def stop(self) -> None:
        """Automatic collection as it was before."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def collect_past_thresholds(thresholds: tuple[int, ...]) -> int:
    """What automatic collection would do now: the generations whose counts passed `thresholds`
    (gc.get_threshold() taken before collection was switched off). Returns the objects found."""
    counts = gc.get_count()
    if counts[0] <= thresholds[0]:
        return 0
    generation = 0
    if counts[1] > thresholds[1]:
        generation = 2 if counts[2] > thresholds[2] else 1
    return gc.collect(generation)


def collect_on_gui_thread(app: QObject) -> MainThreadGarbageCollector:
    """Install the collector for the application's lifetime (it stops when the app quits)."""
    collector = MainThreadGarbageCollector(app)
    app.aboutToQuit.connect(collector.stop)
    return collector
