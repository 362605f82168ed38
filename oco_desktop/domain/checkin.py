"""Check-in proposals and agenda bucketing: pure date arithmetic, no clock, no storage, no Qt.

A check-in case ("waakvlamcontact") gets a call every `interval_days`. After a contact the next
check-in is proposed `interval_days` later; a proposal on a Saturday, Sunday or holiday moves to the
next working day, because nobody plans a call on Boxing Day.

Agenda buckets (used by the today view and the caseload counts):
- "overdue":   due before today
- "today":     due today
- "this_week": due in the 7 days after today (today+1 .. today+7). We chose a rolling week over
               "until Sunday" so that on a Friday the supporter still sees Monday's work, and so the
               week matches "deadlines within 7 days".
- "later":     everything after that
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from oco_desktop.domain.holidays import DateOutOfRange, HolidayCalendar, load_calendar

Bucket = Literal["overdue", "today", "this_week", "later"]
BUCKETS: tuple[Bucket, ...] = ("overdue", "today", "this_week", "later")

WEEK_DAYS = 7  # length of "this week" after today
URGENT_DEADLINE_DAYS = 7  # a legal deadline this close is highlighted


def is_working_day(day: date, holidays: HolidayCalendar) -> bool:
    """Not a Saturday, Sunday or (equated) holiday; outside the calendar's years only weekends count."""
    try:
        return holidays.non_working_reason(day) is None
    except DateOutOfRange:
        return day.weekday() < 5


def next_working_day(day: date, holidays: HolidayCalendar | None = None) -> date:
    """`day` itself when it is a working day, else the first working day after it."""
    calendar = holidays if holidays is not None else load_calendar()
    while not is_working_day(day, calendar):
        day += timedelta(days=1)
    return day


def propose_next_checkin(last_contact: date, interval_days: int, holidays: HolidayCalendar | None = None) -> date:
    """The next check-in: `interval_days` after the last contact, moved to a working day."""
    if interval_days <= 0:
        raise ValueError("interval_days must be positive")
    return next_working_day(last_contact + timedelta(days=interval_days), holidays)


def bucket(due_on: date, today: date) -> Bucket:
    """Which agenda section a date falls in (see the module docstring for the week rule)."""
    if due_on < today:
        return "overdue"
    if due_on == today:
        return "today"
    if due_on <= today + timedelta(days=WEEK_DAYS):
        return "this_week"
    return "later"


def deadline_is_urgent(last_day: date, today: date, days: int = URGENT_DEADLINE_DAYS) -> bool:
    """A deadline whose last day is today or within `days` days: the supporter must act now."""
    return today <= last_day <= today + timedelta(days=days)


def deadline_is_overdue(last_day: date, today: date) -> bool:
    return last_day < today
