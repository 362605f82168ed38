"""One checklist task as a card: status in words (with a symbol), date, note or reason and help text;
plus the phase and status names the checklist shows.

A task saves itself like a note does (no "Opslaan" per task): a chosen status or date at once, typed text
a moment after typing stops (or on Enter / leaving the field); "bewaard om 14:02" says it happened."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.checklist_models import GENERAL
from oco_desktop.domain.dates_nl import format_date_en_short, format_date_nl_short
from oco_desktop.storage import checklist_state
from oco_desktop.storage.checklist_state import TaskState
from oco_desktop.ui.widgets.date_field import DateField
from oco_desktop.ui.widgets.flow_layout import FlowLayout

AUTOSAVE_MS = 1200  # typed text is saved this long after the last key

STATUS_SYMBOLS = {"open": "○", "done": "✔", "not_applicable": "–"}


def phase_name(phase: str) -> str:
    names = {
        "orientation": QCoreApplication.translate("ChecklistPage", "Oriëntatie"),
        "access": QCoreApplication.translate("ChecklistPage", "Toegang"),
        "during_support": QCoreApplication.translate("ChecklistPage", "Tijdens ondersteuning"),
        GENERAL: QCoreApplication.translate("ChecklistPage", "Algemene taken"),
    }
    return names.get(phase, phase)


def status_name(status: str) -> str:
    return {
        "open": QCoreApplication.translate("ChecklistPage", "Open"),
        "done": QCoreApplication.translate("ChecklistPage", "Gedaan"),
        "not_applicable": QCoreApplication.translate("ChecklistPage", "Niet van toepassing"),
    }[status]


def progress_text(phase: str, handled: int, total: int) -> str:
    """For example "Toegang: 3 van 8 gedaan"."""
    text = QCoreApplication.translate("ChecklistPage", "%1: %2 van %3 gedaan")
    return text.replace("%1", phase_name(phase)).replace("%2", str(handled)).replace("%3", str(total))


def _date_edit(parent: QWidget, allow_empty: bool) -> DateField:
    """An empty date is an empty field (no "Geen datum" value that traps Tab); 'Gedaan op' is required."""
    edit = DateField(parent, allow_empty=allow_empty, maximum=None if allow_empty else date.today())
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00-00-00000") * 3)
    return edit


class TaskRow(QFrame):
    """One task: title, help, status (Open / Gedaan / Niet van toepassing) with its details, a date.

    No mnemonics inside a row: every row has the same controls, so Alt+letter would be ambiguous; the
    controls are reached with Tab and the arrow keys (radio buttons), Enter in a text field saves.
    """

    saveRequested = Signal(object)  # the row itself
    edited = Signal(object)  # typed text changed (for the draft autosave)

    def __init__(self, state: TaskState, lang: str, parent=None):
        super().__init__(parent)
        self.state = state
        self.lang = lang
        self._loading = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"task:{state.task_id}")
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.title_label = QLabel(f"<b>{_escape(state.title)}</b>", self)
        self.title_label.setWordWrap(True)
        self.title_label.setToolTip(state.help)
        top.addWidget(self.title_label, 1)
        self.status_label = QLabel(self)
        top.addWidget(self.status_label)
        self.help_button = QToolButton(self)
        self.help_button.setText(self.tr("Uitleg"))
        self.help_button.setCheckable(True)
        self.help_button.setArrowType(Qt.ArrowType.RightArrow)
        self.help_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.help_button.setAccessibleName(self.tr("Uitleg bij: %1").replace("%1", state.title))
        self.help_button.setVisible(bool(state.help))
        top.addWidget(self.help_button)
        layout.addLayout(top)

        self.marker_label = QLabel(self)
        self.marker_label.setWordWrap(True)
        font = self.marker_label.font()
        font.setItalic(True)
        self.marker_label.setFont(font)
        markers = []
        if state.reworded:
            markers.append(self.tr("(zo heette deze taak toen)"))
        if state.hidden:
            markers.append(self.tr("(deze taak staat niet meer in de checklist)"))
        self.marker_label.setText(" ".join(markers))
        self.marker_label.setVisible(bool(markers))
        if state.reworded and state.current_title:
            self.marker_label.setToolTip(self.tr("Nu heet deze taak: %1").replace("%1", state.current_title))
        layout.addWidget(self.marker_label)

        self.help_label = QLabel(state.help, self)
        self.help_label.setWordWrap(True)
        self.help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help_label.setVisible(False)
        layout.addWidget(self.help_label)
        self.help_button.toggled.connect(self._show_help)

        radios = FlowLayout()
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for status, text in (
            ("open", self.tr("Open")),
            ("done", self.tr("Gedaan")),
            ("not_applicable", self.tr("Niet van toepassing")),
        ):
            radio = QRadioButton(text, self)
            radio.setAccessibleName(f"{status_name(status)}: {state.title}")
            radio.setAccessibleDescription(state.help)
            self.group.addButton(radio)
            self.radios[status] = radio
            radios.addWidget(radio)
        layout.addLayout(radios)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long date labels above the field
        self.done_on_edit = _date_edit(self, allow_empty=False)
        # Names say which task they belong to: a page holds many tasks (a screen reader reads them apart).
        self.done_on_edit.setAccessibleName(self.tr("Gedaan op") + ": " + state.title)
        self.done_on_label = QLabel(self.tr("Gedaan op"), self)
        self.done_on_label.setBuddy(self.done_on_edit)
        form.addRow(self.done_on_label, self.done_on_edit)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(checklist_state.NOTE_MAX)
        self.note_edit.setPlaceholderText(self.tr("Bijvoorbeeld: zus belt de gemeente"))
        self.note_edit.setAccessibleName(self.tr("Korte notitie") + ": " + state.title)
        self.note_label = QLabel(self.tr("Korte notitie"), self)
        self.note_label.setBuddy(self.note_edit)
        form.addRow(self.note_label, self.note_edit)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(checklist_state.NOTE_MAX)
        self.reason_edit.setAccessibleName(self.tr("Reden (verplicht)") + ": " + state.title)
        self.reason_label = QLabel(self.tr("Reden (verplicht)"), self)
        self.reason_label.setBuddy(self.reason_edit)
        form.addRow(self.reason_label, self.reason_edit)
        self.date_edit = _date_edit(self, allow_empty=True)
        self.date_label = QLabel(state.date_label or self.tr("Datum"), self)
        self.date_label.setWordWrap(True)
        self.date_label.setBuddy(self.date_edit)
        self.date_edit.setAccessibleName((state.date_label or self.tr("Datum")) + ": " + state.title)
        if state.asks_date:
            form.addRow(self.date_label, self.date_edit)
        else:
            self.date_label.hide()
            self.date_edit.hide()
        layout.addLayout(form)

        bottom = QHBoxLayout()
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        bottom.addWidget(self.error_label, 1)
        bottom.addStretch(0)
        self.saved_hint = QLabel(self)
        self.saved_hint.setObjectName("savedHint")
        bottom.addWidget(self.saved_hint, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(bottom)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.request_save)

        self._load(state)
        self.group.buttonToggled.connect(self._status_toggled)
        for edit in (self.note_edit, self.reason_edit):
            edit.textEdited.connect(self._text_edited)
        for field in (self.done_on_edit, self.date_edit):
            field.dateChanged.connect(self._date_changed)
        for edit in (self.note_edit, self.reason_edit):
            edit.returnPressed.connect(self.request_save)
            edit.editingFinished.connect(self.request_save)

    # -- state ---------------------------------------------------------------------------------
    def _load(self, state: TaskState) -> None:
        self._loading = True
        try:
            self._fill(state)
        finally:
            self._loading = False

    def _fill(self, state: TaskState) -> None:
        self.radios[state.status].setChecked(True)
        self.done_on_edit.setDate(state.done_on or date.today())
        self.note_edit.setText(state.note)
        self.reason_edit.setText(state.reason)
        self.date_edit.setDate(state.date_value)
        self._show_details(state.status)
        self._update_status_label()
        self.set_dirty(False)

    def selected_status(self) -> str:
        for status, radio in self.radios.items():
            if radio.isChecked():
                return status
        return "open"

    def values(self) -> dict:
        status = self.selected_status()
        return {
            "status": status,
            "done_on": (self.done_on_edit.date() or date.today()) if status == "done" else None,
            "note": self.note_edit.text(),
            "reason": self.reason_edit.text() if status == "not_applicable" else "",
            "date_value": self.date_edit.date() if self.state.asks_date else None,
        }

    def set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        if dirty:
            self.saved_hint.clear()

    def request_save(self) -> None:
        """Save now if something changed (the page does the saving and says when it is done)."""
        self._autosave.stop()
        if self.dirty:
            self.saveRequested.emit(self)

    def _date_changed(self, _value) -> None:
        if self._loading:
            return
        self._mark_dirty()
        self.request_save()

    def show_error(self, message: str) -> None:
        self.error_label.setText("⚠ " + message)
        self.error_label.setVisible(bool(message))

    def _status_toggled(self, button, checked: bool) -> None:
        if checked and not self._loading:
            self._show_details(self.selected_status())
            self._mark_dirty()
            if self.selected_status() == "not_applicable" and not self.reason_edit.text().strip():
                self.reason_edit.setFocus()  # saved once the reason is written
                self.show_error(self.tr("Schrijf de reden op; dan wordt de taak bewaard."))
            else:
                self.request_save()

    def _show_details(self, status: str) -> None:
        for widget in (self.done_on_label, self.done_on_edit, self.note_label, self.note_edit):
            widget.setVisible(status == "done")
        for widget in (self.reason_label, self.reason_edit):
            widget.setVisible(status == "not_applicable")

    def _update_status_label(self) -> None:
        state = self.state
        text = f"{STATUS_SYMBOLS[state.status]} {status_name(state.status)}"
        if state.status == "done" and state.done_on:
            when = format_date_en_short(state.done_on) if self.lang == "en" else format_date_nl_short(state.done_on)
            text += " " + self.tr("op %1").replace("%1", when)
        self.status_label.setText(text)
        self.status_label.setAccessibleName(self.tr("Status: %1").replace("%1", text))

    def _text_edited(self, _text: str) -> None:
        self._mark_dirty()
        self.edited.emit(self)
        self._autosave.start()

    def _mark_dirty(self, *_args) -> None:
        self.set_dirty(True)
        self.show_error("")

    def _show_help(self, shown: bool) -> None:
        self.help_label.setVisible(shown)
        self.help_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def saved(self, state: TaskState, at: str = "") -> None:
        """Stored: show what is stored now, and "bewaard om 14:02"."""
        focus = self.focusWidget()
        typing = (focus in (self.note_edit, self.reason_edit)) and focus.hasFocus()
        kept = {edit: edit.text() for edit in (self.note_edit, self.reason_edit)} if typing else {}
        self.state = state
        self._load(state)
        for edit, text in kept.items():  # typed after the save started: keep it, it is saved next
            if edit.text() != text:
                edit.setText(text)
                self._mark_dirty()
        if at:
            self.saved_hint.setText(self.tr("bewaard om %1").replace("%1", at))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
