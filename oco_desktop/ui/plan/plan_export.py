"""Exporting from the "Plan" page: the plan as PDF and the resident's subject-access export; mixed into
PlanPage."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtWidgets import QMessageBox

from oco_desktop.errors import OcoError
from oco_desktop.export import subject_access
from oco_desktop.export.plan_builder import export_plan_pdf
from oco_desktop.storage import cases
from oco_desktop.ui.widgets.export_dialog import ask_export_path

log = logging.getLogger(__name__)


class PlanExport:
    """The export buttons of the plan page (tr context: the page)."""

    def _suggested_path(self, stem: str, suffix: str) -> str:
        """A bare file name: the save dialog opens it in the folder of the last export."""
        return f"{stem}{suffix}"

    def _plan_stem(self, lang: str) -> str:
        """'plan-C-12AB-2026-11-30': the case code and the date, never the resident's name."""
        code = ""
        if self.case_id:
            try:
                code = cases.get_case(self.session.vault, self.case_id).code
            except OcoError:
                code = ""
        safe = "".join(ch for ch in code if ch.isalnum() or ch in "-_")
        parts = ["plan", safe, date.today().isoformat()]
        return "-".join(part for part in parts if part)

    def export_pdf(self) -> None:
        if not self.client_id or not self.session.is_unlocked:
            return
        self.save_now()
        lang = self.lang_combo.currentData()
        stem = self._plan_stem(lang)
        path = ask_export_path(self, self.tr("PDF van het plan opslaan"), self._suggested_path(stem, ".pdf"),
                               self.tr("PDF (*.pdf)"), ".pdf", self.session.vault.folder)
        if path is None:
            return
        try:
            written = export_plan_pdf(self.session.vault, self.session.definitions, self.client_id, path,
                                      self.case_id, lang, self.large_print_check.isChecked(),
                                      family_group=self.family_group_check.isChecked(),
                                      supporter_signature=self.supporter_signature_check.isChecked())
        except OcoError as exc:
            QMessageBox.warning(self, self.tr("PDF maken"), str(exc))
            return
        self.status_label.setText(self.tr("De PDF is opgeslagen in: %1").replace("%1", str(written)))

    def export_subject_access(self) -> None:
        """PDF for the resident, and the same data as JSON next to it (same name, .json)."""
        if not self.client_id or not self.session.is_unlocked:
            return
        self.save_now()
        lang = self.lang_combo.currentData()
        pdf = ask_export_path(self, self.tr("Inzage-export opslaan (PDF, met JSON ernaast)"),
                              self._suggested_path(self.tr("inzage"), ".pdf"), self.tr("PDF (*.pdf)"), ".pdf",
                              self.session.vault.folder, companion_suffixes=(".json",))
        if pdf is None:
            return
        json_path = pdf.with_suffix(".json")
        vault = self.session.vault
        try:
            subject_access.export_subject_access_pdf(vault, self.client_id, pdf, lang, self.session.definitions,
                                                     self.large_print_check.isChecked())
            subject_access.export_subject_access_json(vault, self.client_id, json_path)
        except OcoError as exc:
            QMessageBox.warning(self, self.tr("Inzage-export"), str(exc))
            return
        self.status_label.setText(self.tr("De inzage-export is opgeslagen in: %1 en %2")
                                  .replace("%1", str(pdf)).replace("%2", str(json_path)))
