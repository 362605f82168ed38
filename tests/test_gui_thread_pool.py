"""create_application keeps Qt's painting on the GUI thread (QT_NO_GUI_THREADPOOL, see app.py).

Run in new processes: Qt reads the variable once per process, and the test process has its QApplication
already. The control (a bare QApplication) shows that the same fill does start Qt's pool threads, so the
test fails if the setting stops working.
"""

import os
import subprocess
import sys

import pytest

FILL_AND_LIST_THREADS = """
import sys
from pathlib import Path
if sys.argv[1] == "app":
    from oco_desktop.app import create_application
    app = create_application([])
else:
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
image = QImage(600, 600, QImage.Format.Format_ARGB32_Premultiplied)
painter = QPainter(image)
gradient = QLinearGradient(0, 0, 600, 600)
gradient.setColorAt(0, QColor("white"))
gradient.setColorAt(1, QColor("navy"))
painter.fillRect(0, 0, 600, 600, gradient)  # 600 lines: Qt hands fills of 96 or more to its pool
painter.end()
print(sum(Path(t, "comm").read_text().strip() == "Thread (pooled)" for t in Path("/proc/self/task").iterdir()))
"""


def pooled_threads_after_a_fill(kind: str) -> int:
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-c", FILL_AND_LIST_THREADS, kind], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    return int(done.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="threads are listed through /proc (Linux)")
def test_painting_stays_on_the_gui_thread():
    assert pooled_threads_after_a_fill("bare") > 0  # the control: Qt's default does use its pool
    assert pooled_threads_after_a_fill("app") == 0
