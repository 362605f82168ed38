"""Argon2id for a passphrase slot, and derivations started ahead: the first step of opening a vault.

The CLI starts the passphrase's derivation before it imports anything else (cli.secrets.
derive_passphrase_ahead), so every module imported before it starts delays the whole command. This
module therefore imports only what reading a slot and Argon2id need. storage.keys (the key file, wrapping,
the recovery code) builds on it; its `dataclasses` and `uuid` (about 15 ms) are imported while Argon2id
already runs.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import threading
import unicodedata

from _argon2_cffi_bindings import ffi, lib

SLOT_PASSPHRASE = "passphrase"
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16  # AES-GCM appends a 16-byte tag
MAX_KEYS_FILE_BYTES = 64 * 1024

# What a keys.json may ask for. Checked before any derivation: a tampered file must not make the
# program hang (2**31 passes) or exhaust memory (memory_kib 2**32-1).
KDF_MEMORY_KIB = (8 * 1024, 1024 * 1024)  # 8 MiB .. 1 GiB
KDF_ITERATIONS = (1, 20)
KDF_LANES = (1, 16)

# Argon2id's cost as (iterations, memory_kib, lanes); storage.keys.KdfParams holds the same three.
Cost = tuple[int, int, int]


class Invalid(ValueError):
    """A keys.json field that is missing, of the wrong type or out of range (message: which one)."""


def normalise_passphrase(passphrase: str) -> bytes:
    # NFC so "é" typed on macOS (decomposed) and Windows (composed) gives the same key.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def int_in(value: object, bounds: tuple[int, int], name: str) -> int:
    if type(value) is not int:  # bool is an int subclass: refused too
        raise Invalid(f"{name} is geen geheel getal")
    low, high = bounds
    if not low <= value <= high:
        raise Invalid(f"{name} {value} ligt buiten {low}..{high}")
    return value


def b64_exact(entry: dict, name: str, length: int) -> bytes:
    value = entry.get(name)
    if not isinstance(value, str) or len(value) > 4 * length:
        raise Invalid(f"{name} ontbreekt of is geen tekst")
    try:
        raw = unb64(value)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise Invalid(f"{name} is geen base64") from None
    if len(raw) != length:
        raise Invalid(f"{name} heeft {len(raw)} bytes in plaats van {length}")
    return raw


def parse_cost(params: object) -> Cost:
    """The Argon2id cost from a keys.json, refused when out of range (before any work is done)."""
    if not isinstance(params, dict) or set(params) != {"iterations", "memory_kib", "lanes"}:
        raise Invalid("params moet precies iterations, memory_kib en lanes bevatten")
    return (int_in(params["iterations"], KDF_ITERATIONS, "iterations"),
            int_in(params["memory_kib"], KDF_MEMORY_KIB, "memory_kib"),
            int_in(params["lanes"], KDF_LANES, "lanes"))


def parse_argon2_slot(entry: object) -> tuple[Cost, bytes, bytes, bytes]:
    """(cost, salt, nonce, wrapped key) of an Argon2id slot; Invalid when anything is off."""
    if not isinstance(entry, dict):
        raise Invalid("een sleutelvak is geen object")
    if entry.get("kdf") != "argon2id":
        raise Invalid("kdf moet argon2id zijn")
    cost = parse_cost(entry.get("params"))
    return (cost, b64_exact(entry, "salt", SALT_BYTES), b64_exact(entry, "nonce", NONCE_BYTES),
            b64_exact(entry, "wrapped_key", WRAPPED_KEY_BYTES))


def argon2id(secret: bytes, salt: bytes, cost: Cost, length: int = DATA_KEY_BYTES) -> bytes:
    """Argon2id version 1.3 (RFC 9106) of `secret`: `length` bytes.

    The reference implementation's optimised code (libargon2, through argon2-cffi-bindings) instead of
    OpenSSL's port in `cryptography`: the same bytes, about 30 ms sooner at the vault's cost (64 MiB, 3
    passes, 4 lanes), and its import takes 1 ms instead of 17 (it starts the CLI's derivation ahead).
    One thread per core: more threads than cores only take turns.
    """
    iterations, memory_kib, lanes = cost
    out = ffi.new("uint8_t[]", length)
    pwd = ffi.new("uint8_t[]", secret)  # a copy, which Argon2 wipes (ARGON2_FLAG_CLEAR_PASSWORD)
    salt_buffer = ffi.new("uint8_t[]", salt)
    context = ffi.new("argon2_context *")
    context.out, context.outlen = out, length
    context.pwd, context.pwdlen = pwd, len(secret)
    context.salt, context.saltlen = salt_buffer, len(salt)
    context.t_cost, context.m_cost, context.lanes = iterations, memory_kib, lanes
    context.threads = max(1, min(lanes, os.cpu_count() or 1))
    context.version = lib.ARGON2_VERSION_13
    context.flags = lib.ARGON2_FLAG_CLEAR_PASSWORD
    result = lib.argon2_ctx(context, lib.Argon2_id)
    if result == lib.ARGON2_MEMORY_ALLOCATION_ERROR:
        from oco_desktop.errors import OutOfMemory  # here: nothing of the app is imported before Argon2id

        raise OutOfMemory(
            f"Er is te weinig vrij werkgeheugen om de sleutel te berekenen: daarvoor is {memory_kib // 1024} MiB "
            "nodig. Sluit andere programma's en probeer het opnieuw. Er is niets veranderd.")
    if result != lib.ARGON2_OK:
        raise RuntimeError(ffi.string(lib.argon2_error_message(result)).decode("ascii"))
    derived = bytes(ffi.buffer(out, length))
    ffi.memmove(out, bytes(length), length)
    return derived


def derive_now(secret: bytes, salt: bytes, cost: Cost) -> bytes:
    return argon2id(secret, salt, cost)


# Derivations started ahead (start_ahead): (secret, salt, cost) -> (thread, result box). Each is taken by
# the first `derive` with the same arguments, once, and never kept beyond that.
_ahead: dict[tuple[bytes, bytes, Cost], tuple[threading.Thread, dict]] = {}
_ahead_lock = threading.Lock()


def start_ahead(entry: object, secret: bytes) -> bool:
    """Start the Argon2id derivation that unwrapping the slot `entry` with `secret` will need, in a
    thread, now.

    Argon2id runs in C without the GIL, so what the caller imports next overlaps with it. Nothing is
    concluded here: unwrapping still checks the result with AES-GCM (a wrong passphrase is found there,
    as always). False, and nothing started, when the slot is not a valid Argon2id slot: the command then
    reports that itself.
    """
    try:
        cost, salt, _nonce, _wrapped = parse_argon2_slot(entry)
    except Invalid:
        return False
    box: dict[str, bytes] = {}

    def run() -> None:
        with contextlib.suppress(Exception):  # the command derives again and reports the error
            box["kek"] = derive_now(secret, salt, cost)

    thread = threading.Thread(target=run, name="oco-kdf-ahead", daemon=True)
    with _ahead_lock:
        _ahead[(secret, salt, cost)] = (thread, box)
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


def derive(secret: bytes, salt: bytes, cost: Cost) -> bytes:
    """The key-encryption key: the derivation started ahead for these arguments, else a new one."""
    with _ahead_lock:
        started = _ahead.pop((secret, salt, cost), None)
    if started is not None:
        thread, box = started
        thread.join()
        if "kek" in box:
            return box.pop("kek")
    return derive_now(secret, salt, cost)
