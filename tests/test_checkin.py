"""Check-in proposals and agenda bucketing (pure, no Qt, no vault)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from oco_desktop.domain.checkin import (
    bucket,
    deadline_is_overdue,
    deadline_is_urgent,
    next_working_day,
    propose_next_checkin,
)
from oco_desktop.domain.holidays import BASIS_DECREE, STATUTORY_ONLY, Holiday, HolidayCalendar


def test_proposal_on_a_working_day_is_exactly_the_interval():
    # Monday 2 November 2026 + 6 weeks = Monday 14 December 2026.
    assert propose_next_checkin(date(2026, 11, 2), 42, STATUTORY_ONLY) == date(2026, 12, 14)


@pytest.mark.parametrize(
    ("last_contact", "interval", "expected"),
    [
        (date(2026, 11, 4), 3, date(2026, 11, 9)),  # Saturday 7 Nov -> Monday 9 Nov
        (date(2026, 11, 4), 4, date(2026, 11, 9)),  # Sunday 8 Nov -> Monday 9 Nov
        (date(2026, 11, 4), 2, date(2026, 11, 6)),  # Friday stays Friday
    ],
)
def test_proposal_on_a_weekend_moves_to_monday(last_contact, interval, expected):
    assert propose_next_checkin(last_contact, interval, STATUTORY_ONLY) == expected


def test_proposal_skips_christmas_and_the_weekend_after_it():
    # Friday 11 Dec 2026 + 14 = Christmas Day (Fri 25), then Boxing Day (Sat) and Sunday: Monday 28.
    assert propose_next_checkin(date(2026, 12, 11), 14, STATUTORY_ONLY) == date(2026, 12, 28)


def test_proposal_skips_good_friday_the_weekend_and_easter_monday():
    # Easter 2026 is 5 April: Good Friday 3 April .. Easter Monday 6 April are all non-working.
    assert propose_next_checkin(date(2026, 3, 20), 14, STATUTORY_ONLY) == date(2026, 4, 7)


def test_proposal_skips_kings_day_on_a_monday():
    # King's Day 2026 is Monday 27 April.
    assert propose_next_checkin(date(2026, 4, 13), 14, STATUTORY_ONLY) == date(2026, 4, 28)


def test_proposal_respects_equated_days_of_the_organisation():
    friday = date(2026, 5, 15)  # the Friday after Ascension Day (14 May 2026)
    calendar = HolidayCalendar([Holiday(friday, "vrijdag na Hemelvaartsdag", "Friday after Ascension Day",
                                        BASIS_DECREE, "test")])
    # Without the equated day the Friday is a working day ...
    assert propose_next_checkin(date(2026, 5, 1), 14, STATUTORY_ONLY) == friday
    # ... with it, Ascension Thursday is followed by Friday, Saturday, Sunday: Monday 18 May.
    assert propose_next_checkin(date(2026, 5, 1), 13, calendar) == date(2026, 5, 18)
    assert propose_next_checkin(date(2026, 5, 1), 14, calendar) == date(2026, 5, 18)


def test_default_calendar_is_the_shipped_one():
    assert propose_next_checkin(date(2026, 12, 11), 14) == date(2026, 12, 28)


def test_outside_the_known_years_only_weekends_count():
    # 2300 is beyond the holiday calendar: no crash, weekends still skipped. 1 Jan 2300 is a Monday.
    saturday = date(2300, 1, 6)
    assert saturday.weekday() == 5
    assert next_working_day(saturday, STATUTORY_ONLY) == date(2300, 1, 8)


def test_interval_must_be_positive():
    with pytest.raises(ValueError):
        propose_next_checkin(date(2026, 11, 2), 0, STATUTORY_ONLY)


# --- bucketing ---------------------------------------------------------------------------------


TODAY = date(2026, 11, 20)  # a Friday


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (-30, "overdue"),
        (-1, "overdue"),
        (0, "today"),
        (1, "this_week"),  # Saturday
        (3, "this_week"),  # Monday: the week is rolling, not "until Sunday"
        (7, "this_week"),  # next Friday is the last day of "this week"
        (8, "later"),
        (60, "later"),
    ],
)
def test_bucket_edges(offset, expected):
    assert bucket(TODAY + timedelta(days=offset), TODAY) == expected


def test_deadline_urgency_is_today_up_to_seven_days():
    assert deadline_is_urgent(TODAY, TODAY)
    assert deadline_is_urgent(TODAY + timedelta(days=7), TODAY)
    assert not deadline_is_urgent(TODAY + timedelta(days=8), TODAY)
    assert not deadline_is_urgent(TODAY - timedelta(days=1), TODAY)
    assert deadline_is_overdue(TODAY - timedelta(days=1), TODAY)
    assert not deadline_is_overdue(TODAY, TODAY)
