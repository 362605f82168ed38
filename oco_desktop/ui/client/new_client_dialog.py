"""The "new client" dialog: name, preferred name, date of birth and the consent question right away.

Consent may be postponed; the client file then shows clearly that notes are not possible yet.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from oco_desktop.domain.dates_nl import format_date_en_short, format_date_nl_short
from oco_desktop.domain.models import Client, Consent
from oco_desktop.errors import OcoError
from oco_desktop.storage import clients
from oco_desktop.ui.widgets.forms import child, load_form

# The date edits show "Onbekend" at their minimum: that is "no date of birth given".
UNKNOWN_DATE = QDate(1900, 1, 1)


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else UNKNOWN_DATE


def short_date(session, value: date | None) -> str:
    """'12 maart 2026' (or '12 March 2026' in English); empty for no date."""
    if value is None:
        return ""
    return format_date_en_short(value) if session.lang == "en" else format_date_nl_short(value)


def parse_birth_date(text: str) -> date | None:
    """'12-4-1958' (or 12/4/1958, 12.4.1958) -> date; empty -> None; ValueError when not a real past date."""
    text = text.strip()
    if not text:
        return None
    match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
    if match is None:
        raise ValueError(text)
    day, month, year = (int(g) for g in match.groups())
    value = date(year, month, day)
    if value > date.today() or year < 1900:
        raise ValueError(text)
    return value


def birth_date_text(value: date | None) -> str:
    return "" if value is None else f"{value.day:02d}-{value.month:02d}-{value.year}"


def from_qdate(value: QDate) -> date | None:
    if not value.isValid() or value == UNKNOWN_DATE:
        return None
    return date(value.year(), value.month(), value.day())


class NewClientDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.setWindowTitle(self.tr("Nieuwe cliënt"))
        self.form = load_form("new_client_dialog.ui", self)
        self.name_edit = child(self.form, QLineEdit, "nameEdit")
        self.preferred_name_edit = child(self.form, QLineEdit, "preferredNameEdit")
        self.birth_date_edit = child(self.form, QLineEdit, "birthDateEdit")
        self.error_label = child(self.form, QLabel, "errorLabel")
        self.consent_now = child(self.form, QRadioButton, "consentNowRadio")
        self.consent_later = child(self.form, QRadioButton, "consentLaterRadio")
        self.consent_details = child(self.form, QWidget, "consentDetails")
        self.scope_edit = child(self.form, QLineEdit, "scopeEdit")
        self.verbal_radio = child(self.form, QRadioButton, "verbalRadio")
        self.written_radio = child(self.form, QRadioButton, "writtenRadio")
        self.consent_date_edit = child(self.form, QDateEdit, "consentDateEdit")
        self.buttons = child(self.form, QDialogButtonBox, "buttonBox")

        self.scope_edit.setText(self.tr("Gegevens bewaren en gebruiken voor de ondersteuning"))
        self.consent_date_edit.setDate(QDate.currentDate())
        self.consent_date_edit.setMaximumDate(QDate.currentDate())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cliënt &aanmaken"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.consent_now.toggled.connect(self.consent_details.setEnabled)
        self.name_edit.setFocus()
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        """Store the client (and the consent, if given now); stay open with a message if that fails."""
        name = self.name_edit.text().strip()
        if not name:
            self._show_error(self.tr("Vul de naam van de cliënt in."))
            self.name_edit.setFocus()
            return
        if self.consent_now.isChecked() and not self.scope_edit.text().strip():
            self._show_error(self.tr("Schrijf op waarvoor de cliënt toestemming geeft, of kies 'Later vastleggen'."))
            self.scope_edit.setFocus()
            return
        try:
            birth_date = parse_birth_date(self.birth_date_edit.text())
        except ValueError:
            self._show_error(self.tr("Schrijf de geboortedatum als dag-maand-jaar, bijvoorbeeld 12-04-1958."))
            self.birth_date_edit.setFocus()
            return
        vault = self.session.vault
        try:
            with vault.transaction():
                client = clients.add_client(vault, Client(
                    name=name,
                    preferred_name=self.preferred_name_edit.text().strip(),
                    date_of_birth=birth_date,
                ))
                if self.consent_now.isChecked():
                    clients.record_consent(vault, client.id, Consent(
                        scope=self.scope_edit.text().strip(),
                        method="written" if self.written_radio.isChecked() else "verbal",
                        given_on=from_qdate(self.consent_date_edit.date()) or date.today(),
                    ))
        except OcoError as exc:
            self._show_error(str(exc))
            return
        self.client_id = client.id
        self.session.changed("client", client.id)
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)


def create_client_interactively(session, parent=None) -> str | None:
    """Ask for a new client; returns its id, or None when the supporter cancelled."""
    dialog = NewClientDialog(session, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.client_id
        return None
    finally:
        dialog.deleteLater()
