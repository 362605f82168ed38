"""The caseload query: one row per client, the current case, follow-up counts, deadlines, progress."""

from __future__ import annotations

from datetime import date, timedelta

from oco_desktop.domain.checklists import load_definitions
from oco_desktop.domain.deadlines import DeadlineKind, compute
from oco_desktop.domain.models import Client, Consent, FollowUp, LifeDomainQuestion, Note
from oco_desktop.storage import cases, clients, follow_ups, notes
from oco_desktop.storage.caseload import caseload
from oco_desktop.storage.checklist_state import mark_task, set_contact_form

TODAY = date(2026, 3, 10)  # a Tuesday


def add_client(vault, name, **kwargs):
    client = clients.add_client(vault, Client(name=name, **kwargs))
    clients.record_consent(vault, client.id, Consent("notities bewaren", "verbal", TODAY - timedelta(days=90)))
    return client


def by_name(rows):
    return {r.name: r for r in rows}


def test_rows_sorted_by_name_with_and_without_case(vault):
    add_client(vault, "Zoë Visser")
    anna = add_client(vault, "anna de Vries", preferred_name="Anneke")
    case = cases.open_case(vault, anna.id, opened_on=TODAY - timedelta(days=20), phase="access")
    rows = caseload(vault, today=TODAY)
    assert [r.name for r in rows] == ["anna de Vries", "Zoë Visser"]
    anna_row, zoe_row = rows
    assert anna_row.display_name == "Anneke"
    assert (anna_row.case_id, anna_row.case_code, anna_row.phase, anna_row.status) == (
        case.id, case.code, "access", "open")
    assert anna_row.opened_on == TODAY - timedelta(days=20)
    assert (zoe_row.case_id, zoe_row.phase, zoe_row.status) == (None, None, None)


def test_current_case_is_newest_open_else_newest(vault):
    client = add_client(vault, "Jan Jansen")
    old_open = cases.open_case(vault, client.id, opened_on=TODAY - timedelta(days=300))
    newer = cases.open_case(vault, client.id, opened_on=TODAY - timedelta(days=10), phase="during_support")
    cases.close_case(vault, newer.id, "klaar", 8, closed_on=TODAY)
    # The newest case is closed, so the older open case is the current one.
    assert caseload(vault, today=TODAY)[0].case_id == old_open.id
    cases.close_case(vault, old_open.id, "klaar", 7, closed_on=TODAY)
    row = caseload(vault, today=TODAY)[0]
    assert (row.case_id, row.status, row.phase) == (newer.id, "closed", "during_support")


def test_last_contact_life_domains_and_follow_up_counts(vault):
    client = add_client(vault, "Fatima Bouzid")
    clients.set_life_domains(vault, client.id, [LifeDomainQuestion("housing"), LifeDomainQuestion("work")])
    case = cases.open_case(vault, client.id, opened_on=TODAY - timedelta(days=40))
    for days in (30, 5, 12):
        notes.add_note(vault, Note(client_id=client.id, contact_on=TODAY - timedelta(days=days), case_id=case.id))
    due = {
        "overdue1": TODAY - timedelta(days=3),
        "overdue2": TODAY - timedelta(days=1),
        "today": TODAY,
        "in6": TODAY + timedelta(days=6),
        "in7": TODAY + timedelta(days=7),  # outside the 7 days today .. today + 6
        "done": TODAY - timedelta(days=9),
    }
    stored = {k: follow_ups.add_follow_up(vault, FollowUp(case.id, "call", d)) for k, d in due.items()}
    follow_ups.set_done(vault, stored["done"].id)
    row = caseload(vault, today=TODAY)[0]
    assert set(row.life_domains) == {"housing", "work"}
    assert row.last_contact_on == TODAY - timedelta(days=5)
    assert row.next_follow_up_on == TODAY - timedelta(days=3)  # the done one does not count
    assert row.overdue_follow_ups == 2
    assert row.follow_ups_this_week == 2
    # A day later, today's follow-up is overdue and the one in 7 days falls inside the week.
    later = caseload(vault, today=TODAY + timedelta(days=1))[0]
    assert (later.overdue_follow_ups, later.follow_ups_this_week) == (3, 2)


def test_request_deadlines_for_running_cases_only(vault):
    client = add_client(vault, "Piet Bakker")
    case = cases.open_case(vault, client.id, opened_on=TODAY - timedelta(days=5), phase="access")
    case.request_date = date(2026, 3, 6)  # a Friday: + 7 days is Friday 13 March
    cases.save_case(vault, case)
    row = caseload(vault, today=TODAY)[0]
    assert row.request_date == date(2026, 3, 6)
    assert row.plan_due == compute(DeadlineKind.PLAN, date(2026, 3, 6)).last_day == date(2026, 3, 13)
    assert row.assessment_due == compute(DeadlineKind.ASSESSMENT, date(2026, 3, 6)).last_day
    assert row.assessment_due == date(2026, 4, 17)
    cases.close_case(vault, case.id, "klaar", 8, closed_on=TODAY)
    closed = caseload(vault, today=TODAY)[0]
    assert (closed.plan_due, closed.assessment_due) == (None, None)


def test_plan_deadline_on_a_weekend_moves_to_monday(vault):
    client = add_client(vault, "Kees van Dijk")
    case = cases.open_case(vault, client.id, opened_on=TODAY, phase="access")
    case.request_date = date(2026, 3, 7)  # Saturday: + 7 days is Saturday 14 March
    cases.save_case(vault, case)
    assert caseload(vault, today=TODAY)[0].plan_due == date(2026, 3, 16)


def test_checkin_contact_form_and_due_date(vault):
    client = add_client(vault, "Henk Smit")
    case = cases.open_case(vault, client.id, opened_on=TODAY - timedelta(days=60))
    set_contact_form(vault, case.id, "checkin", 14)
    row = caseload(vault, today=TODAY)[0]
    assert (row.contact_form, row.checkin_interval_days) == ("checkin", 14)
    assert row.checkin_due == TODAY - timedelta(days=46)  # no contact yet: counted from the opening
    notes.add_note(vault, Note(client_id=client.id, contact_on=TODAY - timedelta(days=2), case_id=case.id))
    assert caseload(vault, today=TODAY)[0].checkin_due == TODAY + timedelta(days=12)


def test_progress_of_the_current_phase(vault):
    definitions = load_definitions(user_overrides=False)
    client = add_client(vault, "Noor Kaya")
    case = cases.open_case(vault, client.id, opened_on=TODAY, phase="orientation")
    tasks = [t for t in definitions.phase("orientation").tasks if not t.asks_date]
    mark_task(vault, definitions, case.id, tasks[0].id, "done")
    mark_task(vault, definitions, case.id, tasks[1].id, "not_applicable", reason="Geen vraag op dit gebied")
    row = caseload(vault, today=TODAY, definitions=definitions)[0]
    assert row.progress == (2, len(definitions.phase("orientation").tasks))
    assert caseload(vault, today=TODAY)[0].progress is None  # without definitions: not computed


def _last_contact(vault, client_id):
    return next(r.last_contact for r in caseload(vault, today=TODAY) if r.client_id == client_id)


def test_last_contact_follows_every_note_write(vault):
    """The kept last-contact date equals max(contact_on) after adding, editing, moving and deleting notes."""
    a, b = add_client(vault, "Aad"), add_client(vault, "Bep")
    assert _last_contact(vault, a.id) is None
    first = notes.add_note(vault, Note(client_id=a.id, contact_on=TODAY - timedelta(days=9)))
    newest = notes.add_note(vault, Note(client_id=a.id, contact_on=TODAY - timedelta(days=2)))
    notes.add_note(vault, Note(client_id=a.id, contact_on=TODAY - timedelta(days=20)))  # older: no change
    assert _last_contact(vault, a.id) == (TODAY - timedelta(days=2)).isoformat()
    newest.contact_on = TODAY - timedelta(days=30)
    notes.update_note(vault, newest)
    assert _last_contact(vault, a.id) == (TODAY - timedelta(days=9)).isoformat()
    notes.delete_note(vault, first.id)
    assert _last_contact(vault, a.id) == (TODAY - timedelta(days=20)).isoformat()
    for note in notes.notes_for_client(vault, a.id):
        notes.delete_note(vault, note.id)
    assert _last_contact(vault, a.id) is None
    notes.add_note(vault, Note(client_id=b.id, contact_on=TODAY))
    # The kept value always equals what the notes say (the query before the change).
    for row in caseload(vault, today=TODAY):
        truth = vault.conn.execute("SELECT max(contact_on) FROM notes WHERE client_id = ?", (row.client_id,))
        assert row.last_contact == truth.fetchone()[0]
    clients.delete_client(vault, b.id)  # erasure: nothing of b is left behind
    left = vault.conn.execute("SELECT count(*) FROM client_last_contact WHERE client_id = ?", (b.id,))
    assert left.fetchone()[0] == 0


def test_deadlines_are_worked_out_once_per_request_date(vault, monkeypatch):
    from oco_desktop.storage import caseload as caseload_module

    request = TODAY - timedelta(days=3)
    for i in range(6):
        client = add_client(vault, f"Cliënt {i}")
        case = cases.open_case(vault, client.id, opened_on=TODAY - timedelta(days=10))
        case.request_date = request if i < 4 else TODAY - timedelta(days=1)
        cases.save_case(vault, case)
    calls = []
    original = caseload_module._request_deadlines
    monkeypatch.setattr(caseload_module, "_request_deadlines", lambda *a: calls.append(a[0]) or original(*a))
    rows = caseload(vault, today=TODAY)
    assert sorted(calls) == sorted([request, TODAY - timedelta(days=1)])
    assert {r.plan_due for r in rows if r.request_date == request} == {compute(DeadlineKind.PLAN, request).last_day}


def test_met_plan_and_assessment_terms_stop_showing_in_caseload_and_agenda(vault):
    """Plan handed in ends the plan term; report received ends the assessment term (and the plan's)."""
    from oco_desktop.storage import agenda, route

    client = add_client(vault, "Mira Jansen")
    case = cases.open_case(vault, client.id, opened_on=TODAY - timedelta(days=60), phase="access")
    case.request_date = date(2026, 1, 5)  # plan and assessment terms both passed by TODAY
    cases.save_case(vault, case)
    row = caseload(vault, today=TODAY)[0]
    # The plan term passed long ago: gone from the caseload as from Today; the municipality's term stays.
    assert row.plan_due is None and row.assessment_due is not None
    kinds = {i.deadline.kind for i in agenda.agenda(vault, TODAY).deadlines}
    assert DeadlineKind.ASSESSMENT in kinds and DeadlineKind.PLAN not in kinds

    route.set_dates(vault, case.id, plan_handed_in=date(2026, 1, 9))
    row = caseload(vault, today=TODAY)[0]
    assert row.plan_due is None and row.assessment_due is not None
    kinds = {i.deadline.kind for i in agenda.agenda(vault, TODAY).deadlines}
    assert DeadlineKind.PLAN not in kinds and DeadlineKind.ASSESSMENT in kinds

    route.set_dates(vault, case.id, report_received=date(2026, 2, 10))
    row = caseload(vault, today=TODAY)[0]
    assert (row.plan_due, row.assessment_due) == (None, None)
    assert agenda.agenda(vault, TODAY).deadlines == []
    assert agenda.deadline_items(vault, TODAY) == []
    assert agenda.overdue_counts(vault, TODAY).get(client.id, 0) == 0
    assert row.overdue_follow_ups == 0


def test_an_application_or_a_sent_decision_ends_both_terms_as_in_today(vault):
    """The caseload's columns follow the rules of Today: a later step recorded ends the plan and
    assessment terms (storage.agenda._superseded)."""
    from oco_desktop.storage import agenda

    client = add_client(vault, "Noor de Wit")
    case = cases.open_case(vault, client.id, opened_on=TODAY - timedelta(days=3), phase="access")
    case.request_date = TODAY - timedelta(days=2)
    cases.save_case(vault, case)
    row = caseload(vault, today=TODAY)[0]
    assert row.plan_due is not None and row.assessment_due is not None
    for step in ("application_date", "decision_sent_date"):
        case = cases.get_case(vault, case.id)
        case.application_date = case.decision_sent_date = None
        setattr(case, step, TODAY - timedelta(days=1))
        cases.save_case(vault, case)
        row = caseload(vault, today=TODAY)[0]
        assert (row.plan_due, row.assessment_due) == (None, None), step
        kinds = {i.deadline.kind for i in agenda.agenda(vault, TODAY).deadlines}
        assert not kinds & {DeadlineKind.PLAN, DeadlineKind.ASSESSMENT}, step


def test_a_passed_plan_term_shows_for_seven_days_as_in_today(vault):
    from oco_desktop.storage import agenda

    client = add_client(vault, "Jet Smit")
    case = cases.open_case(vault, client.id, opened_on=date(2026, 2, 20), phase="access")
    case.request_date = date(2026, 2, 23)  # a Monday: the plan term ends Monday 2 March
    cases.save_case(vault, case)
    for today, shown in ((date(2026, 3, 9), True), (date(2026, 3, 10), False)):
        row = caseload(vault, today=today)[0]
        assert (row.plan_due == date(2026, 3, 2)) is shown and (row.plan_due is None) is not shown
        kinds = {i.deadline.kind for i in agenda.agenda(vault, today).deadlines}
        assert (DeadlineKind.PLAN in kinds) is shown


def test_follow_ups_of_all_the_clients_cases_count_and_domains_come_sorted(vault):
    client = add_client(vault, "Kees Bakker")
    other = add_client(vault, "Ada Smit")
    clients.set_life_domains(vault, client.id, [LifeDomainQuestion("work"), LifeDomainQuestion("housing"),
                                                LifeDomainQuestion("finances")])
    first = cases.open_case(vault, client.id, opened_on=TODAY - timedelta(days=90))
    second = cases.open_case(vault, client.id, opened_on=TODAY - timedelta(days=60))
    elsewhere = cases.open_case(vault, other.id, opened_on=TODAY - timedelta(days=5))
    follow_ups.add_follow_up(vault, FollowUp(first.id, "call", TODAY + timedelta(days=2)))
    follow_ups.add_follow_up(vault, FollowUp(second.id, "call", TODAY + timedelta(days=4)))
    follow_ups.add_follow_up(vault, FollowUp(second.id, "visit", TODAY - timedelta(days=8)))
    follow_ups.add_follow_up(vault, FollowUp(elsewhere.id, "call", TODAY - timedelta(days=20)))
    rows = by_name(caseload(vault, today=TODAY))
    kees = rows["Kees Bakker"]
    assert kees.case_id == second.id
    assert kees.life_domains == ("finances", "housing", "work")
    assert kees.next_follow_up_on == TODAY - timedelta(days=8)  # the soonest over both cases
    assert (kees.overdue_follow_ups, kees.follow_ups_this_week) == (1, 2)
    assert rows["Ada Smit"].next_follow_up_on == TODAY - timedelta(days=20)
    assert rows["Ada Smit"].life_domains == ()
