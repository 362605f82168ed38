"""Sections of the today view from the route of the cases (registered in today_view.SECTION_BUILDERS):

- "Gemeente te laat": the assessment or decision term has passed with no later step recorded. The row
  says in plain words what the resident can do and offers the notice-of-default letter.
- "Herindicatie voorbereiden": the granted help ends within the reminder weeks (Settings).
One query for both (storage.route.overview).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from oco_desktop.domain import route as route_domain
from oco_desktop.domain.holidays import load_calendar
from oco_desktop.settings import Settings
from oco_desktop.storage import route as route_store
from oco_desktop.ui.agenda.agenda_common import long_date, short_date
from oco_desktop.ui.agenda.today_model import COL_WHAT, COL_WHEN, TodayRow, TodaySection

LATE_ORDER = 95  # above the agenda's own sections (100..140): the resident can act now
REMINDER_ORDER = 135
# The reminder shows from this many days before its date (like the agenda's 14-day horizon).
REMINDER_LEAD_DAYS = 14


def _tr(text: str) -> str:
    return QCoreApplication.translate("RouteToday", text)


def build(ctx) -> Iterable:
    today, lang = ctx.today, ctx.lang
    rows = route_store.overview(ctx.vault)
    if not rows:
        return []
    calendar = load_calendar()
    weeks = Settings().get("reassessment_reminder_weeks")
    late_rows, reminder_rows = [], []
    for route, client_id, name, code, handled in rows:
        for late in route_domain.municipality_late(route, today, calendar):
            if (late.deadline.kind.value, late.deadline.last_day) in handled:
                continue  # marked as dealt with in Today: not shown again
            text = (route_domain.late_text_en if lang == "en" else route_domain.late_text_nl)(late, today)
            law = route_domain.LATE_LAW_EN if lang == "en" else route_domain.LATE_LAW_NL
            what = (_tr("Onderzoek te laat") if late.kind is route_domain.LateKind.ASSESSMENT
                    else _tr("Beslissing te laat"))
            short = _tr("{what} sinds {date}: de inwoner kan een ingebrekestelling sturen (knop 'Brief maken').") \
                .format(what=what, date=long_date(late.deadline.last_day, lang))
            late_rows.append(TodayRow(
                (short_date(late.deadline.last_day, lang, today), _tr("Gemeente te laat"), name, code, short),
                data={"type": "late", "client_id": client_id, "case_id": route.case_id, "letter": "default",
                      # what "Termijn afgehandeld" needs (the late term is the agenda's passed deadline)
                      "kind": late.deadline.kind.value, "last_day": late.deadline.last_day, "overdue": True},
                bold=True, tooltips={COL_WHAT: f"{text}\n{law}", COL_WHEN: f"{text}\n{law}"},
            ))
        reminder = route_domain.reassessment_reminder(route, weeks)
        if reminder and reminder.due - timedelta(days=REMINDER_LEAD_DAYS) <= today <= reminder.help_ends:
            what = _tr("De hulp stopt op {end}. Bereid samen de herindicatie voor: hoe gaat het, wat is nodig?") \
                .format(end=long_date(reminder.help_ends, lang))
            reminder_rows.append((reminder.due, TodayRow(
                (short_date(reminder.due, lang, today), _tr("Herindicatie"), name, code, what),
                data={"type": "reassessment", "client_id": client_id, "case_id": route.case_id},
                bold=reminder.due <= today, tooltips={COL_WHAT: what},
            )))
    sections = []
    if late_rows:
        sections.append(TodaySection("municipality_late", _tr("Gemeente te laat"), late_rows, order=LATE_ORDER))
    if reminder_rows:
        ordered = [row for _due, row in sorted(reminder_rows, key=lambda r: (r[0], r[1].cells[3]))]
        sections.append(TodaySection("reassessment", _tr("Herindicatie voorbereiden"), ordered,
                                     order=REMINDER_ORDER))
    return sections
