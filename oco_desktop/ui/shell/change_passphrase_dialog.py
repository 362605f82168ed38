"""Change the vault's passphrase: the current one is checked first; the recovery code stays valid."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from oco_desktop.errors import OcoError
from oco_desktop.storage.vault import Vault
from oco_desktop.ui.shell.vault_messages import passphrase_problem, vault_error_text
from oco_desktop.ui.widgets.forms import child, load_form
from oco_desktop.ui.widgets.guarded_dialog import GuardedDialog

log = logging.getLogger(__name__)


class ChangePassphraseDialog(GuardedDialog):
    """Escape asks before typed passphrases are thrown away; locking closes it without asking."""

    def __init__(self, vault: Vault, parent=None):
        super().__init__(parent, getattr(parent, "session", None))
        self.vault = vault
        self.setWindowTitle(self.tr("Wachtwoordzin wijzigen"))
        host = QWidget(self)
        self.form = load_form("change_passphrase_dialog.ui", host)
        QVBoxLayout(self).addWidget(host)
        self.old = child(self.form, QLineEdit, "oldPassphrase")
        self.new = child(self.form, QLineEdit, "newPassphrase")
        self.repeat = child(self.form, QLineEdit, "repeatPassphrase")
        self.error = child(self.form, QLabel, "error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.error.font())
        bold.setBold(True)
        self.error.setFont(bold)
        self.error.setVisible(False)
        self.buttons = child(self.form, QDialogButtonBox, "buttons")
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.old.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def apply(self) -> bool:
        problem = passphrase_problem(self.new.text(), self.repeat.text())
        if problem:
            self.show_error(problem)
            self.new.setFocus()
            return False
        try:
            self.vault.change_passphrase(self.old.text(), self.new.text())
        except (OcoError, OSError) as exc:
            log.info("passphrase change refused: %s", type(exc).__name__)
            self.show_error(vault_error_text(exc, self.vault.folder))
            self.old.selectAll()
            self.old.setFocus()
            return False
        for field in (self.old, self.new, self.repeat):
            field.clear()
        self.accept()
        return True
