"""One life domain on the "Gegevens" page: the question in the client's words and the self-reliance
scores over time."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from oco_desktop.domain.models import SelfRelianceScore
from oco_desktop.storage import clients
from oco_desktop.ui.client.new_client_dialog import short_date
from oco_desktop.ui.widgets.date_field import DateField
from oco_desktop.ui.widgets.flow_layout import FlowLayout, pair

AUTOSAVE_MS = 1000


if TYPE_CHECKING:
    from oco_desktop.ui.client.client_details_page import ClientDetailsPage


def _score_text(value: int | None) -> str:
    return "–" if value is None else str(value)


def _change_text(values: list[int | None]) -> str:
    """'2 → 4' from the first to the latest score given, or the one score, or '–'."""
    given = [v for v in values if v is not None]
    if not given:
        return "–"
    if len(given) == 1:
        return str(given[0])
    return f"{given[0]} → {given[-1]}"

class LifeDomainBox(QGroupBox):
    """One life domain in play: the question in the client's words and the scores over time."""

    def __init__(self, page: ClientDetailsPage, domain_id: str, question: str):
        super().__init__(page.session.label("life_domains", domain_id))
        self.page = page
        self.domain_id = domain_id
        layout = QVBoxLayout(self)
        question_label = QLabel(self.tr("Vraag of situatie in de woorden van de cliënt"))
        layout.addWidget(question_label)
        self.question_edit = QPlainTextEdit(question)
        self.question_edit.setAccessibleName(self.tr("Vraag bij %1").replace("%1", self.title()))
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.question_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        question_label.setBuddy(self.question_edit)
        layout.addWidget(self.question_edit)
        self.question_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.question_timer.timeout.connect(page.save_questions)
        self.question_edit.textChanged.connect(self.question_timer.start)
        self.question_edit.installEventFilter(page)

        self.change_label = QLabel()
        layout.addWidget(self.change_label)
        self.scores_table = QTableWidget(0, 3)
        self.scores_table.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Cliënt vindt (1-5)"), self.tr("Ondersteuner vindt (1-5)")]
        )
        self.scores_table.setAccessibleName(self.tr("Scores zelfredzaamheid bij %1").replace("%1", self.title()))
        self.scores_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scores_table.verticalHeader().setVisible(False)
        self.scores_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.scores_table)

        add_row = FlowLayout()
        domain = self.title()
        self.score_date = DateField(allow_empty=False)
        self.score_date.setDate(date.today())
        self.score_date.setMaximumWidth(self.score_date.fontMetrics().horizontalAdvance("00-00-00000") * 3)
        self.score_date.setAccessibleName(self.tr("Datum van de nieuwe score bij %1").replace("%1", domain))
        self.client_score = self._score_combo(self.tr("Score volgens de cliënt bij %1").replace("%1", domain))
        self.supporter_score = self._score_combo(self.tr("Score volgens de ondersteuner bij %1").replace("%1", domain))
        # No Alt letter: there is one of these per life domain (reached with Tab).
        self.add_score_button = QPushButton(self.tr("Score toevoegen"))
        self.add_score_button.setAccessibleName(self.tr("Score toevoegen bij %1").replace("%1", domain))
        self.add_score_button.clicked.connect(self.add_score)
        self.remove_button = QPushButton(self.tr("Levensgebied weghalen"))
        self.remove_button.setAccessibleName(self.tr("Levensgebied %1 weghalen").replace("%1", domain))
        self.remove_button.clicked.connect(lambda: page.remove_domain(self.domain_id))
        for text, widget in ((self.tr("Datum"), self.score_date), (self.tr("Cliënt"), self.client_score),
                             (self.tr("Ondersteuner"), self.supporter_score)):
            label = QLabel(text)
            label.setBuddy(widget)
            add_row.addWidget(pair(label, widget))
        add_row.addWidget(self.add_score_button)
        add_row.add_stretch()
        add_row.addWidget(self.remove_button)
        layout.addLayout(add_row)

    def _score_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem("–", None)
        for value in range(1, 6):
            combo.addItem(str(value), value)
        return combo

    def show_scores(self, history: list[SelfRelianceScore]) -> None:
        self.scores_table.setRowCount(len(history))
        for row, score in enumerate(history):
            for column, text in enumerate(
                (short_date(self.page.session, score.scored_on), _score_text(score.client_score),
                 _score_text(score.supporter_score))
            ):
                self.scores_table.setItem(row, column, QTableWidgetItem(text))
        client_change = _change_text([s.client_score for s in history])
        supporter_change = _change_text([s.supporter_score for s in history])
        self.change_label.setText(
            self.tr("Verloop: cliënt %1 · ondersteuner %2").replace("%1", client_change).replace("%2", supporter_change)
        )
        rows = max(len(history), 1)
        header = self.scores_table.horizontalHeader().sizeHint().height()
        self.scores_table.setFixedHeight(header + rows * self.scores_table.verticalHeader().defaultSectionSize() + 8)

    def add_score(self) -> None:
        client_value, supporter_value = self.client_score.currentData(), self.supporter_score.currentData()
        if client_value is None and supporter_value is None:
            self.page.show_message(self.tr("Kies een score van de cliënt, van uzelf, of allebei."))
            return
        if not self.score_date.validate():  # the field says what is wrong
            self.score_date.setFocus()
            return
        score = SelfRelianceScore(self.domain_id, self.score_date.date() or date.today(),
                                  client_value, supporter_value)
        if self.page.run(lambda: clients.add_score(self.page.session.vault, self.page.client_id, score)):
            self.client_score.setCurrentIndex(0)
            self.supporter_score.setCurrentIndex(0)
            self.show_scores(clients.scores(self.page.session.vault, self.page.client_id, self.domain_id))
            self.page.notify()
