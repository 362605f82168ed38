"""The pages' modules are imported in the background while the passphrase is typed."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

from oco_desktop.ui.shell import pages, preload


def test_every_page_module_is_preloaded():
    names = preload.modules_to_preload()
    for module, _cls in pages.HOME_PAGES + pages.CLIENT_PAGES:
        assert module in names
    assert len(names) == len(set(names))


def test_preloading_imports_them_all_and_makes_no_widget():
    """In a fresh process without any QApplication: a widget made at import time would abort it
    ("Must construct a QApplication before a QWidget"), so a clean exit proves imports only define."""
    code = (
        "import json, sys\n"
        "from oco_desktop.ui.shell.preload import modules_to_preload, start_preload\n"
        "before = [m for m in modules_to_preload() if m in sys.modules]\n"
        "start_preload().join()\n"
        "missing = [m for m in modules_to_preload() if m not in sys.modules]\n"
        "from PySide6.QtWidgets import QApplication\n"
        "print(json.dumps({'before': before, 'missing': missing, 'app': QApplication.instance() is not None}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"before": [], "missing": [], "app": False}


def test_a_module_that_fails_is_logged_not_raised(monkeypatch, caplog):
    monkeypatch.setattr(preload, "modules_to_preload", lambda: ["oco_desktop.no_such_page", "json"])
    with caplog.at_level(logging.WARNING, logger="oco_desktop.ui.shell.preload"):
        thread = preload.start_preload()
        thread.join(timeout=30)
    assert not thread.is_alive()
    assert any("oco_desktop.no_such_page" in r.getMessage() and "ModuleNotFoundError" in r.getMessage()
               for r in caplog.records)
