"""A tab widget whose pages always fit: each page sits in its own scroll area.

A page can then never make the main window larger than a small laptop screen: when there is less room than
the page needs, it scrolls (and Tab scrolls the focused control into view). The scroll area is invisible
to callers: `widget(i)`, `currentWidget()`, `setCurrentWidget(page)` and `indexOf(page)` speak of the
pages themselves. The scroll areas take no focus of their own, so Tab goes straight to the page's controls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class PageScroller(QScrollArea):
    """The scroll area around one page."""

    def __init__(self, page: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = page
        self.setObjectName("pageScroller")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidget(page)


class PageTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.tidy_current())

    def tidy_current(self) -> None:
        """The shown page's Tab order follows its layout again (after it added or rebuilt controls)."""
        from oco_desktop.ui.widgets.keyboard import no_focus_on_containers, tab_order_by_layout

        page = self.currentWidget()
        if page is not None:
            no_focus_on_containers(page)
            tab_order_by_layout(page)

    def addTab(self, page: QWidget, title: str) -> int:  # noqa: N802 (Qt API)
        return super().addTab(PageScroller(page, self), title)

    def insertTab(self, index: int, page: QWidget, title: str) -> int:  # noqa: N802 (Qt API)
        return super().insertTab(index, PageScroller(page, self), title)

    def scroller(self, index: int) -> PageScroller | None:
        holder = super().widget(index)
        return holder if isinstance(holder, PageScroller) else None

    def widget(self, index: int) -> QWidget | None:
        holder = super().widget(index)
        return holder.page if isinstance(holder, PageScroller) else holder

    def currentWidget(self) -> QWidget | None:  # noqa: N802 (Qt API)
        holder = super().currentWidget()
        return holder.page if isinstance(holder, PageScroller) else holder

    def indexOf(self, page: QWidget) -> int:  # noqa: N802 (Qt API)
        for index in range(self.count()):
            if self.widget(index) is page or super().widget(index) is page:
                return index
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802 (Qt API)
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)
