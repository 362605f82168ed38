"""Issue 15 point 12: ten quits in a row of a real app process with every page built: exit code 0 and
never a "Fatal Python error" (a crash in Qt's teardown shows there)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.gui_helpers import fill_demo
from tests.vault_helpers import PASSPHRASE

PROBE = Path(__file__).with_name("quit_probe.py")


def test_ten_quits_in_a_row(vault, user_folders):
    fill_demo(vault)
    folder = vault.folder
    vault.close()
    env = dict(os.environ, OCO_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(PROBE.parent.parent), PYTHONFAULTHANDLER="1")
    for attempt in range(10):
        done = subprocess.run([sys.executable, str(PROBE), str(folder)], env=env, capture_output=True, text=True,
                              timeout=120, check=False)
        assert "Fatal Python error" not in done.stderr, (attempt, done.stderr[-2000:])
        assert done.returncode == 0, (attempt, done.returncode, done.stderr[-2000:])
        assert "pages shown: " in done.stdout and int(done.stdout.split("pages shown: ")[1].split()[0]) >= 9
