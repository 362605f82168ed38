"""One entry point for the CLI and the Overzicht page: count a vault, build the report, render a file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from oco_desktop.reports import build, counts
from oco_desktop.reports.files import write_output

FORMATS = (".pdf", ".csv", ".json")


def vocabularies(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """Life domain and target group labels, in the order of the (organisation's) definitions."""
    from oco_desktop.domain.checklists import load_effective_definitions

    defs = load_effective_definitions(lang=lang).definitions
    return ({d.id: d.label.get(lang) for d in defs.life_domains}, {g.id: g.label.get(lang) for g in defs.target_groups})


def count_vault(vault, start: date, end: date, *, with_signal_text: bool = False) -> counts.Counts:
    domains, groups = vocabularies("nl")
    return counts.compute(vault, start, end, domain_order=list(domains), group_order=list(groups),
                          with_signal_text=with_signal_text)


def make_report(data: counts.Counts, *, min_cell: int = build.DEFAULT_MIN_CELL, lang: str = "nl",
                source: str = "vault", files: int = 1) -> build.Report:
    domains, groups = vocabularies(lang)
    return build.build_report(data, min_cell=min_cell, lang=lang, domain_labels=domains, group_labels=groups,
                              source=source, files=files)


def render(report: build.Report, suffix: str) -> bytes:
    suffix = suffix.lower()
    if suffix == ".csv":
        return build.to_csv_bytes(report)
    if suffix == ".json":
        return build.to_json_bytes(report)
    if suffix == ".pdf":
        from oco_desktop.reports.pdf import report_pdf_bytes

        return report_pdf_bytes(report)
    raise ValueError(suffix)


def export(report: build.Report, path: Path, vault_folder: Path | None = None) -> Path:
    return write_output(path, render(report, path.suffix), vault_folder)
