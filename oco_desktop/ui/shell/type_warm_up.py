"""Make PySide's Python types of Qt's classes while the supporter types the passphrase.

PySide makes a Qt class's Python type, with the Python enums in it, when the class is first used. The
first unlock used about 160 such enums for the first time (about 25 ms of 300, issue 11). Making the
types of QtCore, QtGui and QtWidgets takes about 140 ms in all, so it runs in small slices on the GUI
thread (types are made there only), between the supporter's key presses in the unlock dialog.
"""

from __future__ import annotations

from collections import deque

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject, QTimer

MODULES = (QtCore, QtGui, QtWidgets)
SLICE = 12  # classes per turn of the event loop: a few milliseconds, so typing never waits for it
# The unlock dialog is drawn first: started at once, the slices delayed the first window by about 45 ms.
START_DELAY_MS = 300


class TypeWarmUp(QObject):
    """`start()` makes the types a slice at a time; `stop()` leaves the rest to be made when used."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._todo: deque[tuple[object, str]] = deque(
            (module, name) for module in MODULES for name in dir(module) if name.startswith("Q"))
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._step)

    @property
    def remaining(self) -> int:
        return len(self._todo)

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        if self._todo:
            self._timer.start(delay_ms)  # the first slice after the delay, then one per turn

    def stop(self) -> None:
        self._timer.stop()

    def _step(self) -> None:
        self._timer.setInterval(0)
        for _ in range(SLICE):
            if not self._todo:
                self._timer.stop()
                return
            module, name = self._todo.popleft()
            getattr(module, name, None)  # making the type is the point; the value is not needed
