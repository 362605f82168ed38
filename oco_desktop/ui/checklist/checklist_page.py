"""The guided checklist of a case: the phase stepper with progress, the tasks of the current phase,
moving between phases and the contact form. (General tasks are organisation work: not shown per case.)

Marking a task never blocks anything: the supporter can move on with open tasks (they get a gentle
summary first) and can always go back a phase. Tasks worked on under older wording show that wording.
Status is always written out in words (with a symbol as extra), never shown by colour alone.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.models import PHASES
from oco_desktop.errors import OcoError
from oco_desktop.storage import agenda, cases, checklist_state
from oco_desktop.storage.checklist_state import TaskState
from oco_desktop.ui.checklist.checklist_drafts import ChecklistDrafts
from oco_desktop.ui.checklist.checklist_phases import ChecklistPhases
from oco_desktop.ui.checklist.task_row import (
    TaskRow,
    _escape,
    progress_text,
)
from oco_desktop.ui.widgets.flow_layout import FlowLayout, pair


class ChecklistPage(ChecklistPhases, ChecklistDrafts, QWidget):
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

        stepper = FlowLayout()
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


        self.message_label = QLabel(self.content)
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)

        contact = FlowLayout()
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
        self.interval_box = QWidget(self.content)
        interval_row = QHBoxLayout(self.interval_box)
        interval_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.interval_label, self.interval_spin, self.unit_combo):
            interval_row.addWidget(widget)
        contact.addWidget(pair(self.contact_label, self.contact_combo, self.content))
        contact.addWidget(self.interval_box)
        layout.addLayout(contact)
        self.contact_combo.activated.connect(self._contact_form_changed)
        self.interval_spin.editingFinished.connect(self._contact_form_changed)
        self.unit_combo.activated.connect(self._contact_form_changed)

        buttons = FlowLayout()
        self.back_button = QPushButton(self.tr("&Terug naar vorige fase"), self.content)
        self.next_button = QPushButton(self.tr("Naar &volgende fase"), self.content)
        buttons.addWidget(self.back_button)
        buttons.add_stretch()
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
    def reset_for_new_client(self) -> None:
        """Another client is opened: no message of the previous one."""
        self.message_label.clear()

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
        self.case_label.clear()  # no case shown: nothing of a previous case stays behind, hidden or not
        self.version_label.clear()
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
        # General tasks (outreach, signalling, advocacy, cooperation) are organisation work, not per case
        # (Bijlage 1, Schema 2): they are no longer shown in a case's checklist.
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
        while self.tasks_layout.count():
            item = self.tasks_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()

    def row(self, task_id: str) -> TaskRow:
        for row in self.rows:
            if row.state.task_id == task_id:
                return row
        raise KeyError(task_id)

    # -- saving a task ---------------------------------------------------------------------------
    def save_row(self, row: TaskRow) -> bool:
        for field in (row.done_on_edit, row.date_edit):
            if field.isVisibleTo(row) and not field.validate():  # the field shows its own hint
                return False
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
        row.saved(lang_state, datetime.now().strftime("%H:%M"))
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

    def _notify(self) -> None:
        self._own_change = True
        try:
            self.session.changed("checklist", self.case_id)
            self.session.changed("case", self.case_id)
        finally:
            self._own_change = False

    def _announce(self, text: str) -> None:
        self.message_label.setText(text)


    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_drafts()
        super().hideEvent(event)
