"""One search box for the whole caseload: clients by name and notes by their text (FTS5).

Results come in two groups (clients, notes). A note result shows the client's name, the date and a
snippet with the hit in bold; Enter or a double click opens the client or the note.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.dates_nl import format_date_en_short, format_date_nl_short
from oco_desktop.errors import OcoError
from oco_desktop.storage.convert import parse_date
from oco_desktop.storage.search import HIT_END, HIT_START, search_clients, search_notes
from oco_desktop.ui.widgets.bidi import isolate

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "client" | "note"
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 3
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 4
REFRESH_KINDS = {"client", "note"}


def snippet_to_html(snippet: str) -> str:
    """Escape everything, then turn the hit markers into <b>…</b>."""
    return html.escape(snippet, quote=False).replace(HIT_START, "<b>").replace(HIT_END, "</b>")


def snippet_to_text(snippet: str) -> str:
    return snippet.replace(HIT_START, "").replace(HIT_END, "")


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE (when set) as rich text in the palette's colours."""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self._view = view

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument | None:
        markup = index.data(HTML_ROLE)
        if not markup:
            return None
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(markup)
        # option.rect is not set when Qt asks for a size hint: wrap to the visible width instead.
        width = option.rect.width() if option.rect.width() > 0 else self._view.viewport().width()
        doc.setTextWidth(max(width - self._view.indentation() - 8, 120))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        if doc is None:
            super().paint(painter, option, index)
            return
        style = opt.widget.style() if opt.widget else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        painter.translate(text_rect.topLeft())
        painter.setClipRect(QRectF(0, 0, text_rect.width(), text_rect.height()))
        doc.setTextWidth(text_rect.width())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        if doc is None:
            return super().sizeHint(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)


class ResultTree(QTreeView):
    """Opens the current result on Enter (Qt's `activated` differs per platform)."""

    def __init__(self, open_index, parent=None):
        super().__init__(parent)
        self._open_index = open_index

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # rich-text rows wrap differently at a new width


class SearchView(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self._session = session
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(self._timer.start)
        session.dataChanged.connect(self._on_data_changed)
        session.locked.connect(self._on_locked)
        session.unlocked.connect(self.run_search)

    def title(self) -> str:
        return self.tr("Zoeken")

    def focus_input(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search_edit.selectAll()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Zoek in namen en notities"))
        self.search_edit.installEventFilter(self)
        label = QLabel(self.tr("&Zoeken:"), self)
        label.setBuddy(self.search_edit)
        row.addWidget(label)
        row.addWidget(self.search_edit, 1)
        layout.addLayout(row)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("searchStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status_label)

        self.model = QStandardItemModel(self)
        self.results = ResultTree(self._open_index, self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Zoekresultaten"))
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setItemsExpandable(False)
        self.results.setUniformRowHeights(False)
        self.results.setWordWrap(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.doubleClicked.connect(self._open_index)
        layout.addWidget(self.results, 1)

    # -- searching -------------------------------------------------------------------------------------
    def query(self) -> str:
        return self.search_edit.text().strip()

    def run_search(self) -> None:
        self._timer.stop()
        self.model.clear()
        text = self.query()
        if not text or not self._session.is_unlocked:
            self.status_label.clear()
            return
        try:
            clients = search_clients(self._session.vault, text)
            notes = search_notes(self._session.vault, text)
        except OcoError as error:
            log.warning("search failed: %s", type(error).__name__)
            self.status_label.setText(str(error))
            return
        if not clients and not notes:
            self.status_label.setText(self.tr("Geen resultaten voor “%1”.").replace("%1", text))
            return
        self.status_label.setText(
            self.tr("Cliënten: %1 · notities: %2").replace("%1", str(len(clients))).replace("%2", str(len(notes)))
        )
        if clients:
            group = self._group(self.tr("Cliënten (%1)").replace("%1", str(len(clients))))
            for hit in clients:
                group.appendRow(self._client_item(hit))
        if notes:
            group = self._group(self.tr("Notities (%1)").replace("%1", str(len(notes))))
            for hit in notes:
                group.appendRow(self._note_item(hit))
        self.results.expandAll()

    def _group(self, title: str) -> QStandardItem:
        item = QStandardItem(title)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, not openable
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.model.appendRow(item)
        return item

    def _client_item(self, hit) -> QStandardItem:
        # Two names in a row are isolated: Arabic or Hebrew script keeps its direction, the row stays put.
        text = hit.name if not hit.preferred_name or hit.preferred_name == hit.name else (
            f"{isolate(hit.preferred_name)} ({isolate(hit.name)})"
        )
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setData("client", KIND_ROLE)
        item.setData(hit.client_id, CLIENT_ID_ROLE)
        return item

    def _date(self, iso_text: str) -> str:
        day = parse_date(iso_text)
        if day is None:
            return ""
        return format_date_en_short(day) if self._session.lang == "en" else format_date_nl_short(day)

    def _note_item(self, hit) -> QStandardItem:
        heading = f"{isolate(hit.client_name)} · {self._date(hit.contact_on)}"
        # Plain text for screen readers and copying; the delegate paints the HTML.
        item = QStandardItem(f"{heading}\n{snippet_to_text(hit.snippet)}")
        item.setData(f"{html.escape(heading, quote=False)}<br>{snippet_to_html(hit.snippet)}", HTML_ROLE)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setData("note", KIND_ROLE)
        item.setData(hit.client_id, CLIENT_ID_ROLE)
        item.setData(hit.note_id, NOTE_ID_ROLE)
        return item

    # -- opening ---------------------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        kind = index.data(KIND_ROLE) if index.isValid() else None
        if kind == "client":
            self._session.openClientRequested.emit(index.data(CLIENT_ID_ROLE))
        elif kind == "note":
            self._session.openNoteRequested.emit(index.data(CLIENT_ID_ROLE), index.data(NOTE_ID_ROLE))

    def result_indexes(self) -> list[QModelIndex]:
        """Every openable result, top to bottom."""
        found = []
        for group_row in range(self.model.rowCount()):
            group = self.model.index(group_row, 0)
            found.extend(self.model.index(r, 0, group) for r in range(self.model.rowCount(group)))
        return found

    def eventFilter(self, watched, event) -> bool:
        # Down or Enter in the search field moves to the first result.
        if (
            watched is self.search_edit
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self._timer.isActive():
                self.run_search()
            results = self.result_indexes()
            if results:
                self.results.setCurrentIndex(results[0])
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    # -- session ---------------------------------------------------------------------------------------
    def _on_data_changed(self, kind: str, _record_id: str) -> None:
        if kind in REFRESH_KINDS and self.query():
            self._timer.start()

    def _on_locked(self) -> None:
        self._timer.stop()
        self.search_edit.clear()
        self.model.clear()
        self.status_label.clear()
