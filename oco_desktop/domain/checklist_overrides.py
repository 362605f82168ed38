"""Applying an organisation's override file: add, hide, reorder or reword tasks and plan sections.

An override is all-or-nothing: it is applied to a copy of the draft and only kept when it has no
problems, so a half-applied file can never reach a supporter. Format: resources/checklists/SCHEMA.md.
"""

from __future__ import annotations

from dataclasses import replace

from oco_desktop.domain.checklist_fields import (
    HEADER_FIELDS,
    INT,
    SECTION_SPEC,
    STR,
    STR_LIST,
    TABLE,
    TABLE_LIST,
    TASK_SPEC,
    Spec,
    check_header,
    check_table,
)
from oco_desktop.domain.checklist_loader import (
    SHIPPED_IDS,
    Draft,
    build_section,
    build_task,
    check_task_dates,
    claim_id,
)
from oco_desktop.domain.checklist_models import GENERAL, PHASE_IDS, SourceInfo, Text
from oco_desktop.domain.checklist_source import Path_, Problem, SourceFile

_PLACE = {"after": STR, "position": INT}
_ALL_PHASES = (*PHASE_IDS, GENERAL)

OVERRIDE_SPEC = Spec(
    "het bestand",
    required=dict(HEADER_FIELDS),
    optional={
        "description": STR,
        "add_task": TABLE_LIST,
        "change_task": TABLE_LIST,
        "hide_tasks": STR_LIST,
        "task_order": TABLE,
        "add_section": TABLE_LIST,
        "change_section": TABLE_LIST,
        "hide_sections": STR_LIST,
        "section_order": STR_LIST,
    },
)
ADD_TASK_SPEC = Spec(
    "nieuwe taak", required={**TASK_SPEC.required, "phase": STR}, optional={**TASK_SPEC.optional, **_PLACE}
)
CHANGE_TASK_SPEC = Spec(
    "te wijzigen taak",
    required={"id": STR},
    optional={**TASK_SPEC.optional, "title_nl": STR, "help_nl": STR, **_PLACE},
)
ADD_SECTION_SPEC = Spec(
    "nieuw onderdeel", required=dict(SECTION_SPEC.required), optional={**SECTION_SPEC.optional, **_PLACE}
)
CHANGE_SECTION_SPEC = Spec(
    "te wijzigen onderdeel",
    required={"id": STR},
    optional={**SECTION_SPEC.optional, "heading_nl": STR, "prompt_nl": STR, **_PLACE},
)

_TASK_KEYS = ("add_task", "change_task", "hide_tasks", "task_order")
_SECTION_KEYS = ("add_section", "change_section", "hide_sections", "section_order")


def _unknown_task(task_id: str) -> str:
    return (
        f'Er is geen taak met id "{task_id}". Controleer de spelling. De ids staan in phases.toml en '
        "general_tasks.toml, of in een aanpassing die eerder geladen is."
    )


def _unknown_section(section_id: str) -> str:
    return (
        f'Er is geen onderdeel van het persoonlijk plan met id "{section_id}". Controleer de spelling. '
        "De ids staan in plan_sections.toml, of in een aanpassing die eerder geladen is."
    )


def _place(
    items: list, item, good: dict, src: SourceFile, path: Path_, problems: list[Problem], unknown
) -> None:
    """Put `item` in `items`: after an id, at a 1-based position, or (by default) at the end."""
    if "after" in good and "position" in good:
        problems.append(
            Problem(src.name, src.line_of(path + ("position",)), "Gebruik after of position, niet allebei.")
        )
        return
    if "after" in good:
        ids = [x.id for x in items]
        if good["after"] not in ids:
            problems.append(Problem(src.name, src.line_of(path + ("after",)), unknown(good["after"])))
            return
        items.insert(ids.index(good["after"]) + 1, item)
    elif "position" in good:
        if good["position"] < 1:
            problems.append(
                Problem(
                    src.name,
                    src.line_of(path + ("position",)),
                    "position moet 1 of hoger zijn (1 = bovenaan).",
                )
            )
            return
        items.insert(min(good["position"], len(items) + 1) - 1, item)  # past the end means: at the end
    else:
        items.append(item)


def _after_task_in_other_phase(
    draft: Draft, fields: dict, phase: str, src: SourceFile, path: Path_, problems: list[Problem]
) -> bool:
    """`after` names a task of another phase: report it (tasks never move between phases)."""
    if "after" not in fields:
        return False
    other = draft.find_task(fields["after"])
    if other is None or other[0] == phase:
        return False
    message = _phase_mismatch(fields["after"], other[0], phase)
    problems.append(Problem(src.name, src.line_of(path + ("after",)), message))
    return True


def _phase_mismatch(task_id: str, phase: str, wanted: str) -> str:
    return f'De taak "{task_id}" hoort bij fase "{phase}", niet bij "{wanted}". U kunt alleen binnen een fase schuiven.'


def _add_tasks(draft: Draft, src: SourceFile, good: dict, problems: list[Problem]) -> None:
    for index, table in enumerate(good.get("add_task", [])):
        path: Path_ = ("add_task", index)
        before = len(problems)
        fields = check_table(src, table, path, ADD_TASK_SPEC, [])  # only to read phase/after/position
        phase = fields.get("phase")
        if phase is not None and phase not in _ALL_PHASES:
            problems.append(
                Problem(
                    src.name,
                    src.line_of(path + ("phase",)),
                    f'Onbekende fase "{phase}". Kies uit: {", ".join(_ALL_PHASES)}.',
                )
            )
            phase = None
        task = build_task(src, table, path, phase or GENERAL, problems, spec=ADD_TASK_SPEC, english=False)
        # The id is checked even when the rest is wrong, so every problem shows up at once.
        new_id = fields.get("id")
        if new_id is not None and not claim_id(
            draft, "task", new_id, src, src.line_of(path + ("id",)), problems
        ):
            continue
        if task is None or phase is None or len(problems) != before:
            continue
        if _after_task_in_other_phase(draft, fields, phase, src, path, problems):
            continue
        _place(draft.tasks[phase], task, fields, src, path, problems, _unknown_task)


def _change_tasks(draft: Draft, src: SourceFile, good: dict, problems: list[Problem]) -> None:
    for index, table in enumerate(good.get("change_task", [])):
        path: Path_ = ("change_task", index)
        before = len(problems)
        fields = check_table(src, table, path, CHANGE_TASK_SPEC, problems)
        if len(problems) != before or "id" not in fields:
            continue
        found = draft.find_task(fields["id"])
        if found is None:
            problems.append(Problem(src.name, src.line_of(path + ("id",)), _unknown_task(fields["id"])))
            continue
        phase, position = found
        task = draft.tasks[phase].pop(position)
        label = task.date_label
        if "date_label_nl" in fields or "date_label_en" in fields:
            base = label or Text("")
            label = Text(fields.get("date_label_nl", base.nl), fields.get("date_label_en", base.en))
        role = fields.get("date_role", task.date_role)
        if fields.get("asks_date") is False and not {"date_label_nl", "date_label_en", "date_role"} & set(
            fields
        ):
            label, role = None, None  # switching the date off drops the old label and role with it
        task = replace(
            task,
            title=Text(fields.get("title_nl", task.title.nl), fields.get("title_en", task.title.en)),
            help=Text(fields.get("help_nl", task.help.nl), fields.get("help_en", task.help.en)),
            asks_date=fields.get("asks_date", task.asks_date),
            date_label=label if label is None or label.nl else None,
            date_role=role,
        )
        check_task_dates(src, task, path, problems)
        if _after_task_in_other_phase(draft, fields, phase, src, path, problems):
            continue
        if "after" in fields or "position" in fields:
            _place(draft.tasks[phase], task, fields, src, path, problems, _unknown_task)
        else:
            draft.tasks[phase].insert(position, task)


def _hide_tasks(draft: Draft, src: SourceFile, good: dict, problems: list[Problem]) -> None:
    for task_id in good.get("hide_tasks", []):
        found = draft.find_task(task_id)
        if found is None:
            problems.append(
                Problem(src.name, src.line_of_item(("hide_tasks",), task_id), _unknown_task(task_id))
            )
            continue
        phase, index = found
        draft.tasks[phase][index] = replace(draft.tasks[phase][index], hidden=True)


def _reorder(
    items: list, order: list[str], src: SourceFile, path: Path_, problems: list[Problem], unknown, phase=None
):
    """Listed ids first, in the given order; the ones not listed follow in their current order."""
    by_id = {item.id: item for item in items}
    seen: list[str] = []
    for item_id in order:
        line = src.line_of_item(path, item_id)
        if item_id in seen:
            problems.append(Problem(src.name, line, f'"{item_id}" staat twee keer in de volgorde.'))
        elif item_id not in by_id:
            problems.append(Problem(src.name, line, unknown(item_id)))
        else:
            seen.append(item_id)
    items[:] = [by_id[i] for i in seen] + [item for item in items if item.id not in seen]


def _task_order(draft: Draft, src: SourceFile, good: dict, problems: list[Problem]) -> None:
    for phase, order in good.get("task_order", {}).items():
        path: Path_ = ("task_order", phase)
        if phase not in _ALL_PHASES:
            problems.append(
                Problem(
                    src.name,
                    src.line_of(path),
                    f'Onbekende fase "{phase}". Kies uit: {", ".join(_ALL_PHASES)}.',
                )
            )
            continue
        if not isinstance(order, list) or not all(isinstance(i, str) for i in order):
            problems.append(
                Problem(
                    src.name,
                    src.line_of(path),
                    f'De volgorde van "{phase}" moet een lijst met task-ids zijn.',
                )
            )
            continue

        def unknown(task_id: str, phase: str = phase) -> str:
            found = draft.find_task(task_id)
            return _unknown_task(task_id) if found is None else _phase_mismatch(task_id, found[0], phase)

        _reorder(draft.tasks[phase], order, src, path, problems, unknown)


def _add_sections(draft: Draft, src: SourceFile, good: dict, problems: list[Problem]) -> None:
    for index, table in enumerate(good.get("add_section", [])):
        path: Path_ = ("add_section", index)
        before = len(problems)
        section = build_section(src, table, path, problems, spec=ADD_SECTION_SPEC, english=False)
        new_id = table.get("id")
        if isinstance(new_id, str) and not claim_id(
            draft, "section", new_id, src, src.line_of(path + ("id",)), problems
        ):
            continue
        if section is None or len(problems) != before:
            continue
        fields = {k: table[k] for k in ("after", "position") if k in table}
        _place(draft.sections, section, fields, src, path, problems, _unknown_section)


def _change_sections(draft: Draft, src: SourceFile, good: dict, problems: list[Problem]) -> None:
    for index, table in enumerate(good.get("change_section", [])):
        path: Path_ = ("change_section", index)
        before = len(problems)
        fields = check_table(src, table, path, CHANGE_SECTION_SPEC, problems)
        if len(problems) != before or "id" not in fields:
            continue
        position = draft.find_section(fields["id"])
        if position is None:
            problems.append(Problem(src.name, src.line_of(path + ("id",)), _unknown_section(fields["id"])))
            continue
        section = draft.sections.pop(position)
        section = replace(
            section,
            heading=Text(
                fields.get("heading_nl", section.heading.nl), fields.get("heading_en", section.heading.en)
            ),
            prompt=Text(
                fields.get("prompt_nl", section.prompt.nl), fields.get("prompt_en", section.prompt.en)
            ),
            per_life_domain=fields.get("per_life_domain", section.per_life_domain),
        )
        if "after" in fields or "position" in fields:
            _place(draft.sections, section, fields, src, path, problems, _unknown_section)
        else:
            draft.sections.insert(position, section)


def _hide_sections(draft: Draft, src: SourceFile, good: dict, problems: list[Problem]) -> None:
    for section_id in good.get("hide_sections", []):
        index = draft.find_section(section_id)
        if index is None:
            line = src.line_of_item(("hide_sections",), section_id)
            problems.append(Problem(src.name, line, _unknown_section(section_id)))
            continue
        draft.sections[index] = replace(draft.sections[index], hidden=True)


def _section_order(draft: Draft, src: SourceFile, good: dict, problems: list[Problem]) -> None:
    if "section_order" in good:
        _reorder(draft.sections, good["section_order"], src, ("section_order",), problems, _unknown_section)


_STEPS = (
    _add_tasks,
    _change_tasks,
    _hide_tasks,
    _task_order,
    _add_sections,
    _change_sections,
    _hide_sections,
    _section_order,
)


def apply_override(draft: Draft, src: SourceFile) -> tuple[Draft, list[Problem]]:
    """Apply one parsed override file. Returns the new draft (the old one when there are problems)."""
    problems: list[Problem] = []
    good = check_header(src, src.data, OVERRIDE_SPEC, problems)
    result = draft.copy()
    if "id" in good:
        if good["id"] in SHIPPED_IDS:
            problems.append(
                Problem(
                    src.name,
                    src.line_of(("id",)),
                    f'De id "{good["id"]}" is van een meegeleverd bestand. Een aanpassing heeft een eigen id, '
                    'zoals "org-mijn-organisatie".',
                )
            )
        else:
            claim_id(result, "override", good["id"], src, src.line_of(("id",)), problems)
    for step in _STEPS:
        step(result, src, good, problems)
    if problems:
        problems.sort(key=lambda p: p.line or 0)
        return draft, problems
    info = SourceInfo(good["id"], good["version"], src.name, override=True)
    result.sources.append(info)
    if any(key in good for key in _TASK_KEYS):
        result.checklist_tags.append(info.tag)
    if any(key in good for key in _SECTION_KEYS):
        result.plan_tags.append(info.tag)
    return result, []
