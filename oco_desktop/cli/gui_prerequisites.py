"""Before the window starts on Linux: a screen, and the system libraries Qt's X11 plugin needs.

Qt aborts the process (SIGABRT) with English text when it has neither, e.g. "Could not load the Qt
platform plugin "xcb"" on a desktop without `libxcb-cursor0` (needed since Qt 6.5, often missing on a
fresh Ubuntu). The supporter gets one Dutch line that names the missing library instead, with exit code 2.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

from oco_desktop.errors import UsageError

# The Debian/Ubuntu package of each library Qt's xcb plugin loads that a desktop may lack.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}


def require_a_screen() -> None:
    """Raise UsageError (exit 2) when the window cannot start on this Linux desktop; elsewhere nothing."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise UsageError(
            "Er is geen beeldscherm om het venster op te tonen (DISPLAY en WAYLAND_DISPLAY zijn leeg). "
            "Start OCO Desktop vanaf het bureaublad, of gebruik een opdracht (zie: oco-desktop --help)."
        )
    if os.environ.get("WAYLAND_DISPLAY"):
        return  # Qt tries Wayland first; X11 is only its fallback there
    missing = missing_x11_library()
    if missing is not None:
        package = DEBIAN_PACKAGES.get(missing)
        how = f"sudo apt install {package}" if package else f"het pakket met {missing}"
        raise UsageError(
            f"Het venster kan niet starten: de systeembibliotheek {missing} ontbreekt of past niet. "
            f"Laat die installeren (Debian en Ubuntu: {how}) en start OCO Desktop opnieuw."
        )


def x11_plugin_path() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"


def missing_x11_library(plugin: Path | None = None) -> str | None:
    """The file name of the library that keeps Qt's X11 plugin from loading, or None when it loads.

    Loads the plugin as Qt will a moment later (the same library, so nothing is loaded twice). None as
    well when the plugin is not where PySide6 says: then there is nothing to check, and Qt speaks itself.
    """
    plugin = plugin if plugin is not None else x11_plugin_path()
    if not plugin.is_file():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        return library_named_in(str(exc)) or plugin.name
    return None


def library_named_in(message: str) -> str | None:
    """The library a loader error names: "libxcb-cursor.so.0: cannot open shared object file: ..."."""
    first = message.split(":", 1)[0].strip()
    return os.path.basename(first) if ".so" in first else None
