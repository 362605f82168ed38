"""What was done for a case, task by task, and the case's phase and contact form.

A task is stored with the wording it had and the definitions version in force when it was marked, so a
case stays readable after an organisation adds, hides or rewords tasks: `checklist_view` shows current
tasks in today's words, and tasks that were worked on under other words (or that are hidden now) in the
words used back then.

Progress counts the tasks the current definitions offer in a phase; done and "not applicable" both count
as handled. No Qt here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from oco_desktop.domain.checklist_models import GENERAL, Definitions, Task
from oco_desktop.domain.models import CONTACT_FORMS, PHASES, Case
from oco_desktop.errors import InvalidValue, NotFound
from oco_desktop.storage import cases
from oco_desktop.storage.clock import today as local_today
from oco_desktop.storage.clock import utc_now
from oco_desktop.storage.convert import iso, parse_date
from oco_desktop.storage.vault import Vault

STATUSES = ("open", "done", "not_applicable")
HANDLED = ("done", "not_applicable")
NOTE_MAX = 500  # "a short note"; longer text belongs in a note of the case

# Which case field a task's date fills (the legal deadlines are counted from these).
DATE_ROLE_FIELDS = {
    "request": "request_date",
    "access_interview": "access_interview_date",
    "application": "application_date",
    "decision_sent": "decision_sent_date",
}


@dataclass(frozen=True)
class TaskState:
    """One row of a case's checklist as the supporter sees it."""

    task_id: str
    phase: str
    title: str  # the wording to show: today's, or the stored one when it differs (see `reworded`)
    help: str
    status: str = "open"
    done_on: date | None = None
    date_value: date | None = None
    note: str = ""
    reason: str = ""
    asks_date: bool = False
    date_label: str = ""
    date_role: str | None = None
    hidden: bool = False  # no longer offered for new work (hidden, or unknown to these definitions)
    reworded: bool = False  # marked under a wording that differs from today's
    current_title: str = ""  # today's wording ('' when the task is unknown now)
    definition_version: str = ""  # the version it was marked under ('' when never marked)

    @property
    def handled(self) -> bool:
        return self.status in HANDLED


@dataclass(frozen=True)
class _Stored:
    task_id: str
    phase: str
    status: str
    done_on: date | None
    date_value: date | None
    note: str
    reason: str
    title_nl: str
    title_en: str
    definition_version: str


def _stored_items(vault: Vault, case_id: str, phase: str) -> dict[str, _Stored]:
    rows = vault.conn.execute(
        "SELECT task_id, phase, status, done_on, date_value, note, reason, title_nl, title_en, "
        "definition_version FROM checklist_items WHERE case_id = ? AND phase = ? ORDER BY updated_at, task_id",
        (case_id, phase),
    )
    return {
        r[0]: _Stored(r[0], r[1], r[2], parse_date(r[3]), parse_date(r[4]), r[5], r[6], r[7], r[8], r[9])
        for r in rows
    }


def _find_task(definitions: Definitions, task_id: str) -> Task | None:
    try:
        return definitions.task(task_id)
    except KeyError:
        return None


def _require_case(vault: Vault, case_id: str) -> Case:
    return cases.get_case(vault, case_id)  # raises NotFound with a Dutch message


def _check_phase(phase: str) -> None:
    if phase not in (*PHASES, GENERAL):
        raise InvalidValue(f"Onbekende fase: {phase}.")


# -- marking ------------------------------------------------------------------------------------------


def mark_task(
    vault: Vault,
    definitions: Definitions,
    case_id: str,
    task_id: str,
    status: str,
    *,
    done_on: date | None = None,
    note: str = "",
    reason: str = "",
    date_value: date | None = None,
) -> TaskState:
    """Set a task's status for a case, in one transaction.

    Snapshots the wording and checklist version, records the version the case's phase is worked with
    (the first time only), and copies a task's date into the case's legal date when the task has a
    date role (for example the date of the access interview).
    """
    if status not in STATUSES:
        raise InvalidValue(f"Onbekende status: {status}.")
    note, reason = (note or "").strip(), (reason or "").strip()
    if status == "not_applicable" and not reason:
        raise InvalidValue("Schrijf op waarom deze taak niet van toepassing is.")
    if len(note) > NOTE_MAX:
        raise InvalidValue(f"Een korte notitie is hooguit {NOTE_MAX} tekens. Schrijf meer in een gespreksverslag.")
    case = _require_case(vault, case_id)
    task = _find_task(definitions, task_id)
    stored = _stored_row(vault, case_id, task_id)
    if task is None and stored is None:
        raise NotFound(f"Er is geen taak met id {task_id} in de checklists.")
    if date_value is not None and task is not None and not task.asks_date:
        raise InvalidValue("Bij deze taak hoort geen datum.")

    if task is not None:
        phase, title_nl, title_en = task.phase, task.wording()["title_nl"], task.wording()["title_en"]
        version = definitions.checklist_version
    else:  # a task an older set of definitions knew: keep its wording and version
        phase, title_nl, title_en, version = stored[1], stored[2], stored[3], stored[4]
    done_on = (done_on or local_today()) if status == "done" else None
    if status != "not_applicable":
        reason = ""

    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO checklist_items (case_id, task_id, phase, status, done_on, date_value, note, reason, "
            "title_nl, title_en, definition_version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (case_id, task_id) DO UPDATE SET phase = excluded.phase, status = excluded.status, "
            "done_on = excluded.done_on, date_value = excluded.date_value, note = excluded.note, "
            "reason = excluded.reason, title_nl = excluded.title_nl, title_en = excluded.title_en, "
            "definition_version = excluded.definition_version, updated_at = excluded.updated_at",
            (case_id, task_id, phase, status, iso(done_on), iso(date_value), note, reason, title_nl, title_en,
             version, utc_now()),
        )
        conn.execute(
            "INSERT OR IGNORE INTO case_checklist_versions (case_id, phase, definition_version) VALUES (?, ?, ?)",
            (case_id, phase, version),
        )
        role_field = DATE_ROLE_FIELDS.get(task.date_role) if task is not None and task.date_role else None
        if role_field and date_value is not None and getattr(case, role_field) != date_value:
            setattr(case, role_field, date_value)
            cases.save_case(vault, case)  # nested: becomes a savepoint of this transaction
    return _state_for(vault, definitions, case_id, task_id)


def _stored_row(vault: Vault, case_id: str, task_id: str):
    return vault.conn.execute(
        "SELECT task_id, phase, title_nl, title_en, definition_version FROM checklist_items "
        "WHERE case_id = ? AND task_id = ?",
        (case_id, task_id),
    ).fetchone()


def _state_for(vault: Vault, definitions: Definitions, case_id: str, task_id: str) -> TaskState:
    phase = vault.conn.execute(
        "SELECT phase FROM checklist_items WHERE case_id = ? AND task_id = ?", (case_id, task_id)
    ).fetchone()[0]
    for state in checklist_view(vault, definitions, case_id, phase, include_open_hidden=True):
        if state.task_id == task_id:
            return state
    raise NotFound(f"Er is geen taak met id {task_id} in deze casus.")  # pragma: no cover - just stored


# -- reading ------------------------------------------------------------------------------------------


def _from_task(task: Task, item: _Stored | None, lang: str) -> TaskState:
    current = task.title.get(lang)
    reworded = item is not None and item.status in HANDLED and bool(item.title_nl) and item.title_nl != task.title.nl
    title = current
    if reworded:
        title = item.title_en if lang == "en" and item.title_en else item.title_nl
    return TaskState(
        task_id=task.id,
        phase=task.phase,
        title=title,
        help=task.help.get(lang),
        status=item.status if item else "open",
        done_on=item.done_on if item else None,
        date_value=item.date_value if item else None,
        note=item.note if item else "",
        reason=item.reason if item else "",
        asks_date=task.asks_date,
        date_label=task.date_label.get(lang) if task.date_label else "",
        date_role=task.date_role,
        hidden=task.hidden,
        reworded=reworded,
        current_title=current,
        definition_version=item.definition_version if item else "",
    )


def _from_stored_only(item: _Stored, lang: str) -> TaskState:
    """A task these definitions no longer know at all: everything comes from what was stored."""
    title = item.title_en if lang == "en" and item.title_en else item.title_nl
    return TaskState(
        task_id=item.task_id, phase=item.phase, title=title or item.task_id, help="", status=item.status,
        done_on=item.done_on, date_value=item.date_value, note=item.note, reason=item.reason,
        asks_date=item.date_value is not None, hidden=True, reworded=True, current_title="",
        definition_version=item.definition_version,
    )


def checklist_view(
    vault: Vault,
    definitions: Definitions,
    case_id: str,
    phase: str,
    lang: str | None = None,
    *,
    include_open_hidden: bool = False,
) -> list[TaskState]:
    """The tasks of a phase for a case: today's visible tasks in order, then tasks that were worked on
    but are no longer offered (hidden or unknown now), in the order they were marked.

    A hidden task that was never handled is left out (nothing was done; it is not offered any more).
    """
    _check_phase(phase)
    lang = lang or definitions.lang
    items = _stored_items(vault, case_id, phase)
    checklist = definitions.phase(phase)
    states = [_from_task(task, items.get(task.id), lang) for task in checklist.tasks]
    shown = {task.id for task in checklist.tasks}
    for task_id, item in items.items():
        if task_id in shown or (item.status not in HANDLED and not include_open_hidden):
            continue
        task = _find_task(definitions, task_id)
        states.append(_from_task(task, item, lang) if task is not None else _from_stored_only(item, lang))
    return states


def progress(vault: Vault, definitions: Definitions, case_id: str, phase: str) -> tuple[int, int]:
    """(handled, total) over the tasks the current definitions offer in this phase."""
    _check_phase(phase)
    visible = {task.id for task in definitions.phase(phase).tasks}
    handled = sum(
        1 for task_id, item in _stored_items(vault, case_id, phase).items()
        if task_id in visible and item.status in HANDLED
    )
    return handled, len(visible)


def progress_for_cases(vault: Vault, definitions: Definitions) -> dict[str, tuple[int, int]]:
    """(handled, total) for every case in its current phase, in one query (the caseload shows it)."""
    totals = {checklist.id: len(checklist.tasks) for checklist in definitions.phases}
    visible = [task.id for checklist in definitions.phases for task in checklist.tasks]
    rows = vault.conn.execute(
        "SELECT c.id, c.phase, count(ci.task_id) FROM cases c "
        "LEFT JOIN checklist_items ci ON ci.case_id = c.id AND ci.phase = c.phase "
        "AND ci.status IN ('done', 'not_applicable') "
        "AND ci.task_id IN (SELECT value FROM json_each(?)) "
        "GROUP BY c.id, c.phase",
        (json.dumps(visible),),
    )
    return {case_id: (handled, totals.get(phase, 0)) for case_id, phase, handled in rows}


def open_tasks(vault: Vault, definitions: Definitions, case_id: str, phase: str,
               lang: str | None = None) -> list[TaskState]:
    """The offered tasks of a phase that are still open (for the gentle summary before moving on)."""
    return [
        s for s in checklist_view(vault, definitions, case_id, phase, lang) if not s.hidden and s.status == "open"
    ]


def phase_version(vault: Vault, case_id: str, phase: str) -> str | None:
    """The checklist version this case's phase was first worked with, or None when nothing was marked."""
    row = vault.conn.execute(
        "SELECT definition_version FROM case_checklist_versions WHERE case_id = ? AND phase = ?",
        (case_id, phase),
    ).fetchone()
    return row[0] if row else None


# -- phase and contact form -----------------------------------------------------------------------------


def move_phase(vault: Vault, case_id: str, direction: int = 1) -> Case:
    """One phase forward (+1) or back (-1). Open tasks never block this; the event log records it."""
    if direction not in (1, -1):
        raise InvalidValue("Een casus gaat één fase vooruit of één fase terug.")
    case = _require_case(vault, case_id)
    index = PHASES.index(case.phase) + direction
    if index < 0:
        raise InvalidValue("Deze casus staat al in de eerste fase.")
    if index >= len(PHASES):
        raise InvalidValue("Deze casus staat al in de laatste fase.")
    return cases.set_phase(vault, case_id, PHASES[index])


def set_contact_form(vault: Vault, case_id: str, form: str, interval_days: int | None = None) -> Case:
    """Short-term, short-cycle, or a periodic check-in (waakvlam) every `interval_days` days."""
    if form not in CONTACT_FORMS:
        raise InvalidValue(f"Onbekende contactvorm: {form}.")
    if form == "checkin":
        if interval_days is None or int(interval_days) < 1:
            raise InvalidValue("Kies hoe vaak u contact hebt bij een waakvlamcontact: minstens elke dag.")
        interval_days = int(interval_days)
    else:
        interval_days = None
    case = _require_case(vault, case_id)
    case.contact_form, case.checkin_interval_days = form, interval_days
    return cases.save_case(vault, case)
