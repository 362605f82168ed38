"""Bijlage 1 fidelity of the shipped checklists (issue 12): T4 over every route with the resident
deciding, T5 in its six sub-steps, no general tasks in a case's checklist, three target groups added,
and cases keeping the wording they were worked with."""

from __future__ import annotations

from datetime import date

import pytest

from oco_desktop.domain.checklists import load_definitions
from oco_desktop.storage import checklist_state
from tests.plan_helpers import NAMES, add_plan_case, definitions, make_vault


def test_t4_covers_every_route_and_the_resident_decides():
    task = load_definitions(user_overrides=False).task("access.decide_on_request")
    for route in ("Wmo", "Jeugdwet", "CIZ", "Wlz", "Zvw"):
        assert route in task.help.nl
    assert "De inwoner beslist zelf" in task.help.nl
    assert "melding" not in task.title.nl.lower()  # not narrowed to the Wmo request


def test_t5_in_its_sub_steps_in_order():
    defs = load_definitions(user_overrides=False)
    ids = [t.id for t in defs.phase("access").tasks]
    steps = ["access.access_process", "access.what_matters", "access.documents_facts", "access.personal_plan",
             "access.go_along", "access.reflect_outcome"]
    start = ids.index(steps[0])
    assert ids[start:start + 6] == steps
    go_along = defs.task("access.go_along")
    assert "zo nodig mee" in go_along.help.nl and go_along.date_role == "access_interview"
    assert "familiegroepsplan" in defs.task("access.personal_plan").title.nl
    assert defs.checklist_version.startswith("phases@2")


def test_three_target_groups_added():
    labels = {t.id: t.label.nl for t in load_definitions(user_overrides=False).target_groups}
    assert "minder digitaal of administratief vaardig" in labels["less_digital_admin"]
    assert "weinig toegang tot hulpbronnen" in labels["few_resources"]
    assert "zonder eigen netwerk" in labels["no_network"]


@pytest.fixture
def vault(tmp_path):
    v = make_vault(tmp_path / "v")
    yield v
    if v.is_open:
        v.close()


def test_cases_keep_the_wording_they_were_worked_with(vault):
    defs = definitions()
    pc = add_plan_case(vault, defs, NAMES[0])
    # A task marked under the version-1 wording (T5 was one box then).
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO checklist_items (case_id, task_id, phase, status, done_on, title_nl, title_en, "
            "definition_version, updated_at) VALUES (?, 'access.access_process', 'access', 'done', ?, ?, ?, "
            "'phases@1+general_tasks@1', '2026-06-01T10:00:00Z')",
            (pc.case_id, date(2026, 6, 1).isoformat(), "Steunen bij aanmelden, plan en gesprek",
             "Support with the request, the plan and the interview"),
        )
    [state] = [s for s in checklist_state.checklist_view(vault, defs, pc.case_id, "access")
               if s.task_id == "access.access_process"]
    assert state.title == "Steunen bij aanmelden, plan en gesprek"
    assert state.reworded
