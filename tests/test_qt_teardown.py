"""Each test's closed windows are deleted when it ends (tests/qt_teardown.py), as pytest-qt leaves them."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from oco_desktop.settings import Settings
from oco_desktop.ui.shell.main_window import MainWindow
from tests.gui_helpers import SMALL, fill_demo, open_first_client
from tests.qt_teardown import delete_closed_qt_objects


def test_a_window_closed_the_way_pytest_qt_does_is_deleted(qtbot, vault, session):
    fill_demo(vault)
    window = MainWindow(session, Settings(), vault.folder)  # not given to qtbot: this test closes it
    window.resize(*SMALL)
    window.show()
    qtbot.waitExposed(window)
    open_first_client(window, session)  # its pages fill; the close's lock clears them with deleteLater()
    destroyed = []
    window.centralWidget().destroyed.connect(lambda: destroyed.append("central"))
    window.close()  # what pytest-qt's teardown does, in its order
    window.deleteLater()
    QApplication.processEvents()
    assert shiboken6.isValid(window) and not destroyed, "processEvents() deleted it: the helper may be moot"
    delete_closed_qt_objects()
    assert destroyed == ["central"]
    assert not shiboken6.isValid(window)


def test_nothing_is_sent_without_a_qt_application(monkeypatch):
    sent = []
    monkeypatch.setattr(QCoreApplication, "instance", staticmethod(lambda: None))
    monkeypatch.setattr(QCoreApplication, "sendPostedEvents", staticmethod(lambda *args: sent.append(args)))
    delete_closed_qt_objects()
    assert sent == []
