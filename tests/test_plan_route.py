"""The plan PDF after issue 12: no passed deadline as an instruction, one voice, words explained once,
the added sections, the route as title and addressee, the family-group variant, the supporter's details
from the settings, and the supporter's signature only on request."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pypdf
import pytest

from oco_desktop.cli import main
from oco_desktop.domain.models import NetworkMember
from oco_desktop.export.pdf_plan import WORDS, PlanDocument, PlanSection, render_plan_pdf
from oco_desktop.export.plan_builder import build_plan_document, export_plan_pdf
from oco_desktop.settings import Settings
from oco_desktop.storage import clients, plans
from oco_desktop.storage import route as route_store
from tests.plan_helpers import NAMES, PASSPHRASE, SECRET_NOTE, add_plan_case, definitions, make_vault


def text_of(path) -> str:
    raw = " ".join(unicodedata.normalize("NFKC", p.extract_text()) for p in pypdf.PdfReader(path).pages)
    return re.sub(r"\s+", " ", raw)


def doc(**kw) -> PlanDocument:
    values = dict(resident_name="Şükrü Yılmaz", document_date=date(2026, 11, 30), request_date=date(2026, 6, 18),
                  plan_deadline=date(2026, 6, 25), interview_date=date(2026, 7, 2),
                  assessment_deadline=date(2026, 7, 30),
                  sections=[PlanSection("Over u", "Wie bent u?", "Ik heb hulp nodig bij de ggz en wil een pgb.")])
    values.update(kw)
    return PlanDocument(**values)


def test_plan_printed_after_its_deadlines_gives_no_passed_date_as_an_instruction(tmp_path):
    out = render_plan_pdf(doc(), tmp_path / "plan.pdf")
    text = text_of(out)
    assert "25 juni 2026" not in text  # the passed plan deadline is not printed at all
    assert "uiterlijk op donderdag 25 juni" not in text and "Geef dit plan" not in text
    assert "U kunt dit plan aan de gemeente geven." in text
    assert "Het gesprek met de gemeente was op donderdag 2 juli 2026." in text
    assert "De gemeente moest het onderzoek uiterlijk op donderdag 30 juli 2026 klaar hebben." in text
    assert "De gemeente leest het" not in text


def test_future_deadline_is_printed_with_uiterlijk_op(tmp_path):
    out = render_plan_pdf(doc(document_date=date(2026, 6, 20)), tmp_path / "plan.pdf")
    text = text_of(out)
    assert "U kunt dit plan uiterlijk op donderdag 25 juni 2026 aan de gemeente geven." in text
    assert "Het gesprek met de gemeente is op donderdag 2 juli 2026." in text


def test_supporter_signs_only_on_request_and_helper_line(tmp_path):
    plain = text_of(render_plan_pdf(doc(supporter_name="Łukasz Wróbel", supporter_organisation="Stichting OCO",
                                        supporter_contact="030-1234567"), tmp_path / "a.pdf"))
    assert "Hulp bij dit plan: Łukasz Wróbel, Stichting OCO, 030-1234567." in plain
    assert "Cliëntondersteuner" not in plain  # no second signature column by default
    signed = text_of(render_plan_pdf(doc(supporter_name="Łukasz Wróbel", supporter_signature=True),
                                     tmp_path / "b.pdf"))
    assert "Cliëntondersteuner (heeft geholpen)" in signed


def test_words_are_explained_once_and_only_when_used(tmp_path):
    text = text_of(render_plan_pdf(doc(), tmp_path / "plan.pdf"))
    for word in ("Wmo", "ggz", "pgb", "onderzoek"):
        explanation = re.sub(r"\s+", " ", WORDS["nl"][word])
        assert text.count(explanation) == 1, word
    assert WORDS["nl"]["Wlz"] not in text  # not used in this plan: not explained


@pytest.mark.parametrize(("route", "title", "voor", "intro"), [
    ("wmo", "Uw persoonlijk plan", "Voor: de gemeente (Wmo)", "U kunt dit plan aan de gemeente geven."),
    ("jeugdwet", "Uw persoonlijk plan voor jeugdhulp", "Voor: de gemeente (jeugdhulp, Jeugdwet)",
     "U kunt dit plan aan de gemeente geven."),
    ("wlz", "Uw persoonlijk plan voor langdurige zorg", "Voor: het CIZ (Wlz, langdurige zorg)",
     "U kunt dit plan aan het CIZ geven."),
    ("zvw", "Uw persoonlijk plan voor de zorgverzekeraar", "Voor: de zorgverzekeraar of de wijkverpleging (Zvw)",
     "U kunt dit plan aan de zorgverzekeraar geven."),
    ("other", "Uw persoonlijk plan", "Voor: wie u zelf kiest", "U kunt dit plan aan wie u zelf kiest geven."),
])
def test_route_sets_title_and_addressee(tmp_path, route, title, voor, intro):
    out = render_plan_pdf(doc(route=route, document_date=date(2026, 6, 20)), tmp_path / "plan.pdf")
    text = text_of(out)
    assert voor in text and intro in text
    assert pypdf.PdfReader(out).metadata.title == f"{title} - Şükrü Yılmaz"
    # The Wmo's own dates only on the Wmo route.
    assert ("uiterlijk op donderdag 25 juni 2026" in text) == (route == "wmo")


def test_one_voice_in_the_static_texts():
    from oco_desktop.export.pdf_plan import TEXTS

    for key, value in TEXTS["nl"].items():
        assert not re.search(r"\b(ik|mij|mijn)\b", value, re.IGNORECASE), key
        for sentence in re.split(r"(?<=[.?!])\s+", value):
            assert len(sentence.split()) <= 15, sentence


@pytest.fixture
def vault_case(tmp_path):
    vault = make_vault(tmp_path / "v")
    defs = definitions()
    pc = add_plan_case(vault, defs, NAMES[0])
    yield vault, defs, pc
    if vault.is_open:
        vault.close()


def test_built_from_the_vault_with_route_family_and_settings(vault_case, tmp_path):
    vault, defs, pc = vault_case
    for section_id, body in (("what_does_not_go_well", "Douchen lukt niet meer."),
                             ("already_tried", "Een douchestoel geprobeerd."),
                             ("carer_load", "Mijn dochter is moe."),
                             ("help_preferences", "Liever een pgb."),
                             ("other_routes", "Misschien later de Wlz.")):
        plans.save_section(vault, defs, pc.case_id, section_id, body)
    clients.save_network_member(vault, pc.client_id, NetworkMember(NAMES[2], "buurvrouw"))
    clients.save_network_member(vault, pc.client_id, NetworkMember(NAMES[1], "zoon", True))
    r = route_store.load(vault, pc.case_id)
    r.route, r.interview_said = "wlz", "GESPREK-NIET-IN-PLAN"
    route_store.save(vault, r)
    settings = Settings()
    settings.set("supporter_name", "Anna Ondersteuner")
    settings.set("supporter_organisation", "Stichting OCO")
    settings.set("supporter_contact", "anna@example.org")
    d = build_plan_document(vault, defs, pc.client_id, today=date(2026, 11, 30), family_group=True)
    assert d.route == "wlz" and d.family_group
    assert sorted(d.family_members) == sorted([f"{NAMES[2]} (buurvrouw)", f"{NAMES[1]} (zoon)"])
    out = export_plan_pdf(vault, defs, pc.client_id, tmp_path / "plan.pdf", today=date(2026, 11, 30),
                          family_group=True)
    text = text_of(out)
    assert "Uw familiegroepsplan voor langdurige zorg" in text and "Wie er meedoen aan dit plan" in text
    assert f"{NAMES[2]} (buurvrouw)" in text
    assert "Voor: het CIZ" in text
    assert "Hulp bij dit plan: Anna Ondersteuner, Stichting OCO, anna@example.org." in text
    for heading in ("Wat niet goed gaat, en wat dat betekent voor uw dag", "Wat u al heeft geprobeerd",
                    "Hoe zwaar het is voor wie u helpt", "Wat u belangrijk vindt bij de hulp",
                    "Hulp via andere wegen"):
        assert heading in text
    assert "Douchen lukt niet meer." in text and "Mijn dochter is moe." in text
    assert SECRET_NOTE not in text and "GESPREK-NIET-IN-PLAN" not in text
    assert "Cliëntondersteuner (heeft geholpen)" not in text


def test_cli_plan_options(vault_case, tmp_path, monkeypatch):
    vault, _defs, pc = vault_case
    vault.close()
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "p.pdf"
    assert main(["plan", "export", pc.client_id, "--out", str(out), "--family-group", "--supporter-signature",
                 "--vault", str(tmp_path / "v")]) == 0
    text = text_of(out)
    assert "Uw familiegroepsplan" in text and "Cliëntondersteuner (heeft geholpen)" in text
