"""Smoke test of the frozen build: does the built app (not the checkout) really work?

    python installer/smoke_test.py [--app dist/oco-desktop] [--gui-seconds 5]

Runs against dist/oco-desktop/ with throw-away user folders, offscreen, and checks:
1. layout: resources, forms, fonts, compiled translations, Qt plugins are in the bundle;
   every oco_desktop module and every keyring backend is in the frozen archive (a hidden import
   that PyInstaller missed fails here), and no test-only package is; every Qt library a bundled file
   needs is bundled too.
2. CLI: --version (matches pyproject), demo vault, check, clients --json, plan export (when the
   command exists), deadline and checklists check (output identical to the checkout's).
3. GUI: starts offscreen and either quits by itself (the app honours OCO_SMOKE_QUIT_AFTER_MS) or is
   still alive after --gui-seconds; a traceback on stderr or an error in the app log fails.
Prints a timing for each step and exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metadata  # noqa: E402

ROOT = metadata.ROOT
PASSPHRASE = "smoke-test correct horse battery staple"
QUIT_AFTER_MS = 1500
QT_TIME_FORMAT = "yyyy-MM-ddTHH:mm:ss.zzz"  # Qt's spelling of PY_TIME_FORMAT
PY_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%f"
# stderr text that means the frozen app is broken (benign Qt warnings are only printed).
FATAL_STDERR = re.compile(
    r"Traceback|ModuleNotFoundError|ImportError|Could not load the Qt platform plugin|"
    r"Failed to execute script|Fatal Python error|Segmentation fault|core dumped",
    re.IGNORECASE,
)
# Log lines that mean a shipped file was not found in the bundle.
LOG_PROBLEM = re.compile(r"\b(ERROR|CRITICAL)\b|not found|unavailable|could not be loaded", re.IGNORECASE)


class SmokeFailure(Exception):
    pass


@dataclass
class Report:
    timings: list[tuple[str, float]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def step(self, name: str, func, *args):
        started = time.monotonic()
        try:
            result = func(*args)
        except SmokeFailure as exc:
            self.failures.append(f"{name}: {exc}")
            print(f"FAIL  {name}: {exc}", flush=True)
            return None
        seconds = time.monotonic() - started
        self.timings.append((name, seconds))
        detail = f"  ({result})" if isinstance(result, str) and result and "\n" not in result.strip() else ""
        print(f"ok    {name}  {seconds:.2f} s{detail}", flush=True)
        return result


@dataclass
class Bundle:
    app_dir: Path
    cli: Path  # console executable (the -cli twin on Windows)
    gui: Path
    contents: Path  # sys._MEIPASS: resources/, forms/ and the libraries


def find_bundle(app_dir: Path) -> Bundle:
    meta = metadata.load()
    exe = ".exe" if sys.platform == "win32" else ""
    gui = app_dir / f"{meta.app_id}{exe}"
    cli = app_dir / f"{meta.app_id}{metadata.WINDOWS_CLI_SUFFIX}.exe" if sys.platform == "win32" else gui
    for path in (gui, cli):
        if not path.is_file():
            raise SystemExit(f"smoke test: {path} not found; run python installer/build.py first")
    return Bundle(app_dir, cli, gui, app_dir / "_internal")


def test_env(home: Path) -> dict[str, str]:
    """Throw-away user folders, offscreen Qt, no real keyring (never touch the developer's own)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OCO_", "PYTHON", "QT_"))}
    env.update({
        "OCO_DATA_DIR": str(home / "data"),
        "OCO_CONFIG_DIR": str(home / "config"),
        "OCO_LOG_DIR": str(home / "log"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "OCO_PASSPHRASE": PASSPHRASE,
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
    })
    return env


def tail(text: str, lines: int = 12) -> str:
    """The end of a traceback is the part that names the missing module."""
    kept = text.strip().splitlines()
    return "\n".join((["..."] if len(kept) > lines else []) + kept[-lines:])


def run(cmd: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=timeout)
    if FATAL_STDERR.search(result.stderr):
        raise SmokeFailure(f"{' '.join(cmd[1:]) or cmd[0]} wrote an error:\n{tail(result.stderr)}")
    if result.returncode != 0:
        raise SmokeFailure(f"{' '.join(cmd[1:])} exited {result.returncode}: {tail(result.stderr)}")
    return result


# --- 1. layout ---------------------------------------------------------------------------------

SKIP_SHIPPED = {".py", ".pyc", ".ts"}


def check_data_files(bundle: Bundle) -> str:
    missing = []
    for folder in ("resources", "forms"):
        for source in (ROOT / folder).rglob("*"):
            rel = source.relative_to(ROOT)
            if source.is_dir() or source.suffix in SKIP_SHIPPED or {"__pycache__", "build"} & set(rel.parts):
                continue
            if not (bundle.contents / rel).is_file():
                missing.append(str(rel))
    for lang in ("en", "nl"):
        qm = bundle.contents / "resources" / "translations" / f"oco_{lang}.qm"
        if any((ROOT / "resources" / "translations").glob(f"oco_{lang}_*.ts")) and not qm.is_file():
            missing.append(f"resources/translations/oco_{lang}.qm")
    for package, font in (("fontpkg_atkinson_hyperlegible", "AtkinsonHyperlegible-Regular.ttf"),
                          ("fontpkg_noto_sans", None), ("fontpkg_noto_sans_arabic", None)):
        files = bundle.contents / package / "files"
        if not (files / font).is_file() if font else not any(files.glob("*.ttf")):
            missing.append(f"{package}/files/{font or '*.ttf'}")
    qt = bundle.contents / "PySide6" / "Qt"
    if sys.platform.startswith("linux"):
        plugins = ["platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so"]
        missing += [f"Qt plugin {p}" for p in plugins if not (qt / "plugins" / p).is_file()]
    if not (qt / "translations" / "qtbase_nl.qm").is_file():
        missing.append("Qt translation qtbase_nl.qm")
    if not list(bundle.contents.glob("keyring-*.dist-info/entry_points.txt")):
        missing.append("keyring metadata (entry points)")
    if not list(bundle.contents.glob("oco_desktop*-info")):
        missing.append("oco_desktop metadata (version)")
    if missing:
        raise SmokeFailure("missing in the bundle: " + ", ".join(sorted(missing)))
    return "resources, forms, fonts, Qt plugins and translations present"


def frozen_modules(bundle: Bundle) -> set[str] | None:
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        return None
    archive = CArchiveReader(str(bundle.cli))
    return set(archive.open_embedded_archive("PYZ.pyz").toc)


TEST_ONLY_PACKAGES = {"pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "pypdfium2"}


def check_modules(bundle: Bundle) -> str:
    modules = frozen_modules(bundle)
    if modules is None:
        return "skipped: PyInstaller not installed here"
    wanted = set()
    for path in (ROOT / "oco_desktop").rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        wanted.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    wanted -= {"oco_desktop.__main__"}
    backends = {"SecretService", "Windows", "macOS", "libsecret", "kwallet", "chainer", "fail", "null"}
    wanted |= {f"keyring.backends.{name}" for name in backends}
    wanted |= {"sqlcipher3.dbapi2", "reportlab.pdfgen.canvas", "arabic_reshaper", "bidi.algorithm",
               "platformdirs", "sqlite_utils", "_argon2_cffi_bindings", "fontpkg_noto_sans",
               "fontpkg_noto_sans_arabic", "fontpkg_atkinson_hyperlegible"}
    missing = sorted(wanted - modules)
    # An extension module, so not in the PYZ: reportlab falls back to Python without it, silently.
    if not any(bundle.contents.rglob("_rl_accel*")):
        missing.append("_rl_accel")
    if missing:
        raise SmokeFailure("not in the frozen archive (add to hiddenimports): " + ", ".join(missing))
    test_only = sorted({m.split(".")[0] for m in modules} & TEST_ONLY_PACKAGES)
    if test_only:
        raise SmokeFailure("test-only packages in the frozen archive (add to excludes): " + ", ".join(test_only))
    return f"{len(wanted)} required modules of {len(modules)} present, no test-only package"


def check_runtime_hooks(bundle: Bundle) -> str:
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        return "skipped: PyInstaller not installed here"
    toc = CArchiveReader(str(bundle.cli)).toc
    scripts = [name for name, entry in toc.items() if entry[-1] == "s"]
    loading = sorted(metadata.SKIPPED_RUNTIME_HOOKS & set(scripts))
    if loading:
        raise SmokeFailure("run-time hooks that load Qt or multiprocessing at every start: " + ", ".join(loading))
    if "qt_environment" not in scripts:
        raise SmokeFailure("rthooks/qt_environment.py is not in the build: Qt's plug-in path is not set")
    return "run at start: " + ", ".join(scripts)


def check_qt_libraries(bundle: Bundle) -> str:
    """Every libQt6* a bundled ELF file needs must be in the bundle (catches over-eager excludes)."""
    if not sys.platform.startswith("linux") or not shutil.which("readelf"):
        return "skipped: needs Linux and readelf"
    qt_lib = bundle.contents / "PySide6" / "Qt" / "lib"
    present = {p.name for p in qt_lib.iterdir()}
    problems = set()
    checked = 0
    for path in bundle.contents.rglob("*.so*"):
        if not path.is_file():
            continue
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
        checked += 1
        for needed in re.findall(r"\(NEEDED\).*\[(libQt6[^\]]+)\]", out):
            if needed not in present:
                problems.add(f"{path.relative_to(bundle.contents)} needs {needed}")
    if problems:
        raise SmokeFailure("Qt libraries missing from the bundle: " + "; ".join(sorted(problems)))
    return f"{checked} shared libraries checked"


def check_desktop_entry(bundle: Bundle) -> str:
    """Linux: the menu entry and its icons ship next to the executable (install.sh copies them)."""
    if not sys.platform.startswith("linux"):
        return "skipped: Linux only"
    app_id = metadata.load().app_id
    entry = bundle.app_dir / "share" / "applications" / f"{app_id}.desktop"
    if not entry.is_file():
        raise SmokeFailure(f"{entry.relative_to(bundle.app_dir)} missing")
    text = entry.read_text(encoding="utf-8")
    for line in (f"Exec={app_id}", f"Icon={app_id}", "Type=Application"):
        if line not in text.splitlines():
            raise SmokeFailure(f"the .desktop file lacks {line}")
    hicolor = bundle.app_dir / "share" / "icons" / "hicolor"
    sizes = [f"{n}x{n}" for n in metadata.ICON_SIZES]
    missing = [s for s in sizes if not (hicolor / s / "apps" / f"{app_id}.png").is_file()]
    if missing:
        raise SmokeFailure("icons missing: " + ", ".join(missing))
    if not (bundle.app_dir / "install.sh").is_file():
        raise SmokeFailure("install.sh missing")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        if result.returncode != 0 or "error" in result.stdout:
            raise SmokeFailure(f"desktop-file-validate: {result.stdout.strip()}")
        return f"valid, icons {sizes[0]}..{sizes[-1]}"
    return f"icons {sizes[0]}..{sizes[-1]} (desktop-file-validate not installed)"


# --- 2. CLI ------------------------------------------------------------------------------------

def time_command(cmd: list[str], env: dict[str, str], repeat: int) -> tuple[float, float]:
    """(first run, median of the next runs) in seconds."""
    runs = []
    for _ in range(repeat + 1):
        started = time.monotonic()
        run(cmd, env)
        runs.append(time.monotonic() - started)
    return runs[0], statistics.median(runs[1:])


def check_version(bundle: Bundle, env: dict[str, str]) -> str:
    expected = metadata.load().version
    first, warm = time_command([str(bundle.cli), "--version"], env, repeat=3)
    out = run([str(bundle.cli), "--version"], env).stdout.strip()
    if not out.endswith(f" {expected}"):
        raise SmokeFailure(f"--version says {out!r}, pyproject says {expected}")
    return f"{out}; start first {first:.2f} s, then {warm:.2f} s"


def help_text(bundle: Bundle, env: dict[str, str]) -> str:
    return run([str(bundle.cli), "--help"], env).stdout


def make_vault(bundle: Bundle, env: dict[str, str], vault: Path, commands: str) -> str:
    if re.search(r"^\s+demo\b", commands, re.MULTILINE):
        run([str(bundle.cli), "demo", "--clients", "20", "--seed", "1", "--vault", str(vault)], env)
        return "demo vault with 20 clients"
    run([str(bundle.cli), "init", "--vault", str(vault)], env)
    return "empty vault (no demo command yet)"


def check_vault(bundle: Bundle, env: dict[str, str], vault: Path) -> str:
    first, warm = time_command([str(bundle.cli), "check", "--vault", str(vault)], env, repeat=2)
    out = run([str(bundle.cli), "check", "--full", "--vault", str(vault)], env).stdout
    if "integrity_check: ok" not in out or "cipher_integrity_check: ok" not in out:
        raise SmokeFailure(f"check did not report an intact vault:\n{out}")
    return f"first {first:.2f} s, then {warm:.2f} s"


def list_clients(bundle: Bundle, env: dict[str, str], vault: Path, expected: int) -> list[dict]:
    out = run([str(bundle.cli), "clients", "--json", "--vault", str(vault)], env).stdout
    try:
        clients = json.loads(out)
    except json.JSONDecodeError as exc:
        raise SmokeFailure(f"clients --json is not JSON: {exc}") from exc
    if len(clients) != expected:
        raise SmokeFailure(f"expected {expected} clients, got {len(clients)}")
    return clients


def export_plan(bundle: Bundle, env: dict[str, str], vault: Path, clients: list[dict], out_dir: Path) -> str:
    if not clients:
        return "skipped: no clients"
    pdf = out_dir / "plan.pdf"
    run([str(bundle.cli), "plan", "export", clients[0]["id"], "--out", str(pdf), "--vault", str(vault)], env)
    data = pdf.read_bytes() if pdf.is_file() else b""
    if not data.startswith(b"%PDF-"):
        raise SmokeFailure("plan export wrote no PDF")
    if b"/FontFile2" not in data:  # embedded TrueType: the bundled fonts were found and used
        raise SmokeFailure("the plan PDF embeds no TrueType font (fonts missing from the bundle?)")
    return f"{len(data) // 1024} KB"


def same_as_checkout(bundle: Bundle, env: dict[str, str], args: list[str]) -> str:
    """The frozen app must print exactly what the checkout prints (data files and holidays found)."""
    frozen = run([str(bundle.cli), *args], env).stdout
    source = subprocess.run([sys.executable, "-m", "oco_desktop", *args], env={**env, "PYTHONPATH": str(ROOT)},
                            capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=120)
    if source.returncode != 0:
        return "checkout run failed: compared the exit code only"
    if frozen != source.stdout:
        raise SmokeFailure(f"output differs from the checkout:\n--- frozen\n{frozen}\n--- checkout\n{source.stdout}")
    return "same output as the checkout"


# --- 3. GUI ------------------------------------------------------------------------------------

def start_gui(bundle: Bundle, env: dict[str, str], vault: Path, home: Path, alive_seconds: float,
              language: str = "nl") -> str:
    """Start the GUI in `language` (nl: Qt's own Dutch texts; en: our compiled .qm) and watch it."""
    settings = home / "config" / "settings.json"
    stored = json.loads(settings.read_text(encoding="utf-8")) if settings.is_file() else {}
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({**stored, "language": language}), encoding="utf-8")
    gui_env = {**env, "OCO_VAULT": str(vault), "OCO_SMOKE_QUIT_AFTER_MS": str(QUIT_AFTER_MS),
               # Qt logs each frame it draws, with a wall-clock time: the first one is the first window.
               "QT_LOGGING_RULES": "qt.widgets.painting.debug=true",
               "QT_MESSAGE_PATTERN": f"%{{time {QT_TIME_FORMAT}}} %{{category}} %{{message}}"}
    gui_env.pop("OCO_PASSPHRASE")  # the GUI must ask, never read a passphrase from the environment
    stderr_file = home / "gui-stderr.txt"
    launched = datetime.now()
    started = time.monotonic()
    with open(stderr_file, "w+", encoding="utf-8") as stderr:
        process = subprocess.Popen([str(bundle.gui)], env=gui_env, stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            code = process.wait(timeout=alive_seconds)
        except subprocess.TimeoutExpired:
            code = None
        elapsed = time.monotonic() - started
        if code is None:  # still running: the app does not (yet) honour OCO_SMOKE_QUIT_AFTER_MS
            process.send_signal(signal.SIGTERM if sys.platform != "win32" else signal.CTRL_BREAK_EVENT)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        stderr.seek(0)
        output = stderr.read()
    first_frame = re.search(r"^(\S+) qt\.widgets\.painting Flushing", output, re.MULTILINE)
    errors = "\n".join(line for line in output.splitlines() if "qt.widgets.painting" not in line)
    if FATAL_STDERR.search(errors):
        raise SmokeFailure(f"the GUI wrote an error:\n{tail(errors)}")
    log_problems = [line for path in (home / "log").glob("*.log*")
                    for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
                    if LOG_PROBLEM.search(line)]
    if log_problems:
        raise SmokeFailure("the app log reports problems:\n" + "\n".join(log_problems))
    if not list((home / "log").glob("*.log*")):
        raise SmokeFailure("the GUI wrote no log: did it start at all?")
    if not first_frame:
        raise SmokeFailure("the GUI drew no window")
    shown = datetime.strptime(first_frame.group(1), PY_TIME_FORMAT)
    window = f"first window after {(shown - launched).total_seconds():.2f} s"
    noise = f"; stderr: {errors.strip()[:300]}" if errors.strip() else ""
    if code is None:
        return f"{window}; alive after {alive_seconds:.0f} s, stopped (app ignores OCO_SMOKE_QUIT_AFTER_MS){noise}"
    if code != 0:
        raise SmokeFailure(f"the GUI exited with {code} after {elapsed:.1f} s:\n{errors.strip()}")
    if elapsed < QUIT_AFTER_MS / 1000:
        raise SmokeFailure(f"the GUI ended after {elapsed:.1f} s, before it was asked to quit")
    return f"{window}; quit by itself after {elapsed:.1f} s{noise}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke test of the frozen OCO Desktop build.")
    parser.add_argument("--app", type=Path, default=metadata.dist_app_dir(), help="the one-folder build")
    parser.add_argument("--gui-seconds", type=float, default=5.0, help="how long the GUI must stay up")
    args = parser.parse_args(argv)
    bundle = find_bundle(args.app.resolve())
    report = Report()
    print(f"smoke test of {bundle.app_dir}", flush=True)
    with tempfile.TemporaryDirectory(prefix="oco-smoke-") as tmp:
        home = Path(tmp)
        env = test_env(home)
        vault = home / "vault.ocovault"
        report.step("bundle: data files", check_data_files, bundle)
        report.step("bundle: frozen modules", check_modules, bundle)
        report.step("bundle: start-up hooks", check_runtime_hooks, bundle)
        report.step("bundle: Qt libraries", check_qt_libraries, bundle)
        report.step("bundle: desktop entry", check_desktop_entry, bundle)
        report.step("cli: --version", check_version, bundle, env)
        commands = report.step("cli: --help", help_text, bundle, env) or ""
        made = report.step("cli: demo vault", make_vault, bundle, env, vault, commands)
        if made:
            report.step("cli: check", check_vault, bundle, env, vault)
            expected = 20 if made.startswith("demo") else 0
            clients = report.step("cli: clients --json", list_clients, bundle, env, vault, expected) or []
            if re.search(r"^\s+plan\b", commands, re.MULTILINE):
                report.step("cli: plan export", export_plan, bundle, env, vault, clients, home)
            else:
                print("skip  cli: plan export (no plan command in this build)")
        report.step("cli: deadline objection", same_as_checkout, bundle, env,
                    ["deadline", "objection", "--from", "2027-03-01"])
        report.step("cli: checklists check", same_as_checkout, bundle, env, ["checklists", "check"])
        if made:
            report.step("gui: start offscreen (nl)", start_gui, bundle, env, vault, home, args.gui_seconds, "nl")
            report.step("gui: start offscreen (en)", start_gui, bundle, env, vault, home, args.gui_seconds, "en")
    total = sum(seconds for _, seconds in report.timings)
    print(f"\n{len(report.timings)} steps passed, {len(report.failures)} failed, {total:.1f} s")
    for failure in report.failures:
        print(f"FAILED: {failure.splitlines()[0]}")
    return 1 if report.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
