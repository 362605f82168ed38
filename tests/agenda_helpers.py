"""A small caseload with follow-ups and legal dates around a fixed 'today', for the agenda tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from oco_desktop.domain.models import Client, Consent, FollowUp, Note
from oco_desktop.storage import cases, clients, follow_ups, notes
from oco_desktop.storage.vault import Vault

TODAY = date(2026, 11, 19)  # a Thursday
PASSPHRASE = "keukentafel-2026"


@dataclass
class Demo:
    vault: Vault
    anna: Client
    bert: Client
    anna_case: object
    bert_case: object
    overdue: FollowUp
    today_call: FollowUp
    this_week: FollowUp
    later: FollowUp
    done: FollowUp


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def add_client(vault: Vault, name: str, preferred: str = "", address: str = "") -> Client:
    client = clients.add_client(vault, Client(name=name, preferred_name=preferred, address=address,
                                              phone="06-12345678"))
    clients.record_consent(vault, client.id, Consent("Gegevens bewaren", "verbal", day(-60)))
    return client


def make_demo(folder) -> Demo:
    vault, _code = Vault.create(folder, PASSPHRASE)
    anna = add_client(vault, "Anna de Vries", preferred="Annie", address="Kerkstraat 12, Utrecht")
    bert = add_client(vault, "Bert Jansen", address="Dorpsweg 3, Houten")
    anna_case = cases.open_case(vault, anna.id, "Wmo-aanvraag huishoudelijke hulp", opened_on=day(-40),
                                phase="access")
    bert_case = cases.open_case(vault, bert.id, "Schulden en inkomen", opened_on=day(-90))

    def add(case, kind, offset, time=None, description=""):
        return follow_ups.add_follow_up(vault, FollowUp(case_id=case.id, kind=kind, due_on=day(offset),
                                                        due_time=time, description=description))

    overdue = add(anna_case, "call", -2, description="Annie de Vries bellen over de brief")
    today_call = add(bert_case, "visit", 0, "14:30", "Huisbezoek bij Bert, Dorpsweg 3")
    this_week = add(anna_case, "accompany", 5, "10:00", "Keukentafelgesprek met Annie")
    later = add(bert_case, "document", 12, description="Bankafschriften ophalen")
    done = add(bert_case, "call", -1, description="Al gebeld")
    follow_ups.set_done(vault, done.id)
    return Demo(vault, anna, bert, anna_case, bert_case, overdue, today_call, this_week, later, done)


def add_note(vault: Vault, client: Client, case_id: str | None, on: date, body: str = "Gesprek") -> Note:
    return notes.add_note(vault, Note(client_id=client.id, contact_on=on, body=body, case_id=case_id,
                                      contact_type="phone", minutes=15))
