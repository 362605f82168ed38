"""The organisation slot in keys.json: the vault's data key sealed to an organisation's public key.

    "organisation": {"kind": "x25519-sealed", "key_id": "3F2A-...", "public_key": b64,
                     "sealed_key": b64, "added_at": "..."}

The public key is stored with the slot so that anything that replaces the data key (a rekey) can
seal the new key to the same organisation without the coordinator: call `reseal(slot, data_key,
vault_id)` for the new key file. Opening the slot needs the coordinator's private key and its
passphrase; then a new vault passphrase is set, exactly like the recovery code does.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from oco_desktop.errors import NotAVault, UsageError, WrongSecret
from oco_desktop.storage import keys, org_key
from oco_desktop.storage.clock import utc_now
from oco_desktop.storage.lock import VaultLock

SLOT_KIND = "x25519-sealed"


def _context(vault_id: str) -> bytes:
    return f"oco-vault-data-key:{vault_id}:{keys.SLOT_ORGANISATION}".encode()


def make_slot(public: org_key.OrgPublicKey, data_key: bytes, vault_id: str) -> dict:
    return {
        "kind": SLOT_KIND,
        "key_id": public.key_id,
        "public_key": keys._b64(public.raw),
        "sealed_key": keys._b64(org_key.seal(public, data_key, _context(vault_id))),
        "added_at": utc_now(),
    }


def slot_public_key(slot: dict) -> org_key.OrgPublicKey:
    try:
        if slot.get("kind") != SLOT_KIND:
            raise ValueError("kind")
        public = org_key.OrgPublicKey(keys._unb64(slot["public_key"]))
        if len(public.raw) != 32 or public.key_id != slot.get("key_id"):
            raise ValueError("key")
        keys._unb64(slot["sealed_key"])
        return public
    except (ValueError, KeyError, TypeError, AttributeError):
        raise NotAVault("De organisatiesleutel in het sleutelbestand van deze kluis is beschadigd.") from None


def valid_slot(slot: object) -> bool:
    """For keys.json validation: is this a well-formed organisation slot?"""
    try:
        slot_public_key(slot)  # type: ignore[arg-type]
        return True
    except NotAVault:
        return False


def _validate(slot: dict) -> None:
    if not valid_slot(slot):
        raise ValueError("organisation slot")


# keys.json validation checks every slot of this kind (and the "organisation" slot must be of it).
keys.register_slot_kind(SLOT_KIND, _validate, slot_name=keys.SLOT_ORGANISATION)


def reseal(slot: dict, data_key: bytes, vault_id: str) -> dict:
    """The same organisation slot for a new data key (used when the vault is rekeyed)."""
    new = make_slot(slot_public_key(slot), data_key, vault_id)
    new["added_at"] = slot.get("added_at", new["added_at"])
    return new


def org_key_id(key_file: keys.KeyFile) -> str | None:
    """The fingerprint of the organisation key that can open this vault, or None."""
    slot = key_file.slots.get(keys.SLOT_ORGANISATION)
    if not isinstance(slot, dict):
        return None
    return str(slot.get("key_id") or "") or None


def unseal(key_file: keys.KeyFile, private: org_key.OrgPrivateKey) -> bytes:
    """The data key, opened with the organisation's private key. Another key: WrongSecret (exit 3)."""
    slot = key_file.slots.get(keys.SLOT_ORGANISATION)
    if slot is None:
        raise WrongSecret("Geen organisatiesleutel kan deze kluis openen (er is er geen toegevoegd).")
    public = slot_public_key(slot)
    if public.raw != private.public.raw:
        raise WrongSecret(
            f"Deze organisatiesleutel ({private.key_id}) kan deze kluis niet openen; "
            f"dat kan alleen sleutel {public.key_id}."
        )
    return org_key.open_sealed(private, keys._unb64(slot["sealed_key"]), _context(key_file.vault_id))


def _write(vault, slots: dict) -> None:
    from oco_desktop.storage.vault import KEYS_NAME

    new_file = dataclasses.replace(vault.key_file, slots=slots)  # keeps db_salt and unknown fields
    keys.write_atomic(vault.folder / KEYS_NAME, new_file.to_json())
    vault.key_file = new_file


def add(vault, public: org_key.OrgPublicKey) -> None:
    """Add (or replace) the organisation slot of an open vault."""
    slots = dict(vault.key_file.slots)
    slots[keys.SLOT_ORGANISATION] = make_slot(public, vault.data_key, vault.vault_id)
    _write(vault, slots)


def remove(vault) -> bool:
    """Remove the organisation slot; False when there was none."""
    if keys.SLOT_ORGANISATION not in vault.key_file.slots:
        return False
    slots = dict(vault.key_file.slots)
    del slots[keys.SLOT_ORGANISATION]
    _write(vault, slots)
    return True


def recover(folder: os.PathLike[str] | str, private: org_key.OrgPrivateKey, new_passphrase: str):
    """Set a new passphrase with the organisation key; returns the vault open."""
    from oco_desktop.storage import vault as vault_mod

    if not new_passphrase:
        raise UsageError("De nieuwe wachtwoordzin mag niet leeg zijn.")
    folder = Path(folder)
    key_file = vault_mod.read_key_file(folder)
    lock = VaultLock(folder)
    lock.acquire()
    try:
        data_key = unseal(key_file, private)
        conn, problems, marked = vault_mod._open_verified(folder, data_key, key_file, upgrade=True, full_check=True)
    except BaseException:
        lock.release()
        raise
    vault = vault_mod.Vault(folder, conn, key_file, data_key, lock, page_problems=problems, marked=marked)
    try:
        vault._rewrap_passphrase(new_passphrase)
    except BaseException:
        vault.close()
        raise
    return vault
