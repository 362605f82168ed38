"""Exact counts sealed for the organisation (`.ocoreport`), and merging several of them (no Qt).

A supporter's `.ocoreport` holds the exact, unsuppressed anonymous counts of one period (see
reports.counts), encrypted to the organisation's public key (storage.org_key: X25519 + HKDF + AES-GCM,
with CONTEXT bound in). Only the coordinator's private key opens it. Plaintext inside (JSON):

    {"format": "oco-report-counts/1", "report_id": "<uuid4>", "created_on": "YYYY-MM-DD",
     "period": {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"}, "items": {"<item id>": <int>, ...},
     "signal_texts": [...]}          # signal_texts only when made with --with-signal-text

`report_id` is random per file, so a file given twice (also under another name) is recognised.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from oco_desktop.errors import TamperedData, UsageError, WrongSecret
from oco_desktop.reports.counts import Counts, merge
from oco_desktop.storage import org_key

CONTENT_FORMAT = "oco-report-counts/1"
CONTEXT = b"oco-desktop report counts v1"
MAX_FILE = 16 * 1024 * 1024


def seal_counts(counts: Counts, public: org_key.OrgPublicKey, *, created_on: date | None = None) -> bytes:
    doc = {
        "format": CONTENT_FORMAT,
        "report_id": str(uuid.uuid4()),
        "created_on": (created_on or date.today()).isoformat(),
        "period": {"from": counts.start.isoformat(), "to": counts.end.isoformat()},
        "items": dict(sorted(counts.items.items())),
        "signal_texts": counts.signal_texts,
    }
    return org_key.seal(public, json.dumps(doc, ensure_ascii=False).encode("utf-8"), CONTEXT)


class ReportFileError(UsageError):
    """A `.ocoreport` that cannot be used; the message starts with the file's name."""


class UnusableReportFile(TamperedData):
    """Foreign (another organisation's key) or altered: exit 4, naming the file."""


def _valid_items(items: object) -> dict[str, int]:
    if not isinstance(items, dict):
        raise ValueError("items")
    out = {}
    for k, v in items.items():
        if not isinstance(k, str) or not isinstance(v, int) or isinstance(v, bool) or v < 0:
            raise ValueError("item")
        out[k] = v
    return out


_SIGNAL_FIELDS = {"date", "category", "concerns", "concerns_name", "life_domain", "description", "status"}
_SIGNAL_REQUIRED = {"date", "category", "concerns", "description"}


def _valid_signal_texts(texts: object) -> list[dict]:
    """Signal descriptions as the report code writes them (anyone with the public key can make a file)."""
    if texts is None:
        return []
    if not isinstance(texts, list):
        raise ValueError("signal_texts")
    for entry in texts:
        if (not isinstance(entry, dict) or not _SIGNAL_REQUIRED <= set(entry) <= _SIGNAL_FIELDS
                or not all(v is None or isinstance(v, str) for v in entry.values())
                or any(entry[k] is None for k in _SIGNAL_REQUIRED)):
            raise ValueError("signal text")
        date.fromisoformat(entry["date"])
    return list(texts)


def open_counts(path: Path, private: org_key.OrgPrivateKey) -> tuple[str, Counts]:
    """(report_id, counts) of one file; every problem names the file in one line."""
    try:
        if not path.is_file():
            raise ReportFileError(f"{path}: het bestand bestaat niet.")
        if path.stat().st_size > MAX_FILE:
            raise ReportFileError(f"{path}: dit is geen .ocoreport-bestand (te groot).")
        sealed = path.read_bytes()
    except OSError as exc:
        raise ReportFileError(f"{path}: kan niet worden gelezen ({exc.strerror}).") from None
    try:
        plain = org_key.open_sealed(private, sealed, CONTEXT)
    except WrongSecret:
        raise UnusableReportFile(f"{path}: dit bestand is voor een andere organisatiesleutel gemaakt.") from None
    except TamperedData:
        raise UnusableReportFile(f"{path}: dit bestand is beschadigd of gewijzigd, of geen .ocoreport.") from None
    try:
        doc = json.loads(plain.decode("utf-8"))
        if doc.get("format") != CONTENT_FORMAT:
            raise ValueError("format")
        start = date.fromisoformat(doc["period"]["from"])
        end = date.fromisoformat(doc["period"]["to"])
        if start > end:
            raise ValueError("period")
        counts = Counts(start, end, _valid_items(doc["items"]), _valid_signal_texts(doc.get("signal_texts")))
        report_id = str(doc["report_id"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise UnusableReportFile(f"{path}: de inhoud is geen bruikbare telling (onbekend formaat).") from None
    return report_id, counts


def merge_files(paths: Sequence[Path], private: org_key.OrgPrivateKey) -> Counts:
    """Add up the counts of several files: same period, each file once."""
    if not paths:
        raise UsageError("Geef minstens één .ocoreport-bestand.")
    seen: dict[str, Path] = {}
    parts: list[Counts] = []
    for path in paths:
        report_id, counts = open_counts(path, private)
        if report_id in seen:
            raise ReportFileError(f"{path}: dit is dezelfde telling als {seen[report_id]} (een bestand twee keer).")
        seen[report_id] = path
        if parts and (counts.start, counts.end) != (parts[0].start, parts[0].end):
            raise ReportFileError(
                f"{path}: andere periode ({counts.start.isoformat()} t/m {counts.end.isoformat()}) dan "
                f"{paths[0]} ({parts[0].start.isoformat()} t/m {parts[0].end.isoformat()}).")
        parts.append(counts)
    return merge(parts)
