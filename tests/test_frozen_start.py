"""The frozen app's start-up (installer/oco_desktop.spec, installer/rthooks): PyInstaller's PySide6 hook,
which imported Qt at every start of every CLI command (about 110 ms), is replaced by one that only sets
Qt's environment. The smoke test checks the built bundle; this checks the hook itself."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOOK = ROOT / "installer" / "rthooks" / "qt_environment.py"

PROBE = """
import json, os, sys
sys._MEIPASS = sys.argv[1]
exec(compile(open(sys.argv[2], encoding="utf-8").read(), sys.argv[2], "exec"))
print(json.dumps([os.environ["QT_PLUGIN_PATH"], "PySide6" in sys.modules]))
"""


def test_the_hook_sets_qt_plugin_path_without_importing_qt(tmp_path):
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path), str(HOOK)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    plugin_path, qt_loaded = json.loads(done.stdout)
    qt = tmp_path / "PySide6" if sys.platform.startswith("win") else tmp_path / "PySide6" / "Qt"
    assert Path(plugin_path) == qt / "plugins"
    assert qt_loaded is False


def test_the_spec_and_the_smoke_test_leave_out_the_same_hooks():
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import metadata
    finally:
        sys.path.remove(str(ROOT / "installer"))
    assert {"pyi_rth_pyside6", "pyi_rth_multiprocessing"} <= metadata.SKIPPED_RUNTIME_HOOKS
    spec = (ROOT / "installer" / "oco_desktop.spec").read_text(encoding="utf-8")
    smoke = (ROOT / "installer" / "smoke_test.py").read_text(encoding="utf-8")
    assert "script[0] not in metadata.SKIPPED_RUNTIME_HOOKS" in spec  # one set, in installer/metadata.py
    assert "metadata.SKIPPED_RUNTIME_HOOKS & set(scripts)" in smoke
    assert '"rthooks" / "qt_environment.py"' in spec
