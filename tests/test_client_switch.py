"""One client at a time: opening or creating another client resets every page and starts on "Gegevens";
nothing of client A shows while B is open (the real pages, in the real main window)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
)

from oco_desktop.domain.models import Client
from oco_desktop.settings import Settings
from oco_desktop.storage import cases, clients
from oco_desktop.ui.client import new_client_dialog
from oco_desktop.ui.plan import plan_export
from oco_desktop.ui.plan.plan_page import PlanPage
from oco_desktop.ui.shell.main_window import MainWindow
from tests.vault_helpers import PASSPHRASE

NAME_A = "Anaïs Groot"


def visible_texts(root) -> list[str]:
    """Every text a supporter (or a screen reader) can see in `root`."""
    texts: list[str] = []
    for widget in root.findChildren(QLabel):
        texts.append(widget.text())
    for widget in root.findChildren(QLineEdit):
        texts.append(widget.text())
    for widget in root.findChildren(QPlainTextEdit):
        texts.append(widget.toPlainText())
    for widget in root.findChildren(QTextEdit):
        texts.append(widget.toPlainText())
    for widget in root.findChildren(QAbstractButton):
        texts.append(widget.text())
    for widget in root.findChildren(QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    for table in root.findChildren(QTableWidget):
        texts += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                  if table.item(r, c) is not None]
    for tree in root.findChildren(QTreeWidget):
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            texts += [item.text(c) for c in range(tree.columnCount())]
    for lst in root.findChildren(QListWidget):
        texts += [lst.item(i).text() for i in range(lst.count())]
    return [t for t in texts if t]


@pytest.fixture
def window(qtbot, session, tmp_path):
    win = MainWindow(session, Settings(), session.vault.folder)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def page_of(window, cls):
    [page] = [p for p in window.workspace.pages if isinstance(p, cls)]
    return page


def test_creating_b_after_exporting_a_plan_shows_nothing_of_a(qtbot, window, session, tmp_path, monkeypatch):
    vault = session.vault
    a = clients.add_client(vault, Client(name=NAME_A))
    cases.open_case(vault, a.id, title="Wonen en geld")
    session.openClientRequested.emit(a.id)
    workspace = window.workspace
    plan = page_of(window, PlanPage)
    workspace.tabs.setCurrentWidget(plan)
    plan.large_print_check.setChecked(True)
    plan.supporter_signature_check.setChecked(True)
    plan.lang_combo.setCurrentIndex(1)
    target = tmp_path / "export" / "plan-a.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(plan_export, "ask_export_path", lambda *args, **kwargs: target)
    plan.pdf_button.click()
    assert target.is_file() and "De PDF is opgeslagen in" in plan.status_label.text()
    for area in workspace.findChildren(QAbstractScrollArea):  # scrolled somewhere on A's pages
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    assert any(NAME_A in text for text in visible_texts(workspace))

    def fill_and_accept(dialog):
        dialog.name_edit.setText("Bram Beek")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(new_client_dialog.NewClientDialog, "exec", fill_and_accept)
    window.new_client_action.trigger()

    assert workspace.header.text() == "Bram Beek"
    assert workspace.tabs.currentIndex() == 0 and workspace.tabs.tabText(0).replace("&", "") == "Gegevens"
    assert not plan.large_print_check.isChecked() and not plan.supporter_signature_check.isChecked()
    assert plan.lang_combo.currentIndex() == 0
    texts = visible_texts(workspace)
    assert not [t for t in texts if NAME_A in t or "Anaïs" in t], "client A still on screen"
    assert not [t for t in texts if "opgeslagen in" in t or str(target) in t]
    assert not [t for t in texts if "Wonen en geld" in t]
    for area in workspace.findChildren(QAbstractScrollArea):
        assert area.verticalScrollBar().value() == area.verticalScrollBar().minimum()


def test_opening_another_client_from_the_caseload_starts_on_details(qtbot, window, session):
    vault = session.vault
    a = clients.add_client(vault, Client(name=NAME_A))
    b = clients.add_client(vault, Client(name="Bram Beek"))
    session.openClientRequested.emit(a.id)
    workspace = window.workspace
    workspace.tabs.setCurrentIndex(2)
    session.openClientRequested.emit(a.id)  # the same client again (a refresh): stays where it is
    assert workspace.tabs.currentIndex() == 2
    session.changed("client", a.id)  # a change re-shows the client: stays too
    assert workspace.tabs.currentIndex() == 2
    session.openClientRequested.emit(b.id)
    assert workspace.tabs.currentIndex() == 0
    assert not [t for t in visible_texts(workspace) if NAME_A in t]


def test_a_page_message_does_not_follow_to_the_next_client(qtbot, window, session):
    vault = session.vault
    a = clients.add_client(vault, Client(name=NAME_A))
    b = clients.add_client(vault, Client(name="Bram Beek"))
    session.openClientRequested.emit(a.id)
    pages_with_messages = [p for p in window.workspace.pages if hasattr(p, "message_label")]
    assert pages_with_messages
    for page in pages_with_messages:
        page.message_label.setText(f"⚠ iets over {NAME_A}")
    session.openClientRequested.emit(b.id)
    for page in pages_with_messages:
        assert NAME_A not in page.message_label.text(), type(page).__name__


def test_locking_and_unlocking_keeps_the_tab(qtbot, window, session):
    a = clients.add_client(session.vault, Client(name=NAME_A))
    session.openClientRequested.emit(a.id)
    window.workspace.tabs.setCurrentIndex(2)
    folder = Path(session.vault.folder)
    window.lock()
    assert not [t for t in visible_texts(window.workspace) if NAME_A in t]
    from oco_desktop.storage.vault import Vault

    window._unlocked_by_user(Vault.open(folder, PASSPHRASE))
    assert window.workspace.header.text() == NAME_A
    assert window.workspace.tabs.currentIndex() == 2



def test_every_client_page_drops_client_a_when_b_opens(qtbot, window, session):
    """Every registered client page (ui/shell/pages.py CLIENT_PAGES) has reset_for_new_client(); with a
    message about A on every page and each page shown in turn, nothing of A is left once B is open."""
    import importlib

    from oco_desktop.ui.shell import pages as registry

    vault = session.vault
    a = clients.add_client(vault, Client(name=NAME_A))
    cases.open_case(vault, a.id, title="Wonen en geld")
    b = clients.add_client(vault, Client(name="Bram Beek"))
    workspace = window.workspace
    registered = [getattr(importlib.import_module(m), c) for m, c in registry.CLIENT_PAGES]
    assert [type(p) for p in workspace.pages] == registered
    missing = [cls.__name__ for cls in registered if not callable(getattr(cls, "reset_for_new_client", None))]
    assert missing == []
    left = {}
    for index, page in enumerate(workspace.pages):
        session.openClientRequested.emit(a.id)
        workspace.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        message = getattr(page, "message_label", None)
        if message is not None:
            message.setText(f"Opgeslagen voor {NAME_A}")
        assert any(NAME_A in t or "Wonen en geld" in t for t in visible_texts(workspace))
        session.openClientRequested.emit(b.id)
        shown = [t for t in visible_texts(page) if NAME_A in t or "Wonen en geld" in t]
        if shown:
            left[type(page).__name__] = shown
    assert left == {}


@pytest.mark.parametrize("name", ["NotesPage", "FollowUpsPage", "RoutePage", "AccessLogPage"])
def test_the_reset_alone_leaves_nothing_of_client_a(qtbot, window, session, name):
    """The pages added for issue 15 drop A's content in reset_for_new_client() itself, before B is
    loaded (so a B that cannot be loaded never shows A)."""
    vault = session.vault
    a = clients.add_client(vault, Client(name=NAME_A))
    cases.open_case(vault, a.id, title="Wonen en geld")
    session.openClientRequested.emit(a.id)
    workspace = window.workspace
    [page] = [p for p in workspace.pages if type(p).__name__ == name]
    workspace.tabs.setCurrentWidget(page)
    qtbot.wait(10)
    page.reset_for_new_client()
    assert not [t for t in visible_texts(page) if NAME_A in t or "Wonen en geld" in t]
