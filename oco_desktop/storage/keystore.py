"""'Remember on this computer': the vault's data key in the operating system's keyring.

Only the data key is stored, never the passphrase, under the vault id. Where no real keyring backend
exists (headless Linux without a Secret Service) `available()` is False and callers ask each time;
we never fall back to a file.
"""

from __future__ import annotations

import contextlib
import logging

import keyring
from keyring.errors import KeyringError

SERVICE = "OCO Desktop vault"
log = logging.getLogger(__name__)


def available() -> bool:
    backend = keyring.get_keyring()
    if type(backend).__module__.startswith("keyring.backends.fail"):
        return False
    if type(backend).__module__.startswith("keyring.backends.chainer"):
        return bool(getattr(backend, "backends", []))
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # some backends raise from priority when unusable
        return False


def remember(vault_id: str, data_key: bytes) -> bool:
    """Store the data key; False when the keyring refused (the caller says so to the user)."""
    try:
        keyring.set_password(SERVICE, vault_id, data_key.hex())
        return True
    except KeyringError as exc:
        log.warning("keyring refused to store the vault key: %s", type(exc).__name__)
        return False


def recall(vault_id: str) -> bytes | None:
    try:
        value = keyring.get_password(SERVICE, vault_id)
    except KeyringError as exc:
        log.warning("keyring could not be read: %s", type(exc).__name__)
        return None
    if not value:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def forget(vault_id: str) -> None:
    # Nothing stored, or the keyring is gone: either way nothing remains to forget.
    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, vault_id)
