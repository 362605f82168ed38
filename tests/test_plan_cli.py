"""`oco-desktop plan export` and `oco-desktop subject-access`, in process, with the exit-code contract.

An output path that cannot be written is a usage error: exit 2 (like an unknown client id).
"""

from __future__ import annotations

import json

import pypdf
import pytest

from oco_desktop.cli import main
from tests.plan_helpers import NAMES, PASSPHRASE, SECRET_NOTE, add_plan_case, definitions, make_vault


@pytest.fixture
def vault_with_client(tmp_path, monkeypatch):
    folder = tmp_path / "vault"
    vault = make_vault(folder)
    pc = add_plan_case(vault, definitions(), NAMES[2])
    vault.close()
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    return folder, pc


def test_plan_export_writes_the_pdf(vault_with_client, tmp_path, capsys):
    folder, pc = vault_with_client
    out = tmp_path / "plan.pdf"
    code = main(["plan", "export", pc.client_id, "--out", str(out), "--vault", str(folder)])
    assert code == 0
    assert str(out) in capsys.readouterr().out
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Uw persoonlijk plan" in text and SECRET_NOTE not in text


def test_plan_export_english_large_print(vault_with_client, tmp_path):
    folder, pc = vault_with_client
    out = tmp_path / "plan-en.pdf"
    assert main(["--vault", str(folder), "plan", "export", pc.client_id, "--out", str(out), "--lang", "en",
                 "--large-print"]) == 0
    reader = pypdf.PdfReader(out)
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert "Your personal plan" in reader.pages[0].extract_text()


def test_unknown_client_is_exit_2_with_a_clear_message(vault_with_client, tmp_path, capsys):
    folder, _pc = vault_with_client
    out = tmp_path / "plan.pdf"
    assert main(["plan", "export", "no-such-id", "--out", str(out), "--vault", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "Er is geen cliënt met id no-such-id" in err
    assert not out.exists()


def test_wrong_passphrase_is_exit_3(vault_with_client, tmp_path, monkeypatch):
    folder, pc = vault_with_client
    monkeypatch.setenv("OCO_PASSPHRASE", "not the passphrase")
    assert main(["plan", "export", pc.client_id, "--out", str(tmp_path / "p.pdf"), "--vault", str(folder)]) == 3


def test_missing_vault_is_exit_4(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    code = main(["plan", "export", "x", "--out", str(tmp_path / "p.pdf"), "--vault", str(tmp_path / "nope")])
    assert code == 4
    assert "Er is geen kluis" in capsys.readouterr().err


def test_unwritable_path_is_exit_2_with_a_clear_message(vault_with_client, tmp_path, capsys):
    folder, pc = vault_with_client
    assert main(["plan", "export", pc.client_id, "--out", str(tmp_path / "no" / "dir" / "p.pdf"),
                 "--vault", str(folder)]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    # A folder given as the file name.
    assert main(["plan", "export", pc.client_id, "--out", str(tmp_path), "--vault", str(folder)]) == 2
    assert "is een map" in capsys.readouterr().err


def test_subject_access_json_and_pdf(vault_with_client, tmp_path, capsys):
    folder, pc = vault_with_client
    json_out, pdf_out = tmp_path / "inzage.json", tmp_path / "inzage.pdf"
    assert main(["subject-access", pc.client_id, "--out", str(json_out), "--vault", str(folder)]) == 0
    data = json.loads(json_out.read_text(encoding="utf-8"))
    assert data["client"]["name"] == NAMES[2]
    assert "Nguyễn" in json_out.read_text(encoding="utf-8")  # ensure_ascii=False
    assert data["notes"][0]["body"] == SECRET_NOTE  # subject access DOES include notes
    assert main(["subject-access", pc.client_id, "--pdf", str(pdf_out), "--json", str(tmp_path / "b.json"),
                 "--vault", str(folder)]) == 0
    assert SECRET_NOTE in " ".join(p.extract_text() for p in pypdf.PdfReader(pdf_out).pages)
    assert (tmp_path / "b.json").exists()


def test_subject_access_needs_a_known_format(vault_with_client, tmp_path, capsys):
    folder, pc = vault_with_client
    assert main(["subject-access", pc.client_id, "--out", str(tmp_path / "x.txt"), "--vault", str(folder)]) == 2
    assert ".pdf of .json" in capsys.readouterr().err
    assert main(["subject-access", "no-such-id", "--out", str(tmp_path / "x.json"), "--vault", str(folder)]) == 2
