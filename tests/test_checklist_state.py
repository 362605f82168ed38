"""Checklist state per case: marking, wording snapshots, versioning, progress, phase moves, contact form."""

from __future__ import annotations

from datetime import date

import pytest

from oco_desktop.domain.checklists import load_definitions
from oco_desktop.domain.models import Client
from oco_desktop.errors import InvalidValue, NotFound
from oco_desktop.storage import cases, checklist_state
from oco_desktop.storage.clients import add_client

OVERRIDE = """\
schema = 1
id = "org-test"
version = 3
hide_tasks = ["access.inform_options"]

[[change_task]]
id = "access.clarify_question"
title_nl = "De hulpvraag scherp krijgen"
title_en = "Sharpen the question"

[[add_task]]
phase = "access"
after = "access.social_network"
id = "org_test.benefits_check"
title_nl = "Toeslagen nakijken"
help_nl = "Kijk samen of de inwoner alle toeslagen krijgt."
"""


@pytest.fixture
def case(vault):
    client = add_client(vault, Client(name="Anna de Vries"))
    return cases.open_case(vault, client.id, "Hulp thuis", phase="access")


def _item_row(vault, case_id, task_id):
    return vault.conn.execute(
        "SELECT status, done_on, note, reason, title_nl, title_en, definition_version, date_value "
        "FROM checklist_items WHERE case_id = ? AND task_id = ?",
        (case_id, task_id),
    ).fetchone()


def test_mark_done_stores_date_note_wording_and_version(vault, definitions, case):
    state = checklist_state.mark_task(
        vault, definitions, case.id, "access.social_network", "done", done_on=date(2026, 3, 2), note="  Zus belt  "
    )
    assert state.status == "done" and state.handled
    row = _item_row(vault, case.id, "access.social_network")
    task = definitions.task("access.social_network")
    assert row[:4] == ("done", "2026-03-02", "Zus belt", "")
    assert row[4:7] == (task.title.nl, task.title.en, definitions.checklist_version)
    assert checklist_state.phase_version(vault, case.id, "access") == definitions.checklist_version


def test_done_without_date_means_today(vault, definitions, case):
    state = checklist_state.mark_task(vault, definitions, case.id, "access.clarify_question", "done")
    assert state.done_on == date.today()


def test_not_applicable_needs_a_reason(vault, definitions, case):
    with pytest.raises(InvalidValue):
        checklist_state.mark_task(vault, definitions, case.id, "access.choose_provider", "not_applicable", reason=" ")
    assert _item_row(vault, case.id, "access.choose_provider") is None
    state = checklist_state.mark_task(
        vault, definitions, case.id, "access.choose_provider", "not_applicable", reason="Zorg blijft bij dezelfde"
    )
    assert (state.status, state.reason, state.done_on) == ("not_applicable", "Zorg blijft bij dezelfde", None)


def test_back_to_open_clears_date_and_reason(vault, definitions, case):
    checklist_state.mark_task(vault, definitions, case.id, "access.choose_provider", "not_applicable", reason="x")
    checklist_state.mark_task(vault, definitions, case.id, "access.next_steps", "done", done_on=date(2026, 1, 5))
    checklist_state.mark_task(vault, definitions, case.id, "access.choose_provider", "open")
    state = checklist_state.mark_task(vault, definitions, case.id, "access.next_steps", "open")
    assert (state.status, state.done_on) == ("open", None)
    assert _item_row(vault, case.id, "access.choose_provider")[:4] == ("open", None, "", "")
    assert checklist_state.progress(vault, definitions, case.id, "access") == (0, 13)


def test_invalid_input_is_refused(vault, definitions, case):
    with pytest.raises(InvalidValue):
        checklist_state.mark_task(vault, definitions, case.id, "access.next_steps", "finished")
    with pytest.raises(NotFound):
        checklist_state.mark_task(vault, definitions, case.id, "no.such_task", "done")
    with pytest.raises(NotFound):
        checklist_state.mark_task(vault, definitions, "no-case", "access.next_steps", "done")
    with pytest.raises(InvalidValue):  # this task asks no date
        checklist_state.mark_task(vault, definitions, case.id, "access.next_steps", "done", date_value=date(2026, 1, 1))
    with pytest.raises(InvalidValue):
        checklist_state.mark_task(vault, definitions, case.id, "access.next_steps", "done", note="x" * 501)


def test_date_role_task_fills_the_case_date(vault, definitions, case):
    checklist_state.mark_task(
        vault, definitions, case.id, "access.go_along", "open", date_value=date(2026, 4, 14)
    )
    assert cases.get_case(vault, case.id).access_interview_date == date(2026, 4, 14)
    checklist_state.mark_task(vault, definitions, case.id, "access.decide_on_request", "done",
                              date_value=date(2026, 3, 1))
    stored = cases.get_case(vault, case.id)
    assert stored.request_date == date(2026, 3, 1)
    assert stored.access_interview_date == date(2026, 4, 14)
    assert _item_row(vault, case.id, "access.decide_on_request")[7] == "2026-03-01"


def test_a_failing_case_update_rolls_back_the_mark(vault, definitions, case, monkeypatch):
    def broken(*args, **kwargs):
        raise InvalidValue("kapot")

    monkeypatch.setattr(cases, "save_case", broken)
    with pytest.raises(InvalidValue):
        checklist_state.mark_task(vault, definitions, case.id, "access.go_along", "done",
                                  date_value=date(2026, 4, 14))
    assert _item_row(vault, case.id, "access.go_along") is None
    assert checklist_state.phase_version(vault, case.id, "access") is None


def test_progress_counts_done_and_not_applicable(vault, definitions, case):
    assert checklist_state.progress(vault, definitions, case.id, "access") == (0, 13)
    checklist_state.mark_task(vault, definitions, case.id, "access.clarify_question", "done")
    checklist_state.mark_task(vault, definitions, case.id, "access.social_network", "not_applicable", reason="Geen")
    checklist_state.mark_task(vault, definitions, case.id, "access.inform_options", "open")
    checklist_state.mark_task(vault, definitions, case.id, "general.advocacy", "done")
    assert checklist_state.progress(vault, definitions, case.id, "access") == (2, 13)
    assert checklist_state.progress(vault, definitions, case.id, "general") == (1, 4)
    open_ids = [s.task_id for s in checklist_state.open_tasks(vault, definitions, case.id, "access")]
    assert "access.clarify_question" not in open_ids and "access.inform_options" in open_ids
    assert len(open_ids) == 11


def test_progress_for_cases_in_each_current_phase(vault, definitions, case):
    other_client = add_client(vault, Client(name="Bram"))
    other = cases.open_case(vault, other_client.id)  # orientation
    empty = cases.open_case(vault, other_client.id, phase="during_support")
    checklist_state.mark_task(vault, definitions, case.id, "access.clarify_question", "done")
    checklist_state.mark_task(vault, definitions, case.id, "orientation.tell_story", "done")  # other phase
    checklist_state.mark_task(vault, definitions, other.id, "orientation.tell_story", "done")
    checklist_state.mark_task(vault, definitions, other.id, "orientation.inform_options", "not_applicable",
                              reason="Weet al genoeg")
    result = checklist_state.progress_for_cases(vault, definitions)
    assert result == {case.id: (1, 13), other.id: (2, 4), empty.id: (0, 3)}
    for case_id in result:
        phase = cases.get_case(vault, case_id).phase
        assert result[case_id] == checklist_state.progress(vault, definitions, case_id, phase)


def test_progress_for_two_thousand_cases(vault, definitions):
    client = add_client(vault, Client(name="Veel"))
    with vault.transaction():
        ids = [cases.open_case(vault, client.id, phase="access").id for _ in range(2000)]
        for case_id in ids[::2]:
            checklist_state.mark_task(vault, definitions, case_id, "access.clarify_question", "done")
    result = checklist_state.progress_for_cases(vault, definitions)
    assert sum(1 for v in result.values() if v == (1, 13)) == 1000
    assert sum(1 for v in result.values() if v == (0, 13)) == 1000


def test_old_cases_keep_their_wording_after_definitions_change(vault, definitions, case, tmp_path):
    checklist_state.mark_task(vault, definitions, case.id, "access.clarify_question", "done", note="Vraag is wonen")
    checklist_state.mark_task(vault, definitions, case.id, "access.inform_options", "not_applicable",
                              reason="Kent de mogelijkheden")
    old_title = definitions.task("access.clarify_question").title.nl
    old_hidden_title = definitions.task("access.inform_options").title.nl

    override = tmp_path / "org.toml"
    override.write_text(OVERRIDE, encoding="utf-8")
    changed = load_definitions([override], user_overrides=False)
    assert changed.checklist_version != definitions.checklist_version

    view = {s.task_id: s for s in checklist_state.checklist_view(vault, changed, case.id, "access")}
    renamed = view["access.clarify_question"]
    assert renamed.reworded and renamed.title == old_title
    assert renamed.current_title == "De hulpvraag scherp krijgen"
    assert renamed.definition_version == definitions.checklist_version
    assert renamed.note == "Vraag is wonen"
    hidden = view["access.inform_options"]
    assert hidden.hidden and hidden.title == old_hidden_title and hidden.reason == "Kent de mogelijkheden"
    new = view["org_test.benefits_check"]
    assert (new.status, new.title, new.reworded, new.hidden) == ("open", "Toeslagen nakijken", False, False)
    # Today's tasks first in today's order, the hidden one after them.
    ids = [s.task_id for s in checklist_state.checklist_view(vault, changed, case.id, "access")]
    assert ids.index("org_test.benefits_check") == ids.index("access.social_network") + 1
    assert ids[-1] == "access.inform_options"
    # English shows the English wording of then.
    english = {s.task_id: s for s in checklist_state.checklist_view(vault, changed, case.id, "access", "en")}
    assert english["access.clarify_question"].title == definitions.task("access.clarify_question").title.en
    # Progress counts today's tasks: 8 - 1 hidden + 1 added, of which only the renamed one is handled.
    assert checklist_state.progress(vault, changed, case.id, "access") == (1, 13)
    assert checklist_state.progress_for_cases(vault, changed)[case.id] == (1, 13)
    # The version the case's phase was first worked with stays.
    checklist_state.mark_task(vault, changed, case.id, "org_test.benefits_check", "done")
    assert checklist_state.phase_version(vault, case.id, "access") == definitions.checklist_version
    assert _item_row(vault, case.id, "org_test.benefits_check")[6] == changed.checklist_version


def test_marking_again_under_new_wording_takes_the_new_wording(vault, definitions, case, tmp_path):
    checklist_state.mark_task(vault, definitions, case.id, "access.clarify_question", "done")
    override = tmp_path / "org.toml"
    override.write_text(OVERRIDE, encoding="utf-8")
    changed = load_definitions([override], user_overrides=False)
    state = checklist_state.mark_task(vault, changed, case.id, "access.clarify_question", "done", note="nu")
    assert not state.reworded and state.title == "De hulpvraag scherp krijgen"


def test_hidden_task_never_worked_on_is_not_shown(vault, definitions, case, tmp_path):
    override = tmp_path / "org.toml"
    override.write_text(OVERRIDE, encoding="utf-8")
    changed = load_definitions([override], user_overrides=False)
    ids = [s.task_id for s in checklist_state.checklist_view(vault, changed, case.id, "access")]
    assert "access.inform_options" not in ids and len(ids) == 13


def test_task_unknown_to_new_definitions_shows_stored_wording(vault, definitions, case, tmp_path):
    override = tmp_path / "org.toml"
    override.write_text(OVERRIDE, encoding="utf-8")
    with_org = load_definitions([override], user_overrides=False)
    checklist_state.mark_task(vault, with_org, case.id, "org_test.benefits_check", "done", note="Klaar")
    # The organisation drops its override file: the task is unknown now but the case still shows it.
    view = checklist_state.checklist_view(vault, definitions, case.id, "access")
    gone = [s for s in view if s.task_id == "org_test.benefits_check"]
    assert len(gone) == 1 and gone[0].hidden and gone[0].title == "Toeslagen nakijken" and gone[0].note == "Klaar"
    # It can still be changed (e.g. set back to open), keeping its stored wording.
    state = checklist_state.mark_task(vault, definitions, case.id, "org_test.benefits_check", "open")
    assert state.title == "Toeslagen nakijken"


def test_move_phase_forward_and_back_logs_events(vault, definitions, case):
    assert checklist_state.move_phase(vault, case.id, +1).phase == "during_support"
    with pytest.raises(InvalidValue):
        checklist_state.move_phase(vault, case.id, +1)
    assert checklist_state.move_phase(vault, case.id, -1).phase == "access"
    assert checklist_state.move_phase(vault, case.id, -1).phase == "orientation"
    with pytest.raises(InvalidValue):
        checklist_state.move_phase(vault, case.id, -1)
    phase_events = [(old, new) for kind, old, new, _ in cases.case_events(vault, case.id) if kind == "phase"]
    assert phase_events == [
        (None, "access"), ("access", "during_support"), ("during_support", "access"), ("access", "orientation")
    ]


def test_contact_form(vault, case):
    with pytest.raises(InvalidValue):
        checklist_state.set_contact_form(vault, case.id, "checkin")
    with pytest.raises(InvalidValue):
        checklist_state.set_contact_form(vault, case.id, "checkin", 0)
    with pytest.raises(InvalidValue):
        checklist_state.set_contact_form(vault, case.id, "weekly")
    saved = checklist_state.set_contact_form(vault, case.id, "checkin", 28)
    assert (saved.contact_form, saved.checkin_interval_days) == ("checkin", 28)
    saved = checklist_state.set_contact_form(vault, case.id, "short_cycle", 28)
    assert (saved.contact_form, saved.checkin_interval_days) == ("short_cycle", None)
