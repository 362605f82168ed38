"""Key management: a random data key, wrapped once by the passphrase and once by the recovery code.

The SQLCipher database is keyed with a random 256-bit data key (raw key, so SQLCipher's own KDF is
skipped). That key is stored only wrapped: AES-256-GCM under a key derived with Argon2id (memory-hard)
from the passphrase, and again from the recovery code. Changing the passphrase re-wraps the same data
key; the recovery code can set a new passphrase when the old one is forgotten. The wrapped keys live in
`keys.json` inside the vault folder, bound to the database by the vault id (AES-GCM associated data).
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import json
import os
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from oco_desktop.errors import NotAVault, WrongSecret
from oco_desktop.storage import kdf

# Argon2id, the slot checks and the derivations started ahead live in storage.kdf, which the CLI imports
# before anything else (see there); these names stay reachable here.
from oco_desktop.storage.kdf import (  # noqa: F401 - re-exported
    DATA_KEY_BYTES,
    KDF_ITERATIONS,
    KDF_LANES,
    KDF_MEMORY_KIB,
    MAX_KEYS_FILE_BYTES,
    NONCE_BYTES,
    SALT_BYTES,
    SLOT_PASSPHRASE,
    WRAPPED_KEY_BYTES,
    normalise_passphrase,
)
from oco_desktop.storage.kdf import Invalid as _Invalid
from oco_desktop.storage.kdf import b64_exact as _b64_exact
from oco_desktop.storage.kdf import unb64 as _unb64  # noqa: F401 - used by handover, org_key, org_slot

# `secrets` and AES-GCM are imported where they are used.
KEYS_FORMAT = 1
SLOT_RECOVERY = "recovery"
# Opt-in: the data key sealed to an organisation's public X25519 key (see storage/org_slot.py).
SLOT_ORGANISATION = "organisation"
# The passphrase rule, the same in the GUI and the CLI (counted in characters, after NFC).
MIN_PASSPHRASE_CHARS = 8

# Crockford base32 without I, L, O, U: readable aloud and hard to mistype.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_GROUPS = 6
_RECOVERY_GROUP_LEN = 5  # 30 symbols x 5 bits = 150 bits of entropy


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Stored with each wrapped key so old vaults keep opening after a change."""

    iterations: int
    memory_kib: int
    lanes: int

    @property
    def cost(self) -> kdf.Cost:
        """The same three as storage.kdf takes them."""
        return (self.iterations, self.memory_kib, self.lanes)


# RFC 9106 second recommendation (64 MiB, 3 passes, 4 lanes): about half a second on a laptop.
DEFAULT_KDF = KdfParams(iterations=3, memory_kib=64 * 1024, lanes=4)
# Only for the test suite (see tests/conftest.py): the cheapest setting `validate_kdf` accepts.
TEST_KDF = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
ACTIVE_KDF = DEFAULT_KDF

DB_SALT_BYTES = 16  # the first bytes of vault.db: SQLCipher's per-file salt, stored in the clear


def new_data_key() -> bytes:
    import secrets

    return secrets.token_bytes(DATA_KEY_BYTES)


def new_recovery_code() -> str:
    import secrets

    symbols = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUPS * _RECOVERY_GROUP_LEN))
    groups = [symbols[i : i + _RECOVERY_GROUP_LEN] for i in range(0, len(symbols), _RECOVERY_GROUP_LEN)]
    return "-".join(groups)


def normalise_recovery_code(code: str) -> str:
    """Accept the code as people type it: any case, spaces or dashes, O for 0, I or L for 1."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"}))
    return cleaned


def passphrase_long_enough(passphrase: str) -> bool:
    return len(unicodedata.normalize("NFC", passphrase)) >= MIN_PASSPHRASE_CHARS


def _derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return kdf.derive(secret, salt, params.cost)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64(data: bytes) -> str:
    return _b64(data)


def wrap(data_key: bytes, secret: bytes, vault_id: str, slot: str, params: KdfParams | None = None) -> dict:
    import secrets

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params = params or ACTIVE_KDF
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _derive(secret, salt, params)
    ciphertext = AESGCM(kek).encrypt(nonce, data_key, f"{vault_id}:{slot}".encode())
    return {
        "kdf": "argon2id",
        "params": asdict(params),
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped_key": _b64(ciphertext),
    }


def unwrap(entry: dict, secret: bytes, vault_id: str, slot: str) -> bytes:
    try:
        params, salt, nonce, ciphertext = _check_argon2_slot(entry)
    except _Invalid as exc:
        raise NotAVault(f"Het sleutelbestand van deze kluis is beschadigd: {exc}.") from None
    # Imported before the derivation is waited for: with one started ahead (kdf.start_ahead), the import
    # (about 4 ms) then overlaps with Argon2id instead of following it.
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = _derive(secret, salt, params)
    try:
        return AESGCM(kek).decrypt(nonce, ciphertext, f"{vault_id}:{slot}".encode())
    except InvalidTag:
        what = "wachtwoordzin" if slot == SLOT_PASSPHRASE else "herstelcode"
        raise WrongSecret(f"De {what} klopt niet.") from None


def validate_kdf(params: object) -> KdfParams:
    """The Argon2id cost from a keys.json, refused when out of range (before any work is done)."""
    return KdfParams(*kdf.parse_cost(params))


def _check_argon2_slot(entry: object) -> tuple[KdfParams, bytes, bytes, bytes]:
    cost, salt, nonce, wrapped = kdf.parse_argon2_slot(entry)
    return KdfParams(*cost), salt, nonce, wrapped


# Slot kinds, told apart by the slot's "kdf" (or "kind") field. Another module adds its own kind with
# `register_slot_kind` (e.g. a slot sealed to an organisation key); a slot of a known kind is always
# validated, whatever its name. Slots of an unknown kind must still be JSON objects and are kept as
# they are when keys.json is rewritten, so an older version never destroys a newer one's slot.
SlotValidator = Callable[[dict], object]
_SLOT_KINDS: dict[str, SlotValidator] = {"argon2id": _check_argon2_slot}
# Slots that must be of a given kind when present.
_SLOT_REQUIRED_KIND = {SLOT_PASSPHRASE: "argon2id", SLOT_RECOVERY: "argon2id"}


def register_slot_kind(kind: str, validator: SlotValidator, *, slot_name: str | None = None) -> None:
    """Validate every slot whose "kdf"/"kind" is `kind`; the validator raises ValueError when invalid."""
    _SLOT_KINDS[kind] = validator
    if slot_name is not None:
        _SLOT_REQUIRED_KIND[slot_name] = kind


# Kinds whose validator lives in a module of its own, imported when such a slot is first met.
_LAZY_SLOT_KINDS = {"x25519-sealed": "oco_desktop.storage.org_slot"}


def slot_kind(entry: dict) -> object:
    return entry.get("kdf", entry.get("kind"))


def validate_slot(name: str, entry: object) -> None:
    if not isinstance(entry, dict):
        raise _Invalid(f"sleutelvak {name!r} is geen object")
    kind = slot_kind(entry)
    if isinstance(kind, str) and kind not in _SLOT_KINDS and kind in _LAZY_SLOT_KINDS:
        importlib.import_module(_LAZY_SLOT_KINDS[kind])  # registers itself
    if name not in _SLOT_REQUIRED_KIND and name == SLOT_ORGANISATION:
        importlib.import_module(_LAZY_SLOT_KINDS["x25519-sealed"])
    required = _SLOT_REQUIRED_KIND.get(name)
    if required is not None and kind != required:
        raise _Invalid(f"sleutelvak {name!r} moet van soort {required} zijn")
    validator = _SLOT_KINDS.get(kind) if isinstance(kind, str) else None
    if validator is not None:
        try:
            validator(entry)
        except _Invalid as exc:
            raise _Invalid(f"sleutelvak {name!r}: {exc}") from None
        except (ValueError, TypeError, KeyError) as exc:
            raise _Invalid(f"sleutelvak {name!r} is ongeldig ({type(exc).__name__})") from None


@dataclass
class KeyFile:
    """The content of keys.json: the vault id, the wrapped data key per slot, the database's salt.

    `db_salt` (base64 of the first 16 bytes of vault.db, which SQLCipher keeps in the clear) lets a
    keys.json of another vault be named as such instead of as a wrong passphrase or a damaged file.
    Unknown top-level fields are kept in `extra` and written back unchanged.
    """

    vault_id: str
    slots: dict
    db_salt: str | None = None
    extra: dict = field(default_factory=dict)

    def to_json(self) -> str:
        data = {**self.extra, "format": KEYS_FORMAT, "vault_id": self.vault_id, "slots": self.slots}
        if self.db_salt is not None:
            data["db_salt"] = self.db_salt
        return json.dumps(data, indent=2)

    @classmethod
    def from_json(cls, text: str) -> KeyFile:
        """Parse and validate everything (types, ranges, lengths) before any key is derived."""
        try:
            if len(text) > MAX_KEYS_FILE_BYTES:
                raise _Invalid("het bestand is te groot")
            try:
                data = json.loads(text)
            except (ValueError, RecursionError):
                raise _Invalid("geen geldige JSON") from None
            if not isinstance(data, dict):
                raise _Invalid("geen JSON-object")
            if type(data.get("format")) is not int or data["format"] != KEYS_FORMAT:
                raise _Invalid("onbekend formaat")
            vault_id = data.get("vault_id")
            if not isinstance(vault_id, str):
                raise _Invalid("vault_id ontbreekt")
            try:
                uuid.UUID(vault_id)
            except ValueError:
                raise _Invalid("vault_id is geen geldige id") from None
            slots = data.get("slots")
            if not isinstance(slots, dict):
                raise _Invalid("slots is geen object")
            if SLOT_PASSPHRASE not in slots:
                raise _Invalid("het vak voor de wachtwoordzin ontbreekt")
            for name, entry in slots.items():
                validate_slot(name, entry)
            db_salt = data.get("db_salt")
            if db_salt is not None:
                _b64_exact(data, "db_salt", DB_SALT_BYTES)
            extra = {k: v for k, v in data.items() if k not in ("format", "vault_id", "slots", "db_salt")}
            return cls(vault_id=vault_id, slots=slots, db_salt=db_salt, extra=extra)
        except _Invalid as exc:
            raise NotAVault(f"Het sleutelbestand van deze kluis is onleesbaar: {exc}.") from None


def db_salt_of(header: bytes) -> str | None:
    """The value for KeyFile.db_salt from the first bytes of vault.db (None when too short)."""
    return _b64(header[:DB_SALT_BYTES]) if len(header) >= DB_SALT_BYTES else None


def write_synced(path: os.PathLike[str], text: str) -> None:
    """Write a new file and fsync it; on any failure (a full disk) nothing of it remains."""
    path = os.fspath(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        try:
            data = text.encode("utf-8")
            written = 0
            while written < len(data):
                written += os.write(fd, data[written:])
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    _fsync_dir(os.path.dirname(path))


def write_atomic(path: os.PathLike[str], text: str) -> None:
    """Write a small file so that a crash leaves either the old or the new version, never half."""
    path = os.fspath(path)
    tmp = f"{path}.new"
    write_synced(tmp, text)
    os.replace(tmp, path)
    _fsync_dir(os.path.dirname(path))


def _fsync_dir(folder: str) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder or ".", os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
