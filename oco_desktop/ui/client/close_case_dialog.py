"""Closing a case asks why, and the client's appreciation (1-10) when they want to give one
(forms/close_case_dialog.ui)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.ui.reports.closing_questions import ClosingQuestions
from oco_desktop.ui.widgets.date_field import DateField
from oco_desktop.ui.widgets.forms import child, load_form
from oco_desktop.ui.widgets.guarded_dialog import GuardedDialog


class CloseCaseDialog(GuardedDialog):
    """Closing asks why, and the client's appreciation (1-10) when they want to give one."""

    def __init__(self, parent=None):
        super().__init__(parent, getattr(parent, "session", None))
        self.setWindowTitle(self.tr("Casus afsluiten"))
        host = QWidget(self)
        self.form = load_form("close_case_dialog.ui", host)
        QVBoxLayout(self).addWidget(host)
        self.reason_combo = child(self.form, QComboBox, "reason")
        self.appreciation_spin = child(self.form, QSpinBox, "appreciation")
        self.date_edit = child(self.form, DateField, "closedOn")
        self.date_edit.allow_empty = False
        self.date_edit.setDate(date.today())
        session = getattr(parent, "session", None)  # the cases page; its language labels the scale
        self.closing = ClosingQuestions(session.lang if session is not None else "nl", self.form)
        self.closing.add_rows(child(self.form, QFormLayout, "form"))
        buttons = child(self.form, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def values(self) -> tuple[str, int | None, date]:
        appreciation = self.appreciation_spin.value() or None
        return self.reason_combo.currentText().strip(), appreciation, self.date_edit.date() or date.today()

    def accept(self) -> None:
        if not self.date_edit.validate():  # the field says what is wrong
            self.date_edit.setFocus()
            return
        super().accept()
