"""Today with a real caseload: the year for dates in another year, a passed legal deadline marked handled
(the case keeps the record), and Today and the caseload counting "te laat" with one definition."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from oco_desktop.domain.models import Client, FollowUp
from oco_desktop.errors import InvalidValue
from oco_desktop.storage import agenda, cases, clients, deadlines_handled, follow_ups
from oco_desktop.storage.caseload import caseload
from oco_desktop.storage.clock import today as local_today
from oco_desktop.ui.agenda.agenda_common import short_date
from oco_desktop.ui.agenda.today_view import COL_WHEN, TodayView
from oco_desktop.ui.caseload.caseload_view import CaseloadView

TODAY = local_today()
LAST_YEAR = date(TODAY.year - 1, 3, 11)


@pytest.fixture
def filled(session):
    """Two clients: overdue follow-ups (one from last year), and a case whose assessment deadline passed."""
    vault = session.vault
    anna = clients.add_client(vault, Client(name="Anna de Vries"))
    case_a = cases.open_case(vault, anna.id, title="Wonen", opened_on=TODAY - timedelta(days=400))
    follow_ups.add_follow_up(vault, FollowUp(case_a.id, "call", LAST_YEAR, description="Oude afspraak"))
    follow_ups.add_follow_up(vault, FollowUp(case_a.id, "call", TODAY - timedelta(days=2), description="Bellen"))
    bert = clients.add_client(vault, Client(name="Bert Jansen"))
    case_b = cases.open_case(vault, bert.id, title="Zorg", opened_on=TODAY - timedelta(days=200))
    case_b = cases.save_case(vault, replace(case_b, request_date=TODAY - timedelta(days=120)))
    follow_ups.add_follow_up(vault, FollowUp(case_b.id, "visit", TODAY + timedelta(days=3), description="Bezoek"))
    return session, anna, bert, case_a, case_b


@pytest.fixture
def today_view(qtbot, filled):
    session = filled[0]
    view = TodayView(session)
    view.today_provider = lambda: TODAY
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.reload()
    return view


def overdue_rows(view):
    item = view.section_item("overdue")
    return [item.child(i) for i in range(item.childCount()) if view._data(item.child(i))]


def caseload_total(qtbot, session) -> int:
    view = CaseloadView(session)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    summary = view._summary_text()
    return int(summary.split("Te laat: ")[1].split(" ")[0])


# -- the year -------------------------------------------------------------------------------------------
def test_short_date_shows_the_year_only_for_another_year():
    assert short_date(date(2025, 3, 11), "nl", date(2026, 11, 30)) == "dinsdag 11 maart 2025"
    assert short_date(date(2026, 3, 11), "nl", date(2026, 11, 30)) == "woensdag 11 maart"
    assert short_date(date(2027, 1, 5), "en", date(2026, 11, 30)) == "Tuesday 5 January 2027"


def test_today_shows_the_year_of_last_years_dates(today_view):
    whens = {today_view._data(r).get("follow_up_id") and r.text(COL_WHEN) for r in overdue_rows(today_view)}
    assert any(str(LAST_YEAR.year) in w for w in whens if w), whens
    this_year = [w for w in whens if w and str(LAST_YEAR.year) not in w]
    assert this_year and not any(str(TODAY.year) in w for w in this_year)


# -- one definition ----------------------------------------------------------------------------------
def test_today_and_the_caseload_count_the_same(qtbot, today_view, filled):
    session, anna, bert, *_ = filled
    per_client = agenda.overdue_counts(session.vault, TODAY)
    # Anna: two overdue follow-ups; Bert: his municipality is late (assessment deadline passed).
    assert per_client[anna.id] == 2 and per_client[bert.id] >= 1
    total = sum(per_client.values())
    # Bert's late municipality shows once, under "Gemeente te laat"; together with "Te laat" it is the total.
    late = today_view.section_item("municipality_late")
    assert today_view.section_item("overdue").text(0) == f"Te laat ({total - late.childCount()})"
    assert late.text(0) == f"Gemeente te laat ({late.childCount()})" and late.childCount() == 1
    assert today_view.summary.text().startswith(f"{total} te laat")
    rows = {r.client_id: r.overdue_follow_ups for r in caseload(session.vault, today=TODAY)}
    assert rows[anna.id] == per_client[anna.id] and rows[bert.id] == per_client[bert.id]
    assert caseload_total(qtbot, session) == total


# -- handled ----------------------------------------------------------------------------------------------
def test_a_passed_deadline_can_be_marked_handled(qtbot, today_view, filled):
    session, _anna, bert, _case_a, case_b = filled
    before = sum(agenda.overdue_counts(session.vault, TODAY).values())
    late = today_view.section_item("municipality_late")
    deadline_rows = [late.child(i) for i in range(late.childCount())]
    assert deadline_rows and today_view._data(deadline_rows[0])["type"] == "late"
    follow_up_row = next(r for r in overdue_rows(today_view) if today_view._data(r)["type"] == "follow_up")
    today_view.tree.setCurrentItem(follow_up_row)
    assert not today_view.handled_button.isEnabled()  # only for deadlines
    row = deadline_rows[0]
    data = today_view._data(row)
    today_view.tree.setCurrentItem(row)
    assert today_view.handled_button.isEnabled()
    today_view.handled_button.click()
    assert today_view.section_item("municipality_late") is None  # Bert's only late term: gone
    assert today_view.summary.text().startswith(f"{before - 1} te laat")
    assert sum(agenda.overdue_counts(session.vault, TODAY).values()) == before - 1
    rows = {r.client_id: r.overdue_follow_ups for r in caseload(session.vault, today=TODAY)}
    assert rows[bert.id] == agenda.overdue_counts(session.vault, TODAY).get(bert.id, 0)
    # The case keeps the record.
    [record] = deadlines_handled.handled_for_case(session.vault, case_b.id)
    assert (record.kind.value, record.last_day, record.handled_on) == (data["kind"], data["last_day"], TODAY)


def test_a_deadline_still_ahead_cannot_be_marked_handled(session, filled):
    _session, _anna, _bert, _case_a, case_b = filled
    with pytest.raises(InvalidValue):
        deadlines_handled.mark_handled(session.vault, case_b.id, "plan", TODAY + timedelta(days=3), TODAY)


def test_new_dates_bring_the_deadline_back(session, filled):
    """A deadline is known by its last day: new case dates give a new deadline, shown again."""
    _session, _anna, bert, _case_a, case_b = filled
    overdue = [d for d in agenda.agenda(session.vault, TODAY).municipality_late() if d.case_id == case_b.id]
    assert overdue
    for item in overdue:
        deadlines_handled.mark_handled(session.vault, case_b.id, item.deadline.kind, item.deadline.last_day, TODAY)
    assert not [d for d in agenda.agenda(session.vault, TODAY).municipality_late() if d.case_id == case_b.id]
    cases.save_case(session.vault, replace(cases.get_case(session.vault, case_b.id),
                                           request_date=TODAY - timedelta(days=100)))
    assert [d for d in agenda.agenda(session.vault, TODAY).municipality_late() if d.case_id == case_b.id]


def test_a_late_decision_shows_once_and_today_and_the_caseload_agree(qtbot, session):
    """A demo-like case: applied for, the decision term passed, nothing sent. One situation, one row:
    under "Gemeente te laat" with the letter button, not again as a passed deadline under "Te laat"."""
    vault = session.vault
    carla = clients.add_client(vault, Client(name="Carla Smit"))
    case = cases.open_case(vault, carla.id, title="Wmo", opened_on=TODAY - timedelta(days=150))
    cases.save_case(vault, replace(case, request_date=TODAY - timedelta(days=140),
                                   application_date=TODAY - timedelta(days=70)))
    view = TodayView(session)
    view.today_provider = lambda: TODAY
    qtbot.addWidget(view)
    view.show()
    view.reload()
    shown = []
    for key in ("overdue", "today", "this_week", "later", "municipality_late"):
        item = view.section_item(key)
        if item is not None:
            shown += [(key, view._data(item.child(i))) for i in range(item.childCount())
                      if view._data(item.child(i)) and view._data(item.child(i)).get("case_id") == case.id]
    assert [(key, data["type"], data.get("letter")) for key, data in shown] == [
        ("municipality_late", "late", "default")]
    per_client = agenda.overdue_counts(vault, TODAY)
    assert per_client == {carla.id: 1}
    assert view.summary.text().startswith("1 te laat")
    assert view.section_item("overdue").text(0) == "Te laat (0)"
    assert {r.client_id: r.overdue_follow_ups for r in caseload(vault, today=TODAY)} == {carla.id: 1}
    assert caseload_total(qtbot, session) == 1
