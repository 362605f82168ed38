"""A signal: a gap, waiting list or barrier in the local offer. About organisations or rules, never
about a resident; the description is checked against client names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from oco_desktop.domain.registration import SIGNAL_CATEGORIES, SIGNAL_CONCERNS, SIGNAL_STATUSES, Signal
from oco_desktop.errors import OcoError
from oco_desktop.storage import registration
from oco_desktop.ui.reports.name_warning import NameWarning
from oco_desktop.ui.reports.question_dialog import combo
from oco_desktop.ui.widgets.date_field import DateField
from oco_desktop.ui.widgets.guarded_dialog import GuardedDialog


class SignalDialog(GuardedDialog):  # Escape asks before typed input is lost
    def __init__(self, session, signal: Signal | None = None, parent=None):
        super().__init__(parent, session)
        self.session = session
        self.signal = signal or Signal(noted_on=date.today(), category="gap")
        self.saved: Signal | None = None
        lang = session.lang
        s = self.signal
        self.setWindowTitle(self.tr("Signaal"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Een signaal gaat over het aanbod, de toegang of de regels: noem organisaties, "
                               "nooit een inwoner."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.date_edit = DateField(allow_empty=False)
        self.date_edit.setDate(s.noted_on or date.today())
        form.addRow(self.tr("&Datum"), self.date_edit)
        self.category = combo(SIGNAL_CATEGORIES, lang, s.category)
        form.addRow(self.tr("&Soort"), self.category)
        self.concerns = combo(SIGNAL_CONCERNS, lang, s.concerns)
        form.addRow(self.tr("&Gaat over"), self.concerns)
        self.concerns_name = QLineEdit(s.concerns_name)
        self.concerns_name.setPlaceholderText(self.tr("Naam van de organisatie of de regeling"))
        form.addRow(self.tr("O&rganisatie"), self.concerns_name)
        self.domain = QComboBox()
        self.domain.addItem(self.tr("(geen)"), "")
        for d in session.definitions.life_domains:
            self.domain.addItem(d.label.get(lang), d.id)
        self.domain.setCurrentIndex(max(0, self.domain.findData(s.life_domain)))
        form.addRow(self.tr("&Levensgebied"), self.domain)
        self.description = QPlainTextEdit(s.description)
        self.description.setAccessibleName(self.tr("Beschrijving"))
        self.description.setTabChangesFocus(True)
        form.addRow(self.tr("&Beschrijving"), self.description)
        self.status = combo(SIGNAL_STATUSES, lang, s.status)
        form.addRow(self.tr("S&tatus"), self.status)
        self.passed_to = QLineEdit(s.passed_to)
        form.addRow(self.tr("Doorgegeven aa&n"), self.passed_to)
        self.passed_on = DateField(allow_empty=False)
        self.passed_on.setDate(s.passed_on or date.today())
        form.addRow(self.tr("Doorgegeven o&p"), self.passed_on)
        self.answer = QLineEdit(s.answer)
        form.addRow(self.tr("Ant&woord"), self.answer)
        self.has_answer_date = QCheckBox(self.tr("Antwoord ontvangen op:"))
        self.has_answer_date.setChecked(s.answered_on is not None)
        self.answered_on = DateField(allow_empty=False)
        self.answered_on.setDate(s.answered_on or date.today())
        form.addRow(self.has_answer_date, self.answered_on)
        layout.addLayout(form)
        self.warning = NameWarning(registration.client_name_parts(session.vault), self)
        layout.addWidget(self.warning)
        for edit in (self.description,):
            edit.textChanged.connect(self._check_names)
        self.concerns_name.textChanged.connect(self._check_names)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self._warned_for: list[str] = []
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self._check_names()

    def _text(self) -> str:
        return f"{self.description.toPlainText()} {self.concerns_name.text()}"

    def _check_names(self) -> list[str]:
        return self.warning.check(self._text())

    def _status_changed(self, *_args) -> None:
        status = self.status.currentData()
        for w in (self.passed_to, self.passed_on):
            w.setEnabled(status != "noted")
        for w in (self.answer, self.has_answer_date, self.answered_on):
            w.setEnabled(status == "answered")

    def values(self) -> Signal:
        status = self.status.currentData()
        passed = status != "noted"
        answered = status == "answered"
        return replace(
            self.signal, noted_on=self.date_edit.date() or date.today(), category=self.category.currentData(),
            concerns=self.concerns.currentData(), concerns_name=self.concerns_name.text().strip(),
            life_domain=self.domain.currentData(), description=self.description.toPlainText().strip(), status=status,
            passed_to=self.passed_to.text().strip() if passed else "",
            passed_on=(self.passed_on.date() or date.today()) if passed else None,
            answer=self.answer.text().strip() if answered else "",
            answered_on=(self.answered_on.date() or date.today()) if answered and self.has_answer_date.isChecked()
            else None,
        )

    def save(self) -> None:
        found = self._check_names()
        if found and found != self._warned_for:
            self._warned_for = found
            self.error_label.setText(self.tr("De tekst lijkt een naam te bevatten. Pas hem aan, of klik nog een "
                                             "keer op Opslaan."))
            self.description.setFocus()
            return
        try:
            self.saved = registration.save_signal(self.session.vault, self.values())
        except OcoError as exc:
            self.error_label.setText(str(exc))
            return
        self.session.changed("signal", self.saved.id)
        self.accept()
