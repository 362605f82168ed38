"""Tables of figures on the Overzicht page that fit a small screen (1000x560, beside an open client)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget

WRAP = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap


def fit_to_width(table: QTableWidget) -> None:
    """Figures must fit a small screen (1000x560, the page beside an open client): the row labels (the
    vertical header) wrap within at most half the table, the value columns share the rest, and column
    headings wrap instead of widening their column."""
    rows = table.verticalHeader()
    rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | WRAP)
    label_width = max(120, table.fontMetrics().horizontalAdvance("x" * 28))
    rows.setMaximumWidth(label_width)
    columns = table.horizontalHeader()
    columns.setDefaultAlignment(Qt.AlignmentFlag.AlignHCenter | WRAP)
    columns.setMinimumSectionSize(table.fontMetrics().horizontalAdvance("<00") + 8)
    columns.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.resizeRowsToContents()
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):  # a wrapped label needs a taller row (Qt sizes it unwrapped)
        item = table.verticalHeaderItem(row)
        if item is None:
            continue
        needed = metrics.boundingRect(QRect(0, 0, label_width - 12, 10000), WRAP, item.text()).height() + 8
        table.setRowHeight(row, max(table.rowHeight(row), needed))
