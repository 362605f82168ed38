"""The dialog to add or change one person of a client's social network."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
)

from oco_desktop.domain.models import NetworkMember


class NetworkMemberDialog(QDialog):
    """Add or change one person of the client's social network."""

    def __init__(self, member: NetworkMember | None = None, parent=None):
        super().__init__(parent)
        self.member_id = member.id if member else ""
        self.setWindowTitle(self.tr("Persoon uit het netwerk"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(member.name if member else "")
        form.addRow(self.tr("&Naam"), self.name_edit)
        self.relation_edit = QLineEdit(member.relation if member else "")
        self.relation_edit.setPlaceholderText(self.tr("bijvoorbeeld dochter, buurman, vriendin"))
        form.addRow(self.tr("&Relatie"), self.relation_edit)
        self.carer_check = QCheckBox(self.tr("Is &mantelzorger"))
        self.carer_check.setChecked(bool(member and member.is_informal_carer))
        form.addRow("", self.carer_check)
        self.phone_edit = QLineEdit(member.phone if member else "")
        form.addRow(self.tr("&Telefoon"), self.phone_edit)
        self.what_edit = QLineEdit(member.what_they_do if member else "")
        form.addRow(self.tr("&Wat doet deze persoon"), self.what_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def member(self) -> NetworkMember:
        return NetworkMember(
            name=self.name_edit.text().strip(), relation=self.relation_edit.text().strip(),
            is_informal_carer=self.carer_check.isChecked(), phone=self.phone_edit.text().strip(),
            what_they_do=self.what_edit.text().strip(), id=self.member_id,
        )
