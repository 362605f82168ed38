"""Exports never touch the vault or a non-file (issue 10, point 2): export.safe_write, the CLI exports
(exit 2, one Dutch line, vault bytes unchanged) and the GUI save dialogs (a message, then the dialog again)."""

from __future__ import annotations

import errno
import hashlib
import os
import socket
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from oco_desktop.cli import main
from oco_desktop.export import safe_write
from oco_desktop.export.ics import export_ics
from oco_desktop.export.safe_write import ExportError, UnsafeTarget, check_export_target, write_export
from tests.plan_helpers import NAMES, PASSPHRASE, add_plan_case, definitions, make_vault


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def vault_with_client(tmp_path, monkeypatch):
    folder = tmp_path / "kluis.ocovault"
    vault = make_vault(folder)
    pc = add_plan_case(vault, definitions(), NAMES[1])
    vault.close()
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    return folder, pc


# -- the module ----------------------------------------------------------------------------------------

def test_writes_atomically_with_mode_0600_and_no_leftovers(tmp_path):
    target = tmp_path / "uit.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    assert write_export(target, b"%PDF-new") == target
    assert target.read_bytes() == b"%PDF-new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["uit.pdf"]
    write_export(tmp_path / "tekst.ics", "BEGIN:VCALENDAR\r\nÉ\r\n")
    assert (tmp_path / "tekst.ics").read_bytes() == "BEGIN:VCALENDAR\r\nÉ\r\n".encode()


@pytest.mark.parametrize("failure", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()])
def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch, failure):
    target = tmp_path / "uit.json"
    target.write_text("oud", encoding="utf-8")

    def fail_halfway(fd, payload):
        os.write(fd, payload[:3])
        raise failure

    monkeypatch.setattr(safe_write, "_write_all", fail_halfway)
    with pytest.raises(ExportError if isinstance(failure, OSError) else KeyboardInterrupt) as info:
        write_export(target, b"nieuwe inhoud")
    if isinstance(failure, OSError):
        assert "schijf is vol" in str(info.value) and len(str(info.value).splitlines()) == 1
    assert target.read_text(encoding="utf-8") == "oud"
    assert [p.name for p in tmp_path.iterdir()] == ["uit.json"]


def test_refuses_every_place_inside_a_vault_folder(tmp_path):
    open_vault = tmp_path / "mijn kluis"  # the open vault, whatever its name
    open_vault.mkdir()
    named = tmp_path / "oud.ocovault" / "sub"  # any *.ocovault folder, also deeper inside
    named.mkdir(parents=True)
    keyed = tmp_path / "backup"  # any folder holding keys.json
    keyed.mkdir()
    (keyed / "keys.json").write_text("{}", encoding="utf-8")
    link = tmp_path / "link-naar-kluis"
    link.symlink_to(keyed)
    file_link = tmp_path / "plan.pdf"
    file_link.symlink_to(keyed / "keys.json")
    for target in (open_vault / "plan.pdf", named / "plan.pdf", keyed / "keys.json", keyed / "vault.db",
                   link / "x.pdf", file_link, tmp_path / "oud.ocovault" / ".." / "oud.ocovault" / "x.pdf"):
        with pytest.raises(UnsafeTarget) as info:
            check_export_target(target, vault_folder=open_vault)
        assert info.value.reason == "vault", target
        assert "kluismap" in str(info.value) and len(str(info.value).splitlines()) == 1
    assert (keyed / "keys.json").read_text(encoding="utf-8") == "{}"
    assert check_export_target(tmp_path / "ernaast.pdf", vault_folder=open_vault) == tmp_path / "ernaast.pdf"
    half_made = tmp_path / "half"  # a database without keys.json yet: its own folder is refused
    (half_made / "sub").mkdir(parents=True)
    (half_made / "vault.db").write_bytes(b"")
    with pytest.raises(UnsafeTarget):
        check_export_target(half_made / "x.pdf")
    assert check_export_target(half_made / "sub" / "x.pdf")  # a vault.db higher up is just a file name


def test_refuses_folders_and_files_that_are_not_regular(tmp_path):
    (tmp_path / "map.pdf").mkdir()
    os.mkfifo(tmp_path / "pijp.pdf")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "sok.pdf"))
        (tmp_path / "naar-pijp.pdf").symlink_to(tmp_path / "pijp.pdf")
        cases = {tmp_path / "map.pdf": "folder", tmp_path: "folder", tmp_path / "pijp.pdf": "special",
                 tmp_path / "sok.pdf": "special", tmp_path / "naar-pijp.pdf": "special",
                 tmp_path / "nergens" / "x.pdf": "no_folder", "": "empty"}
        if os.path.exists("/dev/null"):
            cases[Path("/dev/null")] = "special"
        for target, reason in cases.items():
            with pytest.raises(UnsafeTarget) as info:
                write_export(target, b"data")
            assert info.value.reason == reason, target
            assert info.value.exit_code == 2
    finally:
        server.close()
    assert stat.S_ISFIFO(os.lstat(tmp_path / "pijp.pdf").st_mode)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_ics_export_refuses_the_vault(vault_with_client, tmp_path):
    folder, _pc = vault_with_client
    before = digest(folder)
    with pytest.raises(UnsafeTarget):
        export_ics([], folder / "keys.json", __import__("datetime").datetime(2026, 11, 30, 12, 0).astimezone())
    assert digest(folder) == before


# -- the CLI -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("make_args", [
    lambda f, c: ["plan", "export", c, "--out", str(f / "keys.json")],
    lambda f, c: ["plan", "export", c, "--out", str(f / "vault.db")],
    lambda f, c: ["subject-access", c, "--json", str(f / "keys.json")],
    lambda f, c: ["subject-access", c, "--out", str(f / "inzage.pdf")],
    lambda f, c: ["subject-access", c, "--pdf", str(f.parent / "ok.pdf"), "--json", str(f / "keys.json")],
    lambda f, c: ["letter", "objection", c, "--out", str(f / "keys.json")],
])
def test_cli_exports_into_the_vault_are_exit_2_and_change_nothing(vault_with_client, capsys, make_args):
    folder, pc = vault_with_client
    before = digest(folder)
    args = make_args(folder, pc.client_id)
    assert main([*args, "--vault", str(folder)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "kluismap" in err and "Traceback" not in err
    assert digest(folder) == before
    assert not (folder.parent / "ok.pdf").exists()  # refused before anything was written


def test_cli_refuses_a_folder_and_a_fifo(vault_with_client, tmp_path, capsys):
    folder, pc = vault_with_client
    os.mkfifo(tmp_path / "fifo.pdf")
    assert main(["plan", "export", pc.client_id, "--out", str(tmp_path), "--vault", str(folder)]) == 2
    assert "is een map" in capsys.readouterr().err
    assert main(["plan", "export", pc.client_id, "--out", str(tmp_path / "fifo.pdf"), "--vault", str(folder)]) == 2
    assert "geen gewoon bestand" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.lstat(tmp_path / "fifo.pdf").st_mode)


def test_cli_export_next_to_the_vault_is_0600(vault_with_client, tmp_path):
    folder, pc = vault_with_client
    out = tmp_path / "plan.pdf"
    assert main(["plan", "export", pc.client_id, "--out", str(out), "--vault", str(folder)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and stat.S_IMODE(out.stat().st_mode) == 0o600


# -- the GUI -------------------------------------------------------------------------------------------

@pytest.fixture
def plan_page(tmp_path, qtbot):
    from oco_desktop.ui.plan.plan_page import PlanPage
    from oco_desktop.ui.shell.session import Session

    vault = make_vault(tmp_path / "v")
    defs = definitions()
    pc = add_plan_case(vault, defs, NAMES[0])
    page = PlanPage(Session(vault, defs))
    qtbot.addWidget(page)
    page.show_client(pc.client_id)
    yield page, vault
    page.save_now()
    if vault.is_open:
        vault.close()


def dialog_answers(monkeypatch, answers: list[str]) -> list[str]:
    """getSaveFileName returns the answers in turn; the start paths it was shown are recorded."""
    shown = []

    def fake(_parent, _title, start, _filter):
        shown.append(start)
        return (answers.pop(0), "PDF (*.pdf)")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return shown


def test_gui_plan_export_into_the_vault_shows_a_message_and_the_dialog_again(plan_page, qtbot, tmp_path,
                                                                            monkeypatch):
    page, vault = plan_page
    before = digest(vault.folder)
    good = tmp_path / "plan.pdf"
    (tmp_path / "map.pdf").mkdir()
    shown = dialog_answers(monkeypatch, [str(vault.folder / "keys"), str(tmp_path / "map.pdf"), str(good)])
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warnings.append(text)))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 3
    assert "kluismap" in warnings[0] and str(vault.folder) in warnings[0]
    assert "is een map" in warnings[1] and len(warnings) == 2
    assert Path(shown[1]).parent != vault.folder  # the dialog comes back outside the vault
    assert good.read_bytes().startswith(b"%PDF")
    assert {k: v for k, v in digest(vault.folder).items() if k == "keys.json"} == \
        {k: v for k, v in before.items() if k == "keys.json"}
    assert not (vault.folder / "keys.pdf").exists()


def test_gui_subject_access_checks_the_json_next_to_the_pdf(plan_page, qtbot, tmp_path, monkeypatch):
    page, vault = plan_page
    (tmp_path / "inzage.json").mkdir()  # the JSON would have to replace a folder
    shown = dialog_answers(monkeypatch, [str(tmp_path / "inzage.pdf"), ""])
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warnings.append(text)))
    qtbot.mouseClick(page.access_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 2 and len(warnings) == 1 and "is een map" in warnings[0]
    assert not (tmp_path / "inzage.pdf").exists()


def test_report_and_handover_exports_refuse_the_vault(vault_with_client, capsys):
    from oco_desktop.storage import handover

    folder, pc = vault_with_client
    before = digest(folder)
    assert main(["--vault", str(folder), "report", "--from", "2025-12-01", "--to", "2026-11-30",
                 "--out", str(folder / "rapport.pdf")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "kluismap" in err
    from oco_desktop.storage.vault import Vault

    with Vault.open(folder, PASSPHRASE) as vault, pytest.raises(UnsafeTarget):
        handover.export_clients(vault, [pc.client_id], folder / "x.ocohandover")
    assert not (folder / "x.ocohandover").exists() and not (folder / "rapport.pdf").exists()
    assert digest(folder)["keys.json"] == before["keys.json"]


def test_a_real_full_disk_leaves_the_old_export_and_no_temporary_file():
    from tests.fs_helpers import small_fs

    with small_fs(256) as point:
        target = point / "plan.pdf"
        target.write_bytes(b"%PDF-old")
        with pytest.raises(ExportError) as info:
            write_export(target, b"x" * (512 * 1024))  # twice the filesystem
        assert "schijf is vol" in str(info.value)
        assert target.read_bytes() == b"%PDF-old"
        assert sorted(p.name for p in point.iterdir()) == ["plan.pdf"]
