"""Register a question without a client file: no name, birth date or address, a short topic only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from oco_desktop.domain.registration import CHANNELS, OUTCOMES, REFERRERS, TOPIC_MAX, QuestionWithoutFile, label
from oco_desktop.errors import OcoError
from oco_desktop.storage import registration
from oco_desktop.ui.reports.choice_list import ChoiceList
from oco_desktop.ui.reports.name_warning import NameWarning
from oco_desktop.ui.widgets.date_field import DateField
from oco_desktop.ui.widgets.guarded_dialog import GuardedDialog


def combo(values, lang: str, current: str) -> QComboBox:
    box = QComboBox()
    for v in values:
        box.addItem(label(v, lang), v)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class QuestionDialog(GuardedDialog):  # Escape asks before typed input is lost
    """Save stores the question; with a name in the topic the first click only warns."""

    def __init__(self, session, question: QuestionWithoutFile | None = None, parent=None):
        super().__init__(parent, session)
        self.session = session
        self.question = question or QuestionWithoutFile(asked_on=date.today(), channel="walk_in")
        self.saved: QuestionWithoutFile | None = None
        lang = session.lang
        self.setWindowTitle(self.tr("Vraag zonder dossier"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Een vraag van een inwoner zonder dossier. Schrijf geen naam, geboortedatum of "
                               "adres op: alleen een kort onderwerp."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        q = self.question
        self.date_edit = DateField(allow_empty=False)
        self.date_edit.setDate(q.asked_on)
        form.addRow(self.tr("&Datum"), self.date_edit)
        self.channel = combo(CHANNELS, lang, q.channel)
        form.addRow(self.tr("&Kanaal"), self.channel)
        self.referrer = combo(REFERRERS, lang, q.referrer)
        form.addRow(self.tr("&Verwezen door"), self.referrer)
        self.outcome = combo(OUTCOMES, lang, q.outcome)
        form.addRow(self.tr("&Uitkomst"), self.outcome)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(q.minutes)
        self.minutes.setSuffix(self.tr(" min"))
        form.addRow(self.tr("&Tijd"), self.minutes)
        defs = session.definitions
        self.groups = ChoiceList([(g.id, g.label.get(lang)) for g in defs.target_groups], self.tr("Doelgroepen"))
        self.groups.set_checked(q.target_groups)
        form.addRow(self.tr("Doel&groepen"), self.groups)
        self.domains = ChoiceList([(d.id, d.label.get(lang)) for d in defs.life_domains], self.tr("Levensgebieden"))
        self.domains.set_checked(q.life_domains)
        form.addRow(self.tr("&Levensgebieden"), self.domains)
        self.topic = QLineEdit(q.topic)
        self.topic.setMaxLength(TOPIC_MAX)
        self.topic.setPlaceholderText(self.tr("Bijvoorbeeld: vraag over huurtoeslag"))
        form.addRow(self.tr("Onder&werp"), self.topic)
        layout.addLayout(form)
        self.warning = NameWarning(registration.client_name_parts(session.vault), self)
        layout.addWidget(self.warning)
        self.topic.textChanged.connect(self._topic_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self._warned_for: list[str] = []
        self.warning.check(q.topic)

    def _topic_changed(self, text: str) -> None:
        self.warning.check(text)

    def values(self) -> QuestionWithoutFile:
        asked_on = self.date_edit.date() or self.question.asked_on
        return replace(self.question, asked_on=asked_on, channel=self.channel.currentData(),
                       referrer=self.referrer.currentData(), outcome=self.outcome.currentData(),
                       minutes=self.minutes.value(), target_groups=self.groups.checked(),
                       life_domains=self.domains.checked(), topic=self.topic.text().strip())

    def save(self) -> None:
        found = self.warning.check(self.topic.text())
        if found and found != self._warned_for:
            self._warned_for = found  # first click warns; a second click saves what was chosen on purpose
            self.error_label.setText(self.tr("Het onderwerp lijkt een naam te bevatten. Pas het aan, of klik nog "
                                             "een keer op Opslaan."))
            self.topic.setFocus()
            return
        try:
            self.saved = registration.save_question(self.session.vault, self.values())
        except OcoError as exc:
            self.error_label.setText(str(exc))
            return
        self.session.changed("question", self.saved.id)
        self.accept()
