"""The checklist page, driven through its real widgets (pytest-qt)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from oco_desktop.domain.checklists import load_definitions
from oco_desktop.domain.models import Client
from oco_desktop.storage import cases, checklist_state, drafts
from oco_desktop.storage.clients import add_client
from oco_desktop.ui.checklist.checklist_page import ChecklistPage


@pytest.fixture
def client_and_case(vault):
    client = add_client(vault, Client(name="Anna de Vries"))
    case = cases.open_case(vault, client.id, "Hulp thuis", phase="access")
    return client, case


@pytest.fixture
def page(session, client_and_case, qtbot):
    widget = ChecklistPage(session)
    qtbot.addWidget(widget)
    widget.show_client(client_and_case[0].id)
    widget.resize(900, 1200)
    widget.show()
    return widget


@pytest.fixture
def no_modals(monkeypatch):
    """Fail loudly instead of hanging if an unexpected dialog opens."""

    def unexpected(*args, **kwargs):
        raise AssertionError("unexpected modal dialog")

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(QMessageBox, "exec", unexpected)


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _item(vault, case_id, task_id):
    return vault.conn.execute(
        "SELECT status, done_on, note, reason, date_value FROM checklist_items WHERE case_id = ? AND task_id = ?",
        (case_id, task_id),
    ).fetchone()


def test_title_and_registration():
    from oco_desktop.ui.shell.pages import CLIENT_PAGES

    assert ("oco_desktop.ui.checklist.checklist_page", "ChecklistPage") in CLIENT_PAGES


def test_shows_current_phase_tasks_and_progress(page, session):
    assert page.title() == "Checklist"
    access_ids = [t.id for t in session.definitions.phase("access").tasks]
    # General tasks are organisation work (reports issue), not part of a case's checklist any more.
    assert [r.state.task_id for r in page.rows] == access_ids
    assert not any(r.state.task_id.startswith("general.") for r in page.rows)
    assert not hasattr(page, "general_toggle")
    assert page.step_labels["access"].text() == "▶ <b>Toegang: 0 van 13 gedaan</b>"
    assert page.step_labels["orientation"].text() == "Oriëntatie: 0 van 4 gedaan"
    assert page.back_button.isEnabled() and page.next_button.isEnabled()


def _type_date(qtbot, field, text):
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def test_mark_done_with_note_saves_itself(page, vault, client_and_case, qtbot, no_modals):
    case = client_and_case[1]
    row = page.row("access.social_network")
    assert not row.note_edit.isVisible() and not hasattr(row, "save_button")  # no "Opslaan" per task
    signals = []
    page.session.dataChanged.connect(lambda kind, rid: signals.append((kind, rid)))
    _click(qtbot, row.radios["done"])  # a chosen status is saved at once
    assert _item(vault, case.id, "access.social_network")[:2] == ("done", date.today().isoformat())
    assert row.saved_hint.text().startswith("bewaard om ")
    assert row.note_edit.isVisible() and row.done_on_edit.date() == date.today()
    _type_date(qtbot, row.done_on_edit, "020326")
    assert _item(vault, case.id, "access.social_network")[:2] == ("done", "2026-03-02")
    qtbot.keyClicks(row.note_edit, "Zus belt de gemeente")
    assert row.saved_hint.text() == ""  # typing: not yet saved
    qtbot.waitUntil(lambda: _item(vault, case.id, "access.social_network")[2] == "Zus belt de gemeente",
                    timeout=5000)
    assert _item(vault, case.id, "access.social_network") == ("done", "2026-03-02", "Zus belt de gemeente", "", None)
    assert ("checklist", case.id) in signals and ("case", case.id) in signals
    assert row.status_label.text() == "✔ Gedaan op 2 maart 2026"
    assert row.saved_hint.text().startswith("bewaard om ") and not row.dirty
    assert page.step_labels["access"].text() == "▶ <b>Toegang: 1 van 13 gedaan</b>"


def test_not_applicable_requires_reason(page, vault, client_and_case, qtbot, no_modals):
    case = client_and_case[1]
    row = page.row("access.choose_provider")
    _click(qtbot, row.radios["not_applicable"])
    assert row.reason_edit.isVisible() and not row.note_edit.isVisible()
    assert _item(vault, case.id, "access.choose_provider") is None  # not without a reason
    assert row.error_label.isVisible() and "reden" in row.error_label.text()
    qtbot.keyClicks(row.reason_edit, "Blijft bij dezelfde aanbieder")
    assert not row.error_label.isVisible()
    qtbot.keyClick(row.reason_edit, Qt.Key.Key_Return)  # Enter saves too
    assert _item(vault, case.id, "access.choose_provider")[0::3] == ("not_applicable", "Blijft bij dezelfde aanbieder")
    assert row.status_label.text() == "– Niet van toepassing"
    assert page.step_labels["access"].text() == "▶ <b>Toegang: 1 van 13 gedaan</b>"


def test_date_task_sets_the_case_date(page, vault, client_and_case, qtbot, no_modals):
    case = client_and_case[1]
    row = page.row("access.go_along")
    assert row.date_edit.isVisible()
    assert row.date_label.text() == "Datum van het gesprek (keukentafelgesprek)"
    assert row.date_edit.text() == ""  # an empty date is an empty field
    _type_date(qtbot, row.date_edit, "14-04-2026")
    assert cases.get_case(vault, case.id).access_interview_date == date(2026, 4, 14)
    assert _item(vault, case.id, "access.go_along")[0] == "open"
    assert page.step_labels["access"].text() == "▶ <b>Toegang: 0 van 13 gedaan</b>"


def test_next_phase_shows_summary_and_moves(page, vault, client_and_case, qtbot, monkeypatch):
    case = client_and_case[1]
    for task in page.session.definitions.phase("access").tasks[:11]:
        checklist_state.mark_task(vault, page.session.definitions, case.id, task.id, "done")
    page.reload()
    shown = []

    def cancel(box):
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    _click(qtbot, page.next_button)
    assert cases.get_case(vault, case.id).phase == "access"  # cancelled
    text = shown[0]
    assert text.startswith("Er staan nog 2 taken open:")
    assert "Helpen een aanbieder te kiezen" in text and "U kunt toch verder" in text

    def go_on(box):
        [verder] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
        verder.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", go_on)
    _click(qtbot, page.next_button)
    assert cases.get_case(vault, case.id).phase == "during_support"
    assert page.step_labels["during_support"].text() == "▶ <b>Tijdens ondersteuning: 0 van 3 gedaan</b>"
    assert page.step_labels["access"].text() == "Toegang: 11 van 13 gedaan"
    assert [r.state.task_id for r in page.rows][0] == "during_support.use_support"
    assert not page.next_button.isEnabled()


def test_next_phase_without_open_tasks_asks_nothing(page, vault, client_and_case, qtbot, no_modals):
    case = cases.open_case(vault, client_and_case[0].id, "Tweede", phase="orientation")
    page.show_case(case.id)
    for row in [r for r in page.rows if r.state.phase == "orientation"]:
        _click(qtbot, row.radios["done"])
    _click(qtbot, page.next_button)
    assert cases.get_case(vault, case.id).phase == "access"


def test_back_a_phase(page, vault, client_and_case, qtbot, no_modals):
    case = client_and_case[1]
    _click(qtbot, page.back_button)
    assert cases.get_case(vault, case.id).phase == "orientation"
    assert not page.back_button.isEnabled()
    assert page.step_labels["orientation"].text().startswith("▶")
    events = [(o, n) for kind, o, n, _ in cases.case_events(vault, case.id) if kind == "phase"]
    assert events[-1] == ("access", "orientation")


def test_contact_form_checkin_with_interval(page, vault, client_and_case, qtbot, no_modals):
    case = client_and_case[1]
    assert not page.interval_spin.isVisible()
    page.contact_combo.setFocus()
    page.contact_combo.setCurrentIndex(page.contact_combo.findData("checkin"))
    page.contact_combo.activated.emit(page.contact_combo.currentIndex())  # what a user's choice emits
    assert page.interval_spin.isVisible()
    assert cases.get_case(vault, case.id).checkin_interval_days == 28  # default: every 4 weeks
    page.interval_spin.selectAll()
    qtbot.keyClicks(page.interval_spin, "2")
    qtbot.keyClick(page.interval_spin, Qt.Key.Key_Return)
    saved = cases.get_case(vault, case.id)
    assert (saved.contact_form, saved.checkin_interval_days) == ("checkin", 14)
    page.unit_combo.setCurrentIndex(page.unit_combo.findData(1))
    page.unit_combo.activated.emit(page.unit_combo.currentIndex())
    assert cases.get_case(vault, case.id).checkin_interval_days == 2
    page.contact_combo.setCurrentIndex(page.contact_combo.findData("short_cycle"))
    page.contact_combo.activated.emit(page.contact_combo.currentIndex())
    saved = cases.get_case(vault, case.id)
    assert (saved.contact_form, saved.checkin_interval_days) == ("short_cycle", None)
    assert not page.interval_spin.isVisible()


def test_old_wording_is_shown_with_a_note(session, vault, client_and_case, qtbot, tmp_path):
    client, case = client_and_case
    checklist_state.mark_task(vault, session.definitions, case.id, "access.clarify_question", "done")
    old_title = session.definitions.task("access.clarify_question").title.nl
    override = tmp_path / "org.toml"
    override.write_text(
        'schema = 1\nid = "org-x"\nversion = 1\n\n[[change_task]]\nid = "access.clarify_question"\n'
        'title_nl = "Hulpvraag scherp krijgen"\n',
        encoding="utf-8",
    )
    session.definitions = load_definitions([override], user_overrides=False)
    page = ChecklistPage(session)
    qtbot.addWidget(page)
    page.show_client(client.id)
    row = page.row("access.clarify_question")
    assert old_title in row.title_label.text()
    assert row.marker_label.text() == "(zo heette deze taak toen)"
    assert "Hulpvraag scherp krijgen" in row.marker_label.toolTip()
    assert "checklistversie phases@2+general_tasks@1" in page.version_label.text()


def test_empty_states_and_lock(session, vault, qtbot):
    page = ChecklistPage(session)
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.empty_label
    client = add_client(vault, Client(name="Zonder casus"))
    page.show_client(client.id)
    assert "nog geen casus" in page.empty_label.text()
    case = cases.open_case(vault, client.id, "Nieuw")
    session.changed("case", case.id)
    assert page.stack.currentWidget() is page.content and page.case_id == case.id
    vault.close()
    session.set_vault(None)
    assert page.stack.currentWidget() is page.empty_label and page.rows == []
    assert "vergrendeld" in page.empty_label.text()


def test_typed_note_is_kept_as_draft(page, vault, client_and_case, qtbot, no_modals):
    client, case = client_and_case
    row = page.row("access.next_steps")
    _click(qtbot, row.radios["done"])
    qtbot.keyClicks(row.note_edit, "Half getypt")
    page.session.aboutToLock.emit()
    key = f"checklist:{case.id}:access.next_steps:note"
    assert drafts.get_draft(vault, key)[0] == "Half getypt"
    page.reload()  # e.g. after unlocking again
    row = page.row("access.next_steps")
    assert row.note_edit.text() == "Half getypt" and row.radios["done"].isChecked()
    qtbot.waitUntil(lambda: drafts.get_draft(vault, key) is None, timeout=5000)  # restored, then saved
    assert _item(vault, case.id, "access.next_steps")[2] == "Half getypt"



def test_future_task_date_becomes_one_follow_up(page, vault, client_and_case, qtbot, no_modals):
    """Setting the interview date on its task plans it in the agenda; setting it again moves it."""
    from datetime import timedelta

    from oco_desktop.storage import agenda, follow_ups

    case = client_and_case[1]
    row = page.row("access.go_along")
    first = date.today() + timedelta(days=10)
    _type_date(qtbot, row.date_edit, first.strftime("%d-%m-%Y"))
    planned = agenda.follow_up_for_task(vault, case.id, "access.go_along")
    assert planned is not None and planned.due_on == first and planned.kind == "accompany"
    later = first + timedelta(days=7)
    _type_date(qtbot, row.date_edit, later.strftime("%d-%m-%Y"))
    assert [f.due_on for f in follow_ups.follow_ups_for_case(vault, case.id)] == [later]
    # A date in the past (the request was made last month) is a fact, not an appointment.
    assert agenda.follow_up_for_task(vault, case.id, "access.decide_on_request") is None
