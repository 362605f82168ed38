"""The route page's letters (objection, notice of default): saved as PDF/text or copied to the clipboard.
A mixin of RoutePage; its texts keep the "RoutePage" translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from oco_desktop.domain.letters import LetterKind
from oco_desktop.errors import OcoError
from oco_desktop.export.letter_builder import build_letter, export_letter
from oco_desktop.ui.widgets.export_dialog import ask_export_path


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoutePage", text)


class RouteLetters:
    """Needs: session, client_id, case_id, today_provider, settings_provider, error_label, save()."""

    def _letter_kw(self) -> dict:
        return {"case_id": self.case_id, "lang": "nl", "today": self.today_provider(),
                "settings": self.settings_provider()}

    def make_letter(self, kind: LetterKind) -> None:
        if self.client_id is None or not self.save():
            return
        name = "bezwaarschrift.pdf" if kind is LetterKind.OBJECTION else "ingebrekestelling.pdf"
        path = ask_export_path(self, _tr("Brief opslaan"), name, _tr("PDF (*.pdf);;Tekst (*.txt)"),
                               (".pdf", ".txt"), self.session.vault.folder)
        if path is None:
            return
        try:
            export_letter(self.session.vault, kind, self.client_id, path, **self._letter_kw())
        except OcoError as exc:
            QMessageBox.warning(self, _tr("Brief"), str(exc))
            return
        self.error_label.setText(_tr("Brief opgeslagen. De inwoner leest hem, tekent en verstuurt hem zelf."))

    def copy_letter(self, kind: LetterKind) -> None:
        if self.client_id is None or not self.save():
            return
        try:
            letter = build_letter(self.session.vault, kind, self.client_id, **self._letter_kw())
        except OcoError as exc:
            QMessageBox.warning(self, _tr("Brief"), str(exc))
            return
        QApplication.clipboard().setText(letter.as_text())
        self.error_label.setText(_tr("De brief staat op het klembord. Plak hem in een e-mail van de inwoner."))
