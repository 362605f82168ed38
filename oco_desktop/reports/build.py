"""From exact counts to the published, suppressed report (no Qt).

`build_report(counts, min_cell, ...)` lays the counts out as sections (tables with rows and columns),
ties them together with their totals, suppresses small cells (oco_desktop.domain.suppression) and
loads the result into an in-memory sqlite-utils database. CSV and JSON are written from that database.
The formats are documented in resources/docs/report-format.md.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import sqlite_utils

from oco_desktop.domain.models import CONTACT_TYPES, PHASES
from oco_desktop.domain.registration import (
    APPRECIATION_METHODS,
    CHANNELS,
    CONTROL_LABELS_EN,
    CONTROL_LABELS_NL,
    OUTCOMES,
    REFERRERS,
    SIGNAL_CATEGORIES,
    label,
)
from oco_desktop.domain.suppression import VISIBLE, Table, display, suppress
from oco_desktop.reports.counts import UNKNOWN, Counts, lead_time_stats

FORMAT = "oco-report/1"
DEFAULT_MIN_CELL = 5
TOTAL = "*"


@dataclass
class Section:
    id: str
    title: str
    rows: list[tuple[str, str]]  # (key, label)
    columns: list[tuple[str, str]]
    cells: dict[tuple[str, str], str]  # (row key, column key) -> item id
    chart: str = ""  # "bar" for a bar chart of the first column (without the total row)


@dataclass
class Report:
    start: date
    end: date
    min_cell: int
    lang: str
    source: str  # "vault" or "merged"
    files: int
    generated_on: date
    sections: list[Section]
    values: dict[str, int]
    status: dict[str, str]
    figures: list[tuple[str, str, str]]  # (key, label, shown)
    signal_texts: list[dict[str, str]] = field(default_factory=list)
    table: Table | None = None

    def shown(self, item: str) -> str:
        kind = self.table.kind[item] if self.table else "count"
        return display(self.values[item], self.status[item], self.min_cell, kind)

    def visible_value(self, item: str) -> int | None:
        return self.values[item] if self.status[item] == VISIBLE else None


T = {
    "summary": ("Kerncijfers", "Key figures"),
    "value": ("Aantal", "Number"),
    "total": ("Totaal", "Total"),
    "questions.with_file": ("Nieuwe vragen met dossier (casussen geopend)", "New questions with a file (cases opened)"),
    "questions.without_file": ("Vragen zonder dossier", "Questions without a file"),
    "questions.total": ("Nieuwe vragen samen", "New questions in total"),
    "residents": ("Inwoners met een casus", "Residents with a case"),
    "cases": ("Casussen in deze periode", "Cases in this period"),
    "closed": ("Casussen afgesloten", "Cases closed"),
    "contacts": ("Contactmomenten", "Contacts"),
    "minutes": ("Contactminuten", "Contact minutes"),
    "qwf_minutes": ("Minuten aan vragen zonder dossier", "Minutes on questions without a file"),
    "signals": ("Signalen", "Signals"),
    "phase": ("Casussen per fase (aan het eind van de periode)", "Cases by phase (at the end of the period)"),
    "matrix": ("Levensgebied x doelgroep (Bijlage 2, Schema 1): casussen", "Life domain x target group (Annex 2, "
               "Schema 1): cases"),
    "matrix@": ("Levensgebied x doelgroep, fase: {phase}", "Life domain x target group, phase: {phase}"),
    "contact_types": ("Soorten contact en minuten", "Contact types and minutes"),
    "minutes_col": ("Minuten", "Minutes"),
    "referrers": ("Wie verwees", "Who referred"),
    "with_file": ("Met dossier", "With a file"),
    "without_file": ("Zonder dossier", "Without a file"),
    "qwf_outcome": ("Vragen zonder dossier: uitkomst", "Questions without a file: outcome"),
    "qwf_channel": ("Vragen zonder dossier: kanaal", "Questions without a file: channel"),
    "appreciation": ("Waardering door de inwoner (cijfer 1-10)", "Appreciation by the resident (mark 1-10)"),
    "appreciation_method": ("Hoe de waardering is gevraagd", "How the appreciation was asked"),
    "control": ("Meer regie? Antwoord van de inwoner bij afsluiten", "More control? The resident's answer at closing"),
    "control_before_after": ("Zelfredzaamheid volgens de inwoner: eerste en laatste score",
                             "Self-reliance in the resident's view: first and last score"),
    "before": ("Eerste score", "First score"),
    "after": ("Laatste score", "Last score"),
    "signals_section": ("Signalen per soort", "Signals by category"),
    "lead_n": ("Afgesloten casussen met doorlooptijd", "Closed cases with a lead time"),
    "lead_median": ("Doorlooptijd, mediaan (dagen)", "Lead time, median (days)"),
    "lead_p90": ("Doorlooptijd, 90e percentiel (dagen)", "Lead time, 90th percentile (days)"),
    "appreciation_mean": ("Gemiddelde waardering", "Average appreciation"),
    "score": ("Score", "Score"),
}


def tr(key: str, lang: str) -> str:
    nl, en = T[key]
    return en if lang == "en" else nl


def _vocab_label(key: str, labels: dict[str, str], lang: str) -> str:
    if key == UNKNOWN:
        return label(UNKNOWN, lang)
    return labels.get(key, key)


def _ids_in(items: dict[str, int], prefix: str, position: int) -> set[str]:
    found = set()
    for k in items:
        if k.startswith(prefix):
            parts = k.split(":")
            if len(parts) == 3 and parts[position] != TOTAL:
                found.add(parts[position])
    return found


def _list_section(sec_id: str, title: str, keys: Sequence[str], labels: Sequence[str], prefix: str, total: str,
                  column_label: str, lang: str, chart: str = "bar") -> Section:
    rows = [(k, lab) for k, lab in zip(keys, labels, strict=True)] + [(TOTAL, tr("total", lang))]
    cells = {(k, "value"): f"{prefix}:{k}" for k in keys}
    cells[(TOTAL, "value")] = total
    return Section(sec_id, title, rows, [("value", column_label)], cells, chart)


def build_report(counts: Counts, *, min_cell: int = DEFAULT_MIN_CELL, lang: str = "nl",
                 domain_labels: dict[str, str] | None = None, group_labels: dict[str, str] | None = None,
                 source: str = "vault", files: int = 1, generated_on: date | None = None) -> Report:
    """Lay out, suppress and return the published report. Labels map vocabulary ids to names, in order."""
    domain_labels = dict(domain_labels or {})
    group_labels = dict(group_labels or {})
    items = dict(counts.items)
    domains = list(domain_labels) + sorted(_ids_in(items, "matrix", 1) - set(domain_labels) - {UNKNOWN})
    groups = list(group_labels) + sorted(_ids_in(items, "matrix", 2) - set(group_labels) - {UNKNOWN})
    domains.append(UNKNOWN)
    groups.append(UNKNOWN)

    table = Table()
    sections: list[Section] = []
    value_col = tr("value", lang)

    def item(key: str, kind: str = "count") -> str:
        if key not in table.values:
            table.add(key, items.get(key, 0), kind)
        return key

    # Key figures.
    summary_keys = ["questions.with_file", "questions.without_file", "questions.total", "residents", "cases",
                    "closed", "contacts", "minutes", "qwf_minutes", "signals"]
    for k in summary_keys:
        item(k, "sum" if k in ("minutes", "qwf_minutes") else "count")
    sections.append(Section("summary", tr("summary", lang), [(k, tr(k, lang)) for k in summary_keys],
                            [("value", value_col)], {(k, "value"): k for k in summary_keys}))
    table.equation("questions.total", ["questions.with_file", "questions.without_file"])
    table.companions["qwf_minutes"] = "questions.without_file"

    # Cases by phase.
    for p in PHASES:
        item(f"phase:{p}")
    table.equation("cases", [f"phase:{p}" for p in PHASES])
    sections.append(_list_section("phase", tr("phase", lang), PHASES, [label(p, lang) for p in PHASES], "phase",
                                  "cases", value_col, lang))

    # The matrix, overall and per phase, with all margins; the phases add up to the overall matrix.
    def matrix(prefix: str, total: str, title: str, sec_id: str) -> None:
        for d in domains:
            for g in groups:
                item(f"{prefix}:{d}:{g}")
        for d in domains:
            table.equation(item(f"{prefix}:{d}:*"), [f"{prefix}:{d}:{g}" for g in groups])
        for g in groups:
            table.equation(item(f"{prefix}:*:{g}"), [f"{prefix}:{d}:{g}" for d in domains])
        table.equation(total, [f"{prefix}:{d}:*" for d in domains])
        table.equation(total, [f"{prefix}:*:{g}" for g in groups])
        rows = [(d, _vocab_label(d, domain_labels, lang)) for d in domains] + [(TOTAL, tr("total", lang))]
        cols = [(g, _vocab_label(g, group_labels, lang)) for g in groups] + [(TOTAL, tr("total", lang))]
        cells = {(r, c): (f"{prefix}:{r}:{c}" if (r, c) != (TOTAL, TOTAL) else total) for r, _ in rows for c, _ in cols}
        sections.append(Section(sec_id, title, rows, cols, cells, "matrix"))

    matrix("matrix", "cases", tr("matrix", lang), "matrix")
    for p in PHASES:
        matrix(f"matrix@{p}", f"phase:{p}", tr("matrix@", lang).format(phase=label(p, lang)), f"matrix@{p}")
    for d in [*domains, TOTAL]:
        for g in [*groups, TOTAL]:
            if (d, g) != (TOTAL, TOTAL):
                table.equation(f"matrix:{d}:{g}", [f"matrix@{p}:{d}:{g}" for p in PHASES])

    # Contact types and minutes (minutes hidden together with their count).
    rows = [(t, label(t, lang)) for t in CONTACT_TYPES] + [(TOTAL, tr("total", lang))]
    cells = {}
    for t in CONTACT_TYPES:
        cells[(t, "contacts")] = item(f"contacts:{t}")
        cells[(t, "minutes")] = item(f"minutes:{t}", "sum")
        table.companions[f"minutes:{t}"] = f"contacts:{t}"
    cells[(TOTAL, "contacts")], cells[(TOTAL, "minutes")] = "contacts", "minutes"
    table.companions["minutes"] = "contacts"
    table.equation("contacts", [f"contacts:{t}" for t in CONTACT_TYPES])
    table.equation("minutes", [f"minutes:{t}" for t in CONTACT_TYPES])
    sections.append(Section("contact_types", tr("contact_types", lang), rows,
                            [("contacts", tr("contacts", lang)), ("minutes", tr("minutes_col", lang))], cells, "bar"))

    # Referrers: new cases and questions without a file.
    referrers = [*REFERRERS, UNKNOWN]
    cells = {}
    for r in referrers:
        cells[(r, "with_file")] = item(f"referrer:{r}")
        if r != UNKNOWN:
            cells[(r, "without_file")] = item(f"qwf_referrer:{r}")
    cells[(TOTAL, "with_file")], cells[(TOTAL, "without_file")] = "questions.with_file", "questions.without_file"
    table.equation("questions.with_file", [f"referrer:{r}" for r in referrers])
    table.equation("questions.without_file", [f"qwf_referrer:{r}" for r in REFERRERS])
    sections.append(Section("referrers", tr("referrers", lang),
                            [(r, label(r, lang)) for r in referrers] + [(TOTAL, tr("total", lang))],
                            [("with_file", tr("with_file", lang)), ("without_file", tr("without_file", lang))],
                            cells, "bar"))

    for sec_id, keys, prefix in (("qwf_outcome", OUTCOMES, "qwf_outcome"), ("qwf_channel", CHANNELS, "qwf_channel")):
        for k in keys:
            item(f"{prefix}:{k}")
        table.equation("questions.without_file", [f"{prefix}:{k}" for k in keys])
        sections.append(_list_section(sec_id, tr(sec_id, lang), keys, [label(k, lang) for k in keys], prefix,
                                      "questions.without_file", value_col, lang))

    # Appreciation, how it was asked, the control question, self-reliance before and after.
    marks = [str(k) for k in range(1, 11)]
    item("appreciation")
    for k in marks:
        item(f"appreciation:{k}")
    table.equation("appreciation", [f"appreciation:{k}" for k in marks])
    sections.append(_list_section("appreciation", tr("appreciation", lang), marks, marks, "appreciation",
                                  "appreciation", value_col, lang))
    methods = [*APPRECIATION_METHODS, UNKNOWN]
    for m in methods:
        item(f"appreciation_method:{m}")
    table.equation("appreciation", [f"appreciation_method:{m}" for m in methods])
    sections.append(_list_section("appreciation_method", tr("appreciation_method", lang), methods,
                                  [label(m, lang) for m in methods], "appreciation_method", "appreciation",
                                  value_col, lang))
    control_labels = CONTROL_LABELS_EN if lang == "en" else CONTROL_LABELS_NL
    scale = [str(k) for k in range(1, 6)]
    item("control")
    for k in scale:
        item(f"control:{k}")
        item(f"control_before:{k}")
        item(f"control_after:{k}")
    table.equation("control", [f"control:{k}" for k in scale])
    sections.append(_list_section("control", tr("control", lang), scale,
                                  [f"{k} {control_labels[int(k)]}" for k in scale], "control", "control",
                                  value_col, lang))
    item("control_pairs")
    table.equation("control_pairs", [f"control_before:{k}" for k in scale])
    table.equation("control_pairs", [f"control_after:{k}" for k in scale])
    cells = {}
    for k in scale:
        cells[(k, "before")], cells[(k, "after")] = f"control_before:{k}", f"control_after:{k}"
    cells[(TOTAL, "before")] = cells[(TOTAL, "after")] = "control_pairs"
    sections.append(Section("control_before_after", tr("control_before_after", lang),
                            [(k, k) for k in scale] + [(TOTAL, tr("total", lang))],
                            [("before", tr("before", lang)), ("after", tr("after", lang))], cells, "bar"))

    for c in SIGNAL_CATEGORIES:
        item(f"signals:{c}")
    table.equation("signals", [f"signals:{c}" for c in SIGNAL_CATEGORIES])
    sections.append(_list_section("signals", tr("signals_section", lang), SIGNAL_CATEGORIES,
                                  [label(c, lang) for c in SIGNAL_CATEGORIES], "signals", "signals", value_col, lang))

    status = suppress(table, min_cell)

    # Figures that are not counts: shown only when enough cases lie behind them.
    figures: list[tuple[str, str, str]] = []
    n, median, p90 = lead_time_stats(items)
    enough = n >= min_cell
    small = f"<{min_cell}"
    figures.append(("lead_n", tr("lead_n", lang), str(n) if enough or n == 0 else small))
    figures.append(("lead_median", tr("lead_median", lang),
                    str(median) if enough and median is not None else ("-" if n == 0 else small)))
    figures.append(("lead_p90", tr("lead_p90", lang),
                    str(p90) if enough and p90 is not None else ("-" if n == 0 else small)))
    n_app = items.get("appreciation", 0)
    if n_app >= min_cell:
        mean = sum(int(k) * items.get(f"appreciation:{k}", 0) for k in marks) / n_app
        shown_mean = f"{mean:.1f}".replace(".", ",") if lang == "nl" else f"{mean:.1f}"
    else:
        shown_mean = "-" if n_app == 0 else small
    figures.append(("appreciation_mean", tr("appreciation_mean", lang), shown_mean))

    return Report(counts.start, counts.end, min_cell, lang, source, files, generated_on or date.today(), sections,
                  table.values, status, figures, list(counts.signal_texts), table)


# -- the in-memory database, CSV and JSON --------------------------------------------------------------
def to_database(report: Report) -> sqlite_utils.Database:
    """The published report as tables in an in-memory database (nothing touches the disk)."""
    db = sqlite_utils.Database(memory=True)
    db["report"].insert_all([
        {"key": "format", "value": FORMAT},
        {"key": "period_from", "value": report.start.isoformat()},
        {"key": "period_to", "value": report.end.isoformat()},
        {"key": "min_cell", "value": str(report.min_cell)},
        {"key": "generated_on", "value": report.generated_on.isoformat()},
        {"key": "source", "value": report.source},
        {"key": "files", "value": str(report.files)},
        {"key": "lang", "value": report.lang},
    ], pk="key")
    db["sections"].insert_all(
        [{"position": i, "section": s.id, "title": s.title} for i, s in enumerate(report.sections)], pk="section")
    rows = []
    for s in report.sections:
        for ri, (rk, rl) in enumerate(s.rows):
            for ci, (ck, cl) in enumerate(s.columns):
                item_id = s.cells.get((rk, ck))
                if item_id is None:
                    continue
                rows.append({"section": s.id, "row_position": ri, "row": rk, "row_label": rl,
                             "column_position": ci, "column": ck, "column_label": cl,
                             "value": report.visible_value(item_id), "shown": report.shown(item_id),
                             "suppressed": _suppressed_mark(report, item_id)})
    db["cells"].insert_all(rows, foreign_keys=[("section", "sections", "section")])
    db["figures"].insert_all([{"key": k, "label": lab, "shown": v} for k, lab, v in report.figures], pk="key")
    db["signals"].create({"date": str, "category": str, "concerns": str, "concerns_name": str,
                          "life_domain": str, "description": str, "status": str})
    db["signals"].insert_all(report.signal_texts)
    return db


def _suppressed_mark(report: Report, item_id: str) -> str:
    """"small" for every "<N", "hidden" for every "x": never which rule hid it (that would tell a zero)."""
    if report.status[item_id] == VISIBLE:
        return ""
    return "small" if report.shown(item_id).startswith("<") else "hidden"


CSV_COLUMNS = ("section", "row", "row_label", "column", "column_label", "value", "shown", "suppressed")


def to_csv_bytes(report: Report) -> bytes:
    """One long table (see report-format.md): the report's own settings first, as section "report"."""
    db = to_database(report)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in db.query("SELECT key, value FROM report ORDER BY rowid"):
        writer.writerow(["report", r["key"], "", "", "", "", r["value"], ""])
    for r in db.query("SELECT cells.* FROM cells JOIN sections USING (section) "
                      "ORDER BY sections.position, row_position, column_position"):
        writer.writerow([r["section"], r["row"], r["row_label"], r["column"], r["column_label"],
                         "" if r["value"] is None else r["value"], r["shown"], r["suppressed"]])
    for r in db.query("SELECT key, label, shown FROM figures ORDER BY rowid"):
        writer.writerow(["figures", r["key"], r["label"], "value", "", "", r["shown"], ""])
    for i, r in enumerate(db.query("SELECT * FROM signals ORDER BY rowid")):
        for key in ("date", "category", "concerns", "concerns_name", "life_domain", "status", "description"):
            writer.writerow(["signal_texts", str(i + 1), "", key, "", "", r[key], ""])
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # BOM: spreadsheet programs read UTF-8 right


def to_json_bytes(report: Report) -> bytes:
    db = to_database(report)
    meta = {r["key"]: r["value"] for r in db["report"].rows}
    sections = []
    for s in db.query("SELECT section, title FROM sections ORDER BY position"):
        rows: dict[str, dict] = {}
        for c in db.query("SELECT * FROM cells WHERE section = ? ORDER BY row_position, column_position",
                          [s["section"]]):
            row = rows.setdefault(c["row"], {"row": c["row"], "label": c["row_label"], "cells": []})
            row["cells"].append({"column": c["column"], "label": c["column_label"], "value": c["value"],
                                 "shown": c["shown"], "suppressed": c["suppressed"] or None})
        sections.append({"id": s["section"], "title": s["title"], "rows": list(rows.values())})
    data = {
        "format": FORMAT,
        "period": {"from": meta["period_from"], "to": meta["period_to"]},
        "min_cell": int(meta["min_cell"]),
        "generated_on": meta["generated_on"],
        "source": {"kind": meta["source"], "files": int(meta["files"])},
        "lang": meta["lang"],
        "sections": sections,
        "figures": [dict(r) for r in db.query("SELECT key, label, shown FROM figures ORDER BY rowid")],
        "signals": [dict(r) for r in db.query("SELECT * FROM signals ORDER BY rowid")],
    }
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
