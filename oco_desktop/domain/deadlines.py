"""Legal deadlines in the Wmo access route, computed from the dates recorded in a case.

Rules (counted in calendar days; the day of the event itself is day 0, the term starts the day after):
- request ("melding") -> personal plan: 7 days (Wmo 2015 art. 2.3.2 lid 2)
- request ("melding") -> assessment done: 6 weeks (Wmo 2015 art. 2.3.2 lid 1)
- application ("aanvraag") -> decision: 2 weeks (Wmo 2015 art. 2.3.5 lid 1)
- decision sent -> objection: 6 weeks from the day after sending (Awb art. 6:7 and 6:8)
Then the Algemene termijnenwet: art. 1 moves an end on a Saturday, Sunday or holiday to the next day
that is none of these; art. 2 extends a term of 3 days or more until it holds two such days.

Everything here is pure: dates and the holiday calendar come in, nothing reads the clock.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from oco_desktop.domain.dates_nl import format_date_en, format_date_nl
from oco_desktop.domain.holidays import (
    DateOutOfRange,
    HolidayCalendar,
    NonWorkingReason,
    check_year,
    load_calendar,
)

ATW_ART_1 = "Algemene termijnenwet art. 1"
ATW_ART_2 = "Algemene termijnenwet art. 2"
# Atw art. 2: "a term of at least three days" must contain "at least two" working days.
ATW_ART_2_MIN_TERM = 3
ATW_ART_2_MIN_WORKING_DAYS = 2


class DeadlineKind(StrEnum):
    PLAN = "plan"
    ASSESSMENT = "assessment"
    DECISION = "decision"
    OBJECTION = "objection"


@dataclass(frozen=True)
class TermRule:
    days: int
    legal_basis: str
    length_nl: str
    length_en: str


RULES: dict[DeadlineKind, TermRule] = {
    DeadlineKind.PLAN: TermRule(7, "Wmo 2015 art. 2.3.2 lid 2", "7 dagen", "7 days"),
    DeadlineKind.ASSESSMENT: TermRule(42, "Wmo 2015 art. 2.3.2 lid 1", "6 weken", "6 weeks"),
    DeadlineKind.DECISION: TermRule(14, "Wmo 2015 art. 2.3.5 lid 1", "2 weken", "2 weeks"),
    DeadlineKind.OBJECTION: TermRule(42, "Awb art. 6:7 en 6:8", "6 weken", "6 weeks"),
}


@dataclass(frozen=True)
class TermEnd:
    """Where a term of `days` days after `event` ends once the Algemene termijnenwet is applied."""

    base_end: date
    last_day: date
    shifted_days: tuple[tuple[date, NonWorkingReason], ...]
    atw_art_1: bool  # the base end was a Saturday, Sunday or holiday
    atw_art_2: bool  # extended further so the term holds two working days
    # Only when art. 2 applied: every non-working day in the whole term, the reason for the extension.
    term_non_working_days: tuple[tuple[date, NonWorkingReason], ...] = ()


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    from_date: date  # the event: request, application, or the day the decision was sent
    base_end: date  # before the Algemene termijnenwet
    last_day: date  # the last day on which the step can (or must) still be taken
    shifted_days: tuple[tuple[date, NonWorkingReason], ...]  # skipped days from base_end on, in order
    legal_basis: str  # e.g. "Awb art. 6:7 en 6:8; Algemene termijnenwet art. 1"
    atw_art_1: bool = False
    atw_art_2: bool = False
    term_non_working_days: tuple[tuple[date, NonWorkingReason], ...] = ()  # filled when atw_art_2

    @property
    def was_shifted(self) -> bool:
        return self.last_day != self.base_end


def end_of_term(event: date, days: int, calendar: HolidayCalendar) -> TermEnd:
    """End of a term of `days` calendar days that starts the day after `event`, per the Atw."""
    check_year(event.year)
    base_end = event + timedelta(days=days)
    check_year(base_end.year)

    def working(day: date) -> bool:
        return calendar.non_working_reason(day) is None

    # Art. 1: the first day from base_end on that is not a Saturday, Sunday or holiday.
    art1_end = base_end
    while not working(art1_end):
        art1_end += timedelta(days=1)

    # Art. 2: the term (event+1 .. end) must contain two working days. The end found this way is
    # itself a working day, so combining both articles means taking the later of the two ends.
    art2_end = base_end
    if days >= ATW_ART_2_MIN_TERM:
        day, found = event, 0
        while found < ATW_ART_2_MIN_WORKING_DAYS:
            day += timedelta(days=1)
            if working(day):
                found += 1
        art2_end = max(base_end, day)

    last_day = max(art1_end, art2_end)
    check_year(last_day.year)
    atw_art_2 = art2_end > art1_end
    in_term_start = event + timedelta(days=1) if atw_art_2 else base_end
    return TermEnd(
        base_end=base_end,
        last_day=last_day,
        shifted_days=_non_working_between(base_end, last_day, calendar),
        atw_art_1=art1_end != base_end,
        atw_art_2=atw_art_2,
        term_non_working_days=_non_working_between(in_term_start, last_day, calendar) if atw_art_2 else (),
    )


def _non_working_between(first: date, stop: date, calendar: HolidayCalendar):
    """(day, reason) for the non-working days in first .. stop-1."""
    result = []
    day = first
    while day < stop:
        reason = calendar.non_working_reason(day)
        if reason is not None:
            result.append((day, reason))
        day += timedelta(days=1)
    return tuple(result)


def compute(kind: DeadlineKind | str, from_date: date, holidays: HolidayCalendar | None = None) -> Deadline:
    """The deadline of `kind` for an event on `from_date`.

    `holidays` defaults to load_calendar(): the statutory holidays plus equated days from the shipped
    and the organisation's data files. Raises DateOutOfRange outside the years the calendar knows.
    """
    calendar = holidays if holidays is not None else load_calendar()
    memo = _DEADLINES.get(calendar)
    if memo is None:
        memo = _DEADLINES.setdefault(calendar, {})
    found = memo.get((kind, from_date))  # a StrEnum member and its text are the same key
    if found is None:
        found = memo[(kind, from_date)] = _compute(DeadlineKind(kind), from_date, calendar)
    return found


# compute is pure and a calendar never changes after it is made, so each (kind, date) is worked out once
# per calendar: Today, the caseload and the route meet the same few dates many times. A Deadline is
# frozen, so one object serves them all; a new calendar (an organisation file changed) starts afresh.
_DEADLINES: weakref.WeakKeyDictionary[HolidayCalendar, dict[tuple[str, date], Deadline]] = (
    weakref.WeakKeyDictionary()
)


def _compute(kind: DeadlineKind, from_date: date, calendar: HolidayCalendar) -> Deadline:
    rule = RULES[kind]
    end = end_of_term(from_date, rule.days, calendar)
    basis = [rule.legal_basis]
    if end.atw_art_1:
        basis.append(ATW_ART_1)
    if end.atw_art_2:
        basis.append(ATW_ART_2)
    return Deadline(
        kind=kind,
        from_date=from_date,
        base_end=end.base_end,
        last_day=end.last_day,
        shifted_days=end.shifted_days,
        legal_basis="; ".join(basis),
        atw_art_1=end.atw_art_1,
        atw_art_2=end.atw_art_2,
        term_non_working_days=end.term_non_working_days,
    )


def deadlines_for_case(
    request_date: date | None = None,
    application_date: date | None = None,
    decision_sent_date: date | None = None,
    holidays: HolidayCalendar | None = None,
) -> list[Deadline]:
    """Every deadline that can be computed from the dates recorded in a case, in DeadlineKind order.

    A missing date, or a date outside the years the calendar knows, gives no deadline for it.
    """
    calendar = holidays if holidays is not None else load_calendar()
    sources = [
        (DeadlineKind.PLAN, request_date),
        (DeadlineKind.ASSESSMENT, request_date),
        (DeadlineKind.DECISION, application_date),
        (DeadlineKind.OBJECTION, decision_sent_date),
    ]
    result = []
    for kind, event in sources:
        if event is None:
            continue
        try:
            result.append(compute(kind, event, calendar))
        except DateOutOfRange:
            continue
    return result


# --- explanations --------------------------------------------------------------------------------
#
# Texts for residents: plain Dutch (B1), concrete dates, no article numbers. The law behind a date is
# a separate line for the supporter (legal_line_nl / legal_line_en).

_CHECK_NL = "Dit is een berekening: controleer de datum altijd in de brief van de gemeente."
_CHECK_EN = "This is a calculation: always check the date against the municipality's letter."

# The three words of the access route, each explained once in plain Dutch.
TERMS_NL = {
    "melding": "Een melding is: u laat de gemeente weten dat u hulp nodig hebt.",
    "onderzoek": (
        "Het onderzoek is: de gemeente zoekt samen met u uit wat u nodig hebt. "
        "Dat gebeurt meestal in een gesprek, het keukentafelgesprek."
    ),
    "aanvraag": (
        "Een aanvraag is: u vraagt de gemeente om een besluit over hulp. "
        "Dat doet u meestal na het onderzoek, op een formulier."
    ),
}
TERMS_EN = {
    "melding": "A request ('melding') means: you tell the municipality that you need help.",
    "onderzoek": (
        "The assessment ('onderzoek') means: the municipality works out with you what you need, "
        "usually in a conversation at home (the 'kitchen-table conversation')."
    ),
    "aanvraag": (
        "An application ('aanvraag') means: you ask the municipality for a decision about help, "
        "usually after the assessment, on a form."
    ),
}
_KIND_TERMS = {
    DeadlineKind.PLAN: ("melding",),
    DeadlineKind.ASSESSMENT: ("melding", "onderzoek"),
    DeadlineKind.DECISION: ("aanvraag",),
    DeadlineKind.OBJECTION: (),
}


EXTENSION_BASIS = "Awb art. 4:14 lid 3"


def is_extended(d: Deadline) -> bool:
    """A decision deadline the municipality moved by letter (see domain.route.extended_decision)."""
    return EXTENSION_BASIS in d.legal_basis


def terms_used(kind: DeadlineKind | str) -> tuple[str, ...]:
    """The route words ("melding", "onderzoek", "aanvraag") a deadline text uses, in order."""
    return _KIND_TERMS[DeadlineKind(kind)]


def _rule_sentence_nl(d: Deadline) -> str:
    rule = RULES[d.kind]
    last, start = format_date_nl(d.last_day), format_date_nl(d.from_date)
    if d.kind is DeadlineKind.PLAN:
        return (
            f"U kunt uw persoonlijk plan uiterlijk op {last} aan de gemeente geven. "
            f"Dat is {rule.length_nl} na de melding op {start}."
        )
    if d.kind is DeadlineKind.ASSESSMENT:
        return (
            f"De gemeente moet het onderzoek uiterlijk op {last} klaar hebben. "
            f"Dat is {rule.length_nl} na de melding op {start}."
        )
    if d.kind is DeadlineKind.DECISION and is_extended(d):
        return (
            f"De gemeente heeft in een brief laten weten dat ze meer tijd neemt. Ze moet nu uiterlijk op {last} "
            f"beslissen. De aanvraag was op {start}."
        )
    if d.kind is DeadlineKind.DECISION:
        return (
            f"De gemeente moet uiterlijk op {last} beslissen. "
            f"Dat is {rule.length_nl} na de aanvraag op {start}. "
            "De gemeente mag die tijd verlengen, maar moet dat dan in een brief laten weten."
        )
    return (
        f"U kunt uiterlijk op {last} bezwaar maken. De termijn is {rule.length_nl}. Die begint op de dag "
        f"nadat de gemeente de beslissing heeft verstuurd. Dat was op {start}. "
        f"Stuurt u het bezwaar met de post? Doe het dan uiterlijk op {last} op de post. "
        f"Dan telt het ook als het binnen een week na {last} bij de gemeente aankomt."
    )


def _rule_sentence_en(d: Deadline) -> str:
    rule = RULES[d.kind]
    last, start = format_date_en(d.last_day), format_date_en(d.from_date)
    if d.kind is DeadlineKind.PLAN:
        return (
            f"You can give your personal plan to the municipality on {last} at the latest. "
            f"That is {rule.length_en} after the request on {start}."
        )
    if d.kind is DeadlineKind.ASSESSMENT:
        return (
            f"The municipality must finish its assessment on {last} at the latest. "
            f"That is {rule.length_en} after the request on {start}."
        )
    if d.kind is DeadlineKind.DECISION and is_extended(d):
        return (
            f"The municipality said in a letter that it takes more time. It must now decide on {last} at the "
            f"latest. The application was on {start}."
        )
    if d.kind is DeadlineKind.DECISION:
        return (
            f"The municipality must decide on {last} at the latest. "
            f"That is {rule.length_en} after the application on {start}. "
            "The municipality may extend this time, but must say so in a letter."
        )
    return (
        f"You can object on {last} at the latest. The term is {rule.length_en}. It starts the day after "
        f"the municipality sent the decision. That was on {start}. "
        f"Sending the objection by post? Post it on {last} at the latest. "
        f"Then it also counts if it reaches the municipality within a week after {last}."
    )


def _join(items: list[str], last_word: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last_word} {items[-1]}"


def _day_reason_nl(day: date, reason: NonWorkingReason) -> str:
    return f"{format_date_nl(day)} ({reason.name_nl})"


def _day_reason_en(day: date, reason: NonWorkingReason) -> str:
    return f"{format_date_en(day)} ({reason.name_en})"


def _shift_sentence_nl(d: Deadline) -> str:
    """Why the last day is later than plainly counted. Days inside a term always count; only an end
    day that is not a working day moves (art. 1), and a short term must hold two working days (art. 2)."""
    if not d.was_shifted:
        return ""
    base = format_date_nl(d.base_end)
    parts = []
    if d.atw_art_1:
        skipped = [_day_reason_nl(day, reason) for day, reason in d.shifted_days]
        parts.append(
            f"Gewoon geteld is de laatste dag {base}. Maar een termijn kan niet eindigen op een zaterdag, "
            "zondag of feestdag. Dan schuift alleen de laatste dag op naar de eerstvolgende werkdag. "
            f"Geen werkdag: {_join(skipped, 'en')}."
        )
    else:
        parts.append(f"Gewoon geteld is de laatste dag {base}.")
    if d.atw_art_2:
        in_term = [_day_reason_nl(day, reason) for day, reason in d.term_non_working_days]
        parts.append(
            f"In een termijn moeten {'ook ' if d.atw_art_1 else ''}minstens twee werkdagen zitten. "
            f"In deze termijn zijn deze dagen geen werkdag: {_join(in_term, 'en')}."
        )
    parts.append(f"Daarom is de laatste dag {format_date_nl(d.last_day)}.")
    if not d.atw_art_2:
        parts.append("De dagen binnen de termijn tellen wel gewoon mee, ook weekenden en feestdagen.")
    return " ".join(parts)


def _shift_sentence_en(d: Deadline) -> str:
    if not d.was_shifted:
        return ""
    base = format_date_en(d.base_end)
    parts = []
    if d.atw_art_1:
        skipped = [_day_reason_en(day, reason) for day, reason in d.shifted_days]
        parts.append(
            f"Counted plainly, the last day is {base}. But a term cannot end on a Saturday, Sunday or "
            "public holiday. Then only the last day moves to the next working day. "
            f"Not a working day: {_join(skipped, 'and')}."
        )
    else:
        parts.append(f"Counted plainly, the last day is {base}.")
    if d.atw_art_2:
        in_term = [_day_reason_en(day, reason) for day, reason in d.term_non_working_days]
        parts.append(
            f"A term must {'also ' if d.atw_art_1 else ''}contain at least two working days. "
            f"In this term these days are not working days: {_join(in_term, 'and')}."
        )
    parts.append(f"So the last day is {format_date_en(d.last_day)}.")
    if not d.atw_art_2:
        parts.append("The days inside the term do count, weekends and holidays included.")
    return " ".join(parts)


def explain_nl(d: Deadline, with_terms: bool = True) -> str:
    """Plain Dutch for the resident: the rule with concrete dates, why the last day moved (if it did),
    the route words explained once (unless `with_terms` is False) and a check note. No article numbers:
    those are in legal_line_nl, for the supporter."""
    terms = [TERMS_NL[t] for t in terms_used(d.kind)] if with_terms else []
    return " ".join(p for p in (_rule_sentence_nl(d), _shift_sentence_nl(d), *terms, _CHECK_NL) if p)


def explain_en(d: Deadline, with_terms: bool = True) -> str:
    """The English counterpart of explain_nl."""
    terms = [TERMS_EN[t] for t in terms_used(d.kind)] if with_terms else []
    return " ".join(p for p in (_rule_sentence_en(d), _shift_sentence_en(d), *terms, _CHECK_EN) if p)


def explain_all(deadlines: list[Deadline], lang: str = "nl") -> list[str]:
    """One explanation per deadline, each route word ("melding", "onderzoek", "aanvraag") explained only
    the first time it is used in the list (a screen showing several deadlines explains it once)."""
    explained: set[str] = set()
    terms = TERMS_EN if lang == "en" else TERMS_NL
    rule = _rule_sentence_en if lang == "en" else _rule_sentence_nl
    shift = _shift_sentence_en if lang == "en" else _shift_sentence_nl
    check = _CHECK_EN if lang == "en" else _CHECK_NL
    result = []
    for d in deadlines:
        new = [t for t in terms_used(d.kind) if t not in explained]
        explained.update(new)
        result.append(" ".join(p for p in (rule(d), shift(d), *(terms[t] for t in new), check) if p))
    return result


def _legal_parts(d: Deadline) -> list[str]:
    parts = [RULES[d.kind].legal_basis]
    if is_extended(d):
        parts.append(EXTENSION_BASIS)
    if d.kind is DeadlineKind.OBJECTION:
        parts.append("Awb art. 6:9 (op tijd gepost)")
    if d.atw_art_1:
        parts.append(ATW_ART_1)
    if d.atw_art_2:
        parts.append(ATW_ART_2)
    return parts


def legal_line_nl(d: Deadline) -> str:
    """One line for the supporter with the law behind the date, e.g. 'Wet: Awb art. 6:7 en 6:8; ...'."""
    return "Wet (voor de ondersteuner): " + "; ".join(_legal_parts(d)) + "."


def legal_line_en(d: Deadline) -> str:
    parts = [p.replace("(op tijd gepost)", "(posted in time)").replace(" en ", " and ") for p in _legal_parts(d)]
    return "Law (for the supporter): " + "; ".join(parts) + "."
