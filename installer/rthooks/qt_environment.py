"""Run-time hook of the frozen app: the environment PyInstaller's PySide6 hook sets, without Qt.

PyInstaller's own hook (pyi_rth_pyside6) imports PySide6.QtCore at the start of every run, the CLI's
commands included: Qt's core library with ICU, about 110 ms before `oco-desktop --version` could answer
(and with Qt loaded, the CLI's quick exit does not apply). It does so to register an embedded qt.conf
with Qt's location, which PySide6's wheels register themselves when QtCore is first imported (by the
GUI, with the same prefix: the wheel's layout is kept in the bundle). So only the environment is set
here, as that hook sets it; installer/oco_desktop.spec leaves the original hook out.
"""

import os
import sys


def _set_qt_environment() -> None:
    bundle = sys._MEIPASS  # noqa: SLF001 - PyInstaller's bundle folder
    qt = os.path.join(bundle, "PySide6") if sys.platform.startswith("win") else os.path.join(bundle, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")
    if sys.platform.startswith("win"):
        os.environ["PATH"] = os.pathsep.join(filter(None, [bundle, os.environ.get("PATH")]))


_set_qt_environment()
