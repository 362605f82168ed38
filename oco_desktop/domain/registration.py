"""What an organisation registers beyond one client's file (no Qt, no storage).

- A question without a client file ("vraag zonder dossier"): a walk-in or phone question answered
  without consent or a file. No name, no birth date, no address: only a short topic, and that topic
  is checked against the vault's client names (`names_in_text`) before it is saved.
- A signal: a gap, waiting list or barrier in the local offer, about an organisation or a law, never
  about a resident.
- Per case: who referred, how the appreciation was asked of the resident, and the resident's own
  answer at closing to "Heeft u meer regie over uw leven gekregen?" (5-point scale).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

CHANNELS = ("walk_in", "phone", "email", "outreach")
REFERRERS = ("gp", "neighbourhood_team", "municipality", "self", "network", "other")
OUTCOMES = ("answered", "referred_on", "became_client")
SIGNAL_CATEGORIES = ("gap", "waiting_list", "access_barrier", "rules_clash", "quality")
SIGNAL_CONCERNS = ("municipality", "provider", "law", "other")
SIGNAL_STATUSES = ("noted", "passed_on", "answered")
APPRECIATION_METHODS = ("in_person", "phone", "form", "other")
CONTROL_ANSWERS = (1, 2, 3, 4, 5)

TOPIC_MAX = 120  # a short topic, not a story
SIGNAL_TEXT_MAX = 1000

# Dutch labels (the default language of documents); English in LABELS_EN.
LABELS_NL: dict[str, str] = {
    "walk_in": "Inloop", "phone": "Telefoon", "email": "E-mail", "outreach": "Outreachlocatie",
    "gp": "Huisarts", "neighbourhood_team": "Wijkteam", "municipality": "Gemeente", "self": "Zelf",
    "network": "Netwerk", "other": "Anders", "unknown": "Onbekend",
    "answered": "Beantwoord", "referred_on": "Doorverwezen", "became_client": "Cliënt geworden",
    "gap": "Gat in het aanbod", "waiting_list": "Wachtlijst", "access_barrier": "Drempel in de toegang",
    "rules_clash": "Regels die botsen", "quality": "Kwaliteit",
    "provider": "Aanbieder", "law": "Wet of regeling",
    "noted": "Genoteerd", "passed_on": "Doorgegeven",
    "in_person": "In gesprek", "form": "Formulier",
    "orientation": "Oriëntatie", "access": "Toegang", "during_support": "Tijdens ondersteuning",
    "home_visit": "Huisbezoek", "accompanying": "Meegaan naar afspraak",
}
LABELS_EN: dict[str, str] = {
    "walk_in": "Walk-in", "phone": "Phone", "email": "Email", "outreach": "Outreach location",
    "gp": "GP", "neighbourhood_team": "Neighbourhood team", "municipality": "Municipality", "self": "Self",
    "network": "Network", "other": "Other", "unknown": "Unknown",
    "answered": "Answered", "referred_on": "Referred on", "became_client": "Became a client",
    "gap": "Gap in the offer", "waiting_list": "Waiting list", "access_barrier": "Access barrier",
    "rules_clash": "Rules that clash", "quality": "Quality",
    "provider": "Provider", "law": "Law or regulation",
    "noted": "Noted", "passed_on": "Passed on",
    "in_person": "In conversation", "form": "Form",
    "orientation": "Orientation", "access": "Access", "during_support": "During support",
    "home_visit": "Home visit", "accompanying": "Accompanying to a meeting",
}
CONTROL_LABELS_NL = {1: "Veel minder", 2: "Minder", 3: "Even veel", 4: "Meer", 5: "Veel meer"}
CONTROL_LABELS_EN = {1: "Much less", 2: "Less", 3: "The same", 4: "More", 5: "Much more"}
CONTROL_QUESTION_NL = "Heeft u meer regie over uw leven gekregen?"
CONTROL_QUESTION_EN = "Have you gained more control over your life?"


def label(value: str, lang: str = "nl") -> str:
    return (LABELS_EN if lang == "en" else LABELS_NL).get(value, value)


@dataclass
class QuestionWithoutFile:
    asked_on: date
    channel: str
    outcome: str = "answered"
    referrer: str = "self"
    target_groups: list[str] = field(default_factory=list)
    life_domains: list[str] = field(default_factory=list)
    minutes: int = 0
    topic: str = ""
    id: str = ""


@dataclass
class Signal:
    noted_on: date
    category: str
    concerns: str = "municipality"
    concerns_name: str = ""  # an organisation's name is allowed, never a resident's
    life_domain: str = ""
    description: str = ""
    status: str = "noted"
    passed_to: str = ""
    passed_on: date | None = None
    answer: str = ""
    answered_on: date | None = None
    id: str = ""


def check_question(q: QuestionWithoutFile) -> list[str]:
    """Problems that make the question unstorable (Dutch, for the user); empty when fine."""
    problems = []
    if q.channel not in CHANNELS:
        problems.append(f"Onbekend kanaal: {q.channel}.")
    if q.outcome not in OUTCOMES:
        problems.append(f"Onbekende uitkomst: {q.outcome}.")
    if q.referrer not in REFERRERS:
        problems.append(f"Onbekende verwijzer: {q.referrer}.")
    if q.minutes < 0:
        problems.append("Het aantal minuten kan niet negatief zijn.")
    if len(q.topic) > TOPIC_MAX:
        problems.append(f"Het onderwerp is te lang: houd het kort (hoogstens {TOPIC_MAX} tekens).")
    return problems


def check_signal(s: Signal) -> list[str]:
    problems = []
    if s.category not in SIGNAL_CATEGORIES:
        problems.append(f"Onbekende soort signaal: {s.category}.")
    if s.concerns not in SIGNAL_CONCERNS:
        problems.append(f"Onbekend over wie het signaal gaat: {s.concerns}.")
    if s.status not in SIGNAL_STATUSES:
        problems.append(f"Onbekende status: {s.status}.")
    if len(s.description) > SIGNAL_TEXT_MAX:
        problems.append(f"De beschrijving is te lang (hoogstens {SIGNAL_TEXT_MAX} tekens).")
    if s.status == "passed_on" and not s.passed_to.strip():
        problems.append("Vul in aan wie het signaal is doorgegeven.")
    return problems


def check_case_fields(referrer: str | None, appreciation_method: str | None, control_answer: int | None) -> list[str]:
    problems = []
    if referrer is not None and referrer not in REFERRERS:
        problems.append(f"Onbekende verwijzer: {referrer}.")
    if appreciation_method is not None and appreciation_method not in APPRECIATION_METHODS:
        problems.append(f"Onbekende manier van vragen: {appreciation_method}.")
    if control_answer is not None and control_answer not in CONTROL_ANSWERS:
        problems.append("Het antwoord op de regievraag is een getal van 1 tot en met 5.")
    return problems


# -- names in free text ------------------------------------------------------------------------
MIN_NAME_PART = 3  # "Al", "Li": too short to tell from ordinary words


def fold(text: str) -> str:
    """Lower case without diacritics: 'Özlem' and 'ozlem' are the same word here."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_WORD = re.compile(r"\w+", re.UNICODE)
# Name parts that are ordinary words too; a topic "van de gemeente" must not warn.
_PARTICLES = {"van", "der", "den", "de", "het", "ten", "ter", "bin", "ben", "el", "al", "la", "le", "op", "in"}


def name_parts(names: Iterable[str]) -> set[str]:
    """The folded words of the given names that are long enough to recognise."""
    parts: set[str] = set()
    for name in names:
        for word in _WORD.findall(fold(name)):
            if len(word) >= MIN_NAME_PART and word not in _PARTICLES and not word.isdigit():
                parts.add(word)
    return parts


def names_in_text(text: str, parts: set[str]) -> list[str]:
    """The words of `text` that are (part of) a client's name, in their order of appearance."""
    found: list[str] = []
    for word in _WORD.findall(text):
        if fold(word) in parts and word not in found:
            found.append(word)
    return found


REDACTED = "[…]"


def redact_names(text: str, parts: set[str]) -> str:
    """`text` with every word that is (part of) a client's name replaced by "[…]"."""
    return _WORD.sub(lambda m: REDACTED if fold(m.group(0)) in parts else m.group(0), text)
