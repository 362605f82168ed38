"""Subject access (AVG/GDPR art. 15): everything the vault holds about one client, as a readable PDF.

The caller collects the data (details, cases, notes, checklists, plan) into sections; this module only
lays them out: headings, label/value tables for fields, paragraphs for free text such as notes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from oco_desktop.export import fonts, pdf_common
from oco_desktop.export.pdf_common import PageInfo, Styles, para, paragraphs

TEXTS = {
    "nl": {
        "title": "Alle gegevens over u",
        "subject": "Inzage in persoonsgegevens (AVG artikel 15)",
        "intro": (
            "U heeft gevraagd welke gegevens wij over u bewaren. Dat is uw recht. "
            "Het staat in de AVG, de Europese privacywet (artikel 15). "
            "In dit document staat alles wat uw cliëntondersteuner over u heeft opgeschreven. "
            "Klopt er iets niet? Of wilt u dat wij iets verwijderen? Zeg het tegen uw cliëntondersteuner. "
            "U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens."
        ),
        "made_on": "Gemaakt op {d}.",
        "empty": "Hierover zijn geen gegevens bewaard.",
        "nothing": "Er zijn geen gegevens over u bewaard.",
    },
    "en": {
        "title": "All data about you",
        "subject": "Subject access to personal data (GDPR article 15)",
        "intro": (
            "You asked which data we keep about you. That is your right. "
            "It is in the GDPR, the European privacy law (article 15). "
            "This document holds everything your client supporter has written down about you. "
            "Is something wrong? Or do you want us to delete something? Tell your client supporter. "
            "You can also complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)."
        ),
        "made_on": "Made on {d}.",
        "empty": "No data is kept about this.",
        "nothing": "No data about you is kept.",
    },
}

# A value longer than this leaves the table and becomes paragraphs: a table cell cannot split over
# pages, so one long note in a cell could make the layout fail.
LONG_VALUE_CHARS = 400


@dataclass
class SubjectAccessSection:
    """One block of data. `level` 1 is a main heading (e.g. a case), 2 a part of it (e.g. a note).

    `fields` are (label, value) pairs shown as a table; `text` is free text shown as paragraphs.
    """

    heading: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    text: str = ""
    level: Literal[1, 2] = 1


@dataclass
class SubjectAccessDocument:
    client_name: str
    generated_on: date
    lang: Literal["nl", "en"] = "nl"
    large_print: bool = False
    sections: list[SubjectAccessSection] = field(default_factory=list)


def _fields_table(rows: list[tuple[str, str]], styles: Styles) -> Table:
    data = [[para(label, styles.label), para(value or "-", styles.body, align_rtl=True)] for label, value in rows]
    table = Table(data, colWidths=["35%", "65%"], repeatRows=0)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), fonts.BODY_FONT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, pdf_common.RULE_COLOR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), styles.body_size * 0.6),
                ("TOPPADDING", (0, 0), (-1, -1), styles.body_size * 0.3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), styles.body_size * 0.1),
            ]
        )
    )
    return table


def _fields(rows: list[tuple[str, str]], styles: Styles) -> list[Flowable]:
    """Short values in a label/value table; long values as a label followed by paragraphs."""
    out: list[Flowable] = []
    short: list[tuple[str, str]] = []
    for label, value in rows:
        if len(value) <= LONG_VALUE_CHARS and value.count("\n") < 6:
            short.append((label, value))
            continue
        if short:
            out.append(_fields_table(short, styles))
            short = []
        out.append(Spacer(1, styles.body_size * 0.4))
        out.append(para(label, styles.label))
        out += paragraphs(value, styles)
    if short:
        out.append(_fields_table(short, styles))
    return out


def _section(section: SubjectAccessSection, styles: Styles, t: dict[str, str]) -> list[Flowable]:
    heading_style = styles.heading if section.level == 1 else styles.subheading
    out: list[Flowable] = [CondPageBreak(styles.body_size * 6), para(section.heading, heading_style)]
    if section.fields:
        out += _fields(section.fields, styles)
    if section.text.strip():
        if section.fields:
            out.append(Spacer(1, styles.body_size * 0.5))
        out += paragraphs(section.text, styles)
    if not section.fields and not section.text.strip():
        out.append(para(t["empty"], styles.prompt))
    return out


def build_story(doc: SubjectAccessDocument, styles: Styles) -> list[Flowable]:
    t = TEXTS[doc.lang]
    story: list[Flowable] = [
        para(t["title"], styles.title),
        para(doc.client_name, styles.subtitle),
        para(t["intro"], styles.body),
        para(t["made_on"].format(d=pdf_common.format_date(doc.generated_on, doc.lang)), styles.body),
    ]
    if not doc.sections:
        story.append(para(t["nothing"], styles.body))
    for section in doc.sections:
        story += _section(section, styles, t)
    return story


def render_subject_access_pdf(doc: SubjectAccessDocument, path: str | os.PathLike[str]) -> Path:
    """Write the subject-access PDF to `path`. Raises pdf_common.ExportError when it cannot be written."""
    pdf_common.check_lang(doc.lang)
    t = TEXTS[doc.lang]
    info = PageInfo(doc.client_name, doc.generated_on, doc.lang, t["title"])
    return pdf_common.render_to_file(
        lambda styles: build_story(doc, styles),
        info,
        doc.large_print,
        path,
        title=f"{t['title']} - {doc.client_name}",
        subject=t["subject"],
    )
