"""Key management: a random data key, wrapped once by the passphrase and once by the recovery code.

The SQLCipher database is keyed with a random 256-bit data key (raw key, so SQLCipher's own KDF is
skipped). That key is stored only wrapped: AES-256-GCM under a key derived with Argon2id (memory-hard)
from the passphrase, and again from the recovery code. Changing the passphrase re-wraps the same data
key; the recovery code can set a new passphrase when the old one is forgotten. The wrapped keys live in
`keys.json` inside the vault folder, bound to the database by the vault id (AES-GCM associated data).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import importlib
import json
import os
import threading
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from oco_desktop.errors import NotAVault, WrongSecret

# `secrets` and AES-GCM are imported where they are used: the CLI imports this module before it starts
# Argon2id (cli.secrets.derive_passphrase_ahead), so whatever is imported here delays the derivation,
# and AES-GCM is only needed after it.
DATA_KEY_BYTES = 32
KEYS_FORMAT = 1
SLOT_PASSPHRASE = "passphrase"
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


# RFC 9106 second recommendation (64 MiB, 3 passes, 4 lanes): about half a second on a laptop.
DEFAULT_KDF = KdfParams(iterations=3, memory_kib=64 * 1024, lanes=4)
# Only for the test suite (see tests/conftest.py): the cheapest setting `validate_kdf` accepts.
TEST_KDF = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
ACTIVE_KDF = DEFAULT_KDF

# What a keys.json may ask for. Checked before any derivation: a tampered file must not make the
# program hang (2**31 passes) or exhaust memory (memory_kib 2**32-1).
KDF_MEMORY_KIB = (8 * 1024, 1024 * 1024)  # 8 MiB .. 1 GiB
KDF_ITERATIONS = (1, 20)
KDF_LANES = (1, 16)
SALT_BYTES = 16
NONCE_BYTES = 12
WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16  # AES-GCM appends a 16-byte tag
MAX_KEYS_FILE_BYTES = 64 * 1024
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


def normalise_passphrase(passphrase: str) -> bytes:
    # NFC so "é" typed on macOS (decomposed) and Windows (composed) gives the same key.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


# Derivations started ahead (unwrap_ahead): (secret, salt, params) -> (thread, result box). Each is
# taken by the first _derive with the same arguments, once, and never kept beyond that.
_ahead: dict[tuple[bytes, bytes, KdfParams], tuple[threading.Thread, dict]] = {}
_ahead_lock = threading.Lock()


def unwrap_ahead(entry: object, secret: bytes) -> bool:
    """Start the Argon2id derivation that unwrap(entry, secret, ...) will need, in a thread, now.

    The CLI calls it before it imports the command's code (about 50-100 ms): Argon2id runs in Rust
    without the GIL, so the imports and the derivation overlap. Nothing is concluded here: unwrap still
    checks the result with AES-GCM (a wrong passphrase is found there, as always). False, and nothing
    started, when the slot is not a valid Argon2id slot: the command then reports that itself.
    """
    try:
        params, salt, _nonce, _ciphertext = _check_argon2_slot(entry)
    except _Invalid:
        return False
    box: dict[str, bytes] = {}

    def run() -> None:
        with contextlib.suppress(Exception):  # the command derives again and reports the error
            box["kek"] = _derive_now(secret, salt, params)

    thread = threading.Thread(target=run, name="oco-kdf-ahead", daemon=True)
    with _ahead_lock:
        _ahead[(secret, salt, params)] = (thread, box)
    thread.start()
    return True


def forget_ahead() -> None:
    """Drop derivations started ahead and not taken (a command that failed before it opened the vault),
    after their threads have ended: no thread of a command outlives it (an in-process caller, such as
    the test suite, then never has a derivation running beside its next work)."""
    with _ahead_lock:
        started = list(_ahead.values())
        _ahead.clear()
    for thread, box in started:
        thread.join()
        box.clear()


def _derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    with _ahead_lock:
        started = _ahead.pop((secret, salt, params), None)
    if started is not None:
        thread, box = started
        thread.join()
        if "kek" in box:
            return box.pop("kek")
    return _derive_now(secret, salt, params)


def _derive_now(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


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
    kek = _derive(secret, salt, params)
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(nonce, ciphertext, f"{vault_id}:{slot}".encode())
    except InvalidTag:
        what = "wachtwoordzin" if slot == SLOT_PASSPHRASE else "herstelcode"
        raise WrongSecret(f"De {what} klopt niet.") from None


class _Invalid(ValueError):
    """A keys.json field that is missing, of the wrong type or out of range (message: which one)."""


def _int_in(value: object, bounds: tuple[int, int], name: str) -> int:
    if type(value) is not int:  # bool is an int subclass: refused too
        raise _Invalid(f"{name} is geen geheel getal")
    low, high = bounds
    if not low <= value <= high:
        raise _Invalid(f"{name} {value} ligt buiten {low}..{high}")
    return value


def _b64_exact(entry: dict, name: str, length: int) -> bytes:
    value = entry.get(name)
    if not isinstance(value, str) or len(value) > 4 * length:
        raise _Invalid(f"{name} ontbreekt of is geen tekst")
    try:
        raw = _unb64(value)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise _Invalid(f"{name} is geen base64") from None
    if len(raw) != length:
        raise _Invalid(f"{name} heeft {len(raw)} bytes in plaats van {length}")
    return raw


def validate_kdf(params: object) -> KdfParams:
    """The Argon2id cost from a keys.json, refused when out of range (before any work is done)."""
    if not isinstance(params, dict) or set(params) != {"iterations", "memory_kib", "lanes"}:
        raise _Invalid("params moet precies iterations, memory_kib en lanes bevatten")
    return KdfParams(
        iterations=_int_in(params["iterations"], KDF_ITERATIONS, "iterations"),
        memory_kib=_int_in(params["memory_kib"], KDF_MEMORY_KIB, "memory_kib"),
        lanes=_int_in(params["lanes"], KDF_LANES, "lanes"),
    )


def _check_argon2_slot(entry: object) -> tuple[KdfParams, bytes, bytes, bytes]:
    if not isinstance(entry, dict):
        raise _Invalid("een sleutelvak is geen object")
    if entry.get("kdf") != "argon2id":
        raise _Invalid("kdf moet argon2id zijn")
    params = validate_kdf(entry.get("params"))
    return (params, _b64_exact(entry, "salt", SALT_BYTES), _b64_exact(entry, "nonce", NONCE_BYTES),
            _b64_exact(entry, "wrapped_key", WRAPPED_KEY_BYTES))


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
