"""The oco-desktop command: vault subcommands and their exit codes (a contract)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from oco_desktop.storage.schema import LATEST_VERSION
from oco_desktop.storage.vault import DB_NAME, Vault
from tests.cli_helpers import run
from tests.vault_helpers import PASSPHRASE, add_client_with_consent


@pytest.fixture
def vault_dir(tmp_path, monkeypatch):
    folder = tmp_path / "kluis"
    monkeypatch.setenv("OCO_VAULT", str(folder))
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    return folder


def test_init_prints_recovery_code_once_and_never_overwrites(vault_dir, capsys):
    code, out, err = run(capsys, "init")
    assert code == 0
    lines = [line for line in out.splitlines() if line.startswith("Recovery code:")]
    assert len(lines) == 1
    recovery = lines[0].split(":", 1)[1].strip()
    assert len(recovery.replace("-", "")) == 30
    before = (vault_dir / DB_NAME).read_bytes()
    code, out, err = run(capsys, "init")
    assert code == 4 and "overschrijft nooit" in err
    assert (vault_dir / DB_NAME).read_bytes() == before


def test_vault_option_beats_environment(tmp_path, vault_dir, capsys):
    other = tmp_path / "andere"
    assert run(capsys, "init", "--vault", str(other))[0] == 0
    assert (other / DB_NAME).exists() and not vault_dir.exists()
    assert run(capsys, "--vault", str(other), "check")[0] == 0


def test_default_location_is_the_user_data_folder(monkeypatch, user_folders, capsys):
    monkeypatch.delenv("OCO_VAULT", raising=False)
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "init")[0] == 0
    assert (user_folders / "data" / "kluis.ocovault" / DB_NAME).exists()


def test_check_reports_integrity_schema_and_counts(vault_dir, capsys):
    run(capsys, "init")
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        add_client_with_consent(vault)
    code, out, _ = run(capsys, "check")
    assert code == 0
    # The everyday form reads every page in use once; the page check of the whole file is check --full.
    assert "integrity_check: ok" in out and "cipher_integrity_check: niet uitgevoerd" in out
    assert f"schema: {LATEST_VERSION}" in out and "clients: 1" in out
    code, out, _ = run(capsys, "check", "--full")
    assert code == 0
    assert "integrity_check: ok" in out and "cipher_integrity_check: ok" in out
    assert f"schema: {LATEST_VERSION}" in out and "clients: 1" in out


def test_check_on_damaged_vault_exits_4(vault_dir, capsys):
    run(capsys, "init")
    db = vault_dir / DB_NAME
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x55
    db.write_bytes(bytes(data))
    code, out, err = run(capsys, "check")
    assert code == 4 and str(db) in err


def test_wrong_passphrase_exits_3(vault_dir, capsys, monkeypatch):
    run(capsys, "init")
    monkeypatch.setenv("OCO_PASSPHRASE", "niet-goed")
    code, out, err = run(capsys, "clients")
    assert code == 3 and "wachtwoordzin klopt niet" in err
    assert "ERROR" not in err  # no SQLCipher log lines


def test_missing_vault_exits_4(vault_dir, capsys):
    code, _, err = run(capsys, "clients")
    assert code == 4 and str(vault_dir) in err


def test_not_a_vault_exits_4(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"hello")
    code, _, err = run(capsys, "--vault", str(junk), "check")
    assert code == 4 and "geen kluis" in err


def test_newer_schema_exits_4(vault_dir, capsys):
    run(capsys, "init")
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.conn.execute("PRAGMA user_version = 42")
    code, _, err = run(capsys, "clients")
    assert code == 4 and "nieuwere versie" in err


def test_locked_vault_exits_4(vault_dir, capsys):
    run(capsys, "init")
    with Vault.open(vault_dir, PASSPHRASE):
        code, _, err = run(capsys, "clients")
    assert code == 4 and "al geopend" in err


def test_usage_error_exits_2(capsys):
    code, _, err = run(capsys, "clients", "--no-such-option")
    assert code == 2
    assert err.count("\n") == 1 and "--no-such-option" in err and "usage:" not in err


def test_clients_lists_the_caseload(vault_dir, capsys):
    run(capsys, "init")
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        client = add_client_with_consent(vault, "محمد الأحمد")
    code, out, _ = run(capsys, "clients")
    assert code == 0 and client.id in out and "محمد الأحمد" in out
    code, out, _ = run(capsys, "clients", "--json")
    data = json.loads(out)
    assert data[0]["id"] == client.id and data[0]["name"] == "محمد الأحمد"
    assert set(data[0]) >= {"id", "name", "phase", "next_follow_up"}


def test_passwd_and_recover(vault_dir, capsys, monkeypatch):
    _, out, _ = run(capsys, "init")
    recovery = next(line for line in out.splitlines() if line.startswith("Recovery code:")).split(": ")[1]
    monkeypatch.setenv("OCO_NEW_PASSPHRASE", "tweede-wachtwoordzin")
    assert run(capsys, "passwd")[0] == 0
    assert run(capsys, "check")[0] == 3  # OCO_PASSPHRASE still holds the old one
    monkeypatch.setenv("OCO_PASSPHRASE", "tweede-wachtwoordzin")
    assert run(capsys, "check")[0] == 0
    # Forgotten passphrase: the recovery code sets a new one.
    monkeypatch.setenv("OCO_RECOVERY_CODE", "00000-00000-00000-00000-00000-00000")
    monkeypatch.setenv("OCO_NEW_PASSPHRASE", "derde-wachtwoordzin")
    code, _, err = run(capsys, "recover")
    assert code == 3 and "herstelcode" in err
    monkeypatch.setenv("OCO_RECOVERY_CODE", recovery)
    assert run(capsys, "recover")[0] == 0
    monkeypatch.setenv("OCO_PASSPHRASE", "derde-wachtwoordzin")
    assert run(capsys, "check")[0] == 0


def test_no_passphrase_and_no_terminal_is_a_usage_error(vault_dir, capsys, monkeypatch):
    monkeypatch.delenv("OCO_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    code, _, err = run(capsys, "init")
    assert code == 2 and "OCO_PASSPHRASE" in err
    assert not vault_dir.exists()


@pytest.mark.slow
def test_console_script_end_to_end(tmp_path):
    """The installed command, in a real process, with the production KDF cost."""
    exe = shutil.which("oco-desktop")
    cmd = [exe] if exe else [sys.executable, "-m", "oco_desktop"]
    env = {**os.environ, "OCO_VAULT": str(tmp_path / "k"), "OCO_PASSPHRASE": PASSPHRASE}
    done = subprocess.run([*cmd, "init"], env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert any(line.startswith("Recovery code:") for line in done.stdout.splitlines())
    done = subprocess.run([*cmd, "check"], env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert done.returncode == 0 and f"schema: {LATEST_VERSION}" in done.stdout
    done = subprocess.run([*cmd, "check"], env={**env, "OCO_PASSPHRASE": "fout"}, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL)
    assert done.returncode == 3 and done.stderr.strip() == "oco-desktop: De wachtwoordzin klopt niet."


def test_check_full_also_checks_the_search_index_against_the_notes(vault_dir, capsys):
    run(capsys, "init")
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        client = add_client_with_consent(vault)
        from tests.vault_helpers import add_note

        add_note(vault, client.id, "Gesprek over de traplift")
    code, out, _ = run(capsys, "check")
    assert code == 0 and "integrity_check: ok" in out and "check --full" in out
    with Vault.open(vault_dir, PASSPHRASE) as vault:  # a damaged block inside the full-text index
        vault.conn.execute("UPDATE notes_fts_data SET block = x'00' WHERE id = (SELECT max(id) FROM notes_fts_data)")
    code, out, err = run(capsys, "check", "--full")
    assert code == 4 and "fts5: corruption" in out
    code, out, _ = run(capsys, "check")  # the everyday form checks the index tables as b-trees only
    assert code == 0 and "integrity_check: ok" in out
