"""The caseload view, driven like a user: type to filter, pick filters, sort, open a client."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QModelRoleData, QModelRoleDataSpan, QObject, Qt
from PySide6.QtWidgets import QApplication

from oco_desktop.domain.models import Client, Consent, FollowUp, LifeDomainQuestion, Note
from oco_desktop.storage import cases, clients, follow_ups, notes
from oco_desktop.storage.clock import today as local_today
from oco_desktop.storage.vault import Vault
from oco_desktop.ui.caseload.caseload_model import CLIENT_ID_ROLE, COLUMNS, SORT_ROLE, SortKey
from oco_desktop.ui.caseload.caseload_view import CaseloadView
from oco_desktop.ui.shell.session import Session
from tests.vault_helpers import PASSPHRASE

TODAY = local_today()


def add_client(vault, name, *, phase="orientation", status="open", domains=(), last_contact=None, due=None,
               request_date=None):
    client = clients.add_client(vault, Client(name=name))
    clients.record_consent(vault, client.id, Consent("notities", "verbal", TODAY - timedelta(days=100)))
    clients.set_life_domains(vault, client.id, [LifeDomainQuestion(d) for d in domains])
    if status is None:
        return client
    case = cases.open_case(vault, client.id, opened_on=TODAY - timedelta(days=50), phase=phase)
    if request_date is not None:
        case.request_date = request_date
        cases.save_case(vault, case)
    if status == "closed":
        cases.close_case(vault, case.id, "klaar", 8)
    if last_contact is not None:
        notes.add_note(vault, Note(client_id=client.id, contact_on=last_contact, case_id=case.id))
    if due is not None:
        follow_ups.add_follow_up(vault, FollowUp(case.id, "call", due))
    return client


@pytest.fixture
def view(qtbot, vault, definitions):
    add_client(vault, "Şükrü Yılmaz", phase="access", domains=["housing"], last_contact=TODAY - timedelta(days=3),
               due=TODAY - timedelta(days=2), request_date=TODAY - timedelta(days=2))
    add_client(vault, "Anna de Vries", phase="during_support", domains=["income_and_debts"],
               last_contact=TODAY - timedelta(days=40), due=TODAY + timedelta(days=20))
    add_client(vault, "Jan Jansen", status="closed", domains=["housing", "work"],
               last_contact=TODAY - timedelta(days=10))
    add_client(vault, "Zoë Visser", status=None)
    session = Session(vault, definitions)
    widget = CaseloadView(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    widget.session_for_test = session
    return widget


def names(view):
    column = COLUMNS.index(SortKey.NAME)
    return [view.model.index(r, column).data() for r in range(view.model.rowCount())]


def cell(view, name, key):
    for r in range(view.model.rowCount()):
        if view.model.index(r, COLUMNS.index(SortKey.NAME)).data() == name:
            return view.model.index(r, COLUMNS.index(key)).data()
    raise LookupError(name)


def select_data(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def test_title_and_all_clients_sorted_by_name(view):
    assert view.title() == "Caseload"
    assert names(view) == ["Anna de Vries", "Jan Jansen", "Şükrü Yılmaz", "Zoë Visser"]
    assert view.count_label.text() == "4 van 4 cliënten"


class LayoutRequests(QObject):
    """Counts the LayoutRequest events a widget gets (its layout being worked out again)."""

    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_new_count_does_not_lay_out_the_view_again(view, qtbot):
    QApplication.processEvents()
    requests = LayoutRequests()
    view.installEventFilter(requests)
    # The count changes with every keystroke; a label that may change size would ask for a new layout
    # of the view (and the window) each time. (Typed keys are not used here: the filter field's clear
    # button fades in after the first key and asks for a layout of its own.)
    for shown in (12, 1995, 3):
        view.count_label.setText(f"{shown} van 2000 cliënten")
        QApplication.processEvents()
    assert requests.count == 0
    # The fixed size still holds the largest count whole.
    label = view.count_label
    label.setText("10000 van 10000 cliënten")
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert label.minimumSize() == label.maximumSize()


def test_typing_filters_without_diacritics(view, qtbot):
    view.focus_input()
    qtbot.keyClicks(view.filter_edit, "sukru")
    assert names(view) == ["Şükrü Yılmaz"]
    assert view.count_label.text() == "1 van 4 cliënten"
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "geld")  # a life domain label
    assert names(view) == ["Anna de Vries"]
    qtbot.keyClicks(view.filter_edit, " pietje")
    assert names(view) == []
    assert view.stack.currentWidget() is view.empty_label
    assert view.empty_label.text() == "Geen cliënten gevonden met deze filters."


def test_combo_filters(view):
    select_data(view.phase_combo, "access")
    assert names(view) == ["Şükrü Yılmaz"]
    select_data(view.phase_combo, None)
    select_data(view.status_combo, "closed")
    assert names(view) == ["Jan Jansen"]
    select_data(view.status_combo, "active")
    assert names(view) == ["Anna de Vries", "Şükrü Yılmaz"]
    select_data(view.status_combo, None)
    select_data(view.domain_combo, "housing")
    assert names(view) == ["Jan Jansen", "Şükrü Yılmaz"]
    select_data(view.domain_combo, None)
    view.attention_check.setChecked(True)
    assert names(view) == ["Şükrü Yılmaz"]


def test_combos_show_their_whole_choice(view):
    combo = view.domain_combo
    # "Alle levensgebieden" is not clipped; a long choice that a narrow combo clips is its tooltip.
    assert combo.currentText() == "Alle levensgebieden"
    assert combo.fontMetrics().horizontalAdvance(combo.currentText()) < combo.sizeHint().width()
    select_data(view.phase_combo, "access")
    assert view.phase_combo.toolTip() == view.phase_combo.currentText() == "Toegang tot ondersteuning"


def test_painting_gets_every_role_of_a_cell_in_one_call_with_the_same_values(view):
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole, SORT_ROLE, CLIENT_ID_ROLE]
    model = view.table.model()
    # One QModelRoleData per role, reused for every cell, as the item delegate does: a role that is not
    # cleared would keep the previous cell's value (it made every cell bold after the first urgent one).
    reused = {role: QModelRoleData(role) for role in roles}
    compared = bold = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role, role_data in reused.items():
                model.multiData(index, QModelRoleDataSpan(role_data))
                assert role_data.data() == index.data(role), (row, column, role)
                compared += role_data.data() is not None
            bold += reused[Qt.ItemDataRole.FontRole].data() is not None
    assert compared > model.rowCount() * model.columnCount()  # texts, sort keys and ids, not only None
    assert 0 < bold < model.rowCount() * model.columnCount()  # some cells are bold, not all


def test_cells_show_phase_deadline_and_overdue_in_words(view):
    assert cell(view, "Şükrü Yılmaz", SortKey.PHASE) == "Toegang tot ondersteuning"
    assert cell(view, "Zoë Visser", SortKey.PHASE) == "Geen casus"
    assert cell(view, "Jan Jansen", SortKey.PHASE).startswith("Afgesloten")
    assert "te laat" in cell(view, "Şükrü Yılmaz", SortKey.NEXT_FOLLOW_UP)
    assert "⚠ binnen 7 dagen" in cell(view, "Şükrü Yılmaz", SortKey.PLAN_DUE)
    assert cell(view, "Anna de Vries", SortKey.PLAN_DUE) == ""
    assert cell(view, "Şükrü Yılmaz", SortKey.LIFE_DOMAINS) == "Wonen"
    assert "/" in cell(view, "Anna de Vries", SortKey.PROGRESS)
    summary = view.summary_label.text()
    assert "Te laat: 1" in summary and "termijnen binnen 7 dagen: 1" in summary


def test_sorting_by_last_contact_uses_dates(view):
    view.table.sortByColumn(COLUMNS.index(SortKey.LAST_CONTACT), Qt.SortOrder.AscendingOrder)
    # 40 days ago, 10 days ago, 3 days ago, then the client without contact.
    assert names(view) == ["Anna de Vries", "Jan Jansen", "Şükrü Yılmaz", "Zoë Visser"]
    view.table.sortByColumn(COLUMNS.index(SortKey.LAST_CONTACT), Qt.SortOrder.DescendingOrder)
    assert names(view)[1:] == ["Şükrü Yılmaz", "Jan Jansen", "Anna de Vries"]


def test_enter_and_double_click_open_the_client(view, qtbot, vault):
    opened = []
    view.session_for_test.openClientRequested.connect(opened.append)
    view.focus_input()
    qtbot.keyClicks(view.filter_edit, "anna")
    qtbot.keyClick(view.filter_edit, Qt.Key.Key_Down)  # into the table, first row
    assert view.table.hasFocus() or view.table.currentIndex().isValid()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    anna_id = next(c.id for c in clients.all_clients(vault) if c.name == "Anna de Vries")
    assert opened == [anna_id]
    view.filter_edit.clear()
    index = view.model.index(1, 0)
    rect = view.table.visualRect(index)
    # A real double click is a press followed by a double-click event on the same row.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 2
    assert opened[-1] == index.data(Qt.ItemDataRole.UserRole + 2)


def test_refresh_on_data_changed_keeps_filter(view, vault):
    view.filter_edit.setText("pie")
    assert names(view) == []
    add_client(vault, "Piet Bakker")
    view.session_for_test.changed("client", "x")
    assert names(view) == ["Piet Bakker"]
    view.session_for_test.changed("unrelated", "x")
    assert names(view) == ["Piet Bakker"]


def test_lock_clears_and_unlock_reloads(view, vault, tmp_path):
    session = view.session_for_test
    vault.close()
    session.set_vault(None)
    assert view.model.rowCount() == 0
    assert view.filter_edit.text() == ""
    reopened = Vault.open(tmp_path / "v", PASSPHRASE)
    try:
        session.set_vault(reopened)
        assert len(names(view)) == 4
    finally:
        reopened.close()


def test_empty_state(qtbot, vault, definitions):
    widget = CaseloadView(Session(vault, definitions))
    qtbot.addWidget(widget)
    assert widget.stack.currentWidget() is widget.empty_label
    assert widget.empty_label.text() == "Nog geen cliënten. Kies Bestand › Nieuwe cliënt (Ctrl+N)."


def test_filtering_keeps_the_selected_client_while_it_passes(view, qtbot):
    jan = clients_by_name(view)["Jan Jansen"]
    assert view.select_client(jan)
    view.focus_input()
    qtbot.keyClicks(view.filter_edit, "jan")
    assert names(view) == ["Jan Jansen"]
    assert view.selected_client_id() == jan
    assert view.table.selectionModel().isRowSelected(0)
    qtbot.keyClicks(view.filter_edit, "x")  # "janx": nobody
    assert view.selected_client_id() is None
    view.filter_edit.clear()
    assert view.selected_client_id() is None  # filtered out once: not selected again by surprise


def test_sorting_a_filtered_table_keeps_the_filter_and_the_selection(view, qtbot):
    view.focus_input()
    qtbot.keyClicks(view.filter_edit, "a")  # Anna, Jan, Şükrü (Yılmaz); not Zoë Visser
    assert names(view) == ["Anna de Vries", "Jan Jansen", "Şükrü Yılmaz"]
    anna = clients_by_name(view)["Anna de Vries"]
    view.select_client(anna)
    view.table.sortByColumn(COLUMNS.index(SortKey.NAME), Qt.SortOrder.DescendingOrder)
    assert names(view) == ["Şükrü Yılmaz", "Jan Jansen", "Anna de Vries"]
    assert view.selected_client_id() == anna
    view.filter_edit.clear()  # all rows again, in the new order
    assert names(view) == ["Zoë Visser", "Şükrü Yılmaz", "Jan Jansen", "Anna de Vries"]
    assert view.count_label.text() == "4 van 4 cliënten"


def clients_by_name(view):
    column = COLUMNS.index(SortKey.NAME)
    return {view.model.index(r, column).data(): view.model.index(r, column).data(CLIENT_ID_ROLE)
            for r in range(view.model.rowCount())}
