"""Every dialog of the app, built for the open vault's first client without being shown.

Registered in ui/shell/pages.py (DIALOGS) for `oco-desktop screenshot` and for the keyboard and
screen-reader tests, so a new dialog is checked as soon as it is registered there. Each function takes
(session, parent) and returns the dialog; none of them writes to the vault.
"""

from __future__ import annotations

from oco_desktop.settings import Settings
from oco_desktop.storage import cases, clients
from oco_desktop.storage.clock import today


def _first_case(session):
    client = clients.all_clients(session.vault)[0]
    case = cases.current_case(session.vault, client.id)
    if case is None:
        raise LookupError("the first client has no case")
    return case


def new_client(session, parent):
    from oco_desktop.ui.client.new_client_dialog import NewClientDialog

    return NewClientDialog(session, parent)


def consent(session, parent):
    from oco_desktop.ui.client.consent_dialog import ConsentDialog

    return ConsentDialog(parent)


def network_member(session, parent):
    from oco_desktop.ui.client.network_member_dialog import NetworkMemberDialog

    client = clients.all_clients(session.vault)[0]
    members = clients.network(session.vault, client.id)
    return NetworkMemberDialog(members[0] if members else None, parent)


def close_case(session, parent):
    from oco_desktop.ui.client.close_case_dialog import CloseCaseDialog

    return CloseCaseDialog(parent)


def follow_up(session, parent):
    from oco_desktop.ui.agenda.follow_up_dialog import FollowUpDialog

    return FollowUpDialog(session, _first_case(session), today(), parent)


def move_date(session, parent):
    from PySide6.QtCore import QCoreApplication

    from oco_desktop.ui.agenda.agenda_common import DateTimeDialog

    return DateTimeDialog(QCoreApplication.translate("TodayView", "Actie verzetten"), today(), None, parent)


def settings(session, parent):
    from oco_desktop.ui.shell.settings_dialog import SettingsDialog

    return SettingsDialog(Settings(), session.vault.vault_id, parent)


def change_passphrase(session, parent):
    from oco_desktop.ui.shell.change_passphrase_dialog import ChangePassphraseDialog

    return ChangePassphraseDialog(session.vault, parent)
