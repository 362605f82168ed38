"""Name, version and icon of the app for every installer, read from one source.

`pyproject.toml` gives the package name (also the executable, .desktop and icon name), the version,
the description and the licence. The display name is `oco_desktop.APP_NAME` (the same string the
app shows in its title bar), read without importing the package so this works before any install.
Used by the PyInstaller spec, the build script and the checks, so they can never disagree.
"""

from __future__ import annotations

import ast
import tomllib
from dataclasses import dataclass
from pathlib import Path

INSTALLER_DIR = Path(__file__).resolve().parent
ROOT = INSTALLER_DIR.parent
BUILD_DIR = ROOT / "build" / "installer"  # generated inputs for the spec and the Inno script
WORK_DIR = ROOT / "build" / "pyinstaller"  # PyInstaller's own cache
DIST_DIR = ROOT / "dist"

# Windows only: a console twin of the windowed GUI executable, so admins can run the CLI.
WINDOWS_CLI_SUFFIX = "-cli"
# Sizes of the PNG icon set (freedesktop hicolor sizes plus what .ico/.icns need).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# PyInstaller's run-time hooks the build leaves out: they run before the app at every start, the CLI's
# included, and load what no command needs. pyi_rth_pyside6 imports PySide6.QtCore (Qt with ICU, about
# 110 ms; rthooks/qt_environment.py sets its environment without Qt, see there); pyi_rth_multiprocessing
# imports multiprocessing for frozen child processes, which the app never starts. The spec drops them,
# the smoke test checks that the build runs neither.
SKIPPED_RUNTIME_HOOKS = frozenset({"pyi_rth_pyside6", "pyi_rth_multiprocessing"})


def _app_constant(name: str) -> str:
    tree = ast.parse((ROOT / "oco_desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise LookupError(f"{name} not found in oco_desktop/__init__.py")


@dataclass(frozen=True)
class AppMetadata:
    app_id: str  # "oco-desktop": executable, dist folder, .desktop file and icon name
    display_name: str  # "OCO Desktop"
    version: str
    description: str
    license: str
    bundle_id: str  # macOS CFBundleIdentifier
    icon_svg: Path  # the one source icon every size is rendered from

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """Four numbers for Windows version resources (non-numeric parts such as 'rc1' are dropped)."""
        numbers = []
        for part in self.version.split(".")[:4]:
            digits = "".join(ch for ch in part if ch.isdigit()) or "0"
            numbers.append(int(digits))
        return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def load() -> AppMetadata:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    app_id = project["name"]
    licence = project.get("license", {})
    return AppMetadata(
        app_id=app_id,
        display_name=_app_constant("APP_NAME"),
        version=project["version"],
        description=project.get("description", ""),
        license=licence.get("text", "") if isinstance(licence, dict) else str(licence),
        bundle_id="nl." + app_id + ".app",
        icon_svg=ROOT / "resources" / "icons" / f"{app_id}.svg",
    )


def dist_app_dir(meta: AppMetadata | None = None) -> Path:
    """The one-folder build: dist/oco-desktop/ (the .app bundle sits next to it on macOS)."""
    return DIST_DIR / (meta or load()).app_id
