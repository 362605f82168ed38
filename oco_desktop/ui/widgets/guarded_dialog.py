"""Dialogs that never throw typed input away without asking.

`GuardedDialog.reject()` (Escape, the Cancel button, the window's close button) first compares every
input field with what it held when the dialog was shown; if the supporter typed or chose something,
it asks "Wat u hebt ingevuld, gaat verloren" with "Verder invullen" as the safe default. Nothing typed:
it closes at once, as before.

Closing from code never asks: `discard()`, or `close()` / `QApplication.closeAllWindows()` (their close
event is not spontaneous, unlike the one from the window's close button). A dialog given the session
closes itself when the session is about to lock, so a question never blocks locking or quitting.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def input_state(root: QWidget) -> list[tuple[str, object]]:
    """What the supporter can change in `root`: texts, choices and check marks, in widget order."""
    from oco_desktop.ui.widgets.date_field import DateField

    state: list[tuple[str, object]] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox, DateField)):
                continue  # read through the widget that owns it
            state.append(("line", widget.text()))
        elif isinstance(widget, DateField):
            state.append(("date", widget.text()))
        elif isinstance(widget, QPlainTextEdit):
            state.append(("plain", widget.toPlainText()))
        elif isinstance(widget, QTextEdit):
            state.append(("rich", widget.toPlainText()))
        elif isinstance(widget, QComboBox):
            state.append(("combo", (widget.currentIndex(), widget.currentText())))
        elif isinstance(widget, QAbstractSpinBox):
            state.append(("spin", widget.text()))
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(("check", widget.isChecked()))
    return state


def ask_discard(parent: QWidget) -> bool:
    """Ask whether typed input may go; True means close without keeping it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("GuardedDialog", "Venster sluiten?"))
    box.setText(
        QCoreApplication.translate("GuardedDialog", "Wat u hebt ingevuld, gaat verloren als u dit venster sluit.")
    )
    discard = box.addButton(
        QCoreApplication.translate("GuardedDialog", "&Sluiten zonder bewaren"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("GuardedDialog", "&Verder invullen"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class GuardedDialog(QDialog):
    """A QDialog whose reject() asks before typed input is lost. Subclasses call `super().__init__`."""

    def __init__(self, parent: QWidget | None = None, session=None):
        super().__init__(parent)
        self._initial_state: list[tuple[str, object]] | None = None
        self._discarding = False
        if session is not None:
            session.aboutToLock.connect(self.discard)

    def remember_input(self) -> None:
        """Take the current fields as "nothing typed yet" (done automatically when first shown)."""
        self._initial_state = input_state(self)

    def has_typed_input(self) -> bool:
        if self._initial_state is None:
            return False
        return input_state(self) != self._initial_state

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._initial_state is None:
            self.remember_input()
        super().showEvent(event)

    def reject(self) -> None:
        if not self._discarding and self.isVisible() and self.has_typed_input() and not ask_discard(self):
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.spontaneous():  # the window's close button or Alt+F4: QDialog calls reject(), which asks
            super().closeEvent(event)
            return
        self._discarding = True  # close() from code: the app is quitting or locking
        try:
            super().closeEvent(event)
        finally:
            self._discarding = False

    def discard(self) -> None:
        """Close without asking (lock, quit): whatever was typed is dropped on purpose."""
        if not self.isVisible():
            return
        self._discarding = True
        try:
            self.done(QDialog.DialogCode.Rejected)
        finally:
            self._discarding = False
