"""Dates written out for residents, in Dutch and English, without depending on the OS locale.

The OS locale is unreliable (a Dutch supporter may run an English Windows), so the names are here.
"""

from __future__ import annotations

from datetime import date

WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def weekday_nl(d: date) -> str:
    """'maandag' .. 'zondag'."""
    return WEEKDAYS_NL[d.weekday()]


def weekday_en(d: date) -> str:
    return WEEKDAYS_EN[d.weekday()]


def format_date_nl(d: date) -> str:
    """'donderdag 12 maart 2026': the form residents understand best."""
    return f"{weekday_nl(d)} {format_date_nl_short(d)}"


def format_date_en(d: date) -> str:
    """'Thursday 12 March 2026'."""
    return f"{weekday_en(d)} {format_date_en_short(d)}"


def format_date_nl_short(d: date) -> str:
    """'12 maart 2026' (no weekday), for tables and lists."""
    return f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}"


def format_date_en_short(d: date) -> str:
    """'12 March 2026'."""
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def format_day_month_nl(d: date) -> str:
    """'12 maart', when the year is clear from the context."""
    return f"{d.day} {MONTHS_NL[d.month - 1]}"


def format_date_numeric_nl(d: date) -> str:
    """'12-03-2026': the numeric form used on Dutch forms and letters."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"
