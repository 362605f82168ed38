"""TypeWarmUp makes Qt's Python types on the GUI thread, a slice per turn of the event loop."""

import time

from PySide6 import QtWidgets
from PySide6.QtWidgets import QApplication

from oco_desktop.ui.shell.type_warm_up import SLICE, START_DELAY_MS, TypeWarmUp


def not_made_yet() -> list[str]:
    # PySide puts a class into its module's namespace when it makes the class's type.
    return [name for name in dir(QtWidgets) if name.startswith("Q") and name not in vars(QtWidgets)]


def test_types_are_made_a_slice_at_a_time_until_all_are_made(qtbot):
    waiting = not_made_yet()
    assert waiting  # the tests make only the types they use
    warm_up = TypeWarmUp()
    total = warm_up.remaining
    warm_up.start()
    QApplication.processEvents()
    assert warm_up.remaining == total  # the unlock dialog is drawn first
    time.sleep(START_DELAY_MS / 1000 + 0.05)  # the delay passes without a turn of the event loop
    QApplication.processEvents()  # one turn
    assert 0 < total - warm_up.remaining <= 2 * SLICE  # small slices: key presses get their turn between them
    qtbot.waitUntil(lambda: warm_up.remaining == 0, timeout=10_000)
    assert not_made_yet() == []


def test_stop_leaves_the_rest(qtbot):
    warm_up = TypeWarmUp()
    warm_up.start()
    warm_up.stop()
    left = warm_up.remaining
    qtbot.wait(50)
    assert warm_up.remaining == left > 0
