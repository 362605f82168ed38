"""Key management: a random data key, wrapped once by the passphrase and once by the recovery code.

The SQLCipher database is keyed with a random 256-bit data key (raw key, so SQLCipher's own KDF is
skipped). That key is stored only wrapped: AES-256-GCM under a key derived with Argon2id (memory-hard)
from the passphrase, and again from the recovery code. Changing the passphrase re-wraps the same data
key; the recovery code can set a new passphrase when the old one is forgotten. The wrapped keys live in
`keys.json` inside the vault folder, bound to the database by the vault id (AES-GCM associated data).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from oco_desktop.errors import NotAVault, WrongSecret

DATA_KEY_BYTES = 32
KEYS_FORMAT = 1
SLOT_PASSPHRASE = "passphrase"
SLOT_RECOVERY = "recovery"
# Opt-in: the data key sealed to an organisation's public X25519 key (see storage/org_slot.py).
SLOT_ORGANISATION = "organisation"

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
# Only for the test suite (see tests/conftest.py).
TEST_KDF = KdfParams(iterations=1, memory_kib=1024, lanes=1)
ACTIVE_KDF = DEFAULT_KDF


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_recovery_code() -> str:
    symbols = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUPS * _RECOVERY_GROUP_LEN))
    groups = [symbols[i : i + _RECOVERY_GROUP_LEN] for i in range(0, len(symbols), _RECOVERY_GROUP_LEN)]
    return "-".join(groups)


def normalise_recovery_code(code: str) -> str:
    """Accept the code as people type it: any case, spaces or dashes, O for 0, I or L for 1."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"}))
    return cleaned


def normalise_passphrase(passphrase: str) -> bytes:
    # NFC so "é" typed on macOS (decomposed) and Windows (composed) gives the same key.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
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


def wrap(data_key: bytes, secret: bytes, vault_id: str, slot: str, params: KdfParams | None = None) -> dict:
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
        params = KdfParams(**entry["params"])
        salt, nonce, ciphertext = (_unb64(entry[k]) for k in ("salt", "nonce", "wrapped_key"))
        if entry["kdf"] != "argon2id":
            raise ValueError(entry["kdf"])
    except (KeyError, TypeError, ValueError) as exc:
        raise NotAVault("Het sleutelbestand van deze kluis is beschadigd.") from exc
    kek = _derive(secret, salt, params)
    try:
        return AESGCM(kek).decrypt(nonce, ciphertext, f"{vault_id}:{slot}".encode())
    except InvalidTag:
        what = "wachtwoordzin" if slot == SLOT_PASSPHRASE else "herstelcode"
        raise WrongSecret(f"De {what} klopt niet.") from None


@dataclass
class KeyFile:
    """The content of keys.json: the vault id and the wrapped data key per slot."""

    vault_id: str
    slots: dict

    def to_json(self) -> str:
        return json.dumps({"format": KEYS_FORMAT, "vault_id": self.vault_id, "slots": self.slots}, indent=2)

    @classmethod
    def from_json(cls, text: str) -> KeyFile:
        try:
            data = json.loads(text)
            if data.get("format") != KEYS_FORMAT:
                raise ValueError("format")
            slots = data["slots"]
            if SLOT_PASSPHRASE not in slots:
                raise ValueError("no passphrase slot")
            return cls(vault_id=str(data["vault_id"]), slots=slots)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise NotAVault("Het sleutelbestand van deze kluis is onleesbaar.") from exc


def write_atomic(path: os.PathLike[str], text: str) -> None:
    """Write a small file so that a crash leaves either the old or the new version, never half."""
    path = os.fspath(path)
    tmp = f"{path}.new"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
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
