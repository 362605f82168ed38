"""Organisation recovery key end to end: org-key new/add/remove/show and recover --org-key."""

from __future__ import annotations

import json

import pytest

from oco_desktop.cli import main
from oco_desktop.storage import access_log, keys, org_slot
from oco_desktop.storage.vault import KEYS_NAME, Vault, read_key_file
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, make_vault

ORG_PASS = "coördinator-sleutel-lang-genoeg"
NEW_PASS = "nieuwe-wachtwoordzin-2026"


@pytest.fixture
def env(tmp_path, monkeypatch):
    folder = tmp_path / "kluis"
    vault = make_vault(folder)
    client = add_client_with_consent(vault, "Kanarie Canarisvogel")
    vault.close()
    monkeypatch.setenv("OCO_VAULT", str(folder))
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("OCO_ORG_KEY_PASSPHRASE", ORG_PASS)
    monkeypatch.setenv("OCO_NEW_PASSPHRASE", NEW_PASS)
    return folder, client


def new_key(tmp_path, name="org"):
    assert main(["org-key", "new", "--out", str(tmp_path / name)]) == 0
    pub = next((tmp_path / name).glob("*.ocoorgpub"))
    priv = next((tmp_path / name).glob("*.ocoorgkey"))
    return pub, priv


def test_recover_with_org_key(env, tmp_path, capsys):
    folder, client = env
    pub, priv = new_key(tmp_path)
    assert main(["org-key", "add", str(pub)]) == 0
    slot = json.loads((folder / KEYS_NAME).read_text())["slots"][keys.SLOT_ORGANISATION]
    assert slot["kind"] == "x25519-sealed"
    assert main(["org-key", "show"]) == 0
    assert slot["key_id"] in capsys.readouterr().out
    # The supporter forgot everything; the coordinator sets a new passphrase.
    assert main(["recover", "--org-key", str(priv)]) == 0
    with Vault.open(folder, NEW_PASS) as vault:
        assert vault.conn.execute("SELECT name FROM clients").fetchone()[0] == "Kanarie Canarisvogel"
        kinds = [e.kind for e in access_log.general(vault)]
        assert "recover" in kinds and "org_key" in kinds
        # The recovery code and organisation slot still work after the reset.
        assert org_slot.org_key_id(vault.key_file) == slot["key_id"]
    from oco_desktop.errors import WrongSecret

    with pytest.raises(WrongSecret):
        Vault.open(folder, PASSPHRASE)


def test_foreign_key_refused_exit_3(env, tmp_path):
    folder, _ = env
    pub, _priv = new_key(tmp_path, "ours")
    _pub2, foreign = new_key(tmp_path, "theirs")
    assert main(["org-key", "add", str(pub)]) == 0
    before = (folder / KEYS_NAME).read_bytes()
    assert main(["recover", "--org-key", str(foreign)]) == 3
    assert (folder / KEYS_NAME).read_bytes() == before


def test_wrong_org_passphrase_exit_3(env, tmp_path, monkeypatch):
    pub, priv = new_key(tmp_path)
    assert main(["org-key", "add", str(pub)]) == 0
    monkeypatch.setenv("OCO_ORG_KEY_PASSPHRASE", "niet-de-goede-zin-hoor")
    assert main(["recover", "--org-key", str(priv)]) == 3


def test_no_slot_means_exit_3(env, tmp_path):
    _pub, priv = new_key(tmp_path)
    assert main(["recover", "--org-key", str(priv)]) == 3


def test_remove(env, tmp_path, capsys):
    folder, _ = env
    pub, priv = new_key(tmp_path)
    assert main(["org-key", "add", str(pub)]) == 0
    assert main(["org-key", "remove"]) == 0
    assert keys.SLOT_ORGANISATION not in read_key_file(folder).slots
    assert main(["recover", "--org-key", str(priv)]) == 3
    assert main(["org-key", "remove"]) == 0
    assert "geen organisatiesleutel" in capsys.readouterr().out


def test_add_refuses_private_half_and_junk(env, tmp_path):
    folder, _ = env
    _pub, priv = new_key(tmp_path)
    assert main(["org-key", "add", str(priv)]) == 2
    junk = tmp_path / "junk.ocoorgpub"
    junk.write_text("{}")
    assert main(["org-key", "add", str(junk)]) == 2
    assert keys.SLOT_ORGANISATION not in read_key_file(folder).slots


def test_short_org_passphrase_refused(env, tmp_path, monkeypatch):
    monkeypatch.setenv("OCO_ORG_KEY_PASSPHRASE", "kort")
    assert main(["org-key", "new", "--out", str(tmp_path / "o")]) == 2
    assert not (tmp_path / "o").exists()


def test_wrong_vault_passphrase_for_add(env, tmp_path, monkeypatch):
    pub, _ = new_key(tmp_path)
    monkeypatch.setenv("OCO_PASSPHRASE", "fout")
    assert main(["org-key", "add", str(pub)]) == 3


def test_tampered_slot_is_refused(env, tmp_path):
    folder, _ = env
    pub, priv = new_key(tmp_path)
    assert main(["org-key", "add", str(pub)]) == 0
    doc = json.loads((folder / KEYS_NAME).read_text())
    sealed = bytearray(keys._unb64(doc["slots"]["organisation"]["sealed_key"]))
    sealed[-1] ^= 1
    doc["slots"]["organisation"]["sealed_key"] = keys._b64(bytes(sealed))
    (folder / KEYS_NAME).write_text(json.dumps(doc))
    assert main(["recover", "--org-key", str(priv)]) == 4


def test_org_key_does_not_leak_data_key(env, tmp_path):
    folder, _ = env
    pub, _ = new_key(tmp_path)
    assert main(["org-key", "add", str(pub)]) == 0
    with Vault.open(folder, PASSPHRASE) as vault:
        data_key = vault.data_key
    text = (folder / KEYS_NAME).read_bytes()
    assert data_key not in text and data_key.hex().encode() not in text
    assert keys._b64(data_key).encode() not in text


def test_rekey_reseals_the_organisation_slot(env, tmp_path, monkeypatch):
    """passwd --rekey (harden-b) replaces the data key: the organisation slot must follow it."""
    folder, client = env
    pub, priv = new_key(tmp_path)
    assert main(["org-key", "add", str(pub)]) == 0
    before = json.loads((folder / KEYS_NAME).read_text())["slots"]["organisation"]
    assert main(["passwd", "--rekey"]) == 0
    after = json.loads((folder / KEYS_NAME).read_text())["slots"]["organisation"]
    assert after["key_id"] == before["key_id"] and after["sealed_key"] != before["sealed_key"]
    monkeypatch.setenv("OCO_NEW_PASSPHRASE", "na-de-rekey-ingesteld-2026")
    assert main(["recover", "--org-key", str(priv)]) == 0
    with Vault.open(folder, "na-de-rekey-ingesteld-2026") as vault:
        assert vault.conn.execute("SELECT id FROM clients").fetchone()[0] == client.id
