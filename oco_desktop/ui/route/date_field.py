"""An optional date typed as dd-mm-jjjj: empty means "not known". (A QDateEdit cannot be empty.)"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit

_PATTERN = re.compile(r"^\s*(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})\s*$")


def parse_nl_date(text: str) -> date | None:
    """'5-11-2026' or '05-11-2026' -> date; '' -> None. Raises ValueError for anything else."""
    if not text.strip():
        return None
    match = _PATTERN.match(text)
    if not match:
        raise ValueError(text)
    day, month, year = (int(g) for g in match.groups())
    return date(year, month, day)


def format_nl_date(value: date | None) -> str:
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}" if value else ""


class OptionalDateField(QLineEdit):
    """A date or nothing. `value()` raises ValueError for text that is not a date."""

    edited = Signal()

    def __init__(self, accessible_name: str, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.setAccessibleName(accessible_name)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 24)
        self.textEdited.connect(lambda _t: self.edited.emit())

    def value(self) -> date | None:
        return parse_nl_date(self.text())

    def set_value(self, value: date | None) -> None:
        self.setText(format_nl_date(value))

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValueError:
            return False
        return True
