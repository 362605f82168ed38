"""The "Gegevens" page of a client: consent, personal details, target groups, laws, life domains with
the question in the client's words and self-reliance scores side by side, the social network, and
erasing the client.

Built in code: the number of life-domain boxes and network rows depends on the client.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.models import Client, LifeDomainQuestion
from oco_desktop.errors import OcoError
from oco_desktop.storage import clients
from oco_desktop.ui.client.client_details_actions import ClientDetailsActions
from oco_desktop.ui.client.client_details_sections import ClientDetailsSections
from oco_desktop.ui.client.life_domain_box import LifeDomainBox
from oco_desktop.ui.client.new_client_dialog import birth_date_text, parse_birth_date, short_date
from oco_desktop.ui.widgets.a11y import show_form_error

_PHONE = re.compile(r"^[0-9 +()\-]*$")



class ClientDetailsPage(ClientDetailsSections, ClientDetailsActions, QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self._client: Client | None = None
        self._loading = False
        self._dirty = False
        self._own_change = False
        self.domain_boxes: dict[str, LifeDomainBox] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        self.content = QWidget()
        self.scroll.setWidget(self.content)
        layout = QVBoxLayout(self.content)

        self.empty_label = QLabel(self.tr("Kies een cliënt."))
        layout.addWidget(self.empty_label)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        layout.addStretch(1)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        body.addWidget(self.message_label)
        body.addWidget(self._build_consent())
        body.addWidget(self._build_details())
        body.addWidget(self._build_groups_and_laws())
        body.addWidget(self._build_domains())
        body.addWidget(self._build_network())
        body.addWidget(self._build_delete())

        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_details)

        session.dataChanged.connect(self._on_data_changed)
        session.aboutToLock.connect(self.flush)
        session.locked.connect(self._on_locked)
        session.unlocked.connect(lambda: self.show_client(self.client_id))
        self._clear()

    def title(self) -> str:
        return self.tr("Gegevens")

    # -- showing --------------------------------------------------------------------------------------
    def reset_for_new_client(self) -> None:
        """Another client is opened: no message or form error of the previous one."""
        self.message_label.clear()
        self.details_error.clear()

    def show_client(self, client_id: str | None) -> None:
        if client_id is not None and client_id == self.client_id and self._client is not None \
                and self.session.is_unlocked and clients.find_client(self.session.vault, client_id) is not None:
            # The workspace re-shows the client after every change: keep what is being typed here.
            self._refresh_quietly()
            return
        if client_id != self.client_id:
            self.flush()
        self.client_id = client_id
        if client_id is None or not self.session.is_unlocked:
            self._clear()
            return
        client = clients.find_client(self.session.vault, client_id)
        if client is None:
            self.client_id = None
            self._clear()
            return
        self._client = client
        self._loading = True
        try:
            self._show_details(client)
            self._show_lists(client)
            self._show_consent()
            self._show_domains()
            self._show_network()
        finally:
            self._loading = False
        self.empty_label.hide()
        self.body.show()

    def show_case(self, case_id: str | None) -> None:
        """The client's details do not depend on the case."""

    def _clear(self) -> None:
        self._client = None
        self._dirty = False
        self.body.hide()
        self.empty_label.show()
        self._loading = True
        for edit in (self.name_edit, self.preferred_name_edit, self.birth_date_edit, self.phone_edit, self.address_edit,
                     self.language_edit, self.reading_edit, self.hearing_edit):
            edit.clear()
        self.consent_label.clear()
        self.message_label.clear()
        self.details_error.clear()
        self.network_table.setRowCount(0)
        self._remove_domain_boxes()
        self._loading = False

    def _show_details(self, client: Client) -> None:
        self.name_edit.setText(client.name)
        self.preferred_name_edit.setText(client.preferred_name)
        self.birth_date_edit.setText(birth_date_text(client.date_of_birth))
        self.phone_edit.setText(client.phone)
        self.address_edit.setText(client.address)
        self.language_edit.setText(client.preferred_language if client.preferred_language != "nl" else "")
        self.interpreter_check.setChecked(client.interpreter_needed)
        self.reading_edit.setText(client.reading_needs)
        self.hearing_edit.setText(client.hearing_needs)
        self.details_error.clear()
        self._dirty = False
        self.details_state.clear()

    def _show_lists(self, client: Client) -> None:
        for row in range(self.target_group_list.count()):
            item = self.target_group_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in client.target_groups
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for law_id, check in self.law_checks.items():
            check.setChecked(law_id in client.laws)

    def _show_consent(self) -> None:
        active = [c for c in clients.consents(self.session.vault, self.client_id) if c.active]
        if active:
            lines = []
            for consent in active:
                method = self.tr("schriftelijk") if consent.method == "written" else self.tr("mondeling")
                lines.append(
                    self.tr("✔ Toestemming gegeven op %1 (%2): %3")
                    .replace("%1", short_date(self.session, consent.given_on))
                    .replace("%2", method).replace("%3", consent.scope)
                )
            self.consent_label.setText("\n".join(lines))
            self.consent_frame.setBackgroundRole(QPalette.ColorRole.Window)
            self.withdraw_consent_button.setEnabled(True)
            self.record_consent_button.setText(self.tr("Nieuwe toest&emming vastleggen…"))
        else:
            self.consent_label.setText(
                self.tr("⚠ Nog geen toestemming vastgelegd — notities zijn pas mogelijk na toestemming.")
            )
            # Highlight plus the warning sign and text: meaning never by colour alone.
            self.consent_frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
            self.withdraw_consent_button.setEnabled(False)
            self.record_consent_button.setText(self.tr("Toest&emming vastleggen…"))
        self.consent_label.setAccessibleName(self.consent_label.text())

    def _remove_domain_boxes(self) -> None:
        for box in self.domain_boxes.values():
            box.question_timer.stop()
            self.domains_layout.removeWidget(box)
            box.deleteLater()
        self.domain_boxes.clear()

    def _show_domains(self) -> None:
        self._remove_domain_boxes()
        vault = self.session.vault
        for question in clients.life_domains(vault, self.client_id):
            box = LifeDomainBox(self, question.domain_id, question.question)
            box.show_scores(clients.scores(vault, self.client_id, question.domain_id))
            self.domains_layout.addWidget(box)
            self.domain_boxes[question.domain_id] = box
        self.domain_combo.clear()
        for item in self.session.definitions.life_domains:
            if item.id not in self.domain_boxes:
                self.domain_combo.addItem(item.label.get(self.session.lang), item.id)
        self.add_domain_button.setEnabled(self.domain_combo.count() > 0)

    def _show_network(self) -> None:
        members = clients.network(self.session.vault, self.client_id)
        self.network_table.setRowCount(len(members))
        for row, member in enumerate(members):
            carer = self.tr("Ja, mantelzorger") if member.is_informal_carer else self.tr("Nee")
            for column, text in enumerate((member.name, member.relation, carer, member.phone, member.what_they_do)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                self.network_table.setItem(row, column, item)
        self.network_table.resizeColumnsToContents()
        has_rows = bool(members)
        self.edit_member_button.setEnabled(has_rows)
        self.delete_member_button.setEnabled(has_rows)

    # -- saving ---------------------------------------------------------------------------------------
    def run(self, action) -> bool:
        """Run a storage call; show its Dutch message instead of a traceback when it refuses."""
        self._own_change = True
        try:
            action()
        except OcoError as exc:
            self.show_message(str(exc))
            return False
        finally:
            self._own_change = False
        self.message_label.clear()
        return True

    def notify(self) -> None:
        """Tell the other views; this page already shows the change, so it ignores the echo."""
        self._own_change = True
        try:
            self.session.changed("client", self.client_id)
        finally:
            self._own_change = False

    def show_message(self, text: str) -> None:
        self.message_label.setText("⚠ " + text)

    def _mark_dirty(self, *_args) -> None:
        if not self._loading and self._client is not None:
            self._dirty = True
            self.details_state.setText(self.tr("Niet opgeslagen wijzigingen"))

    def _form_client(self) -> Client | None:
        """The client as in the form, or None with a message when a field is not valid."""
        problems = []
        self.first_invalid = None  # the field a save moves the focus to
        name = self.name_edit.text().strip()
        if not name:
            problems.append(self.tr("Vul de naam van de cliënt in."))
            self.first_invalid = self.first_invalid or self.name_edit
        try:
            birth_date = parse_birth_date(self.birth_date_edit.text())
        except ValueError:
            birth_date = None
            problems.append(self.tr("Schrijf de geboortedatum als dag-maand-jaar, bijvoorbeeld 12-04-1958."))
            self.first_invalid = self.first_invalid or self.birth_date_edit
        if not _PHONE.match(self.phone_edit.text().strip()):
            problems.append(self.tr("Een telefoonnummer bevat alleen cijfers, spaties en + - ( )."))
            self.first_invalid = self.first_invalid or self.phone_edit
        self.details_error.setText("\n".join("⚠ " + p for p in problems))
        if problems:
            return None
        client = self._client
        return Client(
            id=client.id, name=name, preferred_name=self.preferred_name_edit.text().strip(),
            date_of_birth=birth_date, phone=self.phone_edit.text().strip(),
            address=self.address_edit.text().strip(), preferred_language=self.language_edit.text().strip() or "nl",
            interpreter_needed=self.interpreter_check.isChecked(), reading_needs=self.reading_edit.text().strip(),
            hearing_needs=self.hearing_edit.text().strip(), target_groups=self._checked_target_groups(),
            laws=self._checked_laws(),
        )

    def save_details(self) -> bool:
        if self._client is None:
            return False
        client = self._form_client()
        if client is None:
            # Heard, not only seen: announced as an alert, and the cursor goes to the field to fix.
            show_form_error(self.details_error, self.first_invalid, self.details_error.text())
            return False
        saved: list[Client] = []
        if not self.run(lambda: saved.append(clients.update_client(self.session.vault, client))):
            return False
        self._client = saved[0]
        self._dirty = False
        self.details_state.setText(self.tr("Opgeslagen"))
        self.notify()
        return True

    def _checked_target_groups(self) -> list[str]:
        items = (self.target_group_list.item(r) for r in range(self.target_group_list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _checked_laws(self) -> list[str]:
        return [law_id for law_id, check in self.law_checks.items() if check.isChecked()]

    def _save_lists(self, *_args) -> None:
        """Target groups and laws save as soon as they are ticked (other edits stay in the form)."""
        if self._loading or self._client is None:
            return
        stored = clients.get_client(self.session.vault, self.client_id)
        stored.target_groups, stored.laws = self._checked_target_groups(), self._checked_laws()
        if self.run(lambda: clients.update_client(self.session.vault, stored)):
            self._client.target_groups, self._client.laws = stored.target_groups, stored.laws
            self.notify()

    def save_questions(self) -> None:
        if self._client is None or not self.session.is_unlocked:
            return
        questions = [LifeDomainQuestion(d, box.question_edit.toPlainText()) for d, box in self.domain_boxes.items()]
        for box in self.domain_boxes.values():
            box.question_timer.stop()
        self.run(lambda: clients.set_life_domains(self.session.vault, self.client_id, questions))

    def flush(self) -> None:
        """Save what can be saved now (before lock, hide or switching client): questions and valid details."""
        if self._client is None or not self.session.is_unlocked:
            return
        if any(box.question_timer.isActive() for box in self.domain_boxes.values()):
            self.save_questions()
        if self._dirty and self._form_client() is not None:
            self.save_details()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == event.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self.flush()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.flush()
        super().hideEvent(event)

    # -- session --------------------------------------------------------------------------------------
    def _on_data_changed(self, kind: str, record_id: str) -> None:
        if self._own_change or self.client_id is None or not self.session.is_unlocked:
            return
        if kind == "client" and record_id == self.client_id:
            if clients.find_client(self.session.vault, self.client_id) is None:
                self.client_id = None
                self._clear()
            else:
                self._refresh_quietly()

    def _refresh_quietly(self) -> None:
        """Reload what others may have changed without throwing away what is being typed here."""
        client = clients.get_client(self.session.vault, self.client_id)
        self._loading = True
        try:
            if not self._dirty:
                self._client = client
                self._show_details(client)
            else:
                self._client.target_groups, self._client.laws = client.target_groups, client.laws
            self._show_lists(client)
            self._show_consent()
            self._show_network()
            stored = {q.domain_id for q in clients.life_domains(self.session.vault, self.client_id)}
            if stored != set(self.domain_boxes):
                self._show_domains()
        finally:
            self._loading = False

    def _on_locked(self) -> None:
        self._clear()
