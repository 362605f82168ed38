"""Letters the resident signs: objection and notice of default, as PDF and plain text, via the CLI."""

from __future__ import annotations

import re
from datetime import date

import pypdf
import pytest

from oco_desktop.cli import main
from oco_desktop.domain.holidays import STATUTORY_ONLY
from oco_desktop.domain.letters import LetterParty, MissingDate, default_letter, objection_letter
from oco_desktop.domain.route import Route
from oco_desktop.export.letter_builder import export_letter
from oco_desktop.settings import Settings
from oco_desktop.storage import clients
from oco_desktop.storage import route as route_store
from tests.plan_helpers import NAMES, PASSPHRASE, SECRET_NOTE, add_plan_case, definitions, make_vault

TODAY = date(2026, 11, 30)
RESIDENT = LetterParty("Şükrü Yılmaz", "Dorpsstraat 1\n1234 AB Ergens", "06-12345678")


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)


def test_objection_names_the_decision_date_reference_and_last_day():
    route = Route(decision_sent_date=date(2026, 11, 20), decision_reference="WMO/2026/123")
    letter = objection_letter(route, RESIDENT, TODAY, STATUTORY_ONLY, municipality="Ergens",
                              supporter_name="Łukasz Wróbel", organisation="MEE Ergens")
    text = letter.as_text()
    assert "bezwaar tegen uw beslissing van vrijdag 20 november 2026, kenmerk WMO/2026/123" in text
    assert "De laatste dag om bezwaar te maken is maandag 4 januari 2027" in text
    assert "Datum: maandag 30 november 2026" in text
    assert "gemeente Ergens" in text
    # The resident signs; the supporter only helped.
    assert letter.signer == "Şükrü Yılmaz"
    signature_block = text.split("Handtekening:")[1].split("Bijlage")[0]
    assert "Şükrü Yılmaz" in signature_block and "Wróbel" not in signature_block
    assert "Hulp bij deze brief: Łukasz Wróbel, cliëntondersteuner bij MEE Ergens." in text
    assert "{" not in text and "}" not in text  # every placeholder filled


def test_objection_without_decision_date_names_the_missing_date():
    with pytest.raises(MissingDate, match="de beslissing heeft verstuurd ontbreekt") as info:
        objection_letter(Route(), RESIDENT, TODAY, STATUTORY_ONLY)
    assert info.value.exit_code == 2


def test_default_for_a_late_decision_says_what_happens_after_two_weeks():
    route = Route(request_date=date(2026, 9, 1), application_date=date(2026, 11, 2))
    text = default_letter(route, RESIDENT, TODAY, STATUTORY_ONLY).as_text()
    assert "Op maandag 2 november 2026 heb ik een aanvraag gedaan" in text
    assert "uiterlijk op maandag 16 november 2026 beslissen" in text
    assert "stel ik u in gebreke" in text
    assert "dwangsom (artikel 4:17" in text and "artikel 6:12" in text
    assert "dinsdag 1 december 2026" in text and "dinsdag 15 december 2026" in text
    assert "gemeente ____" in text  # no municipality in the settings: a line to fill in
    # B1: short sentences (the address and the subject line are not sentences).
    body = "\n".join(default_letter(route, RESIDENT, TODAY, STATUTORY_ONLY).paragraphs)
    for sentence in re.split(r"(?<=[.?!])\s+", body):
        assert len(sentence.split()) <= 15, sentence


def test_default_for_a_late_assessment_and_with_an_extension():
    text = default_letter(Route(request_date=date(2026, 9, 1)), RESIDENT, TODAY, STATUTORY_ONLY).as_text()
    assert "melding" in text and "dinsdag 13 oktober 2026" in text and "verslag" in text
    route = Route(application_date=date(2026, 10, 1), decision_extended_to=date(2026, 11, 13))
    text = default_letter(route, RESIDENT, TODAY, STATUTORY_ONLY).as_text()
    assert "meer tijd" in text and "vrijdag 13 november 2026" in text


def test_default_refused_without_dates_or_before_the_municipality_is_late():
    with pytest.raises(MissingDate, match="de datum van de aanvraag .* ontbreekt"):
        default_letter(Route(), RESIDENT, TODAY, STATUTORY_ONLY)
    with pytest.raises(MissingDate, match="nog niet te laat"):
        default_letter(Route(application_date=date(2026, 11, 25)), RESIDENT, TODAY, STATUTORY_ONLY)
    with pytest.raises(MissingDate, match="al beslist"):
        default_letter(Route(application_date=date(2026, 10, 1), decision_sent_date=date(2026, 10, 9)),
                       RESIDENT, TODAY, STATUTORY_ONLY)


def test_english_letter():
    route = Route(decision_sent_date=date(2026, 11, 20))
    text = objection_letter(route, RESIDENT, TODAY, STATUTORY_ONLY, lang="en").as_text()
    assert "your decision of Friday 20 November 2026" in text and "Monday 4 January 2027" in text


@pytest.fixture
def vault_case(tmp_path, monkeypatch):
    folder = tmp_path / "vault"
    vault = make_vault(folder)
    defs = definitions()
    pc = add_plan_case(vault, defs, NAMES[0])
    client = clients.get_client(vault, pc.client_id)
    client.address = "Dorpsstraat 1"
    clients.update_client(vault, client)
    # Interview texts are the supporter's working notes: they must never reach a letter.
    r = route_store.load(vault, pc.case_id)
    r.interview_said = "GESPREKSTEKST-NOOIT-IN-BRIEF"
    route_store.save(vault, r)
    yield vault, folder, pc
    if vault.is_open:
        vault.close()


def test_export_pdf_and_text_from_the_vault(vault_case, tmp_path):
    vault, _folder, pc = vault_case
    route_store.set_dates(vault, pc.case_id, application_date=date(2026, 11, 20),
                          decision_sent_date=date(2026, 11, 27))
    settings = Settings()
    settings.set("supporter_name", NAMES[1])
    settings.set("supporter_organisation", "Stichting OCO")
    settings.set("municipality_name", "Utrecht")
    pdf = export_letter(vault, "objection", pc.client_id, tmp_path / "bezwaar.pdf", today=TODAY)
    text = pdf_text(pdf)
    assert "vrijdag 27 november 2026" in text and "gemeente Utrecht" in text
    assert "Stichting OCO" in text and NAMES[0] in text
    assert SECRET_NOTE not in text and "GESPREKSTEKST" not in text
    txt = export_letter(vault, "objection", pc.client_id, tmp_path / "bezwaar.txt", today=TODAY)
    plain = txt.read_text(encoding="utf-8")
    assert plain.startswith(NAMES[0]) and "Stichting OCO" in plain and SECRET_NOTE not in plain
    assert not list(tmp_path.glob("*.part"))
    details = [r[0] for r in vault.conn.execute(
        "SELECT detail FROM access_log WHERE client_id = ? AND kind = 'export'", (pc.client_id,))]
    assert details.count("letter") == 2


def test_cli_letter_exit_codes(vault_case, tmp_path, monkeypatch, capsys):
    vault, folder, pc = vault_case
    vault.close()
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "brief.pdf"
    # The case has a request but no decision yet: the objection letter needs the decision's date.
    assert main(["letter", "objection", pc.client_id, "--out", str(out), "--vault", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "de datum waarop de gemeente de beslissing heeft verstuurd ontbreekt" in err
    assert not out.exists()
    # The request of 5 November 2026: assessment due 17 December, so not late yet -> exit 2 too.
    assert main(["letter", "default", pc.client_id, "--out", str(out), "--vault", str(folder)]) == 2
    assert "nog niet te laat" in capsys.readouterr().err
    assert main(["letter", "objection", "no-such-id", "--out", str(out), "--vault", str(folder)]) == 2
    monkeypatch.setenv("OCO_PASSPHRASE", "wrong")
    assert main(["letter", "objection", pc.client_id, "--out", str(out), "--vault", str(folder)]) == 3


def test_cli_letter_writes_the_pdf(vault_case, tmp_path, monkeypatch, capsys):
    vault, folder, pc = vault_case
    route_store.set_dates(vault, pc.case_id, application_date=date(2026, 11, 6))
    vault.close()
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "ingebrekestelling.pdf"
    assert main(["letter", "default", pc.client_id, "--out", str(out), "--vault", str(folder)]) == 0
    text = pdf_text(out)
    assert "Ingebrekestelling" in text and "vrijdag 6 november 2026" in text
    assert SECRET_NOTE not in text and "GESPREKSTEKST" not in text
    out_en = tmp_path / "default-en.pdf"
    assert main(["letter", "default", pc.client_id, "--out", str(out_en), "--lang", "en", "--vault", str(folder)]) == 0
    assert "notice of default" in pdf_text(out_en)


def test_cli_letter_refuses_a_target_inside_the_vault(vault_case, monkeypatch, capsys):
    vault, folder, pc = vault_case
    route_store.set_dates(vault, pc.case_id, application_date=date(2026, 11, 6))
    vault.close()
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    target = folder / "brief.pdf"
    assert main(["letter", "default", pc.client_id, "--out", str(target), "--vault", str(folder)]) == 2
    assert not target.exists()
