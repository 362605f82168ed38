"""The resident's personal plan as a PDF, to hand to the municipality before the access interview.

Only the plan goes in: never the supporter's notes. Empty parts show their question and lines to
write on, so the printed plan can be filled in by hand at the kitchen table.
"""

from __future__ import annotations

import os
import re
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
        "title": "Uw persoonlijk plan",
        "title_family": "Uw familiegroepsplan",
        "subject": "Persoonlijk plan van de inwoner",
        "intro": (
            "Dit is uw persoonlijk plan. Hierin staat wat u belangrijk vindt en wat u nodig heeft. "
            "U kunt dit plan aan {to} geven. Dat kan vóór het gesprek over uw vraag om hulp. "
            "Is iets nog leeg? Dan kunt u het zelf opschrijven op de lijnen."
        ),
        "intro_family": (
            "Dit is uw familiegroepsplan. U heeft het gemaakt samen met mensen om u heen. "
            "Hierin staat wat u belangrijk vindt, wat u nodig heeft en wie wat doet. "
            "U kunt dit plan aan {to} geven. Is iets nog leeg? Dan kunt u het opschrijven op de lijnen."
        ),
        "for": "Voor: {who}",
        "family_heading": "Wie er meedoen aan dit plan",
        "family_none": "Schrijf hier de namen op van de mensen die meedoen.",
        "dates_heading": "Belangrijke datums",
        "request": "U heeft zich gemeld bij de gemeente op {d}.",
        "plan_deadline": "U kunt dit plan uiterlijk op {d} aan de gemeente geven.",
        "interview": "Het gesprek met de gemeente is op {d}.",
        "interview_past": "Het gesprek met de gemeente was op {d}.",
        "assessment": "De gemeente moet het onderzoek uiterlijk op {d} klaar hebben.",
        "assessment_past": "De gemeente moest het onderzoek uiterlijk op {d} klaar hebben.",
        "helper": "Hulp bij dit plan: {who}.",
        "no_dates": "Er zijn nog geen datums bekend. Vraag de gemeente wanneer het gesprek is.",
        "words_heading": "Uitleg van woorden",
        "remarks": "Opmerkingen",
        "remarks_prompt": "Wilt u nog iets zeggen? Schrijf het hier op.",
        "signatures": "Ondertekening",
        "signatures_intro": "Met uw handtekening laat u zien dat dit plan klopt.",
        "resident": "Inwoner",
        "supporter_col": "Cliëntondersteuner (heeft geholpen)",
        "name": "Naam",
        "date": "Datum",
        "signature": "Handtekening",
    },
    "en": {
        "title": "Your personal plan",
        "title_family": "Your family group plan",
        "subject": "The resident's personal plan",
        "intro": (
            "This is your personal plan. It says what matters to you and what you need. "
            "You can give this plan to {to}. You can do that before the talk about your request for help. "
            "Is a part still empty? Then you can write on the lines yourself."
        ),
        "intro_family": (
            "This is your family group plan. You made it together with people around you. "
            "It says what matters to you, what you need and who does what. "
            "You can give this plan to {to}. Is a part still empty? Then you can write on the lines."
        ),
        "for": "For: {who}",
        "family_heading": "Who takes part in this plan",
        "family_none": "Write down the names of the people taking part.",
        "dates_heading": "Important dates",
        "request": "You contacted the municipality on {d}.",
        "plan_deadline": "You can give this plan to the municipality on {d} at the latest.",
        "interview": "The talk with the municipality is on {d}.",
        "interview_past": "The talk with the municipality was on {d}.",
        "assessment": "The municipality must finish its assessment on {d} at the latest.",
        "assessment_past": "The municipality had to finish its assessment on {d} at the latest.",
        "helper": "Help with this plan: {who}.",
        "no_dates": "There are no dates yet. Ask the municipality when the talk is.",
        "words_heading": "What the words mean",
        "remarks": "Remarks",
        "remarks_prompt": "Is there anything else you want to say? Write it here.",
        "signatures": "Signatures",
        "signatures_intro": "With your signature you show that this plan is correct.",
        "resident": "Resident",
        "supporter_col": "Client supporter (helped)",
        "name": "Name",
        "date": "Date",
        "signature": "Signature",
    },
}

# Who the plan is for, per route (case_route.route): (long form for "Voor: ...", short form in the intro).
ADDRESSEES = {
    "nl": {
        "wmo": ("de gemeente (Wmo)", "de gemeente"),
        "jeugdwet": ("de gemeente (jeugdhulp, Jeugdwet)", "de gemeente"),
        "wlz": ("het CIZ (Wlz, langdurige zorg)", "het CIZ"),
        "zvw": ("de zorgverzekeraar of de wijkverpleging (Zvw)", "de zorgverzekeraar"),
        "other": ("wie u zelf kiest", "wie u zelf kiest"),
    },
    "en": {
        "wmo": ("the municipality (Wmo)", "the municipality"),
        "jeugdwet": ("the municipality (youth help, Jeugdwet)", "the municipality"),
        "wlz": ("the CIZ (Wlz, long-term care)", "the CIZ"),
        "zvw": ("the health insurer or district nursing (Zvw)", "the health insurer"),
        "other": ("whoever you choose", "whoever you choose"),
    },
}

# The route also sets the title (the Wmo plan is the usual one and keeps the plain title).
TITLE_SUFFIX = {
    "nl": {"jeugdwet": " voor jeugdhulp", "wlz": " voor langdurige zorg", "zvw": " voor de zorgverzekeraar"},
    "en": {"jeugdwet": " for youth help", "wlz": " for long-term care", "zvw": " for the health insurer"},
}

# Abbreviations and route words, each explained once (only those the plan uses).
WORDS = {
    "nl": {
        "Wmo": "Wmo: de Wet maatschappelijke ondersteuning. Met deze wet helpt de gemeente mensen om thuis "
               "te wonen en mee te doen.",
        "Jeugdwet": "Jeugdwet: de wet voor hulp aan kinderen, jongeren en ouders. De gemeente regelt die hulp.",
        "Wlz": "Wlz: de Wet langdurige zorg. Voor mensen die altijd zorg dichtbij nodig hebben.",
        "CIZ": "CIZ: het Centrum indicatiestelling zorg. Het CIZ beslist of u zorg uit de Wlz krijgt.",
        "Zvw": "Zvw: de Zorgverzekeringswet. Hieruit betaalt uw zorgverzekeraar zorg, zoals wijkverpleging.",
        "ggz": "ggz: geestelijke gezondheidszorg. Hulp bij psychische problemen.",
        "pgb": "pgb: persoonsgebonden budget. U krijgt geld en regelt de hulp zelf.",
        "zorg in natura": "zorg in natura: de gemeente of de verzekeraar regelt de hulp en betaalt die zelf.",
        "melding": "melding: u laat de gemeente weten dat u hulp nodig hebt.",
        "onderzoek": "onderzoek: de gemeente zoekt samen met u uit wat u nodig hebt.",
        "aanvraag": "aanvraag: u vraagt de gemeente om een besluit over hulp.",
        "keukentafelgesprek": "keukentafelgesprek: het gesprek met de gemeente over uw vraag om hulp.",
        "mantelzorger": "mantelzorger: iemand uit uw omgeving die voor u zorgt, zonder dat daarvoor te betalen.",
        "familiegroepsplan": "familiegroepsplan: een plan dat u samen maakt met familie, vrienden of buren.",
    },
    "en": {
        "Wmo": "Wmo: the Social Support Act. With it the municipality helps people live at home and take part.",
        "Jeugdwet": "Jeugdwet: the Youth Act, for help to children, young people and parents.",
        "Wlz": "Wlz: the Long-term Care Act, for people who always need care close by.",
        "CIZ": "CIZ: the care assessment centre. It decides whether you get Wlz care.",
        "Zvw": "Zvw: the Health Insurance Act. Your health insurer pays care from it, such as district nursing.",
        "ggz": "ggz: mental health care.",
        "pgb": "pgb: personal budget. You get money and arrange the help yourself.",
        "care in kind": "care in kind: the municipality or insurer arranges and pays the help.",
        "request": "request ('melding'): you tell the municipality that you need help.",
        "assessment": "assessment ('onderzoek'): the municipality works out with you what you need.",
        "application": "application ('aanvraag'): you ask the municipality for a decision about help.",
        "informal carer": "informal carer ('mantelzorger'): someone close to you who cares for you, unpaid.",
        "family group plan": "family group plan: a plan you make together with family, friends or neighbours.",
    },
}


def words_used(text: str, lang: str) -> list[str]:
    """The explanations of the WORDS that occur in `text` (whole words; abbreviations case-sensitive)."""


    found = []
    for word, explanation in WORDS[lang].items():
        flags = 0 if word[:1].isupper() or word.isupper() else re.IGNORECASE
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, flags):
            found.append(explanation)
    return found


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
    "U kunt dit plan uiterlijk op <date> aan de gemeente geven" ("vóór" would read as one day too early),
    and only while that day has not passed on `document_date`: a passed date is never an instruction.
    `assessment_deadline` as "uiterlijk op <date>" (in the past tense once it has passed). The Wmo dates
    are only printed on the Wmo route.
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
    route: str = "wmo"  # wmo | jeugdwet | wlz | zvw | other: sets the title and who the plan is for
    family_group: bool = False  # a family-group plan naming the network members taking part
    family_members: list[str] = field(default_factory=list)
    supporter_organisation: str = ""
    supporter_contact: str = ""  # phone or email
    supporter_signature: bool = False  # the resident's own plan: the supporter does not sign by default

    @property
    def helper_line(self) -> str:
        parts = [p.strip() for p in (self.supporter_name or "", self.supporter_organisation, self.supporter_contact)
                 if p and p.strip()]
        return ", ".join(parts)

    def title(self) -> str:
        t = TEXTS[self.lang]
        base = t["title_family"] if self.family_group else t["title"]
        return base + TITLE_SUFFIX[self.lang].get(self.route, "")

    def addressee(self) -> tuple[str, str]:
        return ADDRESSEES[self.lang].get(self.route, ADDRESSEES[self.lang]["other"])


def _date_lines(doc: PlanDocument, t: dict[str, str]) -> list[str]:
    today, fmt = doc.document_date, (lambda d: format_date(d, doc.lang))
    lines = []
    wmo = doc.route == "wmo"
    if wmo and doc.request_date is not None:
        lines.append(t["request"].format(d=fmt(doc.request_date)))
    if wmo and doc.plan_deadline is not None and doc.plan_deadline >= today:
        lines.append(t["plan_deadline"].format(d=fmt(doc.plan_deadline)))
    if doc.interview_date is not None:
        key = "interview" if doc.interview_date >= today else "interview_past"
        lines.append(t[key].format(d=fmt(doc.interview_date)))
    if wmo and doc.assessment_deadline is not None:
        key = "assessment" if doc.assessment_deadline >= today else "assessment_past"
        lines.append(t[key].format(d=fmt(doc.assessment_deadline)))
    if not lines:
        lines.append(t["no_dates"])
    if doc.helper_line:
        lines.append(t["helper"].format(who=doc.helper_line))
    return lines


def _dates_box(doc: PlanDocument, styles: Styles, t: dict[str, str]) -> Flowable:
    lines = _date_lines(doc, t)
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
    """Name, date and signature lines for the resident; a column for the supporter only when asked for
    (it is the resident's own plan)."""
    blank = ""
    gap = ""  # an empty column keeps the two signature lines apart
    label_width = styles.body_size * 9
    if doc.supporter_signature:
        rows = [
            ["", para(t["resident"], styles.label), gap, para(t["supporter_col"], styles.label)],
            [para(t["name"], styles.body), para(doc.resident_name, styles.body), gap,
             para(doc.supporter_name or blank, styles.body)],
            [para(t["date"], styles.body), blank, gap, blank],
            [para(t["signature"], styles.body), blank, gap, blank],
        ]
        widths = [label_width, "*", styles.body_size * 1.5, "*"]
        lines = [("LINEBELOW", (1, 1), (1, -1), 0.8, pdf_common.RULE_COLOR),
                 ("LINEBELOW", (3, 1), (3, -1), 0.8, pdf_common.RULE_COLOR)]
    else:
        rows = [
            ["", para(t["resident"], styles.label)],
            [para(t["name"], styles.body), para(doc.resident_name, styles.body)],
            [para(t["date"], styles.body), blank],
            [para(t["signature"], styles.body), blank],
        ]
        widths = [label_width, "*"]
        lines = [("LINEBELOW", (1, 1), (1, -1), 0.8, pdf_common.RULE_COLOR)]
    table = Table(rows, colWidths=widths, rowHeights=[None, None, styles.body_size * 2.6, styles.body_size * 4.5])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.BODY_FONT),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                *lines,
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether(
        [para(t["signatures"], styles.heading), para(t["signatures_intro"], styles.body), table]
    )


def _all_text(doc: PlanDocument, t: dict[str, str]) -> str:
    parts = [doc.title(), *doc.addressee(), t["intro_family" if doc.family_group else "intro"],
             *_date_lines(doc, t)]
    for section in doc.sections:
        parts += [section.heading, section.prompt, section.body]
        parts += [f"{a} {b}" for a, b in section.items]
    return "\n".join(parts)


def build_story(doc: PlanDocument, styles: Styles) -> list[Flowable]:
    t = TEXTS[doc.lang]
    long_to, short_to = doc.addressee()
    story: list[Flowable] = [
        para(doc.title(), styles.title),
        para(doc.resident_name, styles.subtitle),
        para(t["for"].format(who=long_to), styles.label),
        Spacer(1, styles.body_size * 0.5),
        para(t["intro_family" if doc.family_group else "intro"].format(to=short_to), styles.body),
        Spacer(1, styles.body_size * 0.5),
        _dates_box(doc, styles, t),
        Spacer(1, styles.body_size * 0.5),
    ]
    if doc.family_group:
        story.append(para(t["family_heading"], styles.heading))
        if doc.family_members:
            story += [para(f"• {name}", styles.body) for name in doc.family_members]
        else:
            story += [para(t["family_none"], styles.prompt),
                      pdf_common.WritingLines(EMPTY_ITEM_LINES, pdf_common.writing_gap(styles))]
    words = words_used(_all_text(doc, t), doc.lang)
    if words:
        story.append(para(t["words_heading"], styles.subheading))
        story += [para(w, styles.body) for w in words]
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
    info = PageInfo(doc.resident_name, doc.document_date, doc.lang, doc.title())
    return pdf_common.render_to_file(
        lambda styles: build_story(doc, styles),
        info,
        doc.large_print,
        path,
        title=f"{doc.title()} - {doc.resident_name}",
        subject=t["subject"],
    )
