"""The route of a case: dates, deadlines derived from them (with extension and re-assessment), the
municipality being late, provisions and goal checks, in a real vault and in the agenda."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from oco_desktop.domain import route as route_domain
from oco_desktop.domain.deadlines import DeadlineKind, explain_nl, legal_line_nl
from oco_desktop.domain.holidays import STATUTORY_ONLY, load_calendar
from oco_desktop.domain.route import GoalCheck, LateKind, Provision, Route
from oco_desktop.errors import InvalidValue
from oco_desktop.storage import agenda, cases, plans, schema
from oco_desktop.storage import route as route_store
from tests.plan_helpers import NAMES, add_plan_case, definitions, make_vault

TODAY = date(2026, 11, 30)


@pytest.fixture
def setup(tmp_path):
    vault = make_vault(tmp_path / "v")
    defs = definitions()
    pc = add_plan_case(vault, defs, NAMES[0])
    yield vault, defs, pc
    if vault.is_open:
        vault.close()


def kinds(deadlines):
    return [d.kind for d in deadlines]


def test_migration_adds_the_route_tables(setup):
    vault, _defs, _pc = setup
    assert vault.schema_version() == schema.LATEST_VERSION
    tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"case_route", "case_provisions", "case_goal_checks"} <= tables


def test_every_route_date_is_stored_once_and_read_back(setup):
    vault, _defs, pc = setup
    r = route_store.load(vault, pc.case_id)
    assert r.request_date == date(2026, 11, 5) and r.access_interview_date == date(2026, 11, 19)
    dates = dict(plan_handed_in=date(2026, 11, 10), report_received=date(2026, 11, 26),
                 application_date=date(2026, 11, 27), decision_sent_date=date(2026, 12, 8),
                 decision_received=date(2026, 12, 9), help_end_date=date(2027, 12, 31),
                 decision_extended_to=date(2026, 12, 20))
    saved = route_store.save(vault, replace(r, route="jeugdwet", decision_reference="WMO-2026-0042", **dates))
    assert saved.route == "jeugdwet" and saved.decision_reference == "WMO-2026-0042"
    for name, value in dates.items():
        assert getattr(saved, name) == value
    # The dates the checklist and plan also use stay on the case itself (one place for each date).
    case = cases.get_case(vault, pc.case_id)
    assert case.application_date == date(2026, 11, 27) and case.decision_sent_date == date(2026, 12, 8)
    vault.close()


def test_a_date_before_its_step_is_refused(setup):
    vault, _defs, pc = setup
    r = route_store.load(vault, pc.case_id)
    with pytest.raises(InvalidValue, match="de aanvraag ligt vóór de datum van de melding"):
        route_store.save(vault, replace(r, application_date=date(2026, 11, 1)))
    with pytest.raises(InvalidValue, match="Onbekende route"):
        route_store.save(vault, replace(r, route="wet"))


def test_deadlines_follow_the_route():
    cal = STATUTORY_ONLY
    r = Route(request_date=date(2026, 11, 5))
    assert kinds(route_domain.route_deadlines(r, cal)) == [DeadlineKind.PLAN, DeadlineKind.ASSESSMENT]
    r.plan_handed_in = date(2026, 11, 10)
    assert kinds(route_domain.route_deadlines(r, cal)) == [DeadlineKind.ASSESSMENT]
    r.report_received = date(2026, 11, 26)
    assert route_domain.route_deadlines(r, cal) == []
    r.application_date = date(2026, 11, 27)
    [decision] = route_domain.route_deadlines(r, cal)
    assert decision.kind is DeadlineKind.DECISION and decision.last_day == date(2026, 12, 11)
    r.decision_extended_to = date(2027, 1, 8)
    [extended] = route_domain.route_deadlines(r, cal)
    assert extended.last_day == date(2027, 1, 8)
    assert "meer tijd" in explain_nl(extended) and "vrijdag 8 januari 2027" in explain_nl(extended)
    assert "Awb art. 4:14 lid 3" in legal_line_nl(extended)
    r.decision_sent_date = date(2027, 1, 6)
    [objection] = route_domain.route_deadlines(r, cal)
    assert objection.kind is DeadlineKind.OBJECTION and objection.last_day == date(2027, 2, 17)


def test_reassessment_reminder_uses_the_setting_weeks_and_provision_ends():
    r = Route(help_end_date=date(2027, 6, 30))
    reminder = route_domain.reassessment_reminder(r, weeks=8)
    assert reminder.due == date(2027, 5, 5) and reminder.help_ends == date(2027, 6, 30)
    assert route_domain.reassessment_reminder(r, weeks=2).due == date(2027, 6, 16)
    r = Route(provisions=[Provision("Huishoudelijke hulp", end_on=date(2027, 3, 31)),
                          Provision("Begeleiding", end_on=date(2027, 9, 30))])
    assert route_domain.reassessment_reminder(r, 4).help_ends == date(2027, 9, 30)
    assert route_domain.reassessment_reminder(Route()) is None


def test_municipality_late_for_assessment_and_decision():
    cal = STATUTORY_ONLY
    r = Route(request_date=date(2026, 9, 1))  # assessment ended Tuesday 13 October 2026
    [late] = route_domain.municipality_late(r, TODAY, cal)
    assert late.kind is LateKind.ASSESSMENT and late.deadline.last_day == date(2026, 10, 13)
    text = route_domain.late_text_nl(late, TODAY)
    assert "te laat" in text and "dinsdag 13 oktober 2026" in text
    assert "ingebrekestelling" in text and "maandag 14 december 2026" in text  # two weeks from today
    assert "art." not in text  # law for the supporter only
    r.application_date = date(2026, 11, 2)
    [late] = route_domain.municipality_late(r, TODAY, cal)
    assert late.kind is LateKind.DECISION and late.deadline.last_day == date(2026, 11, 16)
    r.decision_extended_to = date(2026, 12, 14)
    assert route_domain.municipality_late(r, TODAY, cal) == []  # extended: not late (yet)
    r.decision_extended_to, r.decision_sent_date = None, date(2026, 11, 20)
    assert route_domain.municipality_late(r, TODAY, cal) == []


def test_agenda_uses_route_dates_outside_the_cases_table(setup):
    vault, _defs, pc = setup
    calendar = load_calendar()
    route_store.set_dates(vault, pc.case_id, request_date=date(2026, 11, 23), access_interview_date=None)
    found = [i.deadline.kind for i in agenda.agenda(vault, TODAY, calendar).deadlines]
    assert found == [DeadlineKind.PLAN]  # today is its last day; the assessment is > 14 days ahead
    route_store.set_dates(vault, pc.case_id, plan_handed_in=date(2026, 11, 27))
    assert agenda.agenda(vault, TODAY, calendar).deadlines == []
    assert agenda.deadline_items(vault, TODAY, calendar) == []
    route_store.set_dates(vault, pc.case_id, request_date=date(2026, 10, 26), plan_handed_in=None)
    found = [i.deadline.kind for i in agenda.agenda(vault, TODAY, calendar).deadlines]
    assert found == [DeadlineKind.ASSESSMENT]
    route_store.set_dates(vault, pc.case_id, report_received=date(2026, 11, 27))
    assert agenda.agenda(vault, TODAY, calendar).deadlines == []
    route_store.set_dates(vault, pc.case_id, application_date=date(2026, 11, 2),
                          decision_extended_to=date(2026, 12, 4))
    [item] = agenda.agenda(vault, TODAY, calendar).deadlines
    assert item.deadline.kind is DeadlineKind.DECISION and item.deadline.last_day == date(2026, 12, 4)
    assert not item.overdue


def test_provisions_and_goal_checks(setup):
    vault, defs, pc = setup
    plans.save_section(vault, defs, pc.case_id, "what_i_want", "Ik wil weer zelf naar boven.", pc.domains[0])
    goals = route_store.plan_goals(vault, defs, pc.client_id, pc.case_id)
    assert goals[0] == (f"what_i_want:{pc.domains[0]}", "Ik wil weer zelf naar boven.")
    p = route_store.save_provision(vault, pc.case_id, Provision("Traplift", "1 traplift", "in_kind",
                                                                date(2027, 1, 1), date(2031, 12, 31)))
    route_store.save_provision(vault, pc.case_id, Provision("Begeleiding", "3 uur per week", "pgb",
                                                           date(2027, 1, 1), date(2027, 12, 31)))
    with pytest.raises(InvalidValue, match="einddatum ligt vóór"):
        route_store.save_provision(vault, pc.case_id, Provision("X", end_on=date(2026, 1, 1),
                                                               start_on=date(2027, 1, 1)))
    with pytest.raises(InvalidValue):
        route_store.save_provision(vault, pc.case_id, Provision("X", form="cash"))
    route_store.save_provision(vault, pc.case_id, replace(p, amount="1 traplift, binnen"))
    route_store.set_goal_check(vault, pc.case_id, GoalCheck(goals[0][0], goals[0][1], "partly",
                                                            "Alleen de trap binnen."))
    r = route_store.load(vault, pc.case_id)
    assert [(x.what, x.amount, x.form) for x in r.provisions] == [
        ("Traplift", "1 traplift, binnen", "in_kind"), ("Begeleiding", "3 uur per week", "pgb")]
    assert r.help_ends == date(2031, 12, 31)
    assert [(g.outcome, g.why) for g in r.goal_checks] == [("partly", "Alleen de trap binnen.")]
    # "partly" offers the objection route, with its date once the decision's sending date is known.
    assert "Vul de datum in waarop de beslissing is verstuurd" in route_domain.objection_offer_nl(r, STATUTORY_ONLY)
    r = route_store.set_dates(vault, pc.case_id, application_date=date(2026, 11, 20),
                              decision_sent_date=date(2026, 11, 27))
    offer = route_domain.objection_offer_nl(r, STATUTORY_ONLY)
    assert "uiterlijk op vrijdag 8 januari 2027" in offer
    route_store.set_goal_check(vault, pc.case_id, GoalCheck(goals[0][0], goals[0][1], "met", ""))
    assert route_domain.objection_offer_nl(route_store.load(vault, pc.case_id), STATUTORY_ONLY) == ""
    with pytest.raises(InvalidValue):
        route_store.set_goal_check(vault, pc.case_id, GoalCheck("x", "y", "maybe"))
    route_store.delete_provision(vault, pc.case_id, p.id)
    assert len(route_store.provisions(vault, pc.case_id)) == 1


def test_interview_prep_is_drawn_from_the_plan(setup):
    vault, defs, pc = setup
    plans.save_section(vault, defs, pc.case_id, "my_questions", "Kan ik hulp bij het douchen krijgen?")
    plans.save_section(vault, defs, pc.case_id, "documents_to_bring", "Medicijnlijst")
    r = route_store.load(vault, pc.case_id)
    prep = route_store.interview_prep(vault, defs, r)
    assert prep["interview_questions"] == "Kan ik hulp bij het douchen krijgen?"
    assert prep["interview_bring"] == "Medicijnlijst"
    assert prep["interview_who"] == f"Mijn cliëntondersteuner {NAMES[1]}."
    r = route_store.save(vault, replace(r, interview_bring="Medicijnlijst en ID", interview_said="Traplift besproken",
                                        interview_proposed="Traplift via de Wmo"))
    assert route_store.interview_prep(vault, defs, r)["interview_bring"] == "Medicijnlijst en ID"
    assert r.interview_said == "Traplift besproken" and r.interview_proposed == "Traplift via de Wmo"


def test_deleting_the_case_deletes_its_route(setup):
    vault, _defs, pc = setup
    route_store.set_dates(vault, pc.case_id, help_end_date=date(2027, 1, 1))
    route_store.save_provision(vault, pc.case_id, Provision("Hulp"))
    with vault.transaction() as conn:
        conn.execute("DELETE FROM cases WHERE id = ?", (pc.case_id,))
    for table in ("case_route", "case_provisions", "case_goal_checks"):
        assert vault.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_route_changes_are_in_the_access_log_without_content(setup):
    vault, _defs, pc = setup
    route_store.set_dates(vault, pc.case_id, help_end_date=date(2027, 1, 1))
    route_store.save_provision(vault, pc.case_id, Provision("GEHEIME-VOORZIENING"))
    records = [r[0] for r in vault.conn.execute(
        "SELECT record FROM access_log WHERE client_id = ? AND kind = 'change'", (pc.client_id,))]
    assert f"case_route:{pc.case_id}" in records
    assert any(r.startswith("case_provisions:") for r in records)
    assert not vault.conn.execute("SELECT 1 FROM access_log WHERE record LIKE '%GEHEIM%' OR detail LIKE '%GEHEIM%'"
                                  ).fetchone()
