"""Calendar export (RFC 5545 .ics) of follow-ups that leaks no client data.

A supporter may load this file into a work calendar that other people or cloud services can read, so
each event holds only: a random id, the date (and time), and "<case code> – <kind of action>". The case
code ("C-7F3KQ") is random and says nothing about the client. Never written: the client's name,
address, phone, the follow-up's description, notes, or anything else typed by the supporter.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime

from oco_desktop.domain.models import FOLLOW_UP_KINDS, FollowUp
from oco_desktop.export.safe_write import write_export

KIND_LABELS = {
    "nl": {
        "call": "bellen",
        "visit": "huisbezoek",
        "accompany": "meegaan naar gesprek",
        "document": "document sturen of ophalen",
        "checkin": "waakvlamcontact",
        "other": "actie",
    },
    "en": {
        "call": "call",
        "visit": "home visit",
        "accompany": "accompany to a meeting",
        "document": "send or collect a document",
        "checkin": "check-in call",
        "other": "action",
    },
}
CALENDAR_NAME = {"nl": "OCO-acties", "en": "OCO follow-ups"}
PRODID = "-//OCO Desktop//Agenda export//NL"
UID_DOMAIN = "oco-desktop.invalid"
TIMED_EVENT_MINUTES = 30  # a timed follow-up shows as a half-hour block
MAX_LINE_OCTETS = 75

# The code shape of cases.py ("C-" + 5 characters); anything else might be a name, so it is refused.
_SAFE_CODE = re.compile(r"^[A-Z]-[0-9A-Z]{3,12}$")
_SAFE_UID = re.compile(r"^[0-9A-Za-z-]{1,64}$")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class UnsafeExport(ValueError):
    """Something that could carry client data was offered for the calendar file."""


def kind_label(kind: str, lang: str = "nl") -> str:
    return KIND_LABELS.get(lang, KIND_LABELS["nl"])[kind]


def _escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never splitting a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    limit = MAX_LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            # Continuation lines start with one space, which counts towards their 75 octets.
            current, size, limit = char, width, MAX_LINE_OCTETS - 1
        else:
            current += char
            size += width
    out.append(current)
    return "\r\n ".join(out)


def _pairs(items: Iterable) -> Iterable[tuple[FollowUp, str]]:
    """Accept (FollowUp, code) pairs or objects with .follow_up and .case_code (storage AgendaItem)."""
    for item in items:
        if hasattr(item, "follow_up") and hasattr(item, "case_code"):
            yield item.follow_up, item.case_code
        else:
            follow_up, code = item
            yield follow_up, code


def event_lines(follow_up: FollowUp, case_code: str, stamp: str, lang: str = "nl") -> list[str]:
    if not _SAFE_CODE.match(case_code or ""):
        raise UnsafeExport("case code has an unexpected shape")
    if follow_up.kind not in FOLLOW_UP_KINDS:
        raise UnsafeExport("unknown kind")
    if not _SAFE_UID.match(follow_up.id or ""):
        raise UnsafeExport("follow-up id has an unexpected shape")
    due: date = follow_up.due_on
    lines = [
        "BEGIN:VEVENT",
        f"UID:{follow_up.id}@{UID_DOMAIN}",
        f"DTSTAMP:{stamp}",
    ]
    match = _TIME.match(follow_up.due_time or "")
    if match:
        # Floating local time: the supporter's calendar shows it at the same clock time.
        start = f"{due:%Y%m%d}T{match.group(1)}{match.group(2)}00"
        lines += [f"DTSTART:{start}", f"DURATION:PT{TIMED_EVENT_MINUTES}M"]
    else:
        lines.append(f"DTSTART;VALUE=DATE:{due:%Y%m%d}")  # all-day: one day long (RFC 5545 3.6.1)
    lines += [
        f"SUMMARY:{_escape(f'{case_code} – {kind_label(follow_up.kind, lang)}')}",
        "CLASS:PRIVATE",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]
    return lines


def ics_text(items: Iterable, now: datetime, lang: str = "nl") -> str:
    """The whole calendar as text with CRLF line ends and folded lines."""
    moment = now if now.tzinfo else now.astimezone()
    stamp = moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape(CALENDAR_NAME.get(lang, CALENDAR_NAME['nl']))}",
    ]
    for follow_up, code in _pairs(items):
        if follow_up.done:
            continue
        lines += event_lines(follow_up, code, stamp, lang)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def export_ics(follow_ups_with_codes: Iterable, path: os.PathLike[str] | str, now: datetime,
               lang: str = "nl") -> int:
    """Write the .ics file; returns the number of events. Done follow-ups are left out."""
    items = list(_pairs(follow_ups_with_codes))
    text = ics_text(items, now, lang)  # build first: an UnsafeExport leaves no half-written file
    write_export(path, text)
    return sum(1 for follow_up, _ in items if not follow_up.done)
