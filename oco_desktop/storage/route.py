"""The route of a case in the vault: dates, interview texts, the decision per provision, goal checks.

Request, access interview, application and decision-sent dates are columns of `cases` (the checklist
and the plan page set them too); the other route dates and texts live in `case_route`. `load` joins
both into one domain Route; `save_dates` writes both in one transaction. No Qt here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from oco_desktop.domain.checklist_models import Definitions
from oco_desktop.domain.route import (
    GOAL_OUTCOMES,
    PROVISION_FORMS,
    ROUTES,
    GoalCheck,
    Provision,
    Route,
    order_problems,
)
from oco_desktop.errors import InvalidValue
from oco_desktop.storage import cases, plans
from oco_desktop.storage.clock import utc_now
from oco_desktop.storage.convert import iso, new_id, parse_date
from oco_desktop.storage.vault import Vault

_ROUTE_DATES = ("plan_handed_in", "report_received", "decision_received", "decision_extended_to", "help_end_date")
_ROUTE_TEXTS = ("decision_reference", "interview_bring", "interview_who", "interview_questions",
                "interview_said", "interview_proposed")
_ROUTE_COLUMNS = ("route", *_ROUTE_DATES, *_ROUTE_TEXTS)
_CASE_DATES = ("request_date", "access_interview_date", "application_date", "decision_sent_date")

# Plan sections the interview preparation is drawn from (when nothing is written there yet).
PREP_FROM_PLAN = {
    "interview_bring": "documents_to_bring",
    "interview_who": "who_comes_along",
    "interview_questions": "my_questions",
}
# Plan sections whose texts are the resident's goals, checked against the decision.
GOAL_SECTIONS = ("what_i_want",)


def load(vault: Vault, case_id: str) -> Route:
    """The route of a case (empty fields where nothing is recorded yet)."""
    case = cases.get_case(vault, case_id)
    route = Route(case_id=case_id, **{name: getattr(case, name) for name in _CASE_DATES})
    row = vault.conn.execute(
        f"SELECT {', '.join(_ROUTE_COLUMNS)} FROM case_route WHERE case_id = ?", (case_id,)
    ).fetchone()
    if row is not None:
        values = dict(zip(_ROUTE_COLUMNS, row, strict=True))
        for name in _ROUTE_DATES:
            values[name] = parse_date(values[name])
        route = replace(route, **values)
    route.provisions = provisions(vault, case_id)
    route.goal_checks = goal_checks(vault, case_id)
    return route


def save(vault: Vault, route: Route) -> Route:
    """Store every date and text of the route (not the provisions or goal checks: see their functions).

    Refuses a date that lies before the step it follows, with a Dutch message."""
    if route.route not in ROUTES:
        raise InvalidValue(f"Onbekende route: {route.route}.")
    problems = order_problems(route)
    if problems:
        raise InvalidValue(" ".join(problems))
    case = cases.get_case(vault, route.case_id)
    now = utc_now()
    with vault.transaction() as conn:
        cases.save_case(vault, replace(case, **{name: getattr(route, name) for name in _CASE_DATES}))
        values = [route.route, *(iso(getattr(route, n)) for n in _ROUTE_DATES),
                  *(getattr(route, n) for n in _ROUTE_TEXTS)]
        conn.execute(
            f"INSERT INTO case_route (case_id, {', '.join(_ROUTE_COLUMNS)}, updated_at) "
            f"VALUES (?, {', '.join('?' for _ in _ROUTE_COLUMNS)}, ?) ON CONFLICT (case_id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in _ROUTE_COLUMNS) + ", updated_at = excluded.updated_at",
            (route.case_id, *values, now),
        )
    return load(vault, route.case_id)


def routes_for_open_cases(vault: Vault) -> dict[str, Route]:
    """{case_id: Route} for every case that is not closed and has any route date (for the agenda)."""
    rows = vault.conn.execute(
        "SELECT cs.id FROM cases cs LEFT JOIN case_route r ON r.case_id = cs.id WHERE cs.status != 'closed' "
        "AND (cs.request_date IS NOT NULL OR cs.application_date IS NOT NULL OR cs.decision_sent_date IS NOT NULL "
        "OR r.help_end_date IS NOT NULL OR EXISTS (SELECT 1 FROM case_provisions p WHERE p.case_id = cs.id "
        "AND p.end_on IS NOT NULL))"
    ).fetchall()
    return {r[0]: load(vault, r[0]) for r in rows}


# -- interview preparation ----------------------------------------------------------------------------
def interview_prep(vault: Vault, definitions: Definitions, route: Route) -> dict[str, str]:
    """What to bring, who comes, the questions: the route's own text, else the plan's section text."""
    stored = plans.stored_sections(vault, route.case_id)
    result = {}
    for field_name, section_id in PREP_FROM_PLAN.items():
        own = getattr(route, field_name)
        result[field_name] = own if own.strip() else stored.get((section_id, ""), ("", ""))[1]
    return result


# -- provisions ------------------------------------------------------------------------------------------
def _check_provision(p: Provision) -> None:
    if not p.what.strip():
        raise InvalidValue("Schrijf op wat de gemeente heeft toegekend.")
    if p.form not in PROVISION_FORMS:
        raise InvalidValue(f"Onbekende vorm: {p.form}.")
    if p.start_on and p.end_on and p.end_on < p.start_on:
        raise InvalidValue("De einddatum ligt vóór de begindatum.")


def provisions(vault: Vault, case_id: str) -> list[Provision]:
    rows = vault.conn.execute(
        "SELECT id, what, amount, form, start_on, end_on FROM case_provisions WHERE case_id = ? "
        "ORDER BY created_at, rowid", (case_id,)
    )
    return [Provision(what=r[1], amount=r[2], form=r[3], start_on=parse_date(r[4]), end_on=parse_date(r[5]),
                      id=r[0]) for r in rows]


def save_provision(vault: Vault, case_id: str, provision: Provision) -> Provision:
    _check_provision(provision)
    cases.get_case(vault, case_id)
    now = utc_now()
    with vault.transaction() as conn:
        if provision.id:
            conn.execute(
                "UPDATE case_provisions SET what = ?, amount = ?, form = ?, start_on = ?, end_on = ?, "
                "updated_at = ? WHERE id = ? AND case_id = ?",
                (provision.what, provision.amount, provision.form, iso(provision.start_on), iso(provision.end_on),
                 now, provision.id, case_id),
            )
        else:
            provision = replace(provision, id=new_id())
            conn.execute(
                "INSERT INTO case_provisions (id, case_id, what, amount, form, start_on, end_on, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (provision.id, case_id, provision.what, provision.amount, provision.form, iso(provision.start_on),
                 iso(provision.end_on), now, now),
            )
    return provision


def delete_provision(vault: Vault, case_id: str, provision_id: str) -> None:
    with vault.transaction() as conn:
        conn.execute("DELETE FROM case_provisions WHERE id = ? AND case_id = ?", (provision_id, case_id))
        vault.erase_traces()


# -- goals ---------------------------------------------------------------------------------------------
def plan_goals(vault: Vault, definitions: Definitions, client_id: str, case_id: str) -> list[tuple[str, str]]:
    """(goal_key, text) for every goal the plan holds: one per life domain of "what I want to achieve"."""
    goals = []
    for view in plans.plan_view(vault, definitions, client_id, case_id):
        if view.section_id not in GOAL_SECTIONS:
            continue
        for text in view.texts:
            if text.body.strip():
                goals.append((f"{view.section_id}:{text.domain_id}", text.body.strip()))
    return goals


def goal_checks(vault: Vault, case_id: str) -> list[GoalCheck]:
    rows = vault.conn.execute(
        "SELECT goal_key, goal_text, outcome, why FROM case_goal_checks WHERE case_id = ? ORDER BY goal_key",
        (case_id,),
    )
    return [GoalCheck(*r) for r in rows]


def set_goal_check(vault: Vault, case_id: str, check: GoalCheck) -> None:
    if check.outcome not in GOAL_OUTCOMES:
        raise InvalidValue(f"Onbekende uitkomst: {check.outcome}.")
    cases.get_case(vault, case_id)
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO case_goal_checks (case_id, goal_key, goal_text, outcome, why, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, goal_key) DO UPDATE SET goal_text = excluded.goal_text, "
            "outcome = excluded.outcome, why = excluded.why, updated_at = excluded.updated_at",
            (case_id, check.goal_key, check.goal_text, check.outcome, check.why, utc_now()),
        )


def clear_goal_check(vault: Vault, case_id: str, goal_key: str) -> None:
    with vault.transaction() as conn:
        conn.execute("DELETE FROM case_goal_checks WHERE case_id = ? AND goal_key = ?", (case_id, goal_key))


def set_dates(vault: Vault, case_id: str, **dates: date | None) -> Route:
    """Convenience: change some dates of the route and store it."""
    route = load(vault, case_id)
    unknown = set(dates) - set(_CASE_DATES) - set(_ROUTE_DATES)
    if unknown:
        raise KeyError(f"unknown route dates: {sorted(unknown)}")
    return save(vault, replace(route, **dates))


# -- for the today view --------------------------------------------------------------------------------
_OVERVIEW_SQL = (
    "SELECT c.id, c.client_id, c.code, c.request_date, c.application_date, c.decision_sent_date, "
    "k.name, k.preferred_name, r.plan_handed_in, r.report_received, r.decision_extended_to, r.help_end_date, "
    "(SELECT MAX(p.end_on) FROM case_provisions p WHERE p.case_id = c.id), "
    "(SELECT group_concat(h.kind || '|' || h.last_day, ',') FROM deadlines_handled h WHERE h.case_id = c.id) "
    "FROM cases c JOIN clients k ON k.id = c.client_id LEFT JOIN case_route r ON r.case_id = c.id "
    "WHERE c.status != 'closed' AND (c.request_date IS NOT NULL OR c.application_date IS NOT NULL "
    "OR r.help_end_date IS NOT NULL OR EXISTS (SELECT 1 FROM case_provisions q WHERE q.case_id = c.id "
    "AND q.end_on IS NOT NULL))"
)


def overview(vault: Vault) -> list[tuple[Route, str, str, str, set[tuple[str, date]]]]:
    """(route dates, client id, display name, case code, handled deadlines {(kind, last_day)}) of every
    open case with route dates, in one query.

    Only the dates: no texts, provisions or goal checks (the today view needs no more). A provision's
    latest end stands in for the help's end when no end date was entered."""
    result = []
    for r in vault.conn.execute(_OVERVIEW_SQL):
        route = Route(case_id=r[0], request_date=parse_date(r[3]), application_date=parse_date(r[4]),
                      decision_sent_date=parse_date(r[5]), plan_handed_in=parse_date(r[8]),
                      report_received=parse_date(r[9]), decision_extended_to=parse_date(r[10]),
                      help_end_date=parse_date(r[11]) or parse_date(r[12]))
        handled = {(kind, parse_date(day)) for kind, day in (x.split("|") for x in (r[13] or "").split(",") if x)}
        result.append((route, r[1], r[7] or r[6], r[2], handled))
    return result
