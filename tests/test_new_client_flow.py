"""'Nieuwe cliënt': consent is exactly one choice at every moment, and Escape asks before typed input goes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QPushButton

from oco_desktop.domain.checklists import load_definitions
from oco_desktop.storage import clients
from oco_desktop.storage.vault import Vault
from oco_desktop.ui.client.new_client_dialog import NewClientDialog
from oco_desktop.ui.shell.session import Session
from oco_desktop.ui.widgets import guarded_dialog
from oco_desktop.ui.widgets.guarded_dialog import GuardedDialog


@pytest.fixture
def vault(tmp_path):
    v, _code = Vault.create(tmp_path / "kluis", "geheim wachtwoord")
    yield v
    v.close()


@pytest.fixture
def session(vault):
    return Session(vault, load_definitions(user_overrides=False))


@pytest.fixture
def dialog(qtbot, session):
    widget = NewClientDialog(session)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def tick(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def chosen(dialog) -> list[str]:
    return [b.objectName() for b in (dialog.consent_now, dialog.consent_later) if b.isChecked()]


# -- consent ------------------------------------------------------------------------------------------
def test_consent_is_one_choice_by_mouse(qtbot, dialog):
    assert chosen(dialog) == ["consentNowRadio"]  # one chosen from the start
    tick(qtbot, dialog.consent_later)
    assert chosen(dialog) == ["consentLaterRadio"]
    assert not dialog.consent_details.isEnabled()
    tick(qtbot, dialog.consent_now)  # the issue: both were on after this
    assert chosen(dialog) == ["consentNowRadio"]
    assert dialog.consent_details.isEnabled()
    tick(qtbot, dialog.consent_now)  # a click on the chosen one keeps it chosen
    assert chosen(dialog) == ["consentNowRadio"]


def test_consent_is_one_choice_by_keyboard(qtbot, dialog):
    dialog.consent_now.setFocus()
    qtbot.keyClick(dialog.consent_now, Qt.Key.Key_Space)  # the issue: this left none
    assert chosen(dialog) == ["consentNowRadio"]
    tick(qtbot, dialog.consent_later)
    dialog.consent_later.setFocus()
    qtbot.keyClick(dialog.consent_later, Qt.Key.Key_Space)
    assert chosen(dialog) == ["consentLaterRadio"]
    dialog.consent_now.setFocus()
    qtbot.keyClick(dialog.consent_now, Qt.Key.Key_Space)
    assert chosen(dialog) == ["consentNowRadio"]
    dialog.consent_now.setChecked(False)  # not even from code
    assert chosen(dialog) == ["consentNowRadio"]


def test_consent_method_is_one_choice(qtbot, dialog):
    assert dialog.verbal_radio.isChecked() and not dialog.written_radio.isChecked()
    tick(qtbot, dialog.written_radio)
    tick(qtbot, dialog.written_radio)
    assert dialog.written_radio.isChecked() and not dialog.verbal_radio.isChecked()
    dialog.written_radio.setFocus()
    qtbot.keyClick(dialog.written_radio, Qt.Key.Key_Space)
    assert dialog.written_radio.isChecked() != dialog.verbal_radio.isChecked()


def test_consent_date_is_typed_the_dutch_way(qtbot, dialog, vault):
    dialog.name_edit.setText("Anaïs Groot")  # keyClicks takes ASCII only
    dialog.consent_date_edit.edit.setText("")
    qtbot.keyClicks(dialog.consent_date_edit.edit, "200126")
    qtbot.keyClicks(dialog.birth_date_edit.edit, "3-5-47")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    client = clients.get_client(vault, dialog.client_id)
    assert client.date_of_birth == date(1947, 5, 3)
    [consent] = clients.consents(vault, client.id)
    assert consent.given_on == date(2026, 1, 20)


def test_consent_date_in_the_future_or_impossible_is_refused(qtbot, dialog, vault):
    qtbot.keyClicks(dialog.name_edit, "Jan")
    dialog.consent_date_edit.edit.setText("31-02-2026")
    dialog.accept()
    assert dialog.client_id is None and "bestaat niet" in dialog.error_label.text()
    assert clients.all_clients(vault) == []


# -- Escape ---------------------------------------------------------------------------------------------
def test_escape_without_typing_closes_at_once(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(guarded_dialog, "ask_discard", lambda parent: pytest.fail("asked without input"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("answer", [False, True])
def test_escape_after_typing_asks_first(qtbot, dialog, monkeypatch, answer):
    asked = []
    monkeypatch.setattr(guarded_dialog, "ask_discard", lambda parent: asked.append(parent) or answer)
    qtbot.keyClicks(dialog.name_edit, "Fatima")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert asked == [dialog]
    assert dialog.isVisible() is not answer
    if not answer:
        assert dialog.name_edit.text() == "Fatima"  # kept, to go on


@pytest.mark.parametrize("change", ["consent_later", "birth", "cancel"])
def test_any_choice_counts_as_input(qtbot, dialog, monkeypatch, change):
    asked = []
    monkeypatch.setattr(guarded_dialog, "ask_discard", lambda parent: asked.append(parent) or False)
    if change == "consent_later":
        tick(qtbot, dialog.consent_later)
    else:
        qtbot.keyClicks(dialog.birth_date_edit.edit, "12-04-1958")
    if change == "cancel":
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    else:
        dialog.closeEvent(CloseButton())  # the window's close button
    assert asked == [dialog] and dialog.isVisible()


class CloseButton(QCloseEvent):
    """The close event the window system sends for the title bar's close button."""

    def spontaneous(self) -> bool:
        return True


def test_closing_from_code_never_asks(qtbot, dialog, monkeypatch):
    """Quit (closeAllWindows) and test teardown close the dialog from code: no question blocks them."""
    monkeypatch.setattr(guarded_dialog, "ask_discard", lambda parent: pytest.fail("asked on close()"))
    qtbot.keyClicks(dialog.name_edit, "Fatima")
    QApplication.closeAllWindows()
    assert not dialog.isVisible()


def test_the_real_question_keeps_input_by_default(qtbot, dialog):
    """The message box itself: Escape in it means 'Verder invullen'; the other button closes."""
    qtbot.keyClicks(dialog.name_edit, "Fatima")
    seen = []

    def answer(press_escape: bool):
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([b.text() for b in box.buttons()])
        if press_escape:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            [discard] = [b for b in box.findChildren(QPushButton) if "zonder bewaren" in b.text()]
            discard.click()

    QTimer.singleShot(0, lambda: answer(True))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    QTimer.singleShot(0, lambda: answer(False))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert sorted(seen[0]) == ["&Sluiten zonder bewaren", "&Verder invullen"]


def test_locking_closes_without_a_question(qtbot, dialog, session, monkeypatch):
    monkeypatch.setattr(guarded_dialog, "ask_discard", lambda parent: pytest.fail("asked while locking"))
    qtbot.keyClicks(dialog.name_edit, "Fatima")
    session.aboutToLock.emit()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_a_plain_guarded_dialog(qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(guarded_dialog, "ask_discard", lambda parent: asked.append(parent) or True)
    dialog = GuardedDialog()
    field = QLineEdit(dialog)
    field.setText("vooraf ingevuld")  # filled before showing: not typed by the supporter
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert asked == [] and not dialog.isVisible()
    dialog.show()
    field.setText("iets anders")
    dialog.reject()
    assert asked == [dialog]


def test_every_dialog_with_typed_input_asks(qtbot, session, monkeypatch):
    """The shared base is used by the other dialogs with fields too."""
    from oco_desktop.settings import Settings
    from oco_desktop.ui.agenda.agenda_common import DateTimeDialog
    from oco_desktop.ui.client.close_case_dialog import CloseCaseDialog
    from oco_desktop.ui.client.consent_dialog import ConsentDialog
    from oco_desktop.ui.client.network_member_dialog import NetworkMemberDialog
    from oco_desktop.ui.shell.change_passphrase_dialog import ChangePassphraseDialog
    from oco_desktop.ui.shell.settings_dialog import SettingsDialog

    asked = []
    monkeypatch.setattr(guarded_dialog, "ask_discard", lambda parent: asked.append(type(parent).__name__) or False)
    dialogs = [
        (ConsentDialog(), lambda d: d.scope_edit.setText("alles")),
        (NetworkMemberDialog(), lambda d: d.name_edit.setText("Ayse")),
        (CloseCaseDialog(), lambda d: d.appreciation_spin.setValue(8)),
        (DateTimeDialog("Verzetten", date(2026, 12, 1)), lambda d: d.with_time.setChecked(True)),
        (ChangePassphraseDialog(session.vault), lambda d: d.old.setText("geheim")),
        (SettingsDialog(Settings(), None), lambda d: d.autolock.setValue(d.autolock.value() + 1)),
    ]
    for dialog, change in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.reject()  # nothing typed: closes without a question
        assert not dialog.isVisible()
        dialog.show()
        change(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible(), type(dialog).__name__  # asked, and "Verder invullen" keeps it open
        dialog.discard()
    assert asked == [type(d).__name__ for d, _ in dialogs]
