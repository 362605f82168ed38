"""The "Casussen" page: a client's cases over time, their status (open, check-in, closed) and history.

Selecting a case tells the other pages (checklist, plan) to follow via `session.openCaseRequested`.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.models import PHASES, Case
from oco_desktop.errors import OcoError
from oco_desktop.storage import cases, clients
from oco_desktop.ui.client.close_case_dialog import CloseCaseDialog
from oco_desktop.ui.client.new_client_dialog import short_date
from oco_desktop.ui.reports.case_registration_box import CaseRegistrationBox
from oco_desktop.ui.widgets.flow_layout import FlowLayout

DEFAULT_CHECKIN_DAYS = 42


def status_label(status: str) -> str:
    return {
        "open": QCoreApplication.translate("CasesPage", "Open"),
        "checkin": QCoreApplication.translate("CasesPage", "Waakvlam"),
        "closed": QCoreApplication.translate("CasesPage", "Afgesloten"),
    }.get(status, status)


def phase_label(phase: str) -> str:
    return {
        "orientation": QCoreApplication.translate("CasesPage", "Oriëntatie"),
        "access": QCoreApplication.translate("CasesPage", "Toegang"),
        "during_support": QCoreApplication.translate("CasesPage", "Tijdens ondersteuning"),
    }.get(phase, phase)


class CasesPage(QWidget):
    COLUMNS = ("code", "title", "status", "phase", "opened", "closed", "lead_time", "appreciation")

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self._cases: list[Case] = []
        self._selecting = False

        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Titel"), self.tr("Status"), self.tr("Fase"), self.tr("Geopend"),
            self.tr("Gesloten"), self.tr("Doorlooptijd (dagen)"), self.tr("Waardering"),
        ])
        self.table.setAccessibleName(self.tr("Casussen van deze cliënt"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selection)
        top_layout.addWidget(self.table)

        buttons = FlowLayout()
        self.new_button = QPushButton(self.tr("&Nieuwe casus…"))
        self.new_button.clicked.connect(self.new_case)
        self.open_button = QPushButton(self.tr("Status &open"))
        self.open_button.clicked.connect(self.set_open)
        self.checkin_button = QPushButton(self.tr("&Waakvlamcontact…"))
        self.checkin_button.setToolTip(self.tr("Periodiek contact om de vinger aan de pols te houden"))
        self.checkin_button.clicked.connect(self.set_checkin)
        self.close_button = QPushButton(self.tr("&Afsluiten…"))
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button = QPushButton(self.tr("Hero&penen"))
        self.reopen_button.clicked.connect(self.reopen)
        for button in (self.new_button, self.open_button, self.checkin_button, self.close_button, self.reopen_button):
            buttons.addWidget(button)
        top_layout.addLayout(buttons)
        splitter.addWidget(top)

        details = QGroupBox(self.tr("Geselecteerde casus"))
        details_layout = QFormLayout(details)
        self.title_edit = QLineEdit()
        self.title_edit.editingFinished.connect(self._save_title)
        details_layout.addRow(self.tr("&Titel"), self.title_edit)
        self.phase_combo = QComboBox()
        for phase in PHASES:
            self.phase_combo.addItem(phase_label(phase), phase)
        self.phase_combo.activated.connect(self._save_phase)
        details_layout.addRow(self.tr("&Fase"), self.phase_combo)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        details_layout.addRow(self.tr("Stand"), self.state_label)
        self.events_list = QListWidget()
        self.events_list.setAccessibleName(self.tr("Geschiedenis van de casus"))
        details_layout.addRow(self.tr("Geschiedenis"), self.events_list)
        self.registration_box = CaseRegistrationBox(session, details)
        details_layout.addRow(self.registration_box)
        self.details = details
        splitter.addWidget(details)
        splitter.setSizes([300, 300])

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)

        session.dataChanged.connect(self._on_data_changed)
        session.locked.connect(lambda: self._show(None, keep_id=True))
        session.unlocked.connect(lambda: self.show_client(self.client_id))
        self._show(None)

    def title(self) -> str:
        return self.tr("Casussen")

    # -- showing --------------------------------------------------------------------------------------
    def reset_for_new_client(self) -> None:
        self.message_label.clear()

    def show_client(self, client_id: str | None) -> None:
        self._show(client_id)

    def show_case(self, case_id: str | None) -> None:
        """Select the case without asking the other pages to follow again (they are told already)."""
        self._select(case_id, announce=False)

    def _show(self, client_id: str | None, keep_id: bool = False) -> None:
        selected = self.selected_case_id()
        if not keep_id:
            self.client_id = client_id
        self.message_label.clear()
        if client_id is None or not self.session.is_unlocked:
            self._cases = []
            self.table.setRowCount(0)
            self.heading.setText(self.tr("Kies een cliënt."))
            self.new_button.setEnabled(False)
            self._show_selected(None)
            return
        client = clients.find_client(self.session.vault, client_id)
        if client is None:
            self._show(None)
            return
        self.heading.setText(self.tr("Casussen van %1").replace("%1", client.display_name))
        self.new_button.setEnabled(True)
        self._cases = cases.cases_for_client(self.session.vault, client_id)
        self._selecting = True
        try:
            self.table.setRowCount(len(self._cases))
            for row, case in enumerate(self._cases):
                self._fill_row(row, case)
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        finally:
            self._selecting = False
        if selected and any(c.id == selected for c in self._cases):
            self._select(selected, announce=False)
        else:
            self._show_selected(None)

    def _fill_row(self, row: int, case: Case) -> None:
        lead = cases.lead_time_days(case)
        texts = (
            case.code, case.title, self._status_text(case), phase_label(case.phase),
            short_date(self.session, case.opened_on), short_date(self.session, case.closed_on),
            "" if lead is None else str(lead), "" if case.appreciation is None else str(case.appreciation),
        )
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            self.table.setItem(row, column, item)

    def _status_text(self, case: Case) -> str:
        if case.status == "checkin" and case.checkin_interval_days:
            return self.tr("Waakvlam (elke %n dag(en))", "", case.checkin_interval_days)
        return status_label(case.status)

    def selected_case_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def selected_case(self) -> Case | None:
        case_id = self.selected_case_id()
        return next((c for c in self._cases if c.id == case_id), None)

    def _select(self, case_id: str | None, announce: bool) -> None:
        for row, case in enumerate(self._cases):
            if case.id == case_id:
                self._selecting = not announce
                try:
                    self.table.selectRow(row)
                    self.table.setCurrentCell(row, 0)
                finally:
                    self._selecting = False
                self._show_selected(case)
                return
        self._show_selected(None)

    def _on_selection(self) -> None:
        case = self.selected_case()
        self._show_selected(case)
        if case is not None and not self._selecting:
            self.session.openCaseRequested.emit(self.client_id, case.id)

    def _show_selected(self, case: Case | None) -> None:
        self.details.setEnabled(case is not None)
        self.registration_box.show_case(case)
        self.events_list.clear()
        if case is None:
            self.title_edit.clear()
            self.state_label.clear()
            for button in (self.open_button, self.checkin_button, self.close_button, self.reopen_button):
                button.setEnabled(False)
            return
        self.title_edit.setText(case.title)
        self.phase_combo.setCurrentIndex(max(0, self.phase_combo.findData(case.phase)))
        self.state_label.setText(self._state_text(case))
        self.open_button.setEnabled(case.status == "checkin")
        self.checkin_button.setEnabled(case.status != "closed")
        self.close_button.setEnabled(case.status != "closed")
        self.reopen_button.setEnabled(case.status == "closed")
        for kind, old, new, at in cases.case_events(self.session.vault, case.id):
            label = status_label if kind == "status" else phase_label
            what = self.tr("Status") if kind == "status" else self.tr("Fase")
            change = label(new) if old is None else f"{label(old)} → {label(new)}"
            self.events_list.addItem(f"{self._local_time(at)}  {what}: {change}")

    def _state_text(self, case: Case) -> str:
        lead = cases.lead_time_days(case)
        parts = [status_label(case.status)]
        if case.status == "checkin" and case.checkin_interval_days:
            parts.append(self.tr("contact elke %n dag(en)", "", case.checkin_interval_days))
        if lead is not None:
            parts.append(self.tr("doorlooptijd %n dag(en)", "", lead))
        if case.status == "closed":
            if case.close_reason:
                parts.append(self.tr("reden: %1").replace("%1", case.close_reason))
            if case.appreciation is not None:
                parts.append(self.tr("waardering %1").replace("%1", str(case.appreciation)))
        return " · ".join(parts)

    @staticmethod
    def _local_time(at: str) -> str:
        """'2026-11-23T10:15:00Z' as local '23-11-2026 11:15'."""
        try:
            moment = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone()
        except ValueError:
            return at
        return moment.strftime("%d-%m-%Y %H:%M")

    # -- actions --------------------------------------------------------------------------------------
    def _run(self, action) -> Case | None:
        try:
            case = action()
        except OcoError as exc:
            self.message_label.setText("⚠ " + str(exc))
            return None
        self.message_label.clear()
        self._show(self.client_id)
        self._select(case.id, announce=True)
        self.session.changed("case", case.id)
        return case

    def new_case(self) -> None:
        if self.client_id is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Nieuwe casus"), self.tr("Titel van de casus (waar gaat de vraag over?):")
        )
        if not ok:
            return
        client_id = self.client_id
        self._run(lambda: cases.open_case(self.session.vault, client_id, title.strip()))

    def set_open(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        case.status, case.contact_form, case.checkin_interval_days = "open", "short_term", None
        self._run(lambda: cases.save_case(self.session.vault, case))

    def set_checkin(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        days, ok = QInputDialog.getInt(
            self, self.tr("Waakvlamcontact"),
            self.tr("Hoe vaak neemt u contact op? Elke … dagen:"),
            case.checkin_interval_days or DEFAULT_CHECKIN_DAYS, 1, 365,
        )
        if not ok:
            return
        case.status, case.contact_form, case.checkin_interval_days = "checkin", "checkin", days
        self._run(lambda: cases.save_case(self.session.vault, case))

    def close_case(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        dialog = CloseCaseDialog(self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason, appreciation, closed_on = dialog.values()
            method, control = dialog.closing.values()
        finally:
            dialog.deleteLater()
        self._run(lambda: cases.close_case(self.session.vault, case.id, reason, appreciation, closed_on,
                                           appreciation_method=method, control_answer=control))

    def reopen(self) -> None:
        case = self.selected_case()
        if case is None or case.status != "closed":
            return
        answer = QMessageBox.question(
            self, self.tr("Casus heropenen"),
            self.tr("Casus %1 weer openen? De eerdere afsluiting blijft in de geschiedenis staan.")
            .replace("%1", case.code),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        case.status, case.close_reason, case.appreciation = "open", "", None
        case.contact_form, case.checkin_interval_days = "short_term", None
        self._run(lambda: cases.save_case(self.session.vault, case))

    def _save_title(self) -> None:
        case = self.selected_case()
        if case is None or self.title_edit.text().strip() == case.title:
            return
        case.title = self.title_edit.text().strip()
        self._run(lambda: cases.save_case(self.session.vault, case))

    def _save_phase(self, *_args) -> None:
        case = self.selected_case()
        phase = self.phase_combo.currentData()
        if case is None or phase == case.phase:
            return
        self._run(lambda: cases.set_phase(self.session.vault, case.id, phase))

    # -- session --------------------------------------------------------------------------------------
    def _on_data_changed(self, kind: str, record_id: str) -> None:
        if self.client_id is None or not self.session.is_unlocked:
            return
        # A case may have been opened elsewhere (checklist, CLI import): any case change reloads the list.
        if kind == "case" or (kind == "client" and record_id == self.client_id):
            self._show(self.client_id)
