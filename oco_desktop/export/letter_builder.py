"""From the vault to a resident's letter: the client's name, address and phone, the case's route and
the settings (municipality, supporter). Nothing else is read: no notes, no interview texts."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from oco_desktop.domain.holidays import HolidayCalendar, load_calendar
from oco_desktop.domain.letters import Letter, LetterKind, LetterParty, make_letter
from oco_desktop.errors import NotFound, UsageError
from oco_desktop.export.pdf_letter import render_letter
from oco_desktop.settings import Settings
from oco_desktop.storage import cases, clients
from oco_desktop.storage import route as route_store
from oco_desktop.storage.vault import Vault


def build_letter(vault: Vault, kind: LetterKind | str, client_id: str, *, case_id: str | None = None,
                 lang: str = "nl", today: date | None = None, settings: Settings | None = None,
                 calendar: HolidayCalendar | None = None) -> Letter:
    client = clients.get_client(vault, client_id)
    case = cases.get_case(vault, case_id) if case_id else cases.current_case(vault, client_id)
    if case is None:
        raise UsageError(f"Cliënt {client_id} heeft nog geen casus. Maak eerst een casus met de datums van de route.")
    if case.client_id != client_id:
        raise NotFound(f"Casus {case.id} hoort niet bij cliënt {client_id}.")
    settings = settings or Settings()
    route = route_store.load(vault, case.id)
    resident = LetterParty(client.name, client.address, client.phone)
    return make_letter(
        kind, route, resident, today or date.today(), calendar or load_calendar(), lang=lang,
        municipality=settings.get("municipality_name"), supporter_name=settings.get("supporter_name"),
        organisation=settings.get("supporter_organisation"),
    )


def export_letter(vault: Vault, kind: LetterKind | str, client_id: str, path: str | os.PathLike[str], **kw) -> Path:
    today = kw.get("today") or date.today()
    kw["today"] = today
    letter = build_letter(vault, kind, client_id, **kw)
    written = render_letter(letter, path, today, vault_folder=vault.folder)
    from oco_desktop.storage import access_log

    access_log.record(vault, "export", client_id, detail="letter")
    return written
