"""The note editor of the "Notities" page: loading a note or its draft, saving, reverting, planning a
follow-up and deleting; mixed into NotesPage."""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
)

from oco_desktop.domain.models import Note
from oco_desktop.errors import ConsentRequired, DiskFull, OcoError
from oco_desktop.storage import agenda, cases, drafts, failures, notes
from oco_desktop.ui.client.new_client_dialog import short_date
from oco_desktop.ui.client.note_keys import first_line, new_note_key, note_key

log = logging.getLogger(__name__)


def ask_save_without_minutes(parent) -> bool:
    """'Geen tijd ingevuld': True to save without minutes, False to fill them in first (the default)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("NotesPage", "Geen tijd ingevuld"))
    box.setText(QCoreApplication.translate(
        "NotesPage", "Bij deze notitie staat 0 minuten. Hoe lang duurde het contact? Vul de tijd in, of sla op "
                     "zonder tijd (dan telt het contact niet mee in de totale contacttijd)."))
    fill_in = box.addButton(QCoreApplication.translate("NotesPage", "&Tijd invullen"),
                            QMessageBox.ButtonRole.RejectRole)
    without = box.addButton(QCoreApplication.translate("NotesPage", "Opslaan &zonder tijd"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(fill_in)
    box.setEscapeButton(fill_in)
    box.exec()
    return box.clickedButton() is without


class NoteEditor:
    """The editor half of the notes page (tr context: the page)."""

    def held_drafts(self) -> dict[str, tuple[str, dict]]:
        """Drafts the vault could not take (a full disk), kept in memory until it can: key -> (body, context)."""
        return self.__dict__.setdefault("_held_drafts", {})

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
        held = self.held_drafts().get(self.draft_key())
        if held is not None:  # newer than anything in the vault: it could not be written there
            body, context = held
            fields.update({k: v for k, v in context.items() if k in fields})
            fields["body"] = body
            notice = self.tr(
                "⚠ Concept uit het geheugen: de schijf was vol, dus het staat nog niet in de kluis. "
                "Maak ruimte vrij; het wordt bewaard zodra dat weer kan."
            )
        elif draft is not None:
            body, context = draft
            fields.update({k: v for k, v in context.items() if k in fields})
            fields["body"] = body
            notice = self.tr("✎ Concept hersteld van %1. Sla op om het te bewaren als notitie.").replace(
                "%1", context.get("saved_at_text", "")
            )
        self._apply(fields)
        self.body_edit.moveCursor(QTextCursor.MoveOperation.End)  # continue writing at the end
        self.draft_notice.setText(notice)
        self._dirty = held is not None  # retried at the next save moment
        self._update_save_state()
        if self.note_id is None:
            self.note_list.clearSelection()

    def _apply(self, fields: dict) -> None:
        self._loading = True
        try:
            try:
                self.date_edit.setDate(date.fromisoformat(fields["contact_on"]))
            except (TypeError, ValueError):
                self.date_edit.setDate(date.today())
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
            "contact_on": (self.date_edit.date() or date.today()).isoformat(),
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
        context = {**self._fields(), "client_id": self.client_id, "saved_at": now.isoformat(timespec="seconds"),
                   "saved_at_text": f"{short_date(self.session, now.date())} {now:%H:%M}"}
        try:
            if self.note_id is None and not body.strip():
                drafts.discard_draft(self.session.vault, key)
            else:
                drafts.save_draft(self.session.vault, key, body, self.client_id, context)
        except Exception as exc:  # noqa: BLE001 - the typed text stays in the editor; say so, keep working
            log.warning("draft could not be saved (%s)", type(exc).__name__)
            self._hold_in_memory(key, body, context, exc)
            return
        self._dirty = False
        self.held_drafts().pop(key, None)
        self._write_held_drafts()

    def _hold_in_memory(self, key: str, body: str, context: dict, exc: BaseException) -> None:
        """Keep what could not be written; it is written at the next save moment that works."""
        self.held_drafts()[key] = (body, context)
        if isinstance(failures.as_oco_error(exc), DiskFull):
            self.draft_notice.setText(self.tr(
                "⚠ De schijf is vol: uw tekst is niet in de kluis bewaard. OCO Desktop houdt hem vast als "
                "concept in het geheugen. Maak ruimte vrij; daarna wordt hij vanzelf bewaard."
            ))
        else:
            self.draft_notice.setText(self.tr(
                "⚠ Het concept kon niet worden bewaard. OCO Desktop houdt de tekst vast in het geheugen. "
                "Sla de notitie op."
            ))

    def _write_held_drafts(self) -> None:
        """Space is back: write the drafts of other notes that were held in memory."""
        for key, (body, context) in list(self.held_drafts().items()):
            client_id = context.get("client_id") or self.client_id
            try:
                drafts.save_draft(self.session.vault, key, body, client_id, context)
            except Exception as exc:  # noqa: BLE001 - still no room: keep holding it
                log.warning("held draft still not saved (%s)", type(exc).__name__)
                return
            del self.held_drafts()[key]

    def _asked_minutes(self) -> set[str]:
        """Draft keys of the notes for which 'Geen tijd ingevuld' was asked (once per note)."""
        if not hasattr(self, "_minutes_asked"):
            self._minutes_asked: set[str] = set()
        return self._minutes_asked

    def save_note(self) -> bool:
        if self.client_id is None or not self.session.is_unlocked:
            return False
        if not self.date_edit.validate():
            self.save_hint.setText("⚠ " + self.date_edit.problem())
            self.date_edit.setFocus()
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
        if note.minutes == 0 and key not in self._asked_minutes():
            self._asked_minutes().add(key)  # asked once per note: a second save goes through
            if not ask_save_without_minutes(self):
                self.minutes_spin.setFocus()
                self.minutes_spin.selectAll()
                return False
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
        except Exception as exc:  # noqa: BLE001 - classified below; anything else is a real bug
            error = failures.as_oco_error(exc)
            if error is None:
                raise
            if isinstance(error, DiskFull):
                self.save_hint.setText(self.tr(
                    "⚠ De schijf is vol: de notitie is niet opgeslagen. Uw tekst blijft hier staan en wordt als "
                    "concept in het geheugen vastgehouden. Maak ruimte vrij en sla dan opnieuw op."
                ))
                self._dirty = True
                self.flush_draft()
            else:
                self.save_hint.setText("⚠ " + str(error))
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
        from oco_desktop.ui.agenda.follow_up_dialog import FollowUpDialog  # the agenda's own dialog

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
