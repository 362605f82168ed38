"""The guided checklist of a case: the phase stepper with progress, the tasks of the current phase, the
general tasks, moving between phases and the contact form.

Marking a task never blocks anything: the supporter can move on with open tasks (they get a gentle
summary first) and can always go back a phase. Tasks worked on under older wording show that wording.
Status is always written out in words (with a symbol as extra), never shown by colour alone.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.checklist_models import GENERAL
from oco_desktop.domain.dates_nl import format_date_en_short, format_date_nl_short
from oco_desktop.domain.models import PHASES
from oco_desktop.errors import OcoError
from oco_desktop.storage import agenda, cases, checklist_state, drafts
from oco_desktop.storage.checklist_state import TaskState

NO_DATE = QDate(1900, 1, 1)  # shown as "Geen datum"
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


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def from_qdate(value: QDate) -> date | None:
    if not value.isValid() or value == NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())


def _date_edit(parent: QWidget, allow_empty: bool) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00-00-00000") * 2)
    if allow_empty:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(QCoreApplication.translate("ChecklistPage", "Geen datum"))
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

        radios = QHBoxLayout()
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
        radios.addStretch(1)
        layout.addLayout(radios)

        form = QFormLayout()
        self.done_on_edit = _date_edit(self, allow_empty=False)
        self.done_on_edit.setAccessibleName(self.tr("Gedaan op"))
        self.done_on_label = QLabel(self.tr("Gedaan op"), self)
        self.done_on_label.setBuddy(self.done_on_edit)
        form.addRow(self.done_on_label, self.done_on_edit)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(checklist_state.NOTE_MAX)
        self.note_edit.setPlaceholderText(self.tr("Bijvoorbeeld: zus belt de gemeente"))
        self.note_edit.setAccessibleName(self.tr("Korte notitie"))
        self.note_label = QLabel(self.tr("Korte notitie"), self)
        self.note_label.setBuddy(self.note_edit)
        form.addRow(self.note_label, self.note_edit)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(checklist_state.NOTE_MAX)
        self.reason_edit.setAccessibleName(self.tr("Reden (verplicht)"))
        self.reason_label = QLabel(self.tr("Reden (verplicht)"), self)
        self.reason_label.setBuddy(self.reason_edit)
        form.addRow(self.reason_label, self.reason_edit)
        self.date_edit = _date_edit(self, allow_empty=True)
        self.date_label = QLabel(state.date_label or self.tr("Datum"), self)
        self.date_label.setBuddy(self.date_edit)
        self.date_edit.setAccessibleName(state.date_label or self.tr("Datum"))
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
        self.save_button = QPushButton(self.tr("Opslaan"), self)
        self.save_button.setAccessibleName(self.tr("Opslaan: %1").replace("%1", state.title))
        bottom.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(bottom)

        self._load(state)
        self.group.buttonToggled.connect(self._status_toggled)
        for edit in (self.note_edit, self.reason_edit):
            edit.textEdited.connect(self._text_edited)
        self.done_on_edit.dateChanged.connect(self._mark_dirty)
        self.date_edit.dateChanged.connect(self._mark_dirty)
        self.save_button.clicked.connect(lambda: self.saveRequested.emit(self))
        for edit in (self.note_edit, self.reason_edit):
            edit.returnPressed.connect(lambda: self.saveRequested.emit(self))

    # -- state ---------------------------------------------------------------------------------
    def _load(self, state: TaskState) -> None:
        self.radios[state.status].setChecked(True)
        self.done_on_edit.setDate(to_qdate(state.done_on or date.today()))
        self.note_edit.setText(state.note)
        self.reason_edit.setText(state.reason)
        self.date_edit.setDate(to_qdate(state.date_value))
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
            "done_on": from_qdate(self.done_on_edit.date()) if status == "done" else None,
            "note": self.note_edit.text(),
            "reason": self.reason_edit.text() if status == "not_applicable" else "",
            "date_value": from_qdate(self.date_edit.date()) if self.state.asks_date else None,
        }

    def set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)

    def show_error(self, message: str) -> None:
        self.error_label.setText("⚠ " + message)
        self.error_label.setVisible(bool(message))

    def _status_toggled(self, button, checked: bool) -> None:
        if checked:
            self._show_details(self.selected_status())
            self._mark_dirty()
            if self.selected_status() == "not_applicable":
                self.reason_edit.setFocus()

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

    def _mark_dirty(self, *_args) -> None:
        self.set_dirty(True)
        self.show_error("")

    def _show_help(self, shown: bool) -> None:
        self.help_label.setVisible(shown)
        self.help_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def saved(self, state: TaskState) -> None:
        self.state = state
        self._load(state)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ChecklistPage(QWidget):
    """A CLIENT_PAGES page: the checklist of the chosen case (default: the client's current case)."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.case_id: str | None = None
        self.rows: list[TaskRow] = []
        self._own_change = False
        self._draft_rows: set[TaskRow] = set()
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(1000)
        self._draft_timer.timeout.connect(self.save_drafts)

        outer = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty_label)

        self.content = QWidget(self)
        self.stack.addWidget(self.content)
        layout = QVBoxLayout(self.content)

        self.case_label = QLabel(self.content)
        self.case_label.setWordWrap(True)
        layout.addWidget(self.case_label)

        stepper = QHBoxLayout()
        self.step_labels: dict[str, QLabel] = {}
        for index, phase in enumerate(PHASES):
            if index:
                arrow = QLabel("→", self.content)
                arrow.setAccessibleName(self.tr("daarna"))
                stepper.addWidget(arrow)
            label = QLabel(self.content)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setMargin(4)
            self.step_labels[phase] = label
            stepper.addWidget(label)
        stepper.addStretch(1)
        layout.addLayout(stepper)

        self.phase_help = QLabel(self.content)
        self.phase_help.setWordWrap(True)
        layout.addWidget(self.phase_help)
        self.version_label = QLabel(self.content)
        self.version_label.setWordWrap(True)
        layout.addWidget(self.version_label)

        self.scroll = QScrollArea(self.content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)
        self.tasks_host = QWidget()
        self.tasks_layout = QVBoxLayout(self.tasks_host)
        self.scroll.setWidget(self.tasks_host)

        self.general_toggle = QToolButton(self.content)
        self.general_toggle.setCheckable(True)
        self.general_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.general_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.general_box = QWidget()
        self.general_layout = QVBoxLayout(self.general_box)
        self.general_layout.setContentsMargins(0, 0, 0, 0)
        self.general_box.setVisible(False)
        self.general_toggle.toggled.connect(self._toggle_general)

        self.message_label = QLabel(self.content)
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)

        contact = QHBoxLayout()
        self.contact_label = QLabel(self.tr("&Contactvorm:"), self.content)
        self.contact_combo = QComboBox(self.content)
        for form, text in (
            ("short_term", self.tr("Kortdurend")),
            ("short_cycle", self.tr("Kortcyclisch")),
            ("checkin", self.tr("Waakvlam (vast contactmoment)")),
        ):
            self.contact_combo.addItem(text, form)
        self.contact_label.setBuddy(self.contact_combo)
        self.contact_combo.setAccessibleName(self.tr("Contactvorm"))
        self.interval_label = QLabel(self.tr("&Elke"), self.content)
        self.interval_spin = QSpinBox(self.content)
        self.interval_spin.setRange(1, 365)
        self.interval_spin.setAccessibleName(self.tr("Interval waakvlamcontact"))
        self.interval_label.setBuddy(self.interval_spin)
        self.unit_combo = QComboBox(self.content)
        self.unit_combo.addItem(self.tr("weken"), 7)
        self.unit_combo.addItem(self.tr("dagen"), 1)
        self.unit_combo.setAccessibleName(self.tr("Eenheid van het interval"))
        contact_widgets = (self.contact_label, self.contact_combo, self.interval_label, self.interval_spin,
                           self.unit_combo)
        for widget in contact_widgets:
            contact.addWidget(widget)
        contact.addStretch(1)
        layout.addLayout(contact)
        self.contact_combo.activated.connect(self._contact_form_changed)
        self.interval_spin.editingFinished.connect(self._contact_form_changed)
        self.unit_combo.activated.connect(self._contact_form_changed)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Terug naar vorige fase"), self.content)
        self.next_button = QPushButton(self.tr("Naar &volgende fase"), self.content)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(lambda: self.move_phase(-1))
        self.next_button.clicked.connect(lambda: self.move_phase(+1))

        session.dataChanged.connect(self._data_changed)
        session.openCaseRequested.connect(self._case_requested)
        session.aboutToLock.connect(self.save_drafts)
        session.locked.connect(self._clear)
        session.unlocked.connect(self.reload)
        self._show_empty(self.tr("Kies een cliënt om de checklist te zien."))

    def title(self) -> str:
        return self.tr("Checklist")

    # -- what to show --------------------------------------------------------------------------
    def show_client(self, client_id: str | None) -> None:
        if client_id != self.client_id:
            self.save_drafts()
            self.client_id, self.case_id = client_id, None
        self.reload()

    def show_case(self, case_id: str | None) -> None:
        self.save_drafts()
        self.case_id = case_id
        self.reload()

    def _case_requested(self, client_id: str, case_id: str) -> None:
        if client_id == self.client_id:
            self.show_case(case_id)

    def _data_changed(self, kind: str, record_id: str) -> None:
        if self._own_change or not self.session.is_unlocked:
            return
        if kind in ("case", "checklist") and record_id in (self.case_id, ""):
            self.reload()
        elif kind == "case" and self.case_id is None:
            self.reload()  # a first case may just have been opened for this client

    def _show_empty(self, text: str) -> None:
        self._clear_rows()
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    def _clear(self) -> None:
        """The vault is locked: drop everything that shows client data."""
        self._draft_timer.stop()
        self._draft_rows.clear()
        self.case_label.clear()
        self._show_empty(self.tr("De kluis is vergrendeld."))

    def _resolve_case(self):
        vault = self.session.vault
        if self.case_id:
            try:
                case = cases.get_case(vault, self.case_id)
            except OcoError:
                case = None
            if case is not None and (self.client_id is None or case.client_id == self.client_id):
                self.client_id = case.client_id
                return case
        if self.client_id is None:
            return None
        case = cases.current_case(vault, self.client_id)
        self.case_id = case.id if case else None
        return case

    def reload(self) -> None:
        if not self.session.is_unlocked:
            self._clear()
            return
        if self.client_id is None and self.case_id is None:
            self._show_empty(self.tr("Kies een cliënt om de checklist te zien."))
            return
        try:
            case = self._resolve_case()
            if case is None:
                self._show_empty(
                    self.tr(
                        "Deze cliënt heeft nog geen casus. Open eerst een casus op het tabblad Casussen; "
                        "dan ziet u hier de taken per fase."
                    )
                )
                return
            self._build(case)
        except OcoError as error:
            self._show_empty(self.tr("De checklist kan niet getoond worden: %1").replace("%1", str(error)))

    def _build(self, case) -> None:
        vault, definitions, lang = self.session.vault, self.session.definitions, self.session.lang
        self.case = case
        title = case.title or self.tr("(zonder titel)")
        self.case_label.setText(self.tr("Casus %1: %2").replace("%1", case.code).replace("%2", _escape(title)))
        for phase, label in self.step_labels.items():
            handled, total = checklist_state.progress(vault, definitions, case.id, phase)
            text = progress_text(phase, handled, total)
            if phase == case.phase:
                label.setText(f"▶ <b>{_escape(text)}</b>")
                label.setAccessibleName(self.tr("Huidige fase: %1").replace("%1", text))
            else:
                label.setText(_escape(text))
                label.setAccessibleName(text)
        self.phase_help.setText(definitions.phase(case.phase).help.get(lang))
        started = checklist_state.phase_version(vault, case.id, case.phase)
        if started and started != definitions.checklist_version:
            self.version_label.setText(
                self.tr("Deze fase is begonnen met checklistversie %1. Nu geldt versie %2.")
                .replace("%1", started)
                .replace("%2", definitions.checklist_version)
            )
            self.version_label.show()
        else:
            self.version_label.hide()

        self._clear_rows()
        for state in checklist_state.checklist_view(vault, definitions, case.id, case.phase, lang):
            self._add_row(state, self.tasks_layout)
        self.tasks_layout.addWidget(self.general_toggle)
        self.tasks_layout.addWidget(self.general_box)
        for state in checklist_state.checklist_view(vault, definitions, case.id, GENERAL, lang):
            self._add_row(state, self.general_layout)
        handled, total = checklist_state.progress(vault, definitions, case.id, GENERAL)
        self.general_toggle.setText(
            self.tr("Algemene taken (in elke fase): %1 van %2 gedaan").replace("%1", str(handled)).replace(
                "%2", str(total)
            )
        )
        self.tasks_layout.addStretch(1)

        index = PHASES.index(case.phase)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(PHASES) - 1)
        self._load_contact_form(case)
        self.stack.setCurrentWidget(self.content)
        self._restore_drafts()

    def _add_row(self, state: TaskState, layout: QVBoxLayout) -> None:
        row = TaskRow(state, self.session.lang, self.tasks_host)
        row.saveRequested.connect(self.save_row)
        row.edited.connect(self._row_edited)
        layout.addWidget(row)
        self.rows.append(row)

    def _clear_rows(self) -> None:
        self.rows = []
        self._draft_rows.clear()
        for layout in (self.tasks_layout, self.general_layout):
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget()
                if widget is not None and widget not in (self.general_toggle, self.general_box):
                    widget.deleteLater()

    def _toggle_general(self, shown: bool) -> None:
        self.general_box.setVisible(shown)
        self.general_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def row(self, task_id: str) -> TaskRow:
        for row in self.rows:
            if row.state.task_id == task_id:
                return row
        raise KeyError(task_id)

    # -- saving a task ---------------------------------------------------------------------------
    def save_row(self, row: TaskRow) -> bool:
        values = row.values()
        if values["status"] == "not_applicable" and not values["reason"].strip():
            row.show_error(self.tr("Schrijf een reden op: waarom is deze taak niet van toepassing?"))
            row.reason_edit.setFocus()
            return False
        try:
            state = checklist_state.mark_task(
                self.session.vault, self.session.definitions, self.case_id, row.state.task_id, **values
            )
            self._plan_follow_up(state)
        except OcoError as error:
            row.show_error(str(error))
            return False
        lang_state = next(
            (s for s in checklist_state.checklist_view(
                self.session.vault, self.session.definitions, self.case_id, state.phase, self.session.lang,
                include_open_hidden=True) if s.task_id == state.task_id),
            state,
        )
        self._discard_drafts(row)
        row.saved(lang_state)
        self._announce(self.tr("Opgeslagen: %1").replace("%1", lang_state.title))
        self._notify()
        self._refresh_progress()
        return True

    def _plan_follow_up(self, state) -> None:
        """A task date that lies ahead (an interview, an evaluation) becomes a follow-up in the agenda."""
        if not state.date_value or state.date_value < date.today():
            return
        try:
            task = self.session.definitions.task(state.task_id)
        except KeyError:  # a task an organisation removed since: nothing to plan
            return
        kind = "accompany" if task.date_role == "access_interview" else "other"
        agenda.follow_up_from_task(
            self.session.vault, self.case_id, state.task_id, state.date_value, kind=kind,
            description=task.title.get(self.session.lang),
        )
        self.session.changed("follow_up", self.case_id)

    def _refresh_progress(self) -> None:
        vault, definitions = self.session.vault, self.session.definitions
        for phase, label in self.step_labels.items():
            handled, total = checklist_state.progress(vault, definitions, self.case_id, phase)
            text = progress_text(phase, handled, total)
            label.setText(f"▶ <b>{_escape(text)}</b>" if phase == self.case.phase else _escape(text))
            label.setAccessibleName(
                self.tr("Huidige fase: %1").replace("%1", text) if phase == self.case.phase else text
            )
        handled, total = checklist_state.progress(vault, definitions, self.case_id, GENERAL)
        self.general_toggle.setText(
            self.tr("Algemene taken (in elke fase): %1 van %2 gedaan").replace("%1", str(handled)).replace(
                "%2", str(total)
            )
        )

    def _notify(self) -> None:
        self._own_change = True
        try:
            self.session.changed("checklist", self.case_id)
            self.session.changed("case", self.case_id)
        finally:
            self._own_change = False

    def _announce(self, text: str) -> None:
        self.message_label.setText(text)

    # -- phases ----------------------------------------------------------------------------------
    def move_phase(self, direction: int) -> bool:
        if self.case_id is None:
            return False
        vault, definitions = self.session.vault, self.session.definitions
        case = cases.get_case(vault, self.case_id)
        unsaved = [row for row in self.rows if row.dirty]
        for row in unsaved:
            if not self.save_row(row):
                row.setFocus()
                return False
        if direction > 0:
            still_open = checklist_state.open_tasks(vault, definitions, case.id, case.phase, self.session.lang)
            if still_open and not self._confirm_move_on(case.phase, still_open):
                return False
        try:
            moved = checklist_state.move_phase(vault, case.id, direction)
        except OcoError as error:
            self._announce(str(error))
            return False
        self._notify()
        self.reload()
        self._announce(self.tr("De casus staat nu in de fase %1.").replace("%1", phase_name(moved.phase)))
        return True

    def _confirm_move_on(self, phase: str, still_open: list[TaskState]) -> bool:
        titles = "\n".join(f"• {s.title}" for s in still_open)
        if len(still_open) == 1:
            text = self.tr("Er staat nog 1 taak open:")
        else:
            text = self.tr("Er staan nog %1 taken open:").replace("%1", str(len(still_open)))
        text += "\n" + titles + "\n\n" + self.tr("U kunt toch verder. De taken blijven bewaard.")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Naar de volgende fase?"), text,
                          QMessageBox.StandardButton.NoButton, self)
        go_on = box.addButton(self.tr("&Verder"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go_on)
        box.exec()
        return box.clickedButton() is go_on

    # -- contact form ----------------------------------------------------------------------------
    def _load_contact_form(self, case) -> None:
        self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(case.contact_form)))
        days = case.checkin_interval_days or 28
        weeks = days % 7 == 0
        self.unit_combo.setCurrentIndex(0 if weeks else 1)
        self.interval_spin.setValue(days // 7 if weeks else days)
        self._show_interval(case.contact_form == "checkin")

    def _show_interval(self, shown: bool) -> None:
        for widget in (self.interval_label, self.interval_spin, self.unit_combo):
            widget.setVisible(shown)

    def interval_days(self) -> int:
        return self.interval_spin.value() * int(self.unit_combo.currentData())

    def _contact_form_changed(self, *_args) -> None:
        if self.case_id is None or not self.session.is_unlocked:
            return
        form = self.contact_combo.currentData()
        self._show_interval(form == "checkin")
        interval = self.interval_days() if form == "checkin" else None
        case = cases.get_case(self.session.vault, self.case_id)
        if case.contact_form == form and case.checkin_interval_days == interval:
            return
        try:
            checklist_state.set_contact_form(self.session.vault, self.case_id, form, interval)
        except OcoError as error:
            self._announce(str(error))
            return
        self._notify()
        self._announce(self.tr("Contactvorm opgeslagen: %1").replace("%1", self.contact_combo.currentText()))

    # -- drafts: typed notes and reasons survive a lock or a crash --------------------------------
    def _draft_key(self, row: TaskRow, field: str) -> str:
        return f"checklist:{self.case_id}:{row.state.task_id}:{field}"

    def _row_edited(self, row: TaskRow) -> None:
        self._draft_rows.add(row)
        self._draft_timer.start()

    def save_drafts(self) -> None:
        self._draft_timer.stop()
        if not self._draft_rows or not self.session.is_unlocked or self.case_id is None:
            return
        for row in list(self._draft_rows):
            for field, edit in (("note", row.note_edit), ("reason", row.reason_edit)):
                context = {"kind": "checklist", "case_id": self.case_id, "task_id": row.state.task_id,
                           "field": field}
                drafts.save_draft(self.session.vault, self._draft_key(row, field), edit.text(), self.client_id,
                                  context)
        self._draft_rows.clear()

    def _discard_drafts(self, row: TaskRow) -> None:
        self._draft_rows.discard(row)
        for field in ("note", "reason"):
            drafts.discard_draft(self.session.vault, self._draft_key(row, field))

    def _restore_drafts(self) -> None:
        for row in self.rows:
            restored = False
            for field, edit in (("note", row.note_edit), ("reason", row.reason_edit)):
                found = drafts.get_draft(self.session.vault, self._draft_key(row, field))
                if found is not None and found[0] != edit.text():
                    edit.setText(found[0])
                    restored = True
                    if found[0].strip():  # typed under that status: show the field again
                        row.radios["done" if field == "note" else "not_applicable"].setChecked(True)
            if restored:
                row.set_dirty(True)
                row.show_error(self.tr("Niet opgeslagen tekst teruggezet. Kies Opslaan om te bewaren."))

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_drafts()
        super().hideEvent(event)
