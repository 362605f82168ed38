"""The resident's personal plan as a PDF, to hand to the municipality before the access interview.

Only the plan goes in: never the supporter's notes. Empty parts show their question and lines to
write on, so the printed plan can be filled in by hand at the kitchen table.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from oco_desktop.export import fonts, pdf_common
from oco_desktop.export.pdf_common import PageInfo, Styles, format_date, para, paragraphs

TEXTS = {
    "nl": {
        "title": "Mijn persoonlijk plan",
        "subject": "Persoonlijk plan voor het keukentafelgesprek met de gemeente (Wmo)",
        "intro": (
            "Dit is uw persoonlijk plan. Hierin staat wat u belangrijk vindt en wat u nodig heeft. "
            "U geeft dit plan aan de gemeente. De gemeente leest het vóór het keukentafelgesprek. "
            "Dat is het gesprek over uw vraag om hulp of ondersteuning. Zo weet de gemeente al wat u wilt. "
            "Is iets nog leeg? Dan kunt u het zelf opschrijven op de lijnen."
        ),
        "dates_heading": "Belangrijke datums",
        "request": "U heeft zich gemeld bij de gemeente op {d}.",
        "plan_deadline": "Geef dit plan uiterlijk op {d} aan de gemeente.",
        "interview": "Het keukentafelgesprek is op {d}.",
        "assessment": "De gemeente moet haar onderzoek uiterlijk op {d} klaar hebben.",
        "supporter": "Uw cliëntondersteuner is {name}.",
        "no_dates": "Er zijn nog geen datums bekend. Vraag de gemeente wanneer het gesprek is.",
        "remarks": "Opmerkingen",
        "remarks_prompt": "Wilt u nog iets zeggen? Schrijf het hier op.",
        "signatures": "Ondertekening",
        "signatures_intro": "Ik heb dit plan gelezen. Het klopt.",
        "resident": "Inwoner",
        "supporter_col": "Cliëntondersteuner",
        "name": "Naam",
        "date": "Datum",
        "signature": "Handtekening",
    },
    "en": {
        "title": "My personal plan",
        "subject": "Personal plan for the access interview with the municipality (Wmo)",
        "intro": (
            "This is your personal plan. It says what matters to you and what you need. "
            "You give this plan to the municipality. The municipality reads it before the access "
            "interview (the 'kitchen-table conversation'). That is the talk about your request for help "
            "or support. This way the municipality already knows what you want. "
            "Is a part still empty? Then you can write on the lines yourself."
        ),
        "dates_heading": "Important dates",
        "request": "You contacted the municipality on {d}.",
        "plan_deadline": "Hand this plan to the municipality no later than {d}.",
        "interview": "The access interview is on {d}.",
        "assessment": "The municipality must finish its assessment by {d} at the latest.",
        "supporter": "Your client supporter is {name}.",
        "no_dates": "There are no dates yet. Ask the municipality when the interview is.",
        "remarks": "Remarks",
        "remarks_prompt": "Is there anything else you want to say? Write it here.",
        "signatures": "Signatures",
        "signatures_intro": "I have read this plan. It is correct.",
        "resident": "Resident",
        "supporter_col": "Client supporter",
        "name": "Name",
        "date": "Date",
        "signature": "Signature",
    },
}

EMPTY_SECTION_LINES = 5
EMPTY_ITEM_LINES = 3
REMARK_LINES = 7


@dataclass
class PlanSection:
    """One part of the plan. `items` are (subheading, text) pairs, e.g. one per life domain."""

    heading: str
    prompt: str = ""
    body: str = ""
    items: list[tuple[str, str]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.body.strip() and not self.items


@dataclass
class PlanDocument:
    """Everything the plan PDF shows. Deadlines are computed elsewhere; this only prints them.

    `plan_deadline` is the LAST day the plan can be handed in (deadlines.py `last_day`), printed as
    "Geef dit plan uiterlijk op <date> aan de gemeente" ("vóór" would read as one day too early);
    `assessment_deadline` as "uiterlijk op <date>".
    """

    resident_name: str
    document_date: date
    lang: Literal["nl", "en"] = "nl"
    large_print: bool = False
    request_date: date | None = None
    interview_date: date | None = None
    plan_deadline: date | None = None
    assessment_deadline: date | None = None
    supporter_name: str | None = None
    sections: list[PlanSection] = field(default_factory=list)


def _dates_box(doc: PlanDocument, styles: Styles, t: dict[str, str]) -> Flowable:
    lines = []
    for key, value in (
        ("request", doc.request_date),
        ("plan_deadline", doc.plan_deadline),
        ("interview", doc.interview_date),
        ("assessment", doc.assessment_deadline),
    ):
        if value is not None:
            lines.append(t[key].format(d=format_date(value, doc.lang)))
    if not lines:
        lines.append(t["no_dates"])
    if doc.supporter_name:
        lines.append(t["supporter"].format(name=doc.supporter_name))
    rows = [[para(t["dates_heading"], styles.subheading)]]
    rows += [[para(line, styles.box)] for line in lines]
    pad = styles.body_size * 0.6
    table = Table(rows, colWidths=["100%"])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.BODY_FONT),  # else an unused Helvetica is listed
                ("BACKGROUND", (0, 0), (-1, -1), pdf_common.BOX_BACKGROUND),
                ("BOX", (0, 0), (-1, -1), 1.5, pdf_common.BOX_BORDER),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, 0), pad),
                ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
            ]
        )
    )
    return table


def _section(section: PlanSection, styles: Styles) -> list[Flowable]:
    gap = pdf_common.writing_gap(styles)
    out: list[Flowable] = [CondPageBreak(styles.body_size * 8), para(section.heading, styles.heading)]
    if section.is_empty:
        if section.prompt:
            out.append(para(section.prompt, styles.prompt))
        out.append(pdf_common.WritingLines(EMPTY_SECTION_LINES, gap))
        return out
    out += paragraphs(section.body, styles)
    for subheading, text in section.items:
        block: list[Flowable] = [para(subheading, styles.subheading)]
        if text.strip():
            block += paragraphs(text, styles)
        else:
            block.append(pdf_common.WritingLines(EMPTY_ITEM_LINES, gap))
        out.append(KeepTogether(block))
    return out


def _signature_block(doc: PlanDocument, styles: Styles, t: dict[str, str]) -> Flowable:
    """Two columns (resident, supporter) with name, date and signature lines."""
    blank = ""
    gap = ""  # an empty column keeps the two signature lines apart
    rows = [
        ["", para(t["resident"], styles.label), gap, para(t["supporter_col"], styles.label)],
        [para(t["name"], styles.body), para(doc.resident_name, styles.body), gap,
         para(doc.supporter_name or blank, styles.body)],
        [para(t["date"], styles.body), blank, gap, blank],
        [para(t["signature"], styles.body), blank, gap, blank],
    ]
    label_width = styles.body_size * 9
    table = Table(
        rows,
        colWidths=[label_width, "*", styles.body_size * 1.5, "*"],
        rowHeights=[None, None, styles.body_size * 2.6, styles.body_size * 4.5],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.BODY_FONT),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 1), (1, -1), 0.8, pdf_common.RULE_COLOR),
                ("LINEBELOW", (3, 1), (3, -1), 0.8, pdf_common.RULE_COLOR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether(
        [para(t["signatures"], styles.heading), para(t["signatures_intro"], styles.body), table]
    )


def build_story(doc: PlanDocument, styles: Styles) -> list[Flowable]:
    t = TEXTS[doc.lang]
    story: list[Flowable] = [
        para(t["title"], styles.title),
        para(doc.resident_name, styles.subtitle),
        para(t["intro"], styles.body),
        Spacer(1, styles.body_size * 0.5),
        _dates_box(doc, styles, t),
        Spacer(1, styles.body_size * 0.5),
    ]
    for section in doc.sections:
        story += _section(section, styles)
    story += [
        CondPageBreak(styles.body_size * 12),
        para(t["remarks"], styles.heading),
        para(t["remarks_prompt"], styles.prompt),
        pdf_common.WritingLines(REMARK_LINES, pdf_common.writing_gap(styles)),
        Spacer(1, 6 * mm),
        _signature_block(doc, styles, t),
    ]
    return story


def render_plan_pdf(doc: PlanDocument, path: str | os.PathLike[str]) -> Path:
    """Write the plan to `path` (A4 PDF). Raises pdf_common.ExportError when it cannot be written."""
    pdf_common.check_lang(doc.lang)
    t = TEXTS[doc.lang]
    info = PageInfo(doc.resident_name, doc.document_date, doc.lang, t["title"])
    return pdf_common.render_to_file(
        lambda styles: build_story(doc, styles),
        info,
        doc.large_print,
        path,
        title=f"{t['title']} - {doc.resident_name}",
        subject=t["subject"],
    )
