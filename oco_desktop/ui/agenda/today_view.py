"""The first screen after unlocking: what is overdue, what is for today, what comes this week.

Follow-ups and legal deadlines sit together in three sections (Te laat / Vandaag / Deze week), plus
deadlines 8-14 days ahead and what was finished today (so it can be reopened). A deadline within 7
days carries a text marker and bold type: meaning is never carried by colour alone.
One click (or Enter) on an item opens its case.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
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
# Data kinds this view shows; other dataChanged kinds (plan, checklist...) do not touch it.
_RELEVANT_KINDS = {"follow_up", "case", "client", "note", "checklist", ""}


class TodayView(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.today_provider = clock.today  # tests replace this to fix "today"
        self._section_items: dict[str, QTreeWidgetItem] = {}
        self._build()
        session.dataChanged.connect(self._on_data_changed)
        session.locked.connect(self.clear)
        session.unlocked.connect(self.reload)
        if session.is_unlocked:
            self.reload()

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

        self.tree = QTreeWidget()
        self.tree.setObjectName("today_tree")
        self.tree.setAccessibleName(self.tr("Acties en termijnen"))
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [self.tr("Wanneer"), self.tr("Soort"), self.tr("Cliënt"), self.tr("Casus"), self.tr("Wat")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.itemClicked.connect(self._on_item_activated)
        self.tree.itemActivated.connect(self._on_item_activated)  # Enter / double click
        self.tree.currentItemChanged.connect(self._update_buttons)
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
        self.tree.clear()
        self._section_items = {}
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
        try:
            agenda = agenda_store.agenda(self.session.vault, today)
        except OcoError as exc:
            self.clear()
            QMessageBox.warning(self, self.tr("Vandaag"), str(exc))
            return
        self.tree.clear()
        self._section_items = {}
        self.heading.setText(self.tr("Vandaag, {date}").format(date=long_date(today, lang)))

        sections = [
            ("overdue", self.tr("Te laat"), agenda.overdue, agenda.deadlines_in("overdue")),
            ("today", self.tr("Vandaag"), agenda.due_today, agenda.deadlines_in("today")),
            ("this_week", self.tr("Deze week"), agenda.this_week, agenda.deadlines_in("this_week")),
            ("later", self.tr("Termijnen over 8 tot 14 dagen"), [], agenda.deadlines_in("later")),
        ]
        counts = {}
        for key, name, items, deadlines in sections:
            counts[key] = len(items) + len(deadlines)
            if key == "later" and not deadlines:
                continue
            section = self._add_section(key, name, counts[key])
            if not items and not deadlines:
                empty = QTreeWidgetItem([self.tr("Niets")])
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                section.addChild(empty)
            # One chronological list; on the same day a deadline comes before the follow-ups.
            rows = [((d.deadline.last_day, "", 0), d) for d in deadlines]
            rows += [((i.follow_up.due_on, i.follow_up.due_time or "", 1), i) for i in items]
            for _key, row in sorted(rows, key=lambda r: r[0]):
                if isinstance(row, agenda_store.DeadlineItem):
                    self._add_deadline(section, row, today, lang)
                else:
                    self._add_follow_up(section, row, key, lang)
        if agenda.done_today:
            section = self._add_section("done", self.tr("Vandaag afgerond"), len(agenda.done_today))
            for item in agenda.done_today:
                self._add_follow_up(section, item, "done", lang)
        self.tree.expandAll()
        self.summary.setText(
            self.tr("{overdue} te laat · {today} vandaag · {week} deze week").format(
                overdue=counts["overdue"], today=counts["today"], week=counts["this_week"]
            )
        )
        self._restore_current(current)
        if self._data(self.tree.currentItem()) is None and self.items():
            self.tree.setCurrentItem(self.items()[0])
        self._update_buttons()

    def _add_section(self, key: str, name: str, count: int) -> QTreeWidgetItem:
        section = QTreeWidgetItem([f"{name} ({count})"])
        section.setData(0, ROLE, {"section": key})
        font = section.font(0)
        font.setBold(True)
        section.setFont(0, font)
        section.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(section)
        section.setFirstColumnSpanned(True)
        self._section_items[key] = section
        return section

    def _add_follow_up(self, section: QTreeWidgetItem, item: agenda_store.AgendaItem, key: str, lang: str) -> None:
        follow_up = item.follow_up
        when = (follow_up.due_time or "") if key == "today" else short_date(follow_up.due_on, lang)
        if key != "today" and follow_up.due_time:
            when += f", {follow_up.due_time}"
        if key == "today" and not when:
            when = self.tr("hele dag")
        description = follow_up.description
        if key == "done":
            description = self.tr("✓ Afgerond") + (f" — {description}" if description else "")
        row = QTreeWidgetItem([when, kind_label(follow_up.kind), item.client_name, item.case_code, description])
        row.setData(0, ROLE, {
            "type": "follow_up", "client_id": item.client_id, "case_id": item.case_id,
            "follow_up_id": follow_up.id, "done": follow_up.done, "due_on": follow_up.due_on,
            "due_time": follow_up.due_time,
        })
        row.setToolTip(COL_WHAT, description)
        section.addChild(row)

    def _add_deadline(self, section: QTreeWidgetItem, item: agenda_store.DeadlineItem, today: date,
                      lang: str) -> None:
        d = item.deadline
        marker = deadline_marker(d, today, lang)
        row = QTreeWidgetItem([
            short_date(d.last_day, lang), self.tr("Termijn: {what}").format(what=deadline_label(d.kind)),
            item.client_name, item.case_code, marker,
        ])
        row.setData(0, ROLE, {"type": "deadline", "client_id": item.client_id, "case_id": item.case_id,
                              "urgent": item.urgent or item.overdue})
        row.setToolTip(COL_WHAT, explain(d, lang))
        row.setToolTip(COL_WHEN, explain(d, lang))
        if item.urgent or item.overdue:
            for column in range(self.tree.columnCount()):
                font = QFont(row.font(column))
                font.setBold(True)
                row.setFont(column, font)
        section.addChild(row)

    # -- selection helpers ----------------------------------------------------------------------------
    def _data(self, item: QTreeWidgetItem | None) -> dict | None:
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

    def items(self) -> list[QTreeWidgetItem]:
        """Every follow-up and deadline row, in display order (for tests and keyboard helpers)."""
        result = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            for j in range(section.childCount()):
                if self._data(section.child(j)):
                    result.append(section.child(j))
        return result

    def section_item(self, key: str) -> QTreeWidgetItem | None:
        return self._section_items.get(key)

    def _update_buttons(self, *_args) -> None:
        data = self._data(self.tree.currentItem())
        is_follow_up = bool(data) and data["type"] == "follow_up"
        self.open_button.setEnabled(bool(data))
        self.done_button.setEnabled(is_follow_up and not data["done"])
        self.reopen_button.setEnabled(is_follow_up and data["done"])
        self.move_button.setEnabled(is_follow_up and not data["done"])
        self.export_button.setEnabled(self.session.is_unlocked)

    # -- actions ---------------------------------------------------------------------------------------
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = self._data(item)
        if data:
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
