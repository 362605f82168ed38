"""The main window: opening a client, locking by hand and after idle time, unlocking, quitting."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QTabWidget, QWidget

from oco_desktop.domain.checklists import load_definitions
from oco_desktop.domain.models import Client
from oco_desktop.settings import Settings
from oco_desktop.storage.clients import add_client
from oco_desktop.storage.vault import Vault
from oco_desktop.ui.shell.main_window import MainWindow
from oco_desktop.ui.shell.session import Session

PASS = "een lange zin als wachtwoord"
NAME = "Jantje Testpersoon"


class RecordingPage(QLabel):
    """A client page that shows what it was asked to show (and drops it on lock), like real pages do."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.calls: list[tuple[str, str | None]] = []
        session.locked.connect(self.clear)

    def title(self):
        return "Opname"

    def show_client(self, client_id):
        self.calls.append(("client", client_id))
        self.setText(f"client {client_id}" if client_id else "")

    def show_case(self, case_id):
        self.calls.append(("case", case_id))


class NotesPage(RecordingPage):
    def title(self):
        return "Notities"

    def show_note(self, note_id):
        self.calls.append(("note", note_id))


CLIENT_ENTRIES = [(__name__, "RecordingPage"), (__name__, "NotesPage")]


@pytest.fixture
def setup(qtbot, tmp_path):
    folder = tmp_path / "kluis.ocovault"
    vault, _ = Vault.create(folder, PASS)
    client = add_client(vault, Client(name="Jan Test", preferred_name=NAME))
    session = Session(vault, load_definitions(user_overrides=False))
    window = MainWindow(session, Settings(), folder, home_entries=[], client_entries=CLIENT_ENTRIES)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield types.SimpleNamespace(window=window, session=session, client=client, folder=folder)
    window.idle.uninstall()
    if session.is_unlocked:
        session.vault.close()


def visible_texts(window: QWidget) -> str:
    parts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        for cls in (QLabel, QLineEdit, QAbstractButton):
            if isinstance(widget, cls):
                parts.append(widget.text())
        if isinstance(widget, QTabWidget):
            parts += [widget.tabText(i) for i in range(widget.count())]
    parts.append(window.windowTitle())
    parts += [bar.currentMessage() for bar in [window.statusBar()]]
    return "\n".join(parts)


def test_opening_a_client_shows_the_header_and_tells_the_pages(setup):
    w, s = setup.window, setup.session
    s.openClientRequested.emit(setup.client.id)
    assert w.workspace.header.text() == NAME
    assert NAME in visible_texts(w)
    assert [p.calls[-1] for p in w.workspace.pages] == [("client", setup.client.id)] * 2
    s.openCaseRequested.emit(setup.client.id, "case-1")
    assert all(p.calls[-1] == ("case", "case-1") for p in w.workspace.pages)
    s.openNoteRequested.emit(setup.client.id, "note-7")
    notes = w.workspace.pages[1]
    assert notes.calls[-1] == ("note", "note-7") and w.workspace.tabs.currentWidget() is notes


def test_status_bar_shows_the_folder_and_home_has_an_empty_state(setup):
    w = setup.window
    assert str(setup.folder) in w.status_folder.text()
    assert "overzichten" in visible_texts(w)


def test_ctrl_l_locks_and_hides_client_data(setup, qtbot):
    w, s = setup.window, setup.session
    s.openClientRequested.emit(setup.client.id)
    vault = s.vault
    assert w.lock_action.shortcut() == QKeySequence("Ctrl+L")
    w.activateWindow()
    with qtbot.waitSignals([s.aboutToLock, s.locked], order="strict", timeout=3000):
        qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.is_locked and not vault.is_open
    assert NAME not in visible_texts(w)
    assert w.workspace.header.text() == ""
    assert not w.new_client_action.isEnabled()


def test_idle_time_locks_and_the_passphrase_brings_the_client_back(setup, qtbot):
    w, s = setup.window, setup.session
    s.openClientRequested.emit(setup.client.id)
    old_vault = s.vault
    drafts_saved = []
    s.aboutToLock.connect(lambda: drafts_saved.append(old_vault.is_open))
    w.idle.set_interval_ms(150)
    qtbot.waitUntil(lambda: w.is_locked, timeout=5000)
    assert drafts_saved == [True]  # aboutToLock came while the vault was still open
    assert not old_vault.is_open and not s.is_unlocked
    assert NAME not in visible_texts(w)
    assert not w.idle.is_active()

    panel = w.lock_screen.panel
    qtbot.keyClicks(panel.passphrase, "verkeerd wachtwoord")
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert w.is_locked and "klopt niet" in panel.unlock_error.text()
    assert NAME not in visible_texts(w)

    panel.passphrase.clear()
    with qtbot.waitSignal(s.unlocked, timeout=5000):
        qtbot.keyClicks(panel.passphrase, PASS)
        qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert not w.is_locked and s.vault.is_open and s.vault is not old_vault
    assert w.workspace.header.text() == NAME and NAME in visible_texts(w)
    assert w.idle.is_active()


def test_input_restarts_the_idle_timer(setup, qtbot):
    w = setup.window
    w.idle.set_interval_ms(60_000)
    # Wait until the countdown has clearly run (a stray event from showing the window may restart it).
    qtbot.waitUntil(lambda: w.idle._timer.remainingTime() < 59_300, timeout=5_000)
    before = w.idle._timer.remainingTime()
    assert before < 59_300
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w.home_tabs, press)  # through the application's event filters, like real input
    # Compared with the value just before, so a busy machine cannot make it flaky.
    assert w.idle._timer.remainingTime() - before > 500


def test_autolock_minutes_come_from_the_settings(qtbot, tmp_path):
    Settings().set("autolock_minutes", 3)
    folder = tmp_path / "v"
    vault, _ = Vault.create(folder, PASS)
    session = Session(vault, load_definitions(user_overrides=False))
    window = MainWindow(session, Settings(), folder, home_entries=[], client_entries=[])
    qtbot.addWidget(window)
    try:
        assert window.idle.interval_ms() == 3 * 60_000
        assert Settings().get("autolock_minutes") == 3
    finally:
        window.idle.uninstall()
        vault.close()


def test_closing_the_window_saves_and_closes_the_vault(setup, qtbot):
    w, s = setup.window, setup.session
    vault = s.vault
    with qtbot.waitSignal(s.aboutToLock, timeout=3000):
        w.close()
    assert not vault.is_open
    Vault.open(setup.folder, PASS).close()  # the lock was released


def test_new_client_opens_the_created_client(setup, monkeypatch):
    w, _s = setup.window, setup.session
    calls = []

    def fake_create(session, parent):
        calls.append(parent)
        return add_client(session.vault, Client(name="Nieuwe Cliënt")).id

    module = types.ModuleType("oco_desktop.ui.client.new_client_dialog")
    module.create_client_interactively = fake_create
    monkeypatch.setitem(sys.modules, "oco_desktop.ui.client.new_client_dialog", module)
    assert w.new_client_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    w.new_client_action.trigger()
    assert calls == [w]
    assert w.workspace.header.text() == "Nieuwe Cliënt"

    module.create_client_interactively = lambda session, parent: None  # cancelled
    w.new_client_action.trigger()
    assert w.workspace.header.text() == "Nieuwe Cliënt"


def test_settings_dialog_changes_the_autolock_time(setup, monkeypatch):
    from oco_desktop.ui.shell.settings_dialog import SettingsDialog

    def fill_and_accept(dialog):
        dialog.autolock.setValue(17)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.apply()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_accept)
    setup.window.settings_action.trigger()
    assert setup.window.idle.interval_ms() == 17 * 60_000
    assert Settings().get("autolock_minutes") == 17 and Settings().get("language") == "en"


def test_settings_dialog_forgets_the_remembered_key(setup, qtbot, memory_keyring):
    from oco_desktop.storage import keystore
    from oco_desktop.ui.shell.settings_dialog import SettingsDialog

    vault = setup.session.vault
    keystore.remember(vault.vault_id, vault.data_key)
    dialog = SettingsDialog(Settings(), vault.vault_id, setup.window)
    qtbot.addWidget(dialog)
    assert dialog.forget_button.isEnabled()
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert keystore.recall(vault.vault_id) is None and not dialog.forget_button.isEnabled()


def test_change_passphrase_dialog(setup, qtbot):
    from oco_desktop.ui.shell.change_passphrase_dialog import ChangePassphraseDialog

    vault = setup.session.vault
    keys_before = (setup.folder / "keys.json").read_bytes()
    dialog = ChangePassphraseDialog(vault, setup.window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.old, "niet het goede wachtwoord")
    qtbot.keyClicks(dialog.new, "een nieuwe wachtwoordzin")
    qtbot.keyClicks(dialog.repeat, "een nieuwe wachtwoordzin")
    assert not dialog.apply()
    assert "klopt niet" in dialog.error.text()
    assert (setup.folder / "keys.json").read_bytes() == keys_before
    dialog.old.setText(PASS)
    assert dialog.apply()
    vault.close()
    Vault.open(setup.folder, "een nieuwe wachtwoordzin").close()


def test_menus_have_mnemonics_and_home_tab_shortcuts(qtbot, tmp_path):
    folder = tmp_path / "v"
    vault, _ = Vault.create(folder, PASS)
    session = Session(vault, load_definitions(user_overrides=False))
    window = MainWindow(session, Settings(), folder, home_entries=[(__name__, "RecordingPage")] * 2,
                        client_entries=[])
    qtbot.addWidget(window)
    try:
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles == ["&Bestand", "Bee&ld", "&Help"]
        assert [a.shortcut().toString() for a in window.home_tab_actions] == ["Alt+1", "Alt+2"]
        window.home_tab_actions[1].trigger()
        assert window.home_tabs.currentIndex() == 1
        assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    finally:
        window.idle.uninstall()
        vault.close()
    assert QApplication.instance() is not None


def _damaged_but_closed_cleanly(folder):
    from oco_desktop.storage.vault import DB_NAME

    vault = Vault.open(folder, PASS)
    for i in range(40):
        add_client(vault, Client(name=f"Cliënt {i}", address="Dorpsstraat " * 40))
    vault.close()
    db = folder / DB_NAME
    data = bytearray(db.read_bytes())
    data[len(data) - 4096 * 2 + 200] ^= 0xFF  # a page near the end: not read when opening
    db.write_bytes(bytes(data))


def test_full_page_check_runs_after_the_window_shows(qtbot, tmp_path):
    folder = tmp_path / "kluis.ocovault"
    Vault.create(folder, PASS)[0].close()
    vault = Vault.open(folder, PASS)
    assert not vault.pages_verified  # closed cleanly: not checked while opening
    session = Session(vault, load_definitions(user_overrides=False))
    window = MainWindow(session, Settings(), folder, home_entries=[], client_entries=[])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: vault.pages_verified, timeout=10000)
    assert not window.is_locked
    window.close()


def test_search_pages_are_read_in_the_background_after_the_window_shows(qtbot, tmp_path, monkeypatch):
    from oco_desktop.ui.shell import input_pauses, warm_up

    folder = tmp_path / "kluis.ocovault"
    Vault.create(folder, PASS)[0].close()
    vault = Vault.open(folder, PASS)
    calls = []
    monkeypatch.setattr(warm_up, "warm_search_pages", lambda v, pause_s: calls.append((v, pause_s)))
    monkeypatch.setattr(warm_up, "START_DELAY_MS", 50)
    session = Session(vault, load_definitions(user_overrides=False))
    window = MainWindow(session, Settings(), folder, home_entries=[], client_entries=[])
    qtbot.addWidget(window)
    window.show()
    assert calls == []  # not while the caseload and Today load
    qtbot.waitUntil(lambda: calls != [], timeout=10000)
    window.warm_up.join(10)
    assert not window.warm_up.is_alive()
    [(warmed, pause)] = calls
    assert warmed is vault
    assert pause() == warm_up.PAUSE_S  # nobody typing: the usual pause
    qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert pause() == input_pauses.BUSY_PAUSE_S  # while typing: longer pauses
    window.close()


def test_a_vault_locked_before_the_search_pages_are_read_is_left_alone(qtbot, tmp_path, monkeypatch):
    from oco_desktop.ui.shell import warm_up

    folder = tmp_path / "kluis.ocovault"
    Vault.create(folder, PASS)[0].close()
    vault = Vault.open(folder, PASS)
    monkeypatch.setattr(warm_up, "START_DELAY_MS", 100)
    session = Session(vault, load_definitions(user_overrides=False))
    window = MainWindow(session, Settings(), folder, home_entries=[], client_entries=[])
    qtbot.addWidget(window)
    window.show()
    window.lock()
    assert not vault.is_open
    qtbot.wait(300)
    assert window.warm_up.ident is None  # never started
    window.close()


def test_damage_found_in_the_background_blocks_with_a_message_and_locks(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    folder = tmp_path / "kluis.ocovault"
    Vault.create(folder, PASS)[0].close()
    _damaged_but_closed_cleanly(folder)
    vault = Vault.open(folder, PASS)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    session = Session(vault, load_definitions(user_overrides=False))
    window = MainWindow(session, Settings(), folder, home_entries=[], client_entries=[])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0][0] == "Kluis beschadigd" and str(folder) in shown[0][1]
    assert window.is_locked and not vault.is_open
    # The damaged vault kept its "not closed cleanly" mark: the next open checks fully and refuses it.
    from oco_desktop.errors import VaultCorrupt

    with pytest.raises(VaultCorrupt):
        Vault.open(folder, PASS)
    window.close()
