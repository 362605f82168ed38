"""The settings dialog: language, auto-lock time, own checklist file, forget the remembered key.

Values are written to the settings file on OK only; language and checklist file take effect after
a restart (the dialog says so), the auto-lock time at once (the main window reads it back).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.settings import AUTOLOCK_MAX, AUTOLOCK_MIN, Settings
from oco_desktop.storage import keystore
from oco_desktop.ui.widgets.forms import child, load_form

LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))  # each in its own language, never translated


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, vault_id: str | None, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.vault_id = vault_id
        self.setWindowTitle(self.tr("Instellingen"))
        host = QWidget(self)
        self.form = load_form("settings_dialog.ui", host)
        QVBoxLayout(self).addWidget(host)
        f = self.form
        self.language = child(f, QComboBox, "language")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        self.autolock = child(f, QSpinBox, "autolockMinutes")
        self.autolock.setRange(AUTOLOCK_MIN, AUTOLOCK_MAX)
        self.autolock.setSuffix(self.tr(" minuten"))
        self.autolock.setValue(settings.get("autolock_minutes"))
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
        self.accept()
