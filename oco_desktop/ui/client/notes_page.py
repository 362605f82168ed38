"""The "Notities" page: a client's notes (contact moments) and the note editor.

Typed text is never lost: the editor saves a draft into the vault ~1 s after typing stops, on focus-out,
when the page hides or closes and on `session.aboutToLock`. Saving the note throws the draft away.
Draft keys: "note:new:<client_id>" for a new note, "note:<note_id>" while changing an existing one.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.models import Note
from oco_desktop.errors import ConsentRequired, OcoError
from oco_desktop.storage import agenda, cases, clients, drafts, notes
from oco_desktop.ui.client.new_client_dialog import from_qdate, short_date, to_qdate

log = logging.getLogger(__name__)
AUTOSAVE_MS = 1000
FIRST_WORDS = 60


def first_line(body: str, limit: int = FIRST_WORDS) -> str:
    text = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def new_note_key(client_id: str) -> str:
    return f"note:new:{client_id}"


def note_key(note_id: str) -> str:
    return f"note:{note_id}"


class NotesPage(QWidget):
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

        splitter = QSplitter(Qt.Orientation.Horizontal)
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
        self.note_list.setRootIsDecorated(False)
        self.note_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.note_list.itemSelectionChanged.connect(self._on_list_selection)
        layout.addWidget(self.note_list, 1)
        self.total_label = QLabel()
        layout.addWidget(self.total_label)
        self.drafts_label = QLabel()
        self.drafts_label.setWordWrap(True)
        layout.addWidget(self.drafts_label)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Nieuwe notitie"))
        self.new_button.clicked.connect(lambda: self.edit_note(None))
        self.delete_button = QPushButton(self.tr("&Verwijderen…"))
        self.delete_button.clicked.connect(self.delete_note)
        self.plan_button = QPushButton(self.tr("Actie &plannen…"))
        self.plan_button.setToolTip(self.tr("Een afspraak uit dit gesprek in de agenda zetten"))
        self.plan_button.clicked.connect(self.plan_follow_up)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _build_editor(self) -> QWidget:
        group = QGroupBox(self.tr("Notitie"))
        self.editor_group = group
        layout = QVBoxLayout(group)
        form = QFormLayout()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        form.addRow(self.tr("&Datum"), self.date_edit)
        self.type_combo = QComboBox()
        for item in self.session.definitions.contact_types:
            self.type_combo.addItem(item.label.get(self.session.lang), item.id)
        form.addRow(self.tr("&Soort contact"), self.type_combo)
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
        form.addRow(self.tr("&Levensgebieden"), self.domain_list)
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
            self.tr("Totale contacttijd: %1 uur %2 min in %3 notities")
            .replace("%1", str(minutes // 60)).replace("%2", str(minutes % 60)).replace("%3", str(len(all_notes)))
        )
        changed = len([k for k in pending if k.startswith("note:") and not k.startswith("note:new:")])
        self.drafts_label.setText(
            self.tr("✎ = niet-opgeslagen wijzigingen in %1 notitie(s)").replace("%1", str(changed)) if changed else ""
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
    def draft_key(self) -> str | None:
        if self.client_id is None:
            return None
        return note_key(self.note_id) if self.note_id else new_note_key(self.client_id)

    def edit_note(self, note_id: str | None) -> None:
        """Put a note (or a new one) in the editor; what was typed for the previous one stays a draft."""
        if self.client_id is None:
            return
        self.flush_draft()
        self._load_editor(note_id)
        self._refresh_list()
        self.body_edit.setFocus()

    def _load_editor(self, note_id: str | None) -> None:
        vault = self.session.vault
        self._timer.stop()
        self._dirty = False
        self.note_id = note_id
        note = notes.get_note(vault, note_id) if note_id else None
        if note is None:
            current = cases.current_case(vault, self.client_id)
            fields = {
                "contact_on": date.today().isoformat(), "contact_type": self.type_combo.itemData(0),
                "minutes": 0, "life_domains": [], "case_id": current.id if current else None, "body": "",
            }
            self.editor_group.setTitle(self.tr("Nieuwe notitie"))
        else:
            fields = {
                "contact_on": note.contact_on.isoformat(), "contact_type": note.contact_type,
                "minutes": note.minutes, "life_domains": note.life_domains, "case_id": note.case_id,
                "body": note.body,
            }
            self.editor_group.setTitle(
                self.tr("Notitie van %1").replace("%1", short_date(self.session, note.contact_on))
            )
        draft = drafts.get_draft(vault, self.draft_key())
        notice = ""
        if draft is not None:
            body, context = draft
            fields.update({k: v for k, v in context.items() if k in fields})
            fields["body"] = body
            notice = self.tr("✎ Concept hersteld van %1. Sla op om het te bewaren als notitie.").replace(
                "%1", context.get("saved_at_text", "")
            )
        self._apply(fields)
        self.body_edit.moveCursor(QTextCursor.MoveOperation.End)  # continue writing at the end
        self.draft_notice.setText(notice)
        self._update_save_state()
        if self.note_id is None:
            self.note_list.clearSelection()

    def _apply(self, fields: dict) -> None:
        self._loading = True
        try:
            try:
                self.date_edit.setDate(to_qdate(date.fromisoformat(fields["contact_on"])))
            except (TypeError, ValueError):
                self.date_edit.setDate(QDate.currentDate())
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(fields["contact_type"])))
            self.minutes_spin.setValue(int(fields["minutes"] or 0))
            self.case_combo.setCurrentIndex(max(0, self.case_combo.findData(fields["case_id"])))
            chosen = set(fields["life_domains"] or [])
            for row in range(self.domain_list.count()):
                item = self.domain_list.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if "body" in fields:  # refreshing the choices must not move the cursor in the text
                self.body_edit.setPlainText(fields["body"])
        finally:
            self._loading = False

    def _fields(self) -> dict:
        domains = []
        for row in range(self.domain_list.count()):
            item = self.domain_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                domains.append(item.data(Qt.ItemDataRole.UserRole))
        return {
            "contact_on": (from_qdate(self.date_edit.date()) or date.today()).isoformat(),
            "contact_type": self.type_combo.currentData(),
            "minutes": self.minutes_spin.value(),
            "life_domains": domains,
            "case_id": self.case_combo.currentData(),
        }

    def _update_save_state(self) -> None:
        if self.client_id is None:
            return
        allowed = self._has_consent or self.note_id is not None
        self.save_button.setEnabled(allowed)
        self.save_hint.setText(
            "" if allowed else self.tr("Opslaan kan pas als de toestemming van de cliënt is vastgelegd.")
        )
        self.revert_button.setEnabled(bool(self.draft_notice.text()) or self._dirty)

    def _on_edit(self, *_args) -> None:
        if self._loading or self.client_id is None:
            return
        self._dirty = True
        self._timer.start()
        self.revert_button.setEnabled(True)

    def flush_draft(self) -> None:
        """Write what was typed into the vault as a draft (never to a temp file)."""
        self._timer.stop()
        if not self._dirty or self.client_id is None or not self.session.is_unlocked:
            return
        key, body = self.draft_key(), self.body_edit.toPlainText()
        now = datetime.now()
        context = {**self._fields(), "saved_at": now.isoformat(timespec="seconds"),
                   "saved_at_text": f"{short_date(self.session, now.date())} {now:%H:%M}"}
        try:
            if self.note_id is None and not body.strip():
                drafts.discard_draft(self.session.vault, key)
            else:
                drafts.save_draft(self.session.vault, key, body, self.client_id, context)
        except Exception as exc:  # noqa: BLE001 - the typed text stays in the editor; say so, keep working
            log.warning("draft could not be saved (%s)", type(exc).__name__)
            self.draft_notice.setText(self.tr("⚠ Het concept kon niet worden bewaard. Sla de notitie op."))
            return
        self._dirty = False

    def save_note(self) -> bool:
        if self.client_id is None or not self.session.is_unlocked:
            return False
        fields = self._fields()
        note = Note(
            client_id=self.client_id, contact_on=date.fromisoformat(fields["contact_on"]),
            body=self.body_edit.toPlainText(), contact_type=fields["contact_type"], minutes=fields["minutes"],
            life_domains=fields["life_domains"], case_id=fields["case_id"], id=self.note_id or "",
        )
        if not note.body.strip():
            self.save_hint.setText(self.tr("⚠ De notitie is nog leeg."))
            return False
        key = self.draft_key()
        vault = self.session.vault
        try:
            with vault.transaction():
                saved = notes.update_note(vault, note) if self.note_id else notes.add_note(vault, note)
                drafts.discard_draft(vault, key)
                # A contact in a check-in case proposes the next check-in (one open check-in, moved).
                checkin = agenda.after_contact(vault, saved.case_id, saved.contact_on) if saved.case_id else None
        except ConsentRequired:
            self.save_hint.setText(self.tr(
                "⚠ Deze notitie is niet opgeslagen: leg eerst de toestemming van de cliënt vast (pagina Gegevens). "
                "Uw tekst blijft bewaard als concept."
            ))
            self._dirty = True
            self.flush_draft()
            return False
        except OcoError as exc:
            self.save_hint.setText("⚠ " + str(exc))
            return False
        self._timer.stop()
        self._dirty = False
        self.note_id = saved.id
        position = self.body_edit.textCursor().position()
        self._refresh_list()
        self._load_editor(saved.id)
        cursor = self.body_edit.textCursor()  # keep writing where the supporter was
        cursor.setPosition(min(position, len(self.body_edit.toPlainText())))
        self.body_edit.setTextCursor(cursor)
        self.draft_notice.setText(self.tr("Opgeslagen."))
        self.session.changed("note", saved.id)
        if checkin is not None:
            self.session.changed("follow_up", checkin.id)
        return True

    def revert(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Wijzigingen weggooien"),
            self.tr("De niet-opgeslagen tekst van deze notitie weggooien? Dit kan niet ongedaan worden gemaakt."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._timer.stop()
        self._dirty = False
        drafts.discard_draft(self.session.vault, self.draft_key())
        self._load_editor(self.note_id)
        self._refresh_list()

    def plan_follow_up(self) -> None:
        """A follow-up agreed in this contact (call back, bring a document), linked to the note."""
        from oco_desktop.ui.agenda.follow_ups_page import FollowUpDialog  # the agenda's own dialog

        item = self.note_list.currentItem()
        note_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else self.note_id
        if not note_id or self.client_id is None:
            return
        vault = self.session.vault
        note = notes.get_note(vault, note_id)
        case = cases.get_case(vault, note.case_id) if note.case_id else cases.current_case(vault, self.client_id)
        if case is None:
            self.save_hint.setText(self.tr("⚠ Open eerst een casus (pagina Casussen) om een actie te plannen."))
            return
        dialog = FollowUpDialog(self.session, case, date.today(), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            wanted = dialog.follow_up(case.id)
        finally:
            dialog.deleteLater()
        try:
            planned = agenda.follow_up_from_note(vault, note_id, wanted.kind, wanted.due_on, wanted.due_time,
                                                 wanted.description)
        except OcoError as exc:
            self.save_hint.setText("⚠ " + str(exc))
            return
        self.save_hint.setText(self.tr("Actie gepland in de agenda."))
        self.session.changed("follow_up", planned.id)

    def delete_note(self) -> None:
        item = self.note_list.currentItem()
        note_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else self.note_id
        if not note_id or self.client_id is None:
            return
        try:
            note = notes.get_note(self.session.vault, note_id)
        except OcoError as exc:
            self.save_hint.setText("⚠ " + str(exc))
            return
        answer = QMessageBox.question(
            self, self.tr("Notitie verwijderen"),
            self.tr("De notitie van %1 definitief wissen?\n\n\"%2\"\n\nDit kan niet ongedaan worden gemaakt.")
            .replace("%1", short_date(self.session, note.contact_on)).replace("%2", first_line(note.body)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.note_id == note_id:
            # Do not write a draft back for a note that is gone.
            self._timer.stop()
            self._dirty = False
        try:
            notes.delete_note(self.session.vault, note_id)
        except OcoError as exc:
            self.save_hint.setText("⚠ " + str(exc))
            return
        if self.note_id == note_id:
            self._load_editor(None)
        self._refresh_list()
        self.session.changed("note", note_id)

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
