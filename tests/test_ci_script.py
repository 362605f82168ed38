"""CI must be honest: .ci/run runs the README's test command verbatim and fails when any step fails."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_test_command() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"\*\*Install and run the whole test suite\*\*.*?```sh\n(.+?)\n```", readme, re.S)
    assert match, "README lost its test command section"
    return match.group(1)


def ci_line_with(command: str) -> str:
    lines = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
             if line.startswith(command)]
    assert len(lines) == 1, ".ci/run must run the README's test command verbatim, once"
    return lines[0]


def run_ci_line_with_fakes(tmp_path: Path, line: str, failing: str) -> subprocess.CompletedProcess:
    """Run the CI line in a `set -euo pipefail` script where every tool is a fake; `failing` exits 1."""
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "activate").write_text("", encoding="utf-8")
    fakes = "\n".join(
        f'{tool}() {{ echo "ran {tool}"; return {1 if tool == failing else 0}; }}'
        for tool in ("python3", "pip", "ruff", "pytest", "python")
    )
    script = f"set -euo pipefail\ncd {tmp_path}\n{fakes}\n{line}\necho 'next step reached'\n"
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=30)


def test_ci_runs_the_readme_test_command_verbatim():
    command = readme_test_command()
    assert "ruff check ." in command and command.endswith("pytest")
    assert "--require-hashes -r requirements/test.lock" in command
    ci_line_with(command)


def test_ci_fails_when_lint_fails(tmp_path):
    result = run_ci_line_with_fakes(tmp_path, ci_line_with(readme_test_command()), failing="ruff")
    assert result.returncode != 0
    assert "ran pytest" not in result.stdout
    assert "next step reached" not in result.stdout


def test_ci_fails_when_tests_fail_and_passes_when_all_pass(tmp_path):
    line = ci_line_with(readme_test_command())
    failed = run_ci_line_with_fakes(tmp_path / "a", line, failing="pytest")
    assert failed.returncode != 0 and "next step reached" not in failed.stdout
    passed = run_ci_line_with_fakes(tmp_path / "b", line, failing="none")
    assert passed.returncode == 0 and "next step reached" in passed.stdout


def test_ci_fails_when_the_frozen_build_fails(tmp_path):
    line = ci_line_with(". .venv/bin/activate && python installer/build.py")
    result = run_ci_line_with_fakes(tmp_path, line, failing="python")
    assert result.returncode != 0 and "next step reached" not in result.stdout
