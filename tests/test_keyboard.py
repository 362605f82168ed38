"""Issue 15 point 2: no shortcut acts where the user is not; Alt letters are unique within what is visible
at once (Dutch, every registered page and dialog)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from oco_desktop.domain.models import Consent
from oco_desktop.storage import clients, follow_ups, notes
from oco_desktop.ui.shell import layout_audit
from tests.gui_helpers import dialogs, main_window


@pytest.fixture
def window(qtbot, demo, demo_session):
    clients.record_consent(demo.vault, demo.anna.id, Consent("Gegevens bewaren", "verbal", date(2026, 11, 2)))
    w = main_window(qtbot, demo_session, demo.vault.folder)
    w.activateWindow()
    today = w.home_pages[0]
    today.today_provider = lambda: date(2026, 11, 19)
    today.reload()
    yield w
    w.idle.uninstall()


def _select_overdue(window, demo):
    today = window.home_pages[0]
    window.show_home_tab(0)
    [item] = [i for i in today.items() if (today._data(i) or {}).get("follow_up_id") == demo.overdue.id]
    today.tree.setCurrentItem(item)
    return today


def _page(window, name):
    return next(p for p in window.workspace.pages if type(p).__name__ == name)


def test_ctrl_enter_in_a_client_field_never_marks_a_today_row_done(window, demo, demo_session, qtbot):
    _select_overdue(window, demo)
    demo_session.openClientRequested.emit(demo.bert.id)  # another client than the selected row's
    details = _page(window, "ClientDetailsPage")
    window.workspace.tabs.setCurrentWidget(details)
    details.name_edit.setFocus()
    QApplication.processEvents()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QTest.keyClick(details.name_edit, key, Qt.KeyboardModifier.ControlModifier)
    assert follow_ups.get_follow_up(demo.vault, demo.overdue.id).done_at is None


def test_ctrl_enter_on_the_today_list_still_marks_the_row_done(window, demo, qtbot):
    today = _select_overdue(window, demo)
    today.tree.setFocus()
    QApplication.processEvents()
    QTest.keyClick(today.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert follow_ups.get_follow_up(demo.vault, demo.overdue.id).done_at is not None


def test_ctrl_enter_saves_the_note_being_edited(window, demo, demo_session, qtbot):
    _select_overdue(window, demo)  # a Today row is selected as well: it must not steal the key
    demo_session.openClientRequested.emit(demo.anna.id)
    page = _page(window, "NotesPage")
    window.workspace.tabs.setCurrentWidget(page)
    page.edit_note(None)
    page.minutes_spin.setValue(20)
    page.body_edit.setFocus()
    QTest.keyClicks(page.body_edit, "Gebeld over de brief van de gemeente")
    before = len(notes.notes_for_client(demo.vault, demo.anna.id))
    QTest.keyClick(page.body_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    after = notes.notes_for_client(demo.vault, demo.anna.id)
    assert len(after) == before + 1 and any("van de gemeente" in n.body for n in after)
    assert follow_ups.get_follow_up(demo.vault, demo.overdue.id).done_at is None


def test_an_alt_letter_of_the_other_pane_does_nothing(window, demo, demo_session, qtbot, monkeypatch):
    from oco_desktop.ui.agenda import today_actions

    monkeypatch.setattr(today_actions, "ask_date", lambda *a, **k: pytest.fail("Today's 'Verzetten' opened"))
    _select_overdue(window, demo)
    demo_session.openClientRequested.emit(demo.bert.id)
    details = _page(window, "ClientDetailsPage")
    window.workspace.tabs.setCurrentWidget(details)
    details.name_edit.setFocus()
    QApplication.processEvents()
    QTest.keyClick(details.name_edit, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # Today: &Verzetten
    QApplication.processEvents()
    assert QApplication.focusWidget() is details.language_edit  # the client's &Voorkeurstaal instead


def test_alt_letters_are_unique_in_english_too(qapp, qtbot, demo, definitions):
    from oco_desktop import i18n
    from oco_desktop.ui.shell.session import Session

    i18n.install_translators(qapp, "en")
    try:
        session = Session(demo.vault, definitions, "en")
        english = main_window(qtbot, session, demo.vault.folder)
        english.activateWindow()
        try:
            assert _duplicates_everywhere(english, session, demo.anna.id) == {}
        finally:
            english.idle.uninstall()
    finally:
        for translator in getattr(qapp, "_oco_translators", []):
            qapp.removeTranslator(translator)
        qapp._oco_translators = []


def test_alt_letters_are_unique_within_what_is_visible_at_once(window, demo, demo_session):
    assert _duplicates_everywhere(window, demo_session, demo.anna.id) == {}


def _duplicates_everywhere(window, session, client_id) -> dict:
    session.openClientRequested.emit(client_id)
    problems = {}
    for h in range(window.home_tabs.count()):
        window.show_home_tab(h)
        window.mnemonics.activate(window.home_tabs)
        QApplication.processEvents()
        if dup := layout_audit.duplicate_alt_letters(window):
            problems[("home", window.home_tabs.tabText(h))] = dup
    for c in range(window.workspace.tabs.count()):
        window.workspace.tabs.setCurrentIndex(c)
        window.workspace.tabs.setFocus()
        window.mnemonics.activate(window.workspace)
        QApplication.processEvents()
        if dup := layout_audit.duplicate_alt_letters(window):
            problems[("client", window.workspace.tabs.tabText(c))] = dup
    for name, dialog in dialogs(session, window):
        dialog.show()
        QApplication.processEvents()
        if dup := layout_audit.duplicate_alt_letters(dialog):
            problems[("dialog", name)] = dup
        dialog.reject()
    return problems


def test_the_audit_sees_a_doubled_alt_letter(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    for text in ("&Opslaan", "&Openen", "&Klaar"):
        layout.addWidget(QPushButton(text))
    box.show()
    assert set(layout_audit.duplicate_alt_letters(box)) == {"O"}
