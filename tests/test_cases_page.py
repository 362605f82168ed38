"""The cases page: cases over time, check-in, closing with reason and appreciation, history, lead time."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from oco_desktop.domain.models import Client
from oco_desktop.storage import cases, clients
from oco_desktop.ui.client.cases_page import DEFAULT_CHECKIN_DAYS, CasesPage
from oco_desktop.ui.client.close_case_dialog import CloseCaseDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def client(vault):
    return clients.add_client(vault, Client(name="Fatima el Amrani", preferred_name="Fatima"))


@pytest.fixture
def page(qtbot, session, client):
    widget = CasesPage(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.show_client(client.id)
    return widget


def column_texts(page, row):
    return [page.table.item(row, c).text() for c in range(page.table.columnCount())]


def test_new_case_is_listed_and_announced(qtbot, page, session, vault, client, monkeypatch):
    assert page.table.rowCount() == 0
    assert "Fatima" in page.heading.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Traplift of verhuizen", True))
    with qtbot.waitSignal(session.openCaseRequested) as opened:
        qtbot.mouseClick(page.new_button, LEFT)
    [case] = cases.cases_for_client(vault, client.id)
    assert (case.title, case.status, case.phase, case.opened_on) == ("Traplift of verhuizen", "open", "orientation",
                                                                     date.today())
    assert opened.args == [client.id, case.id]
    assert column_texts(page, 0)[:4] == [case.code, "Traplift of verhuizen", "Open", "Oriëntatie"]
    assert page.selected_case_id() == case.id


def test_cancelled_new_case_stores_nothing(qtbot, page, vault, client, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    qtbot.mouseClick(page.new_button, LEFT)
    assert cases.cases_for_client(vault, client.id) == []


def test_checkin_close_and_reopen_are_recorded(qtbot, page, vault, client, monkeypatch):
    opened = cases.open_case(vault, client.id, "Brieven", opened_on=date.today() - timedelta(days=10))
    page.show_client(client.id)
    page.table.selectRow(0)
    assert page.checkin_button.isEnabled() and not page.reopen_button.isEnabled()

    defaults = []

    def get_int(parent, title, label, value, *args, **kwargs):
        defaults.append(value)
        return 28, True

    monkeypatch.setattr(QInputDialog, "getInt", get_int)
    qtbot.mouseClick(page.checkin_button, LEFT)
    assert defaults == [DEFAULT_CHECKIN_DAYS]
    case = cases.get_case(vault, opened.id)
    assert (case.status, case.contact_form, case.checkin_interval_days) == ("checkin", "checkin", 28)
    assert "28" in column_texts(page, 0)[2]

    qtbot.mouseClick(page.open_button, LEFT)
    case = cases.get_case(vault, opened.id)
    assert (case.status, case.checkin_interval_days) == ("open", None)

    def close(dialog):
        dialog.reason_combo.setEditText("Ondersteuning is geregeld")
        dialog.appreciation_spin.setValue(8)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CloseCaseDialog, "exec", close)
    qtbot.mouseClick(page.close_button, LEFT)
    case = cases.get_case(vault, opened.id)
    assert (case.status, case.close_reason, case.appreciation, case.closed_on) == (
        "closed", "Ondersteuning is geregeld", 8, date.today())
    assert cases.lead_time_days(case) == 10
    texts = column_texts(page, 0)
    assert texts[6:] == ["10", "8"]
    assert page.reopen_button.isEnabled() and not page.close_button.isEnabled()

    statuses = [(old, new) for kind, old, new, _at in cases.case_events(vault, opened.id) if kind == "status"]
    assert statuses == [(None, "open"), ("open", "checkin"), ("checkin", "open"), ("open", "closed")]
    assert page.events_list.count() == 5  # four status changes and the first phase
    assert "Open → Afgesloten" in page.events_list.item(4).text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.reopen_button, LEFT)
    case = cases.get_case(vault, opened.id)
    assert (case.status, case.closed_on, case.appreciation) == ("open", None, None)
    assert cases.case_events(vault, opened.id)[-1][1:3] == ("closed", "open")


def test_close_without_appreciation(qtbot, page, vault, client, monkeypatch):
    opened = cases.open_case(vault, client.id, "Brieven")
    page.show_client(client.id)
    page.table.selectRow(0)

    def close(dialog):
        assert dialog.appreciation_spin.value() == 0  # "Geen cijfer"
        dialog.reason_combo.setEditText("Geen contact meer")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CloseCaseDialog, "exec", close)
    qtbot.mouseClick(page.close_button, LEFT)
    case = cases.get_case(vault, opened.id)
    assert (case.status, case.appreciation, case.close_reason) == ("closed", None, "Geen contact meer")


def test_phase_and_title_changes(qtbot, page, vault, client):
    opened = cases.open_case(vault, client.id, "Brieven")
    page.show_client(client.id)
    page.table.selectRow(0)
    page.phase_combo.setCurrentIndex(page.phase_combo.findData("access"))
    page.phase_combo.activated.emit(page.phase_combo.currentIndex())
    assert cases.get_case(vault, opened.id).phase == "access"
    assert cases.case_events(vault, opened.id)[-1][:3] == ("phase", "orientation", "access")
    page.title_edit.clear()
    qtbot.keyClicks(page.title_edit, "Brieven van de gemeente")
    page.title_edit.editingFinished.emit()
    assert cases.get_case(vault, opened.id).title == "Brieven van de gemeente"


def test_show_case_selects_without_announcing(qtbot, page, session, vault, client):
    first = cases.open_case(vault, client.id, "Eerste", opened_on=date.today() - timedelta(days=5))
    second = cases.open_case(vault, client.id, "Tweede")
    page.show_client(client.id)
    announced = []
    session.openCaseRequested.connect(lambda *args: announced.append(args))
    page.show_case(first.id)
    assert page.selected_case_id() == first.id and announced == []
    # A click by the supporter does tell the other pages.
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == second.code)
    rect = page.table.visualItemRect(page.table.item(row, 1))
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())
    assert announced == [(client.id, second.id)]


def test_locking_clears_the_list(page, session, vault, client):
    cases.open_case(vault, client.id, "Brieven")
    page.show_client(client.id)
    assert page.table.rowCount() == 1
    session.set_vault(None)
    assert page.table.rowCount() == 0 and "Fatima" not in page.heading.text()
