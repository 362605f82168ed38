"""The dialog for a new follow-up: kind, date, optional time and a short description (autosaved as a draft)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from oco_desktop.domain.models import FOLLOW_UP_KINDS, Case, FollowUp
from oco_desktop.storage import drafts
from oco_desktop.ui.agenda.agenda_common import (
    DateTimeDialog,
    kind_label,
)


class FollowUpDialog(DateTimeDialog):
    """A new follow-up: kind, date, optional time and a short description (autosaved as a draft)."""

    def __init__(self, session, case: Case, today: date, parent: QWidget | None = None):
        super().__init__("", today, None, parent)
        self.setWindowTitle(self.tr("Nieuwe actie voor casus {code}").format(code=case.code))
        self.session = session
        self.draft_key = f"follow_up:new:{case.id}"
        self.client_id = case.client_id
        form = self.form
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        for kind in FOLLOW_UP_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        kind_label_widget = QLabel(self.tr("&Soort actie:"))
        kind_label_widget.setBuddy(self.kind_combo)
        form.insertRow(0, kind_label_widget, self.kind_combo)
        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.description.setPlaceholderText(self.tr("Bijvoorbeeld: brief van de gemeente ophalen"))
        description_label = QLabel(self.tr("&Omschrijving:"))
        description_label.setBuddy(self.description)
        form.addRow(description_label, self.description)
        self.setTabOrder(self.kind_combo, self.date_edit)
        self.setTabOrder(self.date_edit, self.with_time)
        self.setTabOrder(self.with_time, self.time_edit)
        self.setTabOrder(self.time_edit, self.description)
        # Never lose typed text: the description is kept as a draft in the vault until saved.
        saved = drafts.get_draft(session.vault, self.draft_key)
        if saved:
            self.description.setText(saved[0])
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(1000)
        self._draft_timer.timeout.connect(self.save_draft)
        self.description.textChanged.connect(self._draft_timer.start)
        self.kind_combo.setFocus()

    def save_draft(self) -> None:
        if not self.session.is_unlocked:
            return
        text = self.description.text()
        if text.strip():
            drafts.save_draft(self.session.vault, self.draft_key, text, self.client_id)
        else:
            drafts.discard_draft(self.session.vault, self.draft_key)

    def done(self, result: int) -> None:
        self._draft_timer.stop()
        if self.session.is_unlocked:
            if result == QDialog.DialogCode.Accepted:
                drafts.discard_draft(self.session.vault, self.draft_key)
            else:
                self.save_draft()
        super().done(result)

    def follow_up(self, case_id: str) -> FollowUp:
        due_on, due_time = self.value()
        return FollowUp(case_id=case_id, kind=self.kind_combo.currentData(), due_on=due_on, due_time=due_time,
                        description=self.description.text().strip())
