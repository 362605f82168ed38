"""Shared helpers for the personal-plan tests: a real vault with a client, a case, a plan and a note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from oco_desktop.domain.checklist_models import Definitions
from oco_desktop.domain.checklists import load_definitions
from oco_desktop.domain.models import Client, Consent, LifeDomainQuestion, Note
from oco_desktop.storage import cases, clients, notes, plans
from oco_desktop.storage.vault import Vault

PASSPHRASE = "keukentafel-plan-2026"
NAMES = ("Şükrü Yılmaz", "Łukasz Wróbel", "Nguyễn Thị Hoa", "محمد الأحمد")
SECRET_NOTE = "ALLEEN-VOOR-DE-ONDERSTEUNER-7Q3X"
REQUEST = date(2026, 11, 5)  # a Thursday: +7 = Thursday 12 November, +6 weeks = Thursday 17 December
INTERVIEW = date(2026, 11, 19)


def definitions(lang: str = "nl") -> Definitions:
    return load_definitions(lang=lang, user_overrides=False)


@dataclass
class PlanCase:
    client_id: str
    case_id: str
    domains: tuple[str, str]


def add_plan_case(vault: Vault, defs: Definitions, name: str = NAMES[0], *, with_note: bool = True) -> PlanCase:
    """A client with consent, two life domains in play, a case with dates, plan text and a note."""
    client = clients.add_client(vault, Client(name=name))
    clients.record_consent(vault, client.id, Consent("Gegevens bewaren", "verbal", date(2026, 11, 2)))
    first, second = defs.life_domains[0].id, defs.life_domains[1].id
    clients.set_life_domains(vault, client.id, [LifeDomainQuestion(first, "Ik kan de trap niet meer op."),
                                                LifeDomainQuestion(second, "")])
    case = cases.open_case(vault, client.id, "Wmo-aanvraag", date(2026, 11, 3))
    plans.set_dates(vault, case.id, REQUEST, INTERVIEW)
    plans.save_section(vault, defs, case.id, "about_me", f"Ik ben {name}. Mijn buurvrouw is {NAMES[2]}.")
    plans.save_section(vault, defs, case.id, "my_network", f"Mijn neef {NAMES[3]} doet de boodschappen.")
    plans.save_section(vault, defs, case.id, "who_comes_along", f"Mijn cliëntondersteuner {NAMES[1]}.")
    if with_note:
        notes.add_note(vault, Note(client_id=client.id, contact_on=date(2026, 11, 4), body=SECRET_NOTE,
                                   case_id=case.id, contact_type="home_visit", minutes=30))
    return PlanCase(client.id, case.id, (first, second))


def make_vault(folder) -> Vault:
    vault, _code = Vault.create(folder, PASSPHRASE)
    return vault
