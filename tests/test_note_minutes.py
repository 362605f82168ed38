"""A note without minutes asks once ('Geen tijd ingevuld'); filling in the time or a second save stores it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from oco_desktop.domain.models import Client, Consent
from oco_desktop.storage import clients, notes
from oco_desktop.ui.client import note_editor
from oco_desktop.ui.client.notes_page import NotesPage

REAL_ASK = note_editor.ask_save_without_minutes  # conftest answers it in every other test


@pytest.fixture
def page(qtbot, session):
    vault = session.vault
    client = clients.add_client(vault, Client(name="Jan"))
    clients.record_consent(vault, client.id, Consent(scope="ondersteuning", method="verbal", given_on=date.today()))
    widget = NotesPage(session)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_client(client.id)
    return widget, client


def test_zero_minutes_asks_once_then_saves(page, session, monkeypatch):
    widget, client = page
    answers = [False]  # first: "Tijd invullen"
    asked = []
    monkeypatch.setattr(note_editor, "ask_save_without_minutes", lambda parent: asked.append(parent) or answers[0])
    widget.body_edit.setPlainText("Huisbezoek, over de trap gesproken.")
    assert widget.save_note() is False
    assert asked == [widget] and notes.notes_for_client(session.vault, client.id) == []
    assert widget.minutes_spin.hasFocus() or not widget.isActiveWindow()
    assert widget.save_note() is True  # asked once: the second save goes through without asking
    assert len(asked) == 1
    [note] = notes.notes_for_client(session.vault, client.id)
    assert note.minutes == 0


def test_filled_in_minutes_never_ask(page, session, monkeypatch):
    widget, client = page
    monkeypatch.setattr(note_editor, "ask_save_without_minutes", lambda parent: pytest.fail("asked with minutes"))
    widget.body_edit.setPlainText("Telefoontje")
    widget.minutes_spin.setValue(15)
    assert widget.save_note() is True
    assert notes.notes_for_client(session.vault, client.id)[0].minutes == 15


def test_the_real_question_defaults_to_filling_in(qtbot, page, monkeypatch):
    widget, _client = page
    seen = []

    def press(key):
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.windowTitle())
        if key == "escape":
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            [without] = [b for b in box.findChildren(QPushButton) if "zonder tijd" in b.text()]
            without.click()

    widget.body_edit.setPlainText("Huisbezoek")
    QTimer.singleShot(0, lambda: press("escape"))
    assert REAL_ASK(widget) is False
    QTimer.singleShot(0, lambda: press("without"))
    assert REAL_ASK(widget) is True
    assert seen == ["Geen tijd ingevuld", "Geen tijd ingevuld"]
