"""Translations: Dutch source strings in the code, English from `resources/translations/oco_en_*.ts`.

Every area keeps its own `oco_en_<area>.ts`; they are compiled together into one `oco_en.qm` with
`pyside6-lrelease`. A checkout builds into `resources/translations/build/`, an installed (read-only)
copy into the user's cache folder; the .qm is rebuilt whenever a .ts is newer. A frozen build ships
prebuilt .qm files under resources/translations and never compiles.

`python -m oco_desktop.i18n` (re)builds the .qm and lists unfinished strings (exit 1 if any), for CI.
Qt is imported only inside `install_translators`, so building and checking work without a display.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from oco_desktop import APP_ID, paths

QM_NAME = "oco_en.qm"
TS_PATTERN = "oco_en_*.ts"
log = logging.getLogger(__name__)


class TranslationBuildError(RuntimeError):
    pass


def translations_dir() -> Path:
    return paths.resource_path("translations")


def ts_files() -> list[Path]:
    return sorted(translations_dir().glob(TS_PATTERN))


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False) or getattr(sys, "_MEIPASS", None))


def build_dir() -> Path:
    """Where the compiled .qm goes: beside the sources when writable (a checkout), else the cache."""
    source = translations_dir()
    if source.is_dir() and os.access(source, os.W_OK):
        return source / "build"
    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)) / "translations"


def find_lrelease() -> str | None:
    """pyside6-lrelease, looked for next to the PySide6 package first, then on PATH."""
    candidates: list[Path] = []
    try:
        import importlib.util

        spec = importlib.util.find_spec("PySide6")
        if spec and spec.origin:
            package = Path(spec.origin).parent
            for name in ("lrelease", "lrelease.exe"):
                candidates += [package / name, package / "Qt" / "bin" / name, package / "Qt" / "libexec" / name]
    except (ImportError, ValueError):
        pass
    scripts = Path(sys.executable).parent
    candidates += [scripts / "pyside6-lrelease", scripts / "pyside6-lrelease.exe"]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return found
    return None


def needs_build(qm: Path, sources: list[Path]) -> bool:
    if not qm.is_file():
        return True
    built = qm.stat().st_mtime
    return any(ts.stat().st_mtime > built for ts in sources)


def build_qm(force: bool = False) -> Path | None:
    """The compiled English .qm (built if missing or stale); None when there is nothing to build."""
    if is_frozen():
        shipped = translations_dir() / QM_NAME
        return shipped if shipped.is_file() else None
    sources = ts_files()
    if not sources:
        return None
    target = build_dir() / QM_NAME
    if not force and not needs_build(target, sources):
        return target
    tool = find_lrelease()
    if tool is None:
        raise TranslationBuildError("pyside6-lrelease not found (install PySide6 with its tools)")
    target.parent.mkdir(parents=True, exist_ok=True)
    # Compile to a temporary name, then rename: a second process never loads half a file.
    fd, tmp_name = tempfile.mkstemp(prefix=".oco_en-", suffix=".qm", dir=target.parent)
    os.close(fd)
    try:
        result = subprocess.run(
            [tool, "-silent", *map(str, sources), "-qm", tmp_name],
            capture_output=True, text=True, timeout=120, check=False,
        )
        if result.returncode != 0 or Path(tmp_name).stat().st_size == 0:
            raise TranslationBuildError(f"lrelease failed: {result.stderr.strip() or result.stdout.strip()}")
        os.replace(tmp_name, target)
    finally:
        Path(tmp_name).unlink(missing_ok=True)
    log.info("translations compiled (%d source files)", len(sources))
    return target


@dataclass(frozen=True)
class Unfinished:
    file: str
    context: str
    source: str


def unfinished_strings(sources: list[Path] | None = None) -> list[Unfinished]:
    """Messages whose translation is missing, empty or marked unfinished (obsolete ones are ignored)."""
    found: list[Unfinished] = []
    for ts in ts_files() if sources is None else sources:
        root = ET.parse(ts).getroot()  # noqa: S314 - our own shipped files
        for context in root.iter("context"):
            name = context.findtext("name", default="")
            for message in context.iter("message"):
                translation = message.find("translation")
                kind = translation.get("type", "") if translation is not None else "unfinished"
                if kind in ("vanished", "obsolete"):
                    continue
                numerus = translation is not None and translation.findall("numerusform")
                text = (
                    "".join(n.text or "" for n in numerus) if numerus
                    else (translation.text or "") if translation is not None else ""
                )
                if kind == "unfinished" or not text.strip():
                    found.append(Unfinished(ts.name, name, message.findtext("source", default="")))
    return found


def qt_translations_dir() -> str:
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translators(app, lang: str) -> list:
    """Install the translators for `lang` on `app` and return them (they must stay referenced).

    "nl": the source strings are Dutch already; Qt's own qtbase_nl makes standard buttons Dutch too.
    "en": our compiled .qm. A missing translation never stops the app: it falls back to Dutch.
    """
    from PySide6.QtCore import QTranslator

    for old in getattr(app, "_oco_translators", []):
        app.removeTranslator(old)
    installed = []
    if lang == "en":
        try:
            qm = build_qm()
        except (TranslationBuildError, OSError, subprocess.SubprocessError) as exc:
            log.warning("English translation unavailable: %s", type(exc).__name__)
            qm = None
        if qm is not None:
            translator = QTranslator(app)
            if translator.load(str(qm)):
                installed.append(translator)
            else:
                log.warning("English translation file could not be loaded")
    else:
        translator = QTranslator(app)
        if translator.load("qtbase_nl", qt_translations_dir()):
            installed.append(translator)
        else:
            log.warning("Qt's Dutch translation (qtbase_nl) not found")
    for translator in installed:
        app.installTranslator(translator)
    app._oco_translators = installed
    return installed


def main(argv: list[str] | None = None) -> int:
    """Build the .qm and report unfinished strings: exit 0 all done, 1 unfinished, 2 build failed."""
    try:
        qm = build_qm(force=True)
    except TranslationBuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"built: {qm}" if qm else "no .ts files found")
    missing = unfinished_strings()
    for item in missing:
        print(f"unfinished: {item.file} [{item.context}] {item.source!r}")
    print(f"{len(missing)} unfinished string(s) in {len(ts_files())} file(s)")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
