"""The demo fills route dates, decisions and goal checks for some clients (deterministically)."""

from __future__ import annotations

from datetime import date, timedelta

from oco_desktop.domain import route as route_domain
from oco_desktop.domain.holidays import load_calendar
from oco_desktop.storage import route as route_store
from oco_desktop.storage.demo_fill import fill
from oco_desktop.storage.route_demo import MAX_CASES
from oco_desktop.storage.vault import Vault

TODAY = date(2026, 11, 30)


def _routes(vault) -> list[tuple]:
    rows = vault.conn.execute(
        "SELECT cs.client_id, r.route, r.plan_handed_in, r.report_received, r.decision_reference, r.help_end_date, "
        "r.interview_questions FROM case_route r JOIN cases cs ON cs.id = r.case_id ORDER BY cs.client_id")
    return [tuple(r) for r in rows]


def test_demo_shows_every_route_feature(tmp_path):
    vault, _ = Vault.create(tmp_path / "v", "demo-pass-2026")
    fill(vault, 120, 7, today=TODAY)
    routes = _routes(vault)
    assert 10 <= len(routes) <= MAX_CASES
    assert vault.conn.execute("SELECT count(*) FROM case_provisions").fetchone()[0] > 0
    outcomes = {r[0] for r in vault.conn.execute("SELECT outcome FROM case_goal_checks")}
    assert outcomes & {"partly", "not"} and "met" in outcomes
    assert any(r[6] for r in routes) and any(r[4] for r in routes)
    calendar = load_calendar()
    overview = route_store.overview(vault)
    assert any(route_domain.municipality_late(r, TODAY, calendar) for r, *_ in overview)
    reminders = [route_domain.reassessment_reminder(r, 8) for r, *_ in overview]
    assert any(x and x.due - timedelta(days=14) <= TODAY <= x.help_ends for x in reminders)
    # Every demo route is a valid route (dates in order).
    for case_id, in vault.conn.execute("SELECT case_id FROM case_route").fetchall():
        assert route_domain.order_problems(route_store.load(vault, case_id)) == []
    vault.close()


def test_demo_routes_are_deterministic(tmp_path):
    first, _ = Vault.create(tmp_path / "a", "demo-pass-2026")
    second, _ = Vault.create(tmp_path / "b", "demo-pass-2026")
    fill(first, 60, 11, today=TODAY)
    fill(second, 60, 11, today=TODAY)
    assert _routes(first) == _routes(second) and _routes(first)
    first.close()
    second.close()
