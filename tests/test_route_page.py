"""The Route page and the route's sections in Today (pytest-qt, real widgets, a real vault)."""

from __future__ import annotations

from datetime import date

import pypdf
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from oco_desktop.domain.route import Provision
from oco_desktop.settings import Settings
from oco_desktop.storage import plans
from oco_desktop.storage import route as route_store
from oco_desktop.ui.agenda.today_view import COL_WHAT, TodayView
from oco_desktop.ui.route import decision_box
from oco_desktop.ui.route.route_page import RoutePage
from oco_desktop.ui.shell import pages
from oco_desktop.ui.shell.session import Session
from oco_desktop.ui.shell.settings_dialog import SettingsDialog
from tests.plan_helpers import NAMES, SECRET_NOTE, add_plan_case, definitions, make_vault

TODAY = date(2026, 11, 30)


@pytest.fixture
def setup(tmp_path, qtbot, monkeypatch):
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: pytest.fail(f"unexpected {a[2:]}")))
    vault = make_vault(tmp_path / "v")
    defs = definitions()
    pc = add_plan_case(vault, defs, NAMES[0])
    plans.save_section(vault, defs, pc.case_id, "what_i_want", "Ik wil weer zelf naar boven.", pc.domains[0])
    plans.save_section(vault, defs, pc.case_id, "my_questions", "Kan ik een traplift krijgen?")
    session = Session(vault, defs)
    page = RoutePage(session)
    page.today_provider = lambda: TODAY
    qtbot.addWidget(page)
    page.show_client(pc.client_id)
    page.show()
    yield page, session, vault, pc
    if vault.is_open:
        vault.close()


def test_registered_as_a_client_page():
    assert ("oco_desktop.ui.route.route_page", "RoutePage") in pages.CLIENT_PAGES


def test_dates_entered_once_give_the_deadlines(setup):
    page, _session, vault, pc = setup
    assert page.title() == "Route"
    assert page.date_fields["request_date"].text() == "05-11-2026"
    # The interview preparation is drawn from the plan.
    assert page.text_fields["interview_questions"].toPlainText() == "Kan ik een traplift krijgen?"
    page.date_fields["report_received"].edit.setText("26-11-2026")
    page.date_fields["application_date"].edit.setText("27-11-2026")
    page.reference.setText("WMO/42")
    assert page.save()
    r = route_store.load(vault, pc.case_id)
    assert r.report_received == date(2026, 11, 26) and r.application_date == date(2026, 11, 27)
    assert r.decision_reference == "WMO/42"
    assert r.interview_questions == "Kan ik een traplift krijgen?"  # saved from the prefilled text
    texts = page.deadline_texts()
    assert any(t.startswith("De gemeente moet uiterlijk op vrijdag 11 december 2026 beslissen") for t in texts)
    assert "Wet (voor de ondersteuner): Wmo 2015 art. 2.3.5 lid 1." in texts
    # An extension recorded with its new date replaces the two-week date.
    page.date_fields["decision_extended_to"].edit.setText("08-01-2027")
    assert page.save()
    assert any("uiterlijk op vrijdag 8 januari 2027 beslissen" in t for t in page.deadline_texts())


def test_bad_dates_are_refused_with_a_message(setup):
    page, _session, vault, pc = setup
    page.date_fields["application_date"].edit.setText("31-02-2026")
    assert not page.save()
    assert "Aanvraag gedaan" in page.error_label.text()
    page.date_fields["application_date"].edit.setText("01-10-2026")
    assert not page.save()
    assert "vóór de datum van de melding" in page.error_label.text()
    assert route_store.load(vault, pc.case_id).application_date is None


def test_reassessment_reminder_from_the_setting(setup):
    page, _session, _vault, _pc = setup
    Settings().set("reassessment_reminder_weeks", 6)
    page.date_fields["help_end_date"].edit.setText("31-03-2027")
    assert page.save()
    assert any("stopt op woensdag 31 maart 2027" in t and "woensdag 17 februari 2027" in t and "6 weken" in t
               for t in page.deadline_texts())


def test_municipality_late_shows_in_plain_words(setup):
    page, _session, _vault, _pc = setup
    page.date_fields["access_interview_date"].edit.setText("")
    page.date_fields["request_date"].edit.setText("01-09-2026")
    assert page.save()
    texts = page.deadline_texts()
    assert any(t.startswith("De gemeente is te laat.") and "ingebrekestelling" in t for t in texts)
    assert any("Awb art. 4:17" in t for t in texts)


def test_goals_marked_against_the_decision_offer_the_objection(setup, monkeypatch):
    page, _session, vault, pc = setup
    monkeypatch.setattr(decision_box, "ask_provision", lambda _p, _c: Provision(
        "Traplift", "1", "in_kind", date(2027, 1, 1), date(2031, 12, 31)))
    page.decision_box.add_button.click()
    assert page.decision_box.table.rowCount() == 1
    assert page.decision_box.table.item(0, 2).text() == "Zorg in natura"
    assert not page.decision_box.objection_offer.isVisible()
    key = f"what_i_want:{pc.domains[0]}"
    page.decision_box.set_goal(key, "partly", "Alleen binnen.")
    [check] = route_store.goal_checks(vault, pc.case_id)
    assert (check.outcome, check.why, check.goal_text) == ("partly", "Alleen binnen.", "Ik wil weer zelf naar boven.")
    assert page.decision_box.objection_offer.isVisible()
    assert "Vul de datum in" in page.decision_box.objection_offer.text()
    page.date_fields["application_date"].edit.setText("20-11-2026")
    page.date_fields["decision_sent_date"].edit.setText("27-11-2026")
    assert page.save()
    assert "uiterlijk op vrijdag 8 januari 2027" in page.decision_box.objection_offer.text()
    page.decision_box.set_goal(key, "met")
    assert not page.decision_box.objection_offer.isVisible()


def test_letter_saved_from_the_page_and_copied_as_text(setup, monkeypatch, tmp_path):
    page, _session, _vault, _pc = setup
    page.date_fields["application_date"].edit.setText("20-11-2026")
    page.date_fields["decision_sent_date"].edit.setText("27-11-2026")
    out = tmp_path / "bezwaar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page.objection_button.click()
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "vrijdag 27 november 2026" in text and SECRET_NOTE not in text
    page.copy_objection.click()
    assert QApplication.clipboard().text().startswith(NAMES[0])
    QApplication.clipboard().clear()


def test_missing_date_for_a_letter_is_named(setup, monkeypatch, tmp_path):
    page, _session, _vault, _pc = setup
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "b.pdf"), "")))
    page.objection_button.click()
    assert "de beslissing heeft verstuurd ontbreekt" in shown[0]
    assert not (tmp_path / "b.pdf").exists()


def test_today_shows_municipality_late_with_the_letter(setup, qtbot, monkeypatch, tmp_path):
    page, session, vault, pc = setup
    route_store.set_dates(vault, pc.case_id, access_interview_date=None, request_date=date(2026, 9, 1),
                          application_date=date(2026, 10, 20), help_end_date=date(2027, 1, 10))
    view = TodayView(session)
    view.today_provider = lambda: TODAY
    qtbot.addWidget(view)
    view.reload()
    late = view.section_item("municipality_late")
    assert late is not None and late.text(0) == "Gemeente te laat (1)"
    row = late.child(0)
    assert "Beslissing te laat sinds dinsdag 3 november 2026" in row.text(COL_WHAT)
    assert "ingebrekestelling" in row.toolTip(COL_WHAT) and "Awb art. 4:17" in row.toolTip(COL_WHAT)
    reminder = view.section_item("reassessment")
    assert reminder is not None and "De hulp stopt op zondag 10 januari 2027" in reminder.child(0).text(COL_WHAT)
    view.tree.setCurrentItem(row)
    assert view.letter_button.isEnabled()
    out = tmp_path / "ingebrekestelling.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    view.letter_button.click()
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Ingebrekestelling" in text and "dinsdag 20 oktober 2026" in text
    view.tree.setCurrentItem(reminder.child(0))
    assert not view.letter_button.isEnabled()
    # Marked as handled (issue 15's Today action): the late decision is not shown again.
    from oco_desktop.storage import deadlines_handled

    deadlines_handled.mark_handled(vault, pc.case_id, "decision", date(2026, 11, 3), TODAY)
    view.reload()
    assert view.section_item("municipality_late") is None


def test_settings_dialog_keeps_supporter_details_and_reminder_weeks(qtbot):
    settings = Settings()
    dialog = SettingsDialog(settings, None)
    qtbot.addWidget(dialog)
    box = dialog.route_fields
    box.edits["supporter_name"].setText("  Łukasz Wróbel ")
    box.edits["supporter_organisation"].setText("Stichting OCO")
    box.edits["supporter_contact"].setText("030-1234567")
    box.edits["municipality_name"].setText("Utrecht")
    box.reminder_weeks.setValue(10)
    dialog.apply()
    again = Settings()
    assert again.get("supporter_name") == "Łukasz Wróbel" and again.get("supporter_contact") == "030-1234567"
    assert again.get("municipality_name") == "Utrecht" and again.get("reassessment_reminder_weeks") == 10


def test_route_strings_are_all_translated():
    from oco_desktop import i18n

    ts = i18n.translations_dir() / "oco_en_route.ts"
    assert ts.is_file() and i18n.unfinished_strings([ts]) == []


def test_typed_text_is_kept_and_saved_when_leaving(setup, qtbot):
    page, session, vault, pc = setup
    qtbot.keyClicks(page.text_fields["interview_said"], "Traplift besproken")
    session.changed("case", pc.case_id)  # another page changed the case: typed text must stay
    assert page.text_fields["interview_said"].toPlainText() == "Traplift besproken"
    assert route_store.load(vault, pc.case_id).interview_said == ""
    page.hide()  # switching tabs saves
    assert route_store.load(vault, pc.case_id).interview_said == "Traplift besproken"
    page.show()
    page.text_fields["interview_proposed"].setPlainText("Traplift")
    session.aboutToLock.emit()  # locking saves first
    assert route_store.load(vault, pc.case_id).interview_proposed == "Traplift"


def test_today_route_rows_of_another_year_show_the_year(setup, qtbot):
    page, session, vault, pc = setup
    route_store.set_dates(vault, pc.case_id, access_interview_date=None, request_date=date(2025, 6, 2),
                          application_date=date(2025, 8, 4), help_end_date=None)
    view = TodayView(session)
    view.today_provider = lambda: TODAY
    qtbot.addWidget(view)
    view.reload()
    row = view.section_item("municipality_late").child(0)
    assert row.text(0).endswith(" 2025"), row.text(0)  # a date of last year never reads as this year's


def test_route_dates_are_the_shared_date_field(setup, qtbot):
    """The route had its own date field module; it now uses ui/widgets/date_field.py like every page."""
    import importlib.util

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from oco_desktop.ui.widgets.date_field import DateField

    page, *_ = setup
    assert importlib.util.find_spec("oco_desktop.ui.route.date_field") is None
    assert {type(f) for f in page.date_fields.values()} == {DateField}
    field = page.date_fields["application_date"]
    field.clear()
    field.edit.setFocus()
    QTest.keyClicks(field.edit, "3-11-26")  # typed the Dutch way
    QTest.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.date() == date(2026, 11, 3) and not field.edit.hasFocus()
