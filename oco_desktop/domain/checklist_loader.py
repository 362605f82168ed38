"""Reading the shipped definition files into a `Draft` that overrides can still change.

Every problem is collected (never only the first), each with file and line.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

from oco_desktop.domain.checklist_fields import (
    DATE_ROLES,
    HEADER_FIELDS,
    PHASE_SPEC,
    SECTION_SPEC,
    STR,
    TABLE_LIST,
    TASK_SPEC,
    VOCABULARY_ITEM_SPEC,
    Spec,
    check_header,
    check_table,
    describe,
)
from oco_desktop.domain.checklist_models import (
    GENERAL,
    PHASE_IDS,
    Definitions,
    PhaseChecklist,
    PlanSection,
    SourceInfo,
    Task,
    Text,
    VocabularyItem,
)
from oco_desktop.domain.checklist_source import Path_, Problem, SourceFile

# The ids of the shipped files; an override may not reuse them.
SHIPPED_IDS = ("phases", "general_tasks", "life_domains", "target_groups", "plan_sections", "vocabularies")
VOCABULARIES = ("life_domains", "target_groups", "laws", "contact_types")

_PHASE_NAMES_NL = {
    "orientation": "oriëntatie",
    "access": "toegang",
    "during_support": "tijdens ondersteuning",
}


@dataclass
class Draft:
    """Definitions under construction: shipped files first, then every override in turn."""

    phase_texts: dict[str, tuple[Text, Text]] = field(default_factory=dict)
    tasks: dict[str, list[Task]] = field(default_factory=lambda: {p: [] for p in (*PHASE_IDS, GENERAL)})
    sections: list[PlanSection] = field(default_factory=list)
    vocab: dict[str, list[VocabularyItem]] = field(default_factory=lambda: {v: [] for v in VOCABULARIES})
    sources: list[SourceInfo] = field(default_factory=list)
    origins: dict[str, tuple[str, int]] = field(default_factory=dict)  # "task:<id>" -> (file, line)
    checklist_tags: list[str] = field(default_factory=list)
    plan_tags: list[str] = field(default_factory=list)

    def copy(self) -> Draft:
        return copy.deepcopy(self)

    def find_task(self, task_id: str) -> tuple[str, int] | None:
        for phase, tasks in self.tasks.items():
            for index, task in enumerate(tasks):
                if task.id == task_id:
                    return phase, index
        return None

    def find_section(self, section_id: str) -> int | None:
        for index, section in enumerate(self.sections):
            if section.id == section_id:
                return index
        return None

    def to_definitions(self, lang: str = "nl") -> Definitions:
        def checklist(phase_id: str) -> PhaseChecklist:
            title, help_ = self.phase_texts[phase_id]
            return PhaseChecklist(phase_id, title, help_, tuple(self.tasks[phase_id]))

        return Definitions(
            phases=tuple(checklist(p) for p in PHASE_IDS),
            general_tasks=checklist(GENERAL),
            life_domains=tuple(self.vocab["life_domains"]),
            target_groups=tuple(self.vocab["target_groups"]),
            laws=tuple(self.vocab["laws"]),
            contact_types=tuple(self.vocab["contact_types"]),
            all_plan_sections=tuple(self.sections),
            sources=tuple(self.sources),
            checklist_version="+".join(self.checklist_tags),
            plan_version="+".join(self.plan_tags),
            version="+".join(s.tag for s in self.sources),
            lang=lang,
        )


def claim_id(
    draft: Draft, kind: str, item_id: str, src: SourceFile, line: int, problems: list[Problem]
) -> bool:
    """Register a new id; report a duplicate (with where the first one is) and return False."""
    key = f"{kind}:{item_id}"
    if key in draft.origins:
        other_file, other_line = draft.origins[key]
        where = f"op regel {other_line}" if other_file == src.name else f"in {other_file}, regel {other_line}"
        problems.append(
            Problem(src.name, line, f'De id "{item_id}" komt al voor ({where}). Elke id moet uniek zijn.')
        )
        return False
    draft.origins[key] = (src.name, line)
    return True


def require_english(
    src: SourceFile, table: dict, path: Path_, what: str, keys: tuple[str, ...], problems: list[Problem]
) -> None:
    """Shipped lists always carry English; overrides may leave it out (it then falls back to Dutch)."""
    for key in keys:
        if key not in table:
            problems.append(
                Problem(
                    src.name,
                    src.line_of(path),
                    f'Het veld "{key}" ontbreekt bij {describe(what, table)}. '
                    "Meegeleverde lijsten hebben altijd ook een Engelse tekst.",
                )
            )


def check_task_dates(src: SourceFile, task: Task, path: Path_, problems: list[Problem]) -> None:
    """The date fields of a (finished) task must fit together."""
    who = f'taak "{task.id}"'
    if task.asks_date and task.date_label is None:
        problems.append(
            Problem(
                src.name,
                src.line_of(path + ("asks_date",)),
                f'Bij {who} staat asks_date = true, maar "date_label_nl" ontbreekt. '
                "Schrijf erbij om welke datum het gaat.",
            )
        )
    if not task.asks_date and (task.date_label is not None or task.date_role is not None):
        key = "date_role" if task.date_role is not None else "date_label_nl"
        problems.append(
            Problem(
                src.name,
                src.line_of(path + (key,)),
                f"Bij {who} staat een datumveld, maar geen asks_date = true. "
                "Zet asks_date = true of haal het veld weg.",
            )
        )
    if task.date_role is not None and task.date_role not in DATE_ROLES:
        problems.append(
            Problem(
                src.name,
                src.line_of(path + ("date_role",)),
                f'Onbekende date_role "{task.date_role}" bij {who}. Kies uit: {", ".join(DATE_ROLES)}.',
            )
        )


def build_task(
    src: SourceFile,
    table: dict,
    path: Path_,
    phase: str,
    problems: list[Problem],
    *,
    spec: Spec,
    english: bool,
) -> Task | None:
    """A task from its table, or None when a required field is unusable."""
    before = len(problems)
    good = check_table(src, table, path, spec, problems)
    if english:
        require_english(src, table, path, "taak", ("title_en", "help_en"), problems)
    if not all(k in good for k in ("id", "title_nl", "help_nl")):
        return None
    label = Text(good["date_label_nl"], good.get("date_label_en", "")) if "date_label_nl" in good else None
    task = Task(
        id=good["id"],
        phase=phase,
        title=Text(good["title_nl"], good.get("title_en", "")),
        help=Text(good["help_nl"], good.get("help_en", "")),
        asks_date=bool(good.get("asks_date", False)),
        date_label=label,
        date_role=good.get("date_role"),
    )
    check_task_dates(src, task, path, problems)
    return task if len(problems) == before else None


def build_section(
    src: SourceFile, table: dict, path: Path_, problems: list[Problem], *, spec: Spec, english: bool
) -> PlanSection | None:
    before = len(problems)
    good = check_table(src, table, path, spec, problems)
    if english:
        require_english(src, table, path, "onderdeel", ("heading_en", "prompt_en"), problems)
    if len(problems) != before or not all(k in good for k in ("id", "heading_nl", "prompt_nl")):
        return None
    return PlanSection(
        id=good["id"],
        heading=Text(good["heading_nl"], good.get("heading_en", "")),
        prompt=Text(good["prompt_nl"], good.get("prompt_en", "")),
        per_life_domain=bool(good.get("per_life_domain", False)),
    )


def _items(src: SourceFile, good: dict, key: str) -> list[tuple[Path_, dict]]:
    return [((key, i), table) for i, table in enumerate(good.get(key, []))]


def _file_spec(extra: dict[str, str], optional: dict[str, str] | None = None) -> Spec:
    return Spec("het bestand", required={**HEADER_FIELDS, **extra}, optional=optional or {})


def _check_file_id(src: SourceFile, good: dict, expected: str, problems: list[Problem]) -> None:
    if "id" in good and good["id"] != expected:
        problems.append(
            Problem(
                src.name,
                src.line_of(("id",)),
                f'Dit bestand moet id = "{expected}" hebben, maar heeft "{good["id"]}".',
            )
        )


def _load_phases(draft: Draft, src: SourceFile, problems: list[Problem]) -> None:
    good = check_header(src, src.data, _file_spec({"phase": TABLE_LIST}), problems)
    _check_file_id(src, good, "phases", problems)
    seen: set[str] = set()
    for path, table in _items(src, good, "phase"):
        phase = check_table(src, table, path, PHASE_SPEC, problems)
        require_english(src, table, path, "fase", ("title_en", "help_en"), problems)
        phase_id = phase.get("id")
        if phase_id is None:
            continue
        if phase_id not in PHASE_IDS:
            problems.append(
                Problem(
                    src.name,
                    src.line_of(path + ("id",)),
                    f'Onbekende fase "{phase_id}". Gebruik orientation, access of during_support.',
                )
            )
            continue
        if phase_id in seen:
            problems.append(
                Problem(src.name, src.line_of(path + ("id",)), f'De fase "{phase_id}" staat er twee keer in.')
            )
            continue
        seen.add(phase_id)
        if "title_nl" in phase and "help_nl" in phase:
            draft.phase_texts[phase_id] = (
                Text(phase["title_nl"], phase.get("title_en", "")),
                Text(phase["help_nl"], phase.get("help_en", "")),
            )
        for task_path, task_table in _items(src, phase, "task"):
            _add_shipped_task(draft, src, task_table, path + task_path, phase_id, problems)
    for phase_id in PHASE_IDS:
        if phase_id not in seen:
            problems.append(
                Problem(src.name, 1, f'De fase "{phase_id}" ({_PHASE_NAMES_NL[phase_id]}) ontbreekt.')
            )
    _register(draft, src, good, checklist=True)


def _add_shipped_task(
    draft: Draft, src: SourceFile, table: dict, path: Path_, phase: str, problems: list[Problem]
) -> None:
    task = build_task(src, table, path, phase, problems, spec=TASK_SPEC, english=True)
    if task is not None and claim_id(draft, "task", task.id, src, src.line_of(path + ("id",)), problems):
        draft.tasks[phase].append(task)


def _load_general_tasks(draft: Draft, src: SourceFile, problems: list[Problem]) -> None:
    spec = _file_spec(
        {"title_nl": STR, "help_nl": STR, "task": TABLE_LIST}, optional={"title_en": STR, "help_en": STR}
    )
    good = check_header(src, src.data, spec, problems)
    require_english(src, src.data, (), "het bestand", ("title_en", "help_en"), problems)
    _check_file_id(src, good, "general_tasks", problems)
    if "title_nl" in good and "help_nl" in good:
        draft.phase_texts[GENERAL] = (
            Text(good["title_nl"], good.get("title_en", "")),
            Text(good["help_nl"], good.get("help_en", "")),
        )
    for path, table in _items(src, good, "task"):
        _add_shipped_task(draft, src, table, path, GENERAL, problems)
    _register(draft, src, good, checklist=True)


def _load_vocabulary(
    draft: Draft, src: SourceFile, problems: list[Problem], file_id: str, lists: dict[str, str]
) -> None:
    """`lists` maps the TOML array name to the vocabulary it fills, e.g. {"law": "laws"}."""
    good = check_header(src, src.data, _file_spec({key: TABLE_LIST for key in lists}), problems)
    _check_file_id(src, good, file_id, problems)
    for key, vocabulary in lists.items():
        for path, table in _items(src, good, key):
            item = check_table(src, table, path, VOCABULARY_ITEM_SPEC, problems)
            require_english(src, table, path, "item", ("label_en",), problems)
            if "id" not in item or "label_nl" not in item:
                continue
            if not claim_id(draft, vocabulary, item["id"], src, src.line_of(path + ("id",)), problems):
                continue
            description = None
            if "description_nl" in item:
                description = Text(item["description_nl"], item.get("description_en", ""))
            draft.vocab[vocabulary].append(
                VocabularyItem(item["id"], Text(item["label_nl"], item.get("label_en", "")), description)
            )
    _register(draft, src, good)


def _load_plan_sections(draft: Draft, src: SourceFile, problems: list[Problem]) -> None:
    good = check_header(src, src.data, _file_spec({"section": TABLE_LIST}), problems)
    _check_file_id(src, good, "plan_sections", problems)
    for path, table in _items(src, good, "section"):
        section = build_section(src, table, path, problems, spec=SECTION_SPEC, english=True)
        if section is not None and claim_id(
            draft, "section", section.id, src, src.line_of(path + ("id",)), problems
        ):
            draft.sections.append(section)
    _register(draft, src, good, plan=True)


def _register(
    draft: Draft, src: SourceFile, good: dict, *, checklist: bool = False, plan: bool = False
) -> None:
    if "id" not in good or "version" not in good:
        return
    info = SourceInfo(good["id"], good["version"], src.name, override=False)
    draft.sources.append(info)
    if checklist:
        draft.checklist_tags.append(info.tag)
    if plan:
        draft.plan_tags.append(info.tag)


_LOADERS = {
    "phases.toml": _load_phases,
    "general_tasks.toml": _load_general_tasks,
    "life_domains.toml": lambda d, s, p: _load_vocabulary(
        d, s, p, "life_domains", {"life_domain": "life_domains"}
    ),
    "target_groups.toml": lambda d, s, p: _load_vocabulary(
        d, s, p, "target_groups", {"target_group": "target_groups"}
    ),
    "plan_sections.toml": _load_plan_sections,
    "vocabularies.toml": lambda d, s, p: _load_vocabulary(
        d, s, p, "vocabularies", {"law": "laws", "contact_type": "contact_types"}
    ),
}


def read_source(path: Path, problems: list[Problem]) -> SourceFile | None:
    """Read and parse one file; a missing, unreadable or badly formatted file becomes a Problem."""
    try:
        if path.exists() and not path.is_file():  # a folder, FIFO or device: reading would fail or hang
            problems.append(Problem(str(path), None, "Dit is geen gewoon bestand. Kies een .toml-bestand."))
            return None
        src = SourceFile.read(path)
    except FileNotFoundError:
        problems.append(Problem(str(path), None, "Dit bestand bestaat niet."))
        return None
    except UnicodeDecodeError:
        problems.append(Problem(str(path), None, "Dit bestand is geen tekst in UTF-8. Sla het op als UTF-8."))
        return None
    except OSError as exc:
        problems.append(Problem(str(path), None, f"Dit bestand kan niet gelezen worden ({exc.strerror})."))
        return None
    if src.syntax_problem is not None:
        problems.append(src.syntax_problem)
        return None
    return src


def load_shipped(folder: Path, problems: list[Problem]) -> Draft:
    """Read every shipped file in `folder`; problems are appended, the draft holds what was usable."""
    draft = Draft()
    for name, loader in _LOADERS.items():
        src = read_source(folder / name, problems)
        if src is not None:
            found: list[Problem] = []
            loader(draft, src, found)
            problems.extend(sorted(found, key=lambda p: p.line or 0))
    return draft
