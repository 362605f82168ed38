"""Issue 15 point 2: Tab and Shift+Tab reach every enabled control of every page and dialog, in reading
order, and come back round (no table, text box or empty date field keeps the focus).

Pages come from ui/shell/pages.py and dialogs from its DIALOGS list, so new ones are walked too."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from oco_desktop.ui.shell import layout_audit
from tests.gui_helpers import dialogs, fill_demo, main_window, open_first_client


@pytest.fixture
def window(qtbot, vault, session):
    fill_demo(vault)
    w = main_window(qtbot, session, vault.folder)
    open_first_client(w, session)
    w.activateWindow()
    yield w
    w.idle.uninstall()


def _walk_problems(top) -> dict:
    found = {}
    walk = layout_audit.tab_walk(top)
    if not walk.came_back:
        found["stuck"] = layout_audit.describe(walk.stuck_at) if walk.stuck_at else f"no way back ({len(walk.visited)})"
    missing = [layout_audit.describe(w) for w in layout_audit.not_reached(top, walk)]
    if missing:
        found["not reached"] = missing
    order = layout_audit.reading_order_problems(walk.visited)
    if order:
        found["reading order"] = order
    back = layout_audit.tab_walk(top, backwards=True)
    if not back.came_back:
        found["shift+tab stuck"] = layout_audit.describe(back.stuck_at) if back.stuck_at else "no way back"
    return found


def test_tab_goes_round_every_client_page(window):
    problems = {}
    for index in range(window.workspace.tabs.count()):
        window.workspace.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        if found := _walk_problems(window):
            problems[window.workspace.tabs.tabText(index)] = found
    assert problems == {}


def test_tab_goes_round_every_home_page(window):
    problems = {}
    for index in range(window.home_tabs.count()):
        window.show_home_tab(index)
        QApplication.processEvents()
        if found := _walk_problems(window):
            problems[window.home_tabs.tabText(index)] = found
    assert problems == {}


def test_tab_goes_round_every_dialog(window, session):
    problems = {}
    for name, dialog in dialogs(session, window):
        dialog.show()
        dialog.activateWindow()
        QApplication.processEvents()
        if found := _walk_problems(dialog):
            problems[name] = found
        dialog.reject()
    assert problems == {}


def test_the_walk_finds_a_trap(qtbot):
    from PySide6.QtWidgets import QLineEdit, QTableWidget, QVBoxLayout, QWidget

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    first = QLineEdit()
    table = QTableWidget(3, 3)
    table.setTabKeyNavigation(True)
    layout.addWidget(first)
    layout.addWidget(table)
    layout.addWidget(QLineEdit())
    box.show()
    box.activateWindow()
    # without the app's keyboard rules a table keeps Tab for its cells
    app = QApplication.instance()
    rules = getattr(app, "_oco_keyboard_rules", None)
    if rules is not None:
        app.focusChanged.disconnect(rules._focus)
    try:
        walk = layout_audit.tab_walk(box, start=table)
        assert not walk.came_back
    finally:
        if rules is not None:
            app.focusChanged.connect(rules._focus)
