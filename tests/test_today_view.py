"""The today view (pytest-qt): sections with a fixed today, deadline markers, opening a case,
done/reopen/move, the calendar export and locking."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from oco_desktop.domain.checklists import load_definitions
from oco_desktop.domain.models import FollowUp
from oco_desktop.storage import cases, follow_ups
from oco_desktop.storage.clock import today as real_today
from oco_desktop.storage.vault import Vault
from oco_desktop.ui.agenda.today_view import COL_CASE, COL_CLIENT, COL_WHAT, TodayView
from oco_desktop.ui.shell import pages
from oco_desktop.ui.shell.session import Session
from oco_desktop.ui.widgets.date_field import DateField
from tests.agenda_helpers import PASSPHRASE, TODAY, day


@pytest.fixture
def view(qtbot, demo_session):
    widget = TodayView(demo_session)
    widget.today_provider = lambda: TODAY
    widget.reload()
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def rows(view, section):
    item = view.section_item(section)
    return [item.child(i) for i in range(item.childCount()) if view._data(item.child(i))]


def row_for(view, follow_up_id):
    for item in view.items():
        if view._data(item).get("follow_up_id") == follow_up_id:
            return item
    return None


def click(qtbot, view, item, column=COL_CLIENT):
    rect = view.tree.visualItemRect(item)
    x = sum(view.tree.columnWidth(c) for c in range(column)) + 5
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.top() + 3))


def test_registered_first_among_the_home_pages():
    assert pages.HOME_PAGES[0] == ("oco_desktop.ui.agenda.today_view", "TodayView")


def test_sections_with_counts_for_a_fixed_today(view, demo):
    assert view.title() == "Vandaag"
    assert view.section_item("overdue").text(0) == "Te laat (1)"
    assert view.section_item("today").text(0) == "Vandaag (1)"
    assert view.section_item("this_week").text(0) == "Deze week (1)"
    [overdue] = rows(view, "overdue")
    assert (overdue.text(COL_CLIENT), overdue.text(COL_CASE)) == ("Annie", demo.anna_case.code)
    assert overdue.text(1) == "Bellen"
    assert overdue.text(COL_WHAT) == "Annie de Vries bellen over de brief"
    [today_row] = rows(view, "today")
    assert today_row.text(0) == "14:30" and today_row.text(COL_CLIENT) == "Bert Jansen"
    assert view._data(rows(view, "this_week")[0])["follow_up_id"] == demo.this_week.id
    assert row_for(view, demo.later.id) is None  # 12 days ahead: not on the today view
    assert "donderdag 19 november 2026" in view.heading.text()
    assert view.summary.text() == "1 te laat · 1 vandaag · 1 deze week"


def test_deadline_within_seven_days_has_a_text_marker_and_bold(view, demo, demo_session):
    stored = cases.get_case(demo.vault, demo.anna_case.id)
    stored.request_date = day(-3)  # plan until Monday 23 November
    cases.save_case(demo.vault, stored)
    demo_session.changed("case", stored.id)
    week = rows(view, "this_week")
    assert view.section_item("this_week").text(0) == "Deze week (2)"
    deadline = next(r for r in week if view._data(r)["type"] == "deadline")
    assert deadline.text(COL_WHAT) == "⚠ Termijn: laatste dag maandag 23 november 2026"
    assert deadline.text(1) == "Termijn: Persoonlijk plan inleveren"
    assert all(deadline.font(c).bold() for c in range(5))
    assert "controleer de datum altijd in de brief" in deadline.toolTip(COL_WHAT)
    assert view.check_note.text() == "Berekende datum — controleer altijd de brief van de gemeente."
    assert view.check_note.isVisible()
    # A follow-up row is not bold: the emphasis means "deadline".
    assert not rows(view, "overdue")[0].font(COL_WHAT).bold()


def test_one_click_opens_the_case(qtbot, view, demo, demo_session):
    item = rows(view, "today")[0]
    with qtbot.waitSignal(demo_session.openCaseRequested, timeout=2000) as blocker:
        click(qtbot, view, item)
    assert blocker.args == [demo.bert.id, demo.bert_case.id]


def test_enter_opens_the_current_case(qtbot, view, demo, demo_session):
    view.tree.setFocus()
    view.tree.setCurrentItem(rows(view, "overdue")[0])
    with qtbot.waitSignal(demo_session.openCaseRequested, timeout=2000) as blocker:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert blocker.args == [demo.anna.id, demo.anna_case.id]


def test_mark_done_moves_it_out(qtbot, view, demo):
    view.tree.setCurrentItem(rows(view, "overdue")[0])
    assert view.done_button.isEnabled()
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert follow_ups.get_follow_up(demo.vault, demo.overdue.id).done
    assert row_for(view, demo.overdue.id) is None
    assert view.section_item("overdue").text(0) == "Te laat (0)"


def test_done_today_can_be_reopened(qtbot, view, demo):
    view.today_provider = real_today  # demo.done was marked done just now
    view.reload()
    item = row_for(view, demo.done.id)
    assert item is not None and view.section_item("done").text(0) == "Vandaag afgerond (1)"
    view.tree.setCurrentItem(item)
    assert view.reopen_button.isEnabled() and not view.done_button.isEnabled()
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    assert not follow_ups.get_follow_up(demo.vault, demo.done.id).done
    assert view.section_item("done") is None


def test_move_with_the_date_picker(qtbot, view, demo, monkeypatch):
    def pick(dialog):
        dialog.findChild(DateField, "date_edit").setDate(date(2026, 11, 24))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", pick)
    view.tree.setCurrentItem(rows(view, "overdue")[0])
    qtbot.mouseClick(view.move_button, Qt.MouseButton.LeftButton)
    moved = follow_ups.get_follow_up(demo.vault, demo.overdue.id)
    assert (moved.due_on, moved.due_time) == (date(2026, 11, 24), None)
    assert row_for(view, demo.overdue.id) in rows(view, "this_week")


def test_calendar_export_writes_a_file_without_client_data(qtbot, view, demo, monkeypatch, tmp_path, app_language):
    app_language("nl")  # the Dutch plural forms ("3 acties")
    target = tmp_path / "werk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Agendabestand (*.ics)"))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail("unexpected warning"))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    written = (tmp_path / "werk.ics").read_text(encoding="utf-8")
    assert written.count("BEGIN:VEVENT") == 3  # today, this week and 12 days ahead
    assert demo.bert_case.code in written and demo.anna_case.code in written
    for secret in ("Annie", "Anna", "Bert", "Jansen", "Dorpsweg", "Kerkstraat", "Keukentafelgesprek"):
        assert secret not in written
    assert shown and "3 acties" in shown[0] and "geen naam, adres" in shown[0]
    assert "geen naam, adres" in view.export_info.text()


def test_refresh_on_data_changed_and_clear_on_lock(qtbot, view, demo, demo_session):
    new = follow_ups.add_follow_up(demo.vault, FollowUp(case_id=demo.anna_case.id, kind="other", due_on=TODAY))
    demo_session.changed("follow_up", new.id)
    assert row_for(view, new.id) in rows(view, "today")
    folder = demo.vault.folder
    demo_session.aboutToLock.emit()
    demo.vault.close()
    demo_session.set_vault(None)
    assert view.tree.topLevelItemCount() == 0 and view.heading.text() == ""
    reopened = Vault.open(folder, PASSPHRASE)
    try:
        demo_session.set_vault(reopened)
        assert row_for(view, new.id) is not None
    finally:
        reopened.close()


def test_english_translation(qtbot, demo, tmp_path):
    import subprocess

    from PySide6.QtCore import QCoreApplication, QTranslator

    from oco_desktop import i18n, paths

    lrelease = i18n.find_lrelease()
    assert lrelease, "pyside6-lrelease is part of PySide6"
    qm = tmp_path / "agenda.qm"
    ts = paths.resource_path("translations", "oco_en_agenda.ts")
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        stored = cases.get_case(demo.vault, demo.anna_case.id)
        stored.request_date = day(-3)
        cases.save_case(demo.vault, stored)
        en_session = Session(demo.vault, load_definitions(user_overrides=False), lang="en")
        view = TodayView(en_session)
        qtbot.addWidget(view)
        view.today_provider = lambda: TODAY
        view.reload()
        assert view.title() == "Today"
        assert view.section_item("overdue").text(0) == "Overdue (1)"
        assert view.check_note.text() == "Calculated date — always check the municipality's letter."
        markers = [r.text(COL_WHAT) for r in rows(view, "this_week") if view._data(r)["type"] == "deadline"]
        assert markers == ["⚠ Deadline: last day Monday 23 November 2026"]
    finally:
        QCoreApplication.removeTranslator(translator)


def _statements_during_reload(view, vault):
    seen = []
    vault.conn.set_trace_callback(lambda sql: seen.append(sql) if sql.lstrip().upper().startswith("SELECT") else None)
    try:
        view.reload()
    finally:
        vault.conn.set_trace_callback(None)
    return seen


def test_loads_with_one_query_whatever_the_number_of_items(qtbot, view, demo):
    from tests.agenda_helpers import add_client

    before = _statements_during_reload(view, demo.vault)
    for n in range(12):
        client = add_client(demo.vault, f"Cliënt {n}")
        case = cases.open_case(demo.vault, client.id, opened_on=day(-20))
        case.request_date = day(-n)
        cases.save_case(demo.vault, case)
        follow_ups.add_follow_up(demo.vault, FollowUp(case_id=case.id, kind="call", due_on=day(n % 8)))
    after = _statements_during_reload(view, demo.vault)
    from oco_desktop.ui.agenda.today_view import SECTION_BUILDERS

    # The agenda is two statements (its cases, their follow-ups); each section builder adds at most one.
    assert len(after) <= 2 + len(SECTION_BUILDERS)
    # Before: nothing changed since the fixture loaded Today, so the agenda was not read again.
    assert len(before) == len(after) - 2
    assert sum("FROM cases cs JOIN clients cl" in sql for sql in before) == 0
    assert sum("FROM cases cs JOIN clients cl" in sql for sql in after) == 1
    assert sum(sql.startswith("SELECT f.id, f.case_id") for sql in after) == 1
    assert len(view.items()) > 24  # the new follow-ups and deadlines are shown


def test_agenda_is_read_again_after_any_change_and_only_then(qtbot, view, demo):
    """Today and the caseload share one agenda read while nothing changed; any write makes it stale."""
    from oco_desktop.storage.caseload import caseload

    def agenda_reads(action):
        seen = []
        demo.vault.conn.set_trace_callback(lambda sql: seen.append(sql))
        try:
            action()
        finally:
            demo.vault.conn.set_trace_callback(None)
        return sum("FROM cases cs JOIN clients cl" in sql and "r.plan_handed_in" in sql for sql in seen)

    view.reload()
    assert agenda_reads(view.reload) == 0
    assert agenda_reads(lambda: caseload(demo.vault, today=TODAY)) == 0  # "te laat" reuses it
    added = follow_ups.add_follow_up(demo.vault, FollowUp(case_id=demo.bert_case.id, kind="call", due_on=day(-3)))
    assert agenda_reads(view.reload) == 1
    assert row_for(view, added.id) is not None  # and the new follow-up is on screen
    assert "agenda" in demo.vault.kept
    demo.vault.close()
    assert demo.vault.kept == {}  # the kept agenda (client names) goes with the connection


def test_a_registered_section_shows_and_opens_its_case(qtbot, view, demo, demo_session):
    from oco_desktop.ui.agenda.today_view import TodayRow, TodaySection

    def reminders(ctx):
        assert ctx.today == TODAY and ctx.vault is demo.vault
        row = TodayRow(("", "Herinnering", "Bert Jansen", demo.bert_case.code, "Iets nakijken"),
                       data={"type": "reminder", "client_id": demo.bert.id, "case_id": demo.bert_case.id})
        return [TodaySection("reminder", "Herinneringen", [row], order=50)]

    view.add_section_builder(reminders, order=50)
    view.reload()
    assert view.tree.topLevelItem(0).text(0) == "Herinneringen (1)"
    assert view.section_item("overdue").text(0) == "Te laat (1)"  # the agenda's sections stay
    [item] = rows(view, "reminder")
    assert item.text(COL_WHAT) == "Iets nakijken"
    with qtbot.waitSignal(demo_session.openCaseRequested, timeout=2000) as blocker:
        click(qtbot, view, item)
    assert blocker.args == [demo.bert.id, demo.bert_case.id]
    assert view.open_button.isEnabled() and not view.done_button.isEnabled()
