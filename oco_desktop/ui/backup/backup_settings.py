"""Settings for issue 14, added to the settings dialog: backup reminder, retention period, and a plain
statement whether an organisation key can open this vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout

from oco_desktop.errors import OcoError
from oco_desktop.settings import (
    BACKUP_REMINDER_MAX,
    BACKUP_REMINDER_MIN,
    RETENTION_MAX,
    RETENTION_MIN,
    Settings,
)
from oco_desktop.storage import org_slot
from oco_desktop.storage.vault import read_key_file


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupSettings", text)


def org_key_notice(folder: Path) -> str:
    """'' when no organisation key can open the vault (or it cannot be read), else one plain sentence."""
    try:
        key_id = org_slot.org_key_id(read_key_file(Path(folder)))
    except OcoError:
        return ""
    if not key_id:
        return ""
    return _tr("Een organisatiesleutel ({key}) kan deze kluis openen: de coördinator van uw organisatie kan "
               "een nieuwe wachtwoordzin instellen als u de uwe én de herstelcode kwijt bent.").format(key=key_id)


class BackupSettingsBox(QGroupBox):
    def __init__(self, settings: Settings, folder: Path, parent=None):
        super().__init__(_tr("Reservekopie, bewaren en herstel"), parent)
        self.settings = settings
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.reminder_days = QSpinBox(self)
        self.reminder_days.setObjectName("backupReminderDays")
        self.reminder_days.setRange(BACKUP_REMINDER_MIN, BACKUP_REMINDER_MAX)
        self.reminder_days.setSuffix(_tr(" dagen"))
        self.reminder_days.setValue(settings.get("backup_reminder_days"))
        form.addRow(_tr("Herinner aan een reservekopie na"), self.reminder_days)
        self.retention_months = QSpinBox(self)
        self.retention_months.setObjectName("retentionMonths")
        self.retention_months.setRange(RETENTION_MIN, RETENTION_MAX)
        self.retention_months.setSuffix(_tr(" maanden"))
        self.retention_months.setValue(settings.get("retention_months"))
        form.addRow(_tr("Bewaartermijn na afsluiten"), self.retention_months)
        policy = QLabel(_tr("Volg het beleid van uw organisatie."), self)
        policy.setWordWrap(True)
        form.addRow("", policy)
        notice = org_key_notice(folder) or _tr(
            "Geen organisatiesleutel: alleen uw wachtwoordzin en uw herstelcode openen deze kluis.")
        self.org_key_label = QLabel(notice, self)
        self.org_key_label.setObjectName("orgKeyNotice")
        self.org_key_label.setWordWrap(True)
        form.addRow(_tr("Organisatiesleutel"), self.org_key_label)

    def save(self) -> None:
        self.settings.set("backup_reminder_days", int(self.reminder_days.value()))
        self.settings.set("retention_months", int(self.retention_months.value()))


def add_to(dialog, settings: Settings, folder: Path) -> BackupSettingsBox:
    """Put the box above the dialog's OK/Cancel buttons; its values are saved when the dialog is accepted."""
    box = BackupSettingsBox(settings, folder, dialog)
    buttons = dialog.findChild(QDialogButtonBox, "buttons")
    layout = buttons.parentWidget().layout() if buttons is not None else None
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(layout.indexOf(buttons), box)
    else:
        dialog.layout().addWidget(box)
    dialog.accepted.connect(box.save)
    dialog.backup_box = box
    return box
