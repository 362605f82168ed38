"""The vault: creation, unlocking, keys, recovery, bad input and the lock."""

from __future__ import annotations

import hashlib
import json
import sys

import pytest

from oco_desktop.errors import (
    NotAVault,
    SchemaTooNew,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongSecret,
)
from oco_desktop.storage import keys, keystore
from oco_desktop.storage import vault as vault_module
from oco_desktop.storage.vault import DB_NAME, KEYS_NAME, Vault
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note, make_vault


def folder_digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_create_open_roundtrip(tmp_path):
    folder = tmp_path / "kluis"
    vault, code = Vault.create(folder, PASSPHRASE)
    client = add_client_with_consent(vault)
    vault.close()
    assert len(keys.normalise_recovery_code(code)) == 30
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.db["clients"].count == 1
        assert vault.conn.execute("SELECT name FROM clients").fetchone()[0] == client.name
        assert vault.integrity() == {"integrity_check": "ok", "cipher_integrity_check": "ok"}
        assert vault.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert vault.conn.execute("PRAGMA cache_size").fetchone()[0] == -131072  # 128 MiB, memory only
        assert vault.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 256  # 4 MiB of 16 KiB pages
        assert vault.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # never a temp file on disk
    # Database and keys live together in one folder; nothing else is left after closing.
    assert sorted(p.name for p in folder.iterdir()) == sorted([DB_NAME, KEYS_NAME, "vault.lock"])


def test_ids_are_uuid_and_timestamps_utc_iso(tmp_path):
    with make_vault(tmp_path / "k") as vault:
        client = add_client_with_consent(vault)
        row = vault.conn.execute("SELECT id, created_at FROM clients").fetchone()
    assert row[0] == client.id and len(row[0]) == 36 and row[0].count("-") == 4
    assert row[1].endswith("Z") and "T" in row[1]


def test_create_never_overwrites(tmp_path):
    folder = tmp_path / "k"
    make_vault(folder).close()
    before = folder_digest(folder)
    with pytest.raises(VaultExists):
        Vault.create(folder, "anders-anders")
    a_file = tmp_path / "notes.txt"
    a_file.write_text("iets")
    with pytest.raises(VaultExists):
        Vault.create(a_file, "anders-anders")
    assert folder_digest(folder) == before
    assert a_file.read_text() == "iets"


def test_wrong_passphrase_is_plain_and_leaves_files_untouched(tmp_path, capfd):
    folder = tmp_path / "k"
    make_vault(folder).close()
    before = folder_digest(folder)
    with pytest.raises(WrongSecret) as info:
        Vault.open(folder, "verkeerd")
    assert str(info.value) == "De wachtwoordzin klopt niet."
    assert folder_digest(folder) == before
    out, err = capfd.readouterr()
    assert out == "" and err == ""  # no SQLCipher log noise


def test_passphrase_unicode_normalisation(tmp_path):
    folder = tmp_path / "k"
    Vault.create(folder, "café-Ärger")[0].close()
    decomposed = "cafe\u0301-A\u0308rger"
    Vault.open(folder, decomposed).close()


def test_change_passphrase(tmp_path):
    folder = tmp_path / "k"
    vault = make_vault(folder)
    with pytest.raises(WrongSecret):
        vault.change_passphrase("niet-de-oude", "nieuw-wachtwoord")
    vault.change_passphrase(PASSPHRASE, "nieuw-wachtwoord")
    vault.close()
    with pytest.raises(WrongSecret):
        Vault.open(folder, PASSPHRASE)
    Vault.open(folder, "nieuw-wachtwoord").close()


def test_recovery_code_sets_new_passphrase(tmp_path):
    folder = tmp_path / "k"
    vault, code = Vault.create(folder, PASSPHRASE)
    client = add_client_with_consent(vault)
    vault.close()
    with pytest.raises(WrongSecret) as info:
        Vault.recover(folder, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "nieuw-wachtwoord")
    assert "herstelcode" in str(info.value)
    # Typed sloppily: lower case, spaces instead of dashes.
    sloppy = code.lower().replace("-", " ")
    Vault.recover(folder, sloppy, "nieuw-wachtwoord").close()
    with Vault.open(folder, "nieuw-wachtwoord") as vault:
        assert vault.conn.execute("SELECT id FROM clients").fetchone()[0] == client.id
    # The recovery code keeps working.
    Vault.recover(folder, code, "derde-wachtwoord").close()


def test_no_key_or_passphrase_in_clear_in_key_file(tmp_path):
    folder = tmp_path / "k"
    vault, code = Vault.create(folder, PASSPHRASE)
    data_key = vault.data_key
    vault.close()
    raw = (folder / KEYS_NAME).read_bytes()
    for secret in (PASSPHRASE.encode(), data_key, data_key.hex().encode(), code.encode(),
                   keys.normalise_recovery_code(code).encode()):
        assert secret not in raw
    for path in folder.iterdir():
        assert data_key.hex().encode() not in path.read_bytes()


def test_default_kdf_is_memory_hard_argon2id():
    entry = keys.wrap(b"k" * 32, b"pw", "id", "passphrase", keys.DEFAULT_KDF)
    assert entry["kdf"] == "argon2id"
    assert entry["params"]["memory_kib"] >= 64 * 1024
    assert keys.unwrap(entry, b"pw", "id", "passphrase") == b"k" * 32
    with pytest.raises(WrongSecret):
        keys.unwrap(entry, b"pW", "id", "passphrase")


def test_missing_vault(tmp_path):
    with pytest.raises(VaultMissing) as info:
        Vault.open(tmp_path / "nergens", PASSPHRASE)
    assert str(tmp_path / "nergens") in str(info.value)


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 100, b"just some text\n"])
def test_a_file_is_not_a_vault(tmp_path, content):
    path = tmp_path / "iets.db"
    path.write_bytes(content)
    with pytest.raises(NotAVault) as info:
        Vault.open(path, PASSPHRASE)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content


def test_folder_without_keys_is_not_a_vault(tmp_path):
    folder = tmp_path / "k"
    make_vault(folder).close()
    (folder / KEYS_NAME).unlink()
    with pytest.raises(NotAVault):
        Vault.open(folder, PASSPHRASE)


def test_damaged_key_file(tmp_path):
    folder = tmp_path / "k"
    make_vault(folder).close()
    (folder / KEYS_NAME).write_text("{ kapot")
    with pytest.raises(NotAVault) as info:
        Vault.open(folder, PASSPHRASE)
    assert KEYS_NAME in str(info.value)


def test_truncated_database(tmp_path):
    folder = tmp_path / "k"
    vault = make_vault(folder)
    client = add_client_with_consent(vault)
    for i in range(50):
        add_note(vault, client.id, f"notitie {i} " + "tekst " * 200)
    vault.close()
    db = folder / DB_NAME
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 100])
    before = folder_digest(folder)
    with pytest.raises(VaultCorrupt) as info:
        Vault.open(folder, PASSPHRASE)
    assert str(db) in str(info.value)
    assert folder_digest(folder) == before


@pytest.mark.parametrize("offset_from", ["header", "middle", "end"])
def test_changed_bytes_are_detected(tmp_path, offset_from):
    folder = tmp_path / "k"
    vault = make_vault(folder)
    client = add_client_with_consent(vault)
    for i in range(30):
        add_note(vault, client.id, f"notitie {i} " + "tekst " * 200)
    vault.close()
    db = folder / DB_NAME
    data = bytearray(db.read_bytes())
    offset = {"header": 100, "middle": len(data) // 2, "end": len(data) - 30}[offset_from]
    data[offset] ^= 0xFF
    db.write_bytes(bytes(data))
    before = folder_digest(folder)
    with pytest.raises(VaultCorrupt) as info:
        Vault.open(folder, PASSPHRASE, full_check=True)
    assert str(db) in str(info.value)
    assert folder_digest(folder) == before
    # The everyday open leaves the full check for later (it was closed cleanly); that check finds it.
    try:
        vault = Vault.open(folder, PASSPHRASE)
    except VaultCorrupt:
        assert offset_from == "header"  # page 1 is read at once, and checked when read
        return
    try:
        assert not vault.pages_verified
        problems = vault.verify_pages()
        assert problems and vault.pages_verified
        assert vault.integrity()["cipher_integrity_check"] != "ok"
    finally:
        vault.close()


def test_full_page_check_only_after_an_unclean_close(tmp_path):
    folder = tmp_path / "k"
    vault = make_vault(folder)
    assert vault.pages_verified  # new: nothing to check
    vault.close()
    vault = Vault.open(folder, PASSPHRASE)
    assert not vault.pages_verified  # closed cleanly: the check is left for later
    assert vault.verify_pages() == [] and vault.pages_verified
    # Simulate a crash: the connection goes away without close(). Nothing was changed in that session,
    # so nothing was marked: the next open leaves the check for later.
    vault.conn.close()
    vault.conn = None
    vault._lock.release()
    vault = Vault.open(folder, PASSPHRASE)
    assert not vault.pages_verified
    # A crash after a change: its transaction cleared the clean-close mark with it.
    add_client_with_consent(vault)
    vault.conn.close()
    vault.conn = None
    vault._lock.release()
    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert vault.pages_verified  # checked at open, before anything else
        assert vault.integrity() == {"integrity_check": "ok", "cipher_integrity_check": "ok"}
    finally:
        vault.close()
    vault = Vault.open(folder, PASSPHRASE)  # that session found the mark at '0' and closed cleanly
    try:
        assert not vault.pages_verified
    finally:
        vault.close()


def test_keys_of_another_vault_are_refused(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    make_vault(a).close()
    make_vault(b).close()
    (a / KEYS_NAME).write_bytes((b / KEYS_NAME).read_bytes())
    with pytest.raises((NotAVault, VaultCorrupt)):
        Vault.open(a, PASSPHRASE)


def test_newer_schema_is_refused_untouched(tmp_path):
    folder = tmp_path / "k"
    vault = make_vault(folder)
    vault.conn.execute("PRAGMA user_version = 99")
    vault.close()
    before = folder_digest(folder)
    with pytest.raises(SchemaTooNew) as info:
        Vault.open(folder, PASSPHRASE)
    assert "nieuwere versie" in str(info.value) and str(folder) in str(info.value)
    assert folder_digest(folder) == before


def test_second_open_is_locked(tmp_path):
    folder = tmp_path / "k"
    vault = make_vault(folder)
    with pytest.raises(VaultLocked) as info:
        Vault.open(folder, PASSPHRASE)
    assert "al geopend" in str(info.value)
    vault.close()
    Vault.open(folder, PASSPHRASE).close()  # the lock goes with the closing


def test_transaction_rolls_back_on_error(tmp_path):
    with make_vault(tmp_path / "k") as vault:
        client = add_client_with_consent(vault)
        with pytest.raises(RuntimeError), vault.transaction() as conn:
            conn.execute("UPDATE clients SET name = 'X' WHERE id = ?", (client.id,))
            raise RuntimeError("boom")
        assert vault.conn.execute("SELECT name FROM clients").fetchone()[0] == client.name


def test_keyring_remembers_the_data_key(tmp_path, memory_keyring):
    folder = tmp_path / "k"
    vault = make_vault(folder)
    assert keystore.available()
    assert keystore.remember(vault.vault_id, vault.data_key)
    vault_id = vault.vault_id
    vault.close()
    stored = json.dumps(list(memory_keyring.items.values()))
    assert PASSPHRASE not in stored
    Vault.open(folder, data_key=keystore.recall(vault_id)).close()
    keystore.forget(vault_id)
    assert keystore.recall(vault_id) is None


def test_no_keyring_backend_is_detected():
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    assert keystore.available() is False


def test_the_page_cache_holds_a_vault_whole_when_it_fits_an_eighth_of_the_memory():
    """Held whole (the file and a quarter more): every search finds its pages decrypted once the warm-up
    has read them. Otherwise a quarter of the file, 128..256 MiB, as when the memory size is unknown."""
    mib, gib = 1024 * 1024, 1024 * 1024 * 1024
    assert vault_module.cache_kib(1 * mib, 8 * gib) == 128 * 1024
    assert vault_module.cache_kib(230 * mib, 8 * gib) == 230 * mib * 5 // 4 // 1024  # 2,000 clients
    assert vault_module.cache_kib(1120 * mib, 8 * gib) == 256 * 1024  # 10,000 clients: 1.4 GB > 1 GiB
    assert vault_module.cache_kib(1120 * mib, 16 * gib) == 1400 * 1024  # held whole: 1.4 GB <= 2 GiB
    assert vault_module.cache_kib(230 * mib, None) == 128 * 1024
    assert vault_module.cache_kib(700 * mib, None) == 175 * 1024
    assert vault_module.cache_kib(1120 * mib, None) == 256 * 1024
    assert vault_module.cache_kib(50_000 * mib, 64 * gib) == 256 * 1024


def test_the_memory_size_is_known_here():
    memory = vault_module.physical_memory_bytes()
    if sys.platform.startswith(("linux", "darwin")):
        assert memory is not None and memory > 256 * 1024 * 1024


def test_a_big_vault_is_opened_with_the_cache_of_its_size(tmp_path, monkeypatch):
    folder = tmp_path / "groot"
    make_vault(folder).close()
    monkeypatch.setattr(vault_module, "CACHE_MIN_KIB", 64)  # a test vault is small: scale the rule down
    size = (folder / DB_NAME).stat().st_size
    monkeypatch.setattr(vault_module, "physical_memory_bytes", lambda: None)
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.conn.execute("PRAGMA cache_size").fetchone()[0] == -max(64, size // 4 // 1024)
    monkeypatch.setattr(vault_module, "physical_memory_bytes", lambda: 8 * 1024**3)
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.conn.execute("PRAGMA cache_size").fetchone()[0] == -max(64, size * 5 // 4 // 1024)
