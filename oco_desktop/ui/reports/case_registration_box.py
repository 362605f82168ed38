"""Per-case registration in the client's case view: who referred, the resident's appreciation and how it
was asked, the resident's answer to the control question at closing, contact time per life domain (from
the notes) and the lead time from first contact to closing. Also: start a signal from this case, which
carries nothing of the case but its main life domain."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
)

from oco_desktop.domain.models import Case
from oco_desktop.domain.registration import (
    APPRECIATION_METHODS,
    CONTROL_LABELS_EN,
    CONTROL_LABELS_NL,
    CONTROL_QUESTION_EN,
    CONTROL_QUESTION_NL,
    REFERRERS,
    Signal,
    label,
)
from oco_desktop.errors import OcoError
from oco_desktop.storage import cases, registration
from oco_desktop.ui.reports.signal_dialog import SignalDialog


class CaseRegistrationBox(QGroupBox):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self._loading = False
        lang = session.lang
        self.setTitle(self.tr("Registratie"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.referrer = QComboBox()
        self.referrer.addItem(self.tr("(onbekend)"), None)
        for r in REFERRERS:
            self.referrer.addItem(label(r, lang), r)
        form.addRow(self.tr("&Verwezen door"), self.referrer)
        self.appreciation = QSpinBox()
        self.appreciation.setRange(0, 10)
        self.appreciation.setSpecialValueText(self.tr("(geen cijfer)"))
        self.appreciation.setAccessibleName(self.tr("Waardering door de inwoner, 1 tot en met 10"))
        form.addRow(self.tr("Waa&rdering (1-10)"), self.appreciation)
        self.method = QComboBox()
        self.method.addItem(self.tr("(niet gevraagd)"), None)
        for m in APPRECIATION_METHODS:
            self.method.addItem(label(m, lang), m)
        form.addRow(self.tr("Gevraa&gd via"), self.method)
        self.control = QComboBox()
        self.control.addItem(self.tr("(nog niet gevraagd)"), None)
        labels = CONTROL_LABELS_EN if lang == "en" else CONTROL_LABELS_NL
        for k, text in labels.items():
            self.control.addItem(f"{k} {text}", k)
        question = CONTROL_QUESTION_EN if lang == "en" else CONTROL_QUESTION_NL
        self.control.setToolTip(question)
        self.control.setAccessibleName(question)
        form.addRow(self.tr("&Meer regie?"), self.control)
        self.minutes_label = QLabel()
        self.minutes_label.setWordWrap(True)
        form.addRow(self.tr("Contacttijd"), self.minutes_label)
        self.lead_label = QLabel()
        form.addRow(self.tr("Doorlooptijd"), self.lead_label)
        self.signal_button = QPushButton(self.tr("&Signaal melden…"))
        self.signal_button.setToolTip(self.tr("Een signaal over het aanbod; de casus en de inwoner gaan niet mee."))
        self.signal_button.clicked.connect(self.start_signal)
        form.addRow(self.signal_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        for combo in (self.referrer, self.method, self.control):
            combo.activated.connect(self._save)
        self.appreciation.editingFinished.connect(self._save)

    def show_case(self, case: Case | None) -> None:
        self.case = case
        self.setEnabled(case is not None)
        self._loading = True
        try:
            if case is None:
                self.minutes_label.clear()
                self.lead_label.clear()
                return
            self.referrer.setCurrentIndex(max(0, self.referrer.findData(case.referrer)))
            self.appreciation.setValue(case.appreciation or 0)
            self.method.setCurrentIndex(max(0, self.method.findData(case.appreciation_method)))
            self.control.setCurrentIndex(max(0, self.control.findData(case.control_answer)))
            vault = self.session.vault
            minutes = registration.contact_minutes_by_domain(vault, case.id)
            parts = [f"{self.session.label('life_domains', d) if d else self.tr('zonder levensgebied')}: "
                     + self.tr("{n} min").format(n=m) for d, m in sorted(minutes.items(), key=lambda kv: -kv[1])]
            self.minutes_label.setText("; ".join(parts) or self.tr("Nog geen contacten."))
            days = registration.lead_time_to_closing(vault, case.id)
            self.lead_label.setText(self.tr("Nog niet afgesloten.") if days is None
                                    else self.tr("{n} dagen van eerste contact tot afsluiten").format(n=days))
        finally:
            self._loading = False

    def _save(self, *_args) -> None:
        if self._loading or self.case is None or not self.session.is_unlocked:
            return
        case = cases.get_case(self.session.vault, self.case.id)
        updated = replace(case, referrer=self.referrer.currentData(), appreciation=self.appreciation.value() or None,
                          appreciation_method=self.method.currentData(), control_answer=self.control.currentData())
        if updated == case:
            return
        try:
            self.case = cases.save_case(self.session.vault, updated)
        except OcoError as exc:
            self.message.setText(str(exc))
            return
        self.message.clear()
        self.session.changed("case", self.case.id)

    def main_life_domain(self) -> str:
        if self.case is None:
            return ""
        minutes = {d: m for d, m in registration.contact_minutes_by_domain(self.session.vault, self.case.id).items()
                   if d}
        return max(minutes, key=lambda d: (minutes[d], d)) if minutes else ""

    def _exec(self, dialog: QDialog) -> int:
        return dialog.exec()

    def start_signal(self) -> None:
        if self.case is None or not self.session.is_unlocked:
            return
        from datetime import date

        dialog = SignalDialog(self.session, Signal(noted_on=date.today(), category="gap",
                                                   life_domain=self.main_life_domain()), self.window())
        try:
            self._exec(dialog)
        finally:
            dialog.deleteLater()
