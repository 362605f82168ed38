"""The "Notities" page: a client's notes (contact moments) and the note editor.

Typed text is never lost: the editor saves a draft into the vault ~1 s after typing stops, on focus-out,
when the page hides or closes and on `session.aboutToLock`. Saving the note throws the draft away.
Draft keys: "note:new:<client_id>" for a new note, "note:<note_id>" while changing an existing one.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.errors import OcoError
from oco_desktop.storage import cases, clients, drafts, notes
from oco_desktop.ui.client.new_client_dialog import short_date
from oco_desktop.ui.client.note_editor import NoteEditor
from oco_desktop.ui.client.note_keys import first_line, note_key
from oco_desktop.ui.widgets.date_field import DateField
from oco_desktop.ui.widgets.flow_layout import FlowLayout

log = logging.getLogger(__name__)
AUTOSAVE_MS = 1000


class NotesPage(NoteEditor, QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.note_id: str | None = None  # the note in the editor; None = a new note
        self._dirty = False
        self._loading = False
        self._has_consent = False
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush_draft)

        layout = QVBoxLayout(self)
        self.consent_banner = QLabel(self.tr(
            "⚠ Nog geen toestemming vastgelegd — notities zijn pas mogelijk na toestemming. "
            "Leg de toestemming vast op de pagina Gegevens. Wat u hier typt, wordt wel als concept bewaard."
        ))
        self.consent_banner.setWordWrap(True)
        font = QFont(self.consent_banner.font())
        font.setBold(True)
        self.consent_banner.setFont(font)
        self.consent_banner.setFrameShape(QLabel.Shape.StyledPanel)
        self.consent_banner.setMargin(6)
        layout.addWidget(self.consent_banner)

        # Side by side when there is room, the list above the editor on a narrow screen.
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        for sequence in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_note)

        session.dataChanged.connect(self._on_data_changed)
        session.aboutToLock.connect(self.flush_draft)
        session.locked.connect(self._on_locked)
        session.unlocked.connect(lambda: self.show_client(self.client_id))
        session.openNoteRequested.connect(self._on_open_note_requested)
        self._clear()

    def title(self) -> str:
        return self.tr("Notities")

    # -- building -------------------------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note_list = QTreeWidget()
        self.note_list.setHeaderLabels(
            [self.tr("Datum"), self.tr("Soort"), self.tr("Min."), self.tr("Levensgebieden"), self.tr("Begin")]
        )
        self.note_list.setAccessibleName(self.tr("Notities van deze cliënt"))
        self.note_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)  # also when above the editor
        self.note_list.setRootIsDecorated(False)
        self.note_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.note_list.itemSelectionChanged.connect(self._on_list_selection)
        layout.addWidget(self.note_list, 1)
        self.total_label = QLabel()
        layout.addWidget(self.total_label)
        self.drafts_label = QLabel()
        self.drafts_label.setWordWrap(True)
        layout.addWidget(self.drafts_label)
        buttons = FlowLayout()
        self.new_button = QPushButton(self.tr("&Nieuwe notitie"))
        self.new_button.clicked.connect(lambda: self.edit_note(None))
        self.delete_button = QPushButton(self.tr("Verwi&jderen…"))
        self.delete_button.clicked.connect(self.delete_note)
        self.plan_button = QPushButton(self.tr("Actie &plannen…"))
        self.plan_button.setToolTip(self.tr("Een afspraak uit dit gesprek in de agenda zetten"))
        self.plan_button.clicked.connect(self.plan_follow_up)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        return box

    def _build_editor(self) -> QWidget:
        group = QGroupBox(self.tr("Notitie"))
        self.editor_group = group
        layout = QVBoxLayout(group)
        form = QFormLayout()
        self.date_edit = DateField(allow_empty=False)
        self.date_edit.setDate(date.today())
        self.date_edit.setAccessibleName(self.tr("Datum van het contact"))
        form.addRow(self.tr("&Datum"), self.date_edit)
        self.type_combo = QComboBox()
        for item in self.session.definitions.contact_types:
            self.type_combo.addItem(item.label.get(self.session.lang), item.id)
        form.addRow(self.tr("Soo&rt contact"), self.type_combo)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, 24 * 60)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setSuffix(self.tr(" min"))
        form.addRow(self.tr("&Tijd besteed"), self.minutes_spin)
        self.case_combo = QComboBox()
        form.addRow(self.tr("&Casus"), self.case_combo)
        self.domain_list = QListWidget()
        self.domain_list.setAccessibleName(self.tr("Levensgebieden bij deze notitie"))
        self.domain_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        form.addRow(self.tr("Levens&gebieden"), self.domain_list)
        layout.addLayout(form)

        body_label = QLabel(self.tr("&Verslag"))
        layout.addWidget(body_label)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setPlaceholderText(self.tr("Wat is er besproken? Wat is de vraag, wat is afgesproken?"))
        self.body_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        body_label.setBuddy(self.body_edit)
        layout.addWidget(self.body_edit, 1)
        self.draft_notice = QLabel()
        self.draft_notice.setWordWrap(True)
        layout.addWidget(self.draft_notice)
        self.save_hint = QLabel()
        self.save_hint.setWordWrap(True)
        layout.addWidget(self.save_hint)

        buttons = QHBoxLayout()
        self.revert_button = QPushButton(self.tr("Wijzigingen &weggooien…"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Notitie op&slaan"))
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+S of Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save_note)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        self.body_edit.textChanged.connect(self._on_edit)
        self.body_edit.installEventFilter(self)
        self.date_edit.dateChanged.connect(self._on_edit)
        self.type_combo.currentIndexChanged.connect(self._on_edit)
        self.minutes_spin.valueChanged.connect(self._on_edit)
        self.case_combo.currentIndexChanged.connect(self._on_edit)
        self.domain_list.itemChanged.connect(self._on_edit)
        return group

    # -- showing --------------------------------------------------------------------------------------
    def reset_for_new_client(self) -> None:
        """Another client is opened: keep what was typed (as a draft), then show nothing of this one."""
        self.flush_draft()
        self._clear()

    def show_client(self, client_id: str | None) -> None:
        self.flush_draft()
        if client_id is not None and client_id == self.client_id and self.isEnabled() \
                and self.session.is_unlocked and clients.find_client(self.session.vault, client_id) is not None:
            # The workspace re-shows the client after every change: keep the editor as it is.
            self._refresh_list()
            self._refill_choices()
            self._update_save_state()
            return
        if client_id != self.client_id:
            self._dirty = False
            self.note_id = None
        self.client_id = client_id
        if client_id is None or not self.session.is_unlocked:
            self._clear()
            return
        if clients.find_client(self.session.vault, client_id) is None:
            self.client_id = None
            self._clear()
            return
        self.setEnabled(True)
        self._refresh_list()
        self._fill_choices()
        note_id = self.note_id
        if note_id is not None and not self._note_exists(note_id):
            note_id = None
        self._load_editor(note_id)

    def show_case(self, case_id: str | None) -> None:
        """A new note belongs to the case the supporter works on, unless they choose another."""
        if case_id and self.note_id is None and not self._dirty and self.client_id:
            index = self.case_combo.findData(case_id)
            if index >= 0:
                self._loading = True
                self.case_combo.setCurrentIndex(index)
                self._loading = False

    def show_note(self, note_id: str) -> None:
        """Select and show one note (the search opens notes through this)."""
        if not self.session.is_unlocked:
            return
        try:
            note = notes.get_note(self.session.vault, note_id)
        except OcoError as exc:
            self.draft_notice.setText("⚠ " + str(exc))
            return
        if note.client_id != self.client_id:
            self.show_client(note.client_id)
        self.edit_note(note_id)

    def _note_exists(self, note_id: str) -> bool:
        try:
            notes.get_note(self.session.vault, note_id)
        except OcoError:
            return False
        return True

    def _clear(self) -> None:
        self._timer.stop()
        self._dirty = False
        self.note_id = None
        self._loading = True
        self.note_list.clear()
        self.body_edit.clear()
        self.case_combo.clear()
        self.domain_list.clear()
        self.total_label.clear()
        self.drafts_label.clear()
        self.draft_notice.clear()
        self.save_hint.clear()
        self._loading = False
        self.consent_banner.hide()
        self.setEnabled(False)

    def _refresh_list(self) -> None:
        vault = self.session.vault
        all_notes = notes.notes_for_client(vault, self.client_id)
        pending = {key for key, _body, _ctx in drafts.drafts_for_client(vault, self.client_id)}
        self._loading = True
        try:
            self.note_list.clear()
            for note in all_notes:
                marker = "✎ " if note_key(note.id) in pending else ""
                domains = ", ".join(self.session.label("life_domains", d) for d in note.life_domains)
                item = QTreeWidgetItem([
                    marker + short_date(self.session, note.contact_on),
                    self.session.label("contact_types", note.contact_type),
                    str(note.minutes), domains, first_line(note.body),
                ])
                item.setData(0, Qt.ItemDataRole.UserRole, note.id)
                self.note_list.addTopLevelItem(item)
                if note.id == self.note_id:
                    item.setSelected(True)
                    self.note_list.setCurrentItem(item)
            for column in range(4):
                self.note_list.resizeColumnToContents(column)
        finally:
            self._loading = False
        minutes = notes.contact_minutes(vault, self.client_id)
        self.total_label.setText(
            self.tr("Totale contacttijd: %1 uur %2 min in %n notitie(s)", "", len(all_notes))
            .replace("%1", str(minutes // 60)).replace("%2", str(minutes % 60))
        )
        changed = len([k for k in pending if k.startswith("note:") and not k.startswith("note:new:")])
        self.drafts_label.setText(
            self.tr("✎ = niet-opgeslagen wijzigingen in %n notitie(s)", "", changed) if changed else ""
        )
        self._has_consent = clients.has_active_consent(vault, self.client_id)
        self.consent_banner.setVisible(not self._has_consent)
        self.delete_button.setEnabled(bool(all_notes))
        self.plan_button.setEnabled(bool(all_notes))

    def _fill_choices(self) -> None:
        """Case and life-domain choices for this client: the client's domains in play first."""
        vault = self.session.vault
        self._loading = True
        try:
            self.case_combo.clear()
            self.case_combo.addItem(self.tr("(geen casus)"), None)
            for case in cases.cases_for_client(vault, self.client_id):
                text = f"{case.code} {case.title}".strip()
                self.case_combo.addItem(text, case.id)
            in_play = [q.domain_id for q in clients.life_domains(vault, self.client_id)]
            others = [d.id for d in self.session.definitions.life_domains if d.id not in in_play]
            self.domain_list.clear()
            for domain_id in in_play + others:
                item = QListWidgetItem(self.session.label("life_domains", domain_id))
                item.setData(Qt.ItemDataRole.UserRole, domain_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                if domain_id in in_play:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.domain_list.addItem(item)
        finally:
            self._loading = False

    # -- the editor -----------------------------------------------------------------------------------
    # -- events ---------------------------------------------------------------------------------------
    def _on_list_selection(self) -> None:
        if self._loading:
            return
        item = self.note_list.currentItem()
        if item is not None and item.isSelected():
            note_id = item.data(0, Qt.ItemDataRole.UserRole)
            if note_id != self.note_id:
                self.flush_draft()
                self._load_editor(note_id)
                self._refresh_list()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is self.body_edit and event.type() == QEvent.Type.FocusOut:
            self.flush_draft()
        return super().eventFilter(watched, event)

    SIDE_BY_SIDE_WIDTH = 760

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        wide = event.size().width() >= self.SIDE_BY_SIDE_WIDTH
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
        super().resizeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.flush_draft()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.flush_draft()
        super().closeEvent(event)

    def _on_open_note_requested(self, client_id: str, note_id: str) -> None:
        if client_id == self.client_id:
            self.show_note(note_id)

    def _on_data_changed(self, kind: str, record_id: str) -> None:
        if self.client_id is None or not self.session.is_unlocked:
            return
        if kind == "client" and record_id == self.client_id:
            if clients.find_client(self.session.vault, self.client_id) is None:
                self.client_id = None  # erased: nothing may be written back
                self._clear()
                return
            self._refresh_list()
            self._refill_choices()
            self._update_save_state()
        elif kind in ("case", "note"):
            self._refresh_list()
            if kind == "case":
                self._refill_choices()

    def _refill_choices(self) -> None:
        """New cases or life domains elsewhere: rebuild the choices, keep what is chosen and typed."""
        fields = self._fields()
        self._fill_choices()
        self._apply(fields)

    def _on_locked(self) -> None:
        self._dirty = False  # aboutToLock already wrote the draft; the vault is closed now
        self._clear()
