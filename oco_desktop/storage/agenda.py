"""The supporter's agenda: open follow-ups joined with case code and client name, legal deadlines of
open cases, check-in proposals, and follow-ups created from notes and checklist tasks.

`today` is always passed in (never read here) so views and tests control it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from oco_desktop.domain.checkin import (
    bucket,
    deadline_is_overdue,
    deadline_is_urgent,
    next_working_day,
    propose_next_checkin,
)
from oco_desktop.domain.deadlines import Deadline, DeadlineKind
from oco_desktop.domain.holidays import HolidayCalendar, load_calendar
from oco_desktop.domain.models import FOLLOW_UP_KINDS, Case, FollowUp
from oco_desktop.domain.route import Route, route_deadlines
from oco_desktop.errors import InvalidValue
from oco_desktop.storage import cases as case_store
from oco_desktop.storage import follow_ups as follow_up_store
from oco_desktop.storage import notes as note_store
from oco_desktop.storage.convert import iso, parse_date
from oco_desktop.storage.deadlines_handled import handled_keys
from oco_desktop.storage.vault import Vault

DEADLINE_HORIZON_DAYS = 14  # upcoming legal deadlines shown in the agenda
# A plan or objection deadline that just passed stays visible this long (the supporter may still act:
# a late objection can be excused, Awb 6:11; a posted objection may still arrive, Awb 6:9).
RECENTLY_PASSED_DAYS = 7


@dataclass(frozen=True)
class AgendaItem:
    """One open (or just finished) follow-up with what the UI needs to show it."""

    follow_up: FollowUp
    client_id: str
    client_name: str  # display name: shown on screen only, never exported
    case_code: str
    case_status: str = "open"

    @property
    def case_id(self) -> str:
        return self.follow_up.case_id


@dataclass(frozen=True)
class DeadlineItem:
    deadline: Deadline
    client_id: str
    client_name: str
    case_id: str
    case_code: str
    urgent: bool  # last day today or within 7 days
    overdue: bool  # last day has passed but the deadline still matters


@dataclass
class Agenda:
    today: date
    overdue: list[AgendaItem] = field(default_factory=list)
    due_today: list[AgendaItem] = field(default_factory=list)
    this_week: list[AgendaItem] = field(default_factory=list)
    done_today: list[AgendaItem] = field(default_factory=list)
    deadlines: list[DeadlineItem] = field(default_factory=list)

    def deadlines_in(self, section: str) -> list[DeadlineItem]:
        """Deadlines that belong in a section: "overdue", "today", "this_week" or "later" (8-14 days).

        A municipality that is late (see `municipality_late`) is not in "overdue": Today shows it once,
        under "Gemeente te laat" with the letter button (ui/route/today_sections)."""
        return [d for d in self.deadlines if bucket(d.deadline.last_day, self.today) == section
                and not is_municipality_late(d, self.today)]

    def municipality_late(self) -> list[DeadlineItem]:
        """Passed assessment/decision terms with nothing later recorded: Today's "Gemeente te laat"."""
        return [d for d in self.deadlines if is_municipality_late(d, self.today)]


def is_municipality_late(item: DeadlineItem, today: date) -> bool:
    """The same rule as domain.route.municipality_late: the assessment or decision term has passed."""
    return item.deadline.kind in (DeadlineKind.ASSESSMENT, DeadlineKind.DECISION) and item.deadline.last_day < today


_JOINED = (
    "SELECT f.id, f.case_id, f.kind, f.due_on, f.due_time, f.description, f.done_at, f.source, f.source_id, "
    "cl.id, cl.name, cl.preferred_name, cs.code, cs.status "
    "FROM follow_ups f JOIN cases cs ON cs.id = f.case_id JOIN clients cl ON cl.id = cs.client_id "
)


def _joined_row(r) -> AgendaItem:
    follow_up = FollowUp(id=r[0], case_id=r[1], kind=r[2], due_on=parse_date(r[3]), due_time=r[4],
                         description=r[5], done_at=r[6], source=r[7], source_id=r[8])
    return AgendaItem(follow_up, client_id=r[9], client_name=r[11] or r[10], case_code=r[12], case_status=r[13])


def _sort_key(item: AgendaItem):
    # Untimed items first within a day: they are "some time today", timed ones are appointments.
    return (item.follow_up.due_on, item.follow_up.due_time or "", item.case_code)


def upcoming_items(vault: Vault, today: date, until: date | None = None) -> list[AgendaItem]:
    """Open follow-ups due from today on (optionally up to `until`): what a calendar export holds."""
    sql = _JOINED + "WHERE f.done_at IS NULL AND f.due_on >= ?"
    params: tuple = (iso(today),)
    if until is not None:
        sql += " AND f.due_on <= ?"
        params += (iso(until),)
    return sorted((_joined_row(r) for r in vault.conn.execute(sql, params)), key=_sort_key)


def _done_on_local_day(done_at: str, today: date) -> bool:
    """done_at is stored in UTC; the supporter thinks in local days."""
    try:
        moment = datetime.strptime(done_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return False
    return moment.astimezone().date() == today


def done_today_items(vault: Vault, today: date) -> list[AgendaItem]:
    """Follow-ups marked done today (local time), so they can be reopened from the today view."""
    # Pre-filter on a two-day UTC window, then check the local day exactly.
    since = (today - timedelta(days=1)).isoformat()
    rows = vault.conn.execute(_JOINED + "WHERE f.done_at IS NOT NULL AND f.done_at >= ?", (since,))
    items = [_joined_row(r) for r in rows]
    return sorted((i for i in items if _done_on_local_day(i.follow_up.done_at, today)), key=_sort_key)


# -- legal deadlines ------------------------------------------------------------------------------

def _still_relevant_when_passed(d: Deadline, case: Case, today: date) -> bool:
    """A passed deadline stays on the agenda while the supporter can still do something about it."""
    if d.kind in (DeadlineKind.ASSESSMENT, DeadlineKind.DECISION):
        # The municipality is late and nothing newer is recorded: the resident may send a notice of
        # default ("ingebrekestelling"). Stays until the next step is recorded.
        return True
    return not passed_long_ago(d.last_day, today)


def passed_long_ago(last_day: date, today: date) -> bool:
    """A passed term the supporter can no longer act on (more than RECENTLY_PASSED_DAYS ago): not shown
    in Today, nor in the caseload's columns."""
    return today - last_day > timedelta(days=RECENTLY_PASSED_DAYS)


def relevant_deadlines(case: Case, today: date, holidays: HolidayCalendar | None = None,
                       horizon_days: int = DEADLINE_HORIZON_DAYS, extra: RouteExtra | None = None) -> list[Deadline]:
    """The case's deadlines that are coming within `horizon_days` or passed but still relevant.

    `extra` holds the route dates kept outside the cases table (plan handed in, report received, the
    decision's extended date); a later step recorded there makes a deadline moot too."""
    if case.status == "closed":
        return []
    calendar = holidays if holidays is not None else load_calendar()
    extra = extra or RouteExtra()
    route = Route(case_id=case.id, request_date=case.request_date, application_date=case.application_date,
                  decision_sent_date=case.decision_sent_date, plan_handed_in=extra.plan_handed_in,
                  report_received=extra.report_received, decision_extended_to=extra.decision_extended_to)
    result = []
    # route_deadlines already leaves out a term that a later step recorded in the case ended.
    for d in route_deadlines(route, calendar):
        if deadline_is_overdue(d.last_day, today):
            if _still_relevant_when_passed(d, case, today):
                result.append(d)
        elif d.last_day <= today + timedelta(days=horizon_days):
            result.append(d)
    return result


@dataclass(frozen=True)
class RouteExtra:
    """Route dates of a case that live in case_route (see storage.route)."""

    plan_handed_in: date | None = None
    report_received: date | None = None
    decision_extended_to: date | None = None


def route_extras(vault: Vault) -> dict[str, RouteExtra]:
    """{case_id: RouteExtra} for every case with a route row (one query)."""
    rows = vault.conn.execute(
        "SELECT case_id, plan_handed_in, report_received, decision_extended_to FROM case_route "
        "WHERE plan_handed_in IS NOT NULL OR report_received IS NOT NULL OR decision_extended_to IS NOT NULL"
    )
    return {r[0]: RouteExtra(parse_date(r[1]), parse_date(r[2]), parse_date(r[3])) for r in rows}


def route_extra(vault: Vault, case_id: str) -> RouteExtra:
    """The RouteExtra of one case (empty when nothing is recorded)."""
    row = vault.conn.execute(
        "SELECT plan_handed_in, report_received, decision_extended_to FROM case_route WHERE case_id = ?", (case_id,)
    ).fetchone()
    return RouteExtra(*(parse_date(v) for v in row)) if row else RouteExtra()


_OPEN_CASES = (
    f"SELECT {', '.join(f'cs.{c}' for c in case_store.COLUMNS)}, cl.name, cl.preferred_name "
    "FROM cases cs JOIN clients cl ON cl.id = cs.client_id "
    "WHERE cs.status != 'closed' AND (cs.request_date IS NOT NULL OR cs.application_date IS NOT NULL "
    "OR cs.decision_sent_date IS NOT NULL)"
)


def _deadline_items_of(case: Case, client_name: str, today: date, calendar: HolidayCalendar,
                       extra: RouteExtra | None = None,
                       handled: set[tuple[str, str, date]] | frozenset = frozenset()) -> list[DeadlineItem]:
    return [
        DeadlineItem(
            deadline=d, client_id=case.client_id, client_name=client_name, case_id=case.id,
            case_code=case.code, urgent=deadline_is_urgent(d.last_day, today),
            overdue=deadline_is_overdue(d.last_day, today),
        )
        for d in relevant_deadlines(case, today, calendar, extra=extra)
        if (case.id, d.kind.value, d.last_day) not in handled  # marked handled: the case keeps the record
    ]


def _deadline_sort_key(i: DeadlineItem):
    return (i.deadline.last_day, i.case_code, list(DeadlineKind).index(i.deadline.kind))


def deadline_items(vault: Vault, today: date, holidays: HolidayCalendar | None = None) -> list[DeadlineItem]:
    calendar = holidays if holidays is not None else load_calendar()
    n = len(case_store.COLUMNS)
    items = []
    extras = route_extras(vault)
    handled = handled_keys(vault)
    for r in vault.conn.execute(_OPEN_CASES).fetchall():
        case = case_store.case_from_row(r[:n])
        items.extend(_deadline_items_of(case, r[n + 1] or r[n], today, calendar, extras.get(case.id), handled))
    return sorted(items, key=_deadline_sort_key)


# Everything the today view needs in two statements, whatever the number of items (845 per-item queries
# at 2,000 clients before): (a) every case that has follow-ups open and due up to the week's end or
# finished since yesterday (UTC), or dates that give legal deadlines, with only the columns the agenda
# uses; (b) those follow-ups. Joining them in one statement repeated the case's columns on every
# follow-up row, and turning values into Python objects is most of the time at 10,000 clients.
_FOLLOW_UPS_IN_RANGE = (
    "((f.done_at IS NULL AND f.due_on <= :until) OR (f.done_at IS NOT NULL AND f.done_at >= :since))"
)
_AGENDA_CASES_SQL = (
    "SELECT cs.id, cs.client_id, cs.code, cs.status, cs.request_date, cs.application_date, "
    "cs.decision_sent_date, cl.name, cl.preferred_name, "
    "r.plan_handed_in, r.report_received, r.decision_extended_to, "
    # The deadlines marked handled, in the same statement: 'plan|2026-11-02,objection|2026-12-01'.
    "(SELECT group_concat(h.kind || '|' || h.last_day, ',') FROM deadlines_handled h WHERE h.case_id = cs.id) "
    "FROM cases cs JOIN clients cl ON cl.id = cs.client_id "
    "LEFT JOIN case_route r ON r.case_id = cs.id "
    "WHERE (cs.status != 'closed' AND (cs.request_date IS NOT NULL "
    "OR cs.application_date IS NOT NULL OR cs.decision_sent_date IS NOT NULL)) "
    f"OR cs.id IN (SELECT f.case_id FROM follow_ups f WHERE {_FOLLOW_UPS_IN_RANGE})"
)
_AGENDA_FOLLOW_UPS_SQL = (
    "SELECT f.id, f.case_id, f.kind, f.due_on, f.due_time, f.description, f.done_at, f.source, f.source_id "
    f"FROM follow_ups f WHERE {_FOLLOW_UPS_IN_RANGE}"
)


def agenda(vault: Vault, today: date, holidays: HolidayCalendar | None = None) -> Agenda:
    """Everything the today view shows, bucketed relative to `today` (one query).

    Today and the caseload (its "te laat" count) both need it when the vault opens: the result is kept
    until the next change on the vault's connection (`total_changes` counts every row written there,
    trigger rows included; the vault holds its database exclusively). Callers only read it.
    """
    calendar = holidays if holidays is not None else load_calendar()  # the same object while unchanged
    key = (today, id(calendar), vault.conn.total_changes)
    kept = vault.kept.get("agenda")
    if kept is not None and kept[0] == key:
        return kept[1]
    result = _agenda(vault, today, calendar)
    vault.kept["agenda"] = (key, result)
    return result


def _agenda(vault: Vault, today: date, calendar: HolidayCalendar) -> Agenda:
    result = Agenda(today=today)
    sections = {"overdue": result.overdue, "today": result.due_today, "this_week": result.this_week}
    params = {"until": iso(today + timedelta(days=7)), "since": (today - timedelta(days=1)).isoformat()}
    cases: dict[str, tuple[Case, str]] = {}
    extras: dict[str, RouteExtra] = {}
    handled: set[tuple[str, str, date]] = set()
    for r in vault.conn.execute(_AGENDA_CASES_SQL, params):
        case_id = r[0]
        # Only what the agenda reads of a case (status, code, the dates that give deadlines).
        case = Case(id=case_id, client_id=r[1], code=r[2], status=r[3], request_date=parse_date(r[4]),
                    application_date=parse_date(r[5]), decision_sent_date=parse_date(r[6]))
        cases[case_id] = (case, r[8] or r[7])
        if r[9] or r[10] or r[11]:
            extras[case_id] = RouteExtra(parse_date(r[9]), parse_date(r[10]), parse_date(r[11]))
        for key in (r[12] or "").split(","):
            if key:
                kind, last_day = key.split("|")
                handled.add((case_id, kind, parse_date(last_day)))
    open_items, done_items = [], []
    for f in vault.conn.execute(_AGENDA_FOLLOW_UPS_SQL, params):
        found = cases.get(f[1])
        if found is None:  # cannot happen (same range in both statements); never a crash if it did
            continue
        case, name = found
        follow_up = FollowUp(id=f[0], case_id=f[1], kind=f[2], due_on=parse_date(f[3]), due_time=f[4],
                             description=f[5], done_at=f[6], source=f[7], source_id=f[8])
        item = AgendaItem(follow_up, client_id=case.client_id, client_name=name, case_code=case.code,
                          case_status=case.status)
        if follow_up.done_at is None:
            open_items.append(item)
        elif _done_on_local_day(follow_up.done_at, today):
            done_items.append(item)
    for item in sorted(open_items, key=_sort_key):
        sections[bucket(item.follow_up.due_on, today)].append(item)
    result.done_today = sorted(done_items, key=_sort_key)
    deadlines = []
    for case, name in cases.values():
        if case.status == "closed" or not (case.request_date or case.application_date or case.decision_sent_date):
            continue
        deadlines.extend(_deadline_items_of(case, name, today, calendar, extras.get(case.id), handled))
    result.deadlines = sorted(deadlines, key=_deadline_sort_key)
    return result


def overdue_by_client(result: Agenda) -> dict[str, int]:
    """THE count of "te laat", per client, for Today and the caseload alike: open follow-ups whose day has
    passed, plus legal deadlines whose last day has passed that still matter and are not marked handled
    (Today's "Te laat" plus "Gemeente te laat"; every deadline counted once)."""
    counts: dict[str, int] = {}
    for item in result.overdue:
        counts[item.client_id] = counts.get(item.client_id, 0) + 1
    # Each deadline once: in "Te laat", or (municipality late) in "Gemeente te laat".
    for item in result.deadlines_in("overdue") + result.municipality_late():
        counts[item.client_id] = counts.get(item.client_id, 0) + 1
    return counts


def overdue_counts(vault: Vault, today: date, holidays: HolidayCalendar | None = None) -> dict[str, int]:
    """`overdue_by_client` of the agenda of `today` (one agenda query)."""
    return overdue_by_client(agenda(vault, today, holidays))


# -- check-in cases -------------------------------------------------------------------------------

def is_checkin_case(case: Case) -> bool:
    return case.contact_form == "checkin" and bool(case.checkin_interval_days) and case.status != "closed"


def last_contact_on(vault: Vault, case: Case) -> date | None:
    """The latest contact (note) of the case; None when nothing is recorded."""
    row = vault.conn.execute("SELECT max(contact_on) FROM notes WHERE case_id = ?", (case.id,)).fetchone()
    return parse_date(row[0]) if row and row[0] else None


def open_checkin(vault: Vault, case_id: str) -> FollowUp | None:
    """The open check-in follow-up of a case (the earliest, if someone made several by hand)."""
    for follow_up in follow_up_store.follow_ups_for_case(vault, case_id):
        if follow_up.kind == "checkin" and not follow_up.done:
            return follow_up
    return None


def proposed_checkin(vault: Vault, case_id: str, holidays: HolidayCalendar | None = None,
                     today: date | None = None) -> date | None:
    """The check-in date the app proposes now: the interval after the last contact (or the opening).

    With `today`, a proposal that already passed becomes today (or the next working day): a check-in
    that is due is proposed for now, never for a day that is gone.
    """
    case = case_store.get_case(vault, case_id)
    if not is_checkin_case(case):
        return None
    start = last_contact_on(vault, case) or case.opened_on
    if start is None:
        return None
    proposal = propose_next_checkin(start, case.checkin_interval_days, holidays)
    if today is not None and proposal < today:
        proposal = next_working_day(today, holidays)
    return proposal


def set_checkin(vault: Vault, case_id: str, due_on: date, due_time: str | None = None) -> FollowUp:
    """Create the case's check-in follow-up, or move the open one (there is only ever one open)."""
    existing = open_checkin(vault, case_id)
    if existing is not None:
        return follow_up_store.reschedule(vault, existing.id, due_on, due_time)
    return follow_up_store.add_follow_up(
        vault, FollowUp(case_id=case_id, kind="checkin", due_on=due_on, due_time=due_time, source="checkin")
    )


def after_contact(vault: Vault, case_id: str, contact_on: date,
                  holidays: HolidayCalendar | None = None) -> FollowUp | None:
    """After a contact in a check-in case: propose the next check-in and create or move it.

    Counts from the latest contact known (this one or a later recorded note), so entering an old
    note afterwards never pulls the check-in back. Returns None for cases that are not check-in cases.
    """
    case = case_store.get_case(vault, case_id)
    if not is_checkin_case(case):
        return None
    latest = last_contact_on(vault, case)
    start = max(contact_on, latest) if latest else contact_on
    return set_checkin(vault, case_id, propose_next_checkin(start, case.checkin_interval_days, holidays))


# -- follow-ups from notes and checklist tasks ----------------------------------------------------

def _check_kind(kind: str) -> None:
    if kind not in FOLLOW_UP_KINDS:
        raise InvalidValue(f"Onbekend soort actie: {kind}.")


def follow_up_from_note(vault: Vault, note_id: str, kind: str, due_on: date, due_time: str | None = None,
                        description: str = "") -> FollowUp:
    """A follow-up agreed during a contact. Goes to the note's case, else the client's current case."""
    _check_kind(kind)
    note = note_store.get_note(vault, note_id)
    case_id = note.case_id
    if case_id is None:
        case = case_store.current_case(vault, note.client_id)
        if case is None:
            raise InvalidValue("Deze cliënt heeft nog geen casus. Open eerst een casus om een actie te plannen.")
        case_id = case.id
    return follow_up_store.add_follow_up(vault, FollowUp(
        case_id=case_id, kind=kind, due_on=due_on, due_time=due_time, description=description,
        source="note", source_id=note_id,
    ))


def follow_up_for_task(vault: Vault, case_id: str, task_id: str) -> FollowUp | None:
    """The open follow-up made from a checklist task, if any."""
    for follow_up in follow_up_store.follow_ups_for_case(vault, case_id):
        if follow_up.source == "task" and follow_up.source_id == task_id and not follow_up.done:
            return follow_up
    return None


def follow_up_from_task(vault: Vault, case_id: str, task_id: str, due_on: date, kind: str = "other",
                        due_time: str | None = None, description: str = "") -> FollowUp:
    """A follow-up for a checklist task that asks for a date. Setting the task's date again moves the
    same follow-up instead of adding a second one."""
    _check_kind(kind)
    case_store.get_case(vault, case_id)  # NotFound for an unknown case
    existing = follow_up_for_task(vault, case_id, task_id)
    if existing is not None:
        return follow_up_store.reschedule(vault, existing.id, due_on, due_time)
    return follow_up_store.add_follow_up(vault, FollowUp(
        case_id=case_id, kind=kind, due_on=due_on, due_time=due_time, description=description,
        source="task", source_id=task_id,
    ))
