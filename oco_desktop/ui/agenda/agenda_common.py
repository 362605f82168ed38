"""Shared bits of the today view and the follow-ups page: labels, date texts, the date dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain import dates_nl
from oco_desktop.domain.deadlines import (
    Deadline,
    DeadlineKind,
    explain_en,
    explain_nl,
    legal_line_en,
    legal_line_nl,
)
from oco_desktop.ui.widgets.date_field import DateField
from oco_desktop.ui.widgets.guarded_dialog import GuardedDialog


def kind_label(kind: str) -> str:
    labels = {
        "call": QCoreApplication.translate("Agenda", "Bellen"),
        "visit": QCoreApplication.translate("Agenda", "Huisbezoek"),
        "accompany": QCoreApplication.translate("Agenda", "Meegaan naar gesprek"),
        "document": QCoreApplication.translate("Agenda", "Document sturen of ophalen"),
        "checkin": QCoreApplication.translate("Agenda", "Waakvlamcontact"),
        "other": QCoreApplication.translate("Agenda", "Anders"),
    }
    return labels.get(kind, kind)


def deadline_label(kind: DeadlineKind) -> str:
    labels = {
        DeadlineKind.PLAN: QCoreApplication.translate("Agenda", "Persoonlijk plan inleveren"),
        DeadlineKind.ASSESSMENT: QCoreApplication.translate("Agenda", "Onderzoek gemeente klaar"),
        DeadlineKind.DECISION: QCoreApplication.translate("Agenda", "Besluit van de gemeente"),
        DeadlineKind.OBJECTION: QCoreApplication.translate("Agenda", "Bezwaar maken"),
    }
    return labels[DeadlineKind(kind)]


def check_note() -> str:
    return QCoreApplication.translate("Agenda", "Berekende datum — controleer altijd de brief van de gemeente.")


def long_date(d: date, lang: str) -> str:
    """'donderdag 12 maart 2026' / 'Thursday 12 March 2026'."""
    return dates_nl.format_date_en(d) if lang == "en" else dates_nl.format_date_nl(d)


def short_date(d: date, lang: str, today: date | None = None) -> str:
    """'donderdag 12 maart'; with `today`, a date in another year gets its year: 'dinsdag 11 maart 2025'."""
    if lang == "en":
        text = f"{dates_nl.weekday_en(d)} {d.day} {dates_nl.MONTHS_EN[d.month - 1]}"
    else:
        text = f"{dates_nl.weekday_nl(d)} {dates_nl.format_day_month_nl(d)}"
    return f"{text} {d.year}" if today is not None and d.year != today.year else text


def explain(d: Deadline, lang: str) -> str:
    return explain_en(d) if lang == "en" else explain_nl(d)


def legal_line(d: Deadline, lang: str) -> str:
    """The law behind the date, a separate line for the supporter (never inside the resident's text)."""
    return legal_line_en(d) if lang == "en" else legal_line_nl(d)


def deadline_marker(d: Deadline, today: date, lang: str) -> str:
    """The text marker that carries the urgency (never colour alone)."""
    last = long_date(d.last_day, lang)
    if d.last_day < today:
        return QCoreApplication.translate("Agenda", "⚠ Termijn verstreken: laatste dag was {date}").format(date=last)
    if (d.last_day - today).days <= 7:
        return QCoreApplication.translate("Agenda", "⚠ Termijn: laatste dag {date}").format(date=last)
    return QCoreApplication.translate("Agenda", "Termijn: laatste dag {date}").format(date=last)


class DateTimeDialog(GuardedDialog):
    """Pick a date and, optionally, a time (for moving a follow-up or a check-in). The date is typed the
    Dutch way or picked in the calendar; Escape asks before a changed choice is lost."""

    def __init__(self, title: str, current: date, current_time: str | None = None, parent: QWidget | None = None,
                 explanation: str = ""):
        super().__init__(parent, getattr(parent, "session", None))
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if explanation:
            info = QLabel(explanation)
            info.setWordWrap(True)
            layout.addWidget(info)
        form = self.form = QFormLayout()
        self.current = current
        self.date_edit = DateField(allow_empty=False)
        self.date_edit.setDate(current)
        self.date_edit.setObjectName("date_edit")
        self.date_edit.setAccessibleName(QCoreApplication.translate("Agenda", "Datum"))
        date_label = QLabel(QCoreApplication.translate("Agenda", "&Datum:"))
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, self.date_edit)
        self.with_time = QCheckBox(QCoreApplication.translate("Agenda", "Op een vaste &tijd"))
        self.with_time.setObjectName("with_time")
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setObjectName("time_edit")
        self.time_edit.setAccessibleName(QCoreApplication.translate("Agenda", "Tijd"))
        if current_time:
            hours, minutes = (int(x) for x in current_time.split(":"))
            self.time_edit.setTime(QTime(hours, minutes))
            self.with_time.setChecked(True)
        else:
            self.time_edit.setTime(QTime(9, 0))
        self.time_edit.setEnabled(self.with_time.isChecked())
        self.with_time.toggled.connect(self.time_edit.setEnabled)
        form.addRow(self.with_time, self.time_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> tuple[date, str | None]:
        time_text = self.time_edit.time().toString("HH:mm") if self.with_time.isChecked() else None
        return self.date_edit.date() or self.current, time_text

    def accept(self) -> None:
        if not self.date_edit.validate():  # the field says what is wrong
            self.date_edit.setFocus()
            return
        super().accept()


def ask_date(parent: QWidget, title: str, current: date, current_time: str | None = None,
             explanation: str = "") -> tuple[date, str | None] | None:
    dialog = DateTimeDialog(title, current, current_time, parent, explanation)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()
    finally:
        dialog.deleteLater()
