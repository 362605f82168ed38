"""Typed task notes and reasons survive a lock or a crash as encrypted drafts; mixed into ChecklistPage."""

from __future__ import annotations

from oco_desktop.storage import drafts
from oco_desktop.ui.checklist.task_row import TaskRow


class ChecklistDrafts:
    """Drafts of the checklist page's task fields (tr context: the page)."""

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
                row.show_error(self.tr("Niet opgeslagen tekst teruggezet; hij wordt nu bewaard."))
                row._autosave.start()
