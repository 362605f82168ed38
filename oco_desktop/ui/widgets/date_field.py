"""A date field as a Dutch person types it: 20-11-2026, 20-11-26 or 20112026, with a calendar button.

An empty field means "no date" (when the field allows that): there is no special "Geen datum" value,
the clear button in the field empties it and Tab always passes. A date that does not exist
(31-02-2026) is not corrected silently: a hint below the field says what is wrong, and `date()` gives
None until it is fixed (`is_valid()` tells the two apart). The calendar opens at the date in the
field, or at today; its month and day names follow the app language (the default QLocale).

Keyboard: F4 or Alt+Down opens the calendar; in the calendar Enter picks, Escape closes.
Designer forms can use it as a promoted QWidget of class `DateField` (see ui/widgets/forms.py).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.date_input import DateInputError, DateProblem, format_date_input, parse_date


def problem_text(problem: DateProblem, minimum: date | None, maximum: date | None) -> str:
    """The hint under a field, in plain Dutch (English through the translation)."""
    example = QCoreApplication.translate("DateField", "bijvoorbeeld 20-11-2026")
    if problem is DateProblem.EMPTY:
        return QCoreApplication.translate("DateField", "Vul een datum in, %1.").replace("%1", example)
    if problem is DateProblem.NO_SUCH_DAY:
        return QCoreApplication.translate("DateField", "Deze datum bestaat niet. Schrijf dag-maand-jaar, %1.").replace(
            "%1", example
        )
    if problem is DateProblem.TOO_EARLY and minimum is not None:
        return QCoreApplication.translate("DateField", "De datum mag niet vóór %1 liggen.").replace(
            "%1", format_date_input(minimum)
        )
    if problem is DateProblem.TOO_LATE and maximum is not None:
        if maximum == date.today():
            return QCoreApplication.translate("DateField", "De datum mag niet na vandaag liggen.")
        return QCoreApplication.translate("DateField", "De datum mag niet na %1 liggen.").replace(
            "%1", format_date_input(maximum)
        )
    return QCoreApplication.translate("DateField", "Schrijf de datum als dag-maand-jaar, %1.").replace("%1", example)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def calendar_icon(palette: QPalette, size: int = 16) -> QIcon:
    """A small calendar drawn in the palette's text colour, so it shows in light and dark themes."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = palette.color(QPalette.ColorRole.ButtonText)
    painter.setPen(QPen(colour, 1.2))
    box = QRectF(1.5, 2.5, size - 3, size - 4)
    painter.drawRoundedRect(box, 1.5, 1.5)
    painter.fillRect(QRectF(box.left(), box.top(), box.width(), size * 0.22), colour)
    step = box.width() / 4
    for row in range(2):
        for col in range(3):
            x = box.left() + step * (col + 0.7)
            y = box.top() + size * 0.38 + row * step * 1.1
            painter.fillRect(QRectF(x, y, step * 0.55, step * 0.55), colour)
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """The calendar under a date field; a Qt.Popup, so a click elsewhere or Escape closes it."""

    picked = Signal(object)  # date

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName(QCoreApplication.translate("DateField", "Kalender"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def show_at(self, value: date, anchor: QPoint, minimum: date | None, maximum: date | None) -> None:
        if minimum is not None:
            self.calendar.setMinimumDate(to_qdate(minimum))
        if maximum is not None:
            self.calendar.setMaximumDate(to_qdate(maximum))
        self.calendar.setSelectedDate(to_qdate(value))
        self.calendar.setCurrentPage(value.year, value.month)
        self.adjustSize()
        self.move(anchor)
        self.show()
        self.calendar.setFocus()

    def _pick(self, qdate: QDate) -> None:
        self.picked.emit(date(qdate.year(), qdate.month(), qdate.day()))
        self.close()


class DateField(QWidget):
    """Line edit + calendar button + hint. `date()` is a `datetime.date` or None."""

    dateChanged = Signal(object)  # the new valid date (or None), after typing is finished or a pick

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        allow_empty: bool = True,
        minimum: date | None = None,
        maximum: date | None = None,
    ):
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.minimum = minimum
        self.maximum = maximum
        self._value: date | None = None
        self._committed: date | None = None  # the last value announced with dateChanged
        self._problem: DateProblem | None = None
        self.popup: CalendarPopup | None = None
        self._forwarding = False

        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(QCoreApplication.translate("DateField", "dd-mm-jjjj"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaxLength(12)
        self.edit.installEventFilter(self)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F4 / Alt+Down from the field
        self.calendar_button.setIcon(calendar_icon(self.palette()))
        self.calendar_button.setToolTip(QCoreApplication.translate("DateField", "Kalender openen (F4)"))
        self.calendar_button.setAccessibleName(QCoreApplication.translate("DateField", "Kalender openen"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setObjectName("dateHint")
        self.hint.setVisible(False)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(row)
        outer.addWidget(self.hint)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.edit.editingFinished.connect(self._finish_typing)
        self.edit.textEdited.connect(self._typing)
        self.edit.textChanged.connect(self._maybe_cleared)
        self.calendar_button.clicked.connect(self.open_calendar)

    # -- value -----------------------------------------------------------------------------------
    def date(self) -> date | None:
        """The date in the field; None when empty or not (yet) a valid date."""
        self._check(show=False)
        return self._value if self._problem is None else None

    def setDate(self, value: date | None) -> None:  # noqa: N802 - Qt naming, like QDateEdit
        self._committed = value  # a value from code is not an edit: no dateChanged
        self.edit.setText(format_date_input(value))
        self._value = self._committed = value
        self._problem = None
        self._show_problem()

    def clear(self) -> None:
        self.setDate(None)

    def text(self) -> str:
        return self.edit.text()

    def is_valid(self) -> bool:
        """True for a real date in range, or for an empty field that may be empty."""
        self._check(show=False)
        return self._problem is None

    def validate(self) -> bool:
        """Check the field and show the hint when it is wrong (for a form's save button)."""
        self._check(show=True)
        return self._problem is None

    def problem(self) -> str:
        """The hint text for the current problem, empty when there is none."""
        return problem_text(self._problem, self.minimum, self.maximum) if self._problem else ""

    def setMinimumDate(self, value: date | None) -> None:  # noqa: N802
        self.minimum = value

    def setMaximumDate(self, value: date | None) -> None:  # noqa: N802
        self.maximum = value

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - the name belongs to the text field
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.calendar_button.setAccessibleName(
            QCoreApplication.translate("DateField", "Kalender openen: %1").replace("%1", name)
        )

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802
        self.edit.setReadOnly(read_only)
        self.edit.setClearButtonEnabled(not read_only)
        self.calendar_button.setEnabled(not read_only)

    # -- checking ----------------------------------------------------------------------------------
    def _check(self, show: bool) -> None:
        try:
            self._value = parse_date(
                self.edit.text(), minimum=self.minimum, maximum=self.maximum, allow_empty=self.allow_empty
            )
            self._problem = None
        except DateInputError as exc:
            self._problem = exc.problem
        if show or self._problem is None:
            self._show_problem()

    def _show_problem(self) -> None:
        text = self.problem()
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
        self.edit.setAccessibleDescription(text)

    def _typing(self, _text: str) -> None:
        # While typing, only take a hint away (never nag halfway through a date).
        if self.hint.isVisible():
            self._check(show=False)
            if self._problem is None:
                self._show_problem()

    def _maybe_cleared(self, text: str) -> None:
        if not text:  # the clear button (or everything deleted): "no date" counts at once
            self._finish_typing()

    def _finish_typing(self) -> None:
        self._check(show=True)
        if self._problem is None:
            self.edit.setText(format_date_input(self._value))  # 201126 -> 20-11-2026
            if self._value != self._committed:
                self._committed = self._value
                self.dateChanged.emit(self._value)

    # -- calendar -------------------------------------------------------------------------------------
    def open_calendar(self) -> CalendarPopup:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        current = self.date()
        start = current or date.today()
        if self.maximum is not None and start > self.maximum:
            start = self.maximum
        if self.minimum is not None and start < self.minimum:
            start = self.minimum
        self.popup.show_at(start, self.mapToGlobal(QPoint(0, self.edit.height())), self.minimum, self.maximum)
        return self.popup

    def _picked(self, value: date) -> None:
        changed = value != self._committed
        self.setDate(value)
        self.edit.setFocus()
        if changed:
            self.dateChanged.emit(value)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and not self.edit.isReadOnly():
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if event.key() == Qt.Key.Key_F4 or alt_down:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Keys sent to the field as a whole (tests, accessibility tools) go to its text field.
        if self._forwarding:
            event.ignore()
            return
        self._forwarding = True
        try:
            QCoreApplication.sendEvent(self.edit, event)
        finally:
            self._forwarding = False

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.PaletteChange:
            self.calendar_button.setIcon(calendar_icon(self.palette()))
        super().changeEvent(event)
