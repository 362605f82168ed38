"""The Overzicht home page: the organisation's figures and charts for a chosen period (the same report as
`oco-desktop report`, suppressed the same way), export buttons, the questions without a file and the
signals register.

Ctrl+Shift+N, from anywhere in the application while it is unlocked, registers a new question without a
file (Ctrl+N is a new client).
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.registration import label
from oco_desktop.errors import OcoError
from oco_desktop.reports import build, service
from oco_desktop.reports.build import TOTAL
from oco_desktop.storage import access_log, registration
from oco_desktop.ui.reports.bar_chart import BarChart
from oco_desktop.ui.reports.figure_table import fit_to_width
from oco_desktop.ui.reports.question_dialog import QuestionDialog
from oco_desktop.ui.reports.signal_dialog import SignalDialog
from oco_desktop.ui.widgets.date_field import DateField
from oco_desktop.ui.widgets.export_dialog import ask_export_path
from oco_desktop.ui.widgets.flow_layout import FlowLayout, pair

log = logging.getLogger(__name__)
NEW_QUESTION_SHORTCUT = "Ctrl+Shift+N"
REFRESH_KINDS = {"client", "case", "note", "question", "signal"}
ID_ROLE = Qt.ItemDataRole.UserRole


def _read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class OverviewPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.report: build.Report | None = None
        self._dirty = True
        layout = QVBoxLayout(self)

        period = FlowLayout()  # wraps on a small screen
        today = date.today()
        self.from_edit = DateField(allow_empty=False)  # typed the Dutch way: 1-1-26, 01012026
        self.to_edit = DateField(allow_empty=False)
        self.from_edit.setDate(date(today.year, 1, 1))
        self.to_edit.setDate(today)
        for edit, name in ((self.from_edit, self.tr("Van")), (self.to_edit, self.tr("Tot en met"))):
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00-00-00000") * 3)
            edit.setAccessibleName(name)
        self.min_cell = QSpinBox()
        self.min_cell.setRange(1, 100)
        self.min_cell.setValue(build.DEFAULT_MIN_CELL)
        self.min_cell.setAccessibleName(self.tr("Kleinste getal dat te zien is"))
        self.min_cell.setToolTip(self.tr("Aantallen kleiner dan dit getal worden '<N'."))
        self.refresh_button = QPushButton(self.tr("Bijwer&ken"))
        self.refresh_button.clicked.connect(self.refresh)
        from_label, to_label = QLabel(self.tr("&Van")), QLabel(self.tr("&t/m"))
        min_label = QLabel(self.tr("Kleinste &getal"))
        from_label.setBuddy(self.from_edit)
        to_label.setBuddy(self.to_edit)
        min_label.setBuddy(self.min_cell)
        for w in (pair(from_label, self.from_edit), pair(to_label, self.to_edit), pair(min_label, self.min_cell),
                  self.refresh_button):
            period.addWidget(w)
        layout.addLayout(period)

        exports = FlowLayout()
        self.export_buttons = {}
        for suffix, text in ((".pdf", self.tr("Als &PDF…")), (".csv", self.tr("Als &CSV…")),
                             (".json", self.tr("Als &JSON…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=suffix: self.export(s))
            self.export_buttons[suffix] = button
            exports.addWidget(button)
        layout.addLayout(exports)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.figures_area = QScrollArea()
        self.figures_area.setWidgetResizable(True)
        self.tabs.addTab(self.figures_area, self.tr("Cijfers"))
        self.charts: dict[str, BarChart] = {}
        self.section_tables: dict[str, QTableWidget] = {}

        questions = QWidget()
        q_layout = QVBoxLayout(questions)
        self.questions_table = _read_only_table(
            [self.tr("Datum"), self.tr("Kanaal"), self.tr("Uitkomst"), self.tr("Minuten"), self.tr("Onderwerp")])
        self.questions_table.setAccessibleName(self.tr("Vragen zonder dossier"))
        self.questions_table.doubleClicked.connect(self.edit_question)
        q_layout.addWidget(self.questions_table)
        q_buttons = FlowLayout()
        self.new_question_button = QPushButton(self.tr("&Nieuwe vraag… (Ctrl+Shift+N)"))
        self.new_question_button.clicked.connect(self.new_question)
        self.edit_question_button = QPushButton(self.tr("&Wijzigen…"))
        self.edit_question_button.clicked.connect(self.edit_question)
        self.delete_question_button = QPushButton(self.tr("Verwij&deren"))
        self.delete_question_button.clicked.connect(self.delete_question)
        for b in (self.new_question_button, self.edit_question_button, self.delete_question_button):
            q_buttons.addWidget(b)
        q_layout.addLayout(q_buttons)
        self.tabs.addTab(questions, self.tr("Vragen zonder dossier"))

        signals = QWidget()
        s_layout = QVBoxLayout(signals)
        self.signals_table = _read_only_table(
            [self.tr("Datum"), self.tr("Soort"), self.tr("Gaat over"), self.tr("Status"), self.tr("Beschrijving")])
        self.signals_table.setAccessibleName(self.tr("Signalen"))
        self.signals_table.doubleClicked.connect(self.edit_signal)
        s_layout.addWidget(self.signals_table)
        s_buttons = FlowLayout()
        self.new_signal_button = QPushButton(self.tr("Nieuw &signaal…"))
        self.new_signal_button.clicked.connect(lambda: self.new_signal())
        self.edit_signal_button = QPushButton(self.tr("Signaal wij&zigen…"))
        self.edit_signal_button.clicked.connect(self.edit_signal)
        for b in (self.new_signal_button, self.edit_signal_button):
            s_buttons.addWidget(b)
        s_layout.addLayout(s_buttons)
        self.tabs.addTab(signals, self.tr("Signalen"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        # On the top-level window, not on this page: Qt ignores a shortcut whose widget is hidden, and this
        # page usually sits in a tab that is not shown.
        self.shortcut = QShortcut(QKeySequence(NEW_QUESTION_SHORTCUT), self.window())
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.new_question)

        session.dataChanged.connect(self._on_data_changed)
        session.locked.connect(self._clear)
        session.unlocked.connect(self._mark_dirty)

    # -- page protocol ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Overzicht")

    def focus_input(self) -> None:
        self.from_edit.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._dirty and self.session.is_unlocked:
            self.refresh()

    def _mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible() and self.session.is_unlocked:
            self.refresh()

    def _on_data_changed(self, kind: str, _record_id: str) -> None:
        """Lists follow at once; the figures (a second on a large caseload) only on Bijwerken or when the
        page is shown again, so saving a note beside this page never waits for them."""
        if kind not in REFRESH_KINDS:
            return
        self._dirty = True
        if not (self.isVisible() and self.session.is_unlocked):
            return
        if kind in ("question", "signal"):
            self._fill_lists()
        if self.report is not None:
            self.message.setText(self.tr("Er is iets veranderd. Klik op Bijwerken voor de nieuwe cijfers."))

    def _clear(self) -> None:
        self.report = None
        self.questions_table.setRowCount(0)
        self.signals_table.setRowCount(0)
        self.figures_area.setWidget(QWidget())
        self.message.clear()
        self._dirty = True

    # -- figures ------------------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        today = date.today()
        return self.from_edit.date() or date(today.year, 1, 1), self.to_edit.date() or today

    def _build_report(self, with_signal_text: bool = False) -> build.Report | None:
        start, end = self.period()
        if start > end:
            self.message.setText(self.tr("De begindatum ligt na de einddatum."))
            return None
        data = service.count_vault(self.session.vault, start, end, with_signal_text=with_signal_text)
        return service.make_report(data, min_cell=self.min_cell.value(), lang=self.session.lang)

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return
        self._dirty = False
        self.message.clear()
        self.report = self._build_report()
        self._fill_lists()
        if self.report is not None:
            self._show_report(self.report)

    def _show_report(self, report: build.Report) -> None:
        container = QWidget()
        box = QVBoxLayout(container)
        bold = QFont()
        bold.setBold(True)
        self.charts.clear()
        self.section_tables.clear()
        note = QLabel(self.tr("Aantallen van 1 tot {n} staan er als '<{n}'; soms is ook een ander getal verborgen "
                              "('x' of '<{n}'), zodat niemand een klein aantal uit de totalen kan halen.")
                      .format(n=report.min_cell))
        note.setWordWrap(True)
        box.addWidget(note)
        for section in report.sections:
            heading = QLabel(section.title)
            heading.setFont(bold)
            heading.setWordWrap(True)
            box.addWidget(heading)
            rows, cols = section.rows, section.columns
            if section.chart == "matrix":
                rows = [r for r in rows if r[0] == TOTAL or report.shown(section.cells[(r[0], TOTAL)]) != "0"]
                cols = [c for c in cols if c[0] == TOTAL or report.shown(section.cells[(TOTAL, c[0])]) != "0"]
            table = QTableWidget(len(rows), len(cols))
            table.setAccessibleName(section.title)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setHorizontalHeaderLabels([c[1] for c in cols])
            table.setVerticalHeaderLabels([r[1] for r in rows])
            for ri, (rk, _) in enumerate(rows):
                for ci, (ck, _) in enumerate(cols):
                    item_id = section.cells.get((rk, ck))
                    cell = QTableWidgetItem(report.shown(item_id) if item_id else "")
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(ri, ci, cell)
            fit_to_width(table)
            height = table.horizontalHeader().height() + sum(table.rowHeight(i) for i in range(len(rows))) + 4
            table.setMinimumHeight(min(height, 420))
            table.setMaximumHeight(min(height, 420))
            box.addWidget(table)
            self.section_tables[section.id] = table
            if section.chart == "bar":
                column = section.columns[0][0]
                cells = [(rl, section.cells[(rk, column)]) for rk, rl in section.rows
                         if rk != TOTAL and (rk, column) in section.cells]
                bars = [(rl, report.visible_value(i), report.shown(i)) for rl, i in cells]
                chart = BarChart()
                chart.set_bars(bars, section.title)
                box.addWidget(chart)
                self.charts[section.id] = chart
        heading = QLabel(self.tr("Doorlooptijd en waardering"))
        heading.setFont(bold)
        box.addWidget(heading)
        for _key, text, shown in report.figures:
            box.addWidget(QLabel(f"{text}: {shown}"))
        box.addStretch(1)
        self.figures_area.setWidget(container)

    def export(self, suffix: str) -> None:
        if not self.session.is_unlocked:
            return
        start, end = self.period()
        suggested = str(Path.home() / f"overzicht-{start.isoformat()}-{end.isoformat()}{suffix}")
        path = self._ask_path(suggested, suffix)
        if not path:
            return
        try:
            report = self._build_report()
            if report is None:
                return
            target = Path(path)
            if target.suffix.lower() != suffix:
                target = target.with_name(target.name + suffix)
            service.export(report, target, self.session.vault.folder)
            access_log.record(self.session.vault, "export", detail="report")
        except OcoError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Opgeslagen: {path}").format(path=str(target)))

    def _ask_path(self, suggested: str, suffix: str) -> str:
        path = ask_export_path(self, self.tr("Overzicht opslaan"), suggested, f"*{suffix}", suffix,
                               vault_folder=self.session.vault.folder)
        return str(path) if path else ""

    # -- questions and signals ----------------------------------------------------------------------
    def _fill_lists(self) -> None:
        start, end = self.period()
        lang = self.session.lang
        vault = self.session.vault
        qs = registration.questions(vault, start, end)
        self.questions_table.setRowCount(len(qs))
        for row, q in enumerate(qs):
            values = [q.asked_on.strftime("%d-%m-%Y"), label(q.channel, lang), label(q.outcome, lang), str(q.minutes),
                      q.topic]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, q.id)
                self.questions_table.setItem(row, col, item)
        ss = registration.signals(vault, start, end)
        self.signals_table.setRowCount(len(ss))
        for row, s in enumerate(ss):
            concerns = label(s.concerns, lang) + (f" ({s.concerns_name})" if s.concerns_name else "")
            status = label(s.status, lang) + (f": {s.passed_to}" if s.passed_to else "")
            values = [s.noted_on.strftime("%d-%m-%Y"), label(s.category, lang), concerns, status, s.description]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, s.id)
                self.signals_table.setItem(row, col, item)

    @staticmethod
    def _selected_id(table: QTableWidget) -> str | None:
        items = table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def _exec(self, dialog: QDialog) -> int:
        return dialog.exec()

    def new_question(self) -> None:
        if not self.session.is_unlocked:
            return
        dialog = QuestionDialog(self.session, parent=self.window())
        try:
            self._exec(dialog)
        finally:
            dialog.deleteLater()

    def edit_question(self, *_args) -> None:
        qid = self._selected_id(self.questions_table)
        if qid is None or not self.session.is_unlocked:
            return
        dialog = QuestionDialog(self.session, registration.get_question(self.session.vault, qid), self.window())
        try:
            self._exec(dialog)
        finally:
            dialog.deleteLater()

    def delete_question(self) -> None:
        qid = self._selected_id(self.questions_table)
        if qid is None or not self.session.is_unlocked:
            return
        registration.delete_question(self.session.vault, qid)
        self.session.changed("question", qid)

    def new_signal(self, life_domain: str = "") -> None:
        if not self.session.is_unlocked:
            return
        from oco_desktop.domain.registration import Signal

        dialog = SignalDialog(self.session, Signal(noted_on=date.today(), category="gap", life_domain=life_domain),
                              self.window())
        try:
            self._exec(dialog)
        finally:
            dialog.deleteLater()

    def edit_signal(self, *_args) -> None:
        sid = self._selected_id(self.signals_table)
        if sid is None or not self.session.is_unlocked:
            return
        dialog = SignalDialog(self.session, registration.get_signal(self.session.vault, sid), self.window())
        try:
            self._exec(dialog)
        finally:
            dialog.deleteLater()
