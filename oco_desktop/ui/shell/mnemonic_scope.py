"""Alt letters act only where the user is.

The main window shows two panes at once: the overviews (Today, Caseload, ...) and the opened client. Qt
gives every button and labelled field its Alt letter for the whole window, so Alt+V typed while working on
a client could press "Verzetten" on Today. `MnemonicScope` keeps the Alt letters of the pane without
keyboard focus switched off (buttons lose their mnemonic shortcut, labels their buddy) and switches them
back on when focus moves there. The menu bar and the tab bars always keep theirs.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget

from oco_desktop.ui.shell.layout_audit import mnemonic

_SAVED_BUDDY = "_oco_buddy"


def set_mnemonics_active(root: QWidget, active: bool) -> None:
    """Switch the Alt letters of the buttons and labels under `root` on or off (texts stay as they are)."""
    for button in root.findChildren(QAbstractButton):
        if isinstance(button.parent(), QTabBar) or not mnemonic(button.text()):
            continue
        wanted = QKeySequence.mnemonic(button.text()) if active else QKeySequence()
        if button.shortcut() != wanted:
            button.setShortcut(wanted)
    for label in root.findChildren(QLabel):
        if not mnemonic(label.text()):
            continue
        if active:
            saved = getattr(label, _SAVED_BUDDY, None)
            if saved is not None and label.buddy() is None:
                with contextlib.suppress(RuntimeError):  # the field is gone
                    label.setBuddy(saved)
                setattr(label, _SAVED_BUDDY, None)
        elif label.buddy() is not None:
            field = label.buddy()
            if not field.accessibleName():
                # The label named the field for a screen reader; keep that name while the letter is off.
                field.setAccessibleName(label.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
            setattr(label, _SAVED_BUDDY, field)
            label.setBuddy(None)


class MnemonicScope(QObject):
    """Keeps Alt letters alive only in the pane (one of `panes`) that holds keyboard focus."""

    def __init__(self, panes: list[QWidget], parent: QObject | None = None):
        super().__init__(parent)
        self.panes = panes
        self.active: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._focus_moved)
        self.activate(panes[0] if panes else None)

    def _focus_moved(self, _old, new: QWidget | None) -> None:
        if new is None:
            return
        for pane in self.panes:
            try:
                if pane is new or pane.isAncestorOf(new):
                    self.activate(pane)
                    return
            except RuntimeError:  # the window is being destroyed
                return

    def activate(self, pane: QWidget | None) -> None:
        """Make `pane` the one whose Alt letters work (also call after a pane rebuilt its widgets)."""
        self.active = pane
        for other in self.panes:
            set_mnemonics_active(other, other is pane)

    def refresh(self) -> None:
        self.activate(self.active)
