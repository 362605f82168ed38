"""The model behind the Today view: rows and sections (plain Python), the context a section builder gets,
the Qt item model, and a small item/tree API over the QTreeView (tests and callers use it like a tree widget)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QTreeView,
)

if TYPE_CHECKING:
    from oco_desktop.ui.agenda.today_view import TodayView

ROLE = Qt.ItemDataRole.UserRole
COL_WHEN, COL_KIND, COL_CLIENT, COL_CASE, COL_WHAT = range(5)
COLUMN_COUNT = 5
# Data kinds this view shows; other dataChanged kinds (plan, checklist...) do not touch it.
_RELEVANT_KINDS = {"follow_up", "case", "client", "note", "checklist", ""}
_ROOT = QModelIndex()



# -- the model -------------------------------------------------------------------------------------

@dataclass
class TodayRow:
    """One line under a section. `data` is None for a filler line ("Niets"); otherwise it holds at least
    "type", and "client_id" + "case_id" when a click should open a case."""

    cells: tuple[str, ...]  # COL_WHEN .. COL_WHAT
    data: dict | None = None
    bold: bool = False
    # Tooltip per column: a text, or a function made into text only when the tooltip is shown.
    tooltips: dict[int, str | Callable[[], str]] = field(default_factory=dict)


@dataclass
class TodaySection:
    key: str
    title: str  # shown as "title (count)"
    rows: list[TodayRow] = field(default_factory=list)
    count: int | None = None  # None: the number of rows with data
    order: int = 500  # position among sections, low first

    def shown_count(self) -> int:
        return self.count if self.count is not None else sum(1 for r in self.rows if r.data is not None)


@dataclass(frozen=True)
class TodayContext:
    """What a section builder gets: the open vault, the view's day and the UI language."""

    vault: Any
    today: date
    lang: str
    view: TodayView


SectionBuilder = Callable[[TodayContext], Iterable[TodaySection]]


class TodayModel(QAbstractItemModel):
    """Two levels: sections (top level, one spanned cell) and their rows. Internal id 0 = section,
    n > 0 = a row of section n - 1."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self._headers = headers
        self.sections: list[TodaySection] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_sections(self, sections: list[TodaySection]) -> None:
        self.beginResetModel()
        self.sections = sections
        self.endResetModel()

    def clear(self) -> None:
        self.set_sections([])

    # Qt's model interface.
    def index(self, row: int, column: int, parent: QModelIndex = _ROOT) -> QModelIndex:
        if not parent.isValid():
            if 0 <= row < len(self.sections) and 0 <= column < COLUMN_COUNT:
                return self.createIndex(row, column, 0)
            return QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        rows = self.sections[parent.row()].rows
        if 0 <= row < len(rows) and 0 <= column < COLUMN_COUNT:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: QModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self.sections)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.sections[parent.row()].rows)
        return 0

    def hasChildren(self, parent: QModelIndex = _ROOT) -> bool:  # noqa: N802 - Qt API
        # Rows never have children: answer without building a count for each of them.
        return not parent.isValid() or (parent.internalId() == 0 and bool(self.sections[parent.row()].rows))

    def columnCount(self, _parent: QModelIndex = _ROOT) -> int:
        return COLUMN_COUNT

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def row_at(self, index: QModelIndex) -> TodayRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.sections[index.internalId() - 1].rows[index.row()]

    def flags(self, index: QModelIndex):
        row = self.row_at(index)
        if row is not None and row.data is not None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            section = self.sections[index.row()]
            if index.column() != 0:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{section.title} ({section.shown_count()})"
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == ROLE:
                return {"section": section.key}
            return None
        row = self.sections[index.internalId() - 1].rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column] if column < len(row.cells) else ""
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if row.bold else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = row.tooltips.get(column)
            return tip() if callable(tip) else tip
        if role == ROLE and column == 0:
            return row.data
        return None


class TodayItem:
    """A handle on one line of the view, for tests and keyboard helpers (QTreeWidgetItem-like reads).

    Valid until the next reload; compare handles with ==."""

    def __init__(self, model: TodayModel, index: QModelIndex):
        self._model = model
        self._index = QPersistentModelIndex(index.siblingAtColumn(0))

    def index(self, column: int = 0) -> QModelIndex:
        return self._model.index(self._index.row(), column, self._index.parent())

    def text(self, column: int) -> str:
        return self._model.data(self.index(column)) or ""

    def font(self, column: int) -> QFont:
        font = self._model.data(self.index(column), Qt.ItemDataRole.FontRole)
        return QFont(font) if font is not None else QFont()

    def toolTip(self, column: int) -> str:  # noqa: N802 (Qt naming)
        return self._model.data(self.index(column), Qt.ItemDataRole.ToolTipRole) or ""

    def data(self, column: int = 0, role=ROLE):
        return self._model.data(self.index(column), role)

    def childCount(self) -> int:  # noqa: N802
        return self._model.rowCount(self.index())

    def child(self, row: int) -> TodayItem:
        return TodayItem(self._model, self._model.index(row, 0, self.index()))

    def __eq__(self, other) -> bool:
        return isinstance(other, TodayItem) and self._index == other._index

    def __hash__(self) -> int:
        return hash((self._index.row(), self._index.internalId()))


class TodayTree(QTreeView):
    """The tree of sections, with the few QTreeWidget-style calls the view and its tests use."""

    def today_model(self) -> TodayModel:
        return self.model()

    def topLevelItemCount(self) -> int:  # noqa: N802
        return self.model().rowCount()

    def topLevelItem(self, i: int) -> TodayItem:  # noqa: N802
        return TodayItem(self.model(), self.model().index(i, 0))

    def currentItem(self) -> TodayItem | None:  # noqa: N802
        index = self.currentIndex()
        return TodayItem(self.model(), index) if index.isValid() else None

    def setCurrentItem(self, item: TodayItem | None) -> None:  # noqa: N802
        self.setCurrentIndex(item.index() if item is not None else QModelIndex())

    def itemAt(self, pos) -> TodayItem | None:  # noqa: N802
        index = self.indexAt(pos)
        return TodayItem(self.model(), index) if index.isValid() else None

    def visualItemRect(self, item: TodayItem):  # noqa: N802
        return self.visualRect(item.index())

    def columnCount(self) -> int:  # noqa: N802
        return COLUMN_COUNT
