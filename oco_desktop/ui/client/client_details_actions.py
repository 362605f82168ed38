"""The actions of the "Gegevens" page: life domains, consent, social network and erasing the client."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
)

from oco_desktop.domain.models import LifeDomainQuestion, NetworkMember
from oco_desktop.storage import clients
from oco_desktop.ui.client.consent_dialog import ConsentDialog
from oco_desktop.ui.client.network_member_dialog import NetworkMemberDialog


class ClientDetailsActions:
    """What the buttons of the "Gegevens" page do; mixed into ClientDetailsPage."""

    def add_domain(self) -> None:
        domain_id = self.domain_combo.currentData()
        if not domain_id or self._client is None:
            return
        questions = [LifeDomainQuestion(d, box.question_edit.toPlainText()) for d, box in self.domain_boxes.items()]
        questions.append(LifeDomainQuestion(domain_id, ""))
        if self.run(lambda: clients.set_life_domains(self.session.vault, self.client_id, questions)):
            self._show_domains()
            self.domain_boxes[domain_id].question_edit.setFocus()
            self.notify()

    def remove_domain(self, domain_id: str) -> None:
        label = self.session.label("life_domains", domain_id)
        answer = QMessageBox.question(
            self, self.tr("Levensgebied weghalen"),
            self.tr("Levensgebied '%1' weghalen bij deze cliënt? De vraag gaat weg; eerdere scores blijven bewaard.")
            .replace("%1", label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        questions = [LifeDomainQuestion(d, box.question_edit.toPlainText())
                     for d, box in self.domain_boxes.items() if d != domain_id]
        if self.run(lambda: clients.set_life_domains(self.session.vault, self.client_id, questions)):
            self._show_domains()
            self.notify()

    def record_consent(self) -> None:
        if self._client is None:
            return
        dialog = ConsentDialog(self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            consent = dialog.consent()
        finally:
            dialog.deleteLater()
        if self.run(lambda: clients.record_consent(self.session.vault, self.client_id, consent)):
            self._show_consent()
            self.notify()

    def withdraw_consent(self) -> None:
        active = [c for c in clients.consents(self.session.vault, self.client_id) if c.active]
        if not active:
            return
        answer = QMessageBox.question(
            self, self.tr("Toestemming intrekken"),
            self.tr("De cliënt trekt de toestemming in. Daarna kunt u geen nieuwe notities maken. "
                    "Wat al is vastgelegd blijft bewaard tot u het verwijdert. Doorgaan?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def withdraw():
            with self.session.vault.transaction():
                for consent in active:
                    clients.withdraw_consent(self.session.vault, consent.id, date.today())

        if self.run(withdraw):
            self._show_consent()
            self.notify()

    def _selected_member(self) -> NetworkMember | None:
        row = self.network_table.currentRow()
        if row < 0 or self.network_table.item(row, 0) is None:
            return None
        member_id = self.network_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        return next((m for m in clients.network(self.session.vault, self.client_id) if m.id == member_id), None)

    def _edit_member(self, member: NetworkMember | None) -> None:
        dialog = NetworkMemberDialog(member, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            changed = dialog.member()
        finally:
            dialog.deleteLater()
        if self.run(lambda: clients.save_network_member(self.session.vault, self.client_id, changed)):
            self._show_network()
            self.notify()

    def add_network_member(self) -> None:
        if self._client is not None:
            self._edit_member(None)

    def edit_network_member(self, *_args) -> None:
        member = self._selected_member()
        if member is not None:
            self._edit_member(member)

    def delete_network_member(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Persoon verwijderen"),
            self.tr("%1 uit het netwerk van deze cliënt verwijderen?").replace("%1", member.name),
        )
        if answer == QMessageBox.StandardButton.Yes and self.run(
            lambda: clients.delete_network_member(self.session.vault, member.id)
        ):
            self._show_network()
            self.notify()

    def delete_client(self) -> None:
        if self._client is None:
            return
        client_id, name = self.client_id, self._client.name
        counts = clients.deletion_summary(self.session.vault, client_id)

        def plural(text: str, n: int) -> str:
            # An explicit context: self.tr in this mixin looks under ClientDetailsPage at run time.
            return QCoreApplication.translate("ClientDetailsActions", text, "", n)

        text = (
            self.tr("U staat op het punt %1 definitief te verwijderen.").replace("%1", name) + "\n\n"
            + self.tr("Dit gaat weg:") + "\n"
            + self.tr("• alle persoonsgegevens, levensgebieden, scores en toestemmingen") + "\n"
            + plural("• %n casus(sen)", counts["cases"]) + "\n"
            + plural("• %n notitie(s)", counts["notes"]) + "\n"
            + plural("• %n afspraak/afspraken", counts["follow_ups"]) + "\n"
            + plural("• %n perso(o)n(en) uit het netwerk", counts["network_members"]) + "\n\n"
            + self.tr("Dit kan niet ongedaan worden gemaakt. Wilt u echt alles van deze cliënt wissen?")
        )
        answer = QMessageBox.warning(
            self, self.tr("Cliënt verwijderen"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Nothing of this client may be written back after the erasure.
        self._dirty = False
        for box in self.domain_boxes.values():
            box.question_timer.stop()
        if not self.run(lambda: clients.delete_client(self.session.vault, client_id)):
            return
        self.client_id = None
        self._clear()
        self.session.changed("client", client_id)
