"""The main window: menus, the home pages on the left, the opened client on the right, and the lock.

Locking (by hand with Ctrl+L, after idle time, or on quit) asks views to save drafts, closes the
vault and swaps the whole central area for a lock screen that shows no client data; giving the
passphrase again on that screen reopens the same vault folder.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from oco_desktop import APP_NAME, __version__
from oco_desktop.errors import OcoError
from oco_desktop.settings import Settings
from oco_desktop.storage.vault import Vault
from oco_desktop.ui.backup import backup_actions, backup_settings
from oco_desktop.ui.client.client_workspace import ClientWorkspace, instantiate_pages, page_title
from oco_desktop.ui.shell import pages as page_registry
from oco_desktop.ui.shell.change_passphrase_dialog import ChangePassphraseDialog
from oco_desktop.ui.shell.idle_lock import IdleLock
from oco_desktop.ui.shell.input_pauses import pause_for
from oco_desktop.ui.shell.lock_cleanup import ClipboardGuard, close_transient_windows
from oco_desktop.ui.shell.mnemonic_scope import MnemonicScope
from oco_desktop.ui.shell.page_check import PAUSE_S as CHECK_PAUSE_S
from oco_desktop.ui.shell.page_check import check_after_show
from oco_desktop.ui.shell.session import Session
from oco_desktop.ui.shell.settings_dialog import SettingsDialog
from oco_desktop.ui.shell.unlock_dialog import UnlockPanel
from oco_desktop.ui.shell.warm_up import PAUSE_S as WARM_UP_PAUSE_S
from oco_desktop.ui.shell.warm_up import warm_after_show
from oco_desktop.ui.widgets.keyboard import install_keyboard_rules
from oco_desktop.ui.widgets.page_tabs import PageTabs

log = logging.getLogger(__name__)

# A small laptop: 1366x768 at 125 % leaves about 1093x574 logical pixels for the window.
MINIMUM_WINDOW = QSize(1000, 560)
HOME_MIN_WIDTH = 300  # the overviews on the left
CLIENT_MIN_WIDTH = 520  # the opened client on the right: never narrower, never hidden
DEFAULT_SIZE = QSize(1280, 800)


class LockScreen(QWidget):
    """Shown instead of everything else while locked: a title and the passphrase field, nothing more."""

    def __init__(self, folder: Path, settings: Settings, parent=None):
        super().__init__(parent)
        self.title = QLabel(self.tr("OCO Desktop is vergrendeld"), self)
        font = self.title.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel = UnlockPanel(folder, settings, self, allow_remember=False)
        self.panel.setMinimumWidth(460)
        self.panel.setMaximumWidth(600)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: Settings, folder: Path, parent=None,
                 home_entries: list[tuple[str, str]] | None = None,
                 client_entries: list[tuple[str, str]] | None = None):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.folder = Path(folder)
        self.setWindowTitle(APP_NAME)

        self.stack = QStackedWidget(self)
        self.work_area = QSplitter(Qt.Orientation.Horizontal, self.stack)
        self.home_tabs = PageTabs(self.work_area)
        self.home_tabs.setAccessibleName(self.tr("Overzichten"))
        self.home_pages = instantiate_pages(
            page_registry.HOME_PAGES if home_entries is None else home_entries, session, self.home_tabs
        )
        for page in self.home_pages:
            self.home_tabs.addTab(page, page_title(page))
        if not self.home_pages:
            empty = QLabel(self.tr("Hier komen uw overzichten: vandaag, uw caseload en zoeken."), self.home_tabs)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setWordWrap(True)
            self.home_tabs.addTab(empty, self.tr("Welkom"))
        self.workspace = ClientWorkspace(session, self.work_area, entries=client_entries)
        self.work_area.addWidget(self.home_tabs)
        self.work_area.addWidget(self.workspace)
        self.work_area.setStretchFactor(0, 2)
        self.work_area.setStretchFactor(1, 3)
        # Dragging the divider can never make either side vanish (the client panel least of all).
        self.work_area.setChildrenCollapsible(False)
        self.home_tabs.setMinimumWidth(HOME_MIN_WIDTH)
        self.workspace.setMinimumWidth(CLIENT_MIN_WIDTH)
        self._lock_screen: LockScreen | None = None  # made at the first lock (a form load saved at start)
        self.stack.addWidget(self.work_area)
        self.setCentralWidget(self.stack)

        self.status_folder = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_folder)

        self.idle = IdleLock(settings.get("autolock_minutes"), self)
        self.idle.idle.connect(self.lock)
        self.clipboard_guard = ClipboardGuard(self)
        self._build_menus()
        # Alt letters work in the pane with keyboard focus only (never on the other client's Today row).
        self.mnemonics = MnemonicScope([self.workspace, self.home_tabs], self)
        for tabs in (self.home_tabs, self.workspace.tabs):
            tabs.currentChanged.connect(lambda _i: self.mnemonics.refresh())
        session.openClientRequested.connect(lambda _id: QTimer.singleShot(0, self._tidy_keyboard))
        session.dataChanged.connect(lambda *_a: QTimer.singleShot(0, self._tidy_keyboard))
        install_keyboard_rules()
        self._restore_geometry()
        # The client needs the room: about 2/5 for the overviews, 3/5 for the opened client.
        self.work_area.setSizes([self.width() * 2 // 5, self.width() * 3 // 5])
        if session.is_unlocked:
            self._show_unlocked()
        else:
            self._show_locked()

    # -- menus ----------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&Bestand"))
        self.new_client_action = self._action(self.tr("&Nieuwe cliënt…"), self.new_client, QKeySequence.StandardKey.New)
        self.lock_action = self._action(self.tr("&Vergrendelen"), self.lock, "Ctrl+L")
        self.passphrase_action = self._action(self.tr("&Wachtwoordzin wijzigen…"), self.change_passphrase)
        self.settings_action = self._action(self.tr("&Instellingen…"), self.open_settings)
        self.quit_action = self._action(self.tr("&Afsluiten"), self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (self.new_client_action, None, self.lock_action, self.passphrase_action,
                       self.settings_action, None, self.quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)

        view_menu = bar.addMenu(self.tr("Bee&ld"))
        self.home_tab_actions: list[QAction] = []
        for index in range(self.home_tabs.count()):
            label = self.home_tabs.tabText(index).replace("&", "")
            action = self._action(label, lambda _=False, i=index: self.show_home_tab(i),
                                  f"Alt+{index + 1}" if index < 9 else None)
            view_menu.addAction(action)
            self.home_tab_actions.append(action)
        self.workspace_action = self._action(self.tr("&Cliëntgegevens"), self._focus_workspace, "Alt+0")
        view_menu.addSeparator()
        view_menu.addAction(self.workspace_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&Over OCO Desktop"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)
        self._data_actions = [self.new_client_action, self.lock_action, self.passphrase_action,
                              self.settings_action, self.workspace_action, *self.home_tab_actions]
        backup_actions.install(self)  # backup, restore, handover (issue 14)

    def _tidy_keyboard(self) -> None:
        """After pages rebuilt controls: Alt letters only in the focused pane, Tab in reading order."""
        self.mnemonics.refresh()
        self.home_tabs.tidy_current()
        self.workspace.tabs.tidy_current()

    # -- locking ----------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._lock_screen is not None and self.stack.currentWidget() is self._lock_screen

    @property
    def lock_screen(self) -> LockScreen:
        if self._lock_screen is None:
            self._lock_screen = LockScreen(self.folder, self.settings, self.stack)
            self._lock_screen.panel.vaultOpened.connect(self._unlocked_by_user)
            self.stack.addWidget(self._lock_screen)
        return self._lock_screen

    def _clear_screen_and_clipboard(self) -> None:
        """Before the lock screen or quitting: no dialog or menu stays open, no copied client text stays."""
        close_transient_windows(keep=self)
        self.clipboard_guard.clear_if_ours()

    def lock(self) -> None:
        self._clear_screen_and_clipboard()
        if not self.session.is_unlocked:
            self._show_locked()
            return
        log.info("locking")
        self.session.aboutToLock.emit()  # views save drafts while the vault is still open
        vault = self.session.vault
        try:
            vault.close()
        finally:
            self.session.set_vault(None)  # emits locked: views drop what they show
            self._show_locked()

    def _show_locked(self) -> None:
        self.idle.stop()
        self.lock_screen.panel.reset()
        self.stack.setCurrentWidget(self.lock_screen)
        for action in self._data_actions:
            action.setEnabled(False)
        self.status_folder.setText(self.tr("Vergrendeld"))
        self.lock_screen.panel.passphrase.setFocus()

    def _unlocked_by_user(self, vault: Vault) -> None:
        self.session.set_vault(vault)
        self._show_unlocked()

    def _show_unlocked(self) -> None:
        # The full page check of the vault, in the background once the window is painted.
        # Both pause longer while the supporter types (input_pauses.py).
        self.page_check = check_after_show(self, self.session.vault, self.lock,
                                           pause_for(self.idle, CHECK_PAUSE_S))
        self.warm_up = warm_after_show(self, self.session.vault,  # the first searches as fast as later ones
                                       pause_for(self.idle, WARM_UP_PAUSE_S))
        self.stack.setCurrentWidget(self.work_area)
        for action in self._data_actions:
            action.setEnabled(True)
        self.status_folder.setText(self.tr("Kluis: %1").replace("%1", str(self.folder)))
        self.idle.set_minutes(self.settings.get("autolock_minutes"))
        self.idle.start()
        if self.home_pages:
            self.show_home_tab(self.home_tabs.currentIndex())

    # -- actions ----------------------------------------------------------------------------------
    def show_home_tab(self, index: int) -> None:
        if self.is_locked or not 0 <= index < self.home_tabs.count():
            return
        self.home_tabs.setCurrentIndex(index)
        page = self.home_tabs.widget(index)
        focus = getattr(page, "focus_input", None)
        if callable(focus):
            focus()
        else:
            page.setFocus()

    def _focus_workspace(self) -> None:
        """Alt+0 / View menu: the opened client, always brought back into view with room to work."""
        if self.is_locked:
            return
        self.workspace.show()
        sizes = self.work_area.sizes()
        total = sum(sizes)
        wanted = max(CLIENT_MIN_WIDTH, total * 3 // 5)
        if len(sizes) == 2 and sizes[1] < wanted:
            self.work_area.setSizes([total - wanted, wanted])
        self.workspace.tabs.setFocus()

    def new_client(self) -> None:
        if not self.session.is_unlocked:
            return
        try:
            # Lazy: the dialog lives in its own module, written and tested separately.
            module = importlib.import_module("oco_desktop.ui.client.new_client_dialog")
        except ImportError:
            log.error("new client dialog is not available")
            QMessageBox.information(self, APP_NAME, self.tr("Een nieuwe cliënt maken is nog niet beschikbaar."))
            return
        client_id = module.create_client_interactively(self.session, self)
        if client_id:
            self.session.openClientRequested.emit(client_id)

    def change_passphrase(self) -> None:
        if not self.session.is_unlocked:
            return
        dialog = ChangePassphraseDialog(self.session.vault, self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("De wachtwoordzin is gewijzigd."), 8000)
        dialog.deleteLater()

    def open_settings(self) -> None:
        vault_id = self.session.vault.vault_id if self.session.is_unlocked else None
        dialog = SettingsDialog(self.settings, vault_id, self)
        backup_settings.add_to(dialog, self.settings, self.folder)  # backup reminder, retention, org key
        if dialog.exec():
            self.idle.set_minutes(self.settings.get("autolock_minutes"))
        dialog.deleteLater()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over OCO Desktop"),
            self.tr(
                "OCO Desktop %1\n\nVoor onafhankelijke cliëntondersteuning: caseload, checklists en "
                "persoonlijke plannen. Alles blijft versleuteld op deze computer."
            ).replace("%1", __version__),
        )

    # -- window --------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        """Last time's place and size, but never larger than the screen the window opens on."""
        stored = QSettings().value("main_window/geometry")
        if stored is None or not self.restoreGeometry(stored):
            self.resize(DEFAULT_SIZE)
        self.fit_to_screen()

    def fit_to_screen(self, available: QRect | None = None) -> None:
        if available is None:
            screen = self.screen()
            if screen is None:
                return
            available = screen.availableGeometry()
        frame_extra = self.frameGeometry().size() - self.geometry().size()
        room = available.size() - frame_extra
        size = self.size().boundedTo(room).expandedTo(self.minimumSizeHint().boundedTo(room))
        if size != self.size():
            self.resize(size)
        geometry = self.frameGeometry()
        if not available.contains(geometry):
            x = min(max(geometry.x(), available.x()), available.right() - geometry.width() + 1)
            y = min(max(geometry.y(), available.y()), available.bottom() - geometry.height() + 1)
            self.move(max(x, available.x()), max(y, available.y()))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self._clear_screen_and_clipboard()
        try:
            if self.session.is_unlocked:
                self.session.aboutToLock.emit()
                vault = self.session.vault
                try:
                    vault.close()
                finally:
                    self.session.set_vault(None)
        except (OcoError, OSError) as exc:  # never keep the window open because closing failed
            log.error("vault close on quit failed: %s", type(exc).__name__)
        self.idle.uninstall()
        super().closeEvent(event)
