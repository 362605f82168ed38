"""The subject-access (AVG art. 15) PDF: every block readable, long notes split over pages."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pypdf

from oco_desktop.export.pdf_subject_access import (
    SubjectAccessDocument,
    SubjectAccessSection,
    render_subject_access_pdf,
)

LONG_NOTE = "\n\n".join(f"Alinea {i}. " + "We spraken over de trap en de boodschappen. " * 15 for i in range(12))


def _text(path) -> tuple[list[str], str]:
    pages = [unicodedata.normalize("NFKC", p.extract_text()) for p in pypdf.PdfReader(path).pages]
    return pages, re.sub(r"\s+", " ", " ".join(pages))


def make_doc(lang="nl") -> SubjectAccessDocument:
    return SubjectAccessDocument(
        client_name="محمد الأحمد",
        generated_on=date(2027, 3, 1),
        lang=lang,
        sections=[
            SubjectAccessSection("Persoonlijke gegevens", [("Naam", "محمد الأحمد"), ("Telefoon", "")]),
            SubjectAccessSection("Casus: Wmo-aanvraag", [("Fase", "Toegang"), ("Verslag", LONG_NOTE)]),
            SubjectAccessSection("Notitie 3 maart 2027 (huisbezoek)", text="Kort bezoek met Łukasz Wróbel.",
                                 level=2),
            SubjectAccessSection("Toestemmingen"),
        ],
    )


def test_all_blocks_are_in_the_pdf(tmp_path):
    target = tmp_path / "inzage.pdf"
    render_subject_access_pdf(make_doc(), target)
    pages, text = _text(target)
    for expected in ("Alle gegevens over u", "artikel 15", "Persoonlijke gegevens", "Casus: Wmo-aanvraag",
                     "Notitie 3 maart 2027 (huisbezoek)", "Kort bezoek met Łukasz Wróbel.", "Toestemmingen",
                     "Hierover zijn geen gegevens bewaard.", "Alinea 0.", "Alinea 11.", "Fase Toegang"):
        assert expected in text
    assert len(pages) >= 3  # the long note flowed over pages instead of breaking the layout
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in page
        assert "محمد الأحمد" in page
        assert "maandag 1 maart 2027" in page
    reader = pypdf.PdfReader(target)
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"
    assert reader.metadata.title == "Alle gegevens over u - محمد الأحمد"


def test_english_version(tmp_path):
    target = tmp_path / "access.pdf"
    render_subject_access_pdf(make_doc("en"), target)
    pages, text = _text(target)
    assert "All data about you" in text
    assert "Made on Monday 1 March 2027." in text
    assert f"page 1 of {len(pages)}" in text
    assert pypdf.PdfReader(target).trailer["/Root"]["/Lang"] == "en-GB"
