"""Tab goes everywhere, in reading order, and never gets stuck.

- `install_keyboard_rules(app)`: whatever gets focus, Tab moves on from it: tables and lists move between
  cells with the arrow keys (not Tab), multi-line text boxes pass Tab on to the next control.
- `tab_order_by_layout(root)`: the Tab order of `root`'s controls follows its layouts (top to bottom, left
  to right, as they are read), also for controls added later (life-domain boxes, checklist task cards).
- `no_focus_on_containers(root)`: scroll areas that only hold a page take no focus of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLayout,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

_SHOW, _KEY_PRESS = QEvent.Type.Show, QEvent.Type.KeyPress
_COMPOUND = (QAbstractSpinBox, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit)


def make_tab_friendly(widget: QWidget) -> None:
    if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
        widget.setTabKeyNavigation(False)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.tabChangesFocus():
        widget.setTabChangesFocus(True)


class _KeyboardRules(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        app.focusChanged.connect(self._focus)
        app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()  # once: every event of the application passes here
        if kind == _SHOW and isinstance(obj, QDialog):
            tab_order_by_layout(obj)  # fields added in code after the form was built still come in order
            return False
        if (kind == _KEY_PRESS and isinstance(obj, QDateTimeEdit)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and _shows_empty(obj)):
            move_focus(obj, forward=event.key() == Qt.Key.Key_Tab
                       and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return True  # an empty date field ("Geen datum") has no day/month/year to step through
        return False

    @staticmethod
    def _focus(_old, new) -> None:
        if new is not None:
            make_tab_friendly(new)


def _shows_empty(edit: QDateTimeEdit) -> bool:
    return bool(edit.specialValueText()) and edit.dateTime() == edit.minimumDateTime()


def move_focus(widget: QWidget, forward: bool = True) -> None:
    """Give focus to the next (or previous) control in the window's Tab chain."""
    step = (lambda w: w.nextInFocusChain()) if forward else (lambda w: w.previousInFocusChain())
    candidate = step(widget)
    while candidate is not None and candidate is not widget:
        inside = isinstance(candidate.parentWidget(), (QAbstractSpinBox, QComboBox)) or widget.isAncestorOf(candidate)
        if (candidate.window() is widget.window() and not inside and candidate.isVisible() and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
            candidate.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
            return
        candidate = step(candidate)


def install_keyboard_rules(app: QApplication | None = None) -> None:
    app = app or QApplication.instance()
    if app is not None and not getattr(app, "_oco_keyboard_rules", None):
        app._oco_keyboard_rules = _KeyboardRules(app)


def no_focus_on_containers(root: QWidget) -> None:
    for area in root.findChildren(QScrollArea):
        if area.focusPolicy() != Qt.FocusPolicy.NoFocus:
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def _takes_tab(widget: QWidget) -> bool:
    return (widget.isVisibleTo(widget.window()) and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None)


def _layout_items(layout: QLayout) -> list:
    items = [layout.itemAt(i) for i in range(layout.count())]
    if isinstance(layout, QGridLayout):
        def grid_key(i):
            row, column, _rs, _cs = layout.getItemPosition(i)
            return row, column
        order = sorted(range(layout.count()), key=grid_key)
        return [items[i] for i in order]
    if isinstance(layout, QFormLayout):
        def form_key(i):
            row, role = layout.getItemPosition(i)
            return row, int(role.value) if hasattr(role, "value") else int(role)
        order = sorted(range(layout.count()), key=form_key)
        return [items[i] for i in order]
    return items


def _collect(widget: QWidget, out: list[QWidget]) -> None:
    proxy = widget.focusProxy()
    if proxy is not None and widget.isAncestorOf(proxy):
        if _takes_tab(proxy):  # a compound control (e.g. a date field): placed as one, its inside untouched
            out.append(widget)
        return
    if _takes_tab(widget) and not isinstance(widget, QScrollArea):
        out.append(widget)
    if isinstance(widget, _COMPOUND):
        return
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        _collect(widget.widget(), out)
        return
    if isinstance(widget, (QTabWidget, QStackedWidget)):
        if isinstance(widget, QTabWidget):
            out.append(widget.tabBar()) if _takes_tab(widget.tabBar()) else None
        current = widget.currentWidget()
        if current is not None:
            _collect(current, out)
        return
    if isinstance(widget, QSplitter):
        for i in range(widget.count()):
            _collect(widget.widget(i), out)
        return
    layout = widget.layout()
    if layout is not None:
        _collect_layout(layout, out)


def _collect_layout(layout: QLayout, out: list[QWidget]) -> None:
    for item in _layout_items(layout):
        if item is None:
            continue
        if item.widget() is not None:
            _collect(item.widget(), out)
        elif item.layout() is not None:
            _collect_layout(item.layout(), out)


def tab_order_by_layout(root: QWidget) -> list[QWidget]:
    """Chain the Tab order of `root`'s shown controls in layout (reading) order; returns that order."""
    order: list[QWidget] = []
    layout = root.layout()
    if layout is not None:
        _collect_layout(layout, order)
    elif isinstance(root, QAbstractScrollArea):
        _collect(root, order)
    seen = set()
    unique = [w for w in order if not (id(w) in seen or seen.add(id(w)))]
    for first, second in zip(unique, unique[1:], strict=False):
        QWidget.setTabOrder(first, second)
    return unique
