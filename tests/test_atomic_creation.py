"""Issue 10 point 5: a new vault is built in a hidden sibling folder and renamed when complete. Killed at
any moment, creation leaves either nothing where the vault was asked for, or a complete vault; a hidden
left-over is cleaned by the next creation and never blocks init, demo or the GUI."""

from __future__ import annotations

import os
import random

import pytest

from oco_desktop.cli import main
from oco_desktop.storage import keys
from oco_desktop.storage.lock import VaultLock
from oco_desktop.storage.vault import STAGING_MARK, Vault, clean_creation_leftovers
from oco_desktop.ui.shell.unlock_dialog import needs_creation
from tests.kill_helpers import env_with, run_and_kill, timed_run
from tests.vault_helpers import PASSPHRASE


def leftovers(parent):
    return sorted(p.name for p in parent.iterdir() if STAGING_MARK in p.name)


def test_creation_leaves_no_hidden_folder(tmp_path):
    Vault.create(tmp_path / "kluis", PASSPHRASE)[0].close()
    assert leftovers(tmp_path) == []
    assert sorted(p.name for p in (tmp_path / "kluis").iterdir()) == ["keys.json", "vault.db", "vault.lock"]


def test_an_empty_folder_chosen_by_the_user_is_used(tmp_path):
    (tmp_path / "kluis").mkdir()
    Vault.create(tmp_path / "kluis", PASSPHRASE)[0].close()
    with Vault.open(tmp_path / "kluis", PASSPHRASE) as vault:
        assert vault.integrity()["integrity_check"] == "ok"


def test_a_left_over_never_blocks_and_is_cleaned(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "kluis"
    stale = tmp_path / f".kluis{STAGING_MARK}abc123"
    stale.mkdir()
    (stale / "vault.db").write_bytes(os.urandom(8192))
    (stale / "vault.lock").write_bytes(b"")
    assert needs_creation(folder)  # the GUI offers to create, as if nothing were there
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    assert main(["--vault", str(folder), "init"]) == 0
    assert leftovers(tmp_path) == []


def test_a_creation_in_progress_is_left_alone(tmp_path):
    busy = tmp_path / f".kluis{STAGING_MARK}busy"
    busy.mkdir()
    lock = VaultLock(busy)
    lock.acquire()
    try:
        assert clean_creation_leftovers(tmp_path / "kluis") == 0
        assert busy.exists()
    finally:
        lock.release()
    assert clean_creation_leftovers(tmp_path / "kluis") == 1


def test_a_failure_half_way_leaves_nothing(tmp_path, monkeypatch):
    def broken(path, text):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(keys, "write_synced", broken)
    with pytest.raises(Exception) as info:
        Vault.create(tmp_path / "kluis", PASSPHRASE)
    assert "Traceback" not in str(info.value)
    assert not (tmp_path / "kluis").exists() and leftovers(tmp_path) == []


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("command", ["init", "demo"])
def test_sigkill_at_random_moments_of_creation(tmp_path, command):
    argv = ["init"] if command == "init" else ["demo", "--clients", "3", "--notes-per-client", "1"]
    env = env_with(OCO_PASSPHRASE=PASSPHRASE, OCO_TEST_SLOW_FSYNC="0.01")
    duration, done = timed_run(["--vault", str(tmp_path / "proef"), *argv], env)
    assert done.returncode == 0, done.stderr
    rng = random.Random(20261130)  # noqa: S311 - kill moments, not secrets
    outcomes = {"nothing": 0, "complete": 0}
    for attempt in range(8):
        parent = tmp_path / f"run{attempt}"
        parent.mkdir()
        folder = parent / "kluis"
        # Spread over the run (the first kills surely inside creation), then some at random.
        delay = duration * attempt / 6 if attempt < 6 else rng.uniform(0, duration * 1.1)
        code = run_and_kill(["--vault", str(folder), *argv], env, delay)
        if folder.exists():
            # Whatever remains where the vault was asked for is a complete vault.
            with Vault.open(folder, PASSPHRASE) as vault:
                assert vault.integrity()["integrity_check"] == "ok"
            outcomes["complete"] += 1
        else:
            outcomes["nothing"] += 1
            assert code is None
            assert needs_creation(folder)
        # A left-over never blocks: init (or demo) works at once, and cleans it.
        done = timed_run(["--vault", str(folder), *argv], env)[1] if not folder.exists() else None
        if done is not None:
            assert done.returncode == 0, done.stderr
            assert "Traceback" not in done.stderr
        assert leftovers(parent) == []
    assert outcomes["nothing"] >= 1, outcomes  # kills did land inside creation


def test_gui_creates_over_a_left_over(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from oco_desktop.settings import Settings
    from oco_desktop.ui.shell.unlock_dialog import CREATE, UnlockPanel

    folder = tmp_path / "kluis.ocovault"
    stale = tmp_path / f".kluis.ocovault{STAGING_MARK}x1"
    stale.mkdir()
    (stale / "vault.db").write_bytes(b"half")
    panel = UnlockPanel(folder, Settings())
    qtbot.addWidget(panel)
    assert panel.current_page() == CREATE
    qtbot.keyClicks(panel.new_passphrase, "een lange zin als wachtwoord")
    qtbot.keyClicks(panel.new_passphrase_repeat, "een lange zin als wachtwoord")
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    assert panel.pending_vault is not None, panel.create_error.text()
    panel.pending_vault.close()
    assert leftovers(tmp_path) == []
