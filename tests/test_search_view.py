"""The search view, driven like a user: type, see highlighted snippets, open with Enter."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from oco_desktop.domain.checklists import load_definitions
from oco_desktop.domain.models import Client, Consent, Note
from oco_desktop.storage import clients, notes
from oco_desktop.storage.search import HIT_END, HIT_START
from oco_desktop.ui.search.search_view import (
    CLIENT_ID_ROLE,
    HTML_ROLE,
    KIND_ROLE,
    NOTE_ID_ROLE,
    SearchView,
    snippet_to_html,
)
from oco_desktop.ui.shell.session import Session
from oco_desktop.ui.widgets.bidi import strip_isolates


@pytest.fixture
def data(vault):
    fatima = clients.add_client(vault, Client(name="Fatima Bouzid"))
    clients.record_consent(vault, fatima.id, Consent("notities", "verbal", date(2026, 1, 5)))
    note = notes.add_note(vault, Note(client_id=fatima.id, contact_on=date(2026, 3, 2),
                                      body="Met de cliëntondersteuner <b>niet</b> & zo naar het keukentafelgesprek."))
    clinton = clients.add_client(vault, Client(name="Clint Eastwood"))
    return {"fatima": fatima, "note": note, "clinton": clinton}


@pytest.fixture
def view(qtbot, vault):
    session = Session(vault, load_definitions(user_overrides=False))
    widget = SearchView(session)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    widget.session_for_test = session
    return widget


def type_query(qtbot, view, text):
    view.focus_input()
    qtbot.keyClicks(view.search_edit, text)
    qtbot.waitUntil(lambda: not view._timer.isActive(), timeout=2000)


def results(view):
    return [(i.data(KIND_ROLE), i.data()) for i in view.result_indexes()]


def test_snippet_to_html_escapes_everything_but_the_hit():
    assert snippet_to_html(f"a <i>&</i> {HIT_START}zorg{HIT_END}") == "a &lt;i&gt;&amp;&lt;/i&gt; <b>zorg</b>"


def test_typing_finds_notes_with_highlighted_snippet(view, qtbot, data):
    assert view.title() == "Zoeken"
    type_query(qtbot, view, "clientonderst")
    found = view.result_indexes()
    assert [i.data(KIND_ROLE) for i in found] == ["note"]
    markup = found[0].data(HTML_ROLE)
    assert "<b>cliëntondersteuner</b>" in markup
    assert "&lt;b&gt;niet&lt;/b&gt; &amp; zo" in markup  # note text is never taken as markup
    assert "Fatima Bouzid · 2 maart 2026" in strip_isolates(found[0].data())  # name isolated (bidi)
    assert view.model.index(0, 0).data() == "Notities (1)"


def test_clients_and_notes_in_two_groups(view, qtbot, data):
    type_query(qtbot, view, "cli")
    groups = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert groups == ["Cliënten (1)", "Notities (1)"]
    assert results(view)[0] == ("client", "Clint Eastwood")


def test_enter_opens_the_note_with_the_right_ids(view, qtbot, data):
    opened = []
    view.session_for_test.openNoteRequested.connect(lambda c, n: opened.append((c, n)))
    type_query(qtbot, view, "keukentafel")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)  # to the first result
    assert view.results.currentIndex().data(KIND_ROLE) == "note"
    qtbot.keyClick(view.results, Qt.Key.Key_Return)
    assert opened == [(data["fatima"].id, data["note"].id)]


def test_enter_on_a_client_opens_the_client(view, qtbot, data):
    opened = []
    view.session_for_test.openClientRequested.connect(opened.append)
    type_query(qtbot, view, "eastw")
    view.results.setCurrentIndex(view.result_indexes()[0])
    qtbot.keyClick(view.results, Qt.Key.Key_Enter)
    assert opened == [data["clinton"].id]
    assert view.result_indexes()[0].data(CLIENT_ID_ROLE) == data["clinton"].id
    assert view.result_indexes()[0].data(NOTE_ID_ROLE) is None


def test_no_results_message_and_syntax_characters(view, qtbot, data):
    type_query(qtbot, view, 'pietje "(*')
    assert view.result_indexes() == []
    assert view.status_label.text() == "Geen resultaten voor “pietje \"(*”."
    view.search_edit.clear()
    type_query(qtbot, view, "- AND (")
    assert view.result_indexes() == []


def test_lock_clears_results(view, qtbot, vault, data):
    type_query(qtbot, view, "fatima")
    assert results(view) == [("client", "Fatima Bouzid")]
    vault.close()
    view.session_for_test.set_vault(None)
    assert view.search_edit.text() == ""
    assert view.model.rowCount() == 0
