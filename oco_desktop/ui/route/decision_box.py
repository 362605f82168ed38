"""The decision per provision (what, how much, pgb or in kind, start, end) and each plan goal marked
against it (met / partly / not, with a short why). A goal met partly or not offers the objection route."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain import dates_nl
from oco_desktop.domain.route import GoalCheck, Provision, Route
from oco_desktop.errors import OcoError
from oco_desktop.storage import route as route_store
from oco_desktop.ui.widgets.date_field import DateField


def form_label(form: str) -> str:
    return {
        "in_kind": QCoreApplication.translate("RouteDecision", "Zorg in natura"),
        "pgb": QCoreApplication.translate("RouteDecision", "Pgb (persoonsgebonden budget)"),
        "other": QCoreApplication.translate("RouteDecision", "Anders"),
    }.get(form, form)


class ProvisionDialog(QDialog):
    def __init__(self, provision: Provision | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toegekende hulp"))
        self.provision = provision or Provision(what="")
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.what = QLineEdit(self.provision.what)
        self.what.setObjectName("what")
        self.amount = QLineEdit(self.provision.amount)
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("bijvoorbeeld 3 uur per week"))
        self.form_combo = QComboBox()
        self.form_combo.setObjectName("form")
        for key in ("in_kind", "pgb", "other"):
            self.form_combo.addItem(form_label(key), key)
        self.form_combo.setCurrentIndex(max(0, self.form_combo.findData(self.provision.form)))
        self.start = DateField(allow_empty=True)
        self.start.setAccessibleName(self.tr("Begindatum"))
        self.start.setObjectName("start")
        self.start.setDate(self.provision.start_on)
        self.end = DateField(allow_empty=True)
        self.end.setAccessibleName(self.tr("Einddatum"))
        self.end.setObjectName("end")
        self.end.setDate(self.provision.end_on)
        for label, widget in ((self.tr("&Wat:"), self.what), (self.tr("&Hoeveel:"), self.amount),
                              (self.tr("&Vorm:"), self.form_combo), (self.tr("&Begin:"), self.start),
                              (self.tr("&Einde:"), self.end)):
            lab = QLabel(label)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        self.error = QLabel()
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.start.is_valid() or not self.end.is_valid():
            self.error.setText(self.tr("Schrijf een datum als dd-mm-jjjj, of laat het vak leeg."))
            return
        if not self.what.text().strip():
            self.error.setText(self.tr("Schrijf op wat de gemeente heeft toegekend."))
            return
        self.provision = replace(self.provision, what=self.what.text().strip(), amount=self.amount.text().strip(),
                                 form=self.form_combo.currentData(), start_on=self.start.date(),
                                 end_on=self.end.date())
        self.accept()


def ask_provision(parent: QWidget, provision: Provision | None) -> Provision | None:
    dialog = ProvisionDialog(provision, parent)
    try:
        return dialog.provision if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


OUTCOMES = ("", "met", "partly", "not")


class DecisionBox(QGroupBox):
    """Provisions and goal checks of one case; every change is stored at once."""

    changed = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.case_id: str | None = None
        self.setTitle(self.tr("Beslissing en doelen"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Wat heeft de gemeente besloten? Eén regel per voorziening.")))
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("provisions")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Wat"), self.tr("Hoeveel"), self.tr("Vorm"), self.tr("Begin"), self.tr("Einde")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Toegekende hulp"))
        self.table.doubleClicked.connect(lambda _i: self.edit_provision())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Voorziening &toevoegen…"))
        self.edit_button = QPushButton(self.tr("&Wijzigen…"))
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.add_button.clicked.connect(self.add_provision)
        self.edit_button.clicked.connect(self.edit_provision)
        self.remove_button.clicked.connect(self.remove_provision)
        for b in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.goals_heading = QLabel(self.tr("Past de beslissing bij de doelen uit het plan?"))
        bold = self.goals_heading.font()
        bold.setBold(True)
        self.goals_heading.setFont(bold)
        layout.addWidget(self.goals_heading)
        self.goals_host = QWidget()
        self.goals_grid = QGridLayout(self.goals_host)
        layout.addWidget(self.goals_host)
        self.objection_offer = QLabel()
        self.objection_offer.setObjectName("objection_offer")
        self.objection_offer.setWordWrap(True)
        layout.addWidget(self.objection_offer)
        self._provisions: list[Provision] = []
        self.goal_rows: dict[str, tuple[QComboBox, QLineEdit, str]] = {}

    def outcome_label(self, outcome: str) -> str:
        return {"": self.tr("nog niet bekeken"), "met": self.tr("gehaald"), "partly": self.tr("deels"),
                "not": self.tr("niet")}[outcome]

    def show_route(self, client_id: str | None, route: Route | None, offer: str) -> None:
        self.client_id = client_id
        self.case_id = route.case_id if route else None
        self._provisions = list(route.provisions) if route else []
        self.table.setRowCount(0)
        for p in self._provisions:
            r = self.table.rowCount()
            self.table.insertRow(r)
            fmt = dates_nl.format_date_nl_short
            for c, text in enumerate((p.what, p.amount, form_label(p.form), fmt(p.start_on) if p.start_on else "",
                                      fmt(p.end_on) if p.end_on else "")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._show_goals(route)
        self.objection_offer.setText(offer)
        self.objection_offer.setVisible(bool(offer))
        for w in (self.add_button, self.edit_button, self.remove_button):
            w.setEnabled(self.case_id is not None)

    def _show_goals(self, route: Route | None) -> None:
        while self.goals_grid.count():
            item = self.goals_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.goal_rows = {}
        if route is None or not self.session.is_unlocked:
            return
        goals = route_store.plan_goals(self.session.vault, self.session.definitions, self.client_id, route.case_id)
        checks = {g.goal_key: g for g in route.goal_checks}
        for key, _text in list(goals):
            checks.setdefault(key, None)
        known = dict(goals)
        for g in route.goal_checks:
            known.setdefault(g.goal_key, g.goal_text)
        if not known:
            self.goals_grid.addWidget(QLabel(self.tr("Het plan heeft nog geen doelen ('Wat ik wil bereiken').")), 0, 0)
            return
        for row, (key, text) in enumerate(known.items()):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox()
            combo.setObjectName(f"goal:{key}")
            combo.setAccessibleName(self.tr("Uitkomst voor dit doel") + ": " + text)  # which goal, for a screen reader
            for outcome in OUTCOMES:
                combo.addItem(self.outcome_label(outcome), outcome)
            why = QLineEdit()
            why.setObjectName(f"why:{key}")
            why.setPlaceholderText(self.tr("kort waarom"))
            why.setAccessibleName(self.tr("Waarom") + ": " + text)
            check = checks.get(key)
            if check is not None:
                combo.setCurrentIndex(combo.findData(check.outcome))
                why.setText(check.why)
            combo.currentIndexChanged.connect(lambda _i, k=key: self._goal_edited(k))
            why.editingFinished.connect(lambda k=key: self._goal_edited(k))
            self.goals_grid.addWidget(label, row, 0)
            self.goals_grid.addWidget(combo, row, 1)
            self.goals_grid.addWidget(why, row, 2)
            self.goal_rows[key] = (combo, why, text)
        self.goals_grid.setColumnStretch(0, 2)
        self.goals_grid.setColumnStretch(2, 1)

    def set_goal(self, key: str, outcome: str, why: str = "") -> None:
        """Mark a goal (used by keyboard users through the widgets, and by tests)."""
        combo, why_edit, _text = self.goal_rows[key]
        why_edit.setText(why)
        combo.setCurrentIndex(combo.findData(outcome))
        self._goal_edited(key)

    def _goal_edited(self, key: str) -> None:
        if self.case_id is None or not self.session.is_unlocked:
            return
        combo, why, text = self.goal_rows[key]
        outcome = combo.currentData()
        try:
            if outcome:
                route_store.set_goal_check(self.session.vault, self.case_id,
                                           GoalCheck(key, text, outcome, why.text().strip()))
            else:
                route_store.clear_goal_check(self.session.vault, self.case_id, key)
        except OcoError as exc:
            QMessageBox.warning(self, self.tr("Doel"), str(exc))
            return
        self.changed.emit()

    def _selected(self) -> Provision | None:
        row = self.table.currentRow()
        return self._provisions[row] if 0 <= row < len(self._provisions) else None

    def add_provision(self) -> None:
        self._store(ask_provision(self, None))

    def edit_provision(self) -> None:
        current = self._selected()
        if current is not None:
            self._store(ask_provision(self, current))

    def _store(self, provision: Provision | None) -> None:
        if provision is None or self.case_id is None:
            return
        try:
            route_store.save_provision(self.session.vault, self.case_id, provision)
        except OcoError as exc:
            QMessageBox.warning(self, self.tr("Toegekende hulp"), str(exc))
            return
        self.changed.emit()

    def remove_provision(self) -> None:
        current = self._selected()
        if current is None or self.case_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Verwijderen"),
                                      self.tr("Deze voorziening verwijderen: {what}?").format(what=current.what))
        if answer == QMessageBox.StandardButton.Yes:
            route_store.delete_provision(self.session.vault, self.case_id, current.id)
            self.changed.emit()
