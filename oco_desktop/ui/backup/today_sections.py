"""Sections of the Today view (registered in today_view.SECTION_BUILDERS):

- "Reservekopie": shown when there is no backup yet or the last one is older than the setting
  (default 7 days); says when and where the last one went. Activating it starts a backup.
- "Bewaartermijn voorbij": closed clients past "bewaartermijn na afsluiten"; activating a row asks
  "verwijderen" (the real erasure) or "bewaren tot ..." with a reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication

from oco_desktop.settings import Settings
from oco_desktop.storage import backup, retention
from oco_desktop.ui.agenda.agenda_common import long_date
from oco_desktop.ui.agenda.today_model import COL_WHAT, TodayRow, TodaySection

BACKUP_ORDER = 90  # above everything: without a backup, a dead laptop loses every file
RETENTION_ORDER = 150  # below the agenda's own sections


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupToday", text)


def backup_row(vault, today: date, lang: str, days: int) -> TodayRow | None:
    last = backup.last_backup(vault)
    if last is None:
        what = _tr("Er is nog geen reservekopie van deze kluis. Maak er een op een USB-stick: "
                   "Bestand → Reservekopie maken…")
        return TodayRow(("", _tr("Reservekopie"), "", "", what), data={"type": "backup", "activate": _start_backup},
                        bold=True, tooltips={COL_WHAT: what})
    made = last.local_time.date()
    age = (today - made).days
    if age < days:
        return None
    what = _tr("De laatste reservekopie is van {date} ({days} dagen geleden), in {folder}. "
               "Maak een nieuwe: Bestand → Reservekopie maken…").format(
        date=long_date(made, lang), days=age, folder=last.folder)
    return TodayRow((long_date(made, lang), _tr("Reservekopie"), "", "", what),
                    data={"type": "backup", "activate": _start_backup}, bold=True, tooltips={COL_WHAT: what})


def retention_rows(vault, today: date, lang: str, months: int) -> list[TodayRow]:
    rows = []
    for item in retention.past_retention(vault, months, today):
        what = _tr("Afgesloten op {closed}; de bewaartermijn ({months} maanden) liep af op {due}. "
                   "Kies: verwijderen, of bewaren tot een datum met een reden.").format(
            closed=long_date(item.closed_on, lang), months=months, due=long_date(item.due_on, lang))
        if item.hold_until is not None:
            what += " " + _tr("(Bewaard tot {date}: {reason})").format(
                date=long_date(item.hold_until, lang), reason=item.hold_reason)
        rows.append(TodayRow(
            (long_date(item.due_on, lang), _tr("Bewaartermijn"), item.name, "", what),
            data={"type": "retention", "client_id": item.client_id, "activate": _ask_retention},
            tooltips={COL_WHAT: what},
        ))
    return rows


def build_backup(ctx) -> Iterable[TodaySection]:
    row = backup_row(ctx.vault, ctx.today, ctx.lang, Settings().get("backup_reminder_days"))
    if row is None:
        return []
    return [TodaySection("backup", _tr("Reservekopie"), [row], order=BACKUP_ORDER)]


def build_retention(ctx) -> Iterable[TodaySection]:
    rows = retention_rows(ctx.vault, ctx.today, ctx.lang, Settings().get("retention_months"))
    if not rows:
        return []
    return [TodaySection("retention", _tr("Bewaartermijn voorbij"), rows, order=RETENTION_ORDER)]


def _start_backup(view, data: dict) -> None:
    from oco_desktop.ui.backup.backup_actions import make_backup_interactively

    make_backup_interactively(view.session, view)


def _ask_retention(view, data: dict) -> None:
    from oco_desktop.ui.backup.retention_dialog import RetentionDialog

    dialog = RetentionDialog(view.session, data["client_id"], view.today(), view)
    dialog.exec()
    dialog.deleteLater()
