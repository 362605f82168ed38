"""Lock and quit close every dialog and menu and clear the app's text from the clipboard (issue 10,
point 7), with the real main window, the real client pages and a real modal QMessageBox."""

from __future__ import annotations

import types

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMessageBox, QVBoxLayout

from oco_desktop.domain.checklists import load_definitions
from oco_desktop.domain.models import Client
from oco_desktop.settings import Settings
from oco_desktop.storage import clients
from oco_desktop.storage.vault import Vault
from oco_desktop.ui.client.client_details_page import ClientDetailsPage
from oco_desktop.ui.shell.main_window import MainWindow
from oco_desktop.ui.shell.session import Session

PASS = "een lange zin als wachtwoord"
NAME = "Zwanetta Quokkaberg"


@pytest.fixture
def app_window(qtbot, tmp_path):
    folder = tmp_path / "kluis.ocovault"
    vault, _ = Vault.create(folder, PASS)
    client = clients.add_client(vault, Client(name=NAME))
    session = Session(vault, load_definitions(user_overrides=False))
    window = MainWindow(session, Settings(), folder, home_entries=[])
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    session.openClientRequested.emit(client.id)
    details = window.findChild(ClientDetailsPage)
    window.workspace.tabs.setCurrentWidget(details)
    yield types.SimpleNamespace(window=window, session=session, client=client, folder=folder, details=details)
    window.idle.uninstall()
    if session.is_unlocked:
        session.vault.close()
    QApplication.clipboard().clear()


def visible_dialogs() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, QDialog)]


def test_idle_lock_closes_the_delete_confirmation_that_names_the_client(app_window, qtbot):
    w = app_window.window
    seen: dict[str, object] = {}

    def look_at_the_box():
        box = QApplication.activeModalWidget()
        seen["box"] = isinstance(box, QMessageBox) and box.text()

    def safety_net():  # only if the lock failed to close it: end the nested loop so the test can fail
        box = QApplication.activeModalWidget()
        if box is not None:
            seen["still_open"] = True
            box.reject()

    QTimer.singleShot(150, look_at_the_box)
    QTimer.singleShot(8_000, safety_net)
    w.idle.set_interval_ms(600)
    # The real button: QMessageBox.warning(...) runs its own modal loop until the lock closes it.
    QTimer.singleShot(0, app_window.details.delete_client_button.click)
    qtbot.waitUntil(lambda: w.is_locked and "box" in seen and QApplication.activeModalWidget() is None,
                    timeout=10_000)
    assert NAME in seen["box"]  # the confirmation was real and showed the name
    assert "still_open" not in seen
    assert visible_dialogs() == []
    assert not app_window.session.is_unlocked
    # Closing the box is "cancel": the client was not deleted.
    with Vault.open(app_window.folder, PASS) as vault:
        assert clients.find_client(vault, app_window.client.id) is not None


@pytest.mark.qt_log_ignore(
    # A popup menu on the headless test platform: it cannot raise a window or grab the keyboard.
    r"^This plugin does not support (raise\(\)|grabbing the (keyboard|mouse))$",
)
def test_lock_closes_an_open_menu_and_a_non_modal_dialog(app_window, qtbot):
    w = app_window.window
    w.file_menu.popup(w.mapToGlobal(w.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is w.file_menu, timeout=3_000)
    side = QDialog(w)
    layout = QVBoxLayout(side)
    layout.addWidget(QLabel(f"Over {NAME}", side))
    side.show()
    w.lock()
    assert QApplication.activePopupWidget() is None and not w.file_menu.isVisible()
    assert not side.isVisible()
    assert w.is_locked


def test_lock_clears_client_text_the_app_copied(app_window, qtbot):
    w = app_window.window
    name_edit = app_window.details.name_edit
    assert name_edit.text() == NAME
    name_edit.setFocus()
    name_edit.selectAll()
    name_edit.copy()  # what Ctrl+C does
    assert QApplication.clipboard().text() == NAME
    w.lock()
    assert QApplication.clipboard().text() == ""


def test_lock_leaves_what_another_program_copied_later(app_window, qtbot, monkeypatch):
    w = app_window.window
    app_window.details.name_edit.selectAll()
    app_window.details.name_edit.copy()
    # Then the user copies something in another program: this app is not active and does not own it.
    monkeypatch.setattr(QApplication, "applicationState",
                        staticmethod(lambda: Qt.ApplicationState.ApplicationInactive))
    monkeypatch.setattr(type(QApplication.clipboard()), "ownsClipboard", lambda self: False)
    QApplication.clipboard().setText("boodschappenlijst uit een ander programma")
    monkeypatch.undo()
    w.lock()
    assert QApplication.clipboard().text() == "boodschappenlijst uit een ander programma"


def test_quit_closes_dialogs_and_clears_copied_text(app_window, qtbot):
    w = app_window.window
    QApplication.clipboard().setText(f"Notitie over {NAME}")  # e.g. 'copy letter' puts text there
    side = QDialog(w)
    side.setLayout(QVBoxLayout())
    side.layout().addWidget(QLineEdit(NAME, side))
    side.show()
    w.close()
    assert not side.isVisible()
    assert QApplication.clipboard().text() == ""
    assert not app_window.session.is_unlocked
