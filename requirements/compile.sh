#!/usr/bin/env bash
# Regenerate the hash-locked requirement files from pyproject.toml (which keeps version ranges).
# Run on Linux x86-64 with Python 3.11 (the CI and frozen-build platform); needs pip-tools:
#   python3 -m venv /tmp/piptools && /tmp/piptools/bin/pip install pip-tools && OCO_PIP_COMPILE=/tmp/piptools/bin/pip-compile bash requirements/compile.sh
# test.lock: the app + tests + PyInstaller (CI installs it, runs the tests and builds the frozen app).
# build.lock: the app + PyInstaller only (the frozen build), constrained to test.lock's versions.
# Existing pins are kept (a new dependency is added at its newest version); pass --upgrade to renew all.
set -euo pipefail
cd "$(dirname "$0")/.."
compile=${OCO_PIP_COMPILE:-pip-compile}
opts=(--quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links "$@")
"$compile" "${opts[@]}" --extra test --extra installer -o requirements/test.lock pyproject.toml
printf -- '-c test.lock\n' > requirements/build-constraints.in
"$compile" "${opts[@]}" --extra installer -o requirements/build.lock pyproject.toml requirements/build-constraints.in
rm requirements/build-constraints.in
