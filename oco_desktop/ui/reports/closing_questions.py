"""Two questions for the resident when a case closes, added to the close-case dialog: how the
appreciation was asked, and "Heeft u meer regie over uw leven gekregen?" (5-point scale)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from oco_desktop.domain.registration import (
    APPRECIATION_METHODS,
    CONTROL_LABELS_EN,
    CONTROL_LABELS_NL,
    CONTROL_QUESTION_EN,
    CONTROL_QUESTION_NL,
    label,
)


class ClosingQuestions(QWidget):
    """Not shown itself: `add_rows(form)` puts its fields into the dialog's own form layout."""

    def __init__(self, lang: str = "nl", parent=None):
        super().__init__(parent)
        self.method = QComboBox(parent)
        self.method.addItem(self.tr("(niet gevraagd)"), None)
        for m in APPRECIATION_METHODS:
            self.method.addItem(label(m, lang), m)
        self.method.setAccessibleName(self.tr("Hoe de waardering is gevraagd"))
        question = CONTROL_QUESTION_EN if lang == "en" else CONTROL_QUESTION_NL
        self.question = QLabel(self.tr("Vraag de inwoner: \u201c{question}\u201d").format(question=question), parent)
        self.question.setWordWrap(True)
        self.control = QComboBox(parent)
        self.control.addItem(self.tr("(geen antwoord)"), None)
        labels = CONTROL_LABELS_EN if lang == "en" else CONTROL_LABELS_NL
        for k, text in labels.items():
            self.control.addItem(f"{k} {text}", k)
        self.control.setAccessibleName(question)
        self.hide()

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Waardering gevraagd &via"), self.method)
        form.addRow(self.question)
        form.addRow(self.tr("&Meer regie?"), self.control)

    def values(self) -> tuple[str | None, int | None]:
        return self.method.currentData(), self.control.currentData()
