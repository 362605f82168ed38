"""Argon2id (storage.kdf.argon2id, libargon2 through argon2-cffi-bindings) gives the same bytes as
cryptography's Argon2id (OpenSSL), which made every key slot, organisation key and handover package
before: a vault made by an earlier version must keep opening."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from hypothesis import given, settings
from hypothesis import strategies as st

from oco_desktop.errors import EXIT_VAULT
from oco_desktop.storage import kdf, keys
from tests.cli_helpers import assert_one_line, run
from tests.vault_helpers import PASSPHRASE, make_vault


def openssl_argon2id(secret: bytes, salt: bytes, cost: kdf.Cost, length: int) -> bytes:
    iterations, memory_kib, lanes = cost
    return Argon2id(salt=salt, length=length, iterations=iterations, lanes=lanes,
                    memory_cost=memory_kib).derive(secret)


@settings(max_examples=40, deadline=None)
@given(secret=st.binary(max_size=64), salt=st.binary(min_size=8, max_size=32),
       iterations=st.integers(1, 3), lanes=st.integers(1, 4), extra_kib=st.integers(0, 96),
       length=st.sampled_from([32, 64]))
def test_the_same_bytes_as_cryptography(secret, salt, iterations, lanes, extra_kib, length):
    cost = (iterations, 8 * lanes + extra_kib, lanes)
    assert kdf.argon2id(secret, salt, cost, length) == openssl_argon2id(secret, salt, cost, length)


# Known answers, worked out with cryptography 50.0.2 (before the switch): a passphrase at the vault's
# own cost, and a handover code's 64 bytes.
def test_known_answers_at_the_vaults_cost():
    cost = keys.DEFAULT_KDF.cost
    assert cost == (3, 65536, 4)
    passphrase = keys.normalise_passphrase("correct paard batterij niet")
    assert kdf.argon2id(passphrase, b"oco-desktop-salt", cost).hex() == (
        "bb70fea1e746f24458f8e4b5bc2fe30c4135b6dc721f15c93044fb8d2b889aca")
    assert kdf.argon2id(b"ABCD-EFGH", b"oco-desktop-salt", (1, 8192, 1), length=64).hex() == (
        "152c5a42884f4cabf222bfa01b498b8ab8e7ff6fcb918e01eb2136bd1f65dcdb"
        "b783890c5487e75b2eca05ab569dc482fd3db63948e28bf6a9c7b9219a26020c")


def test_the_callers_bytes_are_left_as_they_were():
    # Argon2 wipes the password it was given (ARGON2_FLAG_CLEAR_PASSWORD): that must be kdf's own copy.
    secret = bytearray(b"wachtwoordzin")
    kdf.argon2id(bytes(secret), b"zoutzout", (1, 8, 1))
    kept = b"wachtwoordzin"
    kdf.argon2id(kept, b"zoutzout", (1, 8, 1))
    assert kept == b"wachtwoordzin" and secret == bytearray(b"wachtwoordzin")


def test_what_argon2_refuses_is_an_error_with_its_reason():
    with pytest.raises(RuntimeError, match="[Ss]alt is too short"):
        kdf.argon2id(b"x", b"kort", (1, 8, 1))
    with pytest.raises(RuntimeError, match="[Mm]emory"):
        kdf.argon2id(b"x", b"zoutzout", (1, 4, 1))


# -- too little memory: a clear line, exit 4, nothing changed -----------------------------------------
class _NoMemoryLib:
    """libargon2 as it answers when its memory cannot be allocated (the real failure: the test below)."""

    def __init__(self, real):
        self._real = real

    def __getattr__(self, name):
        return getattr(self._real, name)

    def argon2_ctx(self, context, kind):
        return self._real.ARGON2_MEMORY_ALLOCATION_ERROR


# A new process whose address space is capped 32 MiB above what it uses: Argon2id at 256 MiB cannot
# allocate its memory.
NO_MEMORY_PROBE = """
import resource
from oco_desktop.errors import OutOfMemory
from oco_desktop.storage import kdf
kdf.argon2id(b"x", b"zoutzout", (1, 8, 1))
with open("/proc/self/status") as status:
    size = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize:"))
resource.setrlimit(resource.RLIMIT_AS, (size + 32 * 2**20, resource.RLIM_INFINITY))
try:
    kdf.argon2id(b"x", b"zoutzout", (1, 256 * 1024, 1))
except OutOfMemory as exc:
    print("OutOfMemory:", exc)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="address-space limit and /proc: Linux")
def test_too_little_memory_for_argon2id_is_a_clear_error():
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", NO_MEMORY_PROBE], cwd=root, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(root)})
    assert done.stdout.startswith("OutOfMemory: Er is te weinig vrij werkgeheugen"), done.stderr
    assert "256 MiB" in done.stdout


def test_the_cli_says_so_in_one_line_with_exit_4_and_changes_nothing(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "kluis.ocovault"
    make_vault(folder).close()
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(kdf, "lib", _NoMemoryLib(kdf.lib))
    code, out, err = run(capsys, "--vault", str(folder), "clients")
    assert code == EXIT_VAULT and out == ""
    assert_one_line(err)
    assert "te weinig vrij werkgeheugen" in err and "interne fout" not in err
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
