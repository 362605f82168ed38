"""The dialog that records what a client agreed to, how and when."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
)

from oco_desktop.domain.models import Consent
from oco_desktop.ui.client.new_client_dialog import from_qdate


class ConsentDialog(QDialog):
    """Record what the client agreed to, how and when."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toestemming vastleggen"))
        form = QFormLayout(self)
        self.scope_edit = QLineEdit(self.tr("Gegevens bewaren en gebruiken voor de ondersteuning"))
        form.addRow(self.tr("&Waarvoor"), self.scope_edit)
        self.verbal_radio = QRadioButton(self.tr("&Mondeling"))
        self.verbal_radio.setChecked(True)
        self.written_radio = QRadioButton(self.tr("&Schriftelijk"))
        methods = QHBoxLayout()
        methods.addWidget(self.verbal_radio)
        methods.addWidget(self.written_radio)
        form.addRow(self.tr("Hoe"), methods)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setMaximumDate(QDate.currentDate())
        form.addRow(self.tr("&Datum"), self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def consent(self) -> Consent:
        return Consent(
            scope=self.scope_edit.text().strip(),
            method="written" if self.written_radio.isChecked() else "verbal",
            given_on=from_qdate(self.date_edit.date()) or date.today(),
        )
