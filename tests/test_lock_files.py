"""The hash-locked requirement files CI and the frozen build install from."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "installer"))
import build  # noqa: E402


def pins(lock: Path) -> dict[str, list[str]]:
    """name==version -> its hash options, parsed from a pip-compile file."""
    entries: dict[str, list[str]] = {}
    current = None
    for line in lock.read_text(encoding="utf-8").splitlines():
        if re.match(r"^[A-Za-z0-9]", line):
            current = line.split(";")[0].rstrip(" \\")
            entries[current] = []
        elif line.strip().startswith("--hash=sha256:") and current:
            entries[current].append(line.strip().rstrip(" \\"))
    return entries


def test_every_pin_has_hashes_and_no_machine_paths():
    for name in ("test.lock", "build.lock"):
        lock = ROOT / "requirements" / name
        text = lock.read_text(encoding="utf-8")
        assert "--index-url" not in text and "--find-links" not in text and "file://" not in text
        entries = pins(lock)
        assert len(entries) > 20
        for pin, hashes in entries.items():
            assert "==" in pin, pin
            assert hashes and all(re.fullmatch(r"--hash=sha256:[0-9a-f]{64}", h) for h in hashes), pin


def test_build_lock_uses_the_same_versions_as_test_lock():
    test_pins = build.locked_versions(ROOT / "requirements" / "test.lock")
    build_pins = build.locked_versions(ROOT / "requirements" / "build.lock")
    assert "pyinstaller" in build_pins and "pytest" not in build_pins
    assert {name: test_pins.get(name) for name in build_pins} == build_pins


def test_lock_covers_pyproject_and_avoids_the_broken_qt_release():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"]) + project["optional-dependencies"]["test"]
    locked = build.locked_versions(ROOT / "requirements" / "test.lock")
    for spec in wanted:
        requirement = Requirement(spec)
        if requirement.marker and not requirement.marker.evaluate():
            continue
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{name} is in pyproject.toml but not in test.lock"
        assert requirement.specifier.contains(locked[name], prereleases=True), (name, locked[name])
    assert locked["pyside6"] != "6.12.0" and locked["shiboken6"] != "6.12.0"


def test_build_refuses_versions_that_differ_from_the_lock(tmp_path):
    lock = tmp_path / "x.lock"
    lock.write_text(
        "pytest==0.0.1 \\\n    --hash=sha256:" + "0" * 64 + "\n"
        'never-installed-package==1.0 ; python_version < "3"\n',
        encoding="utf-8",
    )
    assert build.locked_versions(lock) == {"pytest": "0.0.1"}
    assert build.lock_differences(lock) == [f"pytest: {build_version('pytest')}, lock says 0.0.1"]


def build_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)
