"""The agenda's own sections of the Today view (Te laat, Vandaag, Deze week, deadlines ahead, done today);
mixed into TodayView, so texts keep the view's translation context."""

from __future__ import annotations

from datetime import date

from oco_desktop.storage import agenda as agenda_store
from oco_desktop.ui.agenda.agenda_common import (
    deadline_label,
    deadline_marker,
    explain,
    kind_label,
    legal_line,
    short_date,
)
from oco_desktop.ui.agenda.today_model import COL_WHAT, COL_WHEN, TodayContext, TodayRow, TodaySection


class TodayAgendaSections:
    """Builds the follow-up and deadline sections from one agenda query."""

    def _agenda_sections(self, ctx: TodayContext) -> list[TodaySection]:
        """Te laat / Vandaag / Deze week / 8-14 days / finished today, from one joined query."""
        today, lang = ctx.today, ctx.lang
        agenda = agenda_store.agenda(ctx.vault, today)
        specs = [
            ("overdue", self.tr("Te laat"), agenda.overdue, agenda.deadlines_in("overdue")),
            ("today", self.tr("Vandaag"), agenda.due_today, agenda.deadlines_in("today")),
            ("this_week", self.tr("Deze week"), agenda.this_week, agenda.deadlines_in("this_week")),
            ("later", self.tr("Termijnen over 8 tot 14 dagen"), [], agenda.deadlines_in("later")),
        ]
        result = []
        for key, _name, items, deadlines in specs:
            self._counts[key] = len(items) + len(deadlines)
        # "te laat" counted by the one definition the caseload uses too (the same items as listed).
        self._counts["overdue"] = sum(agenda_store.overdue_by_client(agenda).values())
        for order, (key, name, items, deadlines) in enumerate(specs):
            if key == "later" and not deadlines:
                continue
            section = TodaySection(key, name, order=100 + 10 * order)
            if not items and not deadlines:
                section.rows.append(TodayRow((self.tr("Niets"), "", "", "", "")))
            # One chronological list; on the same day a deadline comes before the follow-ups.
            rows = [((d.deadline.last_day, "", 0), d) for d in deadlines]
            rows += [((i.follow_up.due_on, i.follow_up.due_time or "", 1), i) for i in items]
            for _key, row in sorted(rows, key=lambda r: r[0]):
                if isinstance(row, agenda_store.DeadlineItem):
                    section.rows.append(self._deadline_row(row, today, lang))
                else:
                    section.rows.append(self._follow_up_row(row, key, lang, today))
            result.append(section)
        if agenda.done_today:
            section = TodaySection("done", self.tr("Vandaag afgerond"), order=140)
            section.rows = [self._follow_up_row(item, "done", lang, today) for item in agenda.done_today]
            result.append(section)
        return result

    def _follow_up_row(self, item: agenda_store.AgendaItem, key: str, lang: str, today: date | None = None) -> TodayRow:
        follow_up = item.follow_up
        when = (follow_up.due_time or "") if key == "today" else short_date(follow_up.due_on, lang, today)
        if key != "today" and follow_up.due_time:
            when += f", {follow_up.due_time}"
        if key == "today" and not when:
            when = self.tr("hele dag")
        description = follow_up.description
        if key == "done":
            description = self.tr("✓ Afgerond") + (f" — {description}" if description else "")
        return TodayRow(
            (when, kind_label(follow_up.kind), item.client_name, item.case_code, description),
            data={
                "type": "follow_up", "client_id": item.client_id, "case_id": item.case_id,
                "follow_up_id": follow_up.id, "done": follow_up.done, "due_on": follow_up.due_on,
                "due_time": follow_up.due_time,
            },
            tooltips={COL_WHAT: description},
        )

    def _deadline_row(self, item: agenda_store.DeadlineItem, today: date, lang: str) -> TodayRow:
        d = item.deadline
        tip = lambda: explain(d, lang) + "\n" + legal_line(d, lang)  # noqa: E731 (made only when shown)
        return TodayRow(
            (short_date(d.last_day, lang, today), self.tr("Termijn: {what}").format(what=deadline_label(d.kind)),
             item.client_name, item.case_code, deadline_marker(d, today, lang)),
            data={"type": "deadline", "client_id": item.client_id, "case_id": item.case_id,
                  "urgent": item.urgent or item.overdue, "overdue": item.overdue, "kind": d.kind.value,
                  "last_day": d.last_day},
            bold=item.urgent or item.overdue,
            tooltips={COL_WHAT: tip, COL_WHEN: tip},
        )

    # -- selection helpers ----------------------------------------------------------------------------
