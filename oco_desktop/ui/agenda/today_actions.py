"""What the Today view's buttons do with the selected row (done, move, letter) and the calendar export;
mixed into TodayView, so texts keep the view's translation context."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QMessageBox,
)

from oco_desktop.errors import OcoError
from oco_desktop.export.ics import export_ics
from oco_desktop.storage import agenda as agenda_store
from oco_desktop.storage import deadlines_handled
from oco_desktop.storage import follow_ups as follow_up_store
from oco_desktop.ui.agenda.agenda_common import (
    ask_date,
)
from oco_desktop.ui.widgets.export_dialog import ask_export_path


class TodayActions:
    """Actions of the Today view on its current row."""

    def _make_letter(self) -> None:
        """Save the letter the current row offers (e.g. a notice of default) as PDF or text."""
        data = self._data(self.tree.currentItem())
        if not data or not data.get("letter"):
            return
        from oco_desktop.export.letter_builder import export_letter

        name = "ingebrekestelling.pdf" if data["letter"] == "default" else "bezwaarschrift.pdf"
        path = ask_export_path(self, self.tr("Brief opslaan"), name, self.tr("PDF (*.pdf);;Tekst (*.txt)"),
                               (".pdf", ".txt"), self.session.vault.folder)
        if path is None:
            return
        try:
            export_letter(self.session.vault, data["letter"], data["client_id"], path, case_id=data["case_id"],
                          today=self.today())
        except OcoError as exc:
            QMessageBox.warning(self, self.tr("Brief"), str(exc))

    def _mark_deadline_handled(self) -> None:
        """A passed legal deadline was dealt with: off the list; the case keeps the record."""
        data = self._data(self.tree.currentItem())
        if not data or data["type"] not in ("deadline", "late") or not data.get("overdue"):
            return
        try:
            deadlines_handled.mark_handled(self.session.vault, data["case_id"], data["kind"], data["last_day"],
                                           self.today())
        except OcoError as exc:
            QMessageBox.warning(self, self.tr("Termijn"), str(exc))
            return
        self.session.changed("case", data["case_id"])

    def _set_done(self, done: bool) -> None:
        data = self._data(self.tree.currentItem())
        if not data or data["type"] != "follow_up" or data["done"] == done:
            return
        try:
            follow_up_store.set_done(self.session.vault, data["follow_up_id"], done)
        except OcoError as exc:
            QMessageBox.warning(self, self.tr("Actie"), str(exc))
            return
        self.session.changed("follow_up", data["follow_up_id"])

    def _move_current(self) -> None:
        data = self._data(self.tree.currentItem())
        if not data or data["type"] != "follow_up" or data["done"]:
            return
        answer = ask_date(self, self.tr("Actie verzetten"), max(data["due_on"], self.today()), data["due_time"])
        if answer is None:
            return
        try:
            follow_up_store.reschedule(self.session.vault, data["follow_up_id"], *answer)
        except OcoError as exc:
            QMessageBox.warning(self, self.tr("Actie"), str(exc))
            return
        self.session.changed("follow_up", data["follow_up_id"])

    def export_calendar(self) -> None:
        if not self.session.is_unlocked:
            return
        suggested = str(Path.home() / "oco-acties.ics")
        path = ask_export_path(self, self.tr("Agenda exporteren — alleen casuscode en soort actie"), suggested,
                               self.tr("Agendabestand (*.ics)"), ".ics", self.session.vault.folder)
        if path is None:
            return
        try:
            items = agenda_store.upcoming_items(self.session.vault, self.today())
            count = export_ics(items, path, datetime.now().astimezone(), lang=self.session.lang)
        except (OSError, OcoError, ValueError):
            QMessageBox.warning(self, self.tr("Agenda exporteren"),
                                self.tr("Het agendabestand kon niet worden opgeslagen. Kies een andere map."))
            return
        QMessageBox.information(
            self, self.tr("Agenda exporteren"),
            QCoreApplication.translate("TodayActions", "%n actie(s) opgeslagen in {path}.", "", count).format(path=path)
            + "\n\n" + self._export_explanation(),
        )
