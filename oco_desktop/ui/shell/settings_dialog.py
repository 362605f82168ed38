"""The settings dialog: language, auto-lock time, own checklist file, forget the remembered key.

Values are written to the settings file on OK only; language and checklist file take effect after
a restart (the dialog says so), the auto-lock time at once (the main window reads it back).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.settings import AUTOLOCK_MAX, AUTOLOCK_MIN, REMINDER_WEEKS_MAX, REMINDER_WEEKS_MIN, Settings
from oco_desktop.storage import keystore
from oco_desktop.ui.widgets.forms import child, load_form
from oco_desktop.ui.widgets.guarded_dialog import GuardedDialog

LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))  # each in its own language, never translated


class SettingsDialog(GuardedDialog):
    """Escape asks before changed settings are thrown away."""

    def __init__(self, settings: Settings, vault_id: str | None, parent=None):
        super().__init__(parent, getattr(parent, "session", None))
        self.settings = settings
        self.vault_id = vault_id
        self.setWindowTitle(self.tr("Instellingen"))
        host = QWidget(self)
        self.form = load_form("settings_dialog.ui", host)
        outer = QVBoxLayout(self)
        outer.addWidget(host)
        f = self.form
        self.route_fields = RouteSettingsBox(settings, self)
        outer.insertWidget(0, self.route_fields)  # above the form, whose last row holds OK/Cancel
        self.language = child(f, QComboBox, "language")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        self.autolock = child(f, QSpinBox, "autolockMinutes")
        self.autolock.setRange(AUTOLOCK_MIN, AUTOLOCK_MAX)
        self.autolock.valueChanged.connect(self._autolock_suffix)
        self.autolock.setValue(settings.get("autolock_minutes"))
        self._autolock_suffix(self.autolock.value())
        self.override_file = child(f, QLineEdit, "overrideFile")
        self.override_file.setText(settings.get("checklist_override_file"))
        child(f, QPushButton, "browseButton").clicked.connect(self.browse)
        self.forget_button = child(f, QPushButton, "forgetKeyButton")
        self.forget_status = child(f, QLabel, "forgetKeyStatus")
        self.forget_button.clicked.connect(self.forget_key)
        remembered = bool(vault_id) and keystore.available() and keystore.recall(vault_id) is not None
        self.forget_button.setEnabled(remembered)
        self.forget_status.setText(
            "" if remembered else self.tr("Deze computer onthoudt de sleutel van deze kluis niet.")
        )
        buttons = child(f, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)

    def _autolock_suffix(self, minutes: int) -> None:
        """' minuut' after 1, ' minuten' after more: the spin box's suffix follows its number."""
        text = self.tr(" %n minuut/minuten", "", minutes)  # " 1 minuut", " 5 minuten"
        self.autolock.setSuffix(text.replace(f" {minutes}", "", 1))

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Checklistbestand kiezen"), self.override_file.text(),
            self.tr("Checklistbestanden (*.toml)"),
        )
        if path:
            self.override_file.setText(path)

    def forget_key(self) -> None:
        if self.vault_id:
            keystore.forget(self.vault_id)
        self.forget_button.setEnabled(False)
        self.forget_status.setText(
            self.tr("De sleutel is vergeten. De volgende keer vraagt OCO Desktop om uw wachtwoordzin.")
        )

    def apply(self) -> None:
        self.settings.set("language", self.language.currentData())
        self.settings.set("autolock_minutes", int(self.autolock.value()))
        self.settings.set("checklist_override_file", self.override_file.text().strip())
        self.route_fields.apply()
        self.accept()


class RouteSettingsBox(QGroupBox):
    """The supporter's own details (for "Hulp bij dit plan: ..." and letters), the municipality the
    resident's letters go to, and the weeks before help ends that the re-assessment reminder shows."""

    TEXT_FIELDS = ("supporter_name", "supporter_organisation", "supporter_contact", "municipality_name")

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setTitle(self.tr("Plannen, brieven en herindicatie"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        labels = {
            "supporter_name": self.tr("Uw &naam:"),
            "supporter_organisation": self.tr("Uw &organisatie:"),
            "supporter_contact": self.tr("Uw telefoon of e-&mail:"),
            "municipality_name": self.tr("&Gemeente (voor brieven):"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for name in self.TEXT_FIELDS:
            edit = QLineEdit(settings.get(name))
            edit.setObjectName(name)
            label = QLabel(labels[name])
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.edits[name] = edit
        self.reminder_weeks = QSpinBox()
        self.reminder_weeks.setObjectName("reassessment_reminder_weeks")
        self.reminder_weeks.setRange(REMINDER_WEEKS_MIN, REMINDER_WEEKS_MAX)
        self.reminder_weeks.setSuffix(self.tr(" weken"))
        self.reminder_weeks.setValue(settings.get("reassessment_reminder_weeks"))
        label = QLabel(self.tr("&Herindicatie voorbereiden:"))
        label.setBuddy(self.reminder_weeks)
        form.addRow(label, self.reminder_weeks)
        hint = QLabel(self.tr("Zoveel weken voordat de toegekende hulp stopt, ziet u een herinnering."))
        hint.setWordWrap(True)
        form.addRow(hint)

    def apply(self) -> None:
        for name, edit in self.edits.items():
            self.settings.set(name, edit.text().strip())
        self.settings.set("reassessment_reminder_weeks", int(self.reminder_weeks.value()))
