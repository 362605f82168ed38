"""Closing a case asks why, and the client's appreciation (1-10) when they want to give one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
)

from oco_desktop.ui.client.new_client_dialog import from_qdate


class CloseCaseDialog(QDialog):
    """Closing asks why, and the client's appreciation (1-10) when they want to give one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Casus afsluiten"))
        form = QFormLayout(self)
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.addItems([
            self.tr("Vraag is beantwoord"),
            self.tr("Ondersteuning is geregeld"),
            self.tr("Cliënt wil stoppen"),
            self.tr("Cliënt is verhuisd"),
            self.tr("Cliënt is overleden"),
            self.tr("Geen contact meer"),
        ])
        form.addRow(self.tr("&Reden"), self.reason_combo)
        self.appreciation_spin = QSpinBox()
        self.appreciation_spin.setRange(0, 10)
        self.appreciation_spin.setSpecialValueText(self.tr("Geen cijfer"))
        form.addRow(self.tr("&Waardering van de cliënt (1-10)"), self.appreciation_spin)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        form.addRow(self.tr("&Datum"), self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, int | None, date]:
        appreciation = self.appreciation_spin.value() or None
        return self.reason_combo.currentText().strip(), appreciation, from_qdate(self.date_edit.date()) or date.today()
