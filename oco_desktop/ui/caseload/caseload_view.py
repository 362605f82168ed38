"""The caseload: every client of the supporter in one sortable table, filtered as you type.

Filtering runs on every keystroke without a debounce: the model tests precomputed folded strings,
which takes about a millisecond for 2,000 clients.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.caseload_filter import (
    STATUS_ACTIVE,
    STATUS_NO_CASE,
    Attention,
    Criteria,
    DeadlineState,
    deadline_state,
)
from oco_desktop.errors import OcoError
from oco_desktop.storage.caseload import caseload
from oco_desktop.storage.clock import today as local_today
from oco_desktop.ui.caseload.caseload_model import CLIENT_ID_ROLE, CaseloadTableModel
from oco_desktop.ui.widgets.flow_layout import FlowLayout, pair

log = logging.getLogger(__name__)

MAX_COLUMN_CHARS = 34  # a column never starts wider than this many average characters
REFRESH_KINDS = {"client", "case", "note", "follow_up", "checklist", "plan"}


class CaseloadTable(QTableView):
    """A table that opens the current row on Enter (Qt's `activated` differs per platform)."""

    def __init__(self, open_row, parent=None):
        super().__init__(parent)
        self._open_row = open_row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_row(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class CaseloadView(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self._session = session
        self.model = CaseloadTableModel(session, self)
        self._build()
        session.dataChanged.connect(self._on_data_changed)
        session.locked.connect(self._on_locked)
        session.unlocked.connect(self.reload)
        self.reload()

    def title(self) -> str:
        return self.tr("Caseload")

    def focus_input(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.filter_edit.selectAll()

    # -- layout ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("caseloadSummary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        filters = FlowLayout()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("caseloadFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Naam, casuscode of levensgebied"))
        self.filter_edit.installEventFilter(self)
        filter_label = QLabel(self.tr("&Filter:"), self)
        filter_label.setBuddy(self.filter_edit)
        filters.addWidget(pair(filter_label, self.filter_edit, self))

        self.attention_check = QCheckBox(self.tr("Alleen wat aandacht &vraagt"), self)
        self.attention_check.setObjectName("caseloadAttention")
        self.attention_check.setToolTip(
            self.tr("Acties die te laat zijn, een termijn binnen 7 dagen of een waakvlamcontact dat nodig is")
        )
        filters.addWidget(self.attention_check)
        layout.addLayout(filters)
        # The choice filters get a row of their own so the overview stays narrow beside an open client.
        choices = FlowLayout()
        self.phase_combo = self._combo("caseloadPhase", self.tr("F&ase:"), choices)
        self.status_combo = self._combo("caseloadStatus", self.tr("&Status:"), choices)
        self.domain_combo = self._combo("caseloadDomain", self.tr("Levens&gebied:"), choices)
        layout.addLayout(choices)
        self._fill_combos()

        self.table = CaseloadTable(self._open_index, self)
        self.table.setObjectName("caseloadTable")
        self.table.setAccessibleName(self.tr("Cliënten"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(60)  # sample rows, not all 2,000, when fitting columns
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(self._open_index)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("caseloadEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("caseloadCount")
        self._fix_count_size()
        layout.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignLeft)

        self.filter_edit.textChanged.connect(self._apply_filter)
        for combo in (self.phase_combo, self.status_combo, self.domain_combo):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.attention_check.toggled.connect(self._apply_filter)
        self.setTabOrder(self.filter_edit, self.phase_combo)
        self.setTabOrder(self.phase_combo, self.status_combo)
        self.setTabOrder(self.status_combo, self.domain_combo)
        self.setTabOrder(self.domain_combo, self.attention_check)
        self.setTabOrder(self.attention_check, self.table)

    def _combo(self, name: str, label_text: str, layout: FlowLayout) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        # A narrow combo clips a long choice: its full text is the tooltip.
        combo.currentTextChanged.connect(combo.setToolTip)
        label = QLabel(label_text, self)
        label.setBuddy(combo)
        layout.addWidget(pair(label, combo, self))
        return combo

    def _fill_combos(self) -> None:
        lang, definitions = self._session.lang, self._session.definitions
        self.phase_combo.addItem(self.tr("Alle fasen"), None)
        for phase in definitions.phases:
            self.phase_combo.addItem(phase.title.get(lang), phase.id)
        self.status_combo.addItem(self.tr("Alle"), None)
        self.status_combo.addItem(self.tr("Lopend (open of waakvlam)"), STATUS_ACTIVE)
        self.status_combo.addItem(self.tr("Open"), "open")
        self.status_combo.addItem(self.tr("Waakvlam"), "checkin")
        self.status_combo.addItem(self.tr("Afgesloten"), "closed")
        self.status_combo.addItem(self.tr("Zonder casus"), STATUS_NO_CASE)
        self.domain_combo.addItem(self.tr("Alle levensgebieden"), None)
        for domain in definitions.life_domains:
            self.domain_combo.addItem(domain.label.get(lang), domain.id)
        # This combo has a row of its own: wide enough for "Alle levensgebieden", which it shows at start.
        self.domain_combo.setMinimumContentsLength(max(8, len(self.domain_combo.itemText(0))))

    # -- data ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        if not self._session.is_unlocked:
            self._stale = False
            self._on_locked()
            return
        if self.parentWidget() is not None and not self.isVisible():
            # A tab that is not shown (the main window starts on Today): load when it is first shown.
            self._stale = True
            return
        self._stale = False
        selected = self.selected_client_id()
        today = local_today()
        try:
            rows = caseload(self._session.vault, today=today, definitions=self._session.definitions)
        except OcoError as error:
            log.warning("caseload could not be loaded: %s", type(error).__name__)
            self.model.clear()
            self._show_message(str(error))
            return
        first_fill = self.model.total == 0
        self.model.set_rows(rows, today)
        self._after_change()
        if first_fill and rows:
            self._fit_columns()
        if selected:
            self.select_client(selected)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.reload()

    def _fit_columns(self) -> None:
        """Size columns to their content, but keep long texts (life domains) from pushing the rest away."""
        # Measured on the first 250 rows, not 1,000 (Qt's default; a column's width is taken over the rows,
        # so it is the vertical header's setting): long texts are capped just below anyway.
        self.table.verticalHeader().setResizeContentsPrecision(250)
        self.table.resizeColumnsToContents()
        widest = self.table.fontMetrics().horizontalAdvance("x") * MAX_COLUMN_CHARS
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            if header.sectionSize(column) > widest:
                header.resizeSection(column, widest)

    def _fix_count_size(self) -> None:
        """Give the count a fixed size, wide enough for the largest count.

        The count changes with every keystroke. A label whose size may change makes the whole window lay
        itself out again when its text changes (about 1 ms of every keystroke, issue 11); a fixed one
        only repaints itself."""
        label = self.count_label
        text = label.text()
        label.setText(self.tr("%1 van %2 cliënten").replace("%1", "99999").replace("%2", "99999"))
        label.setMinimumSize(0, 0)
        label.setMaximumSize(16777215, 16777215)  # QWIDGETSIZE_MAX: measure without the old fixed size
        label.setFixedSize(label.sizeHint())
        label.setText(text)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FontChange:
            self._fix_count_size()
        super().changeEvent(event)

    def _on_data_changed(self, kind: str, _record_id: str) -> None:
        if kind in REFRESH_KINDS and self._session.is_unlocked:
            self.reload()

    def _on_locked(self) -> None:
        self.model.clear()
        self.filter_edit.clear()
        self.summary_label.clear()
        self.count_label.clear()
        self._show_message("")

    def _apply_filter(self) -> None:
        self.model.set_criteria(self.criteria())  # the selected client stays selected while it passes
        self._after_change()

    def criteria(self) -> Criteria:
        return Criteria(
            text=self.filter_edit.text(),
            phase=self.phase_combo.currentData(),
            status=self.status_combo.currentData(),
            life_domain=self.domain_combo.currentData(),
            needs_attention=self.attention_check.isChecked(),
        )

    def _after_change(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if total == 0:
            self._show_message(self.tr("Nog geen cliënten. Kies Bestand › Nieuwe cliënt (Ctrl+N)."))
        elif shown == 0:
            self._show_message(self.tr("Geen cliënten gevonden met deze filters."))
        else:
            self.stack.setCurrentWidget(self.table)
        self.count_label.setText(
            self.tr("%1 van %2 cliënten").replace("%1", str(shown)).replace("%2", str(total)) if total else ""
        )
        self.summary_label.setText(self._summary_text())

    def _show_message(self, text: str) -> None:
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    def _summary_text(self) -> str:
        """Counts over the whole caseload, in words (never colour alone). Filtering does not change
        them, so they are counted once per load, not on every keystroke."""
        key = (self.model.generation, self.model.today)
        if getattr(self, "_summary_cache", (None, ""))[0] != key:
            self._summary_cache = (key, self._count_summary())
        return self._summary_cache[1]

    def _count_summary(self) -> str:
        prepared = self.model.prepared
        if not prepared:
            return ""
        today = self.model.today
        overdue = sum(p.row.overdue_follow_ups for p in prepared)
        this_week = sum(p.row.follow_ups_this_week for p in prepared)
        deadlines = sum(
            1 for p in prepared
            for due in (p.row.plan_due, p.row.assessment_due)
            if deadline_state(due, today) == DeadlineState.SOON
        )
        checkins = sum(1 for p in prepared if Attention.CHECKIN_DUE in p.attention)
        parts = [
            self.tr("Te laat: %1").replace("%1", str(overdue)),
            self.tr("acties deze week: %1").replace("%1", str(this_week)),
            self.tr("termijnen binnen 7 dagen: %1").replace("%1", str(deadlines)),
            self.tr("waakvlamcontact nodig: %1").replace("%1", str(checkins)),
        ]
        text = " · ".join(parts)
        return f"⚠ {text}" if overdue or deadlines or checkins else text

    # -- selection and opening ---------------------------------------------------------------------------
    def selected_client_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(CLIENT_ID_ROLE) if index.isValid() else None

    def select_client(self, client_id: str) -> bool:
        row = self.model.row_of(client_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def visible_client_ids(self) -> list[str]:
        return [self.model.row_at(r).client_id for r in range(self.model.rowCount())]

    def _open_index(self, index) -> None:
        client_id = index.data(CLIENT_ID_ROLE) if index.isValid() else None
        if client_id:
            self._session.openClientRequested.emit(client_id)

    def eventFilter(self, watched, event) -> bool:
        # From the filter field, Down or Enter moves into the table on the first row.
        if (
            watched is self.filter_edit
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.model.rowCount()
        ):
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

