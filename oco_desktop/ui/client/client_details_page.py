"""The "Gegevens" page of a client: consent, personal details, target groups, laws, life domains with
the question in the client's words and self-reliance scores side by side, the social network, and
erasing the client.

Built in code: the number of life-domain boxes and network rows depends on the client.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.models import Client, Consent, LifeDomainQuestion, NetworkMember, SelfRelianceScore
from oco_desktop.errors import OcoError
from oco_desktop.storage import clients
from oco_desktop.ui.client.new_client_dialog import birth_date_text, from_qdate, parse_birth_date, short_date

_PHONE = re.compile(r"^[0-9 +()\-]*$")
AUTOSAVE_MS = 1000


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


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


class ConsentDialog(QDialog):
    """Record what the client agreed to, how and when."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toestemming vastleggen"))
        form = QFormLayout(self)
        self.scope_edit = QLineEdit(self.tr("Gegevens bewaren en gebruiken voor de ondersteuning"))
        form.addRow(self.tr("&Waarvoor"), self.scope_edit)
        self.verbal_radio = QRadioButton(self.tr("&Mondeling"))
        self.verbal_radio.setChecked(True)
        self.written_radio = QRadioButton(self.tr("&Schriftelijk"))
        methods = QHBoxLayout()
        methods.addWidget(self.verbal_radio)
        methods.addWidget(self.written_radio)
        form.addRow(self.tr("Hoe"), methods)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setMaximumDate(QDate.currentDate())
        form.addRow(self.tr("&Datum"), self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def consent(self) -> Consent:
        return Consent(
            scope=self.scope_edit.text().strip(),
            method="written" if self.written_radio.isChecked() else "verbal",
            given_on=from_qdate(self.date_edit.date()) or date.today(),
        )


class NetworkMemberDialog(QDialog):
    """Add or change one person of the client's social network."""

    def __init__(self, member: NetworkMember | None = None, parent=None):
        super().__init__(parent)
        self.member_id = member.id if member else ""
        self.setWindowTitle(self.tr("Persoon uit het netwerk"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(member.name if member else "")
        form.addRow(self.tr("&Naam"), self.name_edit)
        self.relation_edit = QLineEdit(member.relation if member else "")
        self.relation_edit.setPlaceholderText(self.tr("bijvoorbeeld dochter, buurman, vriendin"))
        form.addRow(self.tr("&Relatie"), self.relation_edit)
        self.carer_check = QCheckBox(self.tr("Is &mantelzorger"))
        self.carer_check.setChecked(bool(member and member.is_informal_carer))
        form.addRow("", self.carer_check)
        self.phone_edit = QLineEdit(member.phone if member else "")
        form.addRow(self.tr("&Telefoon"), self.phone_edit)
        self.what_edit = QLineEdit(member.what_they_do if member else "")
        form.addRow(self.tr("&Wat doet deze persoon"), self.what_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def member(self) -> NetworkMember:
        return NetworkMember(
            name=self.name_edit.text().strip(), relation=self.relation_edit.text().strip(),
            is_informal_carer=self.carer_check.isChecked(), phone=self.phone_edit.text().strip(),
            what_they_do=self.what_edit.text().strip(), id=self.member_id,
        )


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

        add_row = QHBoxLayout()
        self.score_date = QDateEdit(QDate.currentDate())
        self.score_date.setCalendarPopup(True)
        self.score_date.setDisplayFormat("dd-MM-yyyy")
        self.score_date.setAccessibleName(self.tr("Datum van de nieuwe score"))
        self.client_score = self._score_combo(self.tr("Score volgens de cliënt"))
        self.supporter_score = self._score_combo(self.tr("Score volgens de ondersteuner"))
        self.add_score_button = QPushButton(self.tr("Score &toevoegen"))
        self.add_score_button.clicked.connect(self.add_score)
        self.remove_button = QPushButton(self.tr("Levensgebied weghalen"))
        self.remove_button.clicked.connect(lambda: page.remove_domain(self.domain_id))
        for text, widget in ((self.tr("Datum"), self.score_date), (self.tr("Cliënt"), self.client_score),
                             (self.tr("Ondersteuner"), self.supporter_score)):
            label = QLabel(text)
            label.setBuddy(widget)
            add_row.addWidget(label)
            add_row.addWidget(widget)
        add_row.addWidget(self.add_score_button)
        add_row.addStretch(1)
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
        score = SelfRelianceScore(self.domain_id, from_qdate(self.score_date.date()) or date.today(),
                                  client_value, supporter_value)
        if self.page.run(lambda: clients.add_score(self.page.session.vault, self.page.client_id, score)):
            self.client_score.setCurrentIndex(0)
            self.supporter_score.setCurrentIndex(0)
            self.show_scores(clients.scores(self.page.session.vault, self.page.client_id, self.domain_id))
            self.page.notify()


class ClientDetailsPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self._client: Client | None = None
        self._loading = False
        self._dirty = False
        self._own_change = False
        self.domain_boxes: dict[str, LifeDomainBox] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        self.content = QWidget()
        self.scroll.setWidget(self.content)
        layout = QVBoxLayout(self.content)

        self.empty_label = QLabel(self.tr("Kies een cliënt."))
        layout.addWidget(self.empty_label)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        layout.addStretch(1)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        body.addWidget(self.message_label)
        body.addWidget(self._build_consent())
        body.addWidget(self._build_details())
        body.addWidget(self._build_groups_and_laws())
        body.addWidget(self._build_domains())
        body.addWidget(self._build_network())
        body.addWidget(self._build_delete())

        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_details)

        session.dataChanged.connect(self._on_data_changed)
        session.aboutToLock.connect(self.flush)
        session.locked.connect(self._on_locked)
        session.unlocked.connect(lambda: self.show_client(self.client_id))
        self._clear()

    def title(self) -> str:
        return self.tr("Gegevens")

    # -- building -------------------------------------------------------------------------------------
    def _build_consent(self) -> QWidget:
        self.consent_frame = QFrame()
        self.consent_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.consent_frame.setAutoFillBackground(True)
        layout = QHBoxLayout(self.consent_frame)
        self.consent_label = _bold(QLabel())
        self.consent_label.setWordWrap(True)
        self.consent_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.consent_label, 1)
        self.record_consent_button = QPushButton(self.tr("Toestemming &vastleggen…"))
        self.record_consent_button.clicked.connect(self.record_consent)
        self.withdraw_consent_button = QPushButton(self.tr("Toestemming &intrekken…"))
        self.withdraw_consent_button.clicked.connect(self.withdraw_consent)
        layout.addWidget(self.record_consent_button)
        layout.addWidget(self.withdraw_consent_button)
        return self.consent_frame

    def _build_details(self) -> QWidget:
        group = QGroupBox(self.tr("Persoonsgegevens"))
        form = QFormLayout(group)
        self.name_edit = QLineEdit()
        self.preferred_name_edit = QLineEdit()
        self.birth_date_edit = QLineEdit()
        self.birth_date_edit.setPlaceholderText(self.tr("dd-mm-jjjj (mag leeg blijven)"))
        self.phone_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.language_edit = QLineEdit()
        self.language_edit.setPlaceholderText(self.tr("bijvoorbeeld Nederlands, Arabisch, Turks"))
        self.interpreter_check = QCheckBox(self.tr("&Tolk nodig"))
        self.reading_edit = QLineEdit()
        self.reading_edit.setPlaceholderText(self.tr("bijvoorbeeld grote letters, voorlezen, eenvoudige taal"))
        self.hearing_edit = QLineEdit()
        self.hearing_edit.setPlaceholderText(self.tr("bijvoorbeeld hoortoestel, langzaam praten"))
        form.addRow(self.tr("&Naam"), self.name_edit)
        form.addRow(self.tr("&Roepnaam"), self.preferred_name_edit)
        form.addRow(self.tr("&Geboortedatum"), self.birth_date_edit)
        form.addRow(self.tr("Tele&foon"), self.phone_edit)
        form.addRow(self.tr("&Adres"), self.address_edit)
        form.addRow(self.tr("&Voorkeurstaal"), self.language_edit)
        form.addRow("", self.interpreter_check)
        form.addRow(self.tr("&Lezen"), self.reading_edit)
        form.addRow(self.tr("&Horen"), self.hearing_edit)
        self.details_error = QLabel()
        self.details_error.setWordWrap(True)
        form.addRow("", self.details_error)
        buttons = QHBoxLayout()
        self.details_state = QLabel()
        buttons.addWidget(self.details_state, 1)
        self.save_button = QPushButton(self.tr("Gegevens op&slaan"))
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_details)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        for edit in (self.name_edit, self.preferred_name_edit, self.birth_date_edit, self.phone_edit, self.address_edit,
                     self.language_edit, self.reading_edit, self.hearing_edit):
            edit.textEdited.connect(self._mark_dirty)
        self.interpreter_check.toggled.connect(self._mark_dirty)
        return group

    def _build_groups_and_laws(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        groups = QGroupBox(self.tr("Doelgroepen"))
        groups_layout = QVBoxLayout(groups)
        self.target_group_list = QListWidget()
        self.target_group_list.setAccessibleName(self.tr("Doelgroepen"))
        for item in self.session.definitions.target_groups:
            entry = QListWidgetItem(item.label.get(self.session.lang))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.target_group_list.addItem(entry)
        self.target_group_list.itemChanged.connect(self._save_lists)
        groups_layout.addWidget(self.target_group_list)
        row.addWidget(groups, 3)

        laws = QGroupBox(self.tr("Wetten"))
        laws_layout = QVBoxLayout(laws)
        self.law_checks: dict[str, QCheckBox] = {}
        for item in self.session.definitions.laws:
            check = QCheckBox(item.label.get(self.session.lang))
            check.toggled.connect(self._save_lists)
            self.law_checks[item.id] = check
            laws_layout.addWidget(check)
        laws_layout.addStretch(1)
        row.addWidget(laws, 2)
        return box

    def _build_domains(self) -> QWidget:
        group = QGroupBox(self.tr("Levensgebieden"))
        layout = QVBoxLayout(group)
        intro = QLabel(self.tr(
            "Per levensgebied: de vraag zoals de cliënt die zegt, en hoe zelfredzaam de cliënt is "
            "(1 = helemaal niet, 5 = helemaal). De cliënt en u geven elk een score; zo is verandering te zien."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.domains_layout = QVBoxLayout()
        layout.addLayout(self.domains_layout)
        add_row = QHBoxLayout()
        self.domain_combo = QComboBox()
        self.domain_combo.setAccessibleName(self.tr("Levensgebied om toe te voegen"))
        self.add_domain_button = QPushButton(self.tr("Levensgebied &toevoegen"))
        self.add_domain_button.clicked.connect(self.add_domain)
        add_row.addWidget(self.domain_combo, 1)
        add_row.addWidget(self.add_domain_button)
        layout.addLayout(add_row)
        return group

    def _build_network(self) -> QWidget:
        group = QGroupBox(self.tr("Sociaal netwerk en mantelzorgers"))
        layout = QVBoxLayout(group)
        self.network_table = QTableWidget(0, 5)
        self.network_table.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Relatie"), self.tr("Mantelzorger"), self.tr("Telefoon"),
             self.tr("Wat doet deze persoon")]
        )
        self.network_table.setAccessibleName(self.tr("Sociaal netwerk"))
        self.network_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.network_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.network_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.network_table.verticalHeader().setVisible(False)
        self.network_table.horizontalHeader().setStretchLastSection(True)
        self.network_table.doubleClicked.connect(self.edit_network_member)
        self.network_table.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        layout.addWidget(self.network_table)
        buttons = QHBoxLayout()
        self.add_member_button = QPushButton(self.tr("Persoon toe&voegen…"))
        self.add_member_button.clicked.connect(self.add_network_member)
        self.edit_member_button = QPushButton(self.tr("&Wijzigen…"))
        self.edit_member_button.clicked.connect(self.edit_network_member)
        self.delete_member_button = QPushButton(self.tr("&Verwijderen…"))
        self.delete_member_button.clicked.connect(self.delete_network_member)
        for button in (self.add_member_button, self.edit_member_button, self.delete_member_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return group

    def _build_delete(self) -> QWidget:
        box = QWidget()
        row = QGridLayout(box)
        row.setContentsMargins(0, 12, 0, 0)
        self.delete_client_button = QPushButton(self.tr("Cliënt definitief verwijderen…"))
        self.delete_client_button.clicked.connect(self.delete_client)
        row.addWidget(self.delete_client_button, 0, 1)
        row.setColumnStretch(0, 1)
        return box

    # -- showing --------------------------------------------------------------------------------------
    def show_client(self, client_id: str | None) -> None:
        if client_id is not None and client_id == self.client_id and self._client is not None \
                and self.session.is_unlocked and clients.find_client(self.session.vault, client_id) is not None:
            # The workspace re-shows the client after every change: keep what is being typed here.
            self._refresh_quietly()
            return
        if client_id != self.client_id:
            self.flush()
        self.client_id = client_id
        if client_id is None or not self.session.is_unlocked:
            self._clear()
            return
        client = clients.find_client(self.session.vault, client_id)
        if client is None:
            self.client_id = None
            self._clear()
            return
        self._client = client
        self._loading = True
        try:
            self._show_details(client)
            self._show_lists(client)
            self._show_consent()
            self._show_domains()
            self._show_network()
        finally:
            self._loading = False
        self.empty_label.hide()
        self.body.show()

    def show_case(self, case_id: str | None) -> None:
        """The client's details do not depend on the case."""

    def _clear(self) -> None:
        self._client = None
        self._dirty = False
        self.body.hide()
        self.empty_label.show()
        self._loading = True
        for edit in (self.name_edit, self.preferred_name_edit, self.birth_date_edit, self.phone_edit, self.address_edit,
                     self.language_edit, self.reading_edit, self.hearing_edit):
            edit.clear()
        self.consent_label.clear()
        self.message_label.clear()
        self.details_error.clear()
        self.network_table.setRowCount(0)
        self._remove_domain_boxes()
        self._loading = False

    def _show_details(self, client: Client) -> None:
        self.name_edit.setText(client.name)
        self.preferred_name_edit.setText(client.preferred_name)
        self.birth_date_edit.setText(birth_date_text(client.date_of_birth))
        self.phone_edit.setText(client.phone)
        self.address_edit.setText(client.address)
        self.language_edit.setText(client.preferred_language if client.preferred_language != "nl" else "")
        self.interpreter_check.setChecked(client.interpreter_needed)
        self.reading_edit.setText(client.reading_needs)
        self.hearing_edit.setText(client.hearing_needs)
        self.details_error.clear()
        self._dirty = False
        self.details_state.clear()

    def _show_lists(self, client: Client) -> None:
        for row in range(self.target_group_list.count()):
            item = self.target_group_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in client.target_groups
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for law_id, check in self.law_checks.items():
            check.setChecked(law_id in client.laws)

    def _show_consent(self) -> None:
        active = [c for c in clients.consents(self.session.vault, self.client_id) if c.active]
        if active:
            lines = []
            for consent in active:
                method = self.tr("schriftelijk") if consent.method == "written" else self.tr("mondeling")
                lines.append(
                    self.tr("✔ Toestemming gegeven op %1 (%2): %3")
                    .replace("%1", short_date(self.session, consent.given_on))
                    .replace("%2", method).replace("%3", consent.scope)
                )
            self.consent_label.setText("\n".join(lines))
            self.consent_frame.setBackgroundRole(QPalette.ColorRole.Window)
            self.withdraw_consent_button.setEnabled(True)
            self.record_consent_button.setText(self.tr("Nieuwe toestemming &vastleggen…"))
        else:
            self.consent_label.setText(
                self.tr("⚠ Nog geen toestemming vastgelegd — notities zijn pas mogelijk na toestemming.")
            )
            # Highlight plus the warning sign and text: meaning never by colour alone.
            self.consent_frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
            self.withdraw_consent_button.setEnabled(False)
            self.record_consent_button.setText(self.tr("Toestemming &vastleggen…"))
        self.consent_label.setAccessibleName(self.consent_label.text())

    def _remove_domain_boxes(self) -> None:
        for box in self.domain_boxes.values():
            box.question_timer.stop()
            self.domains_layout.removeWidget(box)
            box.deleteLater()
        self.domain_boxes.clear()

    def _show_domains(self) -> None:
        self._remove_domain_boxes()
        vault = self.session.vault
        for question in clients.life_domains(vault, self.client_id):
            box = LifeDomainBox(self, question.domain_id, question.question)
            box.show_scores(clients.scores(vault, self.client_id, question.domain_id))
            self.domains_layout.addWidget(box)
            self.domain_boxes[question.domain_id] = box
        self.domain_combo.clear()
        for item in self.session.definitions.life_domains:
            if item.id not in self.domain_boxes:
                self.domain_combo.addItem(item.label.get(self.session.lang), item.id)
        self.add_domain_button.setEnabled(self.domain_combo.count() > 0)

    def _show_network(self) -> None:
        members = clients.network(self.session.vault, self.client_id)
        self.network_table.setRowCount(len(members))
        for row, member in enumerate(members):
            carer = self.tr("Ja, mantelzorger") if member.is_informal_carer else self.tr("Nee")
            for column, text in enumerate((member.name, member.relation, carer, member.phone, member.what_they_do)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                self.network_table.setItem(row, column, item)
        self.network_table.resizeColumnsToContents()
        has_rows = bool(members)
        self.edit_member_button.setEnabled(has_rows)
        self.delete_member_button.setEnabled(has_rows)

    # -- saving ---------------------------------------------------------------------------------------
    def run(self, action) -> bool:
        """Run a storage call; show its Dutch message instead of a traceback when it refuses."""
        self._own_change = True
        try:
            action()
        except OcoError as exc:
            self.show_message(str(exc))
            return False
        finally:
            self._own_change = False
        self.message_label.clear()
        return True

    def notify(self) -> None:
        """Tell the other views; this page already shows the change, so it ignores the echo."""
        self._own_change = True
        try:
            self.session.changed("client", self.client_id)
        finally:
            self._own_change = False

    def show_message(self, text: str) -> None:
        self.message_label.setText("⚠ " + text)

    def _mark_dirty(self, *_args) -> None:
        if not self._loading and self._client is not None:
            self._dirty = True
            self.details_state.setText(self.tr("Niet opgeslagen wijzigingen"))

    def _form_client(self) -> Client | None:
        """The client as in the form, or None with a message when a field is not valid."""
        problems = []
        name = self.name_edit.text().strip()
        if not name:
            problems.append(self.tr("Vul de naam van de cliënt in."))
        try:
            birth_date = parse_birth_date(self.birth_date_edit.text())
        except ValueError:
            birth_date = None
            problems.append(self.tr("Schrijf de geboortedatum als dag-maand-jaar, bijvoorbeeld 12-04-1958."))
        if not _PHONE.match(self.phone_edit.text().strip()):
            problems.append(self.tr("Een telefoonnummer bevat alleen cijfers, spaties en + - ( )."))
        self.details_error.setText("\n".join("⚠ " + p for p in problems))
        if problems:
            return None
        client = self._client
        return Client(
            id=client.id, name=name, preferred_name=self.preferred_name_edit.text().strip(),
            date_of_birth=birth_date, phone=self.phone_edit.text().strip(),
            address=self.address_edit.text().strip(), preferred_language=self.language_edit.text().strip() or "nl",
            interpreter_needed=self.interpreter_check.isChecked(), reading_needs=self.reading_edit.text().strip(),
            hearing_needs=self.hearing_edit.text().strip(), target_groups=self._checked_target_groups(),
            laws=self._checked_laws(),
        )

    def save_details(self) -> bool:
        if self._client is None:
            return False
        client = self._form_client()
        if client is None:
            return False
        saved: list[Client] = []
        if not self.run(lambda: saved.append(clients.update_client(self.session.vault, client))):
            return False
        self._client = saved[0]
        self._dirty = False
        self.details_state.setText(self.tr("Opgeslagen"))
        self.notify()
        return True

    def _checked_target_groups(self) -> list[str]:
        items = (self.target_group_list.item(r) for r in range(self.target_group_list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _checked_laws(self) -> list[str]:
        return [law_id for law_id, check in self.law_checks.items() if check.isChecked()]

    def _save_lists(self, *_args) -> None:
        """Target groups and laws save as soon as they are ticked (other edits stay in the form)."""
        if self._loading or self._client is None:
            return
        stored = clients.get_client(self.session.vault, self.client_id)
        stored.target_groups, stored.laws = self._checked_target_groups(), self._checked_laws()
        if self.run(lambda: clients.update_client(self.session.vault, stored)):
            self._client.target_groups, self._client.laws = stored.target_groups, stored.laws
            self.notify()

    def save_questions(self) -> None:
        if self._client is None or not self.session.is_unlocked:
            return
        questions = [LifeDomainQuestion(d, box.question_edit.toPlainText()) for d, box in self.domain_boxes.items()]
        for box in self.domain_boxes.values():
            box.question_timer.stop()
        self.run(lambda: clients.set_life_domains(self.session.vault, self.client_id, questions))

    def flush(self) -> None:
        """Save what can be saved now (before lock, hide or switching client): questions and valid details."""
        if self._client is None or not self.session.is_unlocked:
            return
        if any(box.question_timer.isActive() for box in self.domain_boxes.values()):
            self.save_questions()
        if self._dirty and self._form_client() is not None:
            self.save_details()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == event.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self.flush()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.flush()
        super().hideEvent(event)

    # -- actions --------------------------------------------------------------------------------------
    def add_domain(self) -> None:
        domain_id = self.domain_combo.currentData()
        if not domain_id or self._client is None:
            return
        questions = [LifeDomainQuestion(d, box.question_edit.toPlainText()) for d, box in self.domain_boxes.items()]
        questions.append(LifeDomainQuestion(domain_id, ""))
        if self.run(lambda: clients.set_life_domains(self.session.vault, self.client_id, questions)):
            self._show_domains()
            self.domain_boxes[domain_id].question_edit.setFocus()
            self.notify()

    def remove_domain(self, domain_id: str) -> None:
        label = self.session.label("life_domains", domain_id)
        answer = QMessageBox.question(
            self, self.tr("Levensgebied weghalen"),
            self.tr("Levensgebied '%1' weghalen bij deze cliënt? De vraag gaat weg; eerdere scores blijven bewaard.")
            .replace("%1", label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        questions = [LifeDomainQuestion(d, box.question_edit.toPlainText())
                     for d, box in self.domain_boxes.items() if d != domain_id]
        if self.run(lambda: clients.set_life_domains(self.session.vault, self.client_id, questions)):
            self._show_domains()
            self.notify()

    def record_consent(self) -> None:
        if self._client is None:
            return
        dialog = ConsentDialog(self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            consent = dialog.consent()
        finally:
            dialog.deleteLater()
        if self.run(lambda: clients.record_consent(self.session.vault, self.client_id, consent)):
            self._show_consent()
            self.notify()

    def withdraw_consent(self) -> None:
        active = [c for c in clients.consents(self.session.vault, self.client_id) if c.active]
        if not active:
            return
        answer = QMessageBox.question(
            self, self.tr("Toestemming intrekken"),
            self.tr("De cliënt trekt de toestemming in. Daarna kunt u geen nieuwe notities maken. "
                    "Wat al is vastgelegd blijft bewaard tot u het verwijdert. Doorgaan?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def withdraw():
            with self.session.vault.transaction():
                for consent in active:
                    clients.withdraw_consent(self.session.vault, consent.id, date.today())

        if self.run(withdraw):
            self._show_consent()
            self.notify()

    def _selected_member(self) -> NetworkMember | None:
        row = self.network_table.currentRow()
        if row < 0 or self.network_table.item(row, 0) is None:
            return None
        member_id = self.network_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        return next((m for m in clients.network(self.session.vault, self.client_id) if m.id == member_id), None)

    def _edit_member(self, member: NetworkMember | None) -> None:
        dialog = NetworkMemberDialog(member, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            changed = dialog.member()
        finally:
            dialog.deleteLater()
        if self.run(lambda: clients.save_network_member(self.session.vault, self.client_id, changed)):
            self._show_network()
            self.notify()

    def add_network_member(self) -> None:
        if self._client is not None:
            self._edit_member(None)

    def edit_network_member(self, *_args) -> None:
        member = self._selected_member()
        if member is not None:
            self._edit_member(member)

    def delete_network_member(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Persoon verwijderen"),
            self.tr("%1 uit het netwerk van deze cliënt verwijderen?").replace("%1", member.name),
        )
        if answer == QMessageBox.StandardButton.Yes and self.run(
            lambda: clients.delete_network_member(self.session.vault, member.id)
        ):
            self._show_network()
            self.notify()

    def delete_client(self) -> None:
        if self._client is None:
            return
        client_id, name = self.client_id, self._client.name
        counts = clients.deletion_summary(self.session.vault, client_id)
        text = (
            self.tr("U staat op het punt %1 definitief te verwijderen.").replace("%1", name) + "\n\n"
            + self.tr("Dit gaat weg:") + "\n"
            + self.tr("• alle persoonsgegevens, levensgebieden, scores en toestemmingen") + "\n"
            + self.tr("• %n casus(sen)", "", counts["cases"]) + "\n"
            + self.tr("• %n notitie(s)", "", counts["notes"]) + "\n"
            + self.tr("• %n afspraak/afspraken", "", counts["follow_ups"]) + "\n"
            + self.tr("• %n perso(o)n(en) uit het netwerk", "", counts["network_members"]) + "\n\n"
            + self.tr("Dit kan niet ongedaan worden gemaakt. Wilt u echt alles van deze cliënt wissen?")
        )
        answer = QMessageBox.warning(
            self, self.tr("Cliënt verwijderen"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Nothing of this client may be written back after the erasure.
        self._dirty = False
        for box in self.domain_boxes.values():
            box.question_timer.stop()
        if not self.run(lambda: clients.delete_client(self.session.vault, client_id)):
            return
        self.client_id = None
        self._clear()
        self.session.changed("client", client_id)

    # -- session --------------------------------------------------------------------------------------
    def _on_data_changed(self, kind: str, record_id: str) -> None:
        if self._own_change or self.client_id is None or not self.session.is_unlocked:
            return
        if kind == "client" and record_id == self.client_id:
            if clients.find_client(self.session.vault, self.client_id) is None:
                self.client_id = None
                self._clear()
            else:
                self._refresh_quietly()

    def _refresh_quietly(self) -> None:
        """Reload what others may have changed without throwing away what is being typed here."""
        client = clients.get_client(self.session.vault, self.client_id)
        self._loading = True
        try:
            if not self._dirty:
                self._client = client
                self._show_details(client)
            else:
                self._client.target_groups, self._client.laws = client.target_groups, client.laws
            self._show_lists(client)
            self._show_consent()
            self._show_network()
            stored = {q.domain_id for q in clients.life_domains(self.session.vault, self.client_id)}
            if stored != set(self.domain_boxes):
                self._show_domains()
        finally:
            self._loading = False

    def _on_locked(self) -> None:
        self._clear()
