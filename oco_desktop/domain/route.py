"""The route of a case to and through the municipality's decision, as dates, and what follows from them.

A case's route holds the dates a supporter enters once (request, plan handed in, access interview,
report received, application, decision sent, decision received, end of the granted help, a recorded
extension of the decision term), the decision per provision, and each plan goal checked against the
decision. From those come:
- the legal deadlines (plan, assessment, decision or its extended date, objection), each dropped once a
  later step makes it moot;
- the re-assessment reminder, a configurable number of weeks before the help ends;
- "the municipality is late": the assessment or the decision is overdue, with what the resident can do
  (notice of default, Awb 4:17 penalty and 6:12 appeal two weeks after it; apply anyway after 6 weeks).

Pure: no clock, no vault, no Qt. `today` and the holiday calendar come in.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from oco_desktop.domain.dates_nl import format_date_en, format_date_nl
from oco_desktop.domain.deadlines import EXTENSION_BASIS, Deadline, DeadlineKind, compute
from oco_desktop.domain.holidays import DateOutOfRange, HolidayCalendar

ROUTES = ("wmo", "jeugdwet", "wlz", "zvw", "other")
PROVISION_FORMS = ("in_kind", "pgb", "other")
GOAL_OUTCOMES = ("met", "partly", "not")
DEFAULT_REASSESSMENT_WEEKS = 8
# After a notice of default the municipality has two weeks; then the penalty runs and appeal is open.
DEFAULT_NOTICE_WEEKS = 2


class LateKind(StrEnum):
    ASSESSMENT = "assessment"
    DECISION = "decision"


@dataclass
class Provision:
    """One thing the municipality decided: what, how much, as a pgb or in kind, from when to when."""

    what: str
    amount: str = ""
    form: str = "in_kind"  # in_kind | pgb | other
    start_on: date | None = None
    end_on: date | None = None
    id: str = ""


@dataclass
class GoalCheck:
    """One goal of the plan marked against the decision."""

    goal_key: str  # e.g. "what_i_want:housing"
    goal_text: str
    outcome: str  # met | partly | not
    why: str = ""


@dataclass
class Route:
    """The route dates and texts of one case. The first four dates live on the case itself."""

    case_id: str = ""
    route: str = "wmo"
    request_date: date | None = None
    plan_handed_in: date | None = None
    access_interview_date: date | None = None
    report_received: date | None = None
    application_date: date | None = None
    decision_sent_date: date | None = None
    decision_received: date | None = None
    decision_reference: str = ""
    decision_extended_to: date | None = None
    help_end_date: date | None = None
    interview_bring: str = ""
    interview_who: str = ""
    interview_questions: str = ""
    interview_said: str = ""
    interview_proposed: str = ""
    provisions: list[Provision] = field(default_factory=list)
    goal_checks: list[GoalCheck] = field(default_factory=list)

    @property
    def help_ends(self) -> date | None:
        """The end of the granted help: the date entered, else the latest end of a provision."""
        if self.help_end_date is not None:
            return self.help_end_date
        ends = [p.end_on for p in self.provisions if p.end_on is not None]
        return max(ends) if ends else None


# Order in which the dates are asked and checked: each may not lie before the one it follows.
DATE_ORDER = (
    ("request_date", None),
    ("plan_handed_in", "request_date"),
    ("access_interview_date", "request_date"),
    ("report_received", "request_date"),
    ("application_date", "request_date"),
    ("decision_sent_date", "application_date"),
    ("decision_received", "decision_sent_date"),
    ("decision_extended_to", "application_date"),
)

DATE_LABELS_NL = {
    "request_date": "de melding",
    "plan_handed_in": "het plan ingeleverd",
    "access_interview_date": "het gesprek",
    "report_received": "het verslag ontvangen",
    "application_date": "de aanvraag",
    "decision_sent_date": "de beslissing verstuurd",
    "decision_received": "de beslissing ontvangen",
    "decision_extended_to": "de nieuwe beslisdatum",
    "help_end_date": "het einde van de hulp",
}


def order_problems(route: Route) -> list[str]:
    """Plain Dutch sentences for dates that lie before the step they follow (empty: all fine)."""
    problems = []
    for name, after in DATE_ORDER:
        value, before = getattr(route, name), getattr(route, after) if after else None
        if value is not None and before is not None and value < before:
            problems.append(
                f"De datum van {DATE_LABELS_NL[name]} ligt vóór de datum van {DATE_LABELS_NL[after]}."
            )
    return problems


def _safe(kind: DeadlineKind, event: date, calendar: HolidayCalendar) -> Deadline | None:
    try:
        return compute(kind, event, calendar)
    except DateOutOfRange:
        return None


def extended_decision(d: Deadline, new_date: date) -> Deadline:
    """The decision deadline after the municipality extended it by letter (Awb 4:14 lid 3)."""
    return replace(d, base_end=new_date, last_day=new_date, shifted_days=(), atw_art_1=False, atw_art_2=False,
                   term_non_working_days=(), legal_basis=d.legal_basis.split(";")[0] + "; " + EXTENSION_BASIS)


def request_terms_running(*, plan_handed_in: date | None, report_received: date | None,
                          application_date: date | None, decision_sent_date: date | None) -> tuple[bool, bool]:
    """(plan term, assessment term): whether each term counted from the request still runs. The
    assessment ends when the report came, the application was made or the decision sent; the plan term
    also when the plan was handed in. The one rule for Today, the route and the caseload's columns."""
    assessment = report_received is None and application_date is None and decision_sent_date is None
    return assessment and plan_handed_in is None, assessment


def route_deadlines(route: Route, calendar: HolidayCalendar) -> list[Deadline]:
    """The legal deadlines that still matter given the dates recorded, in DeadlineKind order.

    - plan: from the request, until the plan was handed in (or a later step happened);
    - assessment: from the request, until the report came or the application was made;
    - decision: from the application (or the extended date), until the decision was sent;
    - objection: from the day after the decision was sent.
    """
    result = []
    if route.request_date is not None:
        plan_runs, assessment_runs = request_terms_running(
            plan_handed_in=route.plan_handed_in, report_received=route.report_received,
            application_date=route.application_date, decision_sent_date=route.decision_sent_date)
        if plan_runs:
            d = _safe(DeadlineKind.PLAN, route.request_date, calendar)
            result += [d] if d else []
        if assessment_runs:
            d = _safe(DeadlineKind.ASSESSMENT, route.request_date, calendar)
            result += [d] if d else []
    if route.application_date is not None and route.decision_sent_date is None:
        d = _safe(DeadlineKind.DECISION, route.application_date, calendar)
        if d is not None and route.decision_extended_to is not None:
            d = extended_decision(d, route.decision_extended_to)
        result += [d] if d else []
    if route.decision_sent_date is not None:
        d = _safe(DeadlineKind.OBJECTION, route.decision_sent_date, calendar)
        result += [d] if d else []
    return result


def objection_deadline(route: Route, calendar: HolidayCalendar) -> Deadline | None:
    if route.decision_sent_date is None:
        return None
    return _safe(DeadlineKind.OBJECTION, route.decision_sent_date, calendar)


@dataclass(frozen=True)
class Reminder:
    """Prepare the re-assessment: `due` is `weeks` weeks before the help ends on `help_ends`."""

    due: date
    help_ends: date
    weeks: int


def reassessment_reminder(route: Route, weeks: int = DEFAULT_REASSESSMENT_WEEKS) -> Reminder | None:
    ends = route.help_ends
    if ends is None:
        return None
    return Reminder(due=ends - timedelta(weeks=weeks), help_ends=ends, weeks=weeks)


@dataclass(frozen=True)
class Late:
    """The municipality has let a term pass. `deadline.last_day` < today."""

    kind: LateKind
    deadline: Deadline
    days_late: int


def municipality_late(route: Route, today: date, calendar: HolidayCalendar) -> list[Late]:
    """The assessment or decision terms that have passed with no later step recorded."""
    result = []
    for d in route_deadlines(route, calendar):
        if d.kind not in (DeadlineKind.ASSESSMENT, DeadlineKind.DECISION) or d.last_day >= today:
            continue
        kind = LateKind.ASSESSMENT if d.kind is DeadlineKind.ASSESSMENT else LateKind.DECISION
        result.append(Late(kind, d, (today - d.last_day).days))
    return result


def late_text_nl(late: Late, today: date) -> str:
    """What happened and what the resident can do, in plain Dutch with dates (no article numbers)."""
    last = format_date_nl(late.deadline.last_day)
    after_notice = format_date_nl(today + timedelta(weeks=DEFAULT_NOTICE_WEEKS))
    if late.kind is LateKind.ASSESSMENT:
        return (
            f"De gemeente is te laat. Het onderzoek had uiterlijk op {last} klaar moeten zijn. "
            "Wat kan de inwoner doen? Toch een aanvraag doen: dat mag nu, ook zonder verslag. "
            "Of de gemeente een brief sturen dat ze te laat is (een ingebrekestelling). "
            f"Gaat die brief vandaag weg, dan heeft de gemeente tot {after_notice}. "
            "Is er dan nog niets, dan moet de gemeente een bedrag per dag betalen en kan de inwoner naar de rechter."
        )
    return (
        f"De gemeente is te laat. De beslissing had uiterlijk op {last} moeten komen. "
        "Wat kan de inwoner doen? De gemeente een brief sturen dat ze te laat is (een ingebrekestelling). "
        f"Gaat die brief vandaag weg, dan heeft de gemeente tot {after_notice}. "
        "Is er dan nog geen beslissing, dan moet de gemeente een bedrag per dag betalen en kan de inwoner "
        "naar de rechter."
    )


def late_text_en(late: Late, today: date) -> str:
    last = format_date_en(late.deadline.last_day)
    after_notice = format_date_en(today + timedelta(weeks=DEFAULT_NOTICE_WEEKS))
    if late.kind is LateKind.ASSESSMENT:
        return (
            f"The municipality is late. The assessment should have been finished on {last} at the latest. "
            "What can the resident do? Apply anyway: that is allowed now, even without a report. "
            "Or send the municipality a letter saying it is late (a notice of default). "
            f"If that letter goes today, the municipality has until {after_notice}. "
            "If nothing has come by then, the municipality must pay an amount per day and the resident can go to court."
        )
    return (
        f"The municipality is late. The decision should have come on {last} at the latest. "
        "What can the resident do? Send the municipality a letter saying it is late (a notice of default). "
        f"If that letter goes today, the municipality has until {after_notice}. "
        "If there is still no decision by then, the municipality must pay an amount per day and the resident "
        "can go to court."
    )


LATE_LAW_NL = "Wet (voor de ondersteuner): Awb art. 4:17 (dwangsom), Awb art. 6:12 (beroep bij niet tijdig beslissen)."
LATE_LAW_EN = "Law (for the supporter): Awb art. 4:17 (penalty), Awb art. 6:12 (appeal against failure to decide)."


def goals_needing_objection(route: Route) -> list[GoalCheck]:
    """Goals the decision meets only partly or not: each one is a reason to consider an objection."""
    return [g for g in route.goal_checks if g.outcome in ("not", "partly")]


def objection_offer_nl(route: Route, calendar: HolidayCalendar) -> str:
    """The objection route offered when a goal is met only partly or not ('' when none is)."""
    if not goals_needing_objection(route):
        return ""
    d = objection_deadline(route, calendar)
    if d is None:
        return ("Past de beslissing niet bij een doel? Dan kan de inwoner bezwaar maken. "
                "Vul de datum in waarop de beslissing is verstuurd: dan staat hier de laatste dag.")
    return (f"Past de beslissing niet (helemaal) bij een doel? Dan kan de inwoner bezwaar maken, "
            f"uiterlijk op {format_date_nl(d.last_day)}. Maak de brief met 'Bezwaarschrift maken'.")


def objection_offer_en(route: Route, calendar: HolidayCalendar) -> str:
    if not goals_needing_objection(route):
        return ""
    d = objection_deadline(route, calendar)
    if d is None:
        return ("Does the decision not fit a goal? Then the resident can object. "
                "Enter the date the decision was sent to see the last day here.")
    return (f"Does the decision not (fully) fit a goal? Then the resident can object, "
            f"on {format_date_en(d.last_day)} at the latest. Make the letter with 'Make objection letter'.")
