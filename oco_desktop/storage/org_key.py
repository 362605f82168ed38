"""The organisation key: an X25519 key pair held by the coordinator, opt-in per vault.

The public half can be handed to every supporter: it only lets them *seal* data (a vault's data key,
a report) so that the organisation can open it. The private half stays with the coordinator, in a
file encrypted under a passphrase (Argon2id + AES-256-GCM, as storage/keys.py does for vaults).

Sealing is ECIES-style: a fresh ephemeral X25519 key per message, HKDF-SHA256 over the shared secret
(salted with both public keys), AES-256-GCM with the header and the caller's `context` as associated
data. So a sealed blob opens only with the right private key *and* for the purpose it was made for.

File formats (JSON, versioned by "format" + "version"):

    public:  {"format": "oco-org-public-key", "version": 1, "algorithm": "X25519",
              "key_id": "...", "public_key": b64, "created_at": "..."}
    private: {"format": "oco-org-private-key", "version": 1, "algorithm": "X25519",
              "key_id": "...", "public_key": b64, "created_at": "...",
              "kdf": "argon2id", "params": {...}, "salt": b64, "nonce": b64, "encrypted_private_key": b64}

Sealed blob (binary): b"OCOS" | version (1 byte) | key id (8 bytes) | ephemeral public (32) |
nonce (12) | AES-GCM ciphertext+tag.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from oco_desktop.errors import TamperedData, UsageError, WrongSecret
from oco_desktop.storage import keys
from oco_desktop.storage.clock import utc_now

PUBLIC_FORMAT = "oco-org-public-key"
PRIVATE_FORMAT = "oco-org-private-key"
FORMAT_VERSION = 1
ALGORITHM = "X25519"
PUBLIC_SUFFIX = ".ocoorgpub"
PRIVATE_SUFFIX = ".ocoorgkey"

_SEAL_MAGIC = b"OCOS"
_SEAL_VERSION = 1
_KEY_ID_BYTES = 8
_HEADER_LEN = len(_SEAL_MAGIC) + 1 + _KEY_ID_BYTES + 32 + 12
_HKDF_INFO = b"oco-desktop org-key seal v1"
_MAX_KEY_FILE = 64 * 1024


@dataclass(frozen=True)
class OrgPublicKey:
    raw: bytes  # 32 bytes
    created_at: str = ""

    @property
    def key_id_bytes(self) -> bytes:
        return hashlib.sha256(b"oco-org-key-id:" + self.raw).digest()[:_KEY_ID_BYTES]

    @property
    def key_id(self) -> str:
        """A short fingerprint to read aloud and compare, e.g. '3F2A-91C0-...'."""
        h = self.key_id_bytes.hex().upper()
        return "-".join(h[i : i + 4] for i in range(0, len(h), 4))

    def _key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.raw)


@dataclass(frozen=True)
class OrgPrivateKey:
    public: OrgPublicKey
    _key: X25519PrivateKey = field(repr=False)

    @property
    def key_id(self) -> str:
        return self.public.key_id


def _b64(data: bytes) -> str:
    return keys._b64(data)


def _unb64(text: str) -> bytes:
    return keys._unb64(text)


def _private_aad(key_id: str, public_raw: bytes) -> bytes:
    return f"{PRIVATE_FORMAT}:{FORMAT_VERSION}:{key_id}:".encode() + public_raw


def generate_key_pair(passphrase: str) -> tuple[bytes, bytes]:
    """A new key pair as (public file bytes, private file bytes); the private part sealed by passphrase."""
    if not passphrase:
        raise UsageError("De wachtwoordzin voor de organisatiesleutel mag niet leeg zijn.")
    private = X25519PrivateKey.generate()
    public_raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    private_raw = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = OrgPublicKey(public_raw, created_at=utc_now())
    common = {
        "version": FORMAT_VERSION,
        "algorithm": ALGORITHM,
        "key_id": public.key_id,
        "public_key": _b64(public_raw),
        "created_at": public.created_at,
    }
    params = keys.ACTIVE_KDF
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = keys._derive(keys.normalise_passphrase(passphrase), salt, params)
    encrypted = AESGCM(kek).encrypt(nonce, private_raw, _private_aad(public.key_id, public_raw))
    public_doc = {"format": PUBLIC_FORMAT, **common}
    private_doc = {
        "format": PRIVATE_FORMAT,
        **common,
        "kdf": "argon2id",
        "params": asdict(params),
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "encrypted_private_key": _b64(encrypted),
    }
    return (
        (json.dumps(public_doc, indent=2) + "\n").encode("utf-8"),
        (json.dumps(private_doc, indent=2) + "\n").encode("utf-8"),
    )


def _write_new(path: Path, data: bytes) -> None:
    """Create a file that did not exist, mode 0600, fully synced. Never overwrites."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def write_key_pair(out_dir: Path, passphrase: str) -> tuple[Path, Path]:
    """Generate a key pair and write both files into out_dir (created if needed); never overwrites."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir} is geen map.")
    try:
        out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise UsageError(f"De map {out_dir} kan niet worden gemaakt ({exc.strerror}).") from None
    public_bytes, private_bytes = generate_key_pair(passphrase)
    key_id = json.loads(public_bytes)["key_id"]
    stem = f"organisatiesleutel-{key_id}"
    public_path = out_dir / f"{stem}{PUBLIC_SUFFIX}"
    private_path = out_dir / f"{stem}{PRIVATE_SUFFIX}"
    try:
        _write_new(private_path, private_bytes)
        try:
            _write_new(public_path, public_bytes)
        except BaseException:
            private_path.unlink(missing_ok=True)
            raise
    except FileExistsError:
        raise UsageError(f"In {out_dir} staat al een sleutel met deze naam; er is niets overschreven.") from None
    except OSError as exc:
        raise UsageError(f"In {out_dir} kan niet worden geschreven ({exc.strerror}).") from None
    return public_path, private_path


def _read_doc(path: Path, what: str) -> dict:
    path = Path(path)
    try:
        if not path.is_file():
            raise UsageError(f"Het bestand {path} bestaat niet of is geen bestand.")
        if path.stat().st_size > _MAX_KEY_FILE:
            raise ValueError("too large")
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict):
            raise ValueError("not an object")
        return doc
    except (OSError, ValueError, UnicodeDecodeError):
        raise UsageError(f"{path} is geen {what} van OCO Desktop.") from None


def _public_from_doc(doc: dict) -> OrgPublicKey:
    if doc.get("version") != FORMAT_VERSION or doc.get("algorithm") != ALGORITHM:
        raise ValueError("version")
    raw = _unb64(doc["public_key"])
    if len(raw) != 32:
        raise ValueError("length")
    public = OrgPublicKey(raw, created_at=str(doc.get("created_at", "")))
    if doc.get("key_id") != public.key_id:
        raise ValueError("key id")
    return public


def public_key_from_bytes(data: bytes) -> OrgPublicKey:
    try:
        doc = json.loads(data.decode("utf-8"))
        if doc.get("format") != PUBLIC_FORMAT:
            raise ValueError("format")
        return _public_from_doc(doc)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise UsageError("Dit is geen openbare organisatiesleutel van OCO Desktop.") from None


def load_public_key(path: Path) -> OrgPublicKey:
    doc = _read_doc(path, "openbare organisatiesleutel")
    if doc.get("format") == PRIVATE_FORMAT:
        raise UsageError(
            f"{path} is het geheime deel van de organisatiesleutel. Gebruik het openbare deel "
            f"({PUBLIC_SUFFIX}); het geheime deel blijft bij de coördinator."
        )
    try:
        if doc.get("format") != PUBLIC_FORMAT:
            raise ValueError("format")
        return _public_from_doc(doc)
    except (ValueError, KeyError, TypeError, AttributeError):  # AttributeError: a number where text belongs
        raise UsageError(f"{path} is geen openbare organisatiesleutel van OCO Desktop.") from None


def load_private_key(path: Path, passphrase: str) -> OrgPrivateKey:
    doc = _read_doc(path, "geheime organisatiesleutel")
    if doc.get("format") == PUBLIC_FORMAT:
        raise UsageError(
            f"{path} is het openbare deel van de organisatiesleutel; hiervoor is het geheime deel "
            f"({PRIVATE_SUFFIX}) nodig."
        )
    try:
        if doc.get("format") != PRIVATE_FORMAT or doc.get("kdf") != "argon2id":
            raise ValueError("format")
        public = _public_from_doc(doc)
        params = keys.validate_kdf(doc["params"])  # keys.json's limits: a bounded cost, whole numbers
        salt, nonce, encrypted = (_unb64(doc[k]) for k in ("salt", "nonce", "encrypted_private_key"))
        if len(salt) != keys.SALT_BYTES or len(nonce) != keys.NONCE_BYTES:
            raise ValueError("lengths")
    except (ValueError, KeyError, TypeError, AttributeError):
        raise UsageError(f"{path} is geen geheime organisatiesleutel van OCO Desktop.") from None
    kek = keys._derive(keys.normalise_passphrase(passphrase), salt, params)
    try:
        private_raw = AESGCM(kek).decrypt(nonce, encrypted, _private_aad(public.key_id, public.raw))
    except InvalidTag:
        raise WrongSecret("De wachtwoordzin van de organisatiesleutel klopt niet.") from None
    private = X25519PrivateKey.from_private_bytes(private_raw)
    derived = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    if derived != public.raw:
        raise UsageError(f"{path} is beschadigd: de twee delen van de sleutel horen niet bij elkaar.")
    return OrgPrivateKey(public, private)


def _seal_key(shared: bytes, ephemeral_raw: bytes, recipient_raw: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral_raw + recipient_raw, info=_HKDF_INFO
    ).derive(shared)


def seal(public: OrgPublicKey, plaintext: bytes, context: bytes) -> bytes:
    """Encrypt so that only the holder of the private key can open it, for this `context` only."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    key = _seal_key(ephemeral.exchange(public._key()), ephemeral_raw, public.raw)
    nonce = secrets.token_bytes(12)
    header = _SEAL_MAGIC + bytes([_SEAL_VERSION]) + public.key_id_bytes + ephemeral_raw + nonce
    return header + AESGCM(key).encrypt(nonce, plaintext, header + context)


def sealed_key_id(sealed: bytes) -> str | None:
    """The fingerprint of the key a blob was sealed to (for 'which key opens this?'), or None."""
    if len(sealed) < _HEADER_LEN or not sealed.startswith(_SEAL_MAGIC):
        return None
    h = sealed[5 : 5 + _KEY_ID_BYTES].hex().upper()
    return "-".join(h[i : i + 4] for i in range(0, len(h), 4))


def open_sealed(private: OrgPrivateKey, sealed: bytes, context: bytes) -> bytes:
    """Decrypt a sealed blob. Another organisation's key: WrongSecret (3); damaged/altered: TamperedData (4)."""
    if len(sealed) < _HEADER_LEN + 16 or not sealed.startswith(_SEAL_MAGIC) or sealed[4] != _SEAL_VERSION:
        raise TamperedData("De versleutelde gegevens zijn beschadigd of geen gegevens van OCO Desktop.")
    key_id = sealed[5 : 5 + _KEY_ID_BYTES]
    if not secrets.compare_digest(key_id, private.public.key_id_bytes):
        raise WrongSecret("Deze organisatiesleutel hoort niet bij deze gegevens (een andere sleutel).")
    pos = 5 + _KEY_ID_BYTES
    ephemeral_raw = sealed[pos : pos + 32]
    nonce = sealed[pos + 32 : pos + 44]
    header = sealed[:_HEADER_LEN]
    try:
        shared = private._key.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw))
    except ValueError:  # an all-zero (low-order) point yields no shared secret
        raise TamperedData("De versleutelde gegevens zijn beschadigd.") from None
    key = _seal_key(shared, ephemeral_raw, private.public.raw)
    try:
        return AESGCM(key).decrypt(nonce, sealed[_HEADER_LEN:], header + context)
    except InvalidTag:
        raise TamperedData("De versleutelde gegevens zijn beschadigd of gewijzigd.") from None
