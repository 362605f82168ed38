"""How long the caseload filter takes per keystroke with 2,000 clients (target: well under a 16 ms frame).

Builds a demo vault of N clients (real caseload rows from the real query), then times the pure filter
on a typed name, letter by letter. Prints figures; it asserts nothing.

    python benchmarks/bench_caseload_filter.py [--clients 2000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from oco_desktop.domain.caseload_filter import Criteria, filter_rows, fold, prepare  # noqa: E402
from oco_desktop.storage import keys  # noqa: E402
from oco_desktop.storage.caseload import caseload  # noqa: E402
from oco_desktop.storage.demo_fill import fill  # noqa: E402
from oco_desktop.storage.vault import Vault  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=2000)
    args = parser.parse_args()
    keys.ACTIVE_KDF = keys.TEST_KDF  # the KDF is not what this measures
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(Path(tmp) / "bench.ocovault", "benchmark wachtwoordzin")
        fill(vault, args.clients, 3, notes_per_client=1)
        started = time.perf_counter()
        rows = caseload(vault)
        query_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        prepared = prepare(rows, lambda domain_id: domain_id, date.today())
        prepare_ms = (time.perf_counter() - started) * 1000
        name = fold(rows[len(rows) // 2].name)
        timings = []
        for length in range(1, len(name) + 1):
            started = time.perf_counter()
            shown = sum(filter_rows(prepared, Criteria(text=name[:length])))
            timings.append((time.perf_counter() - started) * 1000)
        vault.close()
    print(f"caseload filter, {len(rows)} clients, typing {len(name)} letters")
    print(f"  caseload query once: {query_ms:.1f} ms; preparing rows once: {prepare_ms:.1f} ms")
    print(f"  per keystroke: median {statistics.median(timings):.2f} ms, max {max(timings):.2f} ms "
          f"(target: well under 16 ms); rows shown at the end: {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
