"""Telling a screen reader what happened: announcements and form errors.

`announce(widget, text)` sends a QAccessibleAnnouncementEvent (Qt 6.8+) and, for older Qt or screen
readers that ignore announcements, a name change on the widget. `show_form_error(label, field, text)`
puts the message in the label, announces it as an alert and moves the focus to the field to fix.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget


def announce(widget: QWidget, text: str, assertive: bool = False) -> bool:
    """Announce `text` for `widget`; True when Qt's announcement event was available and sent."""
    if not text:
        return False
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # Qt before 6.8
        QAccessibleAnnouncementEvent = None  # noqa: N806
    sent = False
    if QAccessibleAnnouncementEvent is not None:
        event = QAccessibleAnnouncementEvent(widget, text)
        if assertive and hasattr(QAccessible, "AnnouncementPoliteness"):
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)
        sent = True
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    return sent


def show_form_error(label: QLabel, field: QWidget | None, text: str) -> None:
    """A form error that a screen-reader user notices: shown, announced as an alert, focus on the field."""
    label.setText(text)
    label.setAccessibleName(text)
    QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.Alert))
    announce(label, text, assertive=True)
    if field is not None and field.isEnabled():
        field.setFocus(Qt.FocusReason.OtherFocusReason)
