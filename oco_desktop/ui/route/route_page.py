"""The "Route" page of a client: the route of the current case to and through the decision.

Each date is entered once here (request, plan handed in, interview, report received, application,
decision sent and received, end of the granted help, the decision's extended date); the deadlines that
follow are shown with their plain-Dutch explanation and, on a separate line, the law for the supporter.
Below: before and after the interview, the decision per provision with the plan's goals checked against
it, and the two letters the resident can sign (objection, notice of default) as PDF or text.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain import route as route_domain
from oco_desktop.domain.dates_nl import format_date_en, format_date_nl
from oco_desktop.domain.deadlines import explain_all, legal_line_en, legal_line_nl
from oco_desktop.domain.holidays import load_calendar
from oco_desktop.domain.letters import LetterKind
from oco_desktop.errors import OcoError
from oco_desktop.settings import Settings
from oco_desktop.storage import cases, clock
from oco_desktop.storage import route as route_store
from oco_desktop.ui.route.decision_box import DecisionBox
from oco_desktop.ui.route.route_letters import RouteLetters
from oco_desktop.ui.widgets.date_field import DateField
from oco_desktop.ui.widgets.flow_layout import FlowLayout

log = logging.getLogger(__name__)

DATE_FIELDS = ("request_date", "plan_handed_in", "access_interview_date", "report_received", "application_date",
               "decision_extended_to", "decision_sent_date", "decision_received", "help_end_date")
TEXT_FIELDS = ("interview_bring", "interview_who", "interview_questions", "interview_said", "interview_proposed")


class RoutePage(RouteLetters, QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.case_id: str | None = None
        self.route: route_domain.Route | None = None
        self.today_provider = clock.today  # tests replace this to fix "today"
        self.settings_provider = Settings
        self._announcing = False
        self._dirty = False  # typed since the last load or save
        self._loading = False
        self._build()
        session.aboutToLock.connect(self.save_pending)
        session.locked.connect(self._clear)
        session.unlocked.connect(self.reload)
        session.dataChanged.connect(self._on_data_changed)

    def title(self) -> str:
        return self.tr("Route")

    def route_label(self, key: str) -> str:
        return {"wmo": self.tr("Wmo (gemeente)"), "jeugdwet": self.tr("Jeugdwet (gemeente)"),
                "wlz": self.tr("Wlz (langdurige zorg, via het CIZ)"), "zvw": self.tr("Zvw (zorgverzekeraar)"),
                "other": self.tr("Anders")}[key]

    def date_label(self, key: str) -> str:
        return {
            "request_date": self.tr("&Melding bij de gemeente:"),
            "plan_handed_in": self.tr("&Plan ingeleverd:"),
            "access_interview_date": self.tr("&Gesprek (keukentafelgesprek):"),
            "report_received": self.tr("&Verslag van het gesprek ontvangen:"),
            "application_date": self.tr("&Aanvraag gedaan:"),
            "decision_extended_to": self.tr("Beslistermijn verlengd tot:"),
            "decision_sent_date": self.tr("Beslissing verstuurd (datum op de brief):"),
            "decision_received": self.tr("Beslissing o&ntvangen:"),
            "help_end_date": self.tr("Toegekende hulp stopt &op:"),
        }[key]

    # -- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.case_label = QLabel()
        self.case_label.setWordWrap(True)
        outer.addWidget(self.case_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        host = QWidget()
        self.content = QVBoxLayout(host)
        scroll.setWidget(host)
        outer.addWidget(scroll, 1)

        dates = QGroupBox(self.tr("Datums van de route"))
        form = QFormLayout(dates)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.route_combo = QComboBox()
        self.route_combo.setObjectName("route")
        for key in route_domain.ROUTES:
            self.route_combo.addItem(self.route_label(key), key)
        label = QLabel(self.tr("&Route:"))
        label.setBuddy(self.route_combo)
        form.addRow(label, self.route_combo)
        self.date_fields: dict[str, DateField] = {}
        for key in DATE_FIELDS:
            field = DateField(allow_empty=True)  # empty: not known yet
            field.setAccessibleName(self.date_label(key).replace("&", "").rstrip(":"))
            field.setObjectName(key)
            label = QLabel(self.date_label(key))
            label.setBuddy(field)
            form.addRow(label, field)
            self.date_fields[key] = field
        self.reference = QLineEdit()
        self.reference.setObjectName("decision_reference")
        label = QLabel(self.tr("&Kenmerk van de beslissing:"))
        label.setBuddy(self.reference)
        form.addRow(label, self.reference)
        self.save_button = QPushButton(self.tr("Route op&slaan"))
        self.save_button.setObjectName("save_route")
        self.save_button.clicked.connect(self.save)
        self.error_label = QLabel()
        self.error_label.setObjectName("route_error")
        self.error_label.setWordWrap(True)
        form.addRow(self.save_button, self.error_label)
        self.content.addWidget(dates)

        self.deadlines_box = QGroupBox(self.tr("Wat volgt uit deze datums"))
        self.deadlines_layout = QVBoxLayout(self.deadlines_box)
        self.content.addWidget(self.deadlines_box)

        letters = QGroupBox(self.tr("Brieven die de inwoner zelf ondertekent"))
        row = FlowLayout(letters)  # wraps on a small screen
        self.objection_button = QPushButton(self.tr("Bezwaarschri&ft maken…"))
        self.default_button = QPushButton(self.tr("&Ingebrekestelling maken…"))
        self.copy_objection = QPushButton(self.tr("Bezwaarschrift als tekst kopiëren"))
        self.copy_default = QPushButton(self.tr("Ingebrekestelling als tekst kopiëren"))
        self.objection_button.clicked.connect(lambda: self.make_letter(LetterKind.OBJECTION))
        self.default_button.clicked.connect(lambda: self.make_letter(LetterKind.DEFAULT))
        self.copy_objection.clicked.connect(lambda: self.copy_letter(LetterKind.OBJECTION))
        self.copy_default.clicked.connect(lambda: self.copy_letter(LetterKind.DEFAULT))
        for b in (self.objection_button, self.copy_objection, self.default_button, self.copy_default):
            row.addWidget(b)
        self.content.addWidget(letters)

        interview = QGroupBox(self.tr("Het gesprek"))
        iform = QFormLayout(interview)
        iform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        labels = {
            "interview_bring": self.tr("Voor het gesprek — wat neemt de inwoner mee?"),
            "interview_who": self.tr("Voor het gesprek — wie gaat er mee?"),
            "interview_questions": self.tr("Voor het gesprek — welke vragen stelt de inwoner?"),
            "interview_said": self.tr("Na het gesprek — wat is er ge&zegd?"),
            "interview_proposed": self.tr("Na het gesprek — wat stelt de gemeente voor?"),
        }
        self.text_fields: dict[str, QPlainTextEdit] = {}
        for key in TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setObjectName(key)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
            label = QLabel(labels[key])
            label.setBuddy(edit)
            iform.addRow(label, edit)
            self.text_fields[key] = edit
        self.prep_note = QLabel(self.tr("Leeg? Dan staat hier wat in het plan staat. Opslaan met 'Route opslaan'."))
        self.prep_note.setWordWrap(True)
        iform.addRow(self.prep_note)
        self.content.addWidget(interview)

        self.decision_box = DecisionBox(self.session)
        self.decision_box.changed.connect(self._decision_changed)
        self.content.addWidget(self.decision_box)
        self.content.addStretch(1)
        self._set_enabled(False)
        self.route_combo.activated.connect(self._mark_dirty)
        self.reference.textEdited.connect(self._mark_dirty)
        for field in self.date_fields.values():
            field.edit.textEdited.connect(self._mark_dirty)
        for edit in self.text_fields.values():
            edit.textChanged.connect(self._mark_dirty)

    def _mark_dirty(self, *_args) -> None:
        if not self._loading:
            self._dirty = True

    def save_pending(self) -> None:
        """Store what was typed (leaving the page, switching client, locking): nothing typed is lost.
        A date that is not a date keeps the page unsaved, with its message."""
        if self._dirty and self.route is not None and self.session.is_unlocked:
            self.save()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt)
        self.save_pending()
        super().hideEvent(event)

    def _set_enabled(self, enabled: bool) -> None:
        for w in (self.route_combo, self.save_button, self.reference, *self.date_fields.values(),
                  *self.text_fields.values(), self.objection_button, self.default_button,
                  self.copy_objection, self.copy_default):
            w.setEnabled(enabled)

    # -- showing ---------------------------------------------------------------------------------------
    def reset_for_new_client(self) -> None:
        """Another client is opened: store what was typed, then show nothing of this client's route."""
        self.save_pending()
        self.case_id = None
        self._clear()

    def show_client(self, client_id: str | None) -> None:
        self.save_pending()
        self.client_id = client_id
        self.case_id = None
        if client_id and self.session.is_unlocked:
            current = cases.current_case(self.session.vault, client_id)
            self.case_id = current.id if current else None
        self.reload()

    def show_case(self, case_id: str | None) -> None:
        if case_id is None:
            self.show_client(self.client_id)
            return
        self.save_pending()
        self.case_id = case_id
        self.reload()

    def _on_data_changed(self, kind: str, _record_id: str) -> None:
        if (kind in ("case", "checklist", "plan") and self.case_id and self.session.is_unlocked
                and not self._announcing and not self._dirty):  # never overwrite what is being typed
            self.reload()

    def _announce(self) -> None:
        """Tell the other views (Today, agenda) that the case's dates changed, without reloading here."""
        self._announcing = True
        try:
            self.session.changed("case", self.case_id)
        finally:
            self._announcing = False

    def _clear(self) -> None:
        loading, self._loading = self._loading, True  # emptying the fields is not typing
        self._dirty = False
        self.route = None
        self.case_label.clear()
        for f in self.date_fields.values():
            f.clear()
        for t in self.text_fields.values():
            t.clear()
        self.reference.clear()
        self.error_label.clear()
        self._show_deadlines()
        self.decision_box.show_route(None, None, "")
        self._set_enabled(False)
        self._loading = loading

    def reload(self) -> None:
        if not self.session.is_unlocked or self.case_id is None:
            self._clear()
            if self.client_id and self.session.is_unlocked:
                self.case_label.setText(self.tr("Deze cliënt heeft nog geen casus."))
            return
        vault = self.session.vault
        self._loading = True
        try:
            self._load(vault)
        finally:
            self._loading = False
        self._dirty = False

    def _load(self, vault) -> None:
        self.route = route_store.load(vault, self.case_id)
        case = cases.get_case(vault, self.case_id)
        self.case_label.setText(self.tr("Casus {code}").format(code=case.code)
                                + (f" — {case.title}" if case.title else ""))
        self.route_combo.setCurrentIndex(max(0, self.route_combo.findData(self.route.route)))
        for key, f in self.date_fields.items():
            f.setDate(getattr(self.route, key))
        self.reference.setText(self.route.decision_reference)
        prep = route_store.interview_prep(vault, self.session.definitions, self.route)
        for key, edit in self.text_fields.items():
            edit.setPlainText(prep.get(key, getattr(self.route, key)))
        self.error_label.clear()
        self._set_enabled(True)
        self._show_deadlines()
        self._show_decision()

    def _show_decision(self) -> None:
        lang = self.session.lang
        offer_fn = route_domain.objection_offer_en if lang == "en" else route_domain.objection_offer_nl
        offer = offer_fn(self.route, load_calendar()) if self.route else ""
        self.decision_box.show_route(self.client_id, self.route, offer)

    def deadline_texts(self) -> list[str]:
        return [w.text() for w in self.deadlines_box.findChildren(QLabel) if w.parent() is self.deadlines_box]

    def _show_deadlines(self) -> None:
        for label in self.deadlines_box.findChildren(QLabel):
            label.setParent(None)
            label.deleteLater()
        if self.route is None:
            return
        en = self.session.lang == "en"
        today = self.today_provider()
        calendar = load_calendar()
        lines: list[tuple[str, bool]] = []
        for late in route_domain.municipality_late(self.route, today, calendar):
            lines.append(((route_domain.late_text_en if en else route_domain.late_text_nl)(late, today), True))
            lines.append((route_domain.LATE_LAW_EN if en else route_domain.LATE_LAW_NL, False))
        found = route_domain.route_deadlines(self.route, calendar)
        for d, text in zip(found, explain_all(found, "en" if en else "nl"), strict=True):
            lines.append((text, d.last_day >= today))
            lines.append(((legal_line_en if en else legal_line_nl)(d), False))
        weeks = self.settings_provider().get("reassessment_reminder_weeks")
        reminder = route_domain.reassessment_reminder(self.route, weeks)
        if reminder is not None:
            fmt = format_date_en if en else format_date_nl
            lines.append((self.tr("De toegekende hulp stopt op {end}. Bereid de herindicatie voor vanaf {due} "
                                  "({weeks} weken ervoor).").format(end=fmt(reminder.help_ends),
                                                                     due=fmt(reminder.due), weeks=reminder.weeks),
                          True))
        if not lines:
            lines.append((self.tr("Vul de datums in: dan ziet u hier de termijnen."), False))
        for text, strong in lines:
            label = QLabel(text, self.deadlines_box)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = label.font()
            font.setBold(strong)
            font.setItalic(text.startswith(("Wet (", "Law (")))
            label.setFont(font)
            self.deadlines_layout.addWidget(label)

    # -- saving ------------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.route is None or not self.session.is_unlocked:
            return False
        bad = [self.date_label(k).replace("&", "").rstrip(":") for k, f in self.date_fields.items() if not f.is_valid()]
        if bad:
            self.error_label.setText(self.tr("Schrijf een datum als dd-mm-jjjj, of laat het vak leeg: {fields}.")
                                     .format(fields=", ".join(bad)))
            return False
        changes = {k: f.date() for k, f in self.date_fields.items()}
        changes.update({k: e.toPlainText() for k, e in self.text_fields.items()})
        new = replace(self.route, route=self.route_combo.currentData(),
                      decision_reference=self.reference.text().strip(), **changes)
        try:
            self.route = route_store.save(self.session.vault, new)
        except OcoError as exc:
            self.error_label.setText(str(exc))
            return False
        self._dirty = False
        self.error_label.setText(self.tr("Opgeslagen."))
        self._show_deadlines()
        self._show_decision()
        self._announce()
        return True

    def _decision_changed(self) -> None:
        if self.case_id and self.session.is_unlocked:
            self.route = route_store.load(self.session.vault, self.case_id)
            self._show_deadlines()
            self._show_decision()
            self._announce()
