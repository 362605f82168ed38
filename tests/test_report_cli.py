"""`oco-desktop report` and `report-merge` on real demo vaults: nothing identifying in any output (PDF text
included), matrix totals equal the case counts, no small cell visible or derivable, three merged files
equal the report of their union, and every bad input exits 2 or 4 with one line naming the problem."""

from __future__ import annotations

import json
import re
from datetime import date

import pypdf
import pytest

from oco_desktop.cli import main
from oco_desktop.domain.demo_people import make_person
from oco_desktop.domain.suppression import audit
from oco_desktop.reports import service
from oco_desktop.storage import demo_registration, org_key
from oco_desktop.storage.demo_fill import _store_person
from tests.vault_helpers import PASSPHRASE, make_vault

TODAY = date(2026, 11, 30)
PERIOD = ["--from", "2025-12-01", "--to", "2026-11-30"]
ORG_PASS = "coordinator-sleutel-2026"


def populate(vault, seed: int, count: int = 25) -> list:
    people = [make_person(seed, i, today=TODAY) for i in range(count)]
    with vault.transaction() as conn:
        for person in people:
            _store_person(vault, person)
        demo_registration._case_fields(conn, seed)  # noqa: SLF001
        demo_registration._questions_and_signals(vault, seed, 0, count, TODAY)  # noqa: SLF001
    return people


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """Three supporters' vaults and one vault holding all three (same people, same registrations)."""
    from oco_desktop.storage import keys

    saved = keys.ACTIVE_KDF
    keys.ACTIVE_KDF = keys.TEST_KDF
    root = tmp_path_factory.mktemp("report")
    people = []
    for seed in (1, 2, 3):
        with make_vault(root / f"v{seed}") as vault:
            people += populate(vault, seed)
    with make_vault(root / "union") as vault:
        for seed in (1, 2, 3):
            populate(vault, seed)
    public, private = org_key.write_key_pair(root / "org", ORG_PASS)
    keys.ACTIVE_KDF = saved
    return {"root": root, "people": people, "public": public, "private": private}


def run(capsys, *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    return code, capsys.readouterr().err


def report(capsys, monkeypatch, vault, out, *extra) -> None:
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    code, err = run(capsys, "--vault", str(vault), "report", *PERIOD, "--out", str(out), *extra)
    assert code == 0, err


def identifying(people) -> list[str]:
    found = []
    for p in people:
        c = p.client
        found += [c.name, c.id, c.date_of_birth.isoformat(), c.date_of_birth.strftime("%d-%m-%Y")]
        if c.preferred_name:
            found.append(c.preferred_name)
        found += re.findall(r"\d{4} [A-Z]{2}", c.address)
        found += [n.body[:40] for n in p.notes if len(n.body) >= 40]
    return found


@pytest.mark.parametrize("extra", [(), ("--lang", "en"), ("--with-signal-text",), ("--min-cell", "3")])
def test_no_identifying_data_in_any_output(demo, tmp_path, capsys, monkeypatch, extra):
    secrets = identifying(demo["people"])
    for suffix in ("pdf", "csv", "json"):
        out = tmp_path / f"r.{suffix}"
        report(capsys, monkeypatch, demo["root"] / "v1", out, *extra)
        data = out.read_bytes()
        texts = [(data.decode("utf-8", "replace"), 8 if suffix == "pdf" else 1)]
        if suffix == "pdf":
            texts.append(("\n".join(page.extract_text() for page in pypdf.PdfReader(out).pages), 1))
        for text, min_len in texts:
            # Whole words: a short preferred name such as "Lan" may be part of an ordinary word; in the
            # compressed PDF bytes only long strings (ids, dates, full names) are meaningful to look for.
            hits = [s for s in secrets
                    if len(s) >= min_len and re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text)]
            assert hits == [], (suffix, hits[:3])


def test_json_format_totals_and_suppression(demo, tmp_path, capsys, monkeypatch):
    out = tmp_path / "r.json"
    report(capsys, monkeypatch, demo["root"] / "v1", out, "--min-cell", "1")
    doc = json.loads(out.read_text("utf-8"))
    assert doc["format"] == "oco-report/1"
    assert doc["period"] == {"from": "2025-12-01", "to": "2026-11-30"}
    sections = {s["id"]: s for s in doc["sections"]}

    def cell(section, row, column="value"):
        for r in sections[section]["rows"]:
            if r["row"] == row:
                for c in r["cells"]:
                    if c["column"] == column:
                        return c["value"]
        raise KeyError((section, row, column))

    cases = cell("summary", "cases")
    # With --min-cell 1 nothing is hidden: the matrix adds up to the number of cases, per phase too.
    matrix = sections["matrix"]
    inner = [c["value"] for r in matrix["rows"] if r["row"] != "*" for c in r["cells"] if c["column"] != "*"]
    assert sum(inner) == cases == cell("matrix", "*", "*")
    assert sum(cell("phase", p) for p in ("orientation", "access", "during_support")) == cases
    for p in ("orientation", "access", "during_support"):
        assert cell(f"matrix@{p}", "*", "*") == cell("phase", p)
    with service_vault(demo["root"] / "v1") as vault:
        expected = vault.conn.execute(
            "SELECT count(*) FROM cases WHERE opened_on <= '2026-11-30' AND (closed_on IS NULL OR "
            "closed_on >= '2025-12-01')").fetchone()[0]
    assert cases == expected > 0


def service_vault(folder):
    from oco_desktop.storage.vault import Vault

    return Vault.open(folder, PASSPHRASE)


@pytest.mark.parametrize("n", [3, 5, 10])
def test_no_small_cell_visible_or_derivable(demo, n):
    with service_vault(demo["root"] / "union") as vault:
        counts = service.count_vault(vault, date(2025, 12, 1), date(2026, 11, 30))
    report = service.make_report(counts, min_cell=n)
    assert audit(report.table, report.status, n) == []
    shown = [report.shown(i) for i in report.values if report.table.kind[i] == "count"]
    assert not [s for s in shown if s.isdigit() and 1 <= int(s) < n]
    assert any(s == f"<{n}" for s in shown)  # the demo does have small cells


def test_csv_is_one_long_table(demo, tmp_path, capsys, monkeypatch):
    out = tmp_path / "r.csv"
    report(capsys, monkeypatch, demo["root"] / "v2", out)
    lines = out.read_text("utf-8-sig").splitlines()
    assert lines[0] == "section,row,row_label,column,column_label,value,shown,suppressed"
    assert "report,format,,,,,oco-report/1," in lines
    small = [line for line in lines if line.endswith(",small")]
    assert small and all(",<5," in line for line in small)


def test_pdf_reads_back_in_dutch_and_english(demo, tmp_path, capsys, monkeypatch):
    out = tmp_path / "r.pdf"
    report(capsys, monkeypatch, demo["root"] / "v1", out)
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Overzicht cliëntondersteuning" in text and "Levensgebied x doelgroep" in text
    assert "1 december 2025" in text
    report(capsys, monkeypatch, demo["root"] / "v1", out, "--lang", "en")
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Client support overview" in text and "Who referred" in text


def seal(capsys, monkeypatch, demo, seed: int, out, period=PERIOD) -> None:
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    code, err = run(capsys, "--vault", str(demo["root"] / f"v{seed}"), "report", *period,
                    "--for-organisation", str(demo["public"]), "--out", str(out))
    assert code == 0, err


def test_merging_three_files_equals_the_report_of_their_union(demo, tmp_path, capsys, monkeypatch):
    files = [tmp_path / f"s{seed}.ocoreport" for seed in (1, 2, 3)]
    for seed, f in zip((1, 2, 3), files, strict=True):
        seal(capsys, monkeypatch, demo, seed, f)
        assert b"oco-report" not in f.read_bytes()  # encrypted
    monkeypatch.setenv("OCO_ORG_KEY_PASSPHRASE", ORG_PASS)
    merged = tmp_path / "merged.json"
    code, err = run(capsys, "report-merge", *map(str, files), "--org-key", str(demo["private"]), "--out", str(merged))
    assert code == 0, err
    union = tmp_path / "union.json"
    report(capsys, monkeypatch, demo["root"] / "union", union)
    a, b = json.loads(merged.read_text("utf-8")), json.loads(union.read_text("utf-8"))
    assert a["source"] == {"kind": "merged", "files": 3}
    assert a["sections"] == b["sections"] and a["figures"] == b["figures"]
    # Each supporter's own report would hide more: merging suppresses only the sum.
    code, _ = run(capsys, "report-merge", str(files[0]), "--org-key", str(demo["private"]), "--out",
                  str(tmp_path / "one.pdf"))
    assert code == 0


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_bad_merge_inputs_exit_2_or_4_naming_the_file(demo, tmp_path, capsys, monkeypatch):
    good = tmp_path / "a.ocoreport"
    seal(capsys, monkeypatch, demo, 1, good)
    other_period = tmp_path / "b.ocoreport"
    seal(capsys, monkeypatch, demo, 2, other_period, ["--from", "2026-01-01", "--to", "2026-11-30"])
    copy = tmp_path / "copy.ocoreport"
    copy.write_bytes(good.read_bytes())
    tampered = tmp_path / "t.ocoreport"
    data = bytearray(good.read_bytes())
    data[-20] ^= 1
    tampered.write_bytes(bytes(data))
    from oco_desktop.storage import keys

    monkeypatch.setattr(keys, "ACTIVE_KDF", keys.TEST_KDF)
    foreign_pub, _ = org_key.write_key_pair(tmp_path / "other", "andere-organisatie")
    foreign = tmp_path / "f.ocoreport"
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "--vault", str(demo["root"] / "v3"), "report", *PERIOD, "--for-organisation",
               str(foreign_pub), "--out", str(foreign))[0] == 0
    junk = tmp_path / "junk.ocoreport"
    junk.write_text("geen rapport")

    monkeypatch.setenv("OCO_ORG_KEY_PASSPHRASE", ORG_PASS)
    out = str(tmp_path / "m.json")
    cases = [
        ([good, good], 2, "a.ocoreport"),
        ([good, copy], 2, "copy.ocoreport"),
        ([good, other_period], 2, "b.ocoreport"),
        ([good, tampered], 4, "t.ocoreport"),
        ([good, foreign], 4, "f.ocoreport"),
        ([junk], 4, "junk.ocoreport"),
        ([tmp_path / "missing.ocoreport"], 2, "missing.ocoreport"),
    ]
    for files, code, name in cases:
        got, err = run(capsys, "report-merge", *map(str, files), "--org-key", str(demo["private"]), "--out", out)
        assert got == code, (files, err)
        assert name in one_line(err)
    assert not (tmp_path / "m.json").exists()


def test_bad_report_inputs_exit_2_with_one_line(demo, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    vault = str(demo["root"] / "v1")
    bad = [
        ["--from", "2026-13-01", "--to", "2026-11-30", "--out", str(tmp_path / "r.pdf")],
        ["--from", "2026-11-30", "--to", "2026-01-01", "--out", str(tmp_path / "r.pdf")],
        [*PERIOD, "--out", str(tmp_path / "r.txt")],
        [*PERIOD, "--out", str(tmp_path / "nope" / "r.pdf")],
        [*PERIOD, "--out", str(tmp_path / "r.pdf"), "--min-cell", "0"],
        [*PERIOD, "--out", str(tmp_path / "r.pdf"), "--for-organisation", str(demo["public"])],
        [*PERIOD, "--out", str(tmp_path / "r.ocoreport"), "--for-organisation", str(tmp_path / "none.pub")],
        [*PERIOD, "--out", str(demo["root"] / "v1" / "r.pdf")],  # never into the vault folder
    ]
    for argv in bad:
        code, err = run(capsys, "--vault", vault, "report", *argv)
        assert code == 2, (argv, err)
        one_line(err)
    monkeypatch.setenv("OCO_PASSPHRASE", "verkeerd-wachtwoord")
    assert run(capsys, "--vault", vault, "report", *PERIOD, "--out", str(tmp_path / "r.pdf"))[0] == 3
    assert run(capsys, "--vault", str(tmp_path / "geen-kluis"), "report", *PERIOD, "--out",
               str(tmp_path / "r.pdf"))[0] == 4



def test_a_name_typed_into_a_signal_never_leaves_the_vault(tmp_path, capsys, monkeypatch):
    from oco_desktop.domain.registration import Signal
    from oco_desktop.reports.sealed import open_counts
    from oco_desktop.storage import registration
    from tests.vault_helpers import add_client_with_consent

    folder = tmp_path / "kluis"
    with make_vault(folder) as vault:
        add_client_with_consent(vault, "Gerrit Hoekstra")
        registration.save_signal(vault, Signal(
            noted_on=date(2026, 6, 1), category="waiting_list", concerns="provider",
            concerns_name="Zorg Hoekstra BV", description="Meneer Gerrit Hoekstra wacht al een jaar op begeleiding"))
    public, private = org_key.write_key_pair(tmp_path / "org", ORG_PASS)
    for suffix in ("pdf", "csv", "json"):
        out = tmp_path / f"s.{suffix}"
        report(capsys, monkeypatch, folder, out, "--with-signal-text")
        text = out.read_text("utf-8", "replace") if suffix != "pdf" else "\n".join(
            p.extract_text() for p in pypdf.PdfReader(out).pages)
        assert "wacht al een jaar op begeleiding" in text
        assert "Gerrit" not in text and "Hoekstra" not in text
    sealed = tmp_path / "s.ocoreport"
    code, err = run(capsys, "--vault", str(folder), "report", *PERIOD, "--with-signal-text", "--for-organisation",
                    str(public), "--out", str(sealed))
    assert code == 0, err
    _, counts = open_counts(sealed, org_key.load_private_key(private, ORG_PASS))
    assert counts.signal_texts[0]["description"] == "Meneer […] […] wacht al een jaar op begeleiding"


def test_report_export_leaves_an_access_log_line(demo, tmp_path, capsys, monkeypatch):
    folder = demo["root"] / "v1"

    def report_lines() -> int:
        with service_vault(folder) as vault:
            return vault.conn.execute(
                "SELECT count(*) FROM access_log WHERE kind = 'export' AND detail = 'report'").fetchone()[0]

    before = report_lines()
    report(capsys, monkeypatch, folder, tmp_path / "r.json")
    report(capsys, monkeypatch, folder, tmp_path / "r.ocoreport", "--for-organisation", str(demo["public"]))
    assert report_lines() == before + 2


@pytest.mark.parametrize("bad", ["20260101", "2026-W01-1", "2026-02-30"])
def test_period_dates_are_yyyy_mm_dd_only_like_the_deadline_command(tmp_path, capsys, bad):
    code, err = run(capsys, "--vault", str(tmp_path / "v"), "report", "--from", bad, "--to", "2026-02-01",
                    "--out", str(tmp_path / "r.json"))
    assert code == 2 and err.count("\n") == 1 and bad in err, err
