"""The client file: new-client dialog with consent, the details page, and erasing a client."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from oco_desktop.domain.models import Client, Consent, LifeDomainQuestion, NetworkMember, Note, SelfRelianceScore
from oco_desktop.storage import cases, clients, drafts, notes
from oco_desktop.ui.client import new_client_dialog
from oco_desktop.ui.client.client_details_page import ClientDetailsPage
from oco_desktop.ui.client.life_domain_box import _change_text
from oco_desktop.ui.client.network_member_dialog import NetworkMemberDialog
from oco_desktop.ui.client.new_client_dialog import NewClientDialog, create_client_interactively, parse_birth_date


@pytest.fixture
def page(qtbot, session):
    widget = ClientDetailsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    return widget


def tick(qtbot, button):
    """Click a check box or radio button on its indicator (a click beside the text does nothing)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _count(vault, table, client_id):
    return vault.conn.execute(f"SELECT count(*) FROM {table} WHERE client_id = ?", (client_id,)).fetchone()[0]


# -- without Qt widgets -------------------------------------------------------------------------------
def test_birth_date_parsing():
    assert parse_birth_date("12-4-1958") == date(1958, 4, 12)
    assert parse_birth_date(" 01/02/2001 ") == date(2001, 2, 1)
    assert parse_birth_date("") is None
    assert parse_birth_date("12041958") == parse_birth_date("12-4-58") == date(1958, 4, 12)
    for bad in ("31-02-1990", "12-04-1899", "12-04-3000", "gisteren"):
        with pytest.raises(ValueError):
            parse_birth_date(bad)


def test_change_text_shows_first_and_latest_score():
    assert _change_text([2, None, 3, 4]) == "2 → 4"
    assert _change_text([None, 3]) == "3"
    assert _change_text([None]) == "–"


# -- new client ---------------------------------------------------------------------------------------
def test_new_client_dialog_stores_client_and_written_consent(qtbot, session, vault):
    dialog = NewClientDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.scope_edit.text() == "Gegevens bewaren en gebruiken voor de ondersteuning"
    qtbot.keyClicks(dialog.name_edit, "Fatima el Amrani")
    qtbot.keyClicks(dialog.preferred_name_edit, "Fatima")
    qtbot.keyClicks(dialog.birth_date_edit, "12-04-1958")
    tick(qtbot, dialog.written_radio)
    with qtbot.waitSignal(session.dataChanged) as changed:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    client = clients.get_client(vault, dialog.client_id)
    assert (client.name, client.preferred_name) == ("Fatima el Amrani", "Fatima")
    assert client.date_of_birth == date(1958, 4, 12)
    assert changed.args == ["client", client.id]
    [consent] = clients.consents(vault, client.id)
    assert (consent.method, consent.given_on, consent.active) == ("written", date.today(), True)
    assert clients.has_active_consent(vault, client.id)


def test_new_client_needs_a_name_and_a_valid_birth_date(qtbot, session, vault):
    dialog = NewClientDialog(session)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "naam" in dialog.error_label.text()
    qtbot.keyClicks(dialog.name_edit, "Jan")
    qtbot.keyClicks(dialog.birth_date_edit, "31-02-1990")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "geboortedatum" in dialog.error_label.text()
    assert dialog.client_id is None
    assert clients.all_clients(vault) == []


def test_create_client_interactively_with_consent_postponed(qtbot, session, vault, monkeypatch):
    def fill_and_accept(dialog):
        qtbot.keyClicks(dialog.name_edit, "Jan Jansen")
        dialog.consent_later.setChecked(True)
        assert not dialog.consent_details.isEnabled()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(new_client_dialog.NewClientDialog, "exec", fill_and_accept)
    client_id = create_client_interactively(session)
    assert clients.get_client(vault, client_id).name == "Jan Jansen"
    assert not clients.has_active_consent(vault, client_id)

    page = ClientDetailsPage(session)
    qtbot.addWidget(page)
    page.show_client(client_id)
    assert "Nog geen toestemming vastgelegd — notities zijn pas mogelijk na toestemming" in page.consent_label.text()
    assert not page.withdraw_consent_button.isEnabled()


def test_cancelled_dialog_creates_nothing(session, vault, monkeypatch):
    monkeypatch.setattr(new_client_dialog.NewClientDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert create_client_interactively(session) is None
    assert clients.all_clients(vault) == []


# -- details page -------------------------------------------------------------------------------------
def test_edit_details_validates_then_saves(qtbot, page, vault):
    client = clients.add_client(vault, Client(name="Jan Jansen"))
    page.show_client(client.id)
    assert page.name_edit.text() == "Jan Jansen"
    qtbot.keyClicks(page.phone_edit, "06-bel mij")
    qtbot.keyClicks(page.address_edit, "Lindelaan 14, Utrecht")
    tick(qtbot, page.interpreter_check)
    assert "Niet opgeslagen" in page.details_state.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "telefoonnummer" in page.details_error.text()
    assert clients.get_client(vault, client.id).address == ""

    page.phone_edit.clear()
    qtbot.keyClicks(page.phone_edit, "06 1234 5678")
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Jan de Vries")
    qtbot.keyClicks(page.birth_date_edit, "1-5-1950")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = clients.get_client(vault, client.id)
    assert (stored.name, stored.phone, stored.address, stored.interpreter_needed, stored.date_of_birth) == (
        "Jan de Vries", "06 1234 5678", "Lindelaan 14, Utrecht", True, date(1950, 5, 1))
    assert page.details_error.text() == ""


def test_unsaved_details_are_saved_before_lock(qtbot, page, session, vault):
    client = clients.add_client(vault, Client(name="Jan Jansen"))
    page.show_client(client.id)
    qtbot.keyClicks(page.hearing_edit, "Hoortoestel, langzaam praten")
    session.aboutToLock.emit()
    assert clients.get_client(vault, client.id).hearing_needs == "Hoortoestel, langzaam praten"
    session.set_vault(None)
    assert page.name_edit.text() == "" and not page.body.isVisible()


def test_target_groups_and_laws_are_saved_when_ticked(qtbot, page, vault):
    client = clients.add_client(vault, Client(name="Jan Jansen"))
    page.show_client(client.id)
    item = next(page.target_group_list.item(r) for r in range(page.target_group_list.count())
                if page.target_group_list.item(r).data(Qt.ItemDataRole.UserRole) == "dementia")
    item.setCheckState(Qt.CheckState.Checked)
    tick(qtbot, page.law_checks["wlz"])
    tick(qtbot, page.law_checks["zvw"])
    stored = clients.get_client(vault, client.id)
    assert stored.target_groups == ["dementia"]
    assert stored.laws == ["wlz", "zvw"]
    tick(qtbot, page.law_checks["wlz"])
    assert clients.get_client(vault, client.id).laws == ["zvw"]


def test_life_domain_question_autosaves_and_scores_show_side_by_side(qtbot, page, vault):
    client = clients.add_client(vault, Client(name="Jan Jansen"))
    page.show_client(client.id)
    page.domain_combo.setCurrentIndex(page.domain_combo.findData("housing"))
    qtbot.mouseClick(page.add_domain_button, Qt.MouseButton.LeftButton)
    box = page.domain_boxes["housing"]
    assert page.domain_combo.findData("housing") == -1
    qtbot.keyClicks(box.question_edit, "Ik kom de trap niet meer op.")
    qtbot.waitUntil(lambda: clients.life_domains(vault, client.id)[0].question == "Ik kom de trap niet meer op.",
                    timeout=3000)

    # Two moments: the client sees 2 then 4, the supporter 3 then 4.
    box.score_date.setDate(box.score_date.date() - timedelta(days=30))
    box.client_score.setCurrentIndex(box.client_score.findData(2))
    box.supporter_score.setCurrentIndex(box.supporter_score.findData(3))
    qtbot.mouseClick(box.add_score_button, Qt.MouseButton.LeftButton)
    box.score_date.setDate(box.score_date.date() + timedelta(days=30))
    box.client_score.setCurrentIndex(box.client_score.findData(4))
    box.supporter_score.setCurrentIndex(box.supporter_score.findData(4))
    qtbot.mouseClick(box.add_score_button, Qt.MouseButton.LeftButton)

    history = clients.scores(vault, client.id, "housing")
    assert [(s.scored_on, s.client_score, s.supporter_score) for s in history] == [
        (date.today() - timedelta(days=30), 2, 3), (date.today(), 4, 4)]
    assert box.scores_table.rowCount() == 2
    assert [box.scores_table.item(1, c).text() for c in (1, 2)] == ["4", "4"]
    assert "cliënt 2 → 4" in box.change_label.text() and "ondersteuner 3 → 4" in box.change_label.text()

    # No score chosen: nothing stored, a message instead.
    qtbot.mouseClick(box.add_score_button, Qt.MouseButton.LeftButton)
    assert len(clients.scores(vault, client.id, "housing")) == 2
    assert "Kies een score" in page.message_label.text()


def test_network_member_with_informal_carer_flag(qtbot, page, vault, monkeypatch):
    client = clients.add_client(vault, Client(name="Jan Jansen"))
    page.show_client(client.id)

    def fill(dialog):
        dialog.name_edit.clear()
        qtbot.keyClicks(dialog.name_edit, "Samira")
        qtbot.keyClicks(dialog.relation_edit, "dochter")
        dialog.carer_check.setChecked(True)
        qtbot.keyClicks(dialog.what_edit, "Boodschappen")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NetworkMemberDialog, "exec", fill)
    qtbot.mouseClick(page.add_member_button, Qt.MouseButton.LeftButton)
    [member] = clients.network(vault, client.id)
    assert (member.name, member.relation, member.is_informal_carer, member.what_they_do) == (
        "Samira", "dochter", True, "Boodschappen")
    assert page.network_table.item(0, 2).text() == "Ja, mantelzorger"

    def uncheck(dialog):
        assert dialog.name_edit.text() == "Samira"
        dialog.carer_check.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NetworkMemberDialog, "exec", uncheck)
    page.network_table.selectRow(0)
    qtbot.mouseClick(page.edit_member_button, Qt.MouseButton.LeftButton)
    [member] = clients.network(vault, client.id)
    assert not member.is_informal_carer
    assert page.network_table.item(0, 2).text() == "Nee"

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    page.network_table.selectRow(0)
    qtbot.mouseClick(page.delete_member_button, Qt.MouseButton.LeftButton)
    assert "Samira" in asked[0]
    assert clients.network(vault, client.id) == []


def test_record_and_withdraw_consent_on_the_page(qtbot, page, vault, monkeypatch):
    client = clients.add_client(vault, Client(name="Jan Jansen"))
    page.show_client(client.id)
    from oco_desktop.ui.client.consent_dialog import ConsentDialog

    def give(dialog):
        dialog.written_radio.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConsentDialog, "exec", give)
    qtbot.mouseClick(page.record_consent_button, Qt.MouseButton.LeftButton)
    assert clients.has_active_consent(vault, client.id)
    assert "schriftelijk" in page.consent_label.text() and "Nog geen" not in page.consent_label.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.withdraw_consent_button, Qt.MouseButton.LeftButton)
    assert not clients.has_active_consent(vault, client.id)
    assert clients.consents(vault, client.id)[0].withdrawn_on == date.today()
    assert "Nog geen toestemming" in page.consent_label.text()


def test_delete_client_asks_says_what_goes_and_erases(qtbot, page, session, vault, monkeypatch):
    client = clients.add_client(vault, Client(name="Fatima el Amrani"))
    other = clients.add_client(vault, Client(name="Jan Jansen"))
    clients.record_consent(vault, client.id, Consent("bewaren", "verbal", date.today()))
    clients.set_life_domains(vault, client.id, [LifeDomainQuestion("housing", "trap")])
    clients.add_score(vault, client.id, SelfRelianceScore("housing", date.today(), 2, 3))
    clients.save_network_member(vault, client.id, NetworkMember("Samira", is_informal_carer=True))
    case = cases.open_case(vault, client.id, "Traplift")
    cases.open_case(vault, client.id, "Brieven")
    notes.add_note(vault, Note(client.id, date.today(), "Keukentafelgesprek over de traplift", case_id=case.id))
    drafts.save_draft(vault, f"note:new:{client.id}", "half getypt", client.id)
    page.show_client(client.id)

    questions = []

    def answer(choice):
        def warning(parent, title, text, *args):
            questions.append(text)
            return choice
        return warning

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(page.delete_client_button, Qt.MouseButton.LeftButton)
    assert clients.find_client(vault, client.id) is not None
    assert "Fatima el Amrani" in questions[0]
    assert "2 casus(sen)" in questions[0] and "1 notitie(s)" in questions[0]
    assert "1 perso(o)n(en)" in questions[0]

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(session.dataChanged) as changed:
        qtbot.mouseClick(page.delete_client_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["client", client.id]
    assert clients.find_client(vault, client.id) is None
    for table in ("notes", "cases", "consents", "network_members", "client_life_domains", "self_reliance_scores",
                  "drafts"):
        assert _count(vault, table, client.id) == 0, table
    hits = vault.conn.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'keukentafelgesprek'")
    assert hits.fetchone()[0] == 0
    assert vault.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert clients.find_client(vault, other.id) is not None
    assert page.client_id is None and not page.body.isVisible()


def test_in_the_workspace_changes_elsewhere_keep_what_is_typed(qtbot, session, vault, monkeypatch):
    """The workspace re-shows the client after every change; unsaved text on the pages must survive that."""
    from oco_desktop.ui.client.client_workspace import ClientWorkspace
    from oco_desktop.ui.client.notes_page import NotesPage

    client = clients.add_client(vault, Client(name="Jan Jansen"))
    clients.record_consent(vault, client.id, Consent("bewaren", "verbal", date.today()))
    workspace = ClientWorkspace(session)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 800)
    workspace.show()
    session.openClientRequested.emit(client.id)
    details = next(p for p in workspace.pages if isinstance(p, ClientDetailsPage))
    notes_page = next(p for p in workspace.pages if isinstance(p, NotesPage))
    assert [type(p).__name__ for p in workspace.pages][:3] == ["ClientDetailsPage", "CasesPage", "NotesPage"]

    workspace.tabs.setCurrentWidget(notes_page)
    qtbot.keyClicks(notes_page.body_edit, "Net getypt")
    workspace.tabs.setCurrentWidget(details)  # hiding the notes page writes the draft
    assert drafts.get_draft(vault, f"note:new:{client.id}")[0] == "Net getypt"
    qtbot.keyClicks(details.address_edit, "Dorpsstraat 1")
    tick(qtbot, details.law_checks["wmo"])  # saves at once and announces the change
    assert clients.get_client(vault, client.id).laws == ["wmo"]
    assert details.address_edit.text() == "Dorpsstraat 1"  # unsaved, but not thrown away
    assert notes_page.body_edit.toPlainText() == "Net getypt"
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    assert clients.get_client(vault, client.id).address == "Dorpsstraat 1"

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(details.delete_client_button, Qt.MouseButton.LeftButton)
    assert workspace.client_id is None
    assert notes_page.body_edit.toPlainText() == "" and details.name_edit.text() == ""
    assert clients.all_clients(vault) == []
