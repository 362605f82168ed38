"""Build the self-contained OCO Desktop app with PyInstaller (one-folder build) on this platform.

    pip install --require-hashes -r requirements/build.lock && pip install --no-deps --no-build-isolation -e .
    python installer/build.py            # -> dist/oco-desktop/ (and dist/OCO Desktop.app on macOS)
    python installer/build.py --clean    # throw away PyInstaller's cache first
    python installer/build.py --setup    # Windows: also run Inno Setup (iscc) for the installer
    python installer/build.py --unlocked # build with whatever is installed (no lock for this platform)

The build refuses to start when an installed package differs from the version pinned in
requirements/build.lock (hash-locked, made on Linux x86-64 with Python 3.11 by requirements/compile.sh).

Steps: render the icon set from the SVG, compile the translations (.qm), cut the static font
instances (resources/fonts, so the first PDF needs no cutting), write the version
files the Inno Setup script and the Windows executable need, run PyInstaller with
installer/oco_desktop.spec, then add the desktop-integration files (Linux). Prints the build time
and the size of the result (in total and per part: Qt, ICU, Python, ...), saves them in
build/installer/build-stats.json, and warns when the build is over its size budget (150 MB).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metadata  # noqa: E402

ROOT = metadata.ROOT
BUILD = metadata.BUILD_DIR
INSTALLER = metadata.INSTALLER_DIR


def step(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(cmd: list[str], **kwargs) -> None:
    subprocess.run(cmd, check=True, cwd=ROOT, **kwargs)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# The size budget of the one-folder build (issue 11): over it the build warns, it does not fail.
SIZE_BUDGET_MB = 150
# Parts of the build for build-stats.json, first match wins (paths relative to the app folder, "/").
SIZE_PARTS = [
    ("qt_icu", ("_internal/PySide6/Qt/lib/libicu",)),
    ("qt_libraries", ("_internal/PySide6/Qt/lib/",)),
    ("qt_plugins", ("_internal/PySide6/Qt/plugins/",)),
    ("qt_translations", ("_internal/PySide6/Qt/translations/",)),
    ("pyside_bindings", ("_internal/PySide6/", "_internal/shiboken6/")),
    ("cryptography", ("_internal/cryptography",)),
    ("sqlcipher", ("_internal/sqlcipher3",)),
    ("pillow", ("_internal/PIL/", "_internal/pillow.libs/")),
    ("app_data", ("_internal/resources/", "_internal/forms/", "_internal/fontpkg_")),
    ("python", ("_internal/libpython", "_internal/python3", "_internal/base_library.zip", "oco-desktop")),
]


def size_by_part(app_dir: Path) -> dict[str, int]:
    """Bytes per part of the build; system libraries copied from the build machine count separately."""
    parts: dict[str, int] = {}
    for path in app_dir.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        rel = path.relative_to(app_dir).as_posix()
        part = next((name for name, prefixes in SIZE_PARTS if rel.startswith(prefixes)), None)
        if part is None:
            top = rel.removeprefix("_internal/")
            part = "system_libraries" if "/" not in top and ".so" in top else "other"
        parts[part] = parts.get(part, 0) + path.stat().st_size
    return dict(sorted(parts.items(), key=lambda item: -item[1]))


def make_icons(meta: metadata.AppMetadata) -> Path:
    svg = meta.icon_svg
    if not svg.is_file():
        svg = INSTALLER / "icons" / "fallback.svg"
        step(f"{meta.icon_svg.relative_to(ROOT)} missing: using {svg.relative_to(ROOT)}")
    out = BUILD / "icons"
    # A separate process: Qt (offscreen) is started for the drawing and gone before PyInstaller runs.
    run([sys.executable, str(INSTALLER / "make_icons.py"), str(svg), str(out)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, stdout=subprocess.DEVNULL)
    return out


def compile_translations() -> list[Path]:
    """Compile resources/translations/oco_<lang>_*.ts into build/installer/translations/oco_<lang>.qm.

    oco_en.qm holds the English texts, oco_nl.qm the Dutch plural forms ("1 notitie", "2 notities").
    """
    for lang in ("en", "nl"):
        (BUILD / "translations" / f"oco_{lang}.qm").unlink(missing_ok=True)
    if not any((ROOT / "resources" / "translations").glob("*.ts")):
        step("no .ts files: the build ships Dutch only")
        return []
    result = subprocess.run([sys.executable, "-m", "oco_desktop.i18n"], cwd=ROOT, capture_output=True, text=True)
    if result.returncode == 2:  # 1 only means some strings are untranslated (they stay Dutch)
        sys.exit(f"[build] translations failed:\n{result.stdout}{result.stderr}")
    targets = []
    for lang in ("en", "nl"):
        if not any((ROOT / "resources" / "translations").glob(f"oco_{lang}_*.ts")):
            continue
        built = ROOT / "resources" / "translations" / "build" / f"oco_{lang}.qm"
        if not built.is_file():
            sys.exit(f"[build] expected {built} after compiling translations")
        target = BUILD / "translations" / built.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built, target)
        targets.append(target)
    unfinished = [line for line in result.stdout.splitlines() if line.startswith("unfinished:")]
    step(f"translations compiled ({len(unfinished)} unfinished string(s) stay Dutch)")
    return targets


def make_font_instances() -> None:
    """Static Regular/Bold instances of the variable Noto fonts, cut now instead of at the first PDF."""
    result = subprocess.run([sys.executable, "-m", "oco_desktop.export.fonts"], cwd=ROOT, capture_output=True,
                            text=True)
    if result.returncode != 0:
        sys.exit(f"[build] font instances failed:\n{result.stdout}{result.stderr}")
    step(f"static font instances in resources/fonts ({len(result.stdout.split())} files)")


def write_version_files(meta: metadata.AppMetadata) -> None:
    """Version for Inno Setup (#include) and the Windows executable's file properties."""
    iss = BUILD / "version.iss"
    iss.write_text(
        "; Written by installer/build.py from pyproject.toml. Do not edit.\n"
        f'#define AppName "{meta.display_name}"\n'
        f'#define AppId "{meta.app_id}"\n'
        f'#define AppVersion "{meta.version}"\n'
        f'#define AppExeName "{meta.app_id}.exe"\n'
        f'#define AppCliExeName "{meta.app_id}{metadata.WINDOWS_CLI_SUFFIX}.exe"\n',
        encoding="utf-8",
    )
    numbers = meta.version_tuple
    strings = {
        "CompanyName": meta.display_name,
        "FileDescription": meta.display_name,
        "FileVersion": meta.version,
        "InternalName": meta.app_id,
        "LegalCopyright": f"Licentie {meta.license}",
        "OriginalFilename": f"{meta.app_id}.exe",
        "ProductName": meta.display_name,
        "ProductVersion": meta.version,
    }
    string_structs = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    (BUILD / "windows_version_info.txt").write_text(
        f"""# Written by installer/build.py from pyproject.toml. Do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041304B0', [
{string_structs}
    ])]),
    VarFileInfo([VarStruct('Translation', [0x0413, 1200, 0x0409, 1200])])
  ]
)
""",
        encoding="utf-8",
    )


def add_linux_desktop_files(meta: metadata.AppMetadata, icons: Path, app_dir: Path) -> None:
    """share/applications + share/icons/hicolor next to the executable, and the per-user install script."""
    share = app_dir / "share"
    shutil.rmtree(share, ignore_errors=True)
    desktop_dir = share / "applications"
    desktop_dir.mkdir(parents=True)
    shutil.copy2(INSTALLER / "linux" / f"{meta.app_id}.desktop", desktop_dir)
    for png in sorted((icons / "png").glob("*.png")):
        target = share / "icons" / "hicolor" / png.stem / "apps" / f"{meta.app_id}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    svg = meta.icon_svg if meta.icon_svg.is_file() else INSTALLER / "icons" / "fallback.svg"
    shutil.copy2(svg, scalable / f"{meta.app_id}.svg")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(INSTALLER / "linux" / script, app_dir / script)
        (app_dir / script).chmod(0o755)


def run_inno_setup(meta: metadata.AppMetadata) -> None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe"
    if not iscc and default.is_file():
        iscc = str(default)
    if not iscc:
        sys.exit("[build] Inno Setup 6 (ISCC.exe) not found: install it from https://jrsoftware.org/isdl.php")
    run([iscc, str(INSTALLER / "windows" / f"{meta.app_id}.iss")])


LOCK_FILE = ROOT / "requirements" / "build.lock"


def locked_versions(lock: Path) -> dict[str, str]:
    """name -> version of every pin in a pip-compile lock file whose environment marker applies here."""
    from packaging.markers import Marker
    from packaging.utils import canonicalize_name

    pins: dict[str, str] = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        line = line.strip().rstrip("\\").strip()
        if not line or line.startswith(("#", "-")) or "==" not in line:
            continue
        requirement, _, marker = line.partition(";")
        if marker.strip() and not Marker(marker.strip()).evaluate():
            continue
        name, _, version = requirement.partition("==")
        pins[canonicalize_name(name.strip())] = version.strip()
    return pins


def lock_differences(lock: Path) -> list[str]:
    """Pinned packages that are missing or installed at another version."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    from packaging.version import Version

    problems = []
    for name, pinned in sorted(locked_versions(lock).items()):
        try:
            found = installed_version(name)
        except PackageNotFoundError:
            found = "not installed"
        if found == "not installed" or Version(found) != Version(pinned):
            problems.append(f"{name}: {found}, lock says {pinned}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--setup", action="store_true", help="Windows: build the Inno Setup installer too")
    parser.add_argument("--unlocked", action="store_true",
                        help=f"build with the installed packages even if they differ from {LOCK_FILE.name}")
    args = parser.parse_args(argv)
    install_hint = "pip install --require-hashes -r requirements/build.lock"
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit(f"[build] PyInstaller is missing: {install_hint}")
    differences = lock_differences(LOCK_FILE)
    if differences and not args.unlocked:
        sys.exit("[build] installed packages differ from requirements/build.lock:\n  " + "\n  ".join(differences)
                 + f"\n{install_hint} (or --unlocked on a platform the lock was not made for)")
    if differences:
        step(f"--unlocked: {len(differences)} package(s) differ from {LOCK_FILE.name}")

    meta = metadata.load()
    started = time.monotonic()
    step(f"{meta.display_name} {meta.version} on {platform.system()} {platform.machine()}")
    BUILD.mkdir(parents=True, exist_ok=True)
    icons = make_icons(meta)
    compile_translations()
    make_font_instances()
    write_version_files(meta)

    step("PyInstaller (one-folder build)")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(metadata.DIST_DIR), "--workpath", str(metadata.WORK_DIR)]
    if args.clean:
        cmd.append("--clean")
    run([*cmd, str(INSTALLER / "oco_desktop.spec")])

    app_dir = metadata.dist_app_dir(meta)
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(meta, icons, app_dir)
    elif sys.platform == "darwin":
        step(f'macOS bundle: dist/{meta.display_name}.app (dmg: see installer/macos/README.md)')
    elif sys.platform == "win32" and args.setup:
        run_inno_setup(meta)

    seconds = time.monotonic() - started
    size = folder_size(app_dir)
    parts = size_by_part(app_dir)
    stats = {"version": meta.version, "platform": f"{platform.system()}-{platform.machine()}",
             "build_seconds": round(seconds, 1), "dist_bytes": size,
             "dist_files": sum(1 for p in app_dir.rglob("*") if p.is_file()),
             "size_budget_mb": SIZE_BUDGET_MB, "dist_bytes_by_part": parts}
    (BUILD / "build-stats.json").write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
    step("size by part: " + ", ".join(f"{name} {value / 1e6:.1f}" for name, value in parts.items()) + " (MB)")
    step(f"done in {seconds:.0f} s: {app_dir.relative_to(ROOT)} is {size / 1e6:.0f} MB "
         f"in {stats['dist_files']} files")
    if size / 1e6 > SIZE_BUDGET_MB:
        step(f"WARNING: the build is over its size budget of {SIZE_BUDGET_MB} MB (issue 11): see the parts "
             f"above and installer/README.md, 'What is left out'")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
