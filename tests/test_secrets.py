"""Issue 10 point 8: the passphrase rule, `passwd --rekey`, `recovery-code new`, key changes that survive
SIGKILL at any moment, and a keyring that is used only when it encrypts."""

from __future__ import annotations

import json
import os

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from oco_desktop.storage import keystore
from oco_desktop.storage.vault import KEYS_NAME, PENDING_KEYS_NAME, Vault
from tests.cli_helpers import run
from tests.kill_helpers import env_with, run_and_kill, timed_run
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note

NEW = "een-nieuwe-wachtwoordzin"
CODES: dict = {}  # vault folder -> the recovery code `init` printed


def code_from(out: str) -> str:
    [line] = [line for line in out.splitlines() if line.startswith("Recovery code: ")]
    return line.split(": ", 1)[1]


@pytest.fixture
def vault_dir(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "kluis"
    monkeypatch.setenv("OCO_VAULT", str(folder))
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "init")
    assert code == 0
    with Vault.open(folder, PASSPHRASE) as vault:
        client = add_client_with_consent(vault)
        add_note(vault, client.id, "Gesprek over de huur.")
    CODES[folder] = code_from(out)
    return folder


def test_rekey_re_encrypts_and_old_key_files_stop_working(vault_dir, capsys, monkeypatch):
    old_keys = (vault_dir / KEYS_NAME).read_bytes()
    old_db_start = (vault_dir / "vault.db").read_bytes()[:4096]
    monkeypatch.setenv("OCO_NEW_PASSPHRASE", NEW)
    code, out, err = run(capsys, "passwd", "--rekey")
    assert code == 0, err
    new_code = code_from(out)
    assert (vault_dir / "vault.db").read_bytes()[:4096] != old_db_start  # re-encrypted
    monkeypatch.setenv("OCO_PASSPHRASE", NEW)
    code, out, _ = run(capsys, "check")
    assert code == 0 and "notes: 1" in out
    # An old copy of keys.json (with the old passphrase) no longer opens the current vault.db.
    current = (vault_dir / KEYS_NAME).read_bytes()
    (vault_dir / KEYS_NAME).write_bytes(old_keys)
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    code, _, err = run(capsys, "check")
    assert code == 4 and "past niet" in err
    (vault_dir / KEYS_NAME).write_bytes(current)
    # The old recovery code is gone, the new one works.
    monkeypatch.setenv("OCO_RECOVERY_CODE", CODES[vault_dir])
    monkeypatch.setenv("OCO_NEW_PASSPHRASE", "derde-wachtwoordzin")
    assert run(capsys, "recover")[0] == 3
    monkeypatch.setenv("OCO_RECOVERY_CODE", new_code)
    assert run(capsys, "recover")[0] == 0


def test_recovery_code_new_invalidates_the_old_one(vault_dir, capsys, monkeypatch):
    code, out, err = run(capsys, "recovery-code", "new")
    assert code == 0, err
    new_code = code_from(out)
    assert new_code != CODES[vault_dir]
    monkeypatch.setenv("OCO_NEW_PASSPHRASE", NEW)
    monkeypatch.setenv("OCO_RECOVERY_CODE", CODES[vault_dir])
    code, _, err = run(capsys, "recover")
    assert code == 3 and "herstelcode" in err
    monkeypatch.setenv("OCO_RECOVERY_CODE", new_code)
    assert run(capsys, "recover")[0] == 0
    monkeypatch.setenv("OCO_PASSPHRASE", NEW)
    assert run(capsys, "check")[0] == 0


def test_recovery_code_new_needs_the_passphrase(vault_dir, capsys, monkeypatch):
    before = (vault_dir / KEYS_NAME).read_bytes()
    monkeypatch.setenv("OCO_PASSPHRASE", "verkeerde-zin")
    code, out, _ = run(capsys, "recovery-code", "new")
    assert code == 3 and "Recovery code" not in out
    assert (vault_dir / KEYS_NAME).read_bytes() == before


def test_left_over_key_file_is_cleaned_on_open(vault_dir):
    (vault_dir / PENDING_KEYS_NAME).write_text("{half geschreven")
    with Vault.open(vault_dir, PASSPHRASE):
        pass
    assert not (vault_dir / PENDING_KEYS_NAME).exists()


def test_interrupted_passphrase_change_opens_with_old_or_new(vault_dir):
    """keys.json.new written, rename not done: the old passphrase opens (and drops it), or the new one
    opens (and completes the change)."""
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        pending = vault.key_file
        from oco_desktop.storage import keys

        slots = dict(pending.slots)
        slots["passphrase"] = keys.wrap(vault.data_key, keys.normalise_passphrase(NEW), vault.vault_id, "passphrase")
        text = json.dumps({**json.loads(pending.to_json()), "slots": slots})
    (vault_dir / PENDING_KEYS_NAME).write_text(text)
    with Vault.open(vault_dir, NEW):
        pass
    assert not (vault_dir / PENDING_KEYS_NAME).exists()
    with pytest.raises(Exception, match="klopt niet"):
        Vault.open(vault_dir, PASSPHRASE)
    Vault.open(vault_dir, NEW).close()


def test_remembered_key_is_dropped_when_secrets_change(vault_dir, capsys, monkeypatch, memory_keyring):
    def remembered() -> bool:
        vault_id = json.loads((vault_dir / KEYS_NAME).read_text())["vault_id"]
        return keystore.recall(vault_id) is not None

    def remember():
        with Vault.open(vault_dir, os.environ["OCO_PASSPHRASE"]) as vault:
            assert keystore.remember(vault.vault_id, vault.data_key)

    remember()
    monkeypatch.setenv("OCO_NEW_PASSPHRASE", NEW)
    assert run(capsys, "passwd")[0] == 0
    assert not remembered()
    monkeypatch.setenv("OCO_PASSPHRASE", NEW)
    remember()
    monkeypatch.setenv("OCO_NEW_PASSPHRASE", "derde-wachtwoordzin")
    assert run(capsys, "passwd", "--rekey")[0] == 0
    assert not remembered()
    monkeypatch.setenv("OCO_PASSPHRASE", "derde-wachtwoordzin")
    remember()
    monkeypatch.setenv("OCO_RECOVERY_CODE", CODES[vault_dir])  # replaced by the rekey: refused
    code, out, _ = run(capsys, "recovery-code", "new")
    monkeypatch.setenv("OCO_RECOVERY_CODE", code_from(out))
    monkeypatch.setenv("OCO_NEW_PASSPHRASE", "vierde-wachtwoordzin")
    assert run(capsys, "recover")[0] == 0
    assert not remembered()


class PlaintextKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise AssertionError("a plain-text keyring must never receive the key")

    def delete_password(self, service, username):
        pass


def test_keyring_only_with_a_backend_that_encrypts(monkeypatch, memory_keyring):
    PlaintextKeyring.__module__ = "keyrings.alt.file"
    assert keystore.encrypting_backend(memory_keyring)
    for backend in (PlaintextKeyring(), fail.Keyring(), null.Keyring()):
        assert not keystore.encrypting_backend(backend), backend
    assert not keystore.encrypting_backend(chainer.ChainerBackend.__new__(chainer.ChainerBackend))
    keyring.set_keyring(PlaintextKeyring())
    assert not keystore.available()
    assert keystore.remember("id", b"k" * 32) is False  # refused before the backend is asked
    assert keystore.recall("id") is None


# -- SIGKILL during key changes --------------------------------------------------------------------------
def _opens_with_one_of(folder, secrets_: list[str]) -> str:
    opened = []
    for secret in secrets_:
        try:
            with Vault.open(folder, secret, full_check=True) as vault:
                assert vault.integrity() == {"integrity_check": "ok", "cipher_integrity_check": "ok"}
                assert vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
            opened.append(secret)
        except Exception as exc:  # noqa: BLE001 - recorded, asserted below
            assert "klopt niet" in str(exc), exc
    assert opened, "the vault opens with neither the old nor the new secret"
    return opened[0]


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("argv", [["passwd"], ["passwd", "--rekey"], ["recovery-code", "new"]],
                         ids=["passwd", "rekey", "recovery-code"])
def test_sigkill_at_any_moment_of_a_key_change(tmp_path, argv):
    import random
    import shutil

    template = tmp_path / "template"
    with Vault.create(template, PASSPHRASE)[0] as vault:
        client = add_client_with_consent(vault)
        add_note(vault, client.id, "Gesprek over de huur. " * 200)
    env = env_with(OCO_PASSPHRASE=PASSPHRASE, OCO_NEW_PASSPHRASE=NEW, OCO_TEST_SLOW_FSYNC="0.01")
    probe = tmp_path / "probe"
    shutil.copytree(template, probe)
    duration, done = timed_run(["--vault", str(probe), *argv], env)
    assert done.returncode == 0, done.stderr
    rng = random.Random(len(argv))  # noqa: S311 - kill moments, not secrets
    seen = set()
    for attempt in range(10):
        folder = tmp_path / f"k{attempt}"
        shutil.copytree(template, folder)
        # Spread over the run, one at random, and one long after the end (the change is complete).
        delay = duration * attempt / 8 if attempt < 8 else rng.uniform(0, duration) if attempt == 8 else 3 * duration
        run_and_kill(["--vault", str(folder), *argv], env, delay)
        seen.add(_opens_with_one_of(folder, [PASSPHRASE, NEW]))
        assert not (folder / PENDING_KEYS_NAME).exists()  # finished or dropped by the open
    if argv[0] == "passwd":
        assert seen == {PASSPHRASE, NEW}, seen  # kills landed before the change, and it completes


def test_rekey_interrupted_between_re_encryption_and_rename(vault_dir, monkeypatch):
    """The narrowest moment of a rekey, made to happen: the database has the new key, keys.json still
    the old one. The new passphrase opens it and completes the change; the old one is refused."""
    from oco_desktop.storage import vault as vault_module

    vault = Vault.open(vault_dir, PASSPHRASE)
    real_replace = os.replace

    def crash(src, dst):
        if str(src).endswith(PENDING_KEYS_NAME):
            raise OSError(5, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(vault_module.os, "replace", crash)
    with pytest.raises(Exception, match="schijf"):
        vault.rekey(PASSPHRASE, NEW)
    vault.close()
    monkeypatch.undo()
    assert (vault_dir / PENDING_KEYS_NAME).exists()
    with pytest.raises(Exception, match="klopt niet"):
        Vault.open(vault_dir, PASSPHRASE)
    assert (vault_dir / PENDING_KEYS_NAME).exists()  # a refused open changes nothing
    with Vault.open(vault_dir, NEW, full_check=True) as vault:
        assert vault.integrity()["cipher_integrity_check"] == "ok"
    assert not (vault_dir / PENDING_KEYS_NAME).exists()
    Vault.open(vault_dir, NEW).close()


class _SilentRekey:
    """A connection whose PRAGMA rekey reports success and does nothing: what SQLCipher does when the
    disk is full during a rekey."""

    def __init__(self, conn):
        self._conn = conn

    def execute(self, sql, *args):
        if sql.startswith("PRAGMA rekey"):
            return self._conn.execute("SELECT 1")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_a_rekey_sqlcipher_silently_dropped_is_never_committed(vault_dir):
    """keys.json is replaced only when vault.db on disk is proven to be under the new key."""
    before = (vault_dir / KEYS_NAME).read_bytes()
    vault = Vault.open(vault_dir, PASSPHRASE)
    real = vault.conn
    vault.conn = _SilentRekey(real)
    with pytest.raises(Exception, match="niets veranderd|schijf is vol"):
        vault.rekey(PASSPHRASE, NEW)
    vault.conn = real
    vault.close()
    assert (vault_dir / KEYS_NAME).read_bytes() == before
    assert not (vault_dir / PENDING_KEYS_NAME).exists()
    with Vault.open(vault_dir, PASSPHRASE, full_check=True) as vault:
        assert vault.integrity()["cipher_integrity_check"] == "ok"
