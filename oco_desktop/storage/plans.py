"""The resident's personal plan per case: section texts in their own words, and the two dates it needs.

The sections come from the checklist definitions (`definitions.plan_sections`), so an organisation
adapts them the same way as the checklists. A plan records the definitions version it was started
under. Texts are stored per (section id, life domain id); the life domain id is '' except for
sections written per life domain.

Nothing is lost when the definitions change: a section that is hidden or unknown now, or a life
domain that is no longer in play, still comes back from `plan_view` when it holds text, marked so the
screen can say so. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from oco_desktop.domain.checklist_models import Definitions
from oco_desktop.domain.deadlines import DeadlineKind, deadlines_for_case
from oco_desktop.domain.holidays import HolidayCalendar
from oco_desktop.domain.models import Case
from oco_desktop.errors import InvalidValue
from oco_desktop.storage import cases, clients
from oco_desktop.storage.clock import utc_now
from oco_desktop.storage.vault import Vault


@dataclass(frozen=True)
class PlanInfo:
    case_id: str
    definition_version: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class SectionText:
    """One text box of a section: the whole section, or one life domain of a per-domain section."""

    domain_id: str  # '' for a section that is not written per life domain
    body: str
    stored: bool  # False: nothing saved yet (body may be prefilled from the client's question)
    in_play: bool = True  # False: the life domain is no longer in play, but its text is kept


@dataclass(frozen=True)
class PlanSectionView:
    section_id: str
    heading: str
    prompt: str
    per_life_domain: bool
    hidden: bool  # no longer offered by the definitions (hidden or unknown), shown because it holds text
    texts: tuple[SectionText, ...]

    @property
    def has_text(self) -> bool:
        return any(t.body.strip() for t in self.texts)


@dataclass(frozen=True)
class RequestDeadlines:
    """The two dates counted from the request ("melding"); None when there is no request date."""

    plan_last_day: date | None = None
    assessment_last_day: date | None = None


def get_plan(vault: Vault, case_id: str) -> PlanInfo | None:
    row = vault.conn.execute(
        "SELECT case_id, definition_version, created_at, updated_at FROM plans WHERE case_id = ?", (case_id,)
    ).fetchone()
    return PlanInfo(*row) if row else None


def ensure_plan(vault: Vault, definitions: Definitions, case_id: str) -> PlanInfo:
    """The case's plan; started (with today's definitions version) when it does not exist yet."""
    cases.get_case(vault, case_id)  # NotFound with a Dutch message for an unknown case
    now = utc_now()
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO plans (case_id, definition_version, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (case_id) DO NOTHING",
            (case_id, definitions.plan_version, now, now),
        )
    return get_plan(vault, case_id)


def save_section(vault: Vault, definitions: Definitions, case_id: str, section_id: str, body: str,
                 domain_id: str = "") -> None:
    """Store the text of one section (or one life domain of it). Starts the plan when needed.

    The Dutch heading is kept with the text, so a section an organisation removes later stays readable.
    """
    try:
        section = definitions.plan_section(section_id)
    except KeyError:
        section = None
    if section is not None and bool(domain_id) != section.per_life_domain:
        raise InvalidValue(
            "Dit deel van het plan is per levensgebied." if section.per_life_domain
            else "Dit deel van het plan is niet per levensgebied."
        )
    heading_nl = section.heading.nl if section is not None else None
    now = utc_now()
    with vault.transaction() as conn:
        ensure_plan(vault, definitions, case_id)
        if heading_nl is None:  # unknown now: only rewriting an existing text is allowed
            row = conn.execute(
                "SELECT heading_nl FROM plan_sections WHERE case_id = ? AND section_id = ? AND domain_id = ?",
                (case_id, section_id, domain_id),
            ).fetchone()
            if row is None:
                raise InvalidValue(f"Onbekend deel van het plan: {section_id}.")
            heading_nl = row[0]
        conn.execute(
            "INSERT INTO plan_sections (case_id, section_id, domain_id, heading_nl, body, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, section_id, domain_id) DO UPDATE SET "
            "heading_nl = excluded.heading_nl, body = excluded.body, updated_at = excluded.updated_at",
            (case_id, section_id, domain_id, heading_nl, body, now),
        )
        conn.execute("UPDATE plans SET updated_at = ? WHERE case_id = ?", (now, case_id))


def stored_sections(vault: Vault, case_id: str) -> dict[tuple[str, str], tuple[str, str]]:
    """(section_id, domain_id) -> (heading_nl, body) for everything stored for the case."""
    rows = vault.conn.execute(
        "SELECT section_id, domain_id, heading_nl, body FROM plan_sections WHERE case_id = ? "
        "ORDER BY updated_at, section_id, domain_id",
        (case_id,),
    )
    return {(r[0], r[1]): (r[2], r[3]) for r in rows}


def plan_view(vault: Vault, definitions: Definitions, client_id: str, case_id: str | None,
              lang: str | None = None) -> list[PlanSectionView]:
    """The plan as the editor and the PDF show it: today's sections in order, then sections that hold
    text but are no longer offered.

    A per-life-domain section gets one text per life domain in play; when nothing is stored for a
    domain yet, the text is prefilled with the client's question for that domain. Once a text has been
    saved (even emptied), what was saved wins.
    """
    lang = lang or definitions.lang
    stored = stored_sections(vault, case_id) if case_id else {}
    domains = clients.life_domains(vault, client_id)
    in_play = [d.domain_id for d in domains]
    questions = {d.domain_id: d.question for d in domains}
    views: list[PlanSectionView] = []
    shown: set[str] = set()
    for section in definitions.plan_sections:
        shown.add(section.id)
        if section.per_life_domain:
            texts = [_domain_text(stored, section.id, d, questions.get(d, ""), True) for d in in_play]
            texts += [
                SectionText(d, body, True, in_play=False)
                for (sid, d), (_h, body) in stored.items()
                if sid == section.id and d and d not in in_play and body.strip()
            ]
        else:
            heading_body = stored.get((section.id, ""))
            texts = [SectionText("", heading_body[1] if heading_body else "", heading_body is not None)]
        views.append(PlanSectionView(section.id, section.heading.get(lang), section.prompt.get(lang),
                                     section.per_life_domain, False, tuple(texts)))
    views += _no_longer_offered(definitions, stored, shown, lang)
    return views


def _domain_text(stored, section_id: str, domain_id: str, question: str, in_play: bool) -> SectionText:
    found = stored.get((section_id, domain_id))
    if found is None:
        return SectionText(domain_id, question, False, in_play)
    return SectionText(domain_id, found[1], True, in_play)


def _no_longer_offered(definitions: Definitions, stored, shown: set[str], lang: str) -> list[PlanSectionView]:
    """Sections that hold text but are hidden now or unknown to today's definitions."""
    by_section: dict[str, list[tuple[str, str, str]]] = {}
    for (section_id, domain_id), (heading_nl, body) in stored.items():
        if section_id not in shown and body.strip():
            by_section.setdefault(section_id, []).append((domain_id, heading_nl, body))
    views = []
    for section_id, items in by_section.items():
        try:
            known = definitions.plan_section(section_id)
            heading, prompt, per_domain = known.heading.get(lang), known.prompt.get(lang), known.per_life_domain
        except KeyError:
            heading, prompt, per_domain = items[0][1] or section_id, "", any(d for d, _h, _b in items)
        texts = tuple(SectionText(d, body, True) for d, _h, body in items)
        views.append(PlanSectionView(section_id, heading, prompt, per_domain, True, texts))
    return views


# -- dates --------------------------------------------------------------------------------------------
def set_dates(vault: Vault, case_id: str, request_date: date | None, access_interview_date: date | None) -> Case:
    """Record the request date and the access interview date of the case (None: not known)."""
    if request_date and access_interview_date and access_interview_date < request_date:
        raise InvalidValue("Het keukentafelgesprek kan niet vóór de melding zijn.")
    case = cases.get_case(vault, case_id)
    return cases.save_case(vault, replace(case, request_date=request_date,
                                          access_interview_date=access_interview_date))


def request_deadlines(request_date: date | None, holidays: HolidayCalendar | None = None) -> RequestDeadlines:
    """Last day to hand in the plan (request + 7 days) and to finish the assessment (request + 6 weeks),
    with the Algemene termijnenwet applied. Outside the years the holiday calendar knows: None."""
    if request_date is None:
        return RequestDeadlines()
    found = {d.kind: d.last_day for d in deadlines_for_case(request_date=request_date, holidays=holidays)}
    return RequestDeadlines(found.get(DeadlineKind.PLAN), found.get(DeadlineKind.ASSESSMENT))
