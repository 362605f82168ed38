"""Vault benchmark: open time, note search and caseload on an encrypted vault and on a plain copy.

    python benchmarks/bench_vault.py [--clients 2000 --notes-per-client 50 --out DIR --seed 1]

Builds the vault with the demo code (in-process, production KDF), then measures
  - the KDF (Argon2id unwrap of the data key with the vault's real keys.json), on its own;
  - opening the vault with the data key (everything Vault.open does except the KDF);
  - full-text note search (oco_desktop.storage.search.search_notes) over ~200 realistic queries;
  - the caseload query (oco_desktop.storage.caseload.caseload);
and the same on an unencrypted copy made in the same run with sqlcipher_export(), opened with the
same SQLite engine (sqlcipher3 without a key) and the same PRAGMAs as the vault. The stdlib sqlite3
figures are printed too, for information only (it is a different SQLite version).
Not a test: it is outside the default test run and asserts nothing; it prints figures and targets.
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing

from oco_desktop.domain.demo_people import SEARCH_TERMS, TOWNS  # noqa: E402
from oco_desktop.storage import keys  # noqa: E402
from oco_desktop.storage.caseload import caseload  # noqa: E402
from oco_desktop.storage.demo_fill import fill  # noqa: E402
from oco_desktop.storage.search import search_notes  # noqa: E402
from oco_desktop.storage.vault import DB_NAME, Vault, read_key_file  # noqa: E402

PASSPHRASE = "benchmark wachtwoordzin 2026"
TARGET_SEARCH_P95_MS = 30.0
TARGET_RATIO = 1.5


class PlainDb:
    """Enough of a Vault for the read-only repository functions: they only use `.conn`."""

    def __init__(self, conn):
        self.conn = conn


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def timed_ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def search_queries(count: int = 200) -> list[str]:
    """Single words, word pairs, prefixes, words typed without diacritics, place names."""
    rng = random.Random(20261123)  # noqa: S311 - a fixed query list, not a secret
    singles = list(SEARCH_TERMS)
    prefixes = ["zorg", "keuken", "mantel", "schuld", "bezw", "huis", "aanvr", "begel", "wmo", "beschik",
                "ondersteun", "eenza", "verhuiz", "clientonder", "geld", "brie"]
    pairs = [f"{a} {b}" for a, b in itertools.combinations(SEARCH_TERMS[:30], 2)]
    rng.shuffle(pairs)
    misc = ["traplift gemeente", "bezwaar beschikking", "huishoudelijke hulp uren", "schuld energieleverancier",
            "mantelzorger overbelast", "keukentafelgesprek tolk", "persoonlijk plan melding", "niet bestaand woord",
            "cliënt belde zelf", "afspraak evaluatie", *TOWNS[:4]]
    queries = singles + prefixes + misc
    queries += pairs[: max(0, count - len(queries))]
    return queries[:count]


def measure_interleaved(dbs: dict[str, object], queries: list[str], caseload_runs: int) -> dict[str, dict]:
    """Time every query on every database back to back, rotating the order.

    Interleaving means a burst of load from elsewhere on the machine hits all databases alike, so the
    ratios stay meaningful on a busy machine; the warm-up pass gives each a warm OS and page cache.
    """
    for db in dbs.values():
        for q in queries[:20]:
            search_notes(db, q)
        caseload(db)
    result = {name: {"search": [], "caseload": []} for name in dbs}
    names = list(dbs)

    def rotate(i: int) -> list[str]:
        return names[i % len(names):] + names[: i % len(names)]

    for i, q in enumerate(queries):
        for name in rotate(i):
            db = dbs[name]
            result[name]["search"].append(timed_ms(lambda db=db, q=q: search_notes(db, q)))
    for i in range(caseload_runs):
        for name in rotate(i):
            result[name]["caseload"].append(timed_ms(lambda db=dbs[name]: caseload(db)))
    return result


def configure_like_vault(conn) -> None:
    """The PRAGMAs of oco_desktop.storage.vault._configure, for a fair comparison."""
    for pragma in ("foreign_keys = ON", "temp_store = MEMORY", "secure_delete = ON", "locking_mode = EXCLUSIVE",
                   "journal_mode = WAL", "synchronous = FULL"):
        conn.execute(f"PRAGMA {pragma}")


def open_plain(path: Path, module):
    conn = module.connect(str(path), isolation_level=None, check_same_thread=False)
    configure_like_vault(conn)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def build(folder: Path, args) -> tuple[float, object]:
    start = time.perf_counter()
    vault, _recovery_code = Vault.create(folder, PASSPHRASE)
    with vault:
        result = fill(vault, args.clients, args.seed, notes_per_client=args.notes_per_client,
                      progress=lambda done, total: print(f"  built {done}/{total} clients", file=sys.stderr,
                                                         flush=True) if done % 1000 == 0 else None)
    return time.perf_counter() - start, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--notes-per-client", type=int, default=50)
    parser.add_argument("--seed", default="1")
    parser.add_argument("--out", type=Path, default=None, help="work folder (default: a new temporary folder)")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5, help="repetitions for open and KDF timings")
    parser.add_argument("--caseload-runs", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)

    work = args.out or Path(tempfile.mkdtemp(prefix="oco-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    folder, plain_path, stdlib_path = work / "bench.ocovault", work / "plain.db", work / "plain-stdlib.db"
    for stale in (folder,):
        if stale.exists():
            shutil.rmtree(stale)
    for stale in work.glob("plain*.db*"):
        stale.unlink()

    print(f"Building {args.clients} clients x ~{args.notes_per_client} notes in {folder} ...", file=sys.stderr)
    build_s, result = build(folder, args)
    db_mb = (folder / DB_NAME).stat().st_size / 1e6

    # KDF alone: unwrap the data key from the real keys.json, as Vault.open does.
    key_file = read_key_file(folder)
    slot = key_file.slots[keys.SLOT_PASSPHRASE]
    secret = keys.normalise_passphrase(PASSPHRASE)
    kdf_ms = [timed_ms(lambda: keys.unwrap(slot, secret, key_file.vault_id, keys.SLOT_PASSPHRASE))
              for _ in range(args.runs)]
    data_key = keys.unwrap(slot, secret, key_file.vault_id, keys.SLOT_PASSPHRASE)

    # Open without the KDF (includes cipher_integrity_check, the vault's checks and PRAGMAs).
    open_ms = []
    for _ in range(args.runs):
        start = time.perf_counter()
        vault = Vault.open(folder, data_key=data_key)
        open_ms.append((time.perf_counter() - start) * 1000)
        vault.close()

    queries = search_queries(args.queries)
    with Vault.open(folder, data_key=data_key) as vault:
        hits = sum(len(search_notes(vault, q)) for q in queries)
        integrity_ms = [timed_ms(lambda: vault.conn.execute("PRAGMA cipher_integrity_check").fetchall())
                        for _ in range(args.runs)]
        # The unencrypted copy, made from the vault in the same run.
        vault.conn.execute(f"ATTACH DATABASE '{plain_path}' AS plaintext KEY ''")
        vault.conn.execute("SELECT sqlcipher_export('plaintext')")
        vault.conn.execute("DETACH DATABASE plaintext")
    # A second copy for stdlib sqlite3: exclusive locking lets only one connection use a file.
    shutil.copyfile(plain_path, stdlib_path)

    plain_open_ms = []
    for _ in range(args.runs):
        start = time.perf_counter()
        conn = open_plain(plain_path, sqlcipher3)
        plain_open_ms.append((time.perf_counter() - start) * 1000)
        conn.close()

    vault = Vault.open(folder, data_key=data_key)
    plain_conn, stdlib_conn = open_plain(plain_path, sqlcipher3), open_plain(stdlib_path, sqlite3)
    try:
        measured = measure_interleaved(
            {"encrypted": vault, "plain": PlainDb(plain_conn), "stdlib": PlainDb(stdlib_conn)},
            queries, args.caseload_runs,
        )
    finally:
        vault.close()
        plain_conn.close()
        stdlib_conn.close()
    enc, plain, stdlib = measured["encrypted"], measured["plain"], measured["stdlib"]

    def row(label, e, p, s=None):
        ratio = e / p if p else float("nan")
        extra = f"{s:10.2f}" if s is not None else f"{'':>10}"
        print(f"{label:<28}{e:12.2f}{p:12.2f}{ratio:8.2f}{extra}")
        return ratio

    print()
    cipher_version = sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]
    print(f"OCO Desktop vault benchmark  (SQLCipher {cipher_version}, "
          f"SQLite {sqlcipher3.sqlite_version}; stdlib sqlite3 {sqlite3.sqlite_version})")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"load average {load}")
    print(f"data: {result.clients} clients, {result.notes} notes, {result.follow_ups} follow-ups; "
          f"vault.db {db_mb:.0f} MB; built in {build_s:.1f} s; {len(queries)} search queries, {hits} hits")
    print(f"KDF (Argon2id {key_file.slots[keys.SLOT_PASSPHRASE]['params']}): "
          f"median {statistics.median(kdf_ms):.0f} ms over {args.runs} runs (not included below)")
    print()
    print(f"{'milliseconds':<28}{'encrypted':>12}{'plain':>12}{'ratio':>8}{'stdlib':>10}")
    ratios = [
        row("open (without KDF) p50", statistics.median(open_ms), statistics.median(plain_open_ms)),
        row("note search p50", percentile(enc["search"], 50), percentile(plain["search"], 50),
            percentile(stdlib["search"], 50)),
        row("note search p95", percentile(enc["search"], 95), percentile(plain["search"], 95),
            percentile(stdlib["search"], 95)),
        row("caseload p50", percentile(enc["caseload"], 50), percentile(plain["caseload"], 50),
            percentile(stdlib["caseload"], 50)),
        row("caseload p95", percentile(enc["caseload"], 95), percentile(plain["caseload"], 95),
            percentile(stdlib["caseload"], 95)),
    ]
    print()
    print("informational (not targets):")
    print(f"  open: of the encrypted open time, cipher_integrity_check alone takes "
          f"{statistics.median(integrity_ms):.0f} ms (it reads and checks every page)")
    print()
    search_p95 = percentile(enc["search"], 95)
    query_ratios = ratios[1:]
    print(f"target note search p95 < {TARGET_SEARCH_P95_MS:.0f} ms: "
          f"{'MET' if search_p95 < TARGET_SEARCH_P95_MS else 'NOT MET'} ({search_p95:.1f} ms)")
    print(f"target encrypted/plain <= {TARGET_RATIO} (search and caseload): "
          f"{'MET' if max(query_ratios) <= TARGET_RATIO else 'NOT MET'} (worst {max(query_ratios):.2f})")
    print(f"open ratio {ratios[0]:.0f} is not a target: opening the vault verifies every page's HMAC "
          "(cipher_integrity_check), which a plain database has no counterpart for.")
    if not args.keep and args.out is None:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
