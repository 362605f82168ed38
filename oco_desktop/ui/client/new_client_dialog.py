"""The "new client" dialog: name, preferred name, date of birth and the consent question right away.

Consent may be postponed; the client file then shows clearly that notes are not possible yet. The two
consent choices (and the two ways of giving it) are exclusive button groups: exactly one is chosen at
every moment, whatever the mouse or the keyboard does. Escape asks before typed input is thrown away.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from oco_desktop.domain.date_input import parse_date
from oco_desktop.domain.dates_nl import format_date_en_short, format_date_nl_short
from oco_desktop.domain.models import Client, Consent
from oco_desktop.errors import OcoError
from oco_desktop.storage import clients
from oco_desktop.ui.widgets.a11y import show_form_error
from oco_desktop.ui.widgets.date_field import DateField
from oco_desktop.ui.widgets.forms import child, load_form
from oco_desktop.ui.widgets.guarded_dialog import GuardedDialog

EARLIEST_BIRTH_DATE = date(1900, 1, 1)


def short_date(session, value: date | None) -> str:
    """'12 maart 2026' (or '12 March 2026' in English); empty for no date."""
    if value is None:
        return ""
    return format_date_en_short(value) if session.lang == "en" else format_date_nl_short(value)


def parse_birth_date(text: str) -> date | None:
    """'12-4-1958', '12041958', '12-4-58' -> date; empty -> None; ValueError when not a real past date."""
    return parse_date(text, minimum=EARLIEST_BIRTH_DATE, maximum=date.today())


def birth_date_text(value: date | None) -> str:
    return "" if value is None else f"{value.day:02d}-{value.month:02d}-{value.year}"


class NewClientDialog(GuardedDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent, session)
        self.session = session
        self.client_id: str | None = None
        self.setWindowTitle(self.tr("Nieuwe cliënt"))
        self.form = load_form("new_client_dialog.ui", self)
        self.name_edit = child(self.form, QLineEdit, "nameEdit")
        self.preferred_name_edit = child(self.form, QLineEdit, "preferredNameEdit")
        self.birth_date_edit = child(self.form, DateField, "birthDateEdit")
        self.error_label = child(self.form, QLabel, "errorLabel")
        self.consent_now = child(self.form, QRadioButton, "consentNowRadio")
        self.consent_later = child(self.form, QRadioButton, "consentLaterRadio")
        self.consent_details = child(self.form, QWidget, "consentDetails")
        self.scope_edit = child(self.form, QLineEdit, "scopeEdit")
        self.verbal_radio = child(self.form, QRadioButton, "verbalRadio")
        self.written_radio = child(self.form, QRadioButton, "writtenRadio")
        self.consent_date_edit = child(self.form, DateField, "consentDateEdit")
        self.buttons = child(self.form, QDialogButtonBox, "buttonBox")

        # One choice at every moment: a click on the chosen one, Space or arrow keys never leave none
        # or two (auto-exclusivity alone did, with the details widget between the two buttons).
        self.consent_group = QButtonGroup(self)
        self.consent_group.setExclusive(True)
        self.consent_group.addButton(self.consent_now)
        self.consent_group.addButton(self.consent_later)
        self.method_group = QButtonGroup(self)
        self.method_group.setExclusive(True)
        self.method_group.addButton(self.verbal_radio)
        self.method_group.addButton(self.written_radio)
        if self.consent_group.checkedButton() is None:
            self.consent_now.setChecked(True)
        if self.method_group.checkedButton() is None:
            self.verbal_radio.setChecked(True)

        self.birth_date_edit.minimum = EARLIEST_BIRTH_DATE
        self.birth_date_edit.maximum = date.today()
        self.birth_date_edit.edit.setPlaceholderText(self.tr("dd-mm-jjjj (mag leeg blijven)"))
        self.birth_date_edit.setAccessibleName(self.tr("Geboortedatum"))
        self.consent_date_edit.allow_empty = False
        self.consent_date_edit.maximum = date.today()
        self.consent_date_edit.setDate(date.today())
        self.consent_date_edit.setAccessibleName(self.tr("Datum van de toestemming"))
        self.scope_edit.setText(self.tr("Gegevens bewaren en gebruiken voor de ondersteuning"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cliënt &aanmaken"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.consent_now.toggled.connect(self._consent_choice_changed)
        self._consent_choice_changed()
        self.name_edit.setFocus()
        self.resize(560, self.sizeHint().height())

    def _consent_choice_changed(self, _checked: bool = False) -> None:
        self.consent_details.setEnabled(self.consent_now.isChecked())

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
        if not self.birth_date_edit.validate():
            self._show_error(self.tr("Schrijf de geboortedatum als dag-maand-jaar, bijvoorbeeld 12-04-1958."))
            self.birth_date_edit.setFocus()
            return
        if self.consent_now.isChecked() and not self.consent_date_edit.validate():
            self._show_error(self.consent_date_edit.problem())
            self.consent_date_edit.setFocus()
            return
        birth_date = self.birth_date_edit.date()
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
                        given_on=self.consent_date_edit.date() or date.today(),
                    ))
        except OcoError as exc:
            self._show_error(str(exc))
            return
        self.client_id = client.id
        self.session.changed("client", client.id)
        super().accept()

    def _show_error(self, text: str) -> None:
        # Shown, and announced as an alert for a screen reader (the caller moves the focus to the field).
        show_form_error(self.error_label, None, text)


def create_client_interactively(session, parent=None) -> str | None:
    """Ask for a new client; returns its id, or None when the supporter cancelled."""
    dialog = NewClientDialog(session, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.client_id
        return None
    finally:
        dialog.deleteLater()
