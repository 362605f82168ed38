"""Issue 15 point 1: the window fits a small laptop (1000x560) and every control can be reached.

Walks every registered home page and client page (ui/shell/pages.py), so pages added later are covered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication

from oco_desktop.ui.shell import layout_audit
from oco_desktop.ui.shell.main_window import CLIENT_MIN_WIDTH, MINIMUM_WINDOW
from tests.gui_helpers import SMALL, each_page, fill_demo, main_window, open_first_client


@pytest.fixture
def window(qtbot, vault, session):
    fill_demo(vault)
    w = main_window(qtbot, session, vault.folder)
    open_first_client(w, session)
    yield w
    w.idle.uninstall()


def test_the_window_can_be_as_small_as_1000_by_560(window):
    hint = window.minimumSizeHint()
    assert hint.width() <= MINIMUM_WINDOW.width() and hint.height() <= MINIMUM_WINDOW.height()
    for _pages in each_page(window):  # no page makes the window larger (the checklist did)
        assert window.size() == QSize(*SMALL), _pages


def test_every_button_of_every_page_can_be_reached_at_1000_by_560(window):
    problems = {}
    for pages in each_page(window):
        unreachable = [b.text for b in layout_audit.outside_buttons(window) if not b.reachable_by_scrolling]
        scrollbars = layout_audit.horizontal_scrollbars(window)
        if unreachable or scrollbars:
            problems[pages] = (unreachable, scrollbars)
    assert problems == {}


def test_the_audit_sees_a_button_that_cannot_be_reached(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    lost = QPushButton("Kwijt", window.centralWidget())
    lost.move(window.width() + 50, 10)
    lost.show()
    found = [b for b in layout_audit.outside_buttons(window) if "Kwijt" in b.text]
    assert found and not found[0].reachable_by_scrolling
    lost.deleteLater()


def test_the_divider_can_never_hide_the_client(window, qtbot):
    assert not window.work_area.childrenCollapsible()
    window.work_area.setSizes([window.width(), 0])
    QApplication.processEvents()
    assert window.workspace.width() >= CLIENT_MIN_WIDTH
    handle = window.work_area.handle(1)
    window.work_area.moveSplitter(window.width(), 1)  # as far right as a mouse can drag it
    QApplication.processEvents()
    assert window.workspace.isVisible() and window.workspace.width() >= CLIENT_MIN_WIDTH
    assert handle.isVisible()


def test_alt_0_brings_the_client_back_with_room(window, qtbot):
    window.work_area.setSizes([window.width(), 0])
    window.workspace_action.trigger()
    QApplication.processEvents()
    assert window.workspace.width() >= max(CLIENT_MIN_WIDTH, window.work_area.width() * 3 // 5 - 10)
    assert window.workspace.isAncestorOf(QApplication.focusWidget()) or window.workspace.tabs.hasFocus()


def test_the_window_opens_within_the_screen(window):
    window.resize(1600, 1000)
    window.fit_to_screen(QRect(0, 0, 1093, 574))  # 1366x768 at 125 %, minus the task bar
    frame = window.frameGeometry()
    assert frame.width() <= 1093 and frame.height() <= 574
    assert QRect(0, 0, 1093, 574).contains(frame)


def test_every_table_fits_its_viewport_at_1000_by_560(window):
    """The Overzicht 'Kerncijfers' table was narrower than its columns: the values sat off to the right.
    Long lists (the caseload, 4+ columns) may scroll sideways; tables of figures must fit."""
    problems = {}
    for pages in each_page(window):
        wide = layout_audit.tables_wider_than_viewport(window, wide_lists_ok=True)
        if wide:
            problems[pages] = wide
    assert problems == {}


def test_the_audit_sees_a_table_wider_than_its_viewport(window, qtbot):
    from PySide6.QtWidgets import QTableWidget

    table = QTableWidget(1, 3, window.centralWidget())
    table.setAccessibleName("Te breed")
    for column in range(3):
        table.setColumnWidth(column, 300)
    table.resize(200, 100)
    table.show()
    QApplication.processEvents()
    assert any("Te breed" in t for t in layout_audit.tables_wider_than_viewport(window))
    assert any("Te breed" in t for t in layout_audit.tables_wider_than_viewport(window, wide_lists_ok=True))
    table.deleteLater()
