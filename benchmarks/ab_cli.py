"""One CLI command from two source trees, interleaved: median, min and max wall time of each.

    git archive COMMIT | tar -x -C /tmp/before      # the tree to compare with (no checkout needed)
    OCO_VAULT=... OCO_PASSPHRASE=... python benchmarks/ab_cli.py /tmp/before . --runs 7 -- check

Each run is `python -m oco_desktop` in a new process started in the tree's folder, so `import oco_desktop`
takes that tree's code (an editable install does not get in the way), and the run starts and ends as the
`oco-desktop` program of that tree does. Runs alternate between the trees, so a burst of load from
elsewhere hits both; the first round only warms the caches and writes the .pyc files. A command that
writes (the clean-close mark, an access-log line) writes to the same vault from both trees: use a copy.
Measures, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    argv = sys.argv[1:]
    if "--" not in argv:
        parser.error("give the oco-desktop arguments after --")
    split = argv.index("--")
    args, command = parser.parse_args(argv[:split]), argv[split + 1:]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    times: dict[str, list[float]] = {name: [] for name in trees}
    for round_ in range(args.runs + 1):
        for name, tree in trees.items():
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "oco_desktop", *command], cwd=tree, env=env,
                                  capture_output=True, text=True)
            elapsed = (time.perf_counter() - start) * 1000
            if done.returncode != 0:
                print(f"{name}: exit {done.returncode}: {done.stderr.strip()[-300:]}", file=sys.stderr)
            if round_:
                times[name].append(elapsed)
    for name, values in times.items():
        print(f"{name:7s} median {statistics.median(values):7.1f} ms   min {min(values):7.1f}   "
              f"max {max(values):7.1f}   (n={len(values)})")
    print("load average: " + " ".join(f"{value:.2f}" for value in os.getloadavg()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
