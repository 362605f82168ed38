"""Translations: Dutch source strings in the code, English from `resources/translations/oco_en_*.ts`.

Every area keeps its own `oco_en_<area>.ts`; they are compiled together into one `oco_en.qm` with
`pyside6-lrelease`. Dutch needs a catalogue only for plurals: `tr("%n notitie(s)", "", n)` becomes
"1 notitie" / "2 notities" through the numerus forms in `oco_nl_*.ts`, compiled into `oco_nl.qm`.
A checkout builds into `resources/translations/build/`, an installed (read-only)
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
LANGS = ("en", "nl")
# The locale for dates, numbers, calendars and Qt's own dialogs in each app language.
LOCALE_NAMES = {"nl": "nl_NL", "en": "en_GB"}
log = logging.getLogger(__name__)


class TranslationBuildError(RuntimeError):
    pass


def translations_dir() -> Path:
    return paths.resource_path("translations")


def qm_name(lang: str = "en") -> str:
    return f"oco_{lang}.qm"


def ts_files(lang: str = "en") -> list[Path]:
    return sorted(translations_dir().glob(f"oco_{lang}_*.ts"))


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


def build_qm(force: bool = False, lang: str = "en") -> Path | None:
    """The compiled .qm of `lang` (built if missing or stale); None when there is nothing to build."""
    if is_frozen():
        shipped = translations_dir() / qm_name(lang)
        return shipped if shipped.is_file() else None
    sources = ts_files(lang)
    if not sources:
        return None
    target = build_dir() / qm_name(lang)
    if not force and not needs_build(target, sources):
        return target
    tool = find_lrelease()
    if tool is None:
        raise TranslationBuildError("pyside6-lrelease not found (install PySide6 with its tools)")
    target.parent.mkdir(parents=True, exist_ok=True)
    # Compile to a temporary name, then rename: a second process never loads half a file.
    fd, tmp_name = tempfile.mkstemp(prefix=f".oco_{lang}-", suffix=".qm", dir=target.parent)
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
    log.info("%s translations compiled (%d source files)", lang, len(sources))
    return target


@dataclass(frozen=True)
class Unfinished:
    file: str
    context: str
    source: str


def unfinished_strings(sources: list[Path] | None = None) -> list[Unfinished]:
    """Messages whose translation is missing, empty or marked unfinished (obsolete ones are ignored)."""
    found: list[Unfinished] = []
    for ts in [f for lang in LANGS for f in ts_files(lang)] if sources is None else sources:
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


def _load_own(app, lang: str):
    """Our compiled catalogue for `lang` as a loaded QTranslator, or None (the app then shows the source)."""
    from PySide6.QtCore import QTranslator

    try:
        qm = build_qm(lang=lang)
    except (TranslationBuildError, OSError, subprocess.SubprocessError) as exc:
        log.warning("%s translation unavailable: %s", lang, type(exc).__name__)
        return None
    if qm is None:
        return None
    translator = QTranslator(app)
    if translator.load(str(qm)):
        return translator
    log.warning("%s translation file could not be loaded", lang)
    return None


def set_default_locale(lang: str) -> None:
    """Calendars, month names, number formats and Qt's dialogs follow the app language, not the OS."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(LOCALE_NAMES.get(lang, LOCALE_NAMES["nl"])))


def install_translators(app, lang: str) -> list:
    """Install the translators for `lang` on `app` and return them (they must stay referenced).

    "nl": the source strings are Dutch already; Qt's own qtbase_nl makes standard buttons, file and
    print dialogs Dutch too, and our oco_nl.qm holds the Dutch plural forms.
    "en": our compiled .qm. A missing translation never stops the app: it falls back to Dutch.
    Also sets the default QLocale, so calendars show Dutch (or English) month and day names.
    """
    from PySide6.QtCore import QTranslator

    for old in getattr(app, "_oco_translators", []):
        app.removeTranslator(old)
    set_default_locale(lang)
    installed = []
    if lang != "en":
        translator = QTranslator(app)
        if translator.load("qtbase_nl", qt_translations_dir()):
            installed.append(translator)
        else:
            log.warning("Qt's Dutch translation (qtbase_nl) not found")
    own = _load_own(app, "en" if lang == "en" else "nl")
    if own is not None:
        installed.append(own)
    for translator in installed:
        app.installTranslator(translator)
    app._oco_translators = installed
    return installed


def main(argv: list[str] | None = None) -> int:
    """Build the .qm files and report unfinished strings: exit 0 all done, 1 unfinished, 2 build failed."""
    for lang in LANGS:
        try:
            qm = build_qm(force=True, lang=lang)
        except TranslationBuildError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"built: {qm}" if qm else f"no oco_{lang}_*.ts files found")
    missing = unfinished_strings()
    for item in missing:
        print(f"unfinished: {item.file} [{item.context}] {item.source!r}")
    count = sum(len(ts_files(lang)) for lang in LANGS)
    print(f"{len(missing)} unfinished string(s) in {count} file(s)")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
