"""The notes page: writing notes by typing, drafts that survive closing, locking and a crash, consent,
erasure and opening a note from elsewhere."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from oco_desktop.domain.models import Client, Consent, LifeDomainQuestion, Note
from oco_desktop.storage import cases, clients, drafts, notes
from oco_desktop.storage.vault import Vault
from oco_desktop.ui.client.note_keys import first_line, new_note_key, note_key
from oco_desktop.ui.client.notes_page import NotesPage
from oco_desktop.ui.shell.session import Session
from tests.vault_helpers import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton



@pytest.fixture
def client(vault):
    client = clients.add_client(vault, Client(name="Fatima el Amrani"))
    clients.record_consent(vault, client.id, Consent("Gegevens bewaren", "verbal", date.today()))
    clients.set_life_domains(vault, client.id, [LifeDomainQuestion("income_and_debts", "brieven")])
    return client


def make_page(qtbot, session, client_id):
    page = NotesPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.show_client(client_id)
    return page


def check_domain(page, domain_id):
    for row in range(page.domain_list.count()):
        item = page.domain_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == domain_id:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise LookupError(domain_id)


def test_first_line():
    assert first_line("\n  Gebeld met de gemeente.\nTweede regel") == "Gebeld met de gemeente."
    assert first_line("x" * 100, limit=10) == "x" * 9 + "…"


def test_write_a_note_by_typing_and_save(qtbot, session, vault, client):
    case = cases.open_case(vault, client.id, "Brieven")
    page = make_page(qtbot, session, client.id)
    assert page.consent_banner.isHidden()
    # The client's own life domains come first in the list.
    assert page.domain_list.item(0).data(Qt.ItemDataRole.UserRole) == "income_and_debts"
    assert page.case_combo.currentData() == case.id
    assert page.date_edit.date() == date.today()
    page.type_combo.setCurrentIndex(page.type_combo.findData("home_visit"))
    page.minutes_spin.setValue(45)
    check_domain(page, "income_and_debts")
    qtbot.keyClicks(page.body_edit, "Huisbezoek: samen de brieven van de belasting gelezen.")
    with qtbot.waitSignal(session.dataChanged) as changed:
        qtbot.mouseClick(page.save_button, LEFT)
    [note] = notes.notes_for_client(vault, client.id)
    assert changed.args == ["note", note.id]
    assert (note.body, note.contact_type, note.minutes, note.life_domains, note.case_id, note.contact_on) == (
        "Huisbezoek: samen de brieven van de belasting gelezen.", "home_visit", 45, ["income_and_debts"], case.id,
        date.today())
    assert drafts.get_draft(vault, new_note_key(client.id)) is None
    assert page.note_list.topLevelItemCount() == 1
    assert page.note_list.topLevelItem(0).text(4).startswith("Huisbezoek: samen")
    assert "0 uur 45 min" in page.total_label.text()
    assert page.note_id == note.id  # the saved note stays in the editor


def test_keyboard_save_and_editing_an_existing_note(qtbot, session, vault, client):
    page = make_page(qtbot, session, client.id)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)  # shortcuts only work in the active window
    page.body_edit.setFocus()
    qtbot.keyClicks(page.body_edit, "Telefoon met dochter")
    qtbot.keyClick(page.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [note] = notes.notes_for_client(vault, client.id)
    assert note.body == "Telefoon met dochter"
    qtbot.keyClicks(page.body_edit, ", afspraak gemaakt")
    qtbot.keyClick(page.body_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [note] = notes.notes_for_client(vault, client.id)
    assert note.body == "Telefoon met dochter, afspraak gemaakt"
    assert drafts.get_draft(vault, note_key(note.id)) is None


def test_draft_survives_closing_the_page(qtbot, session, vault, client):
    page = make_page(qtbot, session, client.id)
    page.minutes_spin.setValue(20)
    qtbot.keyClicks(page.body_edit, "Half getypt verslag")
    page.close()  # no debounce yet: closing must write it
    body, context = drafts.get_draft(vault, new_note_key(client.id))
    assert body == "Half getypt verslag" and context["minutes"] == 20
    page.deleteLater()

    again = make_page(qtbot, session, client.id)
    assert again.body_edit.toPlainText() == "Half getypt verslag"
    assert again.minutes_spin.value() == 20
    assert "Concept hersteld van" in again.draft_notice.text()
    assert notes.notes_for_client(vault, client.id) == []


def test_draft_is_written_on_about_to_lock_and_restored_after_unlock(qtbot, session, vault, client):
    page = make_page(qtbot, session, client.id)
    qtbot.keyClicks(page.body_edit, "Tekst vlak voor het vergrendelen")
    session.aboutToLock.emit()
    assert drafts.get_draft(vault, new_note_key(client.id))[0] == "Tekst vlak voor het vergrendelen"
    session.set_vault(None)
    assert page.body_edit.toPlainText() == "" and page.note_list.topLevelItemCount() == 0
    session.set_vault(vault)
    assert page.body_edit.toPlainText() == "Tekst vlak voor het vergrendelen"
    assert "Concept hersteld van" in page.draft_notice.text()


def test_draft_survives_a_crash_after_the_debounce(qtbot, tmp_path, definitions, client, vault):
    session = Session(vault, definitions)
    page = make_page(qtbot, session, client.id)
    qtbot.keyClicks(page.body_edit, "Dit mag niet verloren gaan")
    qtbot.waitUntil(lambda: drafts.get_draft(vault, new_note_key(client.id)) is not None, timeout=3000)
    # The process "dies": the connection goes without a clean close, nothing else is saved.
    vault.conn.close()
    vault.conn = None
    vault._lock.release()
    page.deleteLater()

    reopened = Vault.open(vault.folder, PASSPHRASE)
    try:
        after = make_page(qtbot, Session(reopened, definitions), client.id)
        assert after.body_edit.toPlainText() == "Dit mag niet verloren gaan"
        assert "Concept hersteld van" in after.draft_notice.text()
        after.close()
    finally:
        reopened.close()


def test_consent_is_required_before_the_first_note(qtbot, session, vault):
    client = clients.add_client(vault, Client(name="Jan Jansen"))
    page = make_page(qtbot, session, client.id)
    assert page.consent_banner.isVisible()
    assert "Nog geen toestemming vastgelegd" in page.consent_banner.text()
    assert not page.save_button.isEnabled()
    assert "toestemming" in page.save_hint.text()
    qtbot.keyClicks(page.body_edit, "Eerste gesprek")
    assert page.save_note() is False  # also when reached another way, e.g. the keyboard
    assert notes.notes_for_client(vault, client.id) == []
    assert "toestemming" in page.save_hint.text()
    assert drafts.get_draft(vault, new_note_key(client.id))[0] == "Eerste gesprek"

    clients.record_consent(vault, client.id, Consent("Gegevens bewaren", "written", date.today()))
    session.changed("client", client.id)
    assert page.consent_banner.isHidden() and page.save_button.isEnabled()
    assert page.body_edit.toPlainText() == "Eerste gesprek"
    qtbot.mouseClick(page.save_button, LEFT)
    assert [n.body for n in notes.notes_for_client(vault, client.id)] == ["Eerste gesprek"]


def test_delete_note_asks_with_date_and_first_words_then_erases(qtbot, session, vault, client, monkeypatch):
    day = date.today() - timedelta(days=3)
    note = notes.add_note(vault, Note(client.id, day, "Keukentafelgesprek voorbereid met Fatima", "home_visit", 60))
    page = make_page(qtbot, session, client.id)
    page.show_note(note.id)
    asked = []

    def answer(choice):
        def question(parent, title, text, *args):
            asked.append(text)
            return choice
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(page.delete_button, LEFT)
    assert notes.get_note(vault, note.id).body.startswith("Keukentafelgesprek")
    assert "Keukentafelgesprek voorbereid" in asked[0]
    assert str(day.day) in asked[0] and str(day.year) in asked[0]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.delete_button, LEFT)
    assert notes.notes_for_client(vault, client.id) == []
    assert vault.conn.execute("SELECT count(*) FROM notes WHERE id = ?", (note.id,)).fetchone()[0] == 0
    hits = vault.conn.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'keukentafelgesprek'")
    assert hits.fetchone()[0] == 0
    assert page.note_list.topLevelItemCount() == 0 and page.note_id is None
    page.close()
    assert drafts.drafts_for_client(vault, client.id) == []  # nothing of the erased note came back


def test_show_note_and_unsaved_changes_to_an_existing_note(qtbot, session, vault, client):
    old = notes.add_note(vault, Note(client.id, date.today() - timedelta(days=9), "Oud gesprek", "phone", 15))
    new = notes.add_note(vault, Note(client.id, date.today(), "Nieuw gesprek", "walk_in", 30))
    page = make_page(qtbot, session, client.id)
    assert page.note_id is None and page.note_list.topLevelItemCount() == 2
    with qtbot.waitSignal(session.openNoteRequested):
        session.openNoteRequested.emit(client.id, old.id)
    assert page.note_id == old.id
    assert page.body_edit.toPlainText() == "Oud gesprek"
    assert page.type_combo.currentData() == "phone" and page.minutes_spin.value() == 15
    assert page.note_list.currentItem().data(0, Qt.ItemDataRole.UserRole) == old.id

    qtbot.keyClicks(page.body_edit, " en nog iets")
    page.show_note(new.id)  # switching keeps the change to the old note as a draft
    assert page.body_edit.toPlainText() == "Nieuw gesprek"
    assert drafts.get_draft(vault, note_key(old.id))[0] == "Oud gesprek en nog iets"
    assert notes.get_note(vault, old.id).body == "Oud gesprek"
    assert "1 notitie" in page.drafts_label.text()
    page.show_note(old.id)
    assert page.body_edit.toPlainText() == "Oud gesprek en nog iets"
    assert "Concept hersteld van" in page.draft_notice.text()


def test_a_contact_in_a_checkin_case_proposes_the_next_checkin(qtbot, session, vault, client):
    from oco_desktop.storage import follow_ups

    case = cases.open_case(vault, client.id, "Waakvlam")
    case.status, case.contact_form, case.checkin_interval_days = "checkin", "checkin", 42
    cases.save_case(vault, case)
    page = make_page(qtbot, session, client.id)
    page.case_combo.setCurrentIndex(page.case_combo.findData(case.id))
    qtbot.keyClicks(page.body_edit, "Even gebeld: het gaat goed met haar.")
    qtbot.mouseClick(page.save_button, LEFT)
    [checkin] = [f for f in follow_ups.follow_ups_for_case(vault, case.id) if f.kind == "checkin"]
    proposed = checkin.due_on
    assert timedelta(days=42) <= proposed - date.today() <= timedelta(days=46)  # moved off a weekend/holiday
    assert checkin.source == "checkin" and checkin.done_at is None


def test_plan_a_follow_up_from_a_note(qtbot, session, vault, client, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from oco_desktop.storage import follow_ups
    from oco_desktop.ui.agenda.follow_up_dialog import FollowUpDialog

    case = cases.open_case(vault, client.id, "Brieven")
    note = notes.add_note(vault, Note(client_id=client.id, contact_on=date.today(), body="Afspraak: terugbellen",
                                      case_id=case.id))
    page = make_page(qtbot, session, client.id)
    page.show_note(note.id)
    due = date.today() + timedelta(days=3)

    def fill_and_accept(dialog):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("call"))
        dialog.date_edit.setDate(due)
        dialog.description.setText("Terugbellen over de brief")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FollowUpDialog, "exec", fill_and_accept)
    assert page.plan_button.isEnabled()
    with qtbot.waitSignal(session.dataChanged):
        qtbot.mouseClick(page.plan_button, LEFT)
    [planned] = follow_ups.follow_ups_for_case(vault, case.id)
    assert (planned.kind, planned.due_on, planned.source, planned.source_id) == ("call", due, "note", note.id)
    assert planned.description == "Terugbellen over de brief"
