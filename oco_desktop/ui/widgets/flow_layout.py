"""A layout that puts its items next to each other and wraps to the next line when the width runs out.

For rows of buttons: on a small laptop (or with a large font) they go onto two lines instead of making the
window wider than the screen. Items keep the order they were added in, so Tab still goes left to right,
top to bottom. `add_stretch()` marks where the row splits into a left and a right group on one line
(like QHBoxLayout.addStretch); once wrapped, both groups start at the left.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout API -----------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def add_stretch(self) -> None:
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """All items on one line."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._gap() if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        """The widest single item: everything else can wrap."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing -------------------------------------------------------------------------------------------
    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return max(parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing), 6)

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if i.widget() is None or not i.widget().isHidden()]

    def _do_layout(self, rect: QRect, apply: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._gap()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            if isinstance(item, QSpacerItem):
                lines[-1].append(item)
                continue
            width = item.sizeHint().width()
            if lines[-1] and used + gap + width > area.width() and used > 0:
                lines.append([])
                used = 0
            lines[-1].append(item)
            used += (gap if used else 0) + width
        y = area.y()
        for line in lines:
            widgets = [i for i in line if not isinstance(i, QSpacerItem)]
            if not widgets:
                continue
            height = max(i.sizeHint().height() for i in widgets)
            natural = sum(i.sizeHint().width() for i in widgets) + gap * (len(widgets) - 1)
            spare = max(0, area.width() - natural)
            has_stretch = any(isinstance(i, QSpacerItem) for i in line) and len(lines) == 1
            x = area.x()
            for item in line:
                if isinstance(item, QSpacerItem):
                    if has_stretch:
                        x += spare
                    continue
                hint = item.sizeHint()
                width = min(hint.width(), area.width())
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + gap
            y += height + gap
        return y - gap - rect.y() + margins.bottom() if y > area.y() else margins.top() + margins.bottom()


def flow_row(*items: QWidget | None, spacing: int = -1) -> FlowLayout:
    """A FlowLayout holding `items` in order; None stands for a stretch (left group | right group)."""
    row = FlowLayout(spacing=spacing)
    for item in items:
        if item is None:
            row.add_stretch()
        else:
            row.addWidget(item)
    return row


def pair(label: QWidget, field: QWidget, parent: QWidget | None = None) -> QWidget:
    """A label and its field kept together on one line inside a FlowLayout."""
    from PySide6.QtWidgets import QHBoxLayout

    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field, 1)
    return box
