"""The dialog to add or change one person of a client's social network (forms/network_member_dialog.ui)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from oco_desktop.domain.models import NetworkMember
from oco_desktop.ui.widgets.forms import child, load_form
from oco_desktop.ui.widgets.guarded_dialog import GuardedDialog


class NetworkMemberDialog(GuardedDialog):
    """Add or change one person of the client's social network. Escape asks before typed input is lost."""

    def __init__(self, member: NetworkMember | None = None, parent=None):
        super().__init__(parent, getattr(parent, "session", None))
        self.member_id = member.id if member else ""
        self.setWindowTitle(self.tr("Persoon uit het netwerk"))
        host = QWidget(self)
        self.form = load_form("network_member_dialog.ui", host)
        QVBoxLayout(self).addWidget(host)
        self.name_edit = child(self.form, QLineEdit, "name")
        self.relation_edit = child(self.form, QLineEdit, "relation")
        self.carer_check = child(self.form, QCheckBox, "informalCarer")
        self.phone_edit = child(self.form, QLineEdit, "phone")
        self.what_edit = child(self.form, QLineEdit, "whatTheyDo")
        if member is not None:
            self.name_edit.setText(member.name)
            self.relation_edit.setText(member.relation)
            self.carer_check.setChecked(member.is_informal_carer)
            self.phone_edit.setText(member.phone)
            self.what_edit.setText(member.what_they_do)
        buttons = child(self.form, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(460, self.sizeHint().height())

    def member(self) -> NetworkMember:
        return NetworkMember(
            name=self.name_edit.text().strip(), relation=self.relation_edit.text().strip(),
            is_informal_carer=self.carer_check.isChecked(), phone=self.phone_edit.text().strip(),
            what_they_do=self.what_edit.text().strip(), id=self.member_id,
        )
