"""The frozen build's trimming (installer/bundle_trim.py, installer/icu_trim.py).

The ICU test runs Qt against the trimmed ICU data (LD_PRELOAD of the rewritten libicudata) and checks
that everything Dutch and English is unchanged: collation of Dutch names, case mapping, month names,
time-zone names, the windows-1252 codec; and that a dropped locale (Swedish collation) really is gone,
so the comparison cannot pass because the preload was ignored.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))

import bundle_trim  # noqa: E402
import icu_trim  # noqa: E402


def qt_lib_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "lib"


def icu_data_library() -> Path | None:
    found = sorted(qt_lib_dir().glob("libicudata.so.*")) if sys.platform.startswith("linux") else []
    return found[0] if found else None


# --- which ICU items stay ---------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "kept"), [
    ("icudt73l/nl.res", True),
    ("icudt73l/nl_BE.res", True),
    ("icudt73l/en_GB.res", True),
    ("icudt73l/en_001.res", True),
    ("icudt73l/root.res", True),
    ("icudt73l/pool.res", True),
    ("icudt73l/res_index.res", True),
    ("icudt73l/coll/res_index.res", True),
    ("icudt73l/coll/ucadata.icu", True),
    ("icudt73l/coll/nl.res", True),
    ("icudt73l/zone/nl.res", True),
    ("icudt73l/zoneinfo64.res", True),
    ("icudt73l/supplementalData.res", True),
    ("icudt73l/likelySubtags.res", True),
    ("icudt73l/uprops.icu", True),
    ("icudt73l/nfkc.nrm", True),
    ("icudt73l/cnvalias.icu", True),
    ("icudt73l/ibm-5348_P100-1997.cnv", True),  # windows-1252
    ("icudt73l/brkitr/word.brk", True),
    ("icudt73l/de.res", False),
    ("icudt73l/coll/zh.res", False),
    ("icudt73l/coll/de__PHONEBOOK.res", False),
    ("icudt73l/lang/sr_Latn.res", False),
    ("icudt73l/fil.res", False),
    ("icudt73l/translit/root.res", False),
    ("icudt73l/brkitr/cjdict.dict", False),
    ("icudt73l/gb18030.cnv", False),
])
def test_keep_item(name, kept):
    assert icu_trim.keep_item(name) is kept


def make_package(items: list[tuple[str, bytes]]) -> bytes:
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", b"\1\0\0\0", b"\3\0\0\0")
    header_size = 32
    header = struct.pack("<HBB", header_size, 0xDA, 0x27) + info
    header += b"\0" * (header_size - len(header))
    return icu_trim.write_package(header, [icu_trim.Item(n, d) for n, d in items])


def test_package_round_trip_and_alignment():
    items = [("icudt73l/a.res", b"x" * 5), ("icudt73l/b/c.icu", b"y" * 40), ("icudt73l/z.cnv", b"z")]
    blob = make_package(items)
    header, read = icu_trim.read_package(blob)
    assert len(header) == 32
    assert [(i.name, i.data.rstrip(b"\0")) for i in read] == items
    count = struct.unpack_from("<I", blob, 32)[0]
    offsets = [struct.unpack_from("<II", blob, 32 + 4 + 8 * i)[1] for i in range(count)]
    assert all((32 + offset) % 16 == 0 for offset in offsets)


def test_read_package_refuses_other_data():
    with pytest.raises(icu_trim.IcuTrimError):
        icu_trim.read_package(b"\x20\x00\xda\x27" + b"\0" * 8 + b"ResB" + b"\0" * 64)
    with pytest.raises(icu_trim.IcuTrimError):
        icu_trim.trim_library(b"not an elf file at all" * 10)


PROBE = r"""
import sys
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder, QTimeZone
app = QCoreApplication(sys.argv)
names = ["van Dijk", "Ĳsselmeer", "IJzerman", "Éénhoorn", "de Vries", "Zeeman", "über", "Aalders",
         "ångström", "Özdemir", "Çelik", "Bakker", "bakker", "Ijsbrand", "Øster", "straße"]
for loc in ("nl_NL", "nl_BE", "en_GB", "en_US", "sv_SE"):
    print(loc, sorted(names, key=QCollator(QLocale(loc)).sortKey))
    locale = QLocale(loc)
    print(loc, locale.toUpper("ijsbrand straße ĳssel"), locale.toLower("IJSBRAND ÖZDEMIR ΣΊΣΥΦΟΣ"))
    print(loc, locale.monthName(3), locale.dayName(1), locale.toString(1234567.891, "f", 2))
for zone in (b"Europe/Amsterdam", b"America/New_York"):
    for loc in ("nl_NL", "en_GB"):
        tz = QTimeZone(zone)
        print(zone, loc, tz.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(loc)))
print("windows-1252", QStringDecoder("windows-1252").isValid(), QStringDecoder("ISO-8859-15").isValid())
"""


def run_probe(preload: Path | None) -> dict[str, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if preload:
        env["LD_PRELOAD"] = str(preload)
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                         encoding="utf-8", check=True, timeout=120).stdout
    lines: dict[str, list[str]] = {}
    for line in out.splitlines():
        lines.setdefault(line.split(" ", 1)[0], []).append(line)
    return lines


@pytest.mark.skipif(icu_data_library() is None, reason="the PySide6 wheel ships ICU only on Linux")
def test_trimmed_icu_keeps_dutch_and_english(tmp_path):
    source = icu_data_library()
    target = tmp_path / source.name
    summary = icu_trim.trim_file(source, target)
    assert target.stat().st_size < source.stat().st_size / 4, summary
    assert bundle_trim.needed_libraries(target) == []  # still a loadable shared object with no deps
    full, trimmed = run_probe(None), run_probe(target)
    for key in ("nl_NL", "nl_BE", "en_GB", "en_US", "b'Europe/Amsterdam'", "b'America/New_York'", "windows-1252"):
        assert trimmed[key] == full[key], key
    assert trimmed["windows-1252"] == ["windows-1252 True True"]
    # Swedish collation (å, ö after z) is gone: proof that the trimmed data was the one loaded.
    assert trimmed["sv_SE"][0] != full["sv_SE"][0]
    assert full["sv_SE"][0].endswith("'ångström', 'Øster', 'Özdemir']")


# --- dropping TOC entries with the libraries only they needed ------------------------------------

def test_drop_with_orphans():
    graph = {
        "/src/app.so": ["libshared.so.1", "libQt6Core.so.6"],
        "/src/libQt6Core.so.6": ["libshared.so.1"],
        "/src/libqgtk3.so": ["libQt6Core.so.6", "libpango.so.1", "libshared.so.1"],
        "/src/libpango.so.1": ["libharfbuzz.so.0"],
        "/src/libharfbuzz.so.0": [],
        "/src/libshared.so.1": [],
        "/src/libcupsprintersupport.so": ["libcups.so.2", "libQt6Core.so.6"],
        "/src/libcups.so.2": ["libgnutls.so.30", "libshared.so.1"],
        "/src/libgnutls.so.30": [],
        "/src/libsecret-1.so.0": [],  # collected for ctypes: nothing needs it
    }
    binaries = [
        ("app.so", "/src/app.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("libpango.so.1", "/src/libpango.so.1", "BINARY"),
        ("libharfbuzz.so.0", "/src/libharfbuzz.so.0", "BINARY"),
        ("libshared.so.1", "/src/libshared.so.1", "BINARY"),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "/src/libcupsprintersupport.so", "BINARY"),
        ("libcups.so.2", "/src/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/src/libgnutls.so.30", "BINARY"),
        ("libsecret-1.so.0", "/src/libsecret-1.so.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "/src/libQt6Pdf.so.6", "BINARY"),
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
    ]
    datas = [("resources/x.txt", "/src/x.txt", "DATA")]

    named = {"PySide6/Qt/plugins/platformthemes/libqgtk3.so", "libcups.so.2", "PySide6/Qt/lib/libQt6Pdf.so.6"}
    kept, kept_datas, dropped = bundle_trim.drop_with_orphans(
        binaries, datas, named.__contains__, needed=lambda path: graph.get(path, []))
    assert sorted(dropped) == sorted([
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "libpango.so.1", "libharfbuzz.so.0",
        "libcups.so.2", "libgnutls.so.30", "PySide6/Qt/lib/libQt6Pdf.so.6"])
    assert [entry[0] for entry in kept] == [
        "app.so", "PySide6/Qt/lib/libQt6Core.so.6", "libQt6Core.so.6", "libshared.so.1",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "libsecret-1.so.0"]
    assert kept_datas == datas


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF only")
def test_needed_libraries_reads_elf():
    import PySide6

    core = next(Path(PySide6.__file__).parent.glob("QtCore.*.so"))
    assert "libQt6Core.so.6" in bundle_trim.needed_libraries(core)
    assert bundle_trim.needed_libraries(ROOT / "pyproject.toml") == []
