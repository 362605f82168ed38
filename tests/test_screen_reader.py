"""Issue 15 point 9, for a screen reader: every input says what it is for (none empty, none twice within a
page or dialog), the open client is named and announced, a form error is announced and takes the focus,
and a name in another script does not turn a row around."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from oco_desktop.storage import clients
from oco_desktop.ui.shell import layout_audit
from oco_desktop.ui.widgets import a11y
from oco_desktop.ui.widgets.bidi import FSI, PDI, isolate
from tests.gui_helpers import dialogs, fill_demo, main_window, open_first_client


@pytest.fixture
def window(qtbot, vault, session):
    fill_demo(vault)
    w = main_window(qtbot, session, vault.folder)
    open_first_client(w, session)
    yield w
    w.idle.uninstall()


def test_every_input_on_every_page_and_dialog_has_its_own_name(window, session):
    problems = {}
    for tabs in (window.workspace.tabs, window.home_tabs):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            unnamed, doubled = layout_audit.accessible_name_problems(tabs.currentWidget().findChildren(QWidget))
            if unnamed or doubled:
                problems[tabs.tabText(index)] = (unnamed, doubled)
    for name, dialog in dialogs(session, window):
        dialog.show()
        QApplication.processEvents()
        unnamed, doubled = layout_audit.accessible_name_problems(dialog.findChildren(QWidget))
        if unnamed or doubled:
            problems[name] = (unnamed, doubled)
        dialog.reject()
    assert problems == {}


def test_life_domain_controls_name_their_domain(window):
    details = next(p for p in window.workspace.pages if type(p).__name__ == "ClientDetailsPage")
    assert details.domain_boxes
    for box in details.domain_boxes.values():
        domain = box.title()
        for widget in (box.question_edit, box.scores_table, box.score_date, box.client_score, box.supporter_score,
                       box.add_score_button, box.remove_button):
            assert domain in widget.accessibleName(), widget.accessibleName()


def test_the_open_client_is_named_in_the_header_and_announced(window, session, monkeypatch):
    heard = []
    monkeypatch.setattr(a11y.QAccessible, "updateAccessibility", staticmethod(lambda event: heard.append(event)))
    from oco_desktop.ui.client import client_workspace

    monkeypatch.setattr(client_workspace, "announce", lambda widget, text: heard.append(text))
    second = clients.all_clients(session.vault)[1]
    session.openClientRequested.emit(second.id)
    header = window.workspace.header
    assert second.display_name in header.accessibleName()
    assert any(isinstance(h, str) and second.display_name in h for h in heard)


def test_announce_sends_an_announcement_event(qtbot, monkeypatch):
    from PySide6.QtWidgets import QLabel

    label = QLabel("x")
    qtbot.addWidget(label)
    events = []
    monkeypatch.setattr(a11y.QAccessible, "updateAccessibility", staticmethod(lambda event: events.append(event)))
    assert a11y.announce(label, "Cliënt geopend: Anna")
    assert any(e.type() == QAccessible.Event.Announcement for e in events)


def test_a_form_error_is_announced_and_takes_the_focus(window, monkeypatch):
    alerts = []
    monkeypatch.setattr(a11y, "announce", lambda widget, text, assertive=False: alerts.append(text))
    details = next(p for p in window.workspace.pages if type(p).__name__ == "ClientDetailsPage")
    window.workspace.tabs.setCurrentWidget(details)
    window.activateWindow()
    details.address_edit.setFocus()
    details.name_edit.clear()
    details.name_edit.textEdited.emit("")
    assert not details.save_details()
    assert "Vul de naam van de cliënt in." in details.details_error.text()
    assert alerts and "naam" in alerts[0]
    assert QApplication.focusWidget() is details.name_edit


def test_a_name_in_another_script_keeps_the_row_left_to_right():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    def direction(text: str):
        document = QTextDocument()
        document.setPlainText(text)
        return document.firstBlock().textDirection()  # resolved from the content, as a label does

    arabic = "محمد الأحمد"
    assert direction(f"{arabic} · 28 november 2026") == Qt.LayoutDirection.RightToLeft  # the reported flip
    row = f"{isolate(arabic)} · 28 november 2026"
    assert FSI in row and row.index(PDI) > row.index(FSI)
    assert direction(row) == Qt.LayoutDirection.LeftToRight


def test_search_rows_isolate_client_names(qtbot, session):
    from types import SimpleNamespace

    from oco_desktop.ui.search.search_view import SearchView

    view = SearchView(session)
    qtbot.addWidget(view)
    client = view._client_item(SimpleNamespace(name="محمد الأحمد", preferred_name="Mo", client_id="c1"))
    note = view._note_item(SimpleNamespace(client_name="محمد الأحمد", contact_on="2026-11-28", snippet="brief",
                                           client_id="c1", note_id="n1"))
    for text in (client.text(), note.text().splitlines()[0]):
        assert FSI in text and PDI in text
        document_direction = _direction(text)
        assert document_direction.name == "LeftToRight", text


def _direction(text: str):
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setPlainText(text)
    return document.firstBlock().textDirection()


def test_the_new_client_dialog_announces_a_missing_name(window, session, monkeypatch):
    from oco_desktop.ui.client.new_client_dialog import NewClientDialog

    alerts = []
    monkeypatch.setattr(a11y, "announce", lambda widget, text, assertive=False: alerts.append(text))
    dialog = NewClientDialog(session, window)
    dialog.show()
    dialog.activateWindow()
    dialog.accept()
    assert alerts == ["Vul de naam van de cliënt in."]
    assert dialog.isVisible() and dialog.focusWidget() is dialog.name_edit
    dialog.reject()
