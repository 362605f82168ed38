"""A small horizontal bar chart drawn with QPainter in the palette's colours (no extra Qt module)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_HEIGHT = 20
LABEL_SHARE = 0.45


class BarChart(QWidget):
    """Bars for (label, value or None, shown text); a hidden value (None) gets no bar, only its text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._bars: list[tuple[str, int | None, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[tuple[str, int | None, str]], title: str = "") -> None:
        self._bars = list(bars)
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(f"{label}: {shown}" for label, _, shown in self._bars))
        self.setFixedHeight(max(1, len(self._bars)) * BAR_HEIGHT + 8)
        self.update()

    def bars(self) -> list[tuple[str, int | None, str]]:
        return list(self._bars)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(360, len(self._bars) * BAR_HEIGHT + 8)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        palette = self.palette()
        width = self.width()
        label_w = width * LABEL_SHARE
        bar_area = width - label_w - 50
        top = max([v for _, v, _ in self._bars if v is not None] or [1]) or 1
        for i, (label, value, shown) in enumerate(self._bars):
            y = 4 + i * BAR_HEIGHT
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(0, y, label_w - 6, BAR_HEIGHT), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, label)
            length = 0.0 if value is None else bar_area * value / top
            if length:
                painter.fillRect(QRectF(label_w, y + 3, length, BAR_HEIGHT - 6),
                                 palette.color(QPalette.ColorRole.Highlight))
            painter.drawText(QRectF(label_w + length + 4, y, 60, BAR_HEIGHT), Qt.AlignmentFlag.AlignVCenter, shown)
        painter.end()
