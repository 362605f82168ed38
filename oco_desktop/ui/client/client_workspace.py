"""The right-hand side of the main window: the opened client, one tab per CLIENT_PAGES entry.

It opens a client on `session.openClientRequested`, passes cases and notes on to its pages, and
drops everything it shows when the session locks (it keeps only the client's id, to reopen it after
unlocking).
"""

from __future__ import annotations

import importlib
import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QScrollBar, QStackedWidget, QVBoxLayout, QWidget

from oco_desktop.errors import OcoError
from oco_desktop.storage.clients import get_client
from oco_desktop.ui.shell import pages as page_registry
from oco_desktop.ui.shell.session import Session
from oco_desktop.ui.widgets.a11y import announce
from oco_desktop.ui.widgets.page_tabs import PageTabs

log = logging.getLogger(__name__)


def instantiate_pages(entries: list[tuple[str, str]], session: Session, parent: QWidget) -> list[QWidget]:
    """One widget per registered page. A page that fails to load becomes a short notice, not a crash."""
    widgets: list[QWidget] = []
    for module_name, class_name in entries:
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
            widgets.append(cls(session, parent))
        except Exception as exc:  # a broken page must not take the whole app down
            log.error("page %s.%s failed to load: %s", module_name, class_name, type(exc).__name__)
            notice = QLabel(
                QCoreApplication.translate("ClientWorkspace", "Dit onderdeel kon niet worden geladen."), parent
            )
            notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
            notice.title = lambda: QCoreApplication.translate("ClientWorkspace", "Niet beschikbaar")  # type: ignore[attr-defined]
            widgets.append(notice)
    return widgets


def scroll_to_start(page: QWidget) -> None:
    """Every scroll area, table and list of `page` back at its top left."""
    for area in [page, *page.findChildren(QAbstractScrollArea)]:
        if isinstance(area, QAbstractScrollArea) and shiboken6.isValid(area):
            for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
                # A wrapper of a widget Qt already deleted can come back as another type (seen in the
                # full test run: a QWidgetItem); only a live scroll bar is touched.
                if isinstance(bar, QScrollBar) and shiboken6.isValid(bar):
                    bar.setValue(bar.minimum())


def page_title(page: QWidget) -> str:
    title = getattr(page, "title", None)
    return title() if callable(title) else page.objectName() or "?"


class ClientWorkspace(QWidget):
    def __init__(self, session: Session, parent=None, entries: list[tuple[str, str]] | None = None):
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self._reopen_after_unlock: str | None = None

        self.stack = QStackedWidget(self)
        self.empty_label = QLabel(self.tr("Kies een cliënt om zijn of haar gegevens te zien."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack.addWidget(self.empty_label)

        client_area = QWidget(self)
        self.header = QLabel(client_area)
        self.header.setObjectName("clientHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        header_font = QFont(self.header.font())
        header_font.setBold(True)
        if header_font.pointSizeF() > 0:
            header_font.setPointSizeF(header_font.pointSizeF() * 1.3)  # relative to the system size
        self.header.setFont(header_font)
        self.header.setAccessibleName(self.tr("Naam van de cliënt"))
        self.tabs = PageTabs(client_area)
        self.tabs.setAccessibleName(self.tr("Onderdelen van de cliënt"))
        # The pages are built when the first client is opened (or when asked for): until then nobody
        # sees them, and unlocking does not wait for eight pages and their imports.
        self._entries = page_registry.CLIENT_PAGES if entries is None else entries
        self._pages: list[QWidget] | None = None
        layout = QVBoxLayout(client_area)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.client_area = client_area
        self.stack.addWidget(client_area)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        session.openClientRequested.connect(self.open_client)
        session.openCaseRequested.connect(self.open_case)
        session.openNoteRequested.connect(self.open_note)
        session.dataChanged.connect(self._data_changed)
        session.locked.connect(self._locked)
        session.unlocked.connect(self._unlocked)

    @property
    def pages(self) -> list[QWidget]:
        """The client's pages in tab order, built on first use."""
        if self._pages is None:
            self._pages = instantiate_pages(self._entries, self.session, self.tabs)
            for page in self._pages:
                self.tabs.addTab(page, page_title(page))
            if not self._pages:
                self.tabs.addTab(QLabel(self.tr("Er zijn nog geen onderdelen voor cliënten."), self.tabs), "–")
        return self._pages

    # -- opening --------------------------------------------------------------------------------
    def open_client(self, client_id: str, *, fresh: bool | None = None) -> bool:
        """Show `client_id` on every page. Another client than the one shown (`fresh`) starts clean:
        every page drops its messages, choices and scroll positions, and "Gegevens" comes first."""
        if not self.session.is_unlocked:
            return False
        try:
            client = get_client(self.session.vault, client_id)
        except OcoError as exc:
            log.warning("client could not be opened: %s", type(exc).__name__)
            self.close_client()
            return False
        fresh = client_id != self.client_id if fresh is None else fresh
        if fresh:
            for page in self.pages:
                reset = getattr(page, "reset_for_new_client", None)
                if callable(reset):
                    reset()  # before show_client: nothing of the previous client is left to show
        self.client_id = client_id
        self.header.setText(client.display_name)  # the name alone: its own direction is right
        self.announce_client(client.display_name)
        for page in self.pages:
            if hasattr(page, "show_client"):
                page.show_client(client_id)
        if fresh:
            self.tabs.setCurrentIndex(0)
            for index in range(self.tabs.count()):  # the page's own scroll areas and the one around it
                scroll_to_start(self.tabs.scroller(index) or self.tabs.widget(index))
        self.stack.setCurrentWidget(self.client_area)
        return True

    def announce_client(self, name: str) -> None:
        """A screen reader hears which client is open: the header carries the name, and it is announced."""
        text = self.tr("Cliënt geopend: %1").replace("%1", name)
        self.header.setAccessibleName(self.tr("Open cliënt: %1").replace("%1", name))
        self.header.setAccessibleDescription(text)
        announce(self.header, text)

    def open_case(self, client_id: str, case_id: str) -> None:
        if (client_id != self.client_id and not self.open_client(client_id)) or not self.session.is_unlocked:
            return
        for page in self.pages:
            if hasattr(page, "show_case"):
                page.show_case(case_id)

    def open_note(self, client_id: str, note_id: str) -> None:
        if (client_id != self.client_id and not self.open_client(client_id)) or not self.session.is_unlocked:
            return
        for page in self.pages:
            if callable(getattr(page, "show_note", None)):
                self.tabs.setCurrentWidget(page)
                page.show_note(note_id)
                return

    def close_client(self) -> None:
        self.client_id = None
        self.header.clear()
        for page in self._pages or ():  # pages never built show nothing yet
            if hasattr(page, "show_client"):
                page.show_client(None)
        self.stack.setCurrentWidget(self.empty_label)

    # -- session events -----------------------------------------------------------------------------
    def _data_changed(self, kind: str, record_id: str) -> None:
        if kind != "client" or self.client_id is None or not self.session.is_unlocked:
            return
        if record_id in ("", self.client_id):
            current = self.client_id
            self.open_client(current) if self._still_exists(current) else self.close_client()

    def _still_exists(self, client_id: str) -> bool:
        from oco_desktop.storage.clients import find_client

        return find_client(self.session.vault, client_id) is not None

    def _locked(self) -> None:
        self._reopen_after_unlock = self.client_id
        # The vault is closed: drop the name from the screen without asking pages to read anything.
        self.client_id = None
        self.header.clear()
        self.stack.setCurrentWidget(self.empty_label)

    def _unlocked(self) -> None:
        client_id, self._reopen_after_unlock = self._reopen_after_unlock, None
        if client_id:
            self.open_client(client_id, fresh=False)  # the same client as before the lock: stay on its tab
