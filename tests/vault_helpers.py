"""Shared helpers for tests that need a vault with some content."""

from __future__ import annotations

from datetime import date

from oco_desktop.domain.models import Client, Consent, Note
from oco_desktop.storage import cases, clients, notes
from oco_desktop.storage.vault import Vault

PASSPHRASE = "keukentafel-2026"


def make_vault(folder) -> Vault:
    vault, _code = Vault.create(folder, PASSPHRASE)
    return vault


def add_client_with_consent(vault: Vault, name: str = "Şükrü Yılmaz") -> Client:
    client = clients.add_client(vault, Client(name=name))
    clients.record_consent(vault, client.id, Consent("Gegevens bewaren voor de ondersteuning", "verbal",
                                                     date(2026, 11, 2)))
    return client


def add_note(vault: Vault, client_id: str, body: str, on: date = date(2026, 11, 3)) -> Note:
    case = cases.current_case(vault, client_id) or cases.open_case(vault, client_id, "Wmo-aanvraag")
    return notes.add_note(vault, Note(client_id=client_id, contact_on=on, body=body, case_id=case.id,
                                      contact_type="home_visit", minutes=45))
