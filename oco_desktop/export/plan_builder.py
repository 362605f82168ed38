"""From the vault to the plan PDF: gathers the plan's texts, the client's name and the dates.

Only the plan goes in. This module reads the plan sections, the case's dates and route, the client's
name, life domains and (for a family-group plan) network member names, and nothing else: never notes,
follow-ups, checklists or the interview texts of the route (the supporter's own work).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from oco_desktop.domain.checklist_models import Definitions
from oco_desktop.errors import NotFound
from oco_desktop.export.pdf_common import check_lang
from oco_desktop.export.pdf_plan import PlanDocument, PlanSection, render_plan_pdf
from oco_desktop.settings import Settings
from oco_desktop.storage import cases, clients, plans
from oco_desktop.storage import route as route_store
from oco_desktop.storage.vault import Vault

NOT_IN_PLAY_NOTE = {"nl": " (eerder opgeschreven)", "en": " (written earlier)"}


def _domain_label(definitions: Definitions, domain_id: str, lang: str) -> str:
    for item in definitions.life_domains:
        if item.id == domain_id:
            return item.label.get(lang)
    return domain_id


def build_plan_document(
    vault: Vault,
    definitions: Definitions,
    client_id: str,
    case_id: str | None = None,
    lang: str = "nl",
    large_print: bool = False,
    today: date | None = None,
    *,
    family_group: bool = False,
    supporter_signature: bool = False,
    settings: Settings | None = None,
) -> PlanDocument:
    """The plan of the client's case (default: the current case) as a PlanDocument.

    Sections that were hidden later but hold text are kept (nothing the resident wrote is lost).
    A client without a case gets an empty plan to fill in by hand. The case's route (Wmo, Jeugdwet,
    Wlz, Zvw, other) sets the title and who the plan is for; a family-group plan names the client's
    network members as the people taking part; the supporter's name, organisation and phone or email
    come from the settings ("Hulp bij dit plan: ...").
    """
    check_lang(lang)
    client = clients.get_client(vault, client_id)  # NotFound for an unknown id
    case = cases.get_case(vault, case_id) if case_id else cases.current_case(vault, client_id)
    if case is not None and case.client_id != client_id:
        raise NotFound(f"Casus {case.id} hoort niet bij cliënt {client_id}.")
    sections = []
    for view in plans.plan_view(vault, definitions, client_id, case.id if case else None, lang):
        if view.per_life_domain:
            items = [
                (_domain_label(definitions, t.domain_id, lang) + ("" if t.in_play else NOT_IN_PLAY_NOTE[lang]),
                 t.body)
                for t in view.texts
            ]
            sections.append(PlanSection(view.heading, view.prompt, "", items))
        else:
            body = "\n\n".join(t.body.strip() for t in view.texts if t.body.strip())
            sections.append(PlanSection(view.heading, view.prompt, body))
    due = plans.request_deadlines(case.request_date if case else None)
    settings = settings or Settings()
    route = route_store.load(vault, case.id).route if case else "wmo"
    members = []
    if family_group:
        members = [f"{m.name} ({m.relation})" if m.relation.strip() else m.name
                   for m in clients.network(vault, client_id)]
    return PlanDocument(
        resident_name=client.name,
        document_date=today or date.today(),
        lang=lang,
        large_print=large_print,
        request_date=case.request_date if case else None,
        interview_date=case.access_interview_date if case else None,
        plan_deadline=due.plan_last_day,
        assessment_deadline=due.assessment_last_day,
        sections=sections,
        route=route,
        family_group=family_group,
        family_members=members,
        supporter_name=settings.get("supporter_name") or None,
        supporter_organisation=settings.get("supporter_organisation"),
        supporter_contact=settings.get("supporter_contact"),
        supporter_signature=supporter_signature,
    )


def export_plan_pdf(
    vault: Vault,
    definitions: Definitions,
    client_id: str,
    path: str | os.PathLike[str],
    case_id: str | None = None,
    lang: str = "nl",
    large_print: bool = False,
    today: date | None = None,
    **options,
) -> Path:
    """Write the plan PDF to `path`. Raises NotFound (unknown client/case) or ExportError (cannot write).

    `options`: family_group, supporter_signature, settings (see build_plan_document)."""
    doc = build_plan_document(vault, definitions, client_id, case_id, lang, large_print, today, **options)
    written = render_plan_pdf(doc, path)
    from oco_desktop.storage import access_log

    access_log.record(vault, "export", client_id, detail="plan")
    return written
