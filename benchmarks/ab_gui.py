"""The GUI measures of bench_vault.py from two source trees, interleaved: unlock and keystroke figures.

    git archive COMMIT | tar -x -C /tmp/before      # the tree to compare with (no checkout needed)
    OCO_VAULT=/tmp/b/bench.ocovault python benchmarks/ab_gui.py /tmp/before . --rounds 4

Each round runs `measure_gui` (data key -> caseload painted, then 96 keys typed into the caseload
filter) once per tree, each in a new offscreen process that imports that tree's code and that tree's
benchmark. Rounds alternate the trees, so a burst of load from elsewhere hits both. The vault is one
the benchmark built (its passphrase, `bench_vault.PASSPHRASE`); it is only read. Measures, asserts
nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

CODE = """
import json, sys
tree, folder, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path[:0] = [tree, tree + "/benchmarks"]
import bench_vault
import oco_desktop
from pathlib import Path
from oco_desktop.storage import keys
from oco_desktop.storage.vault import read_key_file
assert oco_desktop.__file__.startswith(tree), oco_desktop.__file__
key_file = read_key_file(Path(folder))
data_key = keys.unwrap(key_file.slots[keys.SLOT_PASSPHRASE], keys.normalise_passphrase(bench_vault.PASSPHRASE),
                       key_file.vault_id, keys.SLOT_PASSPHRASE)
figures = bench_vault.measure_gui(Path(folder), data_key, runs)
print(json.dumps({k: figures[k] for k in ("unlock_to_caseload", "keystroke")}))
"""
MEASURES = ("unlock_to_caseload", "keystroke")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--runs", type=int, default=5, help="unlocks per process (as bench_vault --runs)")
    args = parser.parse_args()
    folder = os.environ.get("OCO_VAULT")
    if not folder:
        parser.error("set OCO_VAULT to a vault built by bench_vault.py")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    trees = {"before": str(args.before.resolve()), "after": str(args.after.resolve())}
    figures: dict[str, dict[str, list[float]]] = {name: {m: [] for m in MEASURES} for name in trees}
    for _ in range(args.rounds):
        for name, tree in trees.items():
            done = subprocess.run([sys.executable, "-c", CODE, tree, folder, str(args.runs)], env=env,
                                  capture_output=True, text=True, cwd=tree)
            if done.returncode != 0:
                print(f"{name}: exit {done.returncode}: {done.stderr.strip()[-500:]}", file=sys.stderr)
                return 1
            measured = json.loads(done.stdout.strip().splitlines()[-1])
            for measure in MEASURES:
                figures[name][measure] += measured[measure]
    for name, measured in figures.items():
        print(f"{name:7s} " + "   ".join(
            f"{m}: median {statistics.median(v):6.1f} ms, p95 {p95(v):6.1f}" for m, v in measured.items()))
    print("load average: " + " ".join(f"{value:.2f}" for value in os.getloadavg()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
