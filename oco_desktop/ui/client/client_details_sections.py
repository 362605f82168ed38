"""The sections of the "Gegevens" page (consent banner, personal details, target groups and laws, life
domains, social network, erasing), built in code because their content depends on the client."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.ui.widgets.flow_layout import FlowLayout


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label



class ClientDetailsSections:
    """Builds the sections of the "Gegevens" page; mixed into ClientDetailsPage (tr context is the page)."""

    def _build_consent(self) -> QWidget:
        self.consent_frame = QFrame()
        self.consent_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.consent_frame.setAutoFillBackground(True)
        layout = QVBoxLayout(self.consent_frame)
        self.consent_label = _bold(QLabel())
        self.consent_label.setWordWrap(True)
        self.consent_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.consent_label)
        buttons = FlowLayout()
        self.record_consent_button = QPushButton(self.tr("Toest&emming vastleggen…"))
        self.record_consent_button.clicked.connect(self.record_consent)
        self.withdraw_consent_button = QPushButton(self.tr("Toestemming &intrekken…"))
        self.withdraw_consent_button.clicked.connect(self.withdraw_consent)
        buttons.addWidget(self.record_consent_button)
        buttons.addWidget(self.withdraw_consent_button)
        layout.addLayout(buttons)
        return self.consent_frame

    def _build_details(self) -> QWidget:
        group = QGroupBox(self.tr("Persoonsgegevens"))
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        form.addRow(self.tr("Le&zen"), self.reading_edit)
        form.addRow(self.tr("H&oren"), self.hearing_edit)
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
        self.add_domain_button = QPushButton(self.tr("Levensgebie&d toevoegen"))
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
        buttons = FlowLayout()
        self.add_member_button = QPushButton(self.tr("&Persoon toevoegen…"))
        self.add_member_button.clicked.connect(self.add_network_member)
        self.edit_member_button = QPushButton(self.tr("&Wijzigen…"))
        self.edit_member_button.clicked.connect(self.edit_network_member)
        self.delete_member_button = QPushButton(self.tr("Verwi&jderen…"))
        self.delete_member_button.clicked.connect(self.delete_network_member)
        for button in (self.add_member_button, self.edit_member_button, self.delete_member_button):
            buttons.addWidget(button)
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
