"""Fonts and scripts in the PDFs: font choice per script, Arabic joining and order, embedding."""

from __future__ import annotations

import unicodedata
from datetime import date

import arabic_reshaper
import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oco_desktop.export import bidi_text, fonts
from oco_desktop.export.pdf_plan import PlanDocument, PlanSection, render_plan_pdf

ARABIC_NAME = "محمد الأحمد"
NAMES = ["Şükrü Yılmaz", "Łukasz Wróbel", "Nguyễn Thị Hoa", ARABIC_NAME]


def _visual_words(visual: str) -> list[str]:
    """Which logical word each visual word is (compared by letters: the lam-alef ligature makes a
    plain string reversal unreliable)."""
    logical = ARABIC_NAME.split(" ")
    out = []
    for token in visual.split(" "):
        letters = sorted(unicodedata.normalize("NFKC", token))
        out += [w for w in logical if sorted(w) == letters]
    return out


def test_latin_names_stay_in_atkinson():
    for name in ("Şükrü Yılmaz", "Łukasz Wróbel"):
        assert fonts.font_runs(name) == [(fonts.ATKINSON, name)]


def test_vietnamese_name_uses_noto_as_one_run():
    assert fonts.font_runs("Nguyễn Thị Hoa") == [(fonts.NOTO, "Nguyễn Thị Hoa")]
    assert not fonts.covers(fonts.ATKINSON, "ễ")
    assert fonts.covers(fonts.NOTO, "ễ")


def test_markup_escapes_xml_and_wraps_fallback_runs():
    out = fonts.markup("a < b & Nguyễn")
    assert out.startswith("a &lt; b &amp; ")
    assert f'<font face="{fonts.NOTO}">Nguyễn</font>' in out
    assert fonts.markup("Nguyễn", bold=True) == f'<font face="{fonts.NOTO}-Bold">Nguyễn</font>'
    assert fonts.markup("één\ntwee") == "één<br/>twee"


def test_arabic_is_joined_and_keeps_word_order():
    visual = bidi_text.visual_line(ARABIC_NAME)
    # Joined: every letter became a contextual presentation form.
    assert all("\ufe70" <= ch <= "\ufeff" for ch in visual.replace(" ", ""))
    # Drawn left to right, the first name "محمد" must end up on the right.
    assert _visual_words(visual) == ["الأحمد", "محمد"]
    assert fonts.font_runs(visual) == [(fonts.ARABIC, visual)]


def test_mixed_dutch_and_arabic_line():
    out = bidi_text.visual_line("Naam: " + ARABIC_NAME)
    assert out.startswith("Naam: ")
    assert _visual_words(out[len("Naam: "):]) == ["الأحمد", "محمد"]
    assert bidi_text.visual_line("gewone tekst") == "gewone tekst"
    assert bidi_text.is_rtl_paragraph(ARABIC_NAME + " abc")
    assert not bidi_text.is_rtl_paragraph("abc " + ARABIC_NAME)


@pytest.fixture(scope="module")
def names_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "names.pdf"
    doc = PlanDocument(
        resident_name=ARABIC_NAME,
        document_date=date(2027, 3, 1),
        supporter_name="Nguyễn Thị Hoa",
        sections=[PlanSection("Mijn netwerk", body="Mijn buren: Şükrü Yılmaz en Łukasz Wróbel.")],
    )
    render_plan_pdf(doc, path)
    return pypdf.PdfReader(path)


def _fonts_in(reader: pypdf.PdfReader) -> dict[str, pypdf.generic.DictionaryObject]:
    found = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def test_every_font_is_embedded(names_pdf):
    found = _fonts_in(names_pdf)
    families = {name.split("+", 1)[-1] for name in found}
    assert {"AtkinsonHyperlegible-Regular", "AtkinsonHyperlegible-Bold", "NotoSans-Regular",
            "NotoSansArabic-Regular", "NotoSansArabic-Bold"} <= families
    for name, font in found.items():
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"


def test_names_are_extractable_and_arabic_comes_from_the_arabic_font(names_pdf):
    text = unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in names_pdf.pages))
    for name in NAMES[:3]:
        assert name in text
    # pypdf puts right-to-left runs back in logical order; had we drawn the words swapped, this
    # would read "الأحمد محمد".
    assert ARABIC_NAME in text

    arabic_fonts = set()

    def visitor(chunk, _cm, _tm, font_dict, _size):
        if font_dict and any("\ufe70" <= ch <= "\ufeff" for ch in chunk):
            arabic_fonts.add(str(font_dict["/BaseFont"]).split("+", 1)[-1])

    names_pdf.pages[0].extract_text(visitor_text=visitor)
    assert arabic_fonts and all(f.startswith("NotoSansArabic") for f in arabic_fonts)
    assert arabic_reshaper.reshape(ARABIC_NAME) != ARABIC_NAME  # reshaping really did something


def test_static_instances_are_shipped_so_the_first_pdf_cuts_nothing(monkeypatch, tmp_path):
    """The instances made at build time (resources/fonts) match the installed variable fonts: the first
    export reads them instead of spending seconds cutting. If this fails after a font package update,
    run `python -m oco_desktop.export.fonts` and commit resources/fonts."""
    monkeypatch.setattr(fonts, "_cache_dir", lambda: tmp_path / "empty-cache")

    def no_cutting(*_args):
        raise AssertionError("an instance was cut at run time")

    monkeypatch.setattr(fonts, "_cut_instance", no_cutting)
    for package, filename in fonts.INSTANCES:
        source = fonts._variable_font(package, filename)
        for _suffix, weight in fonts.WEIGHTS:
            data = fonts._static_instance(source, weight)
            assert data[:4] in (b"\x00\x01\x00\x00", b"true")  # a TrueType font
    assert not (tmp_path / "empty-cache").exists()  # nothing written to the user's cache either


def _registered_after(body: str) -> dict:
    """In a fresh process: which fallback faces are registered and which shaping modules are imported
    after rendering a plan whose texts are `body` (import lists, not timings)."""
    probe = (
        "import json, sys\n"
        "from datetime import date\n"
        "from pathlib import Path\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "from oco_desktop.export import fonts\n"
        "from oco_desktop.export.pdf_plan import PlanDocument, PlanSection, render_plan_pdf\n"
        "body = sys.argv[1]\n"
        "doc = PlanDocument(resident_name=body, document_date=date(2027, 3, 1), supporter_name='Anna',\n"
        "                   sections=[PlanSection('Mijn netwerk', body=body)])\n"
        "render_plan_pdf(doc, Path(sys.argv[2]))\n"
        "names = set(pdfmetrics.getRegisteredFontNames())\n"
        "print(json.dumps({'noto': fonts.NOTO in names, 'arabic': fonts.ARABIC in names,\n"
        "                  'reshaper': 'arabic_reshaper' in sys.modules, 'fonttools': 'fontTools' in sys.modules}))\n"
    )
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        out = subprocess.run([sys.executable, "-c", probe, body, str(Path(folder) / "p.pdf")], capture_output=True,
                             text=True, check=True).stdout
    import json

    return json.loads(out.splitlines()[-1])


def test_a_dutch_document_registers_only_atkinson_and_imports_no_shaping():
    # The fallback faces and the Arabic shaping are loaded when a text needs them, not on every export.
    assert _registered_after("Mijn buren: Şükrü Yılmaz en Łukasz Wróbel.") == {
        "noto": False, "arabic": False, "reshaper": False, "fonttools": False}
    assert _registered_after("Mijn buurvrouw is Nguyễn Thị Hoa.") == {
        "noto": True, "arabic": False, "reshaper": False, "fonttools": False}
    assert _registered_after(f"Mijn neef {ARABIC_NAME}.") == {
        "noto": True, "arabic": True, "reshaper": True, "fonttools": True}


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=60),
       bold=st.booleans(), base_dir=st.sampled_from([None, "L", "R"]))
def test_plain_ascii_takes_the_short_way_with_the_same_markup(text, bold, base_dir):
    """markup_line skips joining, reordering and font runs for printable ASCII (most of a Dutch plan):
    the markup is what the whole way makes of it."""
    assert fonts.markup_line(text, base_dir, bold) == fonts._markup_line_in_runs(text, base_dir, bold)


def test_the_short_way_is_only_for_printable_ascii():
    for text in ("tab\there", "Nguyễn", "café", ARABIC_NAME + " abc"):
        assert fonts.markup_line(text) == fonts._markup_line_in_runs(text, None, False)
    assert '<font face="OcoNotoSans">' in fonts.markup_line("Nguyễn Thị Hoa")
