"""The Qt model of the caseload: a table over CaseloadRow that filters and sorts itself.

The filtering and sort keys live in `oco_desktop.domain.caseload_filter` (no Qt). Sorting is one Python
sort on precomputed keys (real dates as day numbers): a QSortFilterProxyModel would call back into Python
twice per comparison (about 0.4 s for 2,000 rows). Filtering makes the list of rows shown in one Python
pass and tells the view in one layout change of the rows: a QSortFilterProxyModel asked Python about
each of the 2,000 rows and then told the view about every run of hidden rows one by one (2.3 ms of a
6-10 ms keystroke, issue 11). A model reset was tried too: the view then lays out and repaints its
column header at every key, which cost more than the proxy.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from oco_desktop.domain.caseload_filter import (
    Attention,
    Criteria,
    DeadlineState,
    PreparedRow,
    SortKey,
    deadline_state,
    filter_rows,
    narrows,
    prepare,
    row_order,
)
from oco_desktop.domain.dates_nl import format_date_en_short, format_date_nl_short
from oco_desktop.storage.caseload import CaseloadRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2

# Column order; each column sorts on its key.
COLUMNS: tuple[SortKey, ...] = (
    SortKey.NAME,
    SortKey.PHASE,
    SortKey.PROGRESS,
    SortKey.LIFE_DOMAINS,
    SortKey.CONTACT_FORM,
    SortKey.LAST_CONTACT,
    SortKey.NEXT_FOLLOW_UP,
    SortKey.PLAN_DUE,
    SortKey.ASSESSMENT_DUE,
)
WARNING_SIGN = "⚠"
# The signal overload with a layout-change hint (PySide emits the one without arguments by default).
_ROWS_ONLY = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, SORT_ROLE, CLIENT_ID_ROLE, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.FontRole})


class CaseloadTableModel(QAbstractTableModel):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self._session = session
        self._prepared: list[PreparedRow] = []  # every client, in sort order
        self._criteria = Criteria()
        self._accepted: list[bool] = []  # per row of _prepared: does it pass the criteria?
        self._shown: list[PreparedRow] = []  # the rows that pass, in sort order: the table's rows
        self._today = date.today()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # Bumped whenever the rows are loaded again (the view's summary is counted once per generation).
        self.generation = 0
        # Painting asks each visible cell for its text and font on every repaint (every keystroke in
        # the filter): texts are made once per row (by the row's identity, so sorting and filtering
        # keep them) and kept until the rows are loaded again.
        self._texts: dict[int, tuple[str, ...]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content ---------------------------------------------------------------------------------------
    def set_rows(self, rows: list[CaseloadRow], today: date) -> None:
        label = lambda domain_id: self._session.label("life_domains", domain_id)  # noqa: E731
        self.beginResetModel()
        self._today = today
        self._prepared = prepare(rows, label, today)
        if self._sort is not None:
            self._prepared = self._sorted(self._prepared, *self._sort)
        self._filter(None)
        self.generation += 1
        self._texts = {}
        self.endResetModel()

    @property
    def criteria(self) -> Criteria:
        return self._criteria

    def set_criteria(self, criteria: Criteria) -> None:
        """Show only the rows that pass `criteria`; a selected row stays selected while it passes."""
        if criteria == self._criteria:
            return
        # Typing on: only the rows the last keystroke left are checked.
        within = self._accepted if narrows(self._criteria, criteria) else None
        # A layout change of the rows only (VerticalSortHint): the column header is left alone, where a
        # reset would make it repaint on every keystroke.
        self.layoutAboutToBeChanged[_ROWS_ONLY].emit([], QAbstractItemModel.LayoutChangeHint.VerticalSortHint)
        old_shown = self._shown
        self._criteria = criteria
        self._filter(within)
        self._move_persistent_indexes(old_shown)
        self.layoutChanged[_ROWS_ONLY].emit([], QAbstractItemModel.LayoutChangeHint.VerticalSortHint)

    def _move_persistent_indexes(self, old_shown: list[PreparedRow]) -> None:
        """After the shown rows changed (sorted or filtered): each persistent index (the selection, the
        current row) follows its row, or becomes invalid when its row is no longer shown."""
        new_rows = {id(p): row for row, p in enumerate(self._shown)}
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            row = new_rows.get(id(old_shown[index.row()])) if index.row() < len(old_shown) else None
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(persistent, moved)

    def _filter(self, within: list[bool] | None) -> None:
        self._accepted = filter_rows(self._prepared, self._criteria, within)
        self._shown = [p for p, ok in zip(self._prepared, self._accepted, strict=True) if ok]

    def row_of(self, client_id: str) -> int | None:
        """The table row that shows this client, None when it is filtered out or unknown."""
        return next((r for r, p in enumerate(self._shown) if p.row.client_id == client_id), None)

    @staticmethod
    def _sorted(prepared: list[PreparedRow], column: int, order: Qt.SortOrder) -> list[PreparedRow]:
        key = COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(prepared, key=row_order(key), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old_shown = self._shown
        self._sort = (column, order)
        self._prepared = self._sorted(self._prepared, column, order)
        shown = {id(p) for p in old_shown}  # the same rows pass: only their order changes
        self._accepted = [id(p) in shown for p in self._prepared]
        self._shown = [p for p in self._prepared if id(p) in shown]
        self._move_persistent_indexes(old_shown)
        self.layoutChanged.emit()

    def clear(self) -> None:
        self.set_rows([], self._today)

    @property
    def prepared(self) -> list[PreparedRow]:
        """Every client's row, shown or not (the summary counts them all)."""
        return self._prepared

    @property
    def total(self) -> int:
        return len(self._prepared)

    @property
    def today(self) -> date:
        return self._today

    def row_at(self, row: int) -> CaseloadRow:
        return self._shown[row].row

    # -- Qt interface ----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_title(COLUMNS[section])

    def column_title(self, key: SortKey) -> str:
        return {
            SortKey.NAME: self.tr("Naam"),
            SortKey.PHASE: self.tr("Fase"),
            SortKey.PROGRESS: self.tr("Voortgang"),
            SortKey.LIFE_DOMAINS: self.tr("Levensgebieden"),
            SortKey.CONTACT_FORM: self.tr("Contactvorm"),
            SortKey.LAST_CONTACT: self.tr("Laatste contact"),
            SortKey.NEXT_FOLLOW_UP: self.tr("Volgende actie"),
            SortKey.PLAN_DUE: self.tr("Plan inleveren uiterlijk"),
            SortKey.ASSESSMENT_DUE: self.tr("Onderzoek klaar uiterlijk"),
        }[key]

    def multiData(self, index: QModelIndex | QPersistentModelIndex, role_data_span) -> None:  # noqa: N802 - Qt API
        # Painting a cell asks for seven roles at once: one Python call for all of them (plus one per role
        # this model has) instead of one per role, Qt's default. Every role is set or cleared: the item
        # delegate reuses the same span for every cell, so a role left alone keeps the last cell's value.
        valid = index.isValid()
        for role_data in role_data_span:
            role = role_data.role()
            value = self.data(index, role) if valid and role in _ROLES else None
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Painting asks for about ten roles per cell; answer the ones this model has nothing for first.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._shown):
            return None
        prepared = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(id(prepared))
            if texts is None:
                texts = self._texts[id(prepared)] = tuple(self.cell_text(prepared, k) for k in COLUMNS)
            return texts[index.column()]
        key = COLUMNS[index.column()]
        if role == SORT_ROLE:
            return prepared.sort_key(key)
        if role == CLIENT_ID_ROLE:
            return prepared.row.client_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(prepared, key)
        if role == Qt.ItemDataRole.FontRole and self._is_urgent(prepared, key):
            return self._bold
        return None

    # -- texts -----------------------------------------------------------------------------------------
    def _date(self, value: date | None) -> str:
        if value is None:
            return ""
        return format_date_en_short(value) if self._session.lang == "en" else format_date_nl_short(value)

    def _phase_label(self, phase: str | None) -> str:
        try:
            return self._session.definitions.phase(phase).title.get(self._session.lang)
        except KeyError:
            return phase or ""

    def _is_urgent(self, prepared: PreparedRow, key: SortKey) -> bool:
        row = prepared.row
        if key == SortKey.NEXT_FOLLOW_UP:
            return row.overdue_follow_ups > 0
        if key == SortKey.PLAN_DUE:
            return deadline_state(row.plan_due, self._today) == DeadlineState.SOON
        if key == SortKey.ASSESSMENT_DUE:
            return deadline_state(row.assessment_due, self._today) == DeadlineState.SOON
        if key == SortKey.CONTACT_FORM:
            return Attention.CHECKIN_DUE in prepared.attention
        return False

    def _deadline_text(self, due: date | None) -> str:
        state = deadline_state(due, self._today)
        if state is None:
            return ""
        text = self._date(due)
        if state == DeadlineState.SOON:
            return f"{text} — {WARNING_SIGN} " + self.tr("binnen 7 dagen")
        if state == DeadlineState.PASSED:
            return f"{text} — " + self.tr("verstreken")
        return text

    def cell_text(self, prepared: PreparedRow, key: SortKey) -> str:
        row = prepared.row
        if key == SortKey.NAME:
            return row.display_name
        if key == SortKey.PHASE:
            if row.case_id is None:
                return self.tr("Geen casus")
            if row.status == "closed":
                return self.tr("Afgesloten (%1)").replace("%1", self._phase_label(row.phase))
            return self._phase_label(row.phase)
        if key == SortKey.PROGRESS:
            if row.progress is None or row.status == "closed":
                return ""
            return f"{row.progress[0]}/{row.progress[1]}"
        if key == SortKey.LIFE_DOMAINS:
            return ", ".join(self._session.label("life_domains", d) for d in row.life_domains)
        if key == SortKey.CONTACT_FORM:
            return self._contact_form_text(prepared)
        if key == SortKey.LAST_CONTACT:
            return self._date(row.last_contact_on)
        if key == SortKey.NEXT_FOLLOW_UP:
            return self._follow_up_text(row)
        if key == SortKey.PLAN_DUE:
            return self._deadline_text(row.plan_due)
        if key == SortKey.ASSESSMENT_DUE:
            return self._deadline_text(row.assessment_due)
        return ""

    def _contact_form_text(self, prepared: PreparedRow) -> str:
        row = prepared.row
        if row.contact_form == "short_term":
            return self.tr("Kortdurend")
        if row.contact_form == "short_cycle":
            return self.tr("Kortcyclisch")
        if row.contact_form == "checkin":
            text = (self.tr("Waakvlam, elke %n dag(en)", "", row.checkin_interval_days) if row.checkin_interval_days
                    else self.tr("Waakvlam"))
            if Attention.CHECKIN_DUE in prepared.attention:
                text += f" — {WARNING_SIGN} " + self.tr("contact nodig")
            return text
        return ""

    def _follow_up_text(self, row: CaseloadRow) -> str:
        parts = [self._date(row.next_follow_up_on)] if row.next_follow_up else []
        if row.overdue_follow_ups:
            parts.append(f"{WARNING_SIGN} " + self.tr("%1 te laat").replace("%1", str(row.overdue_follow_ups)))
        if row.follow_ups_this_week:
            parts.append(self.tr("%1 deze week").replace("%1", str(row.follow_ups_this_week)))
        return " — ".join(parts)

    def _tooltip(self, prepared: PreparedRow, key: SortKey) -> str | None:
        row = prepared.row
        if key == SortKey.NAME:
            lines = [row.name]
            if row.case_code:
                lines.append(self.tr("Casus %1").replace("%1", row.case_code))
            return "\n".join(lines)
        if key == SortKey.PROGRESS and row.progress and row.status != "closed":
            return self.tr("%1 van %2 taken van deze fase gedaan of niet van toepassing").replace(
                "%1", str(row.progress[0])).replace("%2", str(row.progress[1]))
        if key == SortKey.CONTACT_FORM and row.checkin_due is not None:
            return self.tr("Volgend waakvlamcontact: %1").replace("%1", self._date(row.checkin_due))
        if key == SortKey.PLAN_DUE and row.plan_due is not None:
            return self.tr("Melding op %1; het persoonlijk plan kan uiterlijk op %2 naar de gemeente.").replace(
                "%1", self._date(row.request_date)).replace("%2", self._date(row.plan_due))
        if key == SortKey.ASSESSMENT_DUE and row.assessment_due is not None:
            return self.tr("Melding op %1; de gemeente moet het onderzoek uiterlijk op %2 klaar hebben.").replace(
                "%1", self._date(row.request_date)).replace("%2", self._date(row.assessment_due))
        return None
