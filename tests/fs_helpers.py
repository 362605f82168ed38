"""Real small and read-only filesystems for the disk-full and locked-stick tests.

A size-limited tmpfs gives a real ENOSPC; remounting it read-only gives a real EROFS. That needs the
right to mount (root in a container, as on the CI machine); elsewhere the tests using it are skipped and
the injected-error tests still run. Not root: `make_read_only` falls back to removing write permission.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    if os.name != "posix" or shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", *args], capture_output=True, text=True)
    return done.returncode == 0


@contextlib.contextmanager
def small_fs(size_kib: int):
    """A fresh tmpfs of `size_kib` KiB; skips the test when mounting is not allowed here."""
    point = Path(tempfile.mkdtemp(prefix="oco-smallfs-"))
    if not _mount("-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(point)):
        point.rmdir()
        pytest.skip("mounting a small filesystem is not allowed here")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)
        with contextlib.suppress(OSError):
            point.rmdir()


def remount(point: Path, mode: str) -> None:
    assert _mount("-o", f"remount,{mode}", str(point)), f"remount {mode} failed"


def fill_disk(point: Path) -> Path:
    """Fill the filesystem to the last byte; returns the filler file (delete it to free the space)."""
    filler = point / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 16, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)
    return filler


@contextlib.contextmanager
def read_only_copy(folder: Path):
    """`folder` copied onto a filesystem that cannot be written (a backup on a locked USB stick)."""
    if os.geteuid() != 0:
        target = folder
        modes = {p: p.stat().st_mode for p in [folder, *folder.iterdir()]}
        for p in modes:
            p.chmod(stat.S_IMODE(modes[p]) & ~0o222)
        try:
            yield target
        finally:
            for p, mode in modes.items():
                p.chmod(stat.S_IMODE(mode))
        return
    with small_fs(64 * 1024) as point:
        target = point / folder.name
        shutil.copytree(folder, target)
        remount(point, "ro")
        yield target
