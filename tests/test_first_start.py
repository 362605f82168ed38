"""First start: 'Onthoud op deze computer' when the vault is made, the reason as text when it cannot be
offered, recovery-code fields at full height, and the recovery code printed on paper (never to a file)."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

from oco_desktop.settings import Settings
from oco_desktop.storage import keystore
from oco_desktop.storage.vault import Vault
from oco_desktop.ui.shell import recovery_print, unlock_dialog
from oco_desktop.ui.shell.unlock_dialog import CREATE, RECOVER, RECOVERY_CODE, UNLOCK, UnlockDialog, UnlockPanel

PASS = "een lange zin als wachtwoord"


def make_panel(qtbot, folder, **kwargs) -> UnlockPanel:
    panel = UnlockPanel(folder, Settings(), **kwargs)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def create(qtbot, panel, remember: bool) -> str:
    assert panel.current_page() == CREATE
    panel.new_passphrase.setText(PASS)
    panel.new_passphrase_repeat.setText(PASS)
    panel.remember_new.setChecked(remember)
    panel.create_button.click()
    assert panel.current_page() == RECOVERY_CODE
    return panel.recovery_code.text()


def finish(qtbot, panel) -> Vault:
    panel.written_down.setChecked(True)
    with qtbot.waitSignal(panel.vaultOpened) as opened:
        panel.continue_button.click()
    return opened.args[0]


# -- remember when made ----------------------------------------------------------------------------------
def test_remember_is_offered_when_the_vault_is_made(qtbot, tmp_path, memory_keyring):
    folder = tmp_path / "nieuw"
    panel = make_panel(qtbot, folder)
    assert panel.remember_new.isVisible() and panel.remember_new.isEnabled()
    assert not panel.remember_new.isChecked()  # a choice, not a default
    assert panel.create_keyring_notice.isHidden()
    create(qtbot, panel, remember=True)
    assert memory_keyring.items == {}  # nothing stored before "I wrote the code down"
    vault = finish(qtbot, panel)
    vault_id = vault.vault_id
    assert keystore.recall(vault_id) == vault.data_key
    vault.close()
    # The next start opens without asking.
    monkey_dialog = pytest.MonkeyPatch()
    monkey_dialog.setattr(UnlockDialog, "exec", lambda self: pytest.fail("asked although remembered"))
    try:
        again = unlock_dialog.obtain_vault(folder, Settings())
    finally:
        monkey_dialog.undo()
    assert again is not None and again.vault_id == vault_id
    again.close()


def test_not_remembered_unless_chosen(qtbot, tmp_path, memory_keyring):
    panel = make_panel(qtbot, tmp_path / "nieuw")
    create(qtbot, panel, remember=False)
    finish(qtbot, panel).close()
    assert memory_keyring.items == {}


def test_without_a_secure_keyring_the_reason_is_text_on_both_pages(qtbot, tmp_path):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    folder = tmp_path / "nieuw"
    panel = make_panel(qtbot, folder)
    assert not panel.remember_new.isEnabled()
    assert panel.create_keyring_notice.isVisible()  # on screen, not only in a tooltip
    assert "sleutelbos" in panel.create_keyring_notice.text()
    assert panel.remember_new.accessibleDescription() == panel.create_keyring_notice.text()
    create(qtbot, panel, remember=True)  # even a forced check mark stores nothing
    finish(qtbot, panel).close()
    again = make_panel(qtbot, folder)
    assert again.current_page() == UNLOCK
    assert not again.remember.isEnabled() and again.keyring_notice.isVisible()


def test_the_lock_screen_offers_no_remembering(qtbot, tmp_path):
    panel = make_panel(qtbot, tmp_path / "nieuw", allow_remember=False)
    for widget in (panel.remember, panel.remember_new, panel.keyring_notice, panel.create_keyring_notice):
        assert widget.isHidden()


# -- recovery-code fields ------------------------------------------------------------------------------
@pytest.mark.parametrize("height", [0, 120])
def test_recovery_code_fields_keep_full_height(qtbot, tmp_path, height):
    dialog = UnlockDialog(tmp_path / "nieuw", Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.panel
    create(qtbot, panel, remember=False)
    dialog.resize(dialog.width(), height)  # as small as the window lets it
    qtbot.wait(10)
    code_line = QFontMetrics(panel.recovery_code.font()).height()
    assert panel.recovery_code.height() >= code_line + 2 * panel.recovery_code.margin()
    finish(qtbot, panel).close()
    panel.show_page(RECOVER)
    dialog.resize(dialog.width(), height)
    qtbot.wait(10)
    assert panel.recovery_input.height() >= panel.recovery_input.sizeHint().height()
    assert panel.recovery_input.height() >= QFontMetrics(panel.recovery_input.font()).height()


# -- printing ---------------------------------------------------------------------------------------------
@pytest.fixture
def printing(monkeypatch):
    """The print dialog is patched (it is modal); what it would print is kept for the test."""
    state = {"dialogs": [], "sent": [], "answer": QPrintDialog.DialogCode.Accepted, "to_file": None}

    def fake_exec(dialog):
        state["dialogs"].append(dialog)
        if state["to_file"]:
            dialog.printer().setOutputFileName(str(state["to_file"]))
        return state["answer"]

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    monkeypatch.setattr(recovery_print, "printers_available", lambda: True)  # the test machine has none
    monkeypatch.setattr(recovery_print, "send_to_printer", lambda document, printer: state["sent"].append(
        (document.toPlainText(), printer.outputFormat(), printer.outputFileName())))
    return state


def test_the_recovery_code_can_be_printed_on_paper(qtbot, tmp_path, printing):
    folder = tmp_path / "nieuw"
    panel = make_panel(qtbot, folder)
    code = create(qtbot, panel, remember=False)
    assert panel.print_button.isVisible() and panel.print_button.isEnabled()
    panel.print_button.click()
    [dialog] = printing["dialogs"]
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    [(text, _format, file_name)] = printing["sent"]
    assert code in text and str(folder) in text
    assert "veilige plek" in text
    assert file_name == ""
    assert "printer" in panel.print_status.text() and panel.print_status.isVisible()
    vault = finish(qtbot, panel)
    assert panel.recovery_code.text() == "" and panel.print_status.isHidden()
    vault.close()


def test_a_printer_that_writes_a_file_is_refused(qtbot, tmp_path, printing):
    printing["to_file"] = tmp_path / "herstelcode.pdf"
    panel = make_panel(qtbot, tmp_path / "nieuw")
    create(qtbot, panel, remember=False)
    panel.print_button.click()
    assert printing["sent"] == []
    assert not printing["to_file"].exists()
    assert "bestand" in panel.print_status.text()
    assert not list(tmp_path.rglob("*.pdf"))


def test_no_printer_at_all_is_said(qtbot, tmp_path, printing, monkeypatch):
    monkeypatch.setattr(recovery_print, "printers_available", lambda: False)
    panel = make_panel(qtbot, tmp_path / "nieuw")
    create(qtbot, panel, remember=False)
    panel.print_button.click()
    assert printing["dialogs"] == [] and printing["sent"] == []
    assert "geen printer" in panel.print_status.text()


def test_cancelled_print_says_nothing(qtbot, tmp_path, printing):
    printing["answer"] = QPrintDialog.DialogCode.Rejected
    panel = make_panel(qtbot, tmp_path / "nieuw")
    create(qtbot, panel, remember=False)
    panel.print_button.click()
    assert printing["sent"] == [] and panel.print_status.isHidden()


def test_the_printed_page_in_english(qtbot, tmp_path):
    from datetime import date

    document = recovery_print.recovery_code_document("ABCDE-12345", tmp_path, date(2026, 11, 30), "en")
    assert "ABCDE-12345" in document.toPlainText() and "30 November 2026" in document.toPlainText()
