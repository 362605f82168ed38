"""The plan PDF built from a real vault: sections, names, dates, page numbers, no notes, fonts, large print."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pypdf
import pytest

from oco_desktop.errors import NotFound
from oco_desktop.export.pdf_common import ExportError
from oco_desktop.export.plan_builder import build_plan_document, export_plan_pdf
from oco_desktop.storage import cases
from tests.plan_helpers import NAMES, SECRET_NOTE, add_plan_case, definitions

TODAY = date(2026, 11, 6)


def pdf_text(path) -> tuple[str, int]:
    reader = pypdf.PdfReader(path)
    text = " ".join(unicodedata.normalize("NFKC", p.extract_text()) for p in reader.pages)
    return re.sub(r"\s+", " ", text), len(reader.pages)


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize("name", NAMES)
def test_plan_pdf_has_every_section_name_dates_and_no_notes(vault, tmp_path, name):
    defs = definitions()
    pc = add_plan_case(vault, defs, name)
    out = export_plan_pdf(vault, defs, pc.client_id, tmp_path / "plan.pdf", today=TODAY)
    text, pages = pdf_text(out)
    for section in defs.plan_sections:
        assert plain(section.heading.nl) in text, section.id
    if name != NAMES[3]:  # Arabic is stored in visual order for display; checked separately below
        assert name in text
    assert "pagina 1 van" in text and f"pagina {pages} van {pages}" in text
    assert "donderdag 5 november 2026" in text  # request
    assert "U kunt dit plan uiterlijk op donderdag 12 november 2026 aan de gemeente geven." in text
    assert "donderdag 19 november 2026" in text  # interview
    assert "donderdag 17 december 2026" in text  # assessment
    assert "Ik kan de trap niet meer op." in text  # prefilled from the client's question
    assert SECRET_NOTE not in text
    raw = out.read_bytes()
    assert SECRET_NOTE.encode() not in raw


def test_arabic_name_is_in_the_metadata_title(vault, tmp_path):
    defs = definitions()
    pc = add_plan_case(vault, defs, NAMES[3])
    out = export_plan_pdf(vault, defs, pc.client_id, tmp_path / "plan.pdf", today=TODAY)
    assert NAMES[3] in pypdf.PdfReader(out).metadata.title


def test_english_plan(vault, tmp_path):
    defs = definitions("en")
    pc = add_plan_case(vault, defs)
    out = export_plan_pdf(vault, defs, pc.client_id, tmp_path / "plan-en.pdf", lang="en", today=TODAY)
    text, _pages = pdf_text(out)
    for section in defs.plan_sections:
        assert plain(section.heading.get("en")) in text
    assert "You can give this plan to the municipality on Thursday 12 November 2026 at the latest." in text
    assert "page 1 of" in text


def test_document_holds_only_plan_content(vault):
    defs = definitions()
    pc = add_plan_case(vault, defs)
    doc = build_plan_document(vault, defs, pc.client_id, today=TODAY)
    everything = repr(doc)
    assert SECRET_NOTE not in everything
    assert doc.resident_name == NAMES[0]
    assert doc.plan_deadline == date(2026, 11, 12) and doc.assessment_deadline == date(2026, 12, 17)
    assert len(doc.sections) == len(defs.plan_sections)


def test_large_print_really_changes_the_size(vault, tmp_path):
    defs = definitions()
    pc = add_plan_case(vault, defs)
    normal = export_plan_pdf(vault, defs, pc.client_id, tmp_path / "normal.pdf", today=TODAY)
    large = export_plan_pdf(vault, defs, pc.client_id, tmp_path / "large.pdf", large_print=True, today=TODAY)

    def body_sizes(path) -> set[float]:
        sizes: set[float] = set()

        def visit(text, cm, tm, font_dict, font_size):
            if text.strip():
                sizes.add(round(font_size * tm[0], 1))

        for page in pypdf.PdfReader(path).pages:
            page.extract_text(visitor_text=visit)
        return sizes

    assert min(body_sizes(large)) > min(body_sizes(normal))
    assert len(pypdf.PdfReader(large).pages) > len(pypdf.PdfReader(normal).pages)


def test_fonts_are_embedded(vault, tmp_path):
    defs = definitions()
    pc = add_plan_case(vault, defs, NAMES[3])
    out = export_plan_pdf(vault, defs, pc.client_id, tmp_path / "plan.pdf", today=TODAY)
    fonts_seen = 0
    for page in pypdf.PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
            fonts_seen += 1
    assert fonts_seen > 0


def test_unknown_client_and_foreign_case(vault, tmp_path):
    defs = definitions()
    pc = add_plan_case(vault, defs)
    other = add_plan_case(vault, defs, NAMES[1], with_note=False)
    with pytest.raises(NotFound):
        build_plan_document(vault, defs, "no-such-client")
    with pytest.raises(NotFound):
        build_plan_document(vault, defs, pc.client_id, other.case_id)


def test_unwritable_path_is_a_clear_error(vault, tmp_path):
    defs = definitions()
    pc = add_plan_case(vault, defs)
    with pytest.raises(ExportError, match="bestaat niet"):
        export_plan_pdf(vault, defs, pc.client_id, tmp_path / "missing" / "plan.pdf")


def test_client_without_case_gets_an_empty_plan_to_fill_in(vault, tmp_path):
    from oco_desktop.domain.models import Client
    from oco_desktop.storage import clients

    defs = definitions()
    client = clients.add_client(vault, Client(name=NAMES[2]))
    assert cases.current_case(vault, client.id) is None
    out = export_plan_pdf(vault, defs, client.id, tmp_path / "empty.pdf", today=TODAY)
    text, _ = pdf_text(out)
    assert "Er zijn nog geen datums bekend." in text
    assert plain(defs.plan_sections[0].prompt.nl) in text
