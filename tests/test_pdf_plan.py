"""The personal plan PDF: content, page numbers, dates, metadata, large print, errors, rendering."""

from __future__ import annotations

import errno
import re
import unicodedata
from datetime import date

import pypdf
import pypdfium2
import pytest

from oco_desktop.export.pdf_common import ExportError
from oco_desktop.export.pdf_plan import TEXTS, PlanDocument, PlanSection, render_plan_pdf

SECTIONS = [
    PlanSection("Dit ben ik", "Vertel iets over uzelf.", "Ik woon alleen.\nMijn buurman is Nguyễn Thị Hoa."),
    PlanSection("Wat wil ik bereiken?", "Wat is voor u belangrijk?", ""),
    PlanSection("Mijn leven per levensgebied", "", "",
                [("Wonen", "Mijn huis heeft een trap."), ("Werk", "")]),
    PlanSection("Mijn netwerk", "Wie helpt u?", "Mijn neef محمد الأحمد doet de boodschappen."),
]


def make_doc(**overrides) -> PlanDocument:
    values = dict(
        resident_name="Şükrü Yılmaz",
        document_date=date(2027, 3, 1),
        request_date=date(2027, 3, 2),
        plan_deadline=date(2027, 3, 9),
        interview_date=date(2027, 3, 16),
        assessment_deadline=date(2027, 4, 13),
        supporter_name="Łukasz Wróbel",
        sections=SECTIONS,
    )
    values.update(overrides)
    return PlanDocument(**values)


def page_texts(path) -> list[str]:
    reader = pypdf.PdfReader(path)
    return [unicodedata.normalize("NFKC", p.extract_text()) for p in reader.pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def plan_nl(tmp_path_factory):
    path = tmp_path_factory.mktemp("plan") / "plan.pdf"
    render_plan_pdf(make_doc(), path)
    return path


def test_every_section_and_static_part_is_there(plan_nl):
    text = flat(" ".join(page_texts(plan_nl)))
    t = TEXTS["nl"]
    for heading in [s.heading for s in SECTIONS] + ["Wonen", "Werk", t["title"], t["remarks"], t["signatures"],
                                                   t["dates_heading"]]:
        assert heading in text
    assert "U kunt dit plan aan de gemeente geven." in text
    assert "De gemeente leest het" not in text  # no promise that it is read
    # Empty parts show their question so the paper can be filled in by hand.
    assert "Wat is voor u belangrijk?" in text
    for name in ("Şükrü Yılmaz", "Łukasz Wróbel", "Nguyễn Thị Hoa", "محمد الأحمد"):
        assert name in text


def test_dates_are_written_out(plan_nl):
    text = flat(" ".join(page_texts(plan_nl)))
    assert "U kunt dit plan uiterlijk op dinsdag 9 maart 2027 aan de gemeente geven." in text
    assert "dinsdag 16 maart 2027" in text
    assert "dinsdag 2 maart 2027" in text
    assert "dinsdag 13 april 2027" in text


def test_every_page_has_name_date_and_page_number(plan_nl):
    pages = page_texts(plan_nl)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in text
        assert "Şükrü Yılmaz" in text
        assert "maandag 1 maart 2027" in text


def test_metadata_and_language(plan_nl, tmp_path):
    reader = pypdf.PdfReader(plan_nl)
    assert reader.metadata.title == "Uw persoonlijk plan - Şükrü Yılmaz"
    assert reader.metadata.author == "OCO Desktop"
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"

    english = tmp_path / "plan-en.pdf"
    render_plan_pdf(make_doc(lang="en"), english)
    reader = pypdf.PdfReader(english)
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.metadata.title.startswith("Your personal plan")
    pages = page_texts(english)
    text = flat(" ".join(pages))
    assert "You can give this plan to the municipality on Tuesday 9 March 2027 at the latest." in text
    assert f"page 1 of {len(pages)}" in text
    assert "Uw persoonlijk plan" not in text


def _sizes_of(path, needle: str) -> set[float]:
    """Font sizes (in points on the page) of the text chunks that contain `needle`."""
    sizes: set[float] = set()

    def visitor(chunk, _cm, tm, _font, size):
        if needle in chunk:
            sizes.add(round(size * tm[3], 1))

    for page in pypdf.PdfReader(path).pages:
        page.extract_text(visitor_text=visitor)
    return sizes


def test_large_print_really_is_larger(plan_nl, tmp_path):
    large = tmp_path / "large.pdf"
    render_plan_pdf(make_doc(large_print=True), large)
    assert _sizes_of(plan_nl, "Ik woon alleen.") == {12.0}
    assert _sizes_of(large, "Ik woon alleen.") == {16.0}
    assert len(pypdf.PdfReader(large).pages) >= len(pypdf.PdfReader(plan_nl).pages)


def test_missing_folder_gives_dutch_error_and_no_file(tmp_path):
    target = tmp_path / "bestaat-niet" / "plan.pdf"
    with pytest.raises(ExportError) as info:
        render_plan_pdf(make_doc(), target)
    assert str(target.parent) in str(info.value)
    assert "bestaat niet" in str(info.value)
    assert not target.parent.exists()


def test_unwritable_target_leaves_nothing_behind(tmp_path, monkeypatch):
    target = tmp_path / "plan.pdf"
    # A full disk while the temporary file is written (works when running as root too).
    from oco_desktop.export import safe_write

    def disk_full(_fd, _data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_write, "_write_all", disk_full)
    with pytest.raises(ExportError) as info:
        render_plan_pdf(make_doc(), target)
    assert str(target) in str(info.value) and "vol" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_replaced_without_leftovers(tmp_path):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    render_plan_pdf(make_doc(), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_unknown_language_is_refused(tmp_path):
    with pytest.raises(ValueError):
        render_plan_pdf(make_doc(lang="de"), tmp_path / "x.pdf")


def test_plan_without_dates_or_sections(tmp_path):
    target = tmp_path / "empty.pdf"
    render_plan_pdf(PlanDocument("Łukasz Wróbel", date(2027, 1, 4)), target)
    text = flat(" ".join(page_texts(target)))
    assert TEXTS["nl"]["no_dates"] in text
    assert "Opmerkingen" in text


@pytest.mark.slow
def test_first_page_renders_with_ink(plan_nl):
    pdf = pypdfium2.PdfDocument(plan_nl)
    try:
        image = pdf[0].render(scale=60 / 72).to_pil().convert("L")
    finally:
        pdf.close()
    histogram = image.histogram()  # 256 counts of grey levels
    dark = sum(histogram[:128])
    total = sum(histogram)
    assert image.size[0] == pytest.approx(595 * 60 / 72, abs=2)  # A4 width
    assert 0.005 < dark / total < 0.5
