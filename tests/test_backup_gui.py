"""Issue 14 in the GUI (pytest-qt, real widgets, real vaults): Today's backup reminder and retention list,
the retention dialog, settings and unlock notices about the organisation key, the access-log page,
the handover dialog and the File-menu actions."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from oco_desktop.domain.models import Client
from oco_desktop.settings import Settings
from oco_desktop.storage import access_log, backup, cases, clients, handover, org_key, org_slot, retention
from oco_desktop.storage.vault import Vault
from oco_desktop.ui.agenda.today_view import TodayView
from oco_desktop.ui.backup import backup_actions
from oco_desktop.ui.backup.access_log_page import AccessLogPage
from oco_desktop.ui.backup.backup_settings import add_to, org_key_notice
from oco_desktop.ui.backup.handover_dialog import HandoverExportDialog
from oco_desktop.ui.backup.retention_dialog import RetentionDialog
from oco_desktop.ui.shell.main_window import MainWindow
from oco_desktop.ui.shell.settings_dialog import SettingsDialog
from oco_desktop.ui.shell.unlock_dialog import UnlockPanel
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note

TODAY = date(2026, 11, 30)


def closed_client(vault, name: str, closed_on: date) -> str:
    client = clients.add_client(vault, Client(name=name))
    case = cases.open_case(vault, client.id, "Wmo", date(2023, 1, 5))
    cases.close_case(vault, case.id, "doel bereikt", 8, closed_on=closed_on)
    return client.id


@pytest.fixture
def today_view(qtbot, session):
    def make():
        widget = TodayView(session)
        widget.today_provider = lambda: TODAY
        widget.reload()
        qtbot.addWidget(widget)
        return widget
    return make


def section_texts(view, key):
    item = view.section_item(key)
    if item is None:
        return None
    return [item.child(i).text(4) for i in range(item.childCount())]


def test_today_reminds_without_a_backup_and_after_the_setting(today_view, session, vault, tmp_path):
    view = today_view()
    texts = section_texts(view, "backup")
    assert texts and "nog geen reservekopie" in texts[0]
    usb = tmp_path / "usb"
    usb.mkdir()
    backup.make_backup(vault, usb)
    # Fresh: no reminder (the backup was made "now", today is 30 November 2026 in the test).
    vault.conn.execute("UPDATE vault_meta SET value = '2026-11-28T10:00:00Z' WHERE key = 'last_backup_at'")
    view.reload()
    assert view.section_item("backup") is None
    vault.conn.execute("UPDATE vault_meta SET value = '2026-11-20T10:00:00Z' WHERE key = 'last_backup_at'")
    view.reload()
    text = section_texts(view, "backup")[0]
    assert "20 november 2026" in text and "10 dagen geleden" in text and str(usb.resolve()) in text
    Settings().set("backup_reminder_days", 14)
    view.reload()
    assert view.section_item("backup") is None


def test_retention_list_and_dialog_keep_and_erase(today_view, session, vault, qtbot, monkeypatch):
    old = closed_client(vault, "Oud Dossier", date(2024, 10, 1))  # 24 months end on 1 October 2026
    closed_client(vault, "Recent Dossier", date(2025, 6, 1))
    add_client_with_consent(vault, "Lopend Dossier")
    view = today_view()
    item = view.section_item("retention")
    assert item.text(0) == "Bewaartermijn voorbij (1)"
    row = item.child(0)
    assert row.text(2) == "Oud Dossier" and "1 oktober 2026" in row.text(4)
    # Keep until a date with a reason.
    dialog = RetentionDialog(session, old, TODAY)
    qtbot.addWidget(dialog)
    dialog.keep()
    assert not dialog.error.isHidden() and "reden" in dialog.error.text()
    dialog.reason.setText("Klacht loopt nog")
    dialog.keep_until.setDate(date(2027, 3, 1))
    dialog.keep()
    assert dialog.outcome == "kept"
    view.reload()
    assert view.section_item("retention") is None
    assert retention.past_retention(vault, 24, date(2027, 3, 2))[0].hold_reason == "Klacht loopt nog"
    # Erase (the real erasure) after the confirmation.
    dialog = RetentionDialog(session, old, date(2027, 3, 2))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.erase()
    assert dialog.outcome == "erased"
    assert clients.find_client(vault, old) is None
    assert access_log.general(vault)[0].describe().startswith("cliënt verwijderd op ")


def test_retention_setting_changes_the_list(today_view, vault):
    closed_client(vault, "Eén Jaar", date(2025, 10, 1))
    view = today_view()
    assert view.section_item("retention") is None
    Settings().set("retention_months", 12)
    view.reload()
    assert view.section_item("retention").childCount() == 1


def test_settings_box_and_unlock_notice_show_the_org_key(qtbot, vault, tmp_path):
    folder = vault.folder
    dialog = SettingsDialog(Settings(), vault.vault_id)
    qtbot.addWidget(dialog)
    box = add_to(dialog, Settings(), folder)
    assert "Geen organisatiesleutel" in box.org_key_label.text()
    assert box.retention_months.value() == 24 and box.reminder_days.value() == 7
    box.retention_months.setValue(36)
    dialog.apply()
    assert Settings().get("retention_months") == 36
    pub, _priv = org_key.write_key_pair(tmp_path / "org", "coördinator-zin-lang")
    org_slot.add(vault, org_key.load_public_key(pub))
    key_id = org_key.load_public_key(pub).key_id
    assert key_id in org_key_notice(folder)
    dialog = SettingsDialog(Settings(), vault.vault_id)
    qtbot.addWidget(dialog)
    assert key_id in add_to(dialog, Settings(), folder).org_key_label.text()
    vault.close()
    panel = UnlockPanel(folder, Settings())
    qtbot.addWidget(panel)
    panel.show()
    assert panel.org_key_label.isVisible() and key_id in panel.org_key_label.text()
    org_slot_vault = Vault.open(folder, PASSPHRASE)
    org_slot.remove(org_slot_vault)
    org_slot_vault.close()
    panel.reset()
    assert not panel.org_key_label.isVisible()


def test_access_log_page_records_the_open_and_lists_lines(qtbot, session, vault):
    client = add_client_with_consent(vault)
    add_note(vault, client.id, "Geheime notitietekst die niet in het logboek mag")
    page = AccessLogPage(session)
    qtbot.addWidget(page)
    page.show_client(client.id)
    lines = [page.list.item(i).text() for i in range(page.list.count())]
    assert "dossier geopend" in lines[0]
    assert any("notitie" in line for line in lines)
    assert not any("Geheime" in line for line in lines)
    page.show_client(client.id)  # within ten minutes: not logged again
    assert sum(1 for e in access_log.for_client(vault, client.id) if e.kind == "open") == 1


def test_handover_dialog_exports_shows_code_and_closes_cases(qtbot, session, vault, tmp_path):
    a = add_client_with_consent(vault, "Anna Overdracht")
    add_note(vault, a.id, "Notitie van Anna")
    add_client_with_consent(vault, "Blijft Hier")
    dialog = HandoverExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.make_export()
    assert "minstens één" in dialog.error.text()
    for i in range(dialog.client_list.count()):
        item = dialog.client_list.item(i)
        if item.text() == "Anna Overdracht":
            item.setCheckState(Qt.CheckState.Checked)
    dialog.out_path.setText(str(tmp_path / "naar-collega"))
    dialog.make_export()
    assert dialog.pages.currentIndex() == 1
    code = dialog.code_label.text()
    assert code == dialog.result_.code and dialog.result_.path.name == "naar-collega.ocohandover"
    payload = handover.open_payload(dialog.result_.path.read_bytes(), code).decode()
    assert "Anna Overdracht" in payload and "Blijft Hier" not in payload
    dialog.finish(close_cases=True, erase=False)
    assert dialog.code_label.text() == ""
    assert [c.close_reason for c in cases.cases_for_client(vault, a.id)] == ["overgedragen"]
    assert access_log.for_client(vault, a.id)[0].kind in ("handover_out", "change")


def test_file_menu_has_the_actions_and_backup_runs(qtbot, session, vault, tmp_path, monkeypatch):
    window = MainWindow(session, Settings(), vault.folder, home_entries=[], client_entries=[])
    qtbot.addWidget(window)
    texts = [a.text() for a in window.file_menu.actions()]
    for expected in ("Reservekopie &maken…", "Reservekopie &terugzetten…", "Dossiers &overdragen…",
                     "Overdracht &inlezen…"):
        assert expected in texts
    assert texts.index("Reservekopie &maken…") < texts.index(window.quit_action.text())
    usb = tmp_path / "usb"
    usb.mkdir()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    made = backup_actions.make_backup_interactively(session, window, str(usb))
    assert made is not None and made.parent == usb.resolve() and "gecontroleerd" in shown[0]
    # Restore into a new folder from the GUI: checked, never over the open vault.
    monkeypatch.setattr("oco_desktop.ui.backup.backup_actions.QInputDialog.getText",
                        lambda *a, **k: (PASSPHRASE, True))
    restored = backup_actions.restore_interactively(session, window, str(made), str(tmp_path / "terug.ocovault"))
    assert restored is not None
    with Vault.open(restored, PASSPHRASE) as copy:
        assert copy.vault_id == vault.vault_id
    # A refused target shows the one-line reason.
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    assert backup_actions.make_backup_interactively(session, window, str(tmp_path / "bestaat-niet")) is None
    assert "bestaat niet" in warned[0]
    window.lock()
    assert not window.backup_actions[0].isEnabled()


def test_import_handover_interactively_offers_a_copy(qtbot, session, vault, tmp_path, monkeypatch):
    a = add_client_with_consent(vault, "Dubbel Dossier")
    out = tmp_path / "d.ocohandover"
    code = handover.export_clients(vault, [a.id], out).code
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    result = backup_actions.import_handover_interactively(session, None, str(out), code)
    assert result is not None and result.client_ids[0] != a.id
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    assert backup_actions.import_handover_interactively(session, None, str(out), "VERKEERD") is None
    assert "klopt niet" in warned[0]


def test_run_with_progress_keeps_the_window_responsive(qtbot):
    import time

    from PySide6.QtCore import QTimer

    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    assert backup_actions.run_with_progress(None, "bezig", lambda: (time.sleep(0.3), 42)[1]) == 42
    timer.stop()
    assert len(ticks) >= 3  # the GUI thread kept running its event loop

    def fail():
        raise ValueError("kapot")

    with pytest.raises(ValueError):
        backup_actions.run_with_progress(None, "bezig", fail)
