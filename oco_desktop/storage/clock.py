"""Timestamps as stored in the vault: UTC, ISO 8601, second precision, 'Z' suffix."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def today() -> date:
    """The local calendar day (what the supporter calls 'today')."""
    return date.today()
