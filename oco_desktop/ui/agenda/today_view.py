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

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.errors import OcoError
from oco_desktop.storage import clock
from oco_desktop.ui.agenda.agenda_common import (
    check_note,
    long_date,
)
from oco_desktop.ui.agenda.today_actions import TodayActions
from oco_desktop.ui.agenda.today_agenda_sections import TodayAgendaSections
from oco_desktop.ui.agenda.today_model import (  # noqa: F401 - re-exported for section builders
    _RELEVANT_KINDS,
    _ROOT,
    COL_CASE,
    COL_CLIENT,
    COL_KIND,
    COL_WHAT,
    COL_WHEN,
    COLUMN_COUNT,
    ROLE,
    SectionBuilder,
    TodayContext,
    TodayItem,
    TodayModel,
    TodayRow,
    TodaySection,
    TodayTree,
)
from oco_desktop.ui.widgets.flow_layout import FlowLayout

# -- the view ---------------------------------------------------------------------------------------

class TodayView(TodayAgendaSections, TodayActions, QWidget):
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
        # Columns are fitted once per reload, to a sample of rows: fitting to every row's text (hundreds
        # at 2,000 clients) on every layout change was most of the time the window took to show.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(60)
        self.tree.clicked.connect(self._on_index_activated)
        self.tree.activated.connect(self._on_index_activated)  # Enter / double click
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        # Mouse users reach done/move without opening the case: right-click menu.
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.tree, 1)

        buttons = FlowLayout()
        self.open_button = QPushButton(self.tr("Casus &openen"))
        self.done_button = QPushButton(self.tr("&Klaar"))
        self.reopen_button = QPushButton(self.tr("Hero&penen"))
        self.move_button = QPushButton(self.tr("&Verzetten…"))
        self.letter_button = QPushButton(self.tr("Brie&f maken…"))
        self.letter_button.setObjectName("letter_button")
        self.handled_button = QPushButton(self.tr("Termijn &afgehandeld"))
        self.handled_button.setObjectName("handled_button")
        self.handled_button.setToolTip(self.tr("De laatste dag is voorbij en u hebt gedaan wat nodig was. De termijn "
                                               "gaat uit deze lijst; de casus houdt bij dat hij is afgehandeld."))
        self.letter_button.setToolTip(self.tr("Een brief die de inwoner zelf ondertekent (bijvoorbeeld een "
                                              "ingebrekestelling als de gemeente te laat is)"))
        for button, slot in (
            (self.open_button, self._open_current),
            (self.done_button, lambda: self._set_done(True)),
            (self.reopen_button, lambda: self._set_done(False)),
            (self.move_button, self._move_current),
            (self.letter_button, self._make_letter),
            (self.handled_button, self._mark_deadline_handled),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.add_stretch()
        self.export_button = QPushButton(self.tr("Agenda &exporteren (.ics)…"))
        self.export_button.setObjectName("export_button")
        self.export_button.clicked.connect(self.export_calendar)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)

        self.export_info = QLabel(self._export_explanation())
        self.export_info.setObjectName("export_info")
        self.export_info.setWordWrap(True)
        layout.addWidget(self.export_info)

        # Only while the list itself has focus: Ctrl+Enter in a client's field or note never marks a row done.
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self.tree, activated=lambda: self._set_done(True),
                      context=Qt.ShortcutContext.WidgetShortcut)
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

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if getattr(self, "_stale", False) and not getattr(self, "_load_queued", False):
            # Load after the window has drawn itself, and only if Today is still the page on screen:
            # a supporter who goes straight to the caseload after unlocking does not wait for Today.
            self._load_queued = True
            QTimer.singleShot(0, self._load_if_shown)

    def _load_if_shown(self) -> None:
        self._load_queued = False
        if getattr(self, "_stale", False) and self.isVisible():
            self.reload()

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
            self._stale = False
            self.clear()
            return
        if self.parentWidget() is not None and not self.isVisible():
            # Inside a window but not on screen (another tab, or the window is not shown yet): load when
            # first shown, so unlocking does not wait for pages nobody looks at.
            self._stale = True
            return
        self._stale = False
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
            self.tree.setExpanded(self.model.index(i, 0), True)  # not expandAll: that asks every row
        self.tree.header().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
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
        self.letter_button.setEnabled(bool(data) and bool(data.get("letter")))
        self.handled_button.setEnabled(bool(data) and data["type"] in ("deadline", "late")
                                        and bool(data.get("overdue")))
        self.export_button.setEnabled(self.session.is_unlocked)

    # -- actions ---------------------------------------------------------------------------------------
    def _on_index_activated(self, index: QModelIndex) -> None:
        self._on_item_activated(TodayItem(self.model, index) if index.isValid() else None)

    def _on_item_activated(self, item: TodayItem | None, _column: int = 0) -> None:
        data = self._data(item)
        if data and callable(data.get("activate")):  # a section's own action (e.g. backup, retention)
            data["activate"](self, data)
        elif data and data.get("case_id"):
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


# Sections added by other features: (order, builder). See the module docstring.
SECTION_BUILDERS: list[tuple[int, SectionBuilder]] = []


# Route: municipality late, re-assessment (issue 12). Backup reminder, retention list (issue 14).
from oco_desktop.ui.backup import today_sections as _backup_today  # noqa: E402
from oco_desktop.ui.route import today_sections as _route_today  # noqa: E402

SECTION_BUILDERS += [(95, _route_today.build), (90, _backup_today.build_backup),
                     (150, _backup_today.build_retention)]
