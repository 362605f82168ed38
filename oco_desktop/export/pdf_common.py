"""What every OCO PDF shares: A4 page template, header and footer, styles, metadata and safe writing.

Every page carries the resident's name and the document date at the top and "pagina X van Y" at the
bottom. Y is only known at the end, so a NumberedCanvas keeps the pages back and draws the footers
when the document is saved.

Accessibility in reportlab 5.1 (checked in its source): the catalog /Lang is set through the doc
template's `lang`, and `displayDocTitle` makes viewers show the title instead of the file name.
reportlab cannot write a tagged PDF (no structure tree / MarkInfo), so we do not claim one.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from oco_desktop.domain.dates_nl import format_date_en, format_date_nl
from oco_desktop.export import bidi_text, fonts
from oco_desktop.export.safe_write import ExportError as ExportError  # re-exported for older imports
from oco_desktop.export.safe_write import check_export_target, write_export

BODY_SIZE = 12.0
LARGE_BODY_SIZE = 16.0
LEADING_FACTOR = 1.45  # generous line spacing helps readers with low vision or dyslexia

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_SIDE = 22 * mm
MARGIN_TOP = 26 * mm  # room for the header
MARGIN_BOTTOM = 22 * mm  # room for the footer

LANG_CODES = {"nl": "nl-NL", "en": "en-GB"}
PAGE_LABELS = {"nl": "pagina {page} van {total}", "en": "page {page} of {total}"}

TEXT_COLOR = colors.black
RULE_COLOR = colors.Color(0.45, 0.45, 0.45)
BOX_BACKGROUND = colors.Color(0.93, 0.95, 0.98)
BOX_BORDER = colors.Color(0.2, 0.35, 0.6)


def check_lang(lang: str) -> str:
    if lang not in LANG_CODES:
        raise ValueError(f"unsupported language {lang!r}; use 'nl' or 'en'")
    return lang


def format_date(d: date, lang: str) -> str:
    """'dinsdag 9 maart 2027' or 'Tuesday 9 March 2027'."""
    return format_date_nl(d) if lang == "nl" else format_date_en(d)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document; sizes follow the body size (12 or 16 pt)."""

    body_size: float
    body: ParagraphStyle
    prompt: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    label: ParagraphStyle
    box: ParagraphStyle
    header: ParagraphStyle
    header_right: ParagraphStyle

    @property
    def leading(self) -> float:
        return self.body.leading

    @property
    def footer_size(self) -> float:
        return max(11.0, self.body_size - 2)


def make_styles(large_print: bool) -> Styles:
    fonts.register_fonts()
    size = LARGE_BODY_SIZE if large_print else BODY_SIZE
    lead = size * LEADING_FACTOR

    def style(name: str, **kw) -> ParagraphStyle:
        base = {
            "fontName": fonts.BODY_FONT,
            "fontSize": size,
            "leading": lead,
            "textColor": TEXT_COLOR,
            "alignment": TA_LEFT,
            "spaceAfter": size * 0.5,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    small = max(11.0, size - 2)
    return Styles(
        body_size=size,
        body=style("body"),
        prompt=style("prompt", fontName=fonts.ITALIC_FONT, textColor=colors.Color(0.25, 0.25, 0.25)),
        title=style("title", fontName=fonts.BOLD_FONT, fontSize=size * 2, leading=size * 2.5,
                    spaceAfter=size * 0.4),
        subtitle=style("subtitle", fontSize=size * 1.35, leading=size * 1.35 * LEADING_FACTOR,
                       spaceAfter=size),
        heading=style("heading", fontName=fonts.BOLD_FONT, fontSize=size * 1.5,
                      leading=size * 1.5 * 1.3, spaceBefore=size * 1.2, spaceAfter=size * 0.5,
                      textColor=BOX_BORDER, keepWithNext=1),
        subheading=style("subheading", fontName=fonts.BOLD_FONT, fontSize=size * 1.15,
                         leading=size * 1.15 * 1.35, spaceBefore=size * 0.6, spaceAfter=size * 0.3,
                         keepWithNext=1),
        label=style("label", fontName=fonts.BOLD_FONT, spaceAfter=0),
        box=style("box", spaceAfter=size * 0.3),
        header=style("header", fontSize=small, leading=small * 1.25, spaceAfter=0),
        header_right=style("header_right", fontSize=small, leading=small * 1.25, spaceAfter=0,
                           alignment=TA_RIGHT),
    )


def para(text: str, style: ParagraphStyle, align_rtl: bool = False) -> Paragraph:
    """A Paragraph from plain text: fonts per script, escaped, newlines kept.

    A paragraph that starts with a right-to-left letter (say a note written in Arabic) is wrapped in
    logical order first and each line is then shaped and reordered on its own (RtlParagraph), with a
    right-to-left base direction; with `align_rtl` (free text) it is also set right aligned.
    """
    if bidi_text.is_rtl_paragraph(text):
        lines = text.replace("\r\n", "\n").split("\n")
        if align_rtl:
            style = ParagraphStyle(style.name + "_rtl", parent=style, alignment=TA_RIGHT)
        return RtlParagraph(lines, style)
    return Paragraph(fonts.markup(text, bold=fonts.is_bold(style.fontName)), style)


def _shaped_width(logical: str, style: ParagraphStyle) -> float:
    """Printed width of a piece of logical text once shaped, reordered and split into font runs."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    bold = fonts.is_bold(style.fontName)
    total = 0.0
    for family, piece in fonts.font_runs(bidi_text.visual_line(logical, base_dir="R")):
        face = style.fontName if family == fonts.BODY_FONT else (family + "-Bold" if bold else family)
        total += stringWidth(piece, face, style.fontSize)
    return total


class RtlParagraph(Paragraph):
    """A right-to-left paragraph that wraps correctly over several lines.

    reportlab wraps text in the order it is given, and it must be given in visual order. Reordering
    the whole paragraph first would put its LAST words on the first printed line. So the logical text
    is broken into lines for the available width (bidi_text.wrap_logical), and only then is each line
    shaped and reordered (fonts.markup_line). Re-done whenever the available width changes.
    """

    def __init__(self, logical_lines, style: ParagraphStyle, *args, **kwargs):
        if not isinstance(logical_lines, list):
            # reportlab's split() builds the two halves from lines already wrapped: keep them as they are.
            self._logical_lines = None
            super().__init__(logical_lines, style, *args, **kwargs)
            return
        self._logical_lines = logical_lines
        self._wrapped_for: float | None = None
        super().__init__(self._markup(None, style), style)

    def _markup(self, width: float | None, style: ParagraphStyle) -> str:
        bold = fonts.is_bold(style.fontName)
        out = []
        for line in self._logical_lines:
            pieces = [line] if width is None else bidi_text.wrap_logical(
                line, width - 0.5, lambda piece: _shaped_width(piece, style))
            out += [fonts.markup_line(piece, base_dir="R", bold=bold) for piece in pieces]
        return "<br/>".join(out)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        width = availWidth - self.style.leftIndent - self.style.rightIndent
        if self._logical_lines is not None and self._wrapped_for != width:
            Paragraph.__init__(self, self._markup(width, self.style), self.style)
            self._wrapped_for = width
        return super().wrap(availWidth, availHeight)


def paragraphs(text: str, styles: Styles, style: ParagraphStyle | None = None) -> list[Paragraph]:
    """Free text as paragraphs: blank lines separate paragraphs, single newlines break lines."""
    style = style or styles.body
    blocks = [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n")]
    return [para(b, style, align_rtl=True) for b in blocks if b.strip()]


class WritingLines(Flowable):
    """Ruled lines to write on by hand; the gap grows with the print size."""

    def __init__(self, count: int, gap: float, width_fraction: float = 1.0):
        super().__init__()
        self.count = count
        self.gap = gap
        self.width_fraction = width_fraction

    def wrap(self, avail_width, avail_height):
        self.width = avail_width * self.width_fraction
        self.height = self.count * self.gap + self.gap * 0.3
        return self.width, self.height

    def split(self, avail_width, avail_height):
        fit = int((avail_height - self.gap * 0.3) // self.gap)
        if fit <= 0 or fit >= self.count:
            return []
        return [
            WritingLines(fit, self.gap, self.width_fraction),
            WritingLines(self.count - fit, self.gap, self.width_fraction),
        ]

    def draw(self):
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(RULE_COLOR)
        canv.setLineWidth(0.6)
        for i in range(self.count):
            y = self.height - (i + 1) * self.gap
            canv.line(0, y, self.width, y)
        canv.restoreState()


def writing_gap(styles: Styles) -> float:
    """Line distance for handwriting: wider than print, wider still in large print."""
    return styles.body_size * 2.2


@dataclass(frozen=True)
class PageInfo:
    """What the header and footer need on every page."""

    resident_name: str
    document_date: date
    lang: str
    header_title: str


def _numbered_canvas_class(info: PageInfo, styles: Styles) -> type[Canvas]:
    label = PAGE_LABELS[info.lang]

    class NumberedCanvas(Canvas):
        """Holds pages back until save() so every footer can say how many pages there are."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._page_states: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._page_states)
            for state in self._page_states:
                self.__dict__.update(state)
                self._draw_footer(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _draw_footer(self, total: int) -> None:
            text = label.format(page=self._pageNumber, total=total)
            self.saveState()
            self.setFont(fonts.BODY_FONT, styles.footer_size)
            self.setFillColor(TEXT_COLOR)
            self.drawCentredString(PAGE_WIDTH / 2, MARGIN_BOTTOM / 2, text)
            self.restoreState()

    return NumberedCanvas


class _Header:
    """Resident's name (and the document's title) left, the date right, a thin rule under them.

    The same on every page: laid out once and drawn again on each page (a plan has six or seven pages;
    laying it out each time was a tenth of the PDF's work)."""

    def __init__(self, info: PageInfo, styles: Styles) -> None:
        self._width = PAGE_WIDTH - 2 * MARGIN_SIDE
        self._left = Paragraph(
            f"<b>{fonts.markup_line(info.resident_name, bold=True)}</b> · {fonts.markup_line(info.header_title)}",
            styles.header,
        )
        self._right = Paragraph(fonts.markup_line(format_date(info.document_date, info.lang)), styles.header_right)
        _, self._h_right = self._right.wrap(self._width * 0.4, 50 * mm)
        _, self._h_left = self._left.wrap(self._width * 0.6 - 4 * mm, 50 * mm)

    def draw(self, canv: Canvas) -> None:
        top = PAGE_HEIGHT - 10 * mm
        self._left.drawOn(canv, MARGIN_SIDE, top - self._h_left)
        self._right.drawOn(canv, MARGIN_SIDE + self._width * 0.6, top - self._h_right)
        rule_y = top - max(self._h_left, self._h_right) - 2 * mm
        canv.saveState()
        canv.setStrokeColor(RULE_COLOR)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_SIDE, rule_y, PAGE_WIDTH - MARGIN_SIDE, rule_y)
        canv.restoreState()


def build_pdf_bytes(
    story: Sequence[Flowable],
    info: PageInfo,
    styles: Styles,
    *,
    title: str,
    subject: str,
) -> bytes:
    """Lay out the story on A4 pages with header and footer; return the PDF as bytes (no files)."""
    check_lang(info.lang)
    buffer = io.BytesIO()
    # The header grows with the print size; keep the body clear of it.
    top_margin = MARGIN_TOP + (styles.body_size - BODY_SIZE) * 1.2
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=top_margin,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author="OCO Desktop",
        subject=subject,
        creator="OCO Desktop",
        lang=LANG_CODES[info.lang],
        displayDocTitle=True,
        initialFontName=fonts.BODY_FONT,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )
    header = _Header(info, styles)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=lambda canv, _doc: header.draw(canv))])
    doc.build(list(story), canvasmaker=_numbered_canvas_class(info, styles))
    return buffer.getvalue()


def check_target(path: str | os.PathLike[str]) -> Path:
    """Fail early, before any layout work, when the document cannot be written there (see safe_write)."""
    return check_export_target(path)


def write_pdf_file(data: bytes, path: str | os.PathLike[str]) -> Path:
    """Write finished PDF bytes to `path` with safe_write.write_export (atomic, 0600, never into a vault)."""
    return write_export(path, data)


def render_to_file(
    make_story: Callable[[Styles], list[Flowable]],
    info: PageInfo,
    large_print: bool,
    path: str | os.PathLike[str],
    *,
    title: str,
    subject: str,
) -> Path:
    """Build a document in memory and write it to `path`."""
    check_target(path)
    styles = make_styles(large_print)
    data = build_pdf_bytes(make_story(styles), info, styles, title=title, subject=subject)
    return write_pdf_file(data, path)
