"""An exception no view handled becomes a truthful message box in the GUI, never a traceback."""

from __future__ import annotations

import sys

import sqlcipher3
from PySide6.QtWidgets import QApplication, QMessageBox

from oco_desktop.ui.shell import error_hook


def _boxes():
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "unhandledErrorBox" and w.isVisible()]


def test_unhandled_errors_become_a_message(qtbot, tmp_path, user_folders):
    previous = sys.excepthook
    try:
        hook = error_hook.install(lambda: tmp_path / "kluis")
        full = sqlcipher3.OperationalError("database or disk is full")
        hook(type(full), full, None)
        qtbot.waitUntil(lambda: len(_boxes()) == 1)
        [box] = _boxes()
        qtbot.addWidget(box)
        assert "schijf is vol" in box.text() and str(tmp_path / "kluis") in box.text()
        box.close()
        try:
            raise ValueError("Şükrü Yılmaz")
        except ValueError as exc:
            hook(ValueError, exc, exc.__traceback__)
        qtbot.waitUntil(lambda: len(_boxes()) == 1)
        [box] = _boxes()
        qtbot.addWidget(box)
        assert "interne fout" in box.text() and "oco-desktop.log" in box.text()
        assert "Şükrü" not in box.text()
        box.close()
    finally:
        sys.excepthook = previous
