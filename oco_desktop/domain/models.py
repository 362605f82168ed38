"""The caseload's records as plain dataclasses, shared by storage, CLI, exports and GUI (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

PHASES = ("orientation", "access", "during_support")
CASE_STATUSES = ("open", "checkin", "closed")
CONTACT_FORMS = ("short_term", "short_cycle", "checkin")
CONTACT_TYPES = ("home_visit", "phone", "walk_in", "accompanying", "other")
LAWS = ("wmo", "wlz", "jeugdwet", "participatiewet", "zvw")
CONSENT_METHODS = ("verbal", "written")
FOLLOW_UP_KINDS = ("call", "visit", "accompany", "document", "checkin", "other")


@dataclass
class Client:
    name: str
    id: str = ""
    preferred_name: str = ""
    date_of_birth: date | None = None
    phone: str = ""
    address: str = ""
    preferred_language: str = "nl"
    interpreter_needed: bool = False
    reading_needs: str = ""
    hearing_needs: str = ""
    target_groups: list[str] = field(default_factory=list)
    laws: list[str] = field(default_factory=list)
    created_at: str = ""
    updated_at: str = ""

    @property
    def display_name(self) -> str:
        return self.preferred_name or self.name


@dataclass
class LifeDomainQuestion:
    """A life domain in play for a client, with the question in the client's own words."""

    domain_id: str
    question: str = ""


@dataclass
class SelfRelianceScore:
    domain_id: str
    scored_on: date
    client_score: int | None = None
    supporter_score: int | None = None
    id: str = ""


@dataclass
class NetworkMember:
    name: str
    relation: str = ""
    is_informal_carer: bool = False
    phone: str = ""
    what_they_do: str = ""
    id: str = ""


@dataclass
class Consent:
    scope: str
    method: str
    given_on: date
    withdrawn_on: date | None = None
    id: str = ""

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


@dataclass
class Case:
    client_id: str
    id: str = ""
    code: str = ""
    title: str = ""
    status: str = "open"
    phase: str = "orientation"
    contact_form: str = "short_term"
    checkin_interval_days: int | None = None
    opened_on: date | None = None
    closed_on: date | None = None
    close_reason: str = ""
    appreciation: int | None = None
    request_date: date | None = None
    application_date: date | None = None
    decision_sent_date: date | None = None
    access_interview_date: date | None = None
    # Registration for the organisation's figures (see domain.registration).
    referrer: str | None = None
    appreciation_method: str | None = None  # how the appreciation was asked of the resident
    control_answer: int | None = None  # "Heeft u meer regie over uw leven gekregen?" 1..5, at closing


@dataclass
class Note:
    client_id: str
    contact_on: date
    body: str = ""
    contact_type: str = "other"
    minutes: int = 0
    life_domains: list[str] = field(default_factory=list)
    case_id: str | None = None
    id: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass
class FollowUp:
    case_id: str
    kind: str
    due_on: date
    due_time: str | None = None
    description: str = ""
    done_at: str | None = None
    source: str = "manual"
    source_id: str | None = None
    id: str = ""

    @property
    def done(self) -> bool:
        return self.done_at is not None
