"""The organisation key module: key files, passphrase protection, seal/open and its refusals."""

from __future__ import annotations

import json
import os
import stat

import pytest

from oco_desktop.errors import EXIT_USAGE, EXIT_VAULT, EXIT_WRONG_SECRET, OcoError, TamperedData, WrongSecret
from oco_desktop.storage import keys, org_key

PASS = "coördinator-sleutel-2026"
CONTEXT = b"vault:1234:org"


@pytest.fixture
def pair(tmp_path):
    return org_key.write_key_pair(tmp_path / "keys", PASS)


def test_write_key_pair_files_are_private_and_versioned(pair):
    public_path, private_path = pair
    for path in pair:
        assert path.is_file()
        if os.name == "posix":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    pub = json.loads(public_path.read_text())
    priv = json.loads(private_path.read_text())
    assert pub["format"] == "oco-org-public-key" and pub["version"] == 1
    assert priv["format"] == "oco-org-private-key" and priv["version"] == 1
    assert pub["key_id"] == priv["key_id"]
    assert public_path.name.endswith(".ocoorgpub") and private_path.name.endswith(".ocoorgkey")
    # The private file holds the key only encrypted: its raw bytes are nowhere in clear or base64.
    private = org_key.load_private_key(private_path, PASS)
    raw = private._key.private_bytes_raw()
    assert raw not in private_path.read_bytes()
    assert keys._b64(raw).encode() not in private_path.read_bytes()
    assert "private_key" not in priv  # only "encrypted_private_key"


def test_write_key_pair_never_overwrites(tmp_path):
    out = tmp_path / "k"
    first = org_key.write_key_pair(out, PASS)
    second = org_key.write_key_pair(out, PASS)
    assert first != second
    assert len(list(out.iterdir())) == 4


def test_write_key_pair_refuses_a_file_as_folder(tmp_path):
    target = tmp_path / "a-file"
    target.write_text("x")
    with pytest.raises(OcoError) as err:
        org_key.write_key_pair(target, PASS)
    assert err.value.exit_code == EXIT_USAGE


def test_seal_and_open_round_trip(pair):
    public = org_key.load_public_key(pair[0])
    private = org_key.load_private_key(pair[1], PASS)
    assert public.key_id == private.key_id
    sealed = org_key.seal(public, b"data key bytes", CONTEXT)
    assert b"data key bytes" not in sealed
    assert org_key.sealed_key_id(sealed) == public.key_id
    assert org_key.open_sealed(private, sealed, CONTEXT) == b"data key bytes"
    # Two seals of the same text differ (fresh ephemeral key and nonce).
    assert org_key.seal(public, b"data key bytes", CONTEXT) != sealed


def test_wrong_passphrase_is_exit_3(pair):
    with pytest.raises(WrongSecret) as err:
        org_key.load_private_key(pair[1], "niet de goede")
    assert err.value.exit_code == EXIT_WRONG_SECRET


def test_passphrase_is_unicode_normalised(tmp_path):
    composed = "caf\u00e9-sleutel"
    decomposed = "cafe\u0301-sleutel"
    _pub, priv = org_key.write_key_pair(tmp_path, composed)
    assert org_key.load_private_key(priv, decomposed).key_id


def test_foreign_key_is_exit_3(pair, tmp_path):
    public = org_key.load_public_key(pair[0])
    _other_pub, other_priv_path = org_key.write_key_pair(tmp_path / "other", PASS)
    other = org_key.load_private_key(other_priv_path, PASS)
    sealed = org_key.seal(public, b"secret", CONTEXT)
    with pytest.raises(WrongSecret) as err:
        org_key.open_sealed(other, sealed, CONTEXT)
    assert err.value.exit_code == EXIT_WRONG_SECRET


@pytest.mark.parametrize("position", [0, 5, 14, 50, -1, -20])
def test_tampered_blob_is_exit_4(pair, position):
    public = org_key.load_public_key(pair[0])
    private = org_key.load_private_key(pair[1], PASS)
    sealed = bytearray(org_key.seal(public, b"secret payload", CONTEXT))
    sealed[position] ^= 0x01
    with pytest.raises(OcoError) as err:
        org_key.open_sealed(private, bytes(sealed), CONTEXT)
    # A flipped key-id byte reads as "another key" (3); every other change is tampering (4).
    if position in (5,):
        assert err.value.exit_code == EXIT_WRONG_SECRET
    else:
        assert isinstance(err.value, TamperedData)
        assert err.value.exit_code == EXIT_VAULT


def test_context_is_bound(pair):
    public = org_key.load_public_key(pair[0])
    private = org_key.load_private_key(pair[1], PASS)
    sealed = org_key.seal(public, b"secret", CONTEXT)
    with pytest.raises(TamperedData):
        org_key.open_sealed(private, sealed, b"vault:other:org")


def test_truncated_and_garbage_blobs(pair):
    private = org_key.load_private_key(pair[1], PASS)
    for blob in (b"", b"OCOS", b"not sealed at all" * 5):
        with pytest.raises(TamperedData):
            org_key.open_sealed(private, blob, CONTEXT)


def test_load_public_key_refusals(pair, tmp_path):
    with pytest.raises(OcoError) as err:
        org_key.load_public_key(tmp_path / "missing.ocoorgpub")
    assert err.value.exit_code == EXIT_USAGE
    junk = tmp_path / "junk.ocoorgpub"
    junk.write_bytes(b"\x00\xffnot json")
    with pytest.raises(OcoError) as err:
        org_key.load_public_key(junk)
    assert err.value.exit_code == EXIT_USAGE
    # Handing the private half where the public one belongs is refused with a clear word.
    with pytest.raises(OcoError) as err:
        org_key.load_public_key(pair[1])
    assert err.value.exit_code == EXIT_USAGE
    assert "geheime deel" in str(err.value)
    # A public file whose key id does not match its key was edited.
    doc = json.loads(pair[0].read_text())
    doc["key_id"] = "0000-0000-0000-0000"
    edited = tmp_path / "edited.ocoorgpub"
    edited.write_text(json.dumps(doc))
    with pytest.raises(OcoError) as err:
        org_key.load_public_key(edited)
    assert err.value.exit_code == EXIT_USAGE


def test_load_private_key_refusals(pair, tmp_path):
    with pytest.raises(OcoError) as err:
        org_key.load_private_key(pair[0], PASS)
    assert err.value.exit_code == EXIT_USAGE
    with pytest.raises(OcoError) as err:
        org_key.load_private_key(tmp_path / "missing", PASS)
    assert err.value.exit_code == EXIT_USAGE
    # Swapping in another key's public half breaks the AAD binding: not a silent wrong key.
    doc = json.loads(pair[1].read_text())
    _p2, other_priv = org_key.write_key_pair(tmp_path / "o", PASS)
    other = json.loads(other_priv.read_text())
    doc["public_key"], doc["key_id"] = other["public_key"], other["key_id"]
    swapped = tmp_path / "swapped.ocoorgkey"
    swapped.write_text(json.dumps(doc))
    with pytest.raises(WrongSecret):
        org_key.load_private_key(swapped, PASS)


def test_empty_passphrase_refused(tmp_path):
    with pytest.raises(OcoError) as err:
        org_key.generate_key_pair("")
    assert err.value.exit_code == EXIT_USAGE


def test_kdf_params_are_stored_with_the_private_key(pair):
    doc = json.loads(pair[1].read_text())
    assert doc["kdf"] == "argon2id"
    assert keys.KdfParams(**doc["params"]) == keys.ACTIVE_KDF
