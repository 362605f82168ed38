"""Questions without a file, the signals register and the per-case registration fields, in a real vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from oco_desktop.domain.models import Note
from oco_desktop.domain.registration import QuestionWithoutFile, Signal, name_parts, names_in_text
from oco_desktop.errors import InvalidValue
from oco_desktop.storage import cases, notes, registration
from tests.vault_helpers import add_client_with_consent, make_vault


@pytest.fixture
def vault(tmp_path):
    v = make_vault(tmp_path / "kluis")
    yield v
    v.close()


def test_question_without_file_round_trip_and_period_filter(vault):
    q = registration.save_question(vault, QuestionWithoutFile(
        asked_on=date(2026, 11, 2), channel="walk_in", outcome="referred_on", referrer="gp",
        target_groups=["older_people"], life_domains=["housing", "care_wmo"], minutes=20, topic="Traplift"))
    assert q.id
    got = registration.get_question(vault, q.id)
    assert (got.channel, got.outcome, got.referrer, got.minutes, got.topic) == ("walk_in", "referred_on", "gp", 20,
                                                                                 "Traplift")
    assert got.life_domains == ["care_wmo", "housing"]
    registration.save_question(vault, replace(got, outcome="answered"))
    assert registration.get_question(vault, q.id).outcome == "answered"
    assert [x.id for x in registration.questions(vault, date(2026, 11, 1), date(2026, 11, 30))] == [q.id]
    assert registration.questions(vault, date(2026, 12, 1), date(2026, 12, 31)) == []
    registration.delete_question(vault, q.id)
    assert registration.questions(vault) == []


@pytest.mark.parametrize("change", [
    {"channel": "fax"}, {"outcome": "maybe"}, {"referrer": "neighbour"}, {"minutes": -5}, {"topic": "x" * 121},
])
def test_question_refuses_bad_values(vault, change):
    q = replace(QuestionWithoutFile(asked_on=date(2026, 11, 2), channel="phone"), **change)
    with pytest.raises(InvalidValue):
        registration.save_question(vault, q)


def test_topic_is_checked_against_client_names(vault):
    add_client_with_consent(vault, "Şükrü Yılmaz")
    add_client_with_consent(vault, "Anna van der Berg")
    assert registration.client_names_in(vault, "Vraag van sukru over huur") == ["sukru"]
    assert registration.client_names_in(vault, "Mevrouw Berg belde") == ["Berg"]
    # Particles and ordinary words do not warn.
    assert registration.client_names_in(vault, "Brief van de gemeente over de huur") == []
    assert names_in_text("Jan", name_parts(["Jan de Vries"])) == ["Jan"]


def test_signal_register_round_trip_and_status(vault):
    s = registration.save_signal(vault, Signal(noted_on=date(2026, 10, 1), category="waiting_list",
                                               concerns="provider", concerns_name="Thuiszorg Samen",
                                               life_domain="care_wmo", description="Wachtlijst van 12 weken"))
    assert registration.get_signal(vault, s.id).status == "noted"
    with pytest.raises(InvalidValue, match="aan wie"):
        registration.save_signal(vault, replace(s, status="passed_on"))
    passed = registration.save_signal(vault, replace(s, status="passed_on", passed_to="Gemeente",
                                                     passed_on=date(2026, 10, 5)))
    assert (passed.status, passed.passed_to, passed.passed_on) == ("passed_on", "Gemeente", date(2026, 10, 5))
    with pytest.raises(InvalidValue):
        registration.save_signal(vault, replace(s, category="resident"))
    assert [x.id for x in registration.signals(vault)] == [s.id]


def test_case_fields_contact_minutes_per_domain_and_lead_time(vault):
    client = add_client_with_consent(vault)
    case = cases.open_case(vault, client.id, "Wmo", opened_on=date(2026, 9, 10))
    notes.add_note(vault, Note(client_id=client.id, case_id=case.id, contact_on=date(2026, 9, 1), minutes=45,
                               life_domains=["housing", "care_wmo"], contact_type="phone"))
    notes.add_note(vault, Note(client_id=client.id, case_id=case.id, contact_on=date(2026, 9, 20), minutes=30,
                               life_domains=["housing"]))
    notes.add_note(vault, Note(client_id=client.id, case_id=case.id, contact_on=date(2026, 9, 21), minutes=10))
    assert registration.contact_minutes_by_domain(vault, case.id) == {"care_wmo": 23, "housing": 52, "": 10}
    assert registration.lead_time_to_closing(vault, case.id) is None
    case = cases.get_case(vault, case.id)
    saved = cases.save_case(vault, replace(case, referrer="neighbourhood_team", appreciation=8,
                                           appreciation_method="phone", control_answer=4, status="closed",
                                           closed_on=date(2026, 11, 30)))
    assert (saved.referrer, saved.appreciation_method, saved.control_answer) == ("neighbourhood_team", "phone", 4)
    # First contact is the note of 1 September, before the case was opened.
    assert registration.lead_time_to_closing(vault, case.id) == 90
    for bad in ({"referrer": "x"}, {"appreciation_method": "guess"}, {"control_answer": 6}):
        with pytest.raises(InvalidValue):
            cases.save_case(vault, replace(saved, **bad))


def test_redact_names_keeps_other_words():
    from oco_desktop.domain.registration import redact_names

    parts = name_parts(["Şükrü Yılmaz", "Anna van der Berg"])
    assert redact_names("Sukru en mevrouw Berg van de gemeente", parts) == "[…] en mevrouw […] van de gemeente"
