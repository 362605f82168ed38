"""The unlock dialog: create with a recovery code shown once, unlock, remember, recover, and errors."""

from __future__ import annotations

import re
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from oco_desktop.settings import Settings
from oco_desktop.storage import keystore
from oco_desktop.storage.vault import Vault
from oco_desktop.ui.shell import unlock_dialog
from oco_desktop.ui.shell.unlock_dialog import CREATE, RECOVER, RECOVERY_CODE, UNLOCK, UnlockDialog, UnlockPanel

PASS = "een lange zin als wachtwoord"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def existing_vault(tmp_path):
    folder = tmp_path / "kluis.ocovault"
    vault, code = Vault.create(folder, PASS)
    vault.close()
    return folder, code


def make_panel(qtbot, folder, **kwargs) -> UnlockPanel:
    panel = UnlockPanel(folder, Settings(), **kwargs)
    qtbot.addWidget(panel)
    return panel


def opened(qtbot, panel, action):
    with qtbot.waitSignal(panel.vaultOpened, timeout=5000) as blocker:
        action()
    return blocker.args[0]


def test_create_shows_recovery_code_once_and_requires_the_checkbox(qtbot, tmp_path):
    folder = tmp_path / "nieuw"
    panel = make_panel(qtbot, folder)
    assert panel.current_page() == CREATE
    qtbot.keyClicks(panel.new_passphrase, "kort")
    qtbot.keyClicks(panel.new_passphrase_repeat, "kort")
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    assert "te kort" in panel.create_error.text()
    assert not folder.exists()

    panel.reset()
    qtbot.keyClicks(panel.new_passphrase, PASS)
    qtbot.keyClicks(panel.new_passphrase_repeat, PASS + "x")
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    assert "niet gelijk" in panel.create_error.text()
    assert not folder.exists()

    panel.reset()
    qtbot.keyClicks(panel.new_passphrase, PASS)
    qtbot.keyClicks(panel.new_passphrase_repeat, PASS)
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    assert panel.current_page() == RECOVERY_CODE
    code = panel.recovery_code.text()
    assert re.fullmatch(r"[A-Z0-9]{5}(-[A-Z0-9]{5})+", code)
    assert panel.recovery_code.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction  # no copying
    assert not panel.continue_button.isEnabled()
    qtbot.mouseClick(panel.continue_button, Qt.MouseButton.LeftButton)
    assert panel.current_page() == RECOVERY_CODE  # nothing happens without the tick

    panel.written_down.setChecked(True)
    assert panel.continue_button.isEnabled()
    vault = opened(qtbot, panel, lambda: qtbot.mouseClick(panel.continue_button, Qt.MouseButton.LeftButton))
    try:
        assert vault.is_open and (folder / "keys.json").is_file()
        assert panel.recovery_code.text() == ""  # shown once: gone from the widget
    finally:
        vault.close()
    Vault.recover(folder, code, "nieuwe wachtwoordzin").close()  # the code shown was the real one


def test_dialog_cannot_be_left_while_the_code_is_shown(qtbot, tmp_path):
    dialog = UnlockDialog(tmp_path / "v", Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.panel
    panel.new_passphrase.setText(PASS)
    panel.new_passphrase_repeat.setText(PASS)
    panel.create_button.click()
    dialog.reject()
    assert dialog.isVisible() and panel.current_page() == RECOVERY_CODE
    panel.written_down.setChecked(True)
    panel.continue_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    dialog.vault.close()


def test_wrong_passphrase_shows_a_message_and_leaves_the_files_alone(qtbot, existing_vault):
    folder, _ = existing_vault
    before = snapshot(folder)
    panel = make_panel(qtbot, folder)
    assert panel.current_page() == UNLOCK
    qtbot.keyClicks(panel.passphrase, "verkeerde wachtwoordzin")
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert not panel.unlock_error.isHidden()
    assert "klopt niet" in panel.unlock_error.text()
    assert snapshot(folder) == before


def test_right_passphrase_opens_without_remembering(qtbot, existing_vault, memory_keyring):
    folder, _ = existing_vault
    panel = make_panel(qtbot, folder)
    qtbot.keyClicks(panel.passphrase, PASS)
    vault = opened(qtbot, panel, lambda: qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return))
    try:
        assert vault.is_open
        assert panel.passphrase.text() == ""
        assert memory_keyring.items == {}
    finally:
        vault.close()


def test_remember_stores_the_key_and_the_next_start_asks_nothing(qtbot, existing_vault, memory_keyring,
                                                                  monkeypatch):
    folder, _ = existing_vault
    panel = make_panel(qtbot, folder)
    assert panel.remember.isEnabled()
    qtbot.keyClicks(panel.passphrase, PASS)
    panel.remember.setChecked(True)
    vault = opened(qtbot, panel, lambda: qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton))
    vault_id = vault.vault_id
    vault.close()
    stored = memory_keyring.items[(keystore.SERVICE, vault_id)]
    assert PASS not in stored  # the data key, never the passphrase

    def no_dialog(self):
        raise AssertionError("the dialog must not be shown when a key is remembered")

    monkeypatch.setattr(UnlockDialog, "exec", no_dialog)
    again = unlock_dialog.obtain_vault(folder, Settings())
    assert again is not None and again.is_open
    again.close()


def test_a_stale_remembered_key_is_forgotten_and_the_dialog_asks(qtbot, existing_vault, memory_keyring,
                                                                 monkeypatch):
    folder, _ = existing_vault
    vault = Vault.open(folder, PASS)
    vault_id = vault.vault_id
    vault.close()
    keystore.remember(vault_id, bytes(32))
    shown = []
    monkeypatch.setattr(UnlockDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Rejected)
    assert unlock_dialog.obtain_vault(folder, Settings()) is None
    assert len(shown) == 1
    assert keystore.recall(vault_id) is None


def test_no_keyring_disables_remember_and_says_why_as_text_every_time(qtbot, existing_vault):
    folder, _ = existing_vault
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert not keystore.available()
    first = make_panel(qtbot, folder)
    assert not first.remember.isEnabled()
    assert not first.keyring_notice.isHidden()
    assert "sleutelbos" in first.keyring_notice.text()
    second = make_panel(qtbot, folder)
    assert not second.remember.isEnabled()
    assert not second.keyring_notice.isHidden()  # text, not only a tooltip, and not only once
    qtbot.keyClicks(second.passphrase, PASS)
    opened(qtbot, second, second.unlock_button.click).close()  # still opens, asking each time


def test_recover_sets_a_new_passphrase(qtbot, existing_vault):
    folder, code = existing_vault
    panel = make_panel(qtbot, folder)
    qtbot.mouseClick(panel.forgot_button, Qt.MouseButton.LeftButton)
    assert panel.current_page() == RECOVER
    before = snapshot(folder)
    qtbot.keyClicks(panel.recovery_input, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    qtbot.keyClicks(panel.recover_passphrase, "nieuwe wachtwoordzin")
    qtbot.keyClicks(panel.recover_passphrase_repeat, "nieuwe wachtwoordzin")
    panel.recover_button.click()
    assert "herstelcode klopt niet" in panel.recover_error.text()
    assert snapshot(folder) == before

    panel.recovery_input.setText(code.lower())
    vault = opened(qtbot, panel, panel.recover_button.click)
    vault.close()
    Vault.open(folder, "nieuwe wachtwoordzin").close()
    with pytest.raises(Exception, match="klopt niet"):
        Vault.open(folder, PASS)


def test_back_from_recover_returns_to_unlock(qtbot, existing_vault):
    panel = make_panel(qtbot, existing_vault[0])
    panel.forgot_button.click()
    panel.back_button.click()
    assert panel.current_page() == UNLOCK


def test_a_vault_open_elsewhere_gives_the_lock_message(qtbot, existing_vault):
    folder, _ = existing_vault
    other = Vault.open(folder, PASS)  # the "second instance"
    try:
        panel = make_panel(qtbot, folder)
        qtbot.keyClicks(panel.passphrase, PASS)
        panel.unlock_button.click()
        assert "al open in een ander venster" in panel.unlock_error.text()
        assert other.is_open
    finally:
        other.close()


def test_remembered_key_while_locked_elsewhere_keeps_the_key(qtbot, existing_vault, monkeypatch):
    folder, _ = existing_vault
    other = Vault.open(folder, PASS)
    keystore.remember(other.vault_id, other.data_key)
    shown = []
    monkeypatch.setattr(UnlockDialog, "exec", lambda self: shown.append(self.panel.unlock_error.text()) or 0)
    try:
        assert unlock_dialog.obtain_vault(folder, Settings()) is None
        assert "al open" in shown[0]
        assert keystore.recall(other.vault_id) == other.data_key
    finally:
        other.close()


def test_damaged_database_names_the_folder_and_is_not_touched(qtbot, existing_vault):
    folder, _ = existing_vault
    db = folder / "vault.db"
    db.write_bytes(db.read_bytes()[: 4096 + 100])  # truncated
    before = snapshot(folder)
    panel = make_panel(qtbot, folder)
    panel.passphrase.setText(PASS)
    panel.unlock_button.click()
    assert "beschadigd" in panel.unlock_error.text()
    assert str(folder) in panel.unlock_error.text()
    assert snapshot(folder) == before


def test_a_folder_that_is_not_a_vault_is_named_and_untouched(qtbot, tmp_path):
    folder = tmp_path / "documenten"
    folder.mkdir()
    (folder / "brief.txt").write_text("iets anders", encoding="utf-8")
    panel = make_panel(qtbot, folder)
    assert panel.current_page() == UNLOCK  # never offers to create over existing files
    panel.passphrase.setText(PASS)
    panel.unlock_button.click()
    assert "geen (volledige) kluis" in panel.unlock_error.text()
    assert str(folder) in panel.unlock_error.text()
    assert sorted(p.name for p in folder.iterdir()) == ["brief.txt"]


def test_a_newer_schema_is_refused_and_named(qtbot, existing_vault):
    folder, _ = existing_vault
    vault = Vault.open(folder, PASS)
    vault.conn.execute("PRAGMA user_version = 9999")
    vault.close()
    before = snapshot(folder)
    panel = make_panel(qtbot, folder)
    panel.passphrase.setText(PASS)
    panel.unlock_button.click()
    assert "nieuwere versie" in panel.unlock_error.text()
    assert str(folder) in panel.unlock_error.text()
    assert snapshot(folder) == before


def test_controls_have_accessible_names_or_labels(qtbot, existing_vault):
    from PySide6.QtWidgets import QLabel, QLineEdit

    panel = make_panel(qtbot, existing_vault[0])
    buddies = {label.buddy() for label in panel.findChildren(QLabel) if label.buddy() is not None}
    for field in panel.findChildren(QLineEdit):
        assert field.accessibleName() or field in buddies, field.objectName()
