"""The "Plan" page of a client: the personal plan, written together at the kitchen table.

Texts are autosaved straight into plan_sections (not into drafts): the plan IS the document being
written, there is no separate "save" step a draft would wait for. Saving happens ~1 s after typing
stops, when an editor loses focus, when the page hides and just before the vault locks.

The editors use a larger font than the rest of the app (1.25 x the system size) and can be zoomed
with Ctrl+= / Ctrl+- so a resident sitting next to the supporter can read along.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.dates_nl import format_date_en, format_date_nl
from oco_desktop.errors import OcoError
from oco_desktop.storage import cases, clients, plans
from oco_desktop.ui.plan.plan_export import PlanExport
from oco_desktop.ui.plan.section_editor import (
    AUTOSAVE_MS,
    PlanZoom,
    SectionEditor,
)
from oco_desktop.ui.shell.session import Session
from oco_desktop.ui.widgets.date_field import DateField
from oco_desktop.ui.widgets.flow_layout import FlowLayout, pair

log = logging.getLogger(__name__)


class PlanPage(PlanZoom, PlanExport, QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.case_id: str | None = None
        self._editors: list[SectionEditor] = []
        self._dirty: set[SectionEditor] = set()
        self._loading = False
        self._own_change = False  # True while we announce our own change (no reload for it)
        self._zoom_index = 0
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._build()
        session.aboutToLock.connect(self.save_now)
        session.locked.connect(self._on_locked)
        session.unlocked.connect(self.reload)
        session.dataChanged.connect(self._on_data_changed)

    def title(self) -> str:
        return self.tr("Plan")

    # -- building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.case_label = QLabel()
        self.case_label.setWordWrap(True)
        outer.addWidget(self.case_label)
        outer.addWidget(self._build_dates())
        outer.addLayout(self._build_export_row())
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.status_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sections_host = QWidget()
        self.sections_layout = QVBoxLayout(self.sections_host)
        self.scroll.setWidget(self.sections_host)
        outer.addWidget(self.scroll, 1)
        for keys, step in (((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), 1), ((QKeySequence.StandardKey.ZoomOut,), -1)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda s=step: self.zoom(s))

    def _date_edit(self, accessible: str) -> DateField:
        """A Dutch date field: empty is "not filled in" (its clear button empties it; Tab passes)."""
        edit = DateField(allow_empty=True)
        edit.setAccessibleName(accessible)
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00-00-00000") * 3)
        edit.dateChanged.connect(self._dates_edited)
        return edit

    def _build_dates(self) -> QWidget:
        group = QGroupBox(self.tr("Datums"))
        form = QFormLayout(group)
        self.request_edit = self._date_edit(self.tr("Datum van de melding"))
        self.interview_edit = self._date_edit(self.tr("Datum van het keukentafelgesprek"))
        for label, edit in (
            (self.tr("&Melding bij de gemeente"), self.request_edit),
            (self.tr("&Keukentafelgesprek"), self.interview_edit),
        ):
            form.addRow(label, edit)
            form.labelForField(edit).setBuddy(edit)
        self.plan_due_label = QLabel()
        self.assessment_due_label = QLabel()
        self.check_note = QLabel(self.tr("Berekende datum — controleer de brief van de gemeente."))
        self.check_note.setWordWrap(True)
        italic = self.check_note.font()
        italic.setItalic(True)
        self.check_note.setFont(italic)
        for label in (self.plan_due_label, self.assessment_due_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
        form.addRow(self.plan_due_label)
        form.addRow(self.assessment_due_label)
        form.addRow(self.check_note)
        self.dates_error = QLabel()
        self.dates_error.setWordWrap(True)
        form.addRow(self.dates_error)
        return group

    def _build_export_row(self) -> FlowLayout:
        row = FlowLayout()
        self.lang_combo = QComboBox()
        self.lang_combo.addItem(self.tr("Nederlands"), "nl")
        self.lang_combo.addItem(self.tr("Engels"), "en")
        self.lang_combo.setAccessibleName(self.tr("Taal van de PDF"))
        lang_label = QLabel(self.tr("&Taal:"))
        lang_label.setBuddy(self.lang_combo)
        self.large_print_check = QCheckBox(self.tr("&Grote letters"))
        self.family_group_check = QCheckBox(self.tr("&Familiegroepsplan"))
        self.family_group_check.setObjectName("family_group")
        self.family_group_check.setToolTip(self.tr("Een plan dat de inwoner samen met het netwerk maakt; "
                                                   "de mensen uit het netwerk staan erin"))
        self.supporter_signature_check = QCheckBox(self.tr("Ook handtekening &cliëntondersteuner"))
        self.supporter_signature_check.setObjectName("supporter_signature")
        self.supporter_signature_check.setToolTip(self.tr("Het is het plan van de inwoner: standaard tekent "
                                                          "alleen de inwoner"))
        self.pdf_button = QPushButton(self.tr("&PDF maken…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.access_button = QPushButton(self.tr("&Inzage-export…"))
        self.access_button.setToolTip(self.tr("Alles wat de kluis over deze cliënt bewaart, als PDF en JSON (AVG)"))
        self.access_button.clicked.connect(self.export_subject_access)
        zoom_out = QToolButton()
        zoom_out.setText("A−")
        zoom_out.setAccessibleName(self.tr("Tekst kleiner (Ctrl+-)"))
        zoom_out.setToolTip(self.tr("Tekst kleiner (Ctrl+-)"))
        zoom_out.clicked.connect(lambda: self.zoom(-1))
        zoom_in = QToolButton()
        zoom_in.setText("A+")
        zoom_in.setAccessibleName(self.tr("Tekst groter (Ctrl+=)"))
        zoom_in.setToolTip(self.tr("Tekst groter (Ctrl+=)"))
        zoom_in.clicked.connect(lambda: self.zoom(1))
        for widget in (zoom_out, zoom_in):
            row.addWidget(widget)
        row.add_stretch()
        for widget in (pair(lang_label, self.lang_combo), self.large_print_check, self.family_group_check,
                       self.supporter_signature_check, self.pdf_button, self.access_button):
            row.addWidget(widget)
        return row

    # -- showing -----------------------------------------------------------------------------------
    def reset_for_new_client(self) -> None:
        """Another client is opened: no export message, no export choice of the previous one."""
        self.save_now()
        for check in (self.large_print_check, self.family_group_check, self.supporter_signature_check):
            check.setChecked(False)
        self.lang_combo.setCurrentIndex(0)
        for label in (self.status_label, self.dates_error):
            label.clear()

    def show_client(self, client_id: str | None) -> None:
        self.save_now()
        self.client_id = client_id
        self.case_id = None
        if client_id and self.session.is_unlocked:
            current = cases.current_case(self.session.vault, client_id)
            self.case_id = current.id if current else None
        self.reload()

    def show_case(self, case_id: str | None) -> None:
        self.save_now()
        if case_id is None and self.client_id and self.session.is_unlocked:
            current = cases.current_case(self.session.vault, self.client_id)
            case_id = current.id if current else None
        self.case_id = case_id
        self.reload()

    def _clear_sections(self) -> None:
        self._autosave.stop()
        self._dirty.clear()
        self._editors = []
        while self.sections_layout.count():
            item = self.sections_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # gone from the page at once (client text included)
                widget.deleteLater()

    def _on_locked(self) -> None:
        """The vault is closed: drop every piece of client data from the widgets."""
        self._clear_sections()
        self._loading = True
        self.request_edit.clear()
        self.interview_edit.clear()
        self._loading = False
        for label in (self.case_label, self.plan_due_label, self.assessment_due_label, self.status_label,
                      self.dates_error):
            label.clear()
        self.setEnabled(False)

    def reload(self) -> None:
        self._clear_sections()
        if not self.session.is_unlocked or not self.client_id:
            self._on_locked()
            return
        self.setEnabled(True)
        vault = self.session.vault
        try:
            client = clients.get_client(vault, self.client_id)
            case = cases.get_case(vault, self.case_id) if self.case_id else None
        except OcoError as exc:
            self.case_label.setText(str(exc))
            return
        has_case = case is not None
        for widget in (self.request_edit, self.interview_edit):
            widget.setEnabled(has_case)
        self._loading = True
        self.request_edit.setDate(case.request_date if case else None)
        self.interview_edit.setDate(case.access_interview_date if case else None)
        self._loading = False
        self._show_deadlines(case.request_date if case else None)
        if has_case:
            self.case_label.setText(self.tr("Persoonlijk plan van %1 · casus %2").replace("%1", client.name)
                                    .replace("%2", case.title or case.code))
        else:
            self.case_label.setText(self.tr("%1 heeft nog geen casus. Open eerst een casus; daarna kunt u hier "
                                            "het plan schrijven.").replace("%1", client.name))
        self._build_sections(has_case)

    def _domain_label(self, domain_id: str) -> str:
        return self.session.label("life_domains", domain_id)

    def _build_sections(self, editable: bool) -> None:
        views = plans.plan_view(self.session.vault, self.session.definitions, self.client_id, self.case_id,
                                self.session.lang)
        self._loading = True
        for view in views:
            box = QFrame()
            box.setObjectName(f"section:{view.section_id}")
            layout = QVBoxLayout(box)
            heading = QLabel(view.heading)
            heading.setWordWrap(True)
            font = heading.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.3)
            heading.setFont(font)
            layout.addWidget(heading)
            if view.hidden:
                layout.addWidget(QLabel(self.tr("Dit deel staat niet meer in de lijst van uw organisatie. "
                                                "De tekst blijft bewaard.")))
            if view.prompt:
                prompt = QLabel(view.prompt)
                prompt.setWordWrap(True)
                layout.addWidget(prompt)
            if view.per_life_domain and not view.texts:
                layout.addWidget(QLabel(self.tr("Er zijn nog geen levensgebieden gekozen voor deze cliënt.")))
            for text in view.texts:
                label_text = view.heading
                if view.per_life_domain:
                    label_text = self._domain_label(text.domain_id)
                    if not text.in_play:
                        label_text += " " + self.tr("(geen levensgebied meer van deze cliënt)")
                    sub = QLabel(label_text)
                    bold = sub.font()
                    bold.setBold(True)
                    sub.setFont(bold)
                    layout.addWidget(sub)
                editor = SectionEditor(view.section_id, text.domain_id)
                editor.setAccessibleName(label_text)
                editor.setPlainText(text.body)
                editor.setReadOnly(not editable)
                editor.textChanged.connect(lambda e=editor: self._edited(e))
                editor.installEventFilter(self)
                layout.addWidget(editor)
                self._editors.append(editor)
            self.sections_layout.addWidget(box)
        self.sections_layout.addStretch(1)
        self._loading = False
        self._apply_zoom()

    def _show_deadlines(self, request_date: date | None) -> None:
        due = plans.request_deadlines(request_date)
        fmt = format_date_en if self.session.lang == "en" else format_date_nl
        if due.plan_last_day is None:
            self.plan_due_label.setText(self.tr("Laatste dag plan inleveren: vul eerst de datum van de melding in."))
            self.assessment_due_label.clear()
            self.check_note.hide()
            return
        self.plan_due_label.setText(self.tr("Laatste dag plan inleveren: %1").replace("%1", fmt(due.plan_last_day)))
        self.assessment_due_label.setText(
            self.tr("Gemeente klaar met onderzoek: uiterlijk op %1").replace("%1", fmt(due.assessment_last_day)))
        self.check_note.show()

    # -- autosave ----------------------------------------------------------------------------------
    def _edited(self, editor: SectionEditor) -> None:
        if self._loading:
            return
        self._dirty.add(editor)
        self._autosave.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusOut and watched in self._dirty:
            self.save_now()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.save_now()
        super().hideEvent(event)

    def save_now(self) -> None:
        """Write every changed text to the vault now."""
        self._autosave.stop()
        if not self._dirty or not self.case_id or not self.session.is_unlocked:
            return
        dirty, self._dirty = list(self._dirty), set()
        try:
            for editor in dirty:
                plans.save_section(self.session.vault, self.session.definitions, self.case_id,
                                   editor.section_id, editor.toPlainText(), editor.domain_id)
        except OcoError as exc:
            self._dirty.update(dirty)  # keep them; the next attempt may work
            self.status_label.setText(str(exc))
            return
        self.status_label.setText(self.tr("Opgeslagen."))
        self._announce("plan", self.case_id)

    # -- dates -------------------------------------------------------------------------------------
    def _dates_edited(self) -> None:
        if self._loading or not self.case_id or not self.session.is_unlocked:
            return
        if not (self.request_edit.is_valid() and self.interview_edit.is_valid()):
            return  # the field shows what is wrong; nothing is stored until it is a real date
        request, interview = self.request_edit.date(), self.interview_edit.date()
        try:
            plans.set_dates(self.session.vault, self.case_id, request, interview)
        except OcoError as exc:
            self.dates_error.setText(str(exc))
            return
        self.dates_error.clear()
        self._show_deadlines(request)
        self._announce("case", self.case_id)

    def _announce(self, kind: str, record_id: str) -> None:
        self._own_change = True
        try:
            self.session.changed(kind, record_id)
        finally:
            self._own_change = False

    def _on_data_changed(self, kind: str, record_id: str) -> None:
        if not self.client_id or not self.session.is_unlocked:
            return
        if self._own_change:
            return
        if (kind == "case" and record_id == self.case_id) or (kind == "client" and record_id == self.client_id):
            self.save_now()
            self.reload()

