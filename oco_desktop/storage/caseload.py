"""The caseload at a glance: one row per client, computed in one query.

Besides the current case's phase, status and contact form, a row carries what the supporter must watch:
open follow-ups that are overdue or due in the coming week, the legal deadlines counted from the request
(personal plan, municipality's assessment), and when the next check-in call is due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from oco_desktop.domain.checklist_models import Definitions
from oco_desktop.domain.deadlines import DeadlineKind, deadlines_for_case
from oco_desktop.domain.holidays import HolidayCalendar, load_calendar
from oco_desktop.domain.route import request_terms_running
from oco_desktop.storage.checklist_state import progress_for_cases
from oco_desktop.storage.clock import today as local_today
from oco_desktop.storage.convert import iso, load_list, parse_date
from oco_desktop.storage.vault import Vault

# "Due this week": today and the six days after it, so the count never drops to zero on a Sunday.
WEEK_DAYS = 7


@dataclass(frozen=True)
class CaseloadRow:
    client_id: str
    name: str
    preferred_name: str
    case_id: str | None
    case_code: str | None
    phase: str | None
    status: str | None
    contact_form: str | None
    life_domains: tuple[str, ...]
    last_contact: str | None  # ISO date of the newest note (kept as text: the CLI prints it as is)
    next_follow_up: str | None  # ISO date of the soonest open follow-up
    checkin_interval_days: int | None = None
    opened_on: date | None = None
    request_date: date | None = None
    # "te laat": open follow-ups due before today plus passed legal deadlines not marked handled; the
    # same count as Today's (storage.agenda.overdue_by_client is the one definition).
    overdue_follow_ups: int = 0
    follow_ups_this_week: int = 0  # open, due today .. today + 6 days
    plan_due: date | None = None  # last day to hand in the personal plan (open cases with a request)
    assessment_due: date | None = None  # last day of the municipality's assessment
    progress: tuple[int, int] | None = None  # (handled, total) tasks in the current phase

    @property
    def display_name(self) -> str:
        return self.preferred_name or self.name

    @property
    def last_contact_on(self) -> date | None:
        return parse_date(self.last_contact)

    @property
    def next_follow_up_on(self) -> date | None:
        return parse_date(self.next_follow_up)

    @property
    def is_closed(self) -> bool:
        return self.status == "closed"

    @property
    def checkin_due(self) -> date | None:
        """When the next check-in call is due: the interval after the last contact (or the opening)."""
        if self.contact_form != "checkin" or self.is_closed or not self.checkin_interval_days:
            return None
        since = self.last_contact_on or self.opened_on
        return since + timedelta(days=self.checkin_interval_days) if since else None


# The "current case" of a client: the newest case that is not closed, else the newest case.
_CASELOAD_SQL = """
WITH current AS (
    SELECT c.client_id, c.id, c.code, c.phase, c.status, c.contact_form, c.checkin_interval_days,
           c.opened_on, c.request_date, c.application_date, c.decision_sent_date,
           row_number() OVER (PARTITION BY c.client_id
                              ORDER BY c.status = 'closed', c.opened_on DESC, c.created_at DESC) AS pick
    FROM cases c
),
follow_up_counts AS (
    SELECT cs.client_id, min(f.due_on) AS due_on,
           sum(f.due_on < :today) AS overdue,
           sum(f.due_on >= :today AND f.due_on < :week_end) AS this_week
    FROM follow_ups f JOIN cases cs ON cs.id = f.case_id
    WHERE f.done_at IS NULL GROUP BY cs.client_id
),
domains AS (
    SELECT client_id, json_group_array(domain_id) AS ids FROM client_life_domains GROUP BY client_id
)
SELECT cl.id, cl.name, cl.preferred_name, cur.id, cur.code, cur.phase, cur.status, cur.contact_form,
       domains.ids, last_contact.last_on, follow_up_counts.due_on,
       cur.checkin_interval_days, cur.opened_on, cur.request_date,
       coalesce(follow_up_counts.overdue, 0), coalesce(follow_up_counts.this_week, 0),
       route.plan_handed_in, route.report_received, cur.application_date, cur.decision_sent_date
FROM clients cl
LEFT JOIN current cur ON cur.client_id = cl.id AND cur.pick = 1
LEFT JOIN case_route route ON route.case_id = cur.id
LEFT JOIN client_last_contact last_contact ON last_contact.client_id = cl.id
LEFT JOIN follow_up_counts ON follow_up_counts.client_id = cl.id
LEFT JOIN domains ON domains.client_id = cl.id
ORDER BY cl.name COLLATE NOCASE
"""


def _request_deadlines(request_date: date | None, status: str | None, calendar: HolidayCalendar):
    """(plan_due, assessment_due) for a case that is still running; closed cases need no warning."""
    if request_date is None or status == "closed":
        return None, None
    found = {d.kind: d.last_day for d in deadlines_for_case(request_date=request_date, holidays=calendar)}
    return found.get(DeadlineKind.PLAN), found.get(DeadlineKind.ASSESSMENT)


def caseload(
    vault: Vault,
    today: date | None = None,
    definitions: Definitions | None = None,
    holidays: HolidayCalendar | None = None,
) -> list[CaseloadRow]:
    """Every client with their current case, sorted by name.

    `today` fixes the day the follow-up counts are computed for (default: the local date). With
    `definitions`, each row also carries the checklist progress of its current phase.
    """
    day = today or local_today()
    params = {"today": iso(day), "week_end": iso(day + timedelta(days=WEEK_DAYS))}
    rows = vault.conn.execute(_CASELOAD_SQL, params).fetchall()
    progress = progress_for_cases(vault, definitions) if definitions is not None else {}
    calendar = holidays if holidays is not None else (load_calendar() if any(r[13] for r in rows) else None)
    from oco_desktop.storage.agenda import overdue_counts, passed_long_ago  # (imports storage modules)

    overdue = overdue_counts(vault, day, calendar)
    result = []
    # Many clients share a request date: work each date's deadlines out once (the Atw walk is not free).
    deadlines_by_date: dict[date | None, tuple[date | None, date | None]] = {}
    for r in rows:
        request_date = parse_date(r[13])
        if request_date is None or r[6] == "closed":
            plan_due = assessment_due = None
        else:
            found = deadlines_by_date.get(request_date)
            if found is None:
                found = deadlines_by_date[request_date] = _request_deadlines(request_date, r[6], calendar)
            plan_due, assessment_due = found
            # By the rules Today uses: a term ended by a later step is no deadline any more, and a plan
            # term that passed long ago is no longer shown (nothing can be done about it).
            plan_runs, assessment_runs = request_terms_running(
                plan_handed_in=parse_date(r[16]), report_received=parse_date(r[17]),
                application_date=parse_date(r[18]), decision_sent_date=parse_date(r[19]))
            if not plan_runs or (plan_due is not None and passed_long_ago(plan_due, day)):
                plan_due = None
            if not assessment_runs:
                assessment_due = None
        result.append(
            CaseloadRow(
                client_id=r[0], name=r[1], preferred_name=r[2], case_id=r[3], case_code=r[4], phase=r[5],
                status=r[6], contact_form=r[7], life_domains=tuple(load_list(r[8])), last_contact=r[9],
                next_follow_up=r[10], checkin_interval_days=r[11], opened_on=parse_date(r[12]),
                request_date=request_date, overdue_follow_ups=overdue.get(r[0], 0), follow_ups_this_week=r[15],
                plan_due=plan_due, assessment_due=assessment_due, progress=progress.get(r[3]),
            )
        )
    return result
