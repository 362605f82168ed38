"""Moving a case between phases and choosing its contact form; mixed into ChecklistPage."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QMessageBox,
)

from oco_desktop.errors import OcoError
from oco_desktop.storage import cases, checklist_state
from oco_desktop.storage.checklist_state import TaskState
from oco_desktop.ui.checklist.task_row import phase_name


class ChecklistPhases:
    """Phase moves and the contact form of the checklist page (tr context: the page)."""

    def move_phase(self, direction: int) -> bool:
        if self.case_id is None:
            return False
        vault, definitions = self.session.vault, self.session.definitions
        case = cases.get_case(vault, self.case_id)
        unsaved = [row for row in self.rows if row.dirty]
        for row in unsaved:
            if not self.save_row(row):
                row.setFocus()
                return False
        if direction > 0:
            still_open = checklist_state.open_tasks(vault, definitions, case.id, case.phase, self.session.lang)
            if still_open and not self._confirm_move_on(case.phase, still_open):
                return False
        try:
            moved = checklist_state.move_phase(vault, case.id, direction)
        except OcoError as error:
            self._announce(str(error))
            return False
        self._notify()
        self.reload()
        self._announce(self.tr("De casus staat nu in de fase %1.").replace("%1", phase_name(moved.phase)))
        return True

    def _confirm_move_on(self, phase: str, still_open: list[TaskState]) -> bool:
        titles = "\n".join(f"• {s.title}" for s in still_open)
        # An explicit context: self.tr in a mixin looks under the page's class name, lupdate under this one.
        text = QCoreApplication.translate("ChecklistPhases", "Er staan nog %n taken open:", "", len(still_open))
        text += "\n" + titles + "\n\n" + self.tr("U kunt toch verder. De taken blijven bewaard.")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Naar de volgende fase?"), text,
                          QMessageBox.StandardButton.NoButton, self)
        go_on = box.addButton(self.tr("&Verder"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go_on)
        box.exec()
        return box.clickedButton() is go_on

    # -- contact form ----------------------------------------------------------------------------
    def _load_contact_form(self, case) -> None:
        self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(case.contact_form)))
        days = case.checkin_interval_days or 28
        weeks = days % 7 == 0
        self.unit_combo.setCurrentIndex(0 if weeks else 1)
        self.interval_spin.setValue(days // 7 if weeks else days)
        self._show_interval(case.contact_form == "checkin")

    def _show_interval(self, shown: bool) -> None:
        for widget in (self.interval_label, self.interval_spin, self.unit_combo):
            widget.setVisible(shown)
        self.interval_box.setVisible(shown)

    def interval_days(self) -> int:
        return self.interval_spin.value() * int(self.unit_combo.currentData())

    def _contact_form_changed(self, *_args) -> None:
        if self.case_id is None or not self.session.is_unlocked:
            return
        form = self.contact_combo.currentData()
        self._show_interval(form == "checkin")
        interval = self.interval_days() if form == "checkin" else None
        case = cases.get_case(self.session.vault, self.case_id)
        if case.contact_form == form and case.checkin_interval_days == interval:
            return
        try:
            checklist_state.set_contact_form(self.session.vault, self.case_id, form, interval)
        except OcoError as error:
            self._announce(str(error))
            return
        self._notify()
        self._announce(self.tr("Contactvorm opgeslagen: %1").replace("%1", self.contact_combo.currentText()))
