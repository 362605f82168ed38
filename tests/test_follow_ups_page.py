"""The "Acties" page of a client (pytest-qt): list, add, done/reopen, move, delete, check-in, deadlines."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMessageBox

from oco_desktop.domain.checkin import propose_next_checkin
from oco_desktop.storage import cases, drafts, follow_ups
from oco_desktop.ui.agenda.follow_ups_page import FollowUpsPage
from oco_desktop.ui.shell import pages
from oco_desktop.ui.widgets.date_field import DateField
from tests.agenda_helpers import TODAY, add_note, day


@pytest.fixture
def page(qtbot, demo_session):
    widget = FollowUpsPage(demo_session)
    widget.today_provider = lambda: TODAY
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def list_rows(page):
    return [page.list.topLevelItem(i) for i in range(page.list.topLevelItemCount())]


def select(page, follow_up_id):
    for item in list_rows(page):
        if item.data(0, Qt.ItemDataRole.UserRole).id == follow_up_id:
            page.list.setCurrentItem(item)
            return item
    raise AssertionError("follow-up not listed")


def test_registered_as_a_client_page():
    assert ("oco_desktop.ui.agenda.follow_ups_page", "FollowUpsPage") in pages.CLIENT_PAGES


def test_lists_the_follow_ups_of_the_current_case(page, demo):
    page.show_client(demo.bert.id)
    assert page.title() == "Acties"
    assert demo.bert_case.code in page.heading.text()
    texts = [[item.text(c) for c in range(5)] for item in list_rows(page)]
    assert texts == [
        ["donderdag 19 november 2026", "14:30", "Huisbezoek", "Huisbezoek bij Bert, Dorpsweg 3", "Open"],
        ["dinsdag 1 december 2026", "", "Document sturen of ophalen", "Bankafschriften ophalen", "Open"],
        ["woensdag 18 november 2026", "", "Bellen", "Al gebeld", "✓ Gedaan"],
    ]
    page.show_case(demo.anna_case.id)
    assert [item.text(4) for item in list_rows(page)] == ["Te laat", "Open"]


def test_add_a_follow_up_through_the_dialog(qtbot, page, demo, monkeypatch):
    def fill(dialog):
        combo = dialog.findChild(QComboBox, "kind_combo")
        combo.setCurrentIndex(combo.findData("document"))
        dialog.findChild(DateField, "date_edit").setDate(date(2026, 11, 27))
        dialog.with_time.setChecked(True)
        dialog.time_edit.setTime(dialog.time_edit.time().fromString("11:15", "HH:mm"))
        qtbot.keyClicks(dialog.findChild(QLineEdit, "description"), "Brief van de gemeente ophalen")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", fill)
    page.show_client(demo.anna.id)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    made = [f for f in follow_ups.follow_ups_for_case(demo.vault, demo.anna_case.id) if f.kind == "document"]
    assert len(made) == 1
    assert (made[0].due_on, made[0].due_time, made[0].description, made[0].source) == \
        (date(2026, 11, 27), "11:15", "Brief van de gemeente ophalen", "manual")
    assert any(item.text(3) == "Brief van de gemeente ophalen" for item in list_rows(page))


def test_typed_description_survives_a_cancelled_dialog(qtbot, page, demo, monkeypatch):
    seen = []

    def type_and_cancel(dialog):
        field = dialog.findChild(QLineEdit, "description")
        seen.append(field.text())
        if not field.text():
            qtbot.keyClicks(field, "Zoon van Anna terugbellen")
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", type_and_cancel)
    page.show_client(demo.anna.id)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert drafts.get_draft(demo.vault, f"follow_up:new:{demo.anna_case.id}")[0] == "Zoon van Anna terugbellen"
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert seen == ["", "Zoon van Anna terugbellen"]
    assert len(follow_ups.follow_ups_for_case(demo.vault, demo.anna_case.id)) == 2  # nothing added


def test_done_reopen_move_and_delete(qtbot, page, demo, monkeypatch):
    page.show_client(demo.bert.id)
    select(page, demo.later.id)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert follow_ups.get_follow_up(demo.vault, demo.later.id).done
    select(page, demo.later.id)
    assert page.reopen_button.isEnabled() and not page.move_button.isEnabled()
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert not follow_ups.get_follow_up(demo.vault, demo.later.id).done

    def pick(dialog):
        dialog.findChild(DateField, "date_edit").setDate(date(2026, 12, 3))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", pick)
    select(page, demo.later.id)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    assert follow_ups.get_follow_up(demo.vault, demo.later.id).due_on == date(2026, 12, 3)

    questions = []

    def answer(result):
        def ask(*args, **kwargs):
            questions.append(args[2])
            return result
        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    select(page, demo.later.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert follow_ups.get_follow_up(demo.vault, demo.later.id)  # still there
    assert "Bankafschriften ophalen" in questions[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    select(page, demo.later.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert demo.later.id not in [f.id for f in follow_ups.follow_ups_for_case(demo.vault, demo.bert_case.id)]
    assert len(list_rows(page)) == 2


def test_checkin_case_shows_and_accepts_the_proposal(qtbot, page, demo, monkeypatch):
    case = cases.get_case(demo.vault, demo.bert_case.id)
    case.contact_form, case.checkin_interval_days = "checkin", 14
    cases.save_case(demo.vault, case)
    add_note(demo.vault, demo.bert, case.id, date(2026, 11, 16))
    page.show_client(demo.bert.id)
    assert page.checkin_box.isVisible()
    proposal = propose_next_checkin(date(2026, 11, 16), 14)
    assert proposal == date(2026, 11, 30)
    assert "Voorstel volgende check-in: maandag 30 november 2026" in page.checkin_label.text()
    assert "Er is nog geen check-in gepland" in page.checkin_label.text()
    qtbot.mouseClick(page.accept_checkin_button, Qt.MouseButton.LeftButton)
    [checkin] = [f for f in follow_ups.follow_ups_for_case(demo.vault, case.id) if f.kind == "checkin"]
    assert (checkin.due_on, checkin.source) == (proposal, "checkin")
    assert "Gepland: maandag 30 november 2026" in page.checkin_label.text()
    assert not page.accept_checkin_button.isEnabled()

    def pick(dialog):
        dialog.findChild(DateField, "date_edit").setDate(date(2026, 12, 2))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", pick)
    qtbot.mouseClick(page.move_checkin_button, Qt.MouseButton.LeftButton)
    [moved] = [f for f in follow_ups.follow_ups_for_case(demo.vault, case.id) if f.kind == "checkin"]
    assert (moved.id, moved.due_on) == (checkin.id, date(2026, 12, 2))


def test_no_checkin_box_for_other_cases(page, demo):
    page.show_client(demo.anna.id)
    assert not page.checkin_box.isVisible()


def test_deadlines_with_explanation_and_check_note(page, demo):
    case = cases.get_case(demo.vault, demo.anna_case.id)
    case.request_date = day(-3)
    cases.save_case(demo.vault, case)
    page.show_client(demo.anna.id)
    assert page.deadline_box.isVisible()
    texts = page.deadline_texts()
    assert texts[0] == "⚠ Termijn: laatste dag maandag 23 november 2026 — Persoonlijk plan inleveren"
    assert texts[1].startswith("U kunt uw persoonlijk plan uiterlijk op maandag 23 november 2026 aan de gemeente geven")
    assert texts[2] == "Wet (voor de ondersteuner): Wmo 2015 art. 2.3.2 lid 2."
    assert texts[3] == "Termijn: laatste dag maandag 28 december 2026 — Onderzoek gemeente klaar"
    assert texts[-1] == "Berekende datum — controleer altijd de brief van de gemeente."
    markers = page.deadline_box.findChildren(type(page.check_note), "deadline_marker")
    assert [m.font().bold() for m in markers] == [True, False]


def test_cleared_on_lock(page, demo, demo_session):
    page.show_client(demo.bert.id)
    assert list_rows(page)
    demo.vault.close()
    demo_session.set_vault(None)
    assert list_rows(page) == [] and not page.add_button.isEnabled()
    assert demo.bert_case.code not in page.heading.text()


def test_reassessment_reminder_from_the_route(page, demo):
    from oco_desktop.settings import Settings
    from oco_desktop.storage import route as route_store

    Settings().set("reassessment_reminder_weeks", 4)
    route_store.set_dates(demo.vault, demo.bert_case.id, help_end_date=date(2027, 3, 31))
    page.show_client(demo.bert.id)
    assert page.deadline_box.isVisible()
    assert ("Herindicatie voorbereiden vanaf woensdag 3 maart 2027: de toegekende hulp stopt op woensdag "
            "31 maart 2027.") in page.deadline_texts()
