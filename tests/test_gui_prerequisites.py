"""Starting the window on a Linux desktop that lacks a library of Qt's X11 plugin: one Dutch line, exit 2,
instead of Qt's English abort (cli/gui_prerequisites.py)."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from oco_desktop.cli import gui_prerequisites, main

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries are a Linux matter")


@pytest.fixture
def broken_plugin(tmp_path) -> Path:
    """A real shared object that needs a library which is gone, like libqxcb.so without libxcb-cursor."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler to build a plugin with a missing library")
    (tmp_path / "dep.c").write_text("int oco_dep(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int oco_dep(void);\nint oco_plugin(void) { return oco_dep(); }\n")
    dependency = tmp_path / "libocogone.so.1"
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(dependency), str(tmp_path / "dep.c"),
                    "-Wl,-soname,libocogone.so.1"], check=True, capture_output=True)
    plugin = tmp_path / "platforms" / "libqxcb.so"
    plugin.parent.mkdir()
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(plugin), str(tmp_path / "plugin.c"), str(dependency)],
                   check=True, capture_output=True)
    dependency.unlink()
    return plugin


def test_the_missing_library_is_named(broken_plugin):
    assert gui_prerequisites.missing_x11_library(broken_plugin) == "libocogone.so.1"


def test_a_file_that_is_no_library_is_named_itself(tmp_path):
    fake = tmp_path / "libqxcb.so"
    fake.write_text("not a library")
    assert gui_prerequisites.missing_x11_library(fake) == "libqxcb.so"
    assert gui_prerequisites.missing_x11_library(tmp_path / "absent.so") is None  # nothing to check


def test_the_installed_x11_plugin_is_judged_truthfully():
    missing = gui_prerequisites.missing_x11_library()
    if missing is not None:  # a machine without the library: then it really does not load
        with pytest.raises(OSError):
            ctypes.CDLL(missing)


def test_loader_messages():
    named = gui_prerequisites.library_named_in
    assert named("libxcb-cursor.so.0: cannot open shared object file: No such file or directory") == \
        "libxcb-cursor.so.0"
    assert named("/opt/oco/_internal/libQt6XcbQpa.so.6: undefined symbol: xcb_cursor_load") == "libQt6XcbQpa.so.6"
    assert named("something else") is None


@pytest.fixture
def x11_desktop(monkeypatch):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr("oco_desktop.app.run_gui", lambda *_: pytest.fail("the GUI must not start"))


def test_the_window_does_not_start_and_says_what_to_install(x11_desktop, monkeypatch, capsys, tmp_path):
    fake = tmp_path / "libqxcb.so"
    fake.write_text("")
    monkeypatch.setattr(gui_prerequisites, "x11_plugin_path", lambda: fake)
    monkeypatch.setattr(gui_prerequisites, "library_named_in", lambda _message: "libxcb-cursor.so.0")
    code = main(["--vault", str(tmp_path / "kluis")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("oco-desktop: ") and err.count("\n") == 1, err
    assert "libxcb-cursor.so.0 ontbreekt" in err and "sudo apt install libxcb-cursor0" in err


def test_an_unknown_library_gets_a_general_hint(x11_desktop, monkeypatch, capsys, broken_plugin, tmp_path):
    monkeypatch.setattr(gui_prerequisites, "x11_plugin_path", lambda: broken_plugin)
    assert main(["--vault", str(tmp_path / "kluis")]) == 2
    assert "het pakket met libocogone.so.1" in capsys.readouterr().err


def test_on_wayland_x11_is_not_checked(monkeypatch):
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(gui_prerequisites, "x11_plugin_path", lambda: pytest.fail("X11 checked on Wayland"))
    gui_prerequisites.require_a_screen()
