"""Issue 10 point 10: Hypothesis fuzz of keys.json fields and of CLI arguments.

Whatever the input: the exit code is 0, 2, 3 or 4 (never 1, never a traceback), a failure is one line
on stderr, and a failed command leaves the vault as it was (keys.json byte-identical; vault.db
byte-identical, or, where the command got as far as opening it, the same content). Derandomized with a
fixed number of examples, so the run is the same every time and takes a few seconds.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oco_desktop.cli import main
from oco_desktop.storage import keys
from oco_desktop.storage.vault import DB_NAME, KEYS_NAME, Vault
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note

FUZZ = settings(max_examples=40, derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
ALLOWED = {0, 2, 3, 4}
# Rows the clean-close mark and the access log may change when a command got as far as opening.
VOLATILE = "closed_cleanly"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    previous, keys.ACTIVE_KDF = keys.ACTIVE_KDF, keys.TEST_KDF
    try:
        folder = tmp_path_factory.mktemp("fuzz") / "kluis"
        with Vault.create(folder, PASSPHRASE)[0] as vault:
            client = add_client_with_consent(vault)
            add_note(vault, client.id, "Gesprek over de huur en de toeslag.")
            data_key = vault.data_key
        baseline = content(folder, data_key)
        yield folder, client.id, data_key, baseline
    finally:
        keys.ACTIVE_KDF = previous


def content(folder: Path, data_key: bytes) -> list:
    """Everything in vault.db that a failed command must not change."""
    with Vault.open(folder, data_key=data_key, upgrade=False) as vault:
        rows = []
        tables = [r[0] for r in vault.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
            "AND name NOT IN ('access_log') ORDER BY name")]
        for table in tables:
            for row in vault.conn.execute(f"SELECT * FROM {table}"):  # noqa: S608 - names from sqlite_master
                if VOLATILE not in row:
                    rows.append((table, *row))
        return sorted(rows, key=repr)


def run(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old_env, old_cwd = dict(os.environ), os.getcwd()
    os.environ.update(env)
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    finally:
        os.chdir(old_cwd)
        os.environ.clear()
        os.environ.update(old_env)
    return code, out.getvalue(), err.getvalue()


def check_outcome(code: int, err: str, folder: Path, before_keys: bytes, before_db: bytes,
                  before_content: list, data_key: bytes, *, may_change_keys: bool = False,
                  report: bool = False) -> None:
    assert code in ALLOWED, err
    assert "Traceback" not in err, err
    if code == 0:
        return
    if not report:  # `checklists check` lists every problem of a file, one per line, by design
        assert err.startswith("oco-desktop: ") and err.count("\n") == 1, err
    if not may_change_keys:
        assert (folder / KEYS_NAME).read_bytes() == before_keys
    if (folder / DB_NAME).read_bytes() != before_db:
        assert content(folder, data_key) == before_content


# -- keys.json fields ---------------------------------------------------------------------------------
JSON_SCALARS = (st.none() | st.booleans() | st.integers(min_value=-(2**64), max_value=2**64)
                | st.floats(allow_nan=False) | st.text(max_size=12))
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=6)
# In-range KDF costs are kept cheap (the fuzz tests validation, not Argon2's speed).
KDF_INTS = st.sampled_from([0, 1, 2, 7, 8191, 8192, 9000, 1024 * 1024 + 1, 2**31, 2**32 - 1, -1, 17, 21])
PATHS = st.sampled_from([
    ("format",), ("vault_id",), ("slots",), ("db_salt",), ("slots", "passphrase"),
    ("slots", "passphrase", "kdf"), ("slots", "passphrase", "params"),
    ("slots", "passphrase", "params", "iterations"), ("slots", "passphrase", "params", "memory_kib"),
    ("slots", "passphrase", "params", "lanes"), ("slots", "passphrase", "salt"),
    ("slots", "passphrase", "nonce"), ("slots", "passphrase", "wrapped_key"), ("slots", "recovery"),
    ("slots", "recovery", "params", "memory_kib"), ("slots", "organisation"), ("slots", "extra"),
])
B64 = st.binary(max_size=64).map(lambda b: __import__("base64").b64encode(b).decode())


@st.composite
def key_file_edits(draw):
    path = draw(PATHS)
    kind = draw(st.sampled_from(["value", "delete", "kdf-int", "b64"]))
    if kind == "kdf-int":
        return path, draw(KDF_INTS)
    if kind == "b64":
        return path, draw(B64)
    if kind == "delete":
        return path, ...
    return path, draw(JSON_VALUES)


def apply_edit(data: dict, path: tuple, value) -> None:
    target = data
    for step in path[:-1]:
        if not isinstance(target, dict) or step not in target:
            return
        target = target[step]
    if not isinstance(target, dict):
        return
    if value is ...:
        target.pop(path[-1], None)
    else:
        target[path[-1]] = value


@FUZZ
@given(edits=st.lists(key_file_edits(), min_size=1, max_size=3),
       command=st.sampled_from(["check", "clients", "passwd", "recovery-code"]))
def test_fuzz_keys_json(template, edits, command):
    source, _client_id, data_key, baseline = template
    with tempfile.TemporaryDirectory(prefix="oco-fuzz-") as scratch:
        folder = Path(scratch) / "kluis"
        shutil.copytree(source, folder)
        data = json.loads((folder / KEYS_NAME).read_text())
        for path, value in edits:
            apply_edit(data, path, value)
        try:
            (folder / KEYS_NAME).write_text(json.dumps(data))
        except (ValueError, OverflowError):
            return
        before_keys, before_db = (folder / KEYS_NAME).read_bytes(), (folder / DB_NAME).read_bytes()
        argv = {"recovery-code": ["recovery-code", "new"]}.get(command, [command])
        env = {"OCO_VAULT": str(folder), "OCO_PASSPHRASE": PASSPHRASE, "OCO_NEW_PASSPHRASE": "nieuwe-zin-123"}
        code, _out, err = run(argv, env, Path(scratch))
        check_outcome(code, err, folder, before_keys, before_db, baseline, data_key)


# -- CLI arguments ------------------------------------------------------------------------------------
COMMANDS = [
    ["init"], ["check"], ["clients"], ["passwd"], ["recover"], ["recovery-code"], ["recovery-code", "new"],
    ["demo"], ["deadline"], ["checklists"], ["checklists", "check"], ["plan"], ["plan", "export"],
    ["subject-access"], ["org-key"], ["org-key", "show"], ["backup"], ["restore"], ["letter"], ["handover"],
    ["report"], ["report-merge"],
]
OPTIONS = ["--vault", "--json", "--rekey", "--org-key", "--clients", "--seed", "--notes-per-client", "--from",
           "--out", "--pdf", "--lang", "--large-print", "--to", "--keep", "--replace", "--min-cell",
           "--for-organisation", "--with-signal-text", "--help", "-h", "--version"]
VALUES = ["", " ", "-", "x", "0", "1", "-1", "3", "99999999999", "1e3", "2026-02-30", "2027-03-01", "nl", "en",
          "kluis", "nieuw", "uit.pdf", "uit.json", "uit.ics", "uit", ".", "..", "é", "ﷺ", "wmo", "00000000",
          "CLIENT", "VAULT", "VAULT/keys.json", "VAULT/vault.db", "VAULT/vault.lock"]
TOKENS = st.sampled_from(OPTIONS) | st.sampled_from(VALUES) | st.text(
    alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=6)
SECRETS = st.sampled_from([PASSPHRASE, "verkeerde-zin", "a", "abc\udcffdefgh", "", "00000-00000-00000"])


@FUZZ
@given(command=st.sampled_from(COMMANDS), tokens=st.lists(TOKENS, max_size=5),
       passphrase=SECRETS, new_passphrase=SECRETS, recovery=SECRETS)
def test_fuzz_cli_arguments(template, command, tokens, passphrase, new_passphrase, recovery):
    source, client_id, data_key, baseline = template
    with tempfile.TemporaryDirectory(prefix="oco-fuzz-") as scratch:
        folder = Path(scratch) / "kluis"
        shutil.copytree(source, folder)
        argv = [*command, *(t.replace("VAULT", str(folder)).replace("CLIENT", client_id) for t in tokens)]
        before_keys, before_db = (folder / KEYS_NAME).read_bytes(), (folder / DB_NAME).read_bytes()
        env = {"OCO_VAULT": str(folder), "OCO_PASSPHRASE": passphrase, "OCO_NEW_PASSPHRASE": new_passphrase,
               "OCO_RECOVERY_CODE": recovery, "OCO_ORG_KEY_PASSPHRASE": new_passphrase}
        env = {k: v for k, v in env.items() if v}
        code, _out, err = run(argv, env, Path(scratch))
        changes_keys = command[0] in {"passwd", "recover", "recovery-code", "org-key", "restore", "handover"}
        check_outcome(code, err, folder, before_keys, before_db, baseline, data_key,
                      may_change_keys=changes_keys, report=command[0] == "checklists")
