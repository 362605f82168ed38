"""Demo data for the route (issue 12): route dates, interview texts, decisions per provision and goal
checks for some of the demo clients, so the Route page, Today's "Gemeente te laat" and the
re-assessment reminders show at once. Called from storage.demo_fill; deterministic for a seed and day.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from oco_desktop.domain.checklists import load_definitions
from oco_desktop.domain.route import GoalCheck, Provision
from oco_desktop.storage import route as route_store
from oco_desktop.storage.vault import Vault

MAX_CASES = 40  # "some clients": enough to see every situation, cheap for a large demo vault

PROVISIONS = [
    ("Huishoudelijke hulp", "3 uur per week"),
    ("Begeleiding thuis", "2 uur per week"),
    ("Dagbesteding", "2 dagdelen per week"),
    ("Traplift", "1 traplift"),
    ("Scootmobiel", "1 scootmobiel, in bruikleen"),
    ("Vervoerspas", "2000 kilometer per jaar"),
    ("Kortdurend verblijf", "1 weekend per maand"),
]
WHY = {
    "met": ["Dit is wat de inwoner vroeg.", "Past bij het plan.", "Precies zoals besproken."],
    "partly": ["Minder uren dan gevraagd.", "Alleen voor binnenshuis.", "Maar voor een half jaar."],
    "not": ["Hier staat niets over in de beslissing.", "Afgewezen zonder uitleg.", "Iets anders toegekend."],
}
BRING = ["Medicijnlijst en legitimatie", "Brief van de huisarts", "Bankafschriften en de brief van de gemeente"]
WHO = ["Dochter en cliëntondersteuner", "Buurman gaat mee", "Cliëntondersteuner gaat mee"]
QUESTIONS = ["Kan ik hulp krijgen bij het douchen?", "Hoe lang duurt het voordat de hulp start?",
             "Mag ik zelf een aanbieder kiezen?"]
SAID = ["De consulent begrijpt dat traplopen niet meer gaat.", "Er is gesproken over hulp van de buren.",
        "De consulent vraagt nog een brief van de huisarts."]
PROPOSED = ["Huishoudelijke hulp, 3 uur per week.", "Eerst een proefperiode met dagbesteding.",
            "Een scootmobiel in bruikleen."]

_CANDIDATES = (
    "SELECT cs.id, cs.client_id FROM cases cs JOIN clients cl ON cl.id = cs.client_id "
    "WHERE cs.status != 'closed' AND cs.request_date IS NOT NULL "
    "AND NOT EXISTS (SELECT 1 FROM case_route r WHERE r.case_id = cs.id) ORDER BY cl.seq LIMIT ?"
)


def fill_route(vault: Vault, seed: object, *, today: date, limit: int = MAX_CASES) -> int:
    """Give up to `limit` open cases with a request date (and no route yet) a route. Returns how many."""
    rng = random.Random(f"route-demo:{seed}:{today.isoformat()}")  # noqa: S311 - demo data, not secret
    definitions = load_definitions(user_overrides=False)
    rows = vault.conn.execute(_CANDIDATES, (limit,)).fetchall()
    with vault.transaction():
        for n, (case_id, client_id) in enumerate(rows):
            _one(vault, definitions, rng, n, case_id, client_id, today)
    return len(rows)


def _past(day: date | None, today: date) -> date | None:
    return day if day is not None and day <= today else None


def _one(vault: Vault, definitions, rng: random.Random, n: int, case_id: str, client_id: str, today: date) -> None:
    route = route_store.load(vault, case_id)
    request = route.request_date
    changes: dict = {"route": "wmo" if n % 6 else rng.choice(["jeugdwet", "wlz", "zvw"])}
    changes["plan_handed_in"] = _past(request + timedelta(days=rng.randint(2, 6)), today)
    interview = route.access_interview_date
    if interview is not None:
        changes["interview_bring"] = rng.choice(BRING)
        changes["interview_who"] = rng.choice(WHO)
        changes["interview_questions"] = rng.choice(QUESTIONS)
        if interview <= today:
            changes["interview_said"] = rng.choice(SAID)
            changes["interview_proposed"] = rng.choice(PROPOSED)
            changes["report_received"] = _past(interview + timedelta(days=rng.randint(5, 14)), today)
    situation = n % 5
    if situation == 0 and route.application_date is None:
        # Municipality late: an application more than two weeks ago and no decision yet.
        application = max(request, today - timedelta(days=rng.randint(20, 40)))
        if application <= today - timedelta(days=16):
            changes["application_date"] = application
            changes["decision_sent_date"] = None
    elif situation == 1 and route.application_date is not None and route.decision_sent_date is None:
        changes["decision_extended_to"] = route.application_date + timedelta(days=42)
    sent = changes.get("decision_sent_date", route.decision_sent_date)
    if "decision_sent_date" not in changes and sent is not None:
        changes["decision_received"] = _past(sent + timedelta(days=rng.randint(1, 3)), today)
        changes["decision_reference"] = f"WMO-{sent.year}-{1000 + n:04d}"
        start = sent + timedelta(days=7)
        # Some help ends soon, so the re-assessment reminder shows in Today.
        end = today + timedelta(weeks=rng.randint(3, 9)) if n % 3 == 0 else start + timedelta(days=365)
        changes["help_end_date"] = end
    try:
        route = route_store.save(vault, replace(route, **changes))
    except Exception:  # an odd combination of demo dates: keep the case without a route
        return
    if route.decision_sent_date is None:
        return
    for what, amount in rng.sample(PROVISIONS, rng.randint(1, 2)):
        route_store.save_provision(vault, case_id, Provision(
            what, amount, "pgb" if rng.random() < 0.3 else "in_kind", route.decision_sent_date + timedelta(days=7),
            route.help_end_date))
    for key, text in route_store.plan_goals(vault, definitions, client_id, case_id):
        outcome = rng.choice(["met", "met", "partly", "not"])
        route_store.set_goal_check(vault, case_id, GoalCheck(key, text, outcome, rng.choice(WHY[outcome])))
