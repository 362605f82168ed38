"""'Remember on this computer': the vault's data key in the operating system's keyring.

Only the data key is stored, never the passphrase, under the vault id. Where no real keyring backend
exists (headless Linux without a Secret Service) `available()` is False and callers ask each time;
we never fall back to a file. Only backends that encrypt are used (never keyrings.alt's plain-text
files, never the fail/null backends); the key is forgotten whenever the passphrase or data key changes.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import sys

import keyring
import keyring.core
from keyring.errors import KeyringError

SERVICE = "OCO Desktop vault"
log = logging.getLogger(__name__)

# The backends worth asking on each system, as (module, class). keyring's own first call imports every
# backend it knows, and its macOS backend looks for Apple's libraries with ctypes.util.find_library even
# on Linux: that runs `ldconfig -p` and tries gcc and ld, for three libraries (157 ms and 42 child
# processes on the development machine, before the unlock window of every start). A child process
# started then also holds the vault's lock until it gets to run, so a vault could look "in use" for a
# moment after the command that had it open was killed.
_NATIVE_BACKENDS = {
    "darwin": (("keyring.backends.macOS", "Keyring"),),
    "win32": (("keyring.backends.Windows", "WinVaultKeyring"),),
}
_FREEDESKTOP_BACKENDS = (  # Linux and the BSDs: GNOME Keyring, KeePassXC, KWallet...
    ("keyring.backends.SecretService", "Keyring"),
    ("keyring.backends.kwallet", "DBusKeyring"),
    ("keyring.backends.libsecret", "Keyring"),
)


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


def _native_backend():
    """The backend keyring would choose, found without importing the other systems' backends: the one
    named in keyring's own settings (PYTHON_KEYRING_BACKEND, keyringrc.cfg) if any, else the usable
    backend of this system with the highest priority, else keyring's "fail" backend (nothing stored)."""
    try:
        configured = keyring.core.load_env() or keyring.core.load_config()
    except Exception as exc:  # a wrong name there: keyring itself would stop on it; we ask each time
        log.warning("keyring setting not usable: %s", type(exc).__name__)
        configured = None
    if configured is not None:
        return configured
    usable = []
    for module_name, class_name in _NATIVE_BACKENDS.get(sys.platform, _FREEDESKTOP_BACKENDS):
        try:
            backend_class = getattr(importlib.import_module(module_name), class_name)
            if backend_class.viable:  # its priority raises where it cannot work
                usable.append(backend_class())
        except Exception as exc:  # a backend whose module does not load on this system
            log.info("keyring backend %s not usable: %s", module_name, type(exc).__name__)
    from keyring.backends import fail

    return max(usable, key=lambda b: float(b.priority), default=fail.Keyring())


_chosen = False  # once per process; a backend set later with keyring.set_keyring is then used as it is


def active_backend():
    """keyring's backend; chosen by _native_backend() the first time, unless one was set already
    (keyring.set_keyring, as the tests do)."""
    global _chosen
    if not _chosen and getattr(keyring.core, "_keyring_backend", None) is None:
        keyring.set_keyring(_native_backend())
    _chosen = True
    return keyring.get_keyring()


def encrypting_backend(backend: object | None = None) -> bool:
    """Whether `backend` (default: the active one) is one a vault key may be given to."""
    backend = backend if backend is not None else active_backend()
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
        active_backend().set_password(SERVICE, vault_id, data_key.hex())
        return True
    except KeyringError as exc:
        log.warning("keyring refused to store the vault key: %s", type(exc).__name__)
        return False


def recall(vault_id: str) -> bytes | None:
    if not available():
        return None
    try:
        value = active_backend().get_password(SERVICE, vault_id)
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
        active_backend().delete_password(SERVICE, vault_id)
