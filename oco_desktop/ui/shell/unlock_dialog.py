"""Open the vault: create a new one, unlock it, or set a new passphrase with the recovery code.

`UnlockPanel` holds the three modes (one QStackedWidget) and emits `vaultOpened(vault)`; the start-up
`UnlockDialog` and the main window's lock screen both embed it. `obtain_vault()` is the start-up
flow: a key remembered in the OS keyring opens the vault without asking; otherwise the dialog asks.
Errors are shown inline in plain Dutch and never change the vault.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.errors import OcoError, VaultLocked
from oco_desktop.settings import Settings
from oco_desktop.storage import keystore
from oco_desktop.storage.vault import Vault, read_key_file
from oco_desktop.ui.backup.backup_settings import org_key_notice
from oco_desktop.ui.shell.vault_messages import passphrase_problem, vault_error_text
from oco_desktop.ui.widgets.forms import child, load_form

log = logging.getLogger(__name__)

CREATE, RECOVERY_CODE, UNLOCK, RECOVER = "createPage", "recoveryCodePage", "unlockPage", "recoverPage"


def needs_creation(folder: Path) -> bool:
    """A vault is created only where nothing is yet: a missing or empty folder."""
    return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))


class UnlockPanel(QWidget):
    vaultOpened = Signal(object)

    def __init__(self, folder: Path, settings: Settings, parent=None, *, allow_remember: bool = True):
        super().__init__(parent)
        self.folder = Path(folder)
        self.settings = settings
        self._allow_remember = allow_remember
        self._pending: Vault | None = None  # created, waiting for "I wrote the code down"
        self.form = load_form("unlock_dialog.ui", self)
        f = self.form
        self.pages = child(f, QStackedWidget, "pages")
        self.folder_label = child(f, QLabel, "folderLabel")
        self.new_passphrase = child(f, QLineEdit, "newPassphrase")
        self.new_passphrase_repeat = child(f, QLineEdit, "newPassphraseRepeat")
        self.create_error = child(f, QLabel, "createError")
        self.create_button = child(f, QPushButton, "createButton")
        self.recovery_code = child(f, QLabel, "recoveryCode")
        self.written_down = child(f, QCheckBox, "writtenDown")
        self.continue_button = child(f, QPushButton, "continueButton")
        self.passphrase = child(f, QLineEdit, "passphrase")
        self.remember = child(f, QCheckBox, "remember")
        self.keyring_notice = child(f, QLabel, "keyringNotice")
        self.remember_new = child(f, QCheckBox, "rememberNew")
        self.create_keyring_notice = child(f, QLabel, "createKeyringNotice")
        self.print_button = child(f, QPushButton, "printButton")
        self.print_status = child(f, QLabel, "printStatus")
        self.unlock_error = child(f, QLabel, "unlockError")
        self.unlock_button = child(f, QPushButton, "unlockButton")
        self.forgot_button = child(f, QPushButton, "forgotButton")
        self.recovery_input = child(f, QLineEdit, "recoveryCodeInput")
        self.recover_passphrase = child(f, QLineEdit, "recoverPassphrase")
        self.recover_passphrase_repeat = child(f, QLineEdit, "recoverPassphraseRepeat")
        self.recover_error = child(f, QLabel, "recoverError")
        self.recover_button = child(f, QPushButton, "recoverButton")
        self.back_button = child(f, QPushButton, "backButton")

        for button in f.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter is handled per field, never by a hidden default button
        for label in (self.create_error, self.unlock_error, self.recover_error):
            label.setVisible(False)
            label.setTextFormat(Qt.TextFormat.PlainText)
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
        code_font = QFont("monospace")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setPointSizeF(self.font().pointSizeF() * 1.4)  # relative: follows the system size
        self.recovery_code.setFont(code_font)
        self._keep_code_fields_full_height(code_font)
        self.print_status.setTextFormat(Qt.TextFormat.PlainText)
        self.print_status.setVisible(False)

        self.folder_label.setText(self.tr("Kluis: %1").replace("%1", str(self.folder)))
        # Says plainly when an organisation key can open this vault (issue 14).
        self.org_key_label = QLabel(self)
        self.org_key_label.setObjectName("orgKeyNotice")
        self.org_key_label.setWordWrap(True)
        self.org_key_label.setTextFormat(Qt.TextFormat.PlainText)
        folder_layout = self.folder_label.parentWidget().layout()
        if folder_layout is not None and hasattr(folder_layout, "insertWidget"):
            folder_layout.insertWidget(folder_layout.indexOf(self.folder_label) + 1, self.org_key_label)
        self.create_button.clicked.connect(self._create)
        self.new_passphrase_repeat.returnPressed.connect(self._create)
        self.new_passphrase.returnPressed.connect(self.new_passphrase_repeat.setFocus)
        self.written_down.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue_after_code)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self.forgot_button.clicked.connect(lambda: self.show_page(RECOVER))
        self.back_button.clicked.connect(lambda: self.show_page(UNLOCK))
        self.recover_button.clicked.connect(self._recover)
        self.recover_passphrase_repeat.returnPressed.connect(self._recover)
        self.print_button.clicked.connect(self._print_code)
        self._setup_remember()
        self.reset()

    # -- pages -------------------------------------------------------------------------------
    def reset(self) -> None:
        """Fresh fields, and the page that fits the folder (create where there is no vault yet)."""
        for field in self.form.findChildren(QLineEdit):
            field.clear()
        for label in (self.create_error, self.unlock_error, self.recover_error):
            label.setVisible(False)
        notice = org_key_notice(self.folder)
        self.org_key_label.setText(notice)
        self.org_key_label.setVisible(bool(notice))
        self.show_page(CREATE if needs_creation(self.folder) else UNLOCK)

    def current_page(self) -> str:
        return self.pages.currentWidget().objectName()

    def show_page(self, name: str) -> None:
        page = self.pages.findChild(QWidget, name)
        self.pages.setCurrentWidget(page)
        first = {CREATE: self.new_passphrase, UNLOCK: self.passphrase, RECOVER: self.recovery_input,
                 RECOVERY_CODE: self.written_down}[name]
        first.setFocus()

    def show_error(self, message: str) -> None:
        """Show an error on the current page (also used for errors found before the panel was shown)."""
        label = {CREATE: self.create_error, UNLOCK: self.unlock_error, RECOVER: self.recover_error}.get(
            self.current_page(), self.unlock_error
        )
        label.setText(message)
        label.setVisible(True)

    def _setup_remember(self) -> None:
        """'Onthoud op deze computer' when the vault is made and when it is opened; where the computer has
        no secure keyring, the reason stands as text under the (disabled) choice, every time."""
        if not self._allow_remember:
            for widget in (self.remember, self.remember_new, self.keyring_notice, self.create_keyring_notice):
                widget.setVisible(False)
            return
        offered = keystore.available()
        for box, notice in ((self.remember, self.keyring_notice), (self.remember_new, self.create_keyring_notice)):
            box.setEnabled(offered)
            box.setChecked(False)
            notice.setVisible(not offered)
            notice.setTextFormat(Qt.TextFormat.PlainText)
            if not offered:
                box.setAccessibleDescription(notice.text())

    def _keep_code_fields_full_height(self, code_font: QFont) -> None:
        """The recovery code (shown and typed) is never squeezed below one full line of its font."""
        shown = QFontMetrics(code_font)
        margins = 2 * (self.recovery_code.margin() + self.recovery_code.frameWidth())
        self.recovery_code.setMinimumHeight(shown.height() + margins)
        self.recovery_code.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        typed_font = QFont(code_font)
        typed_font.setPointSizeF(self.font().pointSizeF())
        self.recovery_input.setFont(typed_font)
        self.recovery_input.setMinimumHeight(self.recovery_input.sizeHint().height())
        self.recovery_input.setMinimumWidth(QFontMetrics(typed_font).horizontalAdvance("W" * 38))

    # -- actions -------------------------------------------------------------------------------
    def _create(self) -> None:
        problem = passphrase_problem(self.new_passphrase.text(), self.new_passphrase_repeat.text())
        if problem:
            self.show_error(problem)
            self.new_passphrase.setFocus()
            return
        try:
            vault, code = Vault.create(self.folder, self.new_passphrase.text())
        except (OcoError, OSError) as exc:
            log.warning("vault creation failed: %s", type(exc).__name__)
            self.show_error(vault_error_text(exc, self.folder))
            return
        self.new_passphrase.clear()
        self.new_passphrase_repeat.clear()
        self._pending = vault
        self.recovery_code.setText(code)
        self.written_down.setChecked(False)
        self.show_page(RECOVERY_CODE)

    def _continue_after_code(self) -> None:
        if not self.written_down.isChecked() or self._pending is None:
            return
        vault, self._pending = self._pending, None
        self.recovery_code.setText("")  # shown once: gone from the screen and from the widget
        self.print_status.setVisible(False)
        wanted = self._allow_remember and self.remember_new.isEnabled() and self.remember_new.isChecked()
        if wanted and not keystore.remember(vault.vault_id, vault.data_key):
            log.warning("could not remember the new vault's key")
        self.vaultOpened.emit(vault)

    def _print_code(self) -> None:
        """Print the code on paper (the system's print dialog); never into a file."""
        from oco_desktop.ui.shell.recovery_print import print_recovery_code

        if self._pending is None or not self.recovery_code.text():
            return
        message = print_recovery_code(self, self.recovery_code.text(), self.folder, self.settings.get("language"))
        self.print_status.setText(message)
        self.print_status.setVisible(bool(message))

    def _unlock(self) -> None:
        try:
            vault = Vault.open(self.folder, self.passphrase.text())
        except (OcoError, OSError) as exc:
            log.info("unlock refused: %s", type(exc).__name__)
            self.show_error(vault_error_text(exc, self.folder))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.passphrase.clear()
        wanted = not self.remember.isHidden() and self.remember.isEnabled() and self.remember.isChecked()
        if wanted and not keystore.remember(vault.vault_id, vault.data_key):
            log.warning("could not remember the vault key")
        self.vaultOpened.emit(vault)

    def _recover(self) -> None:
        problem = passphrase_problem(self.recover_passphrase.text(), self.recover_passphrase_repeat.text())
        if problem:
            self.show_error(problem)
            self.recover_passphrase.setFocus()
            return
        try:
            vault = Vault.recover(self.folder, self.recovery_input.text(), self.recover_passphrase.text())
        except (OcoError, OSError) as exc:
            log.info("recovery refused: %s", type(exc).__name__)
            self.show_error(vault_error_text(exc, self.folder, recovery=True))
            self.recovery_input.setFocus()
            return
        for field in (self.recovery_input, self.recover_passphrase, self.recover_passphrase_repeat):
            field.clear()
        self.vaultOpened.emit(vault)

    @property
    def pending_vault(self) -> Vault | None:
        return self._pending


class UnlockDialog(QDialog):
    """The start-up dialog; `vault` holds the open vault after `exec()` returned Accepted."""

    def __init__(self, folder: Path, settings: Settings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("OCO Desktop – kluis openen"))
        self.vault: Vault | None = None
        self.panel = UnlockPanel(folder, settings, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.panel.vaultOpened.connect(self._opened)
        self.resize(520, 380)

    def _opened(self, vault: Vault) -> None:
        self.vault = vault
        self.accept()

    def reject(self) -> None:
        # The recovery code is shown once: leave only after confirming it was written down.
        if self.panel.pending_vault is not None:
            return
        super().reject()


def open_remembered(folder: Path) -> tuple[Vault | None, BaseException | None]:
    """Open with a key remembered in the keyring. A key that no longer works is forgotten.

    Returns (vault, None), or (None, error) when the vault is locked by another instance
    (the key is kept: it is not the key's fault), or (None, None) when there is nothing to use.
    """
    if not keystore.available():
        return None, None
    try:
        vault_id = read_key_file(folder).vault_id
    except (OcoError, OSError):
        return None, None  # the dialog reports the problem when the user tries
    key = keystore.recall(vault_id)
    if key is None:
        return None, None
    try:
        return Vault.open(folder, data_key=key), None
    except VaultLocked as exc:
        return None, exc
    except (OcoError, OSError) as exc:
        log.warning("remembered key did not open the vault (%s); forgotten", type(exc).__name__)
        keystore.forget(vault_id)
        return None, None


def obtain_vault(folder: Path, settings: Settings, parent=None) -> Vault | None:
    """The open vault for the start of the app, or None when the user cancelled."""
    vault, error = open_remembered(folder)
    if vault is not None:
        return vault
    dialog = UnlockDialog(folder, settings, parent)
    if error is not None:
        dialog.panel.show_error(vault_error_text(error, folder))
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.vault
        return None
    finally:
        dialog.deleteLater()
