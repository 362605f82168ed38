"""The dialog that records what a client agreed to, how and when (forms/consent_dialog.ui)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from oco_desktop.domain.models import Consent
from oco_desktop.ui.widgets.date_field import DateField
from oco_desktop.ui.widgets.forms import child, load_form
from oco_desktop.ui.widgets.guarded_dialog import GuardedDialog


class ConsentDialog(GuardedDialog):
    """Record what the client agreed to, how and when. Escape asks before typed input is lost."""

    def __init__(self, parent=None):
        super().__init__(parent, getattr(parent, "session", None))
        self.setWindowTitle(self.tr("Toestemming vastleggen"))
        host = QWidget(self)
        self.form = load_form("consent_dialog.ui", host)
        QVBoxLayout(self).addWidget(host)
        self.scope_edit = child(self.form, QLineEdit, "scope")
        self.verbal_radio = child(self.form, QRadioButton, "verbal")
        self.written_radio = child(self.form, QRadioButton, "written")
        self.date_edit = child(self.form, DateField, "givenOn")
        self.date_edit.allow_empty = False
        self.date_edit.maximum = date.today()
        self.date_edit.setDate(date.today())
        buttons = child(self.form, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def consent(self) -> Consent:
        return Consent(
            scope=self.scope_edit.text().strip(),
            method="written" if self.written_radio.isChecked() else "verbal",
            given_on=self.date_edit.date() or date.today(),
        )

    def accept(self) -> None:
        if not self.date_edit.validate():  # the field says what is wrong
            self.date_edit.setFocus()
            return
        super().accept()
