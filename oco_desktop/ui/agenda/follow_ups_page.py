"""The "Acties" page of an opened client: the case's follow-ups, its legal deadlines and, for a
check-in case, the proposed next check-in."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.deadlines import explain_all
from oco_desktop.domain.models import Case, FollowUp
from oco_desktop.errors import OcoError
from oco_desktop.storage import agenda as agenda_store
from oco_desktop.storage import cases as case_store
from oco_desktop.storage import clock
from oco_desktop.storage import follow_ups as follow_up_store
from oco_desktop.ui.agenda.agenda_common import (
    ask_date,
    check_note,
    deadline_label,
    deadline_marker,
    kind_label,
    legal_line,
    long_date,
    short_date,
)
from oco_desktop.ui.agenda.follow_up_dialog import FollowUpDialog
from oco_desktop.ui.widgets.flow_layout import FlowLayout

ROLE = Qt.ItemDataRole.UserRole
_RELEVANT_KINDS = {"follow_up", "case", "note", "checklist", ""}


class FollowUpsPage(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.today_provider = clock.today  # tests replace this to fix "today"
        self.client_id: str | None = None
        self.case_id: str | None = None
        self.case: Case | None = None
        self._build()
        session.dataChanged.connect(self._on_data_changed)
        session.aboutToLock.connect(self._close_dialogs)
        session.locked.connect(self.clear)
        session.unlocked.connect(self.reload)

    def title(self) -> str:
        return self.tr("Acties")

    # -- layout ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        self.list = QTreeWidget()
        self.list.setObjectName("follow_up_list")
        self.list.setAccessibleName(self.tr("Acties van deze casus"))
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setHeaderLabels([self.tr("Datum"), self.tr("Tijd"), self.tr("Soort"), self.tr("Omschrijving"),
                                   self.tr("Status")])
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda *_: self._move())
        layout.addWidget(self.list, 1)

        buttons = FlowLayout()
        self.add_button = QPushButton(self.tr("&Nieuwe actie…"))
        self.done_button = QPushButton(self.tr("&Klaar"))
        self.reopen_button = QPushButton(self.tr("Hero&penen"))
        self.move_button = QPushButton(self.tr("&Verzetten…"))
        self.delete_button = QPushButton(self.tr("Ver&wijderen…"))
        for button, slot in (
            (self.add_button, self.add_follow_up),
            (self.done_button, lambda: self._set_done(True)),
            (self.reopen_button, lambda: self._set_done(False)),
            (self.move_button, self._move),
            (self.delete_button, self._delete),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.checkin_box = QGroupBox(self.tr("Waakvlamcontact"))
        self.checkin_box.setObjectName("checkin_box")
        checkin_layout = QVBoxLayout(self.checkin_box)
        self.checkin_label = QLabel()
        self.checkin_label.setObjectName("checkin_label")
        self.checkin_label.setWordWrap(True)
        checkin_layout.addWidget(self.checkin_label)
        checkin_buttons = FlowLayout()
        self.accept_checkin_button = QPushButton(self.tr("Voorstel &overnemen"))
        self.accept_checkin_button.clicked.connect(self.accept_checkin)
        self.move_checkin_button = QPushButton(self.tr("Check-in &zelf plannen…"))
        self.move_checkin_button.clicked.connect(self._move_checkin)
        checkin_buttons.addWidget(self.accept_checkin_button)
        checkin_buttons.addWidget(self.move_checkin_button)
        checkin_layout.addLayout(checkin_buttons)
        layout.addWidget(self.checkin_box)

        self.deadline_box = QGroupBox(self.tr("Termijnen"))
        self.deadline_box.setObjectName("deadline_box")
        self.deadline_layout = deadline_layout = QVBoxLayout(self.deadline_box)
        self.check_note = QLabel(check_note())
        self.check_note.setObjectName("check_note")
        self.check_note.setWordWrap(True)
        deadline_layout.addWidget(self.check_note)
        layout.addWidget(self.deadline_box)
        self.clear()

    # -- page protocol ---------------------------------------------------------------------------------
    def reset_for_new_client(self) -> None:
        """Another client is opened: its open dialogs keep their drafts and close; the list empties."""
        self._close_dialogs()
        self.clear()

    def show_client(self, client_id: str | None) -> None:
        self.client_id = client_id
        self.case_id = None
        if client_id and self.session.is_unlocked:
            try:
                current = case_store.current_case(self.session.vault, client_id)
            except OcoError:
                current = None
            self.case_id = current.id if current else None
        self.reload()

    def show_case(self, case_id: str | None) -> None:
        if case_id is None:
            self.show_client(self.client_id)
            return
        self.case_id = case_id
        self.reload()

    def today(self) -> date:
        return self.today_provider()

    # -- data ------------------------------------------------------------------------------------------
    def clear(self) -> None:
        self.case = None
        self.list.clear()
        self.heading.setText(self.tr("Geen casus geopend."))
        self.checkin_box.hide()
        self._clear_deadline_labels()
        self.deadline_box.hide()
        self._update_buttons()

    def _close_dialogs(self) -> None:
        for dialog in self.findChildren(QDialog):
            dialog.reject()  # FollowUpDialog saves its draft on reject

    def _on_data_changed(self, kind: str, _record_id: str) -> None:
        if kind in _RELEVANT_KINDS and self.session.is_unlocked and self.case_id:
            self.reload()

    def reload(self) -> None:
        if not self.session.is_unlocked or not self.case_id:
            self.clear()
            return
        vault = self.session.vault
        try:
            self.case = case_store.get_case(vault, self.case_id)
            follow_ups = follow_up_store.follow_ups_for_case(vault, self.case_id)
        except OcoError as exc:
            self.clear()
            self.heading.setText(str(exc))
            return
        lang, today = self.session.lang, self.today()
        current = self.list.currentItem().data(0, ROLE).id if self.list.currentItem() else None
        self.heading.setText(self.tr("Acties voor casus {code}").format(code=self.case.code))
        self.list.clear()
        for follow_up in follow_ups:
            if follow_up.done:
                status = self.tr("✓ Gedaan")
            elif follow_up.due_on < today:
                status = self.tr("Te laat")
            else:
                status = self.tr("Open")
            row = QTreeWidgetItem([short_date(follow_up.due_on, lang) + f" {follow_up.due_on.year}",
                                   follow_up.due_time or "", kind_label(follow_up.kind), follow_up.description,
                                   status])
            row.setData(0, ROLE, follow_up)
            self.list.addTopLevelItem(row)
            if follow_up.id == current:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._show_checkin(today, lang)
        self._show_deadlines(today, lang)
        self._update_buttons()

    def _show_checkin(self, today: date, lang: str) -> None:
        case = self.case
        if not agenda_store.is_checkin_case(case):
            self.checkin_box.hide()
            return
        vault = self.session.vault
        proposal = agenda_store.proposed_checkin(vault, case.id, today=today)
        planned = agenda_store.open_checkin(vault, case.id)
        last = agenda_store.last_contact_on(vault, case)
        lines = [self.tr("Elke %n dag(en) een waakvlamcontact.", "", case.checkin_interval_days or 0)]
        lines.append(self.tr("Laatste contact: {date}.").format(date=long_date(last, lang)) if last
                     else self.tr("Nog geen contact vastgelegd."))
        if proposal:
            lines.append(self.tr("Voorstel volgende check-in: {date}.").format(date=long_date(proposal, lang)))
        if planned:
            lines.append(self.tr("Gepland: {date}.").format(date=long_date(planned.due_on, lang)))
        else:
            lines.append(self.tr("Er is nog geen check-in gepland."))
        self.checkin_label.setText(" ".join(lines))
        self._proposal = proposal
        self.accept_checkin_button.setEnabled(proposal is not None and (planned is None
                                                                       or planned.due_on != proposal))
        self.checkin_box.show()

    def _show_deadlines(self, today: date, lang: str) -> None:
        deadlines = agenda_store.relevant_deadlines(
            self.case, today, horizon_days=366 * 2, extra=agenda_store.route_extra(self.session.vault, self.case.id))
        reminder = self._reassessment_text(lang) if self.case.status != "closed" else ""
        if not deadlines and not reminder:
            self._clear_deadline_labels()
            self.deadline_box.hide()
            return
        self._clear_deadline_labels()
        explanations = explain_all(deadlines, lang)  # each route word explained once on the page
        for d, explanation in zip(deadlines, explanations, strict=True):
            marker = QLabel(f"{deadline_marker(d, today, lang)} — {deadline_label(d.kind)}")
            marker.setObjectName("deadline_marker")
            marker.setWordWrap(True)
            if (d.last_day - today).days <= 7:  # urgent or passed: bold as well as the ⚠ text
                font = marker.font()
                font.setBold(True)
                marker.setFont(font)
            text = QLabel(explanation)
            text.setObjectName("deadline_explanation")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            law = QLabel(legal_line(d, lang))
            law.setObjectName("deadline_law")
            law.setWordWrap(True)
            law.setTextFormat(Qt.TextFormat.PlainText)
            law_font = law.font()
            law_font.setItalic(True)
            law.setFont(law_font)
            self.deadline_layout.insertWidget(self.deadline_layout.count() - 1, marker)
            self.deadline_layout.insertWidget(self.deadline_layout.count() - 1, text)
            self.deadline_layout.insertWidget(self.deadline_layout.count() - 1, law)
        if reminder:
            label = QLabel(reminder)
            label.setObjectName("reassessment_reminder")
            label.setWordWrap(True)
            self.deadline_layout.insertWidget(self.deadline_layout.count() - 1, label)
        self.deadline_box.show()

    def _reassessment_text(self, lang: str) -> str:
        """The re-assessment reminder of the case's route (issue 12), '' when the help's end is unknown."""
        from oco_desktop.domain.route import reassessment_reminder
        from oco_desktop.settings import Settings
        from oco_desktop.storage import route as route_store

        reminder = reassessment_reminder(route_store.load(self.session.vault, self.case.id),
                                         Settings().get("reassessment_reminder_weeks"))
        if reminder is None:
            return ""
        return self.tr("Herindicatie voorbereiden vanaf {due}: de toegekende hulp stopt op {end}.").format(
            due=long_date(reminder.due, lang), end=long_date(reminder.help_ends, lang))

    def _clear_deadline_labels(self) -> None:
        for label in self.deadline_box.findChildren(QLabel):
            if label is not self.check_note:
                label.setParent(None)
                label.deleteLater()

    def deadline_texts(self) -> list[str]:
        """The texts shown under Termijnen, in order (for tests and screen readers' sake)."""
        return [self.deadline_layout.itemAt(i).widget().text() for i in range(self.deadline_layout.count())
                if self.deadline_layout.itemAt(i).widget() is not None]

    # -- selection -------------------------------------------------------------------------------------
    def selected(self) -> FollowUp | None:
        item = self.list.currentItem()
        return item.data(0, ROLE) if item else None

    def _update_buttons(self, *_args) -> None:
        follow_up = self.selected()
        has_case = self.case is not None
        self.add_button.setEnabled(has_case)
        self.done_button.setEnabled(follow_up is not None and not follow_up.done)
        self.reopen_button.setEnabled(follow_up is not None and follow_up.done)
        self.move_button.setEnabled(follow_up is not None and not follow_up.done)
        self.delete_button.setEnabled(follow_up is not None)

    # -- actions ---------------------------------------------------------------------------------------
    def _store(self, action) -> bool:
        try:
            result = action()
        except OcoError as exc:
            QMessageBox.warning(self, self.tr("Acties"), str(exc))
            return False
        self.session.changed("follow_up", getattr(result, "id", "") or "")
        return True

    def add_follow_up(self) -> None:
        if self.case is None:
            return
        dialog = FollowUpDialog(self.session, self.case, self.today(), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            new = dialog.follow_up(self.case.id)
        finally:
            dialog.deleteLater()
        self._store(lambda: follow_up_store.add_follow_up(self.session.vault, new))

    def _set_done(self, done: bool) -> None:
        follow_up = self.selected()
        if follow_up is None or follow_up.done == done:
            return
        self._store(lambda: follow_up_store.set_done(self.session.vault, follow_up.id, done))

    def _move(self) -> None:
        follow_up = self.selected()
        if follow_up is None or follow_up.done:
            return
        answer = ask_date(self, self.tr("Actie verzetten"), follow_up.due_on, follow_up.due_time)
        if answer is not None:
            self._store(lambda: follow_up_store.reschedule(self.session.vault, follow_up.id, *answer))

    def _delete(self) -> None:
        follow_up = self.selected()
        if follow_up is None:
            return
        what = f"{kind_label(follow_up.kind)}, {long_date(follow_up.due_on, self.session.lang)}"
        if follow_up.description:
            what += f": {follow_up.description}"
        answer = QMessageBox.question(
            self, self.tr("Actie verwijderen"),
            self.tr("Deze actie verwijderen?\n\n{what}\n\nDit kan niet ongedaan worden gemaakt.").format(what=what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._store(lambda: follow_up_store.delete_follow_up(self.session.vault, follow_up.id))

    def accept_checkin(self) -> None:
        if self.case is None or getattr(self, "_proposal", None) is None:
            return
        proposal = self._proposal
        self._store(lambda: agenda_store.set_checkin(self.session.vault, self.case.id, proposal))

    def _move_checkin(self) -> None:
        if self.case is None:
            return
        planned = agenda_store.open_checkin(self.session.vault, self.case.id)
        start = planned.due_on if planned else (getattr(self, "_proposal", None) or self.today())
        answer = ask_date(self, self.tr("Check-in plannen"), start, planned.due_time if planned else None,
                          self.tr("Kies de datum van het volgende waakvlamcontact."))
        if answer is not None:
            self._store(lambda: agenda_store.set_checkin(self.session.vault, self.case.id, *answer))
