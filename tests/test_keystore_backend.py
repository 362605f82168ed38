"""How the keyring backend is chosen (storage.keystore.active_backend): without keyring's discovery of
every backend, which on Linux ran `ldconfig -p`, gcc and ld from the macOS backend at every start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from oco_desktop.storage import keystore

ROOT = Path(__file__).resolve().parent.parent

# A fresh interpreter, as the app and the CLI start: nothing has set a keyring backend yet. It records
# every child process and every fork, then asks what the app asks at each start.
PROBE = """
import json, os, subprocess, sys
started = []
real_popen_init = subprocess.Popen.__init__
def recording_popen_init(self, args, *rest, **kwargs):
    started.append(str(args))
    return real_popen_init(self, args, *rest, **kwargs)
subprocess.Popen.__init__ = recording_popen_init
for name in ("fork", "posix_spawn", "posix_spawnp", "system", "popen"):
    if hasattr(os, name):
        real = getattr(os, name)
        def recording(*args, _real=real, _name=name, **kwargs):
            started.append(_name)
            return _real(*args, **kwargs)
        setattr(os, name, recording)
import keyring
from oco_desktop.storage import keystore
available = keystore.available()
keystore.forget("probe")
backend = type(keyring.get_keyring())
print(json.dumps({"started": started, "available": available, "backend": f"{backend.__module__}.{backend.__name__}",
                  "macos_loaded": "keyring.backends.macOS" in sys.modules}))
"""


def _probe(**env: str) -> dict:
    run_env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    run_env.update(PYTHONPATH=str(ROOT), **env)
    done = subprocess.run([sys.executable, "-c", PROBE], env=run_env, capture_output=True, text=True,
                          timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(sys.platform == "darwin", reason="on macOS the macOS backend is the one wanted")
def test_first_use_starts_no_process_and_loads_no_other_systems_backend():
    result = _probe()
    assert result["started"] == []  # keyring's own discovery ran ldconfig, gcc and ld here
    assert result["macos_loaded"] is False


def test_the_backend_named_in_keyrings_setting_is_used():
    result = _probe(PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    assert result["backend"] == "keyring.backends.null.Keyring"
    assert result["available"] is False  # null stores nothing: never given a vault key
    assert result["started"] == []


def test_a_wrong_setting_means_asking_each_time_not_a_crash():
    result = _probe(PYTHON_KEYRING_BACKEND="no.such.module.Keyring")
    assert result["available"] is False


class _Unusable(KeyringBackend):
    @keyring.compat.properties.classproperty
    def priority(cls):
        raise RuntimeError("not on this system")

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise AssertionError("never used")


class _Low(_Unusable):
    priority = 1


class _High(_Unusable):
    priority = 5


def _with_candidates(monkeypatch, *names: str) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    candidates = tuple((__name__, n) for n in names) + (("no.such.module", "Keyring"),)
    monkeypatch.setattr(keystore, "_NATIVE_BACKENDS", {sys.platform: candidates})
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # as in a new process
    monkeypatch.setattr(keystore, "_chosen", False)


def test_the_usable_backend_with_the_highest_priority_is_chosen(monkeypatch):
    _with_candidates(monkeypatch, "_Unusable", "_Low", "_High")
    assert type(keystore.active_backend()) is _High
    assert type(keyring.get_keyring()) is _High  # keyring's own functions use the same one


def test_without_a_usable_backend_nothing_is_stored(monkeypatch):
    _with_candidates(monkeypatch, "_Unusable")
    assert type(keystore.active_backend()) is fail.Keyring
    assert keystore.available() is False
    assert keystore.remember("id", b"k" * 32) is False
    keystore.forget("id")  # nothing to forget, no error


def test_a_backend_set_before_is_kept(memory_keyring):
    assert keystore.active_backend() is memory_keyring


def test_a_backend_set_after_the_first_choice_is_used(monkeypatch, memory_keyring):
    _with_candidates(monkeypatch, "_High")
    assert type(keystore.active_backend()) is _High
    keyring.set_keyring(memory_keyring)
    assert keystore.active_backend() is memory_keyring  # not chosen again
