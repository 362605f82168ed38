"""Conversions between Python values and the vault's column formats (ISO dates, JSON lists)."""

from __future__ import annotations

import json
import uuid
from datetime import date


def new_id() -> str:
    return str(uuid.uuid4())


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def parse_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def dump_list(values) -> str:
    return json.dumps(sorted(set(values)), ensure_ascii=False)


def load_list(text: str | None) -> list[str]:
    return list(json.loads(text)) if text else []
