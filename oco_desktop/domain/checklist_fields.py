"""The schema of checklist files, enforced field by field, with plain Dutch explanations.

A `Spec` lists the allowed fields of one kind of table (a task, a phase, a file's top level...).
`check_table` reports every unknown, missing or wrongly typed field at its own line and returns the
fields that are fine, so the caller can keep checking the rest of the file.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from oco_desktop.domain.checklist_source import Path_, Problem, SourceFile

SCHEMA_VERSION = 1

# Ids of items: lower case words joined by "_" and optionally grouped with "." ("access.next_steps").
ITEM_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")
# Ids of files: also allow "-" so organisations can write "org-zorgplein".
FILE_ID = re.compile(r"^[a-z][a-z0-9_\-]*$")

# Keys that only make sense at the top of a file (see check_table's hint).
FILE_LEVEL_KEYS = frozenset(
    {"schema", "version", "description", "hide_tasks", "hide_sections", "task_order", "section_order"}
)

STR, INT, BOOL, STR_LIST, TABLE, TABLE_LIST = "str", "int", "bool", "str_list", "table", "table_list"

_TYPE_WORDS = {
    STR: "een tekst tussen aanhalingstekens",
    INT: "een heel getal (zonder aanhalingstekens)",
    BOOL: "true of false (zonder aanhalingstekens)",
    STR_LIST: 'een lijst met teksten, zoals ["a", "b"]',
    TABLE: "een tabel",
    TABLE_LIST: "een lijst van tabellen ([[...]])",
}


@dataclass(frozen=True)
class Spec:
    what: str  # how the table is called in messages: "taak", "fase", "het bestand"
    required: dict[str, str] = field(default_factory=dict)
    optional: dict[str, str] = field(default_factory=dict)

    def allowed(self) -> dict[str, str]:
        return {**self.required, **self.optional}


def _type_ok(value: object, kind: str) -> bool:
    if kind == STR:
        return isinstance(value, str)
    if kind == INT:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == BOOL:
        return isinstance(value, bool)
    if kind == STR_LIST:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == TABLE:
        return isinstance(value, dict)
    if kind == TABLE_LIST:
        return isinstance(value, list) and all(isinstance(v, dict) for v in value)
    raise ValueError(kind)


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, dict):
        return "een tabel"
    if isinstance(value, list):
        return "een lijst"
    return str(value)


def describe(what: str, table: dict) -> str:
    """'taak "access.next_steps"' or just 'taak' when the id is missing."""
    item_id = table.get("id")
    if what == "het bestand":  # a file is known by its name, which every message already starts with
        return what
    return f'{what} "{item_id}"' if isinstance(item_id, str) and item_id else what


def check_table(
    src: SourceFile, table: dict, path: Path_, spec: Spec, problems: list[Problem]
) -> dict[str, object]:
    """Check one table against its spec; return the fields that passed."""
    allowed = spec.allowed()
    good: dict[str, object] = {}
    who = describe(spec.what, table)
    for key, value in table.items():
        if key not in allowed:
            hint = difflib.get_close_matches(key, list(allowed), n=1)
            if path and key in FILE_LEVEL_KEYS:
                # In TOML a key below [[...]] belongs to that table; an easy mistake to make.
                tip = (
                    " Hoort dit veld bij het hele bestand? Zet het dan bovenaan, "
                    "vóór de eerste regel met [[...]] of [...]."
                )
            elif hint:
                tip = f' Bedoelt u "{hint[0]}"?'
            else:
                tip = f" Toegestaan zijn: {', '.join(sorted(allowed))}."
            problems.append(
                Problem(src.name, src.line_of(path + (key,)), f'Onbekend veld "{key}" bij {who}.{tip}')
            )
            continue
        kind = allowed[key]
        if not _type_ok(value, kind):
            problems.append(
                Problem(
                    src.name,
                    src.line_of(path + (key,)),
                    f'Het veld "{key}" bij {who} moet {_TYPE_WORDS[kind]} zijn, maar is {_show(value)}.',
                )
            )
            continue
        if kind == STR and not value.strip():
            problems.append(
                Problem(src.name, src.line_of(path + (key,)), f'Het veld "{key}" bij {who} is leeg.')
            )
            continue
        good[key] = value
    for key in spec.required:
        if key not in table:
            problems.append(Problem(src.name, src.line_of(path), f'Het veld "{key}" ontbreekt bij {who}.'))
    if "id" in good and "id" in allowed:
        pattern = FILE_ID if path == () else ITEM_ID
        if not pattern.match(good["id"]):
            problems.append(
                Problem(
                    src.name,
                    src.line_of(path + ("id",)),
                    f'De id "{good["id"]}" mag alleen kleine letters, cijfers en _ bevatten'
                    + (" (en -)." if path == () else ', met een punt ertussen, zoals "mijn_org.extra_taak".'),
                )
            )
            del good["id"]
    return good


def check_header(src: SourceFile, data: dict, spec: Spec, problems: list[Problem]) -> dict[str, object]:
    """Check a file's top level: `schema`, `id`, `version` plus the spec's own fields."""
    good = check_table(src, data, (), spec, problems)
    if "schema" in good and good["schema"] != SCHEMA_VERSION:
        problems.append(
            Problem(
                src.name,
                src.line_of(("schema",)),
                f"Schema {good['schema']} kennen we niet. Deze versie van OCO Desktop leest schema {SCHEMA_VERSION}.",
            )
        )
    if "version" in good and good["version"] < 1:
        problems.append(
            Problem(src.name, src.line_of(("version",)), "De versie moet een heel getal van 1 of hoger zijn.")
        )
        del good["version"]
    return good


HEADER_FIELDS = {"schema": INT, "id": STR, "version": INT}

TASK_SPEC = Spec(
    "taak",
    required={"id": STR, "title_nl": STR, "help_nl": STR},
    optional={
        "title_en": STR,
        "help_en": STR,
        "asks_date": BOOL,
        "date_label_nl": STR,
        "date_label_en": STR,
        "date_role": STR,
    },
)

PHASE_SPEC = Spec(
    "fase",
    required={"id": STR, "title_nl": STR, "help_nl": STR},
    optional={"title_en": STR, "help_en": STR, "task": TABLE_LIST},
)

VOCABULARY_ITEM_SPEC = Spec(
    "item",
    required={"id": STR, "label_nl": STR},
    optional={"label_en": STR, "description_nl": STR, "description_en": STR},
)

SECTION_SPEC = Spec(
    "onderdeel",
    required={"id": STR, "heading_nl": STR, "prompt_nl": STR},
    optional={"heading_en": STR, "prompt_en": STR, "per_life_domain": BOOL},
)

# The roles a task's date can play in a case's legal dates (see deadlines).
DATE_ROLES = ("request", "access_interview", "application", "decision_sent")
