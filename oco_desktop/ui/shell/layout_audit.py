"""Checks of what a window shows, as a person with a small screen, a keyboard or a screen reader meets it.

Used by `oco-desktop screenshot` (written into layout.json) and by the GUI tests:
- `outside_buttons(window, screen)`: enabled buttons that lie outside the visible area, and whether
  scrolling (or Tab, which scrolls a scroll area to the focused control) brings them into view;
- `horizontal_scrollbars(window)`: scroll areas that show a horizontal scrollbar;
- `duplicate_alt_letters(window)`: Alt letters used more than once among everything visible at once;
- `tab_walk(window)`: the controls Tab visits from the first one until it comes back round;
- `accessible_name_problems(widgets)`: inputs without an accessible name, and names used twice.
Only reads the widgets (scrolling aside); never touches the vault.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The Alt letter of a text with '&' ("Gegevens op&slaan" -> "S"); '&&' is a literal ampersand."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].upper()
        i += 1
    return None


def describe(widget: QWidget) -> str:
    """A short human description of a control for reports: its text or accessible name and class."""
    text = ""
    if isinstance(widget, (QAbstractButton, QLabel)):
        text = widget.text()
    text = (text or widget.accessibleName() or widget.objectName() or "").replace("&", "")
    return f"{type(widget).__name__} '{text}'" if text else type(widget).__name__


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.window().isVisible()


# -- Alt letters ---------------------------------------------------------------------------------------

def alt_letters(window: QWidget) -> dict[str, list[str]]:
    """Every Alt letter in use among what is visible at once: menu bar, tab bars, buttons, group boxes and
    labels with a buddy. Disabled controls count too: their letter is taken as soon as they are enabled."""
    found: dict[str, list[str]] = {}

    def add(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter:
            found.setdefault(letter, []).append(what)

    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), f"menu '{action.text().replace('&', '')}'")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QTabBar):
            if not widget.shortcut().isEmpty():  # an Alt letter switched off (other pane) does not count
                add(widget.shortcut().toString(QKeySequence.SequenceFormat.PortableText).replace("Alt+", "&"),
                    describe(widget))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), describe(widget))
        elif isinstance(widget, QGroupBox):
            add(widget.title(), f"QGroupBox '{widget.title().replace('&', '')}'")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    add(widget.tabText(i), f"tab '{widget.tabText(i).replace('&', '')}'")
    return found


def duplicate_alt_letters(window: QWidget) -> dict[str, list[str]]:
    return {letter: users for letter, users in sorted(alt_letters(window).items()) if len(users) > 1}


# -- what is on screen -------------------------------------------------------------------------------------

def _visible_rect(widget: QWidget, screen: QRect) -> QRect:
    """The part of `widget` (in window coordinates) not clipped by its ancestors or by `screen`."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(QRect(QPoint(0, 0), window.size())).intersected(screen)


def is_on_screen(widget: QWidget, screen: QRect | None = None) -> bool:
    """At least the middle and most of the control can be seen (a clipped edge is fine)."""
    window = widget.window()
    screen = screen if screen is not None else QRect(QPoint(0, 0), window.size())
    seen = _visible_rect(widget, screen)
    full = widget.width() * widget.height()
    if full == 0 or seen.isEmpty():
        return False
    middle = widget.mapTo(window, widget.rect().center())
    return seen.contains(middle) and seen.width() * seen.height() >= 0.6 * full


def _scroll_areas_around(widget: QWidget) -> list[QScrollArea]:
    areas = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            areas.append(parent)
        parent = parent.parentWidget()
    return areas


@dataclass
class OutsideButton:
    text: str
    reachable_by_scrolling: bool
    x: int
    y: int

    def as_dict(self) -> dict:
        return {"button": self.text, "reachable_by_scrolling": self.reachable_by_scrolling, "x": self.x, "y": self.y}


def outside_buttons(window: QWidget, screen: QRect | None = None) -> list[OutsideButton]:
    """Enabled, shown buttons outside the visible part of the window (`screen`, in window coordinates,
    defaults to the whole window). Each is then scrolled to, as Tab would, to see whether it can be reached;
    scroll positions are put back afterwards."""
    screen = screen if screen is not None else QRect(QPoint(0, 0), window.size())
    result: list[OutsideButton] = []
    for button in window.findChildren(QAbstractButton):
        if not (button.isVisible() and button.isEnabled()) or isinstance(button.parent(), QTabBar):
            continue
        if button.objectName().startswith("qt_"):  # Qt's own parts (a table's corner button)
            continue
        if button.window() is not window or is_on_screen(button, screen):
            continue
        where = button.mapTo(window, QPoint(0, 0))
        areas = _scroll_areas_around(button)
        saved = [(a, a.horizontalScrollBar().value(), a.verticalScrollBar().value()) for a in areas]
        for area in areas:  # innermost first
            area.ensureWidgetVisible(button, 8, 8)
        reachable = bool(areas) and is_on_screen(button, screen)
        for area, h, v in saved:
            area.horizontalScrollBar().setValue(h)
            area.verticalScrollBar().setValue(v)
        result.append(OutsideButton(describe(button), reachable, where.x(), where.y()))
    return result


def horizontal_scrollbars(window: QWidget, forms_only: bool = True) -> list[str]:
    """Scroll areas that show a horizontal scrollbar: pages and forms (QScrollArea), or with
    `forms_only=False` also tables, lists and text boxes (where a wide column may scroll)."""
    shown = []
    kind = QScrollArea if forms_only else QAbstractScrollArea
    for area in window.findChildren(kind):
        if area.isVisible() and area.window() is window and area.horizontalScrollBar().isVisible():
            shown.append(describe(area))
    return shown


WIDE_LIST_COLUMNS = 4


def tables_wider_than_viewport(window: QWidget, slack: int = 2, wide_lists_ok: bool = False) -> list[str]:
    """Shown tables whose columns do not fit their own viewport, so a column (often the values) sits off
    to the right, behind a scrollbar or clipped.

    With `wide_lists_ok`, a list of WIDE_LIST_COLUMNS or more columns that shows a horizontal scrollbar
    is accepted (the caseload: its first columns stay in view and the rest scroll sideways); a table of
    figures (a few columns) must always fit."""
    from PySide6.QtWidgets import QTableView

    wide = []
    for table in window.findChildren(QTableView):
        if not table.isVisible() or table.window() is not window:
            continue
        header = table.horizontalHeader()
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        columns = sum(header.sectionSize(i) for i in shown)
        if wide_lists_ok and len(shown) >= WIDE_LIST_COLUMNS and table.horizontalScrollBar().isVisible():
            continue
        if header.count() and columns > table.viewport().width() + slack:
            wide.append(f"{describe(table)} ({columns} > {table.viewport().width()})")
    return wide


# -- keyboard ------------------------------------------------------------------------------------------------

def is_keyboard_control(widget: QWidget) -> bool:
    """A control a keyboard user must be able to reach with Tab: shown, enabled and taking Tab focus."""
    if not (widget.isVisible() and widget.isEnabled()):
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if widget.focusProxy() is not None:
        return False
    # The parts of composite controls get focus through their owner.
    parent = widget.parentWidget()
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return False
    if isinstance(widget, QWidget) and type(widget).__name__ == "QWidget" and not widget.accessibleName():
        return False  # plain containers (scroll-area viewports, tab pages) are not controls
    return not (isinstance(parent, QAbstractScrollArea) and widget is parent.viewport())


@dataclass
class TabWalk:
    visited: list[QWidget] = field(default_factory=list)
    came_back: bool = False
    stuck_at: QWidget | None = None
    controls: list[QWidget] = field(default_factory=list)  # the window's controls when the walk began


def tab_walk(window: QWidget, start: QWidget | None = None, limit: int = 400, backwards: bool = False) -> TabWalk:
    """Press Tab (or Shift+Tab) from `start` (default: the first control) until focus is back where it began.

    Key presses go through the application like real ones (QTest), so a control that eats Tab is a trap:
    the walk stops there with `stuck_at`."""
    from PySide6.QtTest import QTest

    walk = TabWalk()
    controls = [w for w in window.findChildren(QWidget) if w.window() is window and is_keyboard_control(w)]
    walk.controls = controls
    if start is None and controls:
        def position(w: QWidget) -> tuple[int, int]:
            where = w.mapTo(window, QPoint(0, 0))
            return where.y(), where.x()
        start = min(controls, key=position)  # the first control a reader meets
    if start is None:
        walk.came_back = True
        return walk
    window.activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    first = QApplication.focusWidget()
    if first is None:
        return walk
    walk.visited.append(first)
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    same = 0
    for _ in range(limit):
        current = QApplication.focusWidget()
        QTest.keyClick(current, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab, modifier)
        QApplication.processEvents()
        after = QApplication.focusWidget()
        if after is current:
            # A date field moves through day, month and year first; more than that is a trap.
            same += 1
            if same > 3:
                walk.stuck_at = current
                return walk
            continue
        same = 0
        if after is first:
            walk.came_back = True
            return walk
        if after is not None:
            walk.visited.append(after)
    return walk


def not_reached(window: QWidget, walk: TabWalk) -> list[QWidget]:
    """Controls of `window` that the walk did not visit (a focus proxy's owner counts as its proxy)."""
    seen = set()
    for widget in walk.visited:
        try:
            seen.add(widget)
            parent = widget.parentWidget()
            while parent is not None:
                if parent.focusProxy() is widget:
                    seen.add(parent)
                parent = parent.parentWidget()
        except RuntimeError:  # rebuilt while walking
            continue
    missing = []
    for widget in walk.controls or window.findChildren(QWidget):
        try:
            if widget.window() is window and is_keyboard_control(widget) and widget not in seen:
                missing.append(widget)
        except RuntimeError:  # replaced while walking (a page that rebuilds after saving)
            continue
    return missing


def reading_order_problems(visited: list[QWidget]) -> list[tuple[str, str]]:
    """Pairs where Tab jumps back up without moving to a column further right (positions in the coordinates
    of the outermost scroll-area content, so scrolling while walking does not matter)."""

    def place(widget: QWidget) -> tuple[QWidget, QRect]:
        root = widget.window()
        for area in _scroll_areas_around(widget):  # innermost first: its scrolling does not move the pair
            if area.widget() is not None:
                root = area.widget()
                break
        return root, QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())

    problems = []
    for a, b in zip(visited, visited[1:], strict=False):
        try:
            root_a, ra = place(a)
            root_b, rb = place(b)
        except RuntimeError:  # rebuilt while walking
            continue
        if root_a is not root_b:
            continue
        if rb.bottom() < ra.top() and rb.left() < ra.right() - 4:
            problems.append((describe(a), describe(b)))
    return problems


# -- screen readers -----------------------------------------------------------------------------------------

INPUT_TYPES = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def accessible_name_problems(widgets: Iterable[QWidget]) -> tuple[list[str], dict[str, list[str]]]:
    """(inputs without an accessible name, names shared by several controls) among shown controls.

    Buttons, check boxes and radio buttons are named by their text; inputs need an accessible name or a
    label whose buddy they are."""
    buddies: dict[int, str] = {}
    widgets = [w for w in widgets if w.isVisible()]
    for widget in widgets:
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            buddies[id(widget.buddy())] = widget.text().replace("&", "")
    unnamed: list[str] = []
    names: dict[str, list[str]] = {}
    for widget in widgets:
        if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
            continue  # Qt's own parts of a table
        if isinstance(widget.parentWidget(), QLineEdit) and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue  # a text field's own clear button (read out as part of the field)
        if isinstance(widget, INPUT_TYPES) and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
                continue
            name = widget.accessibleName().strip() or buddies.get(id(widget), "").strip()
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QTabBar):
            name = (widget.accessibleName() or widget.text().replace("&", "")).strip()
            if not name and not widget.toolTip():
                unnamed.append(describe(widget))
                continue
        else:
            continue
        if not name:
            unnamed.append(describe(widget))
        else:
            names.setdefault(name, []).append(describe(widget))
    duplicates = {n: users for n, users in names.items() if len(users) > 1}
    return unnamed, duplicates
