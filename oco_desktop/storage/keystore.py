"""'Remember on this computer': the vault's data key in the operating system's keyring.

Only the data key is stored, never the passphrase, under the vault id. Where no real keyring backend
exists (headless Linux without a Secret Service) `available()` is False and callers ask each time;
we never fall back to a file. Only backends that encrypt are used (never keyrings.alt's plain-text
files, never the fail/null backends); the key is forgotten whenever the passphrase or data key changes.
"""

from __future__ import annotations

import contextlib
import logging

import keyring
from keyring.errors import KeyringError

SERVICE = "OCO Desktop vault"
log = logging.getLogger(__name__)


# Backends that do not encrypt what they store (or store nothing): never used for a vault key.
# keyrings.alt holds file and registry backends that keep secrets in plain text or base64, or with a
# password it would have to ask for on a console; "fail" and "null" store nothing.
_REFUSED_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")
_REFUSED_NAMES = ("plaintext", "uncrypted", "unencrypted", "null", "fail")


def _refused(backend: object) -> bool:
    cls = type(backend)
    module = cls.__module__ or ""
    name = cls.__name__.lower()
    return module.startswith(_REFUSED_MODULES) or any(word in name for word in _REFUSED_NAMES)


def encrypting_backend(backend: object | None = None) -> bool:
    """Whether `backend` (default: the active one) is one a vault key may be given to."""
    backend = backend if backend is not None else keyring.get_keyring()
    if type(backend).__module__.startswith("keyring.backends.chainer"):
        members = list(getattr(backend, "backends", []))
        # The chainer writes to the first member that takes it: every member must be acceptable.
        return bool(members) and all(encrypting_backend(member) for member in members)
    if _refused(backend):
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # some backends raise from priority when unusable
        return False


def available() -> bool:
    return encrypting_backend()


def remember(vault_id: str, data_key: bytes) -> bool:
    """Store the data key; False when the keyring refused (the caller says so to the user)."""
    if not available():
        log.warning("no encrypting keyring backend: the vault key is not remembered")
        return False
    try:
        keyring.set_password(SERVICE, vault_id, data_key.hex())
        return True
    except KeyringError as exc:
        log.warning("keyring refused to store the vault key: %s", type(exc).__name__)
        return False


def recall(vault_id: str) -> bytes | None:
    if not available():
        return None
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
