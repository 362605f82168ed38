"""Regressions found by trying the command line as a user and as an attacker (QA pass of wave 2).

Each case: a target inside a vault folder (or a wrong kind of target) is refused with one Dutch line and
exit 2 before the passphrase is asked, nothing is written there, and the vault's bytes are unchanged.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from oco_desktop.storage import backup
from oco_desktop.storage.vault import Vault
from tests.cli_helpers import assert_one_line, run
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note


def snapshot(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def vault_dir(tmp_path, monkeypatch):
    folder = tmp_path / "kluis.ocovault"
    vault = Vault.create(folder, PASSPHRASE)[0]
    client = add_client_with_consent(vault)
    add_note(vault, client.id, "Huisbezoek over de huurachterstand.")
    vault.close()
    monkeypatch.setenv("OCO_VAULT", str(folder))
    # No OCO_PASSPHRASE: a refusal must come before the passphrase is asked (stdin is no terminal, so
    # asking would be an error of its own, about OCO_PASSPHRASE).
    monkeypatch.delenv("OCO_PASSPHRASE", raising=False)
    return folder, client.id


@pytest.mark.parametrize("sub", ["", "sleutels"])
def test_org_key_new_refuses_a_folder_in_the_vault(vault_dir, capsys, monkeypatch, sub):
    folder, _ = vault_dir
    monkeypatch.setenv("OCO_ORG_KEY_PASSPHRASE", "coordinator-secret")
    before = snapshot(folder)
    code, _out, err = run(capsys, "org-key", "new", "--out", str(folder / sub) if sub else str(folder))
    assert code == 2
    assert_one_line(err)
    assert "kluismap" in err
    assert snapshot(folder) == before  # no key files in (or under) the vault folder
    assert not (folder / "sleutels").exists()


def test_org_key_new_refuses_a_backup_folder(tmp_path, capsys, monkeypatch):
    backup_like = tmp_path / "kluis-20261130-1200.ocovault"
    backup_like.mkdir()
    monkeypatch.setenv("OCO_ORG_KEY_PASSPHRASE", "coordinator-secret")
    code, _out, err = run(capsys, "org-key", "new", "--out", str(backup_like))
    assert code == 2
    assert_one_line(err)
    assert list(backup_like.iterdir()) == []


def test_org_key_new_still_works_in_a_plain_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OCO_ORG_KEY_PASSPHRASE", "coordinator-secret")
    code, out, _err = run(capsys, "org-key", "new", "--out", str(tmp_path / "sleutels"))
    assert code == 0, out
    assert sorted(p.suffix for p in (tmp_path / "sleutels").iterdir()) == [".ocoorgkey", ".ocoorgpub"]


@pytest.mark.parametrize("sub", ["", "plaatjes"])
def test_screenshot_refuses_a_folder_in_the_vault(vault_dir, capsys, sub):
    folder, _ = vault_dir
    before = snapshot(folder)
    code, _out, err = run(capsys, "screenshot", "--out", str(folder / sub) if sub else str(folder))
    assert code == 2
    assert_one_line(err)
    assert "kluismap" in err
    assert snapshot(folder) == before  # no PNG with client data in the vault folder


@pytest.mark.parametrize("target", ["vault", "missing", "file"])
def test_backup_refuses_its_target_before_opening_the_vault(vault_dir, capsys, tmp_path, target):
    folder, _ = vault_dir
    place = {"vault": folder, "missing": tmp_path / "geen-stick", "file": tmp_path / "bestand.txt"}[target]
    if target == "file":
        place.write_text("x")
    before = snapshot(folder)
    code, _out, err = run(capsys, "backup", "--to", str(place))
    assert code == 2
    assert_one_line(err)
    assert "OCO_PASSPHRASE" not in err  # refused before the passphrase was asked
    assert snapshot(folder) == before


@pytest.mark.parametrize("target", ["vault", "device"])
def test_handover_export_refuses_its_target_before_opening_the_vault(vault_dir, capsys, target):
    folder, client_id = vault_dir
    place = {"vault": folder / "x.ocohandover", "device": os.devnull}[target]
    before = snapshot(folder)
    code, _out, err = run(capsys, "handover", "export", client_id, "--out", str(place))
    assert code == 2
    assert_one_line(err)
    assert "OCO_PASSPHRASE" not in err
    assert snapshot(folder) == before


def test_handover_export_refuses_an_existing_file_before_opening_the_vault(vault_dir, capsys, tmp_path):
    folder, client_id = vault_dir
    existing = tmp_path / "al-daar.ocohandover"
    existing.write_bytes(b"old")
    code, _out, err = run(capsys, "handover", "export", client_id, "--out", str(existing))
    assert code == 2
    assert_one_line(err)
    assert "OCO_PASSPHRASE" not in err
    assert existing.read_bytes() == b"old"


@pytest.mark.parametrize("where", ["backup", "live"])
def test_restore_refuses_a_place_inside_a_vault(vault_dir, capsys, monkeypatch, tmp_path, where):
    folder, _ = vault_dir
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    sticks = tmp_path / "stick"
    sticks.mkdir()
    with Vault.open(folder, PASSPHRASE) as vault:
        copy = backup.make_backup(vault, sticks).path
    inside = copy if where == "backup" else folder
    before = snapshot(inside)
    code, _out, err = run(capsys, "restore", str(copy), "--vault", str(inside / "terug"))
    assert code == 2
    assert_one_line(err)
    assert "ligt in een kluis" in err
    assert snapshot(inside) == before
    assert not (inside / "terug").exists()
    assert not [p for p in inside.iterdir() if p.name.startswith(".terug")]  # no temporary copy left


def test_restore_next_to_a_vault_still_works(vault_dir, capsys, monkeypatch, tmp_path):
    folder, _ = vault_dir
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    sticks = tmp_path / "stick"
    sticks.mkdir()
    with Vault.open(folder, PASSPHRASE) as vault:
        copy = backup.make_backup(vault, sticks).path
    code, out, _err = run(capsys, "restore", str(copy), "--vault", str(tmp_path / "terug.ocovault"))
    assert code == 0, out
    assert (tmp_path / "terug.ocovault" / "keys.json").is_file()


@pytest.mark.parametrize("name", ["brief.doc", "brief", "brief.pdf.bak"])
def test_letter_refuses_a_name_that_is_neither_pdf_nor_txt(vault_dir, capsys, tmp_path, name):
    folder, client_id = vault_dir
    before = snapshot(folder)
    code, _out, err = run(capsys, "letter", "objection", client_id, "--out", str(tmp_path / name))
    assert code == 2
    assert_one_line(err)
    assert ".pdf" in err and ".txt" in err
    assert not (tmp_path / name).exists()
    assert snapshot(folder) == before


def test_screenshot_prints_no_qt_warnings(vault_dir, tmp_path):
    """A real process: Qt's offscreen plugin warns on every window it shows; none of that on stderr."""
    folder, _ = vault_dir
    env = dict(os.environ, OCO_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "oco_desktop", "screenshot", "--vault", str(folder), "--out", str(tmp_path / "shots")],
        env=env, capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert (tmp_path / "shots" / "layout.json").is_file()


@pytest.mark.parametrize("make_args", [
    lambda f: ["screenshot", "--out", ""],
    lambda f: ["backup", "--to", ""],
    lambda f: ["restore", "", "--vault", str(f.parent / "terug")],
])
def test_an_empty_path_is_bad_input_not_the_current_folder(vault_dir, capsys, tmp_path, monkeypatch, make_args):
    folder, _ = vault_dir
    work = tmp_path / "werkmap"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    before = snapshot(folder)
    code, _out, err = run(capsys, *make_args(folder))
    assert code == 2
    assert_one_line(err)
    assert list(work.iterdir()) == []  # nothing written into the current folder
    assert snapshot(folder) == before


def _commands_and_options():
    """(command words, its long options) for every runnable command of the real parser."""
    import argparse

    from oco_desktop.cli import build_parser

    found = []

    def walk(parser, words):
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        for action in subs:
            for name, sub in action.choices.items():
                walk(sub, [*words, name])
        if words and not subs:
            options = sorted({o for a in parser._actions for o in a.option_strings
                              if o.startswith("--") and o not in ("--help", "--vault")})
            found.append((words, options))

    walk(build_parser(None), [])
    return found


def test_readme_command_table_lists_every_command_and_option():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    rows = [line for line in readme.splitlines() if line.startswith("| `oco-desktop ")]
    problems = []
    for words, options in _commands_and_options():
        starts = (f"| `oco-desktop {words[0]} ", f"| `oco-desktop {words[0]}`")
        mine = [r for r in rows if r.startswith(starts)]
        mine = [r for r in mine if all(w in r for w in words[1:])]
        if not mine:
            problems.append(f"no row for: {' '.join(words)}")
            continue
        text = " ".join(mine)
        problems += [f"{' '.join(words)}: {o} not in the table" for o in options if o not in text]
    assert not problems, problems


def test_backup_keep_never_follows_a_link_to_a_vault(vault_dir, capsys, monkeypatch, tmp_path):
    """A link in DIR named like a backup, pointing at a vault of the same id (here: a restored copy of
    this vault), is neither removed nor followed, and --keep finishes (it used to stop half-way with a
    false 'disk error, nothing changed', exit 4, after the backup was made)."""
    folder, _ = vault_dir
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    stick = tmp_path / "stick"
    stick.mkdir()
    with Vault.open(folder, PASSPHRASE) as vault:
        first = backup.make_backup(vault, stick).path
    restored = tmp_path / "teruggezet.ocovault"
    backup.restore(first, restored, PASSPHRASE)
    first.rename(stick / "kluis-20200101-0000.ocovault")
    link = stick / "kluis-20200102-0000.ocovault"
    link.symlink_to(restored, target_is_directory=True)
    restored_before = snapshot(restored)
    code, out, err = run(capsys, "backup", "--to", str(stick), "--keep", "1")
    assert code == 0, err
    assert link.is_symlink() and snapshot(restored) == restored_before
    assert not (stick / "kluis-20200101-0000.ocovault").exists()  # the real old backup was pruned
    assert "kluis-20200101-0000.ocovault" in out


def _tampered_bundle(tmp_path, change):
    """A real handover of one client, re-sealed (same code) after `change(payload, other_vault_ids)`."""
    import json

    from oco_desktop.storage import handover

    sender = Vault.create(tmp_path / "a.ocovault", PASSPHRASE)[0]
    receiver = Vault.create(tmp_path / "b.ocovault", PASSPHRASE)[0]
    given = add_client_with_consent(sender, "Anna de Vries")
    add_note(sender, given.id, "Notitie van Anna.")
    kept = add_client_with_consent(receiver, "Bram Bakker")
    kept_note = add_note(receiver, kept.id, "Notitie van Bram.")
    code = "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567"
    bundle = handover.export_clients(sender, [given.id], tmp_path / "a.ocohandover", code=code).path
    payload = json.loads(handover.open_payload(bundle.read_bytes(), code))
    change(payload, {"client": kept.id, "case": kept_note.case_id})
    bundle.unlink()
    bundle.write_bytes(handover.seal_payload(json.dumps(payload).encode(), code))
    sender.close()
    receiver.close()
    return tmp_path / "b.ocovault", bundle, code


def _note_into_other_client(payload, ids):
    notes = payload["tables"]["notes"]
    row = list(notes["rows"][0])
    row[notes["columns"].index("id")] = "11111111-2222-4333-8444-555555555555"
    row[notes["columns"].index("client_id")] = ids["client"]
    row[notes["columns"].index("case_id")] = ids["case"]
    notes["rows"].append(row)


def _case_of_other_client(payload, ids):
    cases = payload["tables"]["cases"]
    row = list(cases["rows"][0])
    row[cases["columns"].index("id")] = "66666666-2222-4333-8444-555555555555"
    row[cases["columns"].index("client_id")] = ids["client"]  # a new case in the receiver's client's file
    cases["rows"].append(row)


def _event_in_other_clients_case(payload, ids):
    notes = payload["tables"]["notes"]
    row = list(notes["rows"][0])  # the handed-over client's own note ...
    row[notes["columns"].index("id")] = "77777777-2222-4333-8444-555555555555"
    row[notes["columns"].index("case_id")] = ids["case"]  # ... but in the receiver's client's case
    notes["rows"].append(row)


def _figures_table(payload, _ids):
    payload["tables"]["signals"] = {"columns": ["id"], "rows": [["x"]]}


@pytest.mark.parametrize("change", [_note_into_other_client, _case_of_other_client, _event_in_other_clients_case,
                                    _figures_table])
def test_handover_import_refuses_rows_outside_the_handed_over_clients(tmp_path, capsys, monkeypatch, change):
    receiver, bundle, code = _tampered_bundle(tmp_path, change)
    with Vault.open(receiver, PASSPHRASE) as vault:
        before = [vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("clients", "notes", "cases")]
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("OCO_HANDOVER_CODE", code)
    code_, _out, err = run(capsys, "handover", "import", str(bundle), "--vault", str(receiver))
    assert code_ == 4
    assert_one_line(err)
    with Vault.open(receiver, PASSPHRASE) as vault:
        after = [vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("clients", "notes", "cases")]
        assert vault.conn.execute("SELECT count(*) FROM notes WHERE body LIKE '%Anna%'").fetchone()[0] == 0
    assert after == before  # nothing read in


def test_handover_import_of_an_untouched_bundle_still_works(tmp_path, capsys, monkeypatch):
    receiver, bundle, code = _tampered_bundle(tmp_path, lambda p, i: None)
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("OCO_HANDOVER_CODE", code)
    assert run(capsys, "handover", "import", str(bundle), "--vault", str(receiver))[0] == 0
    assert run(capsys, "handover", "import", str(bundle), "--vault", str(receiver), "--as-copy")[0] == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("make_args", [
    lambda fifo: ["handover", "import", str(fifo)],
    lambda fifo: ["checklists", "check", str(fifo)],
])
def test_a_fifo_as_input_file_is_refused_not_waited_on(vault_dir, tmp_path, make_args):
    """A real process with a deadline: reading a FIFO nobody writes to used to hang for ever."""
    folder, _ = vault_dir
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    env = dict(os.environ, OCO_PASSPHRASE=PASSPHRASE, OCO_HANDOVER_CODE="ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567")
    result = subprocess.run([sys.executable, "-m", "oco_desktop", *make_args(fifo), "--vault", str(folder)],
                            env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "gewoon bestand" in result.stderr + result.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_warnings_go_to_the_log_file_not_to_stderr(vault_dir, tmp_path):
    """A real process: storage warnings (here: a WAL that is a FIFO, so no write succeeds) used to be printed
    on stderr by Python's last-resort handler, three extra lines; now they are in the log file."""
    folder, _ = vault_dir
    wal = folder / "vault.db-wal"
    wal.unlink(missing_ok=True)
    os.mkfifo(wal)
    log_dir = tmp_path / "log"
    env = dict(os.environ, OCO_PASSPHRASE=PASSPHRASE, OCO_LOG_DIR=str(log_dir))
    result = subprocess.run([sys.executable, "-m", "oco_desktop", "clients", "--vault", str(folder)],
                            env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert "Traceback" not in result.stderr
    assert result.stderr == "" or (result.stderr.startswith("oco-desktop: ") and result.stderr.count("\n") == 1), \
        result.stderr
    assert "OperationalError" not in result.stderr
    # `clients` writes nothing since the clean-close mark moved to the first change; the checkpoint at close
    # still fails on the FIFO, and its warning is in the log file.
    assert "checkpoint at close skipped" in (log_dir / "oco-desktop.log").read_text()


@pytest.mark.parametrize("make_args", [
    lambda d: ["--pdf", str(d / "inzage.x"), "--json", str(d / "inzage.x")],
    lambda d: ["--out", str(d / "inzage.pdf"), "--pdf", str(d / "inzage.pdf")],
    lambda d: ["--out", str(d / "inzage.json"), "--json", str(d / "sub" / ".." / "inzage.json")],
])
def test_subject_access_refuses_one_file_for_two_exports(vault_dir, capsys, tmp_path, make_args):
    folder, client_id = vault_dir
    (tmp_path / "sub").mkdir()
    code, _out, err = run(capsys, "subject-access", client_id, *make_args(tmp_path))
    assert code == 2
    assert_one_line(err)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("inzage")]


@pytest.mark.parametrize("command", [["init"], ["demo", "--clients", "1"]])
@pytest.mark.parametrize("inside", ["live", "backup_name"])
def test_no_new_vault_inside_a_vault(vault_dir, capsys, tmp_path, monkeypatch, command, inside):
    folder, _ = vault_dir
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    outer = folder if inside == "live" else tmp_path / "kluis-20261130-1200.ocovault"
    outer.mkdir(exist_ok=True)
    before = snapshot(outer)
    code, _out, err = run(capsys, *command, "--vault", str(outer / "nieuw"))
    assert code == 2
    assert_one_line(err)
    assert snapshot(outer) == before and not (outer / "nieuw").exists()
    assert not [p for p in outer.iterdir() if p.name.startswith(".nieuw")]


def test_init_next_to_a_vault_still_works(vault_dir, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "init", "--vault", str(tmp_path / "tweede.ocovault"))[0] == 0
    assert run(capsys, "demo", "--clients", "1", "--vault", str(tmp_path / "derde"))[0] == 0


def test_help_is_dutch_and_explains_every_argument():
    import argparse

    from oco_desktop.cli import build_parser

    problems = []

    def walk(parser, words):
        text = parser.format_help()
        problems.extend(f"{' '.join(words)}: {bad!r}" for bad in
                        ("usage:", "options:", "positional arguments", "show this help", "vault folder")
                        if bad in text)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                problems.extend(f"{' '.join(words)} {c.dest}: no help" for c in action._choices_actions if not c.help)
                for name, sub in action.choices.items():
                    walk(sub, [*words, name])
            elif not action.help:
                problems.append(f"{' '.join(words)}: {action.option_strings or action.dest} has no help")
        assert text.count("--vault PATH") <= 2  # one group for the shared option, not a second "opties"
        assert text.count("opties:") <= 1

    walk(build_parser(None), ["oco-desktop"])
    assert not problems, problems


@pytest.mark.parametrize("replace", [[], ["--replace"]])
@pytest.mark.parametrize("kind", ["photos", "file", "empty"])
def test_restore_onto_something_that_is_no_vault_says_so(vault_dir, capsys, monkeypatch, tmp_path, replace, kind):
    folder, _ = vault_dir
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    stick = tmp_path / "stick"
    stick.mkdir()
    with Vault.open(folder, PASSPHRASE) as vault:
        copy = backup.make_backup(vault, stick).path
    target = tmp_path / "foto's"
    if kind == "file":
        target.write_text("x")
    else:
        target.mkdir()
        if kind == "photos":
            (target / "a.jpg").write_text("x")
    code, _out, err = run(capsys, "restore", str(copy), "--vault", str(target), *replace)
    assert code == 2
    assert_one_line(err)
    assert "geen kluis" in err and "staat al een kluis" not in err and "reservekopie" not in err.split(";")[0]
    assert target.exists()
    assert [p.name for p in tmp_path.iterdir() if "vervangen" in p.name] == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY is a Linux matter")
def test_gui_without_a_screen_is_one_dutch_line_not_an_abort(vault_dir):
    folder, _ = vault_dir
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "oco_desktop", "--vault", str(folder)],
                            env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert result.stderr.startswith("oco-desktop: ") and result.stderr.count("\n") == 1, result.stderr
    assert "beeldscherm" in result.stderr


@pytest.mark.parametrize("params", [
    {"iterations": "3", "memory_kib": 65536, "lanes": 4},  # used to be an internal error (exit 1)
    {"iterations": 3, "memory_kib": 4 * 1024 * 1024, "lanes": 4},  # 4 GiB: used to be tried
    {"iterations": 64, "memory_kib": 65536, "lanes": 4},
    {"iterations": 3, "memory_kib": 65536, "lanes": 64},
    {"iterations": 3, "memory_kib": 65536},
    [3, 65536, 4],
])
def test_handover_kdf_settings_are_bounded_like_keys_json(vault_dir, capsys, monkeypatch, tmp_path, params):
    import json

    from oco_desktop.storage import handover

    folder, client_id = vault_dir
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    code = "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567"
    with Vault.open(folder, PASSPHRASE) as vault:
        bundle = handover.export_clients(vault, [client_id], tmp_path / "a.ocohandover", code=code).path
    doc = json.loads(bundle.read_text())
    doc["params"] = params
    bundle.write_text(json.dumps(doc))
    monkeypatch.setenv("OCO_HANDOVER_CODE", code)
    result, _out, err = run(capsys, "handover", "import", str(bundle))
    assert result == 4
    assert_one_line(err)


@pytest.mark.parametrize("change", [
    lambda d: d.update(params={"iterations": "3", "memory_kib": 65536, "lanes": 4}),  # was exit 1 (TypeError)
    lambda d: d.update(params={"iterations": 3, "memory_kib": 2**32 - 1, "lanes": 4}),  # was exit 1 (MemoryError)
    lambda d: d.update(params={"iterations": 2**31, "memory_kib": 65536, "lanes": 4}),  # hung
    lambda d: d.update(nonce="AAAA"),  # a 3-byte nonce: was exit 1
    lambda d: d.update(salt="AAAA"),
])
def test_a_tampered_private_org_key_file_is_refused_quickly(tmp_path, capsys, monkeypatch, change):
    import json
    import time

    monkeypatch.setenv("OCO_ORG_KEY_PASSPHRASE", "coordinator-secret")
    assert run(capsys, "org-key", "new", "--out", str(tmp_path / "k"))[0] == 0
    private = next((tmp_path / "k").glob("*.ocoorgkey"))
    doc = json.loads(private.read_text())
    change(doc)
    private.write_text(json.dumps(doc))
    other = tmp_path / "x.ocoreport"
    other.write_bytes(b"OCOS" + bytes(100))
    started = time.monotonic()
    code, _out, err = run(capsys, "report-merge", str(other), "--org-key", str(private),
                          "--out", str(tmp_path / "samen.json"))
    assert code == 2, err
    assert_one_line(err)
    assert "geheime organisatiesleutel" in err
    assert time.monotonic() - started < 20


@pytest.mark.parametrize("change", [
    lambda d: d.update(public_key=5),  # was exit 1 (AttributeError)
    lambda d: d.update(public_key=None),
    lambda d: d.update(public_key="AAAA"),
])
def test_a_tampered_public_org_key_file_is_refused(vault_dir, tmp_path, capsys, monkeypatch, change):
    import json

    folder, _ = vault_dir
    monkeypatch.setenv("OCO_ORG_KEY_PASSPHRASE", "coordinator-secret")
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "org-key", "new", "--out", str(tmp_path / "k"))[0] == 0
    public = next((tmp_path / "k").glob("*.ocoorgpub"))
    doc = json.loads(public.read_text())
    change(doc)
    public.write_text(json.dumps(doc))
    before = snapshot(folder)
    code, _out, err = run(capsys, "org-key", "add", str(public))
    assert code == 2, err
    assert_one_line(err)
    assert snapshot(folder) == before


@pytest.mark.parametrize("doc_change", [
    lambda d: d.update(signal_texts=[{"a": 1}]),  # was an internal error (KeyError / AttributeError)
    lambda d: d.update(signal_texts=["een tekst"]),
    lambda d: d.update(signal_texts=[{"date": "gisteren", "category": "x", "concerns": "x", "description": "x"}]),
    lambda d: d.update(signal_texts={"date": "2026-11-01"}),
    lambda d: d.update(period={"from": "2026-11-30", "to": "2026-01-01"}),
])
@pytest.mark.parametrize("suffix", ["pdf", "csv", "json"])
def test_report_merge_refuses_a_crafted_ocoreport(tmp_path, capsys, monkeypatch, doc_change, suffix):
    """Anyone with the organisation's public key can seal a file: its content is checked, exit 4."""
    import json
    import uuid

    from oco_desktop.reports import sealed
    from oco_desktop.storage import org_key

    monkeypatch.setenv("OCO_ORG_KEY_PASSPHRASE", "coordinator-secret")
    assert run(capsys, "org-key", "new", "--out", str(tmp_path / "k"))[0] == 0
    public = org_key.load_public_key(next((tmp_path / "k").glob("*.ocoorgpub")))
    doc = {"format": sealed.CONTENT_FORMAT, "report_id": str(uuid.uuid4()), "created_on": "2026-11-30",
           "period": {"from": "2026-01-01", "to": "2026-11-30"}, "items": {"signals": 1}, "signal_texts": []}
    doc_change(doc)
    crafted = tmp_path / "nep.ocoreport"
    crafted.write_bytes(org_key.seal(public, json.dumps(doc).encode(), sealed.CONTEXT))
    private = next((tmp_path / "k").glob("*.ocoorgkey"))
    code, _out, err = run(capsys, "report-merge", str(crafted), "--org-key", str(private),
                          "--out", str(tmp_path / f"samen.{suffix}"), "--with-signal-text")
    assert code == 4, err
    assert_one_line(err)
    assert not (tmp_path / f"samen.{suffix}").exists()


@pytest.mark.parametrize("change", [
    lambda p, i: p["tables"]["clients"]["rows"].__setitem__(0, p["tables"]["clients"]["rows"][0][:2]),  # IndexError
    lambda p, i: p["tables"]["clients"].__setitem__("rows", {"a": 1}),
    lambda p, i: p["tables"]["clients"].__setitem__("columns", 5),  # TypeError
    lambda p, i: p["tables"].__setitem__("notes", [1, 2]),
    lambda p, i: p.__setitem__("schema_version", "x"),  # ValueError
    lambda p, i: p["tables"]["notes"]["rows"][0].__setitem__(-1, {"x": 1}),
    lambda p, i: p["tables"]["notes"]["rows"][0].__setitem__(-1, [1]),
])
def test_handover_import_refuses_a_malformed_bundle(tmp_path, capsys, monkeypatch, change):
    receiver, bundle, code = _tampered_bundle(tmp_path, change)
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("OCO_HANDOVER_CODE", code)
    with Vault.open(receiver, PASSPHRASE) as vault:
        before = vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0]
    result, _out, err = run(capsys, "handover", "import", str(bundle), "--vault", str(receiver), "--as-copy")
    assert result == 4, err
    assert_one_line(err)
    with Vault.open(receiver, PASSPHRASE) as vault:
        assert vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == before


@pytest.mark.parametrize("command", [["init"], ["recovery-code", "new"], ["demo", "--clients", "1"]])
def test_a_recovery_code_that_cannot_be_shown_is_an_error(tmp_path, command):
    """A real process whose stdout reader is gone before the code is printed (`| head` that already
    quit): the code exists nowhere else, so this is not a quiet success (exit 0) but one line, exit 2."""
    folder = tmp_path / "kluis"
    env = dict(os.environ, OCO_PASSPHRASE=PASSPHRASE)
    if command[0] == "recovery-code":
        Vault.create(folder, PASSPHRASE)[0].close()
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will ever read: every write fails with EPIPE
    try:
        result = subprocess.run([sys.executable, "-m", "oco_desktop", *command, "--vault", str(folder)],
                                env=env, stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120,
                                stdin=subprocess.DEVNULL)
    finally:
        os.close(write_end)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("oco-desktop: ") and result.stderr.count("\n") == 1, result.stderr
    assert "recovery-code new" in result.stderr
