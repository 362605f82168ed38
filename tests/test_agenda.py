"""The agenda in storage: buckets, deadlines, check-in proposals, follow-ups from notes and tasks."""

from __future__ import annotations

from datetime import date

import pytest

from oco_desktop.domain.deadlines import DeadlineKind
from oco_desktop.domain.holidays import STATUTORY_ONLY
from oco_desktop.errors import InvalidValue, NotFound
from oco_desktop.storage import agenda, cases, follow_ups
from oco_desktop.storage.clock import today as real_today
from tests.agenda_helpers import TODAY, add_client, add_note, day


def ids(items):
    return [i.follow_up.id for i in items]


def test_agenda_buckets_with_a_fixed_today(demo):
    result = agenda.agenda(demo.vault, TODAY, STATUTORY_ONLY)
    assert ids(result.overdue) == [demo.overdue.id]
    assert ids(result.due_today) == [demo.today_call.id]
    assert ids(result.this_week) == [demo.this_week.id]
    everything = ids(result.overdue + result.due_today + result.this_week)
    assert demo.later.id not in everything  # 12 days ahead
    assert demo.done.id not in everything


def test_agenda_items_carry_case_code_and_display_name(demo):
    result = agenda.agenda(demo.vault, TODAY, STATUTORY_ONLY)
    overdue = result.overdue[0]
    assert overdue.client_id == demo.anna.id
    assert overdue.client_name == "Annie"  # preferred name wins
    assert overdue.case_code == demo.anna_case.code
    assert result.due_today[0].client_name == "Bert Jansen"


def test_the_week_moves_with_today(demo):
    # Seen from six days later, the "this week" item is due today and the later one is this week.
    result = agenda.agenda(demo.vault, day(5), STATUTORY_ONLY)
    assert ids(result.due_today) == [demo.this_week.id]
    assert ids(result.this_week) == [demo.later.id]
    assert ids(result.overdue) == [demo.overdue.id, demo.today_call.id]


def test_done_today_uses_the_local_day(demo):
    done = agenda.done_today_items(demo.vault, real_today())
    assert ids(done) == [demo.done.id]
    assert agenda.done_today_items(demo.vault, date(2020, 1, 1)) == []


def test_upcoming_items_for_the_calendar_leave_out_overdue_and_done(demo):
    upcoming = ids(agenda.upcoming_items(demo.vault, TODAY))
    assert upcoming == [demo.today_call.id, demo.this_week.id, demo.later.id]


# --- legal deadlines -----------------------------------------------------------------------------


def _set_dates(vault, case, **dates):
    stored = cases.get_case(vault, case.id)
    for name, value in dates.items():
        setattr(stored, name, value)
    return cases.save_case(vault, stored)


def test_deadlines_within_fourteen_days_and_urgency(demo):
    # Request on Monday 16 Nov: plan until Monday 23 Nov (urgent); assessment 28 Dec (too far).
    _set_dates(demo.vault, demo.anna_case, request_date=day(-3))
    # Decision sent Wednesday 14 Oct: objection until Wednesday 25 Nov (6 days: urgent).
    _set_dates(demo.vault, demo.bert_case, decision_sent_date=date(2026, 10, 14))
    items = agenda.agenda(demo.vault, TODAY, STATUTORY_ONLY).deadlines
    found = [(i.case_code, i.deadline.kind, i.deadline.last_day, i.urgent, i.overdue) for i in items]
    assert found == [
        (demo.anna_case.code, DeadlineKind.PLAN, date(2026, 11, 23), True, False),
        (demo.bert_case.code, DeadlineKind.OBJECTION, date(2026, 11, 25), True, False),
    ]
    assert items[0].client_name == "Annie"


def test_deadline_eight_to_fourteen_days_is_listed_but_not_urgent(demo):
    # Application on Thursday 19 Nov (today): decision due Thursday 3 Dec, 14 days away.
    _set_dates(demo.vault, demo.anna_case, application_date=TODAY)
    result = agenda.agenda(demo.vault, TODAY, STATUTORY_ONLY)
    [item] = result.deadlines
    assert (item.deadline.kind, item.urgent, item.overdue) == (DeadlineKind.DECISION, False, False)
    assert result.deadlines_in("later") == [item]
    assert result.deadlines_in("this_week") == []


def test_passed_decision_deadline_stays_until_the_decision_is_recorded(demo):
    # Application 30 Oct: the municipality had until Friday 13 Nov. It is late: keep showing it.
    _set_dates(demo.vault, demo.anna_case, application_date=date(2026, 10, 30))
    [item] = agenda.deadline_items(demo.vault, TODAY, STATUTORY_ONLY)
    assert item.deadline.kind is DeadlineKind.DECISION and item.overdue
    # Once the decision is recorded, the decision deadline is moot and the objection term runs.
    _set_dates(demo.vault, demo.anna_case, decision_sent_date=TODAY)
    kinds = [i.deadline.kind for i in agenda.deadline_items(demo.vault, TODAY, STATUTORY_ONLY)]
    assert kinds == []  # objection ends 31 Dec: beyond 14 days
    kinds = [i.deadline.kind for i in agenda.deadline_items(demo.vault, date(2026, 12, 20), STATUTORY_ONLY)]
    assert kinds == [DeadlineKind.OBJECTION]


def test_passed_plan_deadline_disappears_after_a_week_and_closed_cases_show_nothing(demo):
    _set_dates(demo.vault, demo.anna_case, request_date=date(2026, 11, 2))  # plan until Mon 9 Nov
    kinds = [i.deadline.kind for i in agenda.deadline_items(demo.vault, date(2026, 11, 16), STATUTORY_ONLY)]
    assert kinds == [DeadlineKind.PLAN]  # passed 7 days ago: still shown
    kinds = [i.deadline.kind for i in agenda.deadline_items(demo.vault, date(2026, 11, 17), STATUTORY_ONLY)]
    assert kinds == []
    _set_dates(demo.vault, demo.anna_case, request_date=day(-3))
    assert agenda.deadline_items(demo.vault, TODAY, STATUTORY_ONLY)
    cases.close_case(demo.vault, demo.anna_case.id, "klaar", 8, closed_on=TODAY)
    assert agenda.deadline_items(demo.vault, TODAY, STATUTORY_ONLY) == []


# --- check-in cases ------------------------------------------------------------------------------


def _make_checkin(vault, case, interval=42):
    return _set_dates(vault, case, contact_form="checkin", checkin_interval_days=interval)


def open_checkins(vault, case_id):
    return [f for f in follow_ups.follow_ups_for_case(vault, case_id) if f.kind == "checkin" and not f.done]


def test_after_contact_creates_then_moves_the_single_checkin(demo):
    _make_checkin(demo.vault, demo.bert_case)
    first = agenda.after_contact(demo.vault, demo.bert_case.id, date(2026, 11, 2), STATUTORY_ONLY)
    assert first.due_on == date(2026, 12, 14)  # Monday, 6 weeks later
    assert first.source == "checkin"
    # Next contact on Wednesday 11 Nov: 6 weeks later is Wednesday 23 Dec.
    moved = agenda.after_contact(demo.vault, demo.bert_case.id, date(2026, 11, 11), STATUTORY_ONLY)
    assert moved.id == first.id
    assert moved.due_on == date(2026, 12, 23)
    assert [f.id for f in open_checkins(demo.vault, demo.bert_case.id)] == [first.id]


def test_after_contact_skips_christmas_and_never_goes_back_for_an_old_note(demo):
    _make_checkin(demo.vault, demo.bert_case, interval=14)
    add_note(demo.vault, demo.bert, demo.bert_case.id, date(2026, 12, 11))
    proposal = agenda.after_contact(demo.vault, demo.bert_case.id, date(2026, 12, 11), STATUTORY_ONLY)
    assert proposal.due_on == date(2026, 12, 28)  # 25 Dec is Christmas, then Boxing Day and Sunday
    # An older contact entered afterwards counts from the latest known contact instead.
    add_note(demo.vault, demo.bert, demo.bert_case.id, date(2026, 11, 20))
    again = agenda.after_contact(demo.vault, demo.bert_case.id, date(2026, 11, 20), STATUTORY_ONLY)
    assert (again.id, again.due_on) == (proposal.id, date(2026, 12, 28))


def test_after_contact_on_a_done_checkin_plans_a_new_one_and_ignores_other_cases(demo):
    _make_checkin(demo.vault, demo.bert_case)
    first = agenda.after_contact(demo.vault, demo.bert_case.id, date(2026, 11, 2), STATUTORY_ONLY)
    follow_ups.set_done(demo.vault, first.id)
    second = agenda.after_contact(demo.vault, demo.bert_case.id, date(2026, 12, 14), STATUTORY_ONLY)
    assert second.id != first.id and second.due_on == date(2027, 1, 25)
    assert agenda.after_contact(demo.vault, demo.anna_case.id, TODAY, STATUTORY_ONLY) is None
    assert open_checkins(demo.vault, demo.anna_case.id) == []


def test_proposed_checkin_counts_from_the_last_note_or_the_opening(demo):
    _make_checkin(demo.vault, demo.bert_case, interval=14)
    opened = cases.get_case(demo.vault, demo.bert_case.id).opened_on
    assert agenda.proposed_checkin(demo.vault, demo.bert_case.id, STATUTORY_ONLY) == \
        agenda.propose_next_checkin(opened, 14, STATUTORY_ONLY)
    add_note(demo.vault, demo.bert, demo.bert_case.id, date(2026, 11, 16))
    assert agenda.proposed_checkin(demo.vault, demo.bert_case.id, STATUTORY_ONLY) == date(2026, 11, 30)
    assert agenda.proposed_checkin(demo.vault, demo.anna_case.id, STATUTORY_ONLY) is None


# --- from notes and tasks ------------------------------------------------------------------------


def test_follow_up_from_a_note_goes_to_its_case(demo):
    note = add_note(demo.vault, demo.anna, demo.anna_case.id, day(-1))
    made = agenda.follow_up_from_note(demo.vault, note.id, "document", day(3), "09:15", "Brief meenemen")
    stored = follow_ups.get_follow_up(demo.vault, made.id)
    assert (stored.case_id, stored.source, stored.source_id) == (demo.anna_case.id, "note", note.id)
    assert (stored.kind, stored.due_on, stored.due_time, stored.description) == \
        ("document", day(3), "09:15", "Brief meenemen")


def test_follow_up_from_a_note_without_case_uses_the_current_case(demo):
    note = add_note(demo.vault, demo.bert, None, day(-1))
    made = agenda.follow_up_from_note(demo.vault, note.id, "call", day(1))
    assert made.case_id == demo.bert_case.id


def test_follow_up_from_a_note_refuses_without_any_case_or_with_a_bad_kind(demo):
    carla = add_client(demo.vault, "Carla Bos")
    note = add_note(demo.vault, carla, None, day(-1))
    with pytest.raises(InvalidValue):
        agenda.follow_up_from_note(demo.vault, note.id, "call", day(1))
    with pytest.raises(InvalidValue):
        agenda.follow_up_from_note(demo.vault, note.id, "dance", day(1))
    with pytest.raises(InvalidValue):
        agenda.follow_up_from_note(demo.vault, note.id, "call", day(1), due_time="25:00")


def test_follow_up_from_a_task_is_moved_when_the_task_date_changes(demo):
    task = "access.access_process"
    first = agenda.follow_up_from_task(demo.vault, demo.anna_case.id, task, day(10), kind="accompany")
    assert (first.source, first.source_id, first.kind) == ("task", task, "accompany")
    moved = agenda.follow_up_from_task(demo.vault, demo.anna_case.id, task, day(11), due_time="13:00")
    assert (moved.id, moved.due_on, moved.due_time) == (first.id, day(11), "13:00")
    follow_ups.set_done(demo.vault, first.id)
    fresh = agenda.follow_up_from_task(demo.vault, demo.anna_case.id, task, day(40))
    assert fresh.id != first.id
    with pytest.raises(NotFound):
        agenda.follow_up_from_task(demo.vault, "no-such-case", task, day(1))


def test_reschedule_of_an_unknown_follow_up_is_refused(demo):
    with pytest.raises(NotFound):
        follow_ups.reschedule(demo.vault, "missing", day(1))
