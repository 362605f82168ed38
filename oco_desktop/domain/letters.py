"""Letters the resident signs: a pro-forma objection ("bezwaarschrift") and a notice of default
("ingebrekestelling"), in plain Dutch (B1) with every date filled in.

What goes in: the resident's name, address and phone, the route dates of the case, the decision's
reference, the municipality's name, and the supporter's name and organisation as the one who HELPED
(never as the one who signs). What never goes in: note texts, interview texts, goal explanations or
anything else the supporter wrote down. Pure: no vault, no clock, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from oco_desktop.domain.dates_nl import format_date_en, format_date_nl
from oco_desktop.domain.deadlines import DeadlineKind, compute, is_extended
from oco_desktop.domain.holidays import DateOutOfRange, HolidayCalendar
from oco_desktop.domain.route import Route, extended_decision
from oco_desktop.errors import UsageError

NOTICE_WEEKS = 2


class LetterKind(StrEnum):
    OBJECTION = "objection"
    DEFAULT = "default"


class MissingDate(UsageError):
    """A date the letter needs is not recorded (exit 2); the message names it."""


@dataclass(frozen=True)
class LetterParty:
    name: str
    address: str = ""
    phone: str = ""


@dataclass
class Letter:
    """A finished letter: every line is final text, ready for PDF or plain text."""

    kind: LetterKind
    lang: str
    title: str  # shown as the document title (not part of the letter body)
    sender_lines: list[str]
    addressee_lines: list[str]
    place_date: str
    subject: str
    salutation: str
    paragraphs: list[str]
    closing: str
    signer: str
    signature_label: str
    helped_by: str = ""
    enclosures: list[str] = field(default_factory=list)

    def as_text(self) -> str:
        """Plain text, to paste in an email."""
        blocks = [
            "\n".join(self.sender_lines),
            "\n".join(self.addressee_lines),
            self.place_date,
            self.subject,
            self.salutation,
            *self.paragraphs,
            self.closing,
            f"{self.signature_label}\n\n\n{self.signer}",
        ]
        if self.enclosures:
            blocks.append("\n".join(self.enclosures))
        if self.helped_by:
            blocks.append(self.helped_by)
        return "\n\n".join(b for b in blocks if b) + "\n"


_T = {
    "nl": {
        "date": format_date_nl,
        "municipality": "Aan het college van burgemeester en wethouders van de gemeente {m}",
        "municipality_blank": "Aan het college van burgemeester en wethouders van de gemeente ____________________",
        "place_date": "Datum: {d}",
        "salutation": "Geachte heer, mevrouw,",
        "closing": "Met vriendelijke groet,",
        "signature": "Handtekening:",
        "helped_by": "Hulp bij deze brief: {who}.",
        "helped_by_org": "{name}, cliëntondersteuner bij {org}",
        "helped_by_plain": "{name}, cliëntondersteuner",
        "objection_title": "Bezwaarschrift",
        "objection_subject": "Onderwerp: bezwaar tegen uw beslissing van {d}{ref}",
        "ref": ", kenmerk {r}",
        "objection_p1": "Ik ben het niet eens met uw beslissing van {d}{ref}. Daarom maak ik bezwaar.",
        "objection_p2": (
            "Dit is een eerste bezwaar om op tijd te zijn. Ik stuur de redenen later. "
            "Wilt u mij een datum geven waarop ik de redenen moet sturen?"
        ),
        "objection_p3": "Ik wil dit graag uitleggen in een gesprek. Dat heet een hoorzitting.",
        "objection_p4": "Ik stuur deze brief op {today}. De laatste dag om bezwaar te maken is {last}.",
        "objection_copy": "Bijlage: een kopie van de beslissing van {d}.",
        "default_title": "Ingebrekestelling",
        "default_subject_decision": "Onderwerp: ingebrekestelling, geen beslissing op mijn aanvraag van {d}",
        "default_subject_assessment": "Onderwerp: ingebrekestelling, onderzoek na mijn melding van {d} niet klaar",
        "default_p1_decision": (
            "Op {start} heb ik een aanvraag gedaan. U moest uiterlijk op {last} beslissen. "
            "Ik heb nog geen beslissing gekregen."
        ),
        "default_p1_extended": (
            "Op {start} heb ik een aanvraag gedaan. U heeft mij laten weten dat u meer tijd nodig had. "
            "U moest uiterlijk op {last} beslissen. Ik heb nog geen beslissing gekregen."
        ),
        "default_p1_assessment": (
            "Op {start} heb ik u laten weten dat ik hulp nodig heb. Dat heet een melding. "
            "Het onderzoek moest uiterlijk op {last} klaar zijn. Ik heb nog geen verslag van het onderzoek gekregen."
        ),
        "default_p2": (
            "Met deze brief stel ik u in gebreke. Ik vraag u om alsnog te beslissen. "
            "Dat moet binnen twee weken nadat u deze brief heeft gekregen. Ik stuur deze brief op {today}."
        ),
        "default_p2_assessment": (
            "Met deze brief stel ik u in gebreke. Ik vraag u om het onderzoek af te ronden. "
            "Stuur mij ook het verslag. Dat moet binnen twee weken nadat u deze brief heeft gekregen. "
            "Ik stuur deze brief op {today}."
        ),
        "default_p3": (
            "Krijg ik na die twee weken nog geen beslissing? Dan betaalt u mij een bedrag voor elke dag "
            "dat u te laat bent. Dat heet een dwangsom (artikel 4:17 Algemene wet bestuursrecht). "
            "Ook kan ik direct in beroep gaan bij de rechtbank (artikel 6:12 van die wet). "
            "Krijgt u deze brief op {received}? Dan zijn de twee weken voorbij op {after}."
        ),
        "default_p3_assessment": (
            "Ik mag nu ook al een aanvraag doen, zonder verslag. Beslist u daarna niet op tijd? "
            "Dan betaalt u mij een bedrag voor elke dag dat u te laat bent. "
            "Dat heet een dwangsom (artikel 4:17 Algemene wet bestuursrecht). "
            "Ook kan ik dan in beroep gaan bij de rechtbank (artikel 6:12 van die wet). "
            "Krijgt u deze brief op {received}? Dan zijn de twee weken voorbij op {after}."
        ),
    },
    "en": {
        "date": format_date_en,
        "municipality": "To the Mayor and Aldermen of the municipality of {m}",
        "municipality_blank": "To the Mayor and Aldermen of the municipality of ____________________",
        "place_date": "Date: {d}",
        "salutation": "Dear Sir or Madam,",
        "closing": "Yours faithfully,",
        "signature": "Signature:",
        "helped_by": "Help with this letter: {who}.",
        "helped_by_org": "{name}, client supporter at {org}",
        "helped_by_plain": "{name}, client supporter",
        "objection_title": "Objection",
        "objection_subject": "Subject: objection to your decision of {d}{ref}",
        "ref": ", reference {r}",
        "objection_p1": "I do not agree with your decision of {d}{ref}. That is why I object.",
        "objection_p2": (
            "This is a first objection, to be in time. I will send the reasons later. "
            "Would you give me a date by which I must send the reasons?"
        ),
        "objection_p3": "I would like to explain why I disagree, in a meeting (hearing).",
        "objection_p4": "I am sending this letter on {today}. The last day to object is {last}.",
        "objection_copy": "Enclosed: a copy of the decision of {d}.",
        "default_title": "Notice of default",
        "default_subject_decision": "Subject: notice of default, no decision on my application of {d}",
        "default_subject_assessment": "Subject: notice of default, assessment after my request of {d} not finished",
        "default_p1_decision": (
            "On {start} I made an application. You had to decide on {last} at the latest. "
            "I have not received a decision yet."
        ),
        "default_p1_extended": (
            "On {start} I made an application. You told me you needed more time. You had to decide on {last} "
            "at the latest. I have not received a decision yet."
        ),
        "default_p1_assessment": (
            "On {start} I told you that I need help (a request). The assessment had to be finished on {last} at "
            "the latest. I have not received a report of the assessment yet."
        ),
        "default_p2": (
            "With this letter I give you notice of default. This means: I ask you to decide within two weeks "
            "after you receive this letter. I am sending this letter on {today}."
        ),
        "default_p2_assessment": (
            "With this letter I give you notice of default. This means: I ask you to finish the assessment and "
            "send me the report within two weeks after you receive this letter. I am sending this letter on {today}."
        ),
        "default_p3": (
            "If I still have no decision after those two weeks, you must pay me an amount for every day you are "
            "late (a penalty, article 4:17 of the General Administrative Law Act). I can then also appeal to the "
            "court directly, without objection (article 6:12 of that Act). If you receive this letter on "
            "{received}, the two weeks end on {after}."
        ),
        "default_p3_assessment": (
            "I may also make an application now, even without a report. If you then do not decide in time, you "
            "must pay me an amount for every day you are late (a penalty, article 4:17 of the General "
            "Administrative Law Act), and I can appeal to the court (article 6:12 of that Act). If you receive "
            "this letter on {received}, the two weeks end on {after}."
        ),
    },
}

MISSING = {
    "decision_sent_date": ("de datum waarop de gemeente de beslissing heeft verstuurd",
                           "the date the municipality sent the decision"),
    "application_or_request": ("de datum van de aanvraag (of, als er nog geen aanvraag is, van de melding)",
                               "the date of the application (or, without an application, of the request)"),
}


def _missing(key: str) -> MissingDate:
    nl, _en = MISSING[key]
    return MissingDate(f"De brief kan niet worden gemaakt: {nl} ontbreekt. Vul die in bij Route van de casus.")


def _sender(resident: LetterParty) -> list[str]:
    lines = [resident.name]
    lines += [line.strip() for line in resident.address.splitlines() if line.strip()]
    if resident.phone.strip():
        lines.append(resident.phone.strip())
    return lines


def _helped_by(t: dict, supporter_name: str, organisation: str) -> str:
    if not supporter_name.strip():
        return ""
    who = (t["helped_by_org"].format(name=supporter_name.strip(), org=organisation.strip()) if organisation.strip()
           else t["helped_by_plain"].format(name=supporter_name.strip()))
    return t["helped_by"].format(who=who)


def _base(kind: LetterKind, lang: str, t: dict, resident: LetterParty, municipality: str, today: date,
          supporter_name: str, organisation: str) -> dict:
    return {
        "kind": kind,
        "lang": lang,
        "sender_lines": _sender(resident),
        "addressee_lines": [t["municipality"].format(m=municipality.strip()) if municipality.strip()
                            else t["municipality_blank"]],
        "place_date": t["place_date"].format(d=t["date"](today)),
        "salutation": t["salutation"],
        "closing": t["closing"],
        "signer": resident.name,
        "signature_label": t["signature"],
        "helped_by": _helped_by(t, supporter_name, organisation),
    }


def objection_letter(route: Route, resident: LetterParty, today: date, calendar: HolidayCalendar, *,
                     lang: str = "nl", municipality: str = "", supporter_name: str = "",
                     organisation: str = "") -> Letter:
    """A pro-forma objection: names the decision's date and reference; reasons follow later."""
    if route.decision_sent_date is None:
        raise _missing("decision_sent_date")
    t = _T[lang]
    fmt = t["date"]
    decided = fmt(route.decision_sent_date)
    ref = t["ref"].format(r=route.decision_reference.strip()) if route.decision_reference.strip() else ""
    try:
        last = compute(DeadlineKind.OBJECTION, route.decision_sent_date, calendar).last_day
    except DateOutOfRange as exc:
        raise MissingDate(str(exc)) from None
    return Letter(
        title=t["objection_title"],
        subject=t["objection_subject"].format(d=decided, ref=ref),
        paragraphs=[
            t["objection_p1"].format(d=decided, ref=ref),
            t["objection_p2"],
            t["objection_p3"],
            t["objection_p4"].format(today=fmt(today), last=fmt(last)),
        ],
        enclosures=[t["objection_copy"].format(d=decided)],
        **_base(LetterKind.OBJECTION, lang, t, resident, municipality, today, supporter_name, organisation),
    )


def default_letter(route: Route, resident: LetterParty, today: date, calendar: HolidayCalendar, *,
                   lang: str = "nl", municipality: str = "", supporter_name: str = "",
                   organisation: str = "") -> Letter:
    """A notice of default for a late decision (after an application) or a late assessment (after a
    request). Refuses (exit 2) when no start date is recorded or the term has not passed yet."""
    t = _T[lang]
    fmt = t["date"]
    if route.application_date is not None:
        kind, start = DeadlineKind.DECISION, route.application_date
    elif route.request_date is not None:
        kind, start = DeadlineKind.ASSESSMENT, route.request_date
    else:
        raise _missing("application_or_request")
    if kind is DeadlineKind.DECISION and route.decision_sent_date is not None:
        raise MissingDate("De gemeente heeft al beslist (er is een datum van versturen ingevuld). "
                          "Een ingebrekestelling past hier niet; denk aan een bezwaarschrift.")
    try:
        deadline = compute(kind, start, calendar)
    except DateOutOfRange as exc:
        raise MissingDate(str(exc)) from None
    if kind is DeadlineKind.DECISION and route.decision_extended_to is not None:
        deadline = extended_decision(deadline, route.decision_extended_to)
    if deadline.last_day >= today:
        raise MissingDate(f"De gemeente is nog niet te laat: de laatste dag is {format_date_nl(deadline.last_day)}. "
                          "Een ingebrekestelling kan pas daarna.")
    received = today + timedelta(days=1)
    after = received + timedelta(weeks=NOTICE_WEEKS)
    if kind is DeadlineKind.DECISION:
        p1 = t["default_p1_extended" if is_extended(deadline) else "default_p1_decision"]
        subject, p2, p3 = t["default_subject_decision"], t["default_p2"], t["default_p3"]
    else:
        p1, subject = t["default_p1_assessment"], t["default_subject_assessment"]
        p2, p3 = t["default_p2_assessment"], t["default_p3_assessment"]
    return Letter(
        title=t["default_title"],
        subject=subject.format(d=fmt(start)),
        paragraphs=[
            p1.format(start=fmt(start), last=fmt(deadline.last_day)),
            p2.format(today=fmt(today)),
            p3.format(received=fmt(received), after=fmt(after)),
        ],
        **_base(LetterKind.DEFAULT, lang, t, resident, municipality, today, supporter_name, organisation),
    )


def make_letter(kind: LetterKind | str, route: Route, resident: LetterParty, today: date,
                calendar: HolidayCalendar, **kw) -> Letter:
    kind = LetterKind(kind)
    maker = objection_letter if kind is LetterKind.OBJECTION else default_letter
    return maker(route, resident, today, calendar, **kw)
