"""Fonts for the PDFs: registered once, and text marked up so every letter gets a font that has it.

- Atkinson Hyperlegible (static TTFs) is the main face: it was designed for low-vision readers and
  covers Dutch, English, Turkish and Polish.
- Noto Sans fills in what Atkinson lacks (Vietnamese, Greek, Cyrillic, rarer Latin letters).
- Noto Sans Arabic draws Arabic.

Both Noto packages ship variable fonts only. reportlab would use the default (regular) instance,
so static Regular and Bold instances are cut with fontTools. Cutting takes seconds, so it is done when
the package or the frozen build is made, not on first use: `python -m oco_desktop.export.fonts`
writes them to resources/fonts/ (installer/build.py runs it; the checkout ships the result). Each file
is named after a digest of the variable font's bytes, so a different font package version is never
paired with stale instances: then they are cut at first use and cached under data_dir()/font-cache
(fonts are not client data).

reportlab has no glyph fallback: a letter missing from the current font prints as a box. So
`markup()` splits text into runs by which font has the glyphs and wraps runs in <font face=...>.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import re
import threading
import unicodedata
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from oco_desktop.export import bidi_text

# Registered face names. "Oco" prefix so they never clash with reportlab's standard fonts.
ATKINSON = "OcoAtkinson"
NOTO = "OcoNotoSans"
ARABIC = "OcoNotoArabic"
FAMILIES = (ATKINSON, NOTO, ARABIC)  # order of preference for a word

BODY_FONT = ATKINSON
BOLD_FONT = ATKINSON + "-Bold"
ITALIC_FONT = ATKINSON + "-Italic"

_INSTANCE_VERSION = "2"  # bump when the way instances are cut changes, to ignore old cache files
_lock = threading.RLock()
_coverage: dict[str, frozenset[int]] = {}  # per registered family: the code points it has glyphs for


def escape(text: str) -> str:
    """&, < and > as entities (what xml.sax.saxutils.escape does; importing that pulls in urllib)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _atkinson_files() -> dict[str, Path]:
    import fontpkg_atkinson_hyperlegible as pkg

    files = Path(pkg.ROOT) / "files"
    return {
        "": files / "AtkinsonHyperlegible-Regular.ttf",
        "-Bold": files / "AtkinsonHyperlegible-Bold.ttf",
        "-Italic": files / "AtkinsonHyperlegible-Italic.ttf",
        "-BoldItalic": files / "AtkinsonHyperlegible-BoldItalic.ttf",
    }


def _variable_font(package: str, filename: str) -> Path:
    module = __import__(package)
    return Path(module.ROOT) / "files" / filename


def _cache_dir() -> Path:
    from oco_desktop import paths

    return paths.data_dir() / "font-cache"


_source_digests: dict[Path, str] = {}


def _source_digest(source: Path) -> str:
    """Digest of the variable font's bytes (~5 ms for 2 MB): the same font gives the same name anywhere."""
    digest = _source_digests.get(source)
    if digest is None:
        digest = _source_digests[source] = hashlib.sha256(source.read_bytes()).hexdigest()
    return digest


def _cache_name(source: Path, weight: int) -> str:
    key = f"{_INSTANCE_VERSION}|{source.name}|{_source_digest(source)}|{weight}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return f"{source.stem.split('[')[0]}-{weight}-{digest}.ttf"


def shipped_dir() -> Path:
    """Where the instances made at build time live (resources/fonts, also in the frozen build)."""
    from oco_desktop import paths

    return paths.resource_path("fonts")


def _cut_instance(source: Path, weight: int) -> bytes:
    """A static instance of a variable font at `weight` (normal width)."""
    from fontTools.ttLib import TTFont as FtFont
    from fontTools.varLib import instancer

    font = FtFont(str(source))
    # reportlab does no OpenType layout (Arabic joining is done by arabic_reshaper through the
    # presentation forms in the cmap), and dropping these tables makes cutting ~10x faster.
    for table in ("GSUB", "GPOS", "GDEF"):
        if table in font:
            del font[table]
    static = instancer.instantiateVariableFont(font, {"wght": weight, "wdth": 100}, optimize=False)
    _rename(static, "Bold" if weight >= 700 else "Regular")
    out = io.BytesIO()
    static.save(out)
    return out.getvalue()


def _rename(font, style: str) -> None:
    """Give the instance its own style name; the PDF lists fonts by PostScript name (name ID 6)."""
    names = font["name"]
    family = names.getBestFamilyName()
    postscript = family.replace(" ", "") + "-" + style
    for record in names.names:
        if record.nameID == 2:
            record.string = style
        elif record.nameID == 4:
            record.string = f"{family} {style}"
        elif record.nameID == 6:
            record.string = postscript


def _static_instance(source: Path, weight: int) -> bytes:
    """Instance bytes: made at build time, else from the disk cache, else cut now (and cached)."""
    name = _cache_name(source, weight)
    for folder in (shipped_dir(), _cache_dir()):
        try:
            return (folder / name).read_bytes()
        except OSError:
            pass
    cached = _cache_dir() / name
    data = _cut_instance(source, weight)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        part = cached.with_name(cached.name + f".{os.getpid()}.part")
        part.write_bytes(data)
        os.replace(part, cached)
    except OSError:
        pass  # a read-only profile just means cutting again next time
    return data


def _register(name: str, source: Path | bytes, label: str) -> TTFont:
    if isinstance(source, bytes):
        stream = io.BytesIO(source)
        stream.name = label  # reportlab names the embedded font file after this
        font = TTFont(name, stream)
    else:
        font = TTFont(name, str(source))
    pdfmetrics.registerFont(font)
    return font


def _register_family(family: str, faces: dict[str, TTFont]) -> None:
    """Map (bold, italic) to faces so <b> and <i> work inside paragraphs."""
    regular = faces[""]
    bold = faces.get("-Bold", regular)
    italic = faces.get("-Italic", regular)
    bold_italic = faces.get("-BoldItalic", bold)
    # Regular and bold are mapped last: the last mapping of a face name is what reportlab reads back
    # when it looks up the family of a face (Noto has no italic, its "italic" is the regular face).
    for name in (family, *{f.fontName for f in (regular, bold, italic, bold_italic)}):
        addMapping(name, 1, 1, bold_italic.fontName)
        addMapping(name, 0, 1, italic.fontName)
        addMapping(name, 1, 0, bold.fontName)
        addMapping(name, 0, 0, regular.fontName)
    _coverage[family] = frozenset(regular.face.charToGlyph)


INSTANCES = (
    ("fontpkg_noto_sans", "NotoSans[wdth,wght].ttf"),
    ("fontpkg_noto_sans_arabic", "NotoSansArabic[wdth,wght].ttf"),
)
WEIGHTS = (("", 400), ("-Bold", 700))


def make_static_instances(target: Path | None = None) -> list[Path]:
    """Cut every static instance into `target` (default: resources/fonts). For build steps."""
    target = target or shipped_dir()
    target.mkdir(parents=True, exist_ok=True)
    wanted = {_cache_name(_variable_font(p, f), w) for p, f in INSTANCES for _s, w in WEIGHTS}
    for old in target.glob("*.ttf"):
        if old.name not in wanted:
            old.unlink()  # instances of another font version
    written = []
    for package, filename in INSTANCES:
        source = _variable_font(package, filename)
        for _suffix, weight in WEIGHTS:
            path = target / _cache_name(source, weight)
            if not path.is_file():
                part = path.with_name(path.name + ".part")
                part.write_bytes(_cut_instance(source, weight))
                os.replace(part, path)
            written.append(path)
    return written


def register_fonts() -> None:
    """Register the main face (Atkinson Hyperlegible, four styles) with reportlab. Safe to call often.

    Noto Sans and Noto Sans Arabic are registered the first time a text needs them (`_cover`): most
    documents are written in letters Atkinson has, and a face that is never drawn is never embedded,
    so the PDF is the same either way.
    """
    _cover(ATKINSON)


def _cover(family: str) -> frozenset[int]:
    """The code points `family` has glyphs for; registers the family on first use (once per process)."""
    cover = _coverage.get(family)
    if cover is not None:
        return cover
    with _lock:
        if family not in _coverage:
            if family == ATKINSON:
                faces = {suffix: _register(ATKINSON + suffix, path, path.name)
                         for suffix, path in _atkinson_files().items()}
            else:
                package, filename = INSTANCES[FAMILIES.index(family) - 1]
                source = _variable_font(package, filename)
                faces = {suffix: _register(family + suffix, _static_instance(source, weight), f"{family}{suffix}.ttf")
                         for suffix, weight in WEIGHTS}
            _register_family(family, faces)
        return _coverage[family]


def covers(family: str, ch: str) -> bool:
    return ord(ch) in _cover(family)


def _font_for_char(ch: str) -> str | None:
    for family in FAMILIES:
        if ord(ch) in _cover(family):
            return family
    return None


def _font_for_word(word: str) -> str | None:
    """The first family that has every letter, so a word is not drawn in two typefaces."""
    for family in FAMILIES:
        cover = _cover(family)
        if all(ord(ch) in cover for ch in word):
            return family
    return None


def _word_families(words: list[str]) -> list[str | None]:
    """A family per word; a name written partly in a fallback font is drawn wholly in it.

    "Nguyễn Thị Hoa" needs Noto Sans for two words; "Hoa" follows them so the name is drawn in one
    typeface. Only capitalised neighbours are pulled along, so ordinary Dutch text stays in Atkinson.
    """
    families = [_font_for_word(w) if w and not w.isspace() else None for w in words]
    for i, family in enumerate(families):
        if family != NOTO:  # Arabic script never mixes with a Latin name that way
            continue
        for step in (-2, 2):  # words alternate with whitespace tokens
            j = i + step
            while 0 <= j < len(words) and families[j] == BODY_FONT and words[j][:1].isupper() \
                    and all(ord(ch) in _cover(family) for ch in words[j]):
                families[j] = family
                j += step
    return families


def font_runs(text: str) -> list[tuple[str, str]]:
    """Split display-ordered text into (family, text) runs. Whitespace joins the run before it."""
    register_fonts()
    runs: list[tuple[str, str]] = []

    def add(family: str, piece: str) -> None:
        if runs and runs[-1][0] == family:
            runs[-1] = (family, runs[-1][1] + piece)
        else:
            runs.append((family, piece))

    words = [w for w in re.split(r"(\s+)", text) if w]
    for word, family in zip(words, _word_families(words), strict=True):
        if word.isspace():
            add(runs[-1][0] if runs else BODY_FONT, word)
        elif family is not None:
            add(family, word)
        else:  # no single font has the whole word: choose per letter
            for letter in word:
                add(_font_for_char(letter) or BODY_FONT, letter)
    return runs


@functools.cache
def _body_covers_ascii() -> bool:
    """Whether the body font has every printable ASCII letter (it has; checked once, not assumed)."""
    register_fonts()
    cover = _cover(BODY_FONT)
    return all(code in cover for code in range(0x20, 0x7F))


def is_bold(font_name: str) -> bool:
    return font_name.endswith(("-Bold", "-BoldItalic"))


def markup_line(text: str, base_dir: str | None = None, bold: bool = False) -> str:
    """One line of plain text as safe Paragraph markup: joined and reordered RTL, font runs, escaped.

    Without `base_dir` the line's own first strong letter decides its direction (Unicode rule P2).
    `bold`: the surrounding text is bold. reportlab does not carry <b> into a <font face=...>, so
    fallback runs name their bold face themselves.
    """
    if text.isascii() and text.isprintable() and _body_covers_ascii():
        # Plain ASCII (most of a Dutch plan): no joining, reordering or fallback font can apply.
        return escape(text)
    return _markup_line_in_runs(text, base_dir, bold)


def _markup_line_in_runs(text: str, base_dir: str | None, bold: bool) -> str:
    text = unicodedata.normalize("NFC", text)
    if base_dir is None:
        base_dir = "R" if bidi_text.is_rtl_paragraph(text) else "L"
    text = bidi_text.visual_line(text, base_dir=base_dir)
    parts = []
    for family, piece in font_runs(text):
        escaped = escape(piece)
        if family == BODY_FONT:
            parts.append(escaped)
        else:
            face = family + "-Bold" if bold else family
            parts.append(f'<font face="{face}">{escaped}</font>')
    return "".join(parts)


def markup(text: str, bold: bool = False) -> str:
    """Plain (possibly multi-line) text as Paragraph markup; newlines become <br/>.

    Each line is reordered on its own. A right-to-left run longer than a printed line can still wrap
    in the wrong order; names and short phrases, the normal case in a Dutch text, are fine.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(markup_line(line, bold=bold) for line in lines)


if __name__ == "__main__":  # python -m oco_desktop.export.fonts [TARGET_DIR]
    import sys

    for made in make_static_instances(Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(made)
