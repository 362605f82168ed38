"""The GUI's unlock path tells the same truth as the CLI (issue 10 point 4): no access is not damage,
a keys.json of another vault says so, a folder where vault.lock belongs is named."""

from __future__ import annotations

from PySide6.QtCore import Qt

from oco_desktop.settings import Settings
from oco_desktop.storage.lock import LOCK_NAME
from oco_desktop.storage.vault import KEYS_NAME, Vault
from oco_desktop.ui.shell.unlock_dialog import UNLOCK, UnlockPanel
from oco_desktop.ui.shell.vault_messages import vault_error_text

PASS = "een lange zin als wachtwoord"


def unlock_error(qtbot, folder, passphrase=PASS) -> str:
    panel = UnlockPanel(folder, Settings())
    qtbot.addWidget(panel)
    assert panel.current_page() == UNLOCK
    qtbot.keyClicks(panel.passphrase, passphrase)
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    assert panel.unlock_error.isVisibleTo(panel)
    return panel.unlock_error.text()


def test_lock_folder_is_named(qtbot, tmp_path):
    folder = tmp_path / "kluis.ocovault"
    Vault.create(folder, PASS)[0].close()
    (folder / LOCK_NAME).unlink(missing_ok=True)
    (folder / LOCK_NAME).mkdir()
    text = unlock_error(qtbot, folder)
    assert "vault.lock" in text and "beschadigd" not in text


def test_foreign_key_file_is_named(qtbot, tmp_path):
    folder, other = tmp_path / "kluis.ocovault", tmp_path / "andere.ocovault"
    Vault.create(folder, PASS)[0].close()
    Vault.create(other, PASS)[0].close()
    (folder / KEYS_NAME).write_bytes((other / KEYS_NAME).read_bytes())
    text = unlock_error(qtbot, folder)
    assert "keys.json" in text and "andere kluis" in text and "beschadigd" not in text


def test_os_and_sqlite_errors_are_classified(tmp_path):
    import sqlcipher3

    folder = tmp_path / "k"
    denied = vault_error_text(PermissionError(13, "Permission denied", str(folder)), folder)
    assert "niet openen of niet wijzigen" in denied and "beschadigd" not in denied
    full = vault_error_text(OSError(28, "No space left on device"), folder)
    assert "schijf is vol" in full
    full = vault_error_text(sqlcipher3.OperationalError("database or disk is full"), folder)
    assert "schijf is vol" in full
    read_only = vault_error_text(OSError(30, "Read-only file system"), folder)
    assert "beschadigd" not in read_only


def test_too_little_memory_to_unlock_is_said_so(qtbot, tmp_path, monkeypatch):
    from oco_desktop.storage import kdf
    from tests.test_kdf import _NoMemoryLib

    folder = tmp_path / "kluis.ocovault"
    Vault.create(folder, PASS)[0].close()
    monkeypatch.setattr(kdf, "lib", _NoMemoryLib(kdf.lib))
    text = unlock_error(qtbot, folder)
    assert "te weinig vrij werkgeheugen" in text and str(folder) in text and "beschadigd" not in text
