"""The published report as a PDF in plain Dutch (or English), with bar charts (reportlab graphics).

Only what the suppressed report shows goes in: "<N" and "x" stay "<N" and "x", and a chart bar of a
hidden count is drawn as empty with its label saying "<N" or "x".
"""

from __future__ import annotations

from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from oco_desktop.domain.dates_nl import format_date_en_short, format_date_nl_short
from oco_desktop.export import fonts, pdf_common
from oco_desktop.export.pdf_common import PageInfo, Styles, format_date, para
from oco_desktop.reports.build import TOTAL, Report, Section

TEXTS = {
    "nl": {
        "title": "Overzicht cliëntondersteuning",
        "subject": "Anonieme cijfers over vragen, casussen en signalen",
        "header": "Anoniem overzicht",
        "period": "Periode: {start} tot en met {end}.",
        "intro": ("Dit overzicht telt vragen, casussen, contacten en signalen. Er staan geen namen, "
                  "geboortedatums, adressen of notities in. Kleine aantallen laten we niet zien: u ziet dan "
                  "'<{n}' (minder dan {n}). Soms verbergen we ook een ander getal, met 'x' of '<{n}'. "
                  "Dan kan niemand een klein aantal uitrekenen uit de totalen."),
        "merged": "Dit overzicht telt de cijfers van {files} cliëntondersteuners op.",
        "lead": "Doorlooptijd en waardering",
        "matrix_note": ("Elke casus telt één keer: bij het levensgebied waar de meeste contacttijd naartoe ging, "
                        "en bij de eerste doelgroep van de inwoner. Rijen en kolommen met alleen nullen zijn "
                        "weggelaten."),
        "legend": "Kolommen",
        "signal_texts": "Signalen: beschrijving",
        "signal_line": "{date} · {category} · {concerns}",
        "empty": "Geen casussen in deze periode.",
    },
    "en": {
        "title": "Client support overview",
        "subject": "Anonymous figures on questions, cases and signals",
        "header": "Anonymous overview",
        "period": "Period: {start} up to and including {end}.",
        "intro": ("This overview counts questions, cases, contacts and signals. It holds no names, dates of "
                  "birth, addresses or notes. Small numbers are not shown: you see '<{n}' (fewer than {n}). "
                  "Sometimes another number is hidden too, shown as 'x' or '<{n}', so that nobody can work "
                  "out a small number from the totals."),
        "merged": "This overview adds up the figures of {files} client supporters.",
        "lead": "Lead time and appreciation",
        "matrix_note": ("Each case counts once: under the life domain that took the most contact time, and under "
                        "the resident's first target group. Rows and columns holding only zeros are left out."),
        "legend": "Columns",
        "signal_texts": "Signals: description",
        "signal_line": "{date} · {category} · {concerns}",
        "empty": "No cases in this period.",
    },
}
def short_date(d: date, lang: str) -> str:
    return format_date_en_short(d) if lang == "en" else format_date_nl_short(d)


BAR_COLOR = colors.Color(0.2, 0.35, 0.6)
GRID = colors.Color(0.6, 0.6, 0.6)


def _table(section: Section, report: Report, styles: Styles, *, font_size: float | None = None,
           widths: list[float] | None = None, padding: float | None = None) -> Table:
    size = font_size or styles.body_size - 1
    cell_style = pdf_common.ParagraphStyle("cell", parent=styles.body, fontSize=size, leading=size * 1.25,
                                           spaceAfter=0)
    head_style = pdf_common.ParagraphStyle("head", parent=cell_style, fontName=fonts.BOLD_FONT)
    number_style = pdf_common.ParagraphStyle("number", parent=cell_style, alignment=TA_RIGHT)
    data = [[Paragraph("", head_style)] + [para(lab, head_style) for _, lab in section.columns]]
    for rk, rl in section.rows:
        row: list[Flowable | str] = [para(rl, head_style if rk == TOTAL else cell_style)]
        for ck, _ in section.columns:
            item = section.cells.get((rk, ck))
            row.append(para(report.shown(item) if item else "", number_style))
        data.append(row)
    if widths is None:
        width = pdf_common.PAGE_WIDTH - 2 * pdf_common.MARGIN_SIDE
        first = width * 0.5 if len(section.columns) <= 2 else width * 0.28
        rest = (width - first) / max(1, len(section.columns))
        widths = [first] + [rest] * len(section.columns)
    t = Table(data, colWidths=widths, repeatRows=1)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), pdf_common.BOX_BACKGROUND),
    ]
    if padding is not None:
        commands += [("LEFTPADDING", (0, 0), (-1, -1), padding), ("RIGHTPADDING", (0, 0), (-1, -1), padding)]
    t.setStyle(TableStyle(commands))
    return t


def _chart(section: Section, report: Report, styles: Styles) -> Flowable | None:
    """A horizontal bar chart of the first column, totals left out; hidden counts drawn as empty bars."""
    column = section.columns[0][0]
    rows = [(rk, rl) for rk, rl in section.rows if rk != TOTAL and (rk, column) in section.cells]
    if not rows:
        return None
    values, labels = [], []
    for rk, rl in rows:
        item = section.cells[(rk, column)]
        visible = report.visible_value(item)
        values.append(visible or 0)
        labels.append(f"{rl} ({report.shown(item)})")
    width = pdf_common.PAGE_WIDTH - 2 * pdf_common.MARGIN_SIDE
    bar_h = 14
    height = bar_h * len(rows) + 30
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = width * 0.42, 15
    chart.width, chart.height = width * 0.55, bar_h * len(rows)
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = fonts.BODY_FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = fonts.BODY_FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(values), 1) * 1.1
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = BAR_COLOR
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing


def _matrix(section: Section, report: Report, styles: Styles, texts: dict[str, str]) -> list[Flowable]:
    """The life domain x target group matrix: zero rows/columns left out, numbered column heads."""

    def is_zero(item: str | None) -> bool:
        return item is None or report.shown(item) == "0"

    rows = [(rk, rl) for rk, rl in section.rows if rk == TOTAL or not is_zero(section.cells.get((rk, TOTAL)))]
    cols = [(ck, cl) for ck, cl in section.columns if ck == TOTAL or not is_zero(section.cells.get((TOTAL, ck)))]
    if len(rows) == 1:
        return [para(texts["empty"], styles.body)]
    # Numbers follow the full column list, so a target group has the same number in every matrix.
    position = {ck: i + 1 for i, (ck, _) in enumerate(section.columns)}
    numbered = [(ck, str(position[ck]) if ck != TOTAL else cl, cl) for ck, cl in cols]
    sub = Section(section.id, section.title, rows, [(ck, short) for ck, short, _ in numbered], section.cells)
    width = pdf_common.PAGE_WIDTH - 2 * pdf_common.MARGIN_SIDE
    total_w = 34.0
    first = min(width * 0.3, width - total_w - 21.0 * (len(cols) - 1))
    each = (width - first - total_w) / max(1, len(cols) - 1)
    table = _table(sub, report, styles, font_size=7.5, widths=[first] + [each] * (len(cols) - 1) + [total_w],
                   padding=1.5)
    legend = "; ".join(f"{short} = {full}" for ck, short, full in numbered if ck != TOTAL)
    small = pdf_common.ParagraphStyle("legend", parent=styles.body, fontSize=9, leading=11.5)
    return [table, Spacer(1, 2 * mm), para(f"{texts['legend']}: {legend}", small)]


def _story(report: Report, styles: Styles) -> list[Flowable]:
    texts = TEXTS[report.lang]
    lang = report.lang
    story: list[Flowable] = [
        para(texts["title"], styles.title),
        para(texts["period"].format(start=format_date(report.start, lang), end=format_date(report.end, lang)),
             styles.subtitle),
        para(texts["intro"].format(n=report.min_cell), styles.body),
    ]
    if report.source == "merged":
        story.append(para(texts["merged"].format(files=report.files), styles.body))
    for section in report.sections:
        if section.chart == "matrix":
            story.append(para(section.title, styles.heading))
            if section.id == "matrix":
                story.append(para(texts["matrix_note"], styles.body))
            story.extend(_matrix(section, report, styles, texts))
            continue
        # Heading, table and chart stay on one page.
        block: list[Flowable] = [para(section.title, styles.heading), _table(section, report, styles)]
        if section.chart == "bar":
            chart = _chart(section, report, styles)
            if chart is not None:
                block += [Spacer(1, 3 * mm), chart]
        story.append(KeepTogether(block))
        if section.id == "contact_types":
            story.append(para(texts["lead"], styles.heading))
            rows = [[para(lab, styles.body), para(shown, styles.body)] for _, lab, shown in report.figures]
            t = Table(rows, colWidths=[None, 40 * mm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID)]))
            story.append(t)
    if report.signal_texts:
        from oco_desktop.domain.registration import label

        story.append(para(texts["signal_texts"], styles.heading))
        for s in report.signal_texts:
            concerns = label(s["concerns"], lang) + (f" ({s['concerns_name']})" if s.get("concerns_name") else "")
            when = short_date(date.fromisoformat(s["date"]), lang)
            story.append(para(texts["signal_line"].format(date=when, category=label(s["category"], lang),
                                                          concerns=concerns), styles.label))
            story.append(para(s["description"], styles.body))
    return story


def report_pdf_bytes(report: Report) -> bytes:
    texts = TEXTS[report.lang]
    styles = pdf_common.make_styles(False)
    period = f"{short_date(report.start, report.lang)} – {short_date(report.end, report.lang)}"
    info = PageInfo(resident_name=texts["header"], document_date=report.generated_on, lang=report.lang,
                    header_title=period)
    return pdf_common.build_pdf_bytes(_story(report, styles), info, styles, title=texts["title"],
                                      subject=texts["subject"])
