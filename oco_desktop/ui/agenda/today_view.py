"""The first screen after unlocking: what is overdue, what is for today, what comes this week.

Follow-ups and legal deadlines sit together in three sections (Te laat / Vandaag / Deze week), plus
deadlines 8-14 days ahead and what was finished today (so it can be reopened). A deadline within 7
days carries a text marker and bold type: meaning is never carried by colour alone.
One click (or Enter) on an item opens its case.

Loading is one joined query (storage.agenda.agenda) into a plain-Python model (TodayModel) shown by a
QTreeView: no widget item per row, no query per row. Tooltips are made when asked for.

Adding a section (e.g. a backup reminder or a retention list): write a builder
`def build(ctx: TodayContext) -> Iterable[TodaySection]` that reads what it needs with one query and
returns its section(s) of TodayRow, and register it with `TodayView.add_section_builder(build, order)`
(or append it to SECTION_BUILDERS below). Sections appear in `order` (the agenda's own are 100..140);
a row whose `data` has "client_id" and "case_id" opens that case on click/Enter; the selection helpers,
`items()` and `section_item(key)` work for every section.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.errors import OcoError
from oco_desktop.export.ics import export_ics
from oco_desktop.storage import agenda as agenda_store
from oco_desktop.storage import clock
from oco_desktop.storage import follow_ups as follow_up_store
from oco_desktop.ui.agenda.agenda_common import (
    ask_date,
    check_note,
    deadline_label,
    deadline_marker,
    explain,
    kind_label,
    long_date,
    short_date,
)

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


# -- the view ---------------------------------------------------------------------------------------

class TodayView(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.today_provider = clock.today  # tests replace this to fix "today"
        # (order, builder): the agenda's own sections first; others register theirs.
        self._builders: list[tuple[int, SectionBuilder]] = [(100, self._agenda_sections)]
        for order, builder in SECTION_BUILDERS:
            self._builders.append((order, builder))
        self._build()
        session.dataChanged.connect(self._on_data_changed)
        session.locked.connect(self.clear)
        session.unlocked.connect(self.reload)
        if session.is_unlocked:
            self.reload()

    def add_section_builder(self, builder: SectionBuilder, order: int = 500) -> None:
        """Add sections made by `builder` (see the module docstring); shown from the next reload."""
        self._builders.append((order, builder))

    def title(self) -> str:
        return self.tr("Vandaag")

    def focus_input(self) -> None:
        """The main window calls this when the tab is shown: arrows and Enter work at once."""
        self.tree.setFocus()

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)  # relative: follows the system font size
        self.heading.setFont(font)
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        layout.addWidget(self.summary)

        self.check_note = QLabel(check_note())
        self.check_note.setObjectName("check_note")
        self.check_note.setWordWrap(True)
        layout.addWidget(self.check_note)

        self.model = TodayModel(
            [self.tr("Wanneer"), self.tr("Soort"), self.tr("Cliënt"), self.tr("Casus"), self.tr("Wat")], self
        )
        self.tree = TodayTree()
        self.tree.setObjectName("today_tree")
        self.tree.setAccessibleName(self.tr("Acties en termijnen"))
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)  # sections are always open
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.clicked.connect(self._on_index_activated)
        self.tree.activated.connect(self._on_index_activated)  # Enter / double click
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        # Mouse users reach done/move without opening the case: right-click menu.
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.tree, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Casus &openen"))
        self.done_button = QPushButton(self.tr("&Klaar"))
        self.reopen_button = QPushButton(self.tr("&Heropenen"))
        self.move_button = QPushButton(self.tr("&Verzetten…"))
        for button, slot in (
            (self.open_button, self._open_current),
            (self.done_button, lambda: self._set_done(True)),
            (self.reopen_button, lambda: self._set_done(False)),
            (self.move_button, self._move_current),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("Agenda &exporteren (.ics)…"))
        self.export_button.setObjectName("export_button")
        self.export_button.clicked.connect(self.export_calendar)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)

        self.export_info = QLabel(self._export_explanation())
        self.export_info.setObjectName("export_info")
        self.export_info.setWordWrap(True)
        layout.addWidget(self.export_info)

        QShortcut(QKeySequence("Ctrl+Return"), self.tree, activated=lambda: self._set_done(True))
        self._update_buttons()

    def _export_explanation(self) -> str:
        return self.tr(
            "Het agendabestand (.ics) bevat alleen open acties vanaf vandaag, met per actie de datum, "
            "de tijd, de casuscode (zoals C-7F3KQ) en de soort actie. Er staat geen naam, adres, "
            "telefoonnummer, omschrijving of notitie van een cliënt in. Zo kunt u uw planning in uw "
            "werkagenda zien zonder cliëntgegevens te delen."
        )

    # -- data --------------------------------------------------------------------------------------
    def today(self) -> date:
        return self.today_provider()

    def clear(self) -> None:
        """Drop everything that shows client data (the vault is locked)."""
        self.model.clear()
        self.heading.clear()
        self.summary.clear()
        self._update_buttons()

    def _on_data_changed(self, kind: str, _record_id: str) -> None:
        if kind in _RELEVANT_KINDS and self.session.is_unlocked:
            self.reload()

    def reload(self) -> None:
        if not self.session.is_unlocked:
            self.clear()
            return
        today = self.today()
        lang = self.session.lang
        current = self._current_key()
        ctx = TodayContext(vault=self.session.vault, today=today, lang=lang, view=self)
        self._counts: dict[str, int] = {}
        sections: list[TodaySection] = []
        try:
            for order, builder in sorted(self._builders, key=lambda b: b[0]):
                for section in builder(ctx) or ():
                    if section.order == 500 and order != 500:
                        section.order = order
                    sections.append(section)
        except OcoError as exc:
            self.clear()
            QMessageBox.warning(self, self.tr("Vandaag"), str(exc))
            return
        sections.sort(key=lambda s: s.order)  # stable: a builder's sections keep their own order
        self.heading.setText(self.tr("Vandaag, {date}").format(date=long_date(today, lang)))
        self.model.set_sections(sections)
        for i in range(len(sections)):
            self.tree.setFirstColumnSpanned(i, _ROOT, True)
        self.tree.expandAll()  # one call for a handful of sections
        self.summary.setText(
            self.tr("{overdue} te laat · {today} vandaag · {week} deze week").format(
                overdue=self._counts.get("overdue", 0), today=self._counts.get("today", 0),
                week=self._counts.get("this_week", 0),
            )
        )
        self._restore_current(current)
        if self._data(self.tree.currentItem()) is None and self.items():
            self.tree.setCurrentItem(self.items()[0])
        self._update_buttons()

    def _agenda_sections(self, ctx: TodayContext) -> list[TodaySection]:
        """Te laat / Vandaag / Deze week / 8-14 days / finished today, from one joined query."""
        today, lang = ctx.today, ctx.lang
        agenda = agenda_store.agenda(ctx.vault, today)
        specs = [
            ("overdue", self.tr("Te laat"), agenda.overdue, agenda.deadlines_in("overdue")),
            ("today", self.tr("Vandaag"), agenda.due_today, agenda.deadlines_in("today")),
            ("this_week", self.tr("Deze week"), agenda.this_week, agenda.deadlines_in("this_week")),
            ("later", self.tr("Termijnen over 8 tot 14 dagen"), [], agenda.deadlines_in("later")),
        ]
        result = []
        for order, (key, name, items, deadlines) in enumerate(specs):
            self._counts[key] = len(items) + len(deadlines)
            if key == "later" and not deadlines:
                continue
            section = TodaySection(key, name, order=100 + 10 * order)
            if not items and not deadlines:
                section.rows.append(TodayRow((self.tr("Niets"), "", "", "", "")))
            # One chronological list; on the same day a deadline comes before the follow-ups.
            rows = [((d.deadline.last_day, "", 0), d) for d in deadlines]
            rows += [((i.follow_up.due_on, i.follow_up.due_time or "", 1), i) for i in items]
            for _key, row in sorted(rows, key=lambda r: r[0]):
                if isinstance(row, agenda_store.DeadlineItem):
                    section.rows.append(self._deadline_row(row, today, lang))
                else:
                    section.rows.append(self._follow_up_row(row, key, lang))
            result.append(section)
        if agenda.done_today:
            section = TodaySection("done", self.tr("Vandaag afgerond"), order=140)
            section.rows = [self._follow_up_row(item, "done", lang) for item in agenda.done_today]
            result.append(section)
        return result

    def _follow_up_row(self, item: agenda_store.AgendaItem, key: str, lang: str) -> TodayRow:
        follow_up = item.follow_up
        when = (follow_up.due_time or "") if key == "today" else short_date(follow_up.due_on, lang)
        if key != "today" and follow_up.due_time:
            when += f", {follow_up.due_time}"
        if key == "today" and not when:
            when = self.tr("hele dag")
        description = follow_up.description
        if key == "done":
            description = self.tr("✓ Afgerond") + (f" — {description}" if description else "")
        return TodayRow(
            (when, kind_label(follow_up.kind), item.client_name, item.case_code, description),
            data={
                "type": "follow_up", "client_id": item.client_id, "case_id": item.case_id,
                "follow_up_id": follow_up.id, "done": follow_up.done, "due_on": follow_up.due_on,
                "due_time": follow_up.due_time,
            },
            tooltips={COL_WHAT: description},
        )

    def _deadline_row(self, item: agenda_store.DeadlineItem, today: date, lang: str) -> TodayRow:
        d = item.deadline
        tip = lambda: explain(d, lang)  # noqa: E731 (made only when the tooltip shows)
        return TodayRow(
            (short_date(d.last_day, lang), self.tr("Termijn: {what}").format(what=deadline_label(d.kind)),
             item.client_name, item.case_code, deadline_marker(d, today, lang)),
            data={"type": "deadline", "client_id": item.client_id, "case_id": item.case_id,
                  "urgent": item.urgent or item.overdue},
            bold=item.urgent or item.overdue,
            tooltips={COL_WHAT: tip, COL_WHEN: tip},
        )

    # -- selection helpers ----------------------------------------------------------------------------
    def _data(self, item: TodayItem | None) -> dict | None:
        if item is None:
            return None
        data = item.data(0, ROLE)
        return data if isinstance(data, dict) and "type" in data else None

    def _current_key(self):
        data = self._data(self.tree.currentItem())
        return (data.get("follow_up_id"), data.get("case_id")) if data else None

    def _restore_current(self, key) -> None:
        if key is None:
            return
        for item in self.items():
            data = self._data(item)
            if (data.get("follow_up_id"), data.get("case_id")) == key:
                self.tree.setCurrentItem(item)
                return

    def items(self) -> list[TodayItem]:
        """Every row with data (follow-ups, deadlines, other sections' rows), in display order."""
        result = []
        for s, section in enumerate(self.model.sections):
            parent = self.model.index(s, 0)
            for r, row in enumerate(section.rows):
                if row.data is not None and "type" in row.data:
                    result.append(TodayItem(self.model, self.model.index(r, 0, parent)))
        return result

    def section_item(self, key: str) -> TodayItem | None:
        for s, section in enumerate(self.model.sections):
            if section.key == key:
                return TodayItem(self.model, self.model.index(s, 0))
        return None

    def _update_buttons(self, *_args) -> None:
        data = self._data(self.tree.currentItem())
        is_follow_up = bool(data) and data["type"] == "follow_up"
        self.open_button.setEnabled(bool(data) and "case_id" in data)
        self.done_button.setEnabled(is_follow_up and not data["done"])
        self.reopen_button.setEnabled(is_follow_up and data["done"])
        self.move_button.setEnabled(is_follow_up and not data["done"])
        self.export_button.setEnabled(self.session.is_unlocked)

    # -- actions ---------------------------------------------------------------------------------------
    def _on_index_activated(self, index: QModelIndex) -> None:
        self._on_item_activated(TodayItem(self.model, index) if index.isValid() else None)

    def _on_item_activated(self, item: TodayItem | None, _column: int = 0) -> None:
        data = self._data(item)
        if data and data.get("case_id"):
            self.session.openCaseRequested.emit(data["client_id"], data["case_id"])

    def _context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        data = self._data(item)
        if not data:
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.open_button.text(), self._open_current)
        if data["type"] == "follow_up":
            if data["done"]:
                menu.addAction(self.reopen_button.text(), lambda: self._set_done(False))
            else:
                menu.addAction(self.done_button.text(), lambda: self._set_done(True))
                menu.addAction(self.move_button.text(), self._move_current)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _open_current(self) -> None:
        self._on_item_activated(self.tree.currentItem())

    def _set_done(self, done: bool) -> None:
        data = self._data(self.tree.currentItem())
        if not data or data["type"] != "follow_up" or data["done"] == done:
            return
        try:
            follow_up_store.set_done(self.session.vault, data["follow_up_id"], done)
        except OcoError as exc:
            QMessageBox.warning(self, self.tr("Actie"), str(exc))
            return
        self.session.changed("follow_up", data["follow_up_id"])

    def _move_current(self) -> None:
        data = self._data(self.tree.currentItem())
        if not data or data["type"] != "follow_up" or data["done"]:
            return
        answer = ask_date(self, self.tr("Actie verzetten"), max(data["due_on"], self.today()), data["due_time"])
        if answer is None:
            return
        try:
            follow_up_store.reschedule(self.session.vault, data["follow_up_id"], *answer)
        except OcoError as exc:
            QMessageBox.warning(self, self.tr("Actie"), str(exc))
            return
        self.session.changed("follow_up", data["follow_up_id"])

    def export_calendar(self) -> None:
        if not self.session.is_unlocked:
            return
        suggested = str(Path.home() / "oco-acties.ics")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Agenda exporteren — alleen casuscode en soort actie"), suggested,
            self.tr("Agendabestand (*.ics)"),
        )
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        try:
            items = agenda_store.upcoming_items(self.session.vault, self.today())
            count = export_ics(items, path, datetime.now().astimezone(), lang=self.session.lang)
        except (OSError, OcoError, ValueError):
            QMessageBox.warning(self, self.tr("Agenda exporteren"),
                                self.tr("Het agendabestand kon niet worden opgeslagen. Kies een andere map."))
            return
        QMessageBox.information(
            self, self.tr("Agenda exporteren"),
            self.tr("{count} acties opgeslagen in {path}.").format(count=count, path=path)
            + "\n\n" + self._export_explanation(),
        )


# Sections added by other features: (order, builder). See the module docstring.
SECTION_BUILDERS: list[tuple[int, SectionBuilder]] = []
