"""Run the real `oco-desktop` command in a subprocess and SIGKILL it at chosen moments.

The driver uses the test KDF cost (the vault's keys.json records it, so reopening is ordinary) and,
with OCO_TEST_SLOW_FSYNC, sleeps a little in every fsync: that stretches the moments where a kill is
interesting (between the writes of a creation or a key change) without changing their order.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

DRIVER = """
import os, sys, time
from oco_desktop.storage import keys
keys.ACTIVE_KDF = keys.TEST_KDF
if os.environ.get("OCO_TEST_SLOW_FSYNC"):
    _fsync = os.fsync
    def slow_fsync(fd):
        time.sleep(float(os.environ["OCO_TEST_SLOW_FSYNC"]))
        _fsync(fd)
    os.fsync = slow_fsync
from oco_desktop.cli import main
print("started", file=sys.stderr, flush=True)
raise SystemExit(main(sys.argv[1:]))
"""

ROOT = Path(__file__).resolve().parent.parent


def cli_command(*argv: str) -> list[str]:
    return [sys.executable, "-c", DRIVER, *argv]


def env_with(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.update(extra)
    return env


def run_and_kill(argv: list[str], env: dict[str, str], delay: float) -> int | None:
    """Start the command, wait until Python is up, kill it `delay` seconds later; its exit code or None
    when it was killed."""
    proc = subprocess.Popen(cli_command(*argv), env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stderr.readline()  # "started": imports done, the command begins now
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.close()
    return None if proc.returncode == -signal.SIGKILL else proc.returncode


def timed_run(argv: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    """Run the command to its end; the seconds from "started" to exit, and the result."""
    proc = subprocess.Popen(cli_command(*argv), env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    proc.stderr.readline()
    started = time.monotonic()
    out, err = proc.communicate(timeout=60)
    return time.monotonic() - started, subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
