"""What locking and quitting clear besides the vault (issue 10, point 7).

- `close_transient_windows(keep)`: every open menu/popup, modal dialog (the innermost first, so nested
  `exec()` loops unwind) and other dialog window is closed, so nothing with client data (a delete
  confirmation naming the client, a half-filled form) stays readable over the lock screen. Rejected
  dialogs return "cancelled" to the code that opened them.
- `ClipboardGuard`: remembers (as keyed hashes, never the text) what this app put on the clipboard and
  the X11 selection; `clear_if_ours()` empties them only if they still hold such text, so what the user
  copied in another program afterwards is left alone. "Ours" means the clipboard changed while this app
  owned it (X11, Windows) or was the active application (macOS, Wayland, offscreen).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from collections import deque

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QToolTip, QWidget

log = logging.getLogger(__name__)
_MAX_ROUNDS = 50  # dialogs opening dialogs: a bound, never a hang


def _dismiss(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()
    if widget.isVisible():  # a dialog that refuses to be rejected (e.g. while showing a code) is hidden
        widget.hide()


def _is_transient_window(widget: QWidget, keep: QWidget | None) -> bool:
    if widget is keep or not widget.isVisible() or not widget.isWindow():
        return False
    if isinstance(widget, QDialog | QMenu) or widget.isModal():
        return True
    kind = widget.windowType()
    return kind in (Qt.WindowType.Dialog, Qt.WindowType.Sheet, Qt.WindowType.Popup, Qt.WindowType.Tool,
                    Qt.WindowType.ToolTip)


def close_transient_windows(keep: QWidget | None = None) -> int:
    """Close menus, modal dialogs and other dialog windows (not `keep`); returns how many were closed."""
    closed = 0
    QToolTip.hideText()
    for _ in range(_MAX_ROUNDS):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        _dismiss(popup)
        closed += 1
    for _ in range(_MAX_ROUNDS):
        modal = QApplication.activeModalWidget()
        if modal is None or modal is keep:
            break
        _dismiss(modal)
        closed += 1
    for widget in QApplication.topLevelWidgets():
        if _is_transient_window(widget, keep):
            _dismiss(widget)
            closed += 1
    if closed:
        log.info("closed %d dialog(s)/menu(s) before locking", closed)
    return closed


class ClipboardGuard(QObject):
    """Tracks the text this app put on the clipboard; clears it on lock and quit if it is still there."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._key = secrets.token_bytes(32)  # the hashes mean nothing outside this process
        self._ours: deque[bytes] = deque(maxlen=64)
        self._clipboard = QApplication.clipboard()
        self._modes = [QClipboard.Mode.Clipboard]
        if self._clipboard.supportsSelection():
            self._modes.append(QClipboard.Mode.Selection)
        self._clipboard.changed.connect(self._changed)

    def _digest(self, text: str) -> bytes:
        return hmac.new(self._key, text.encode("utf-8", "surrogatepass"), hashlib.sha256).digest()

    def _changed(self, mode: QClipboard.Mode) -> None:
        if mode not in self._modes:
            return
        app = QApplication.instance()
        ours = self._clipboard.ownsClipboard() if mode == QClipboard.Mode.Clipboard \
            else self._clipboard.ownsSelection()
        active = app is not None and app.applicationState() == Qt.ApplicationState.ApplicationActive
        text = self._clipboard.text(mode)
        if text and (ours or active):
            self._ours.append(self._digest(text))

    def holds_our_text(self) -> bool:
        return any(self._is_ours(mode) for mode in self._modes)

    def _is_ours(self, mode: QClipboard.Mode) -> bool:
        text = self._clipboard.text(mode)
        return bool(text) and self._digest(text) in self._ours

    def clear_if_ours(self) -> bool:
        """Empty the clipboard (and selection) if it still holds text from this app; True if it did."""
        cleared = False
        for mode in self._modes:
            if self._is_ours(mode):
                self._clipboard.clear(mode)
                cleared = True
        self._ours.clear()
        if cleared:
            log.info("clipboard cleared on lock")
        return cleared
