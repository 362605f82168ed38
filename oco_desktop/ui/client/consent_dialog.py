"""The dialog that records what a client agreed to, how and when (forms/consent_dialog.ui)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from oco_desktop.domain.models import Consent
from oco_desktop.ui.client.new_client_dialog import from_qdate
from oco_desktop.ui.widgets.forms import child, load_form


class ConsentDialog(QDialog):
    """Record what the client agreed to, how and when."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toestemming vastleggen"))
        host = QWidget(self)
        self.form = load_form("consent_dialog.ui", host)
        QVBoxLayout(self).addWidget(host)
        self.scope_edit = child(self.form, QLineEdit, "scope")
        self.verbal_radio = child(self.form, QRadioButton, "verbal")
        self.written_radio = child(self.form, QRadioButton, "written")
        self.date_edit = child(self.form, QDateEdit, "givenOn")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setDate(QDate.currentDate())
        buttons = child(self.form, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def consent(self) -> Consent:
        return Consent(
            scope=self.scope_edit.text().strip(),
            method="written" if self.written_radio.isChecked() else "verbal",
            given_on=from_qdate(self.date_edit.date()) or date.today(),
        )
