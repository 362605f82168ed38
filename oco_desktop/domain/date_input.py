"""Dates typed the way a Dutch person types them: day first, with or without separators.

Accepted: 20-11-2026, 20-11-26, 20112026, 201126, 20/11/2026, 20.11.2026, 20 11 2026, 2026-11-20 and
20-11 (this year). A date that does not exist (31-02-2026) is refused with a reason, never corrected
silently. No Qt here: the date field in ui/widgets and the tests use the same rules.
"""

from __future__ import annotations

import re
from datetime import date
from enum import Enum


class DateProblem(Enum):
    FORMAT = "format"  # not something we can read as day-month-year
    NO_SUCH_DAY = "no_such_day"  # 31-02-2026, 00-05-2026, 12-13-2026
    TOO_EARLY = "too_early"
    TOO_LATE = "too_late"
    EMPTY = "empty"  # the field may not be empty


class DateInputError(ValueError):
    def __init__(self, problem: DateProblem, text: str):
        super().__init__(f"{problem.value}: {text!r}")
        self.problem = problem
        self.text = text


_SEPARATED = re.compile(r"(\d{1,2})\s*[-/.\s]\s*(\d{1,2})(?:\s*[-/.\s]\s*(\d{2}|\d{4}))?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{2}|\d{4})")

# A two-digit year lands in the century that puts it at most this many years after today.
TWO_DIGIT_YEAR_AHEAD = 20


def expand_year(two_digits: int, today: date) -> int:
    """26 -> 2026, 58 -> 1958 (on 2026-11-30): the nearest year no more than 20 years ahead."""
    year = (today.year // 100) * 100 + two_digits
    if year > today.year + TWO_DIGIT_YEAR_AHEAD:
        year -= 100
    return year


def _parts(text: str, today: date) -> tuple[int, int, int]:
    if match := _ISO.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
        return day, month, year
    match = _SEPARATED.fullmatch(text) or _DIGITS.fullmatch(text)
    if match is None:
        raise DateInputError(DateProblem.FORMAT, text)
    day, month = int(match.group(1)), int(match.group(2))
    year_text = match.group(3)
    if year_text is None:
        year = today.year
    elif len(year_text) == 2:
        year = expand_year(int(year_text), today)
    else:
        year = int(year_text)
    return day, month, year


def parse_date(
    text: str,
    *,
    today: date | None = None,
    minimum: date | None = None,
    maximum: date | None = None,
    allow_empty: bool = True,
) -> date | None:
    """The date in `text`, None for an empty text (when allowed); DateInputError otherwise."""
    text = text.strip()
    if not text:
        if allow_empty:
            return None
        raise DateInputError(DateProblem.EMPTY, text)
    today = today or date.today()
    day, month, year = _parts(text, today)
    try:
        value = date(year, month, day)
    except ValueError:
        raise DateInputError(DateProblem.NO_SUCH_DAY, text) from None
    if minimum is not None and value < minimum:
        raise DateInputError(DateProblem.TOO_EARLY, text)
    if maximum is not None and value > maximum:
        raise DateInputError(DateProblem.TOO_LATE, text)
    return value


def format_date_input(value: date | None) -> str:
    """The form the field shows after editing: '20-11-2026'; empty for no date."""
    return "" if value is None else f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
