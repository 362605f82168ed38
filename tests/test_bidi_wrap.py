"""Arabic paragraphs of several lines wrap in reading order: each line is shaped and reordered after
wrapping. Checked by reading the printed lines back from a real PDF."""

from __future__ import annotations

import unicodedata
from datetime import date

import pypdf
import pytest

from oco_desktop.export import bidi_text
from oco_desktop.export.pdf_plan import PlanDocument, PlanSection, render_plan_pdf

# Twenty distinct words (Arabic number words), so every word's place can be checked.
WORDS = ["واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة",
         "أحد", "اثنا", "مئة", "ألف", "مليون", "صفر", "نصف", "ربع", "ثلث", "خمس"]
PARAGRAPH = " ".join(WORDS * 3)  # 60 words: several printed lines


def _arabic_lines(path) -> list[list[str]]:
    """The printed lines that hold Arabic, top to bottom, as words. The text extractor may give a line's
    characters in drawing order or already in reading order: take whichever gives known words."""
    result = []
    for page in pypdf.PdfReader(path).pages:
        for line in page.extract_text().splitlines():
            if not bidi_text.has_rtl(line):
                continue
            options = [unicodedata.normalize("NFKC", x).split() for x in (line, line[::-1])]
            result.append(max(options, key=lambda ws: sum(w in WORDS for w in ws)))
    return result


def _assert_lines_in_reading_order(lines: list[list[str]], expected: list[str]) -> None:
    """Top to bottom, each printed line holds the next words of the text (in either direction within the
    line, which is the extractor's business); the old code put the LAST words on the first line."""
    pos = 0
    for words in lines:
        words = [w for w in words if w in WORDS]
        chunk = expected[pos:pos + len(words)]
        assert words in (chunk, chunk[::-1]), (pos, words, chunk)
        pos += len(words)
    assert pos == len(expected)


def test_wrap_logical_keeps_reading_order():
    lines = bidi_text.wrap_logical("a bb ccc dddd", 6, len)
    assert lines == ["a bb", "ccc", "dddd"]
    assert bidi_text.wrap_logical("", 10, len) == [""]
    assert bidi_text.wrap_logical("toolongword x", 3, len) == ["toolongword", "x"]


@pytest.mark.parametrize("large_print", [False, True])
def test_multi_line_arabic_paragraph_reads_in_order_from_the_pdf(tmp_path, large_print):
    doc = PlanDocument("محمد الأحمد", date(2026, 11, 30), sections=[PlanSection("Over u", "", PARAGRAPH)],
                       large_print=large_print)
    out = render_plan_pdf(doc, tmp_path / "plan.pdf")
    lines = [words for words in _arabic_lines(out) if set(words) & set(WORDS)]
    assert len(lines) >= 3  # really several lines
    _assert_lines_in_reading_order(lines, WORDS * 3)
    assert "واحد" in lines[0] and "خمس" in lines[-1]


def test_arabic_paragraph_over_a_page_break_stays_in_order(tmp_path):
    long_text = " ".join(WORDS * 40)
    doc = PlanDocument("محمد الأحمد", date(2026, 11, 30), sections=[PlanSection("Over u", "", long_text)])
    out = render_plan_pdf(doc, tmp_path / "plan.pdf")
    assert len(pypdf.PdfReader(out).pages) >= 2
    _assert_lines_in_reading_order([ws for ws in _arabic_lines(out) if set(ws) & set(WORDS)], WORDS * 40)
