"""Checklists as data: the phase checklists, general tasks, plan sections and vocabularies.

The shipped definitions live in resources/checklists/*.toml. An organisation adapts them without code by
putting override files in `config_dir()/checklists/*.toml` (applied in name order) or by passing files
explicitly (settings). The format is described in resources/checklists/SCHEMA.md.

Three entry points:
- `validate(...)`: every problem in shipped files and overrides, for `oco-desktop checklists check`.
- `load_definitions(...)`: the definitions, or ChecklistError when anything is wrong.
- `load_effective_definitions(...)`: for the app. It never fails on a bad override: it falls back to
  the last set of overrides that was valid (kept as text in `config_dir()/checklists-last-valid.json`),
  else to the shipped definitions alone, and hands back the problems so the app can show them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from oco_desktop import paths
from oco_desktop.domain.checklist_loader import Draft, load_shipped, read_source
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
from oco_desktop.domain.checklist_overrides import apply_override
from oco_desktop.domain.checklist_source import Problem, SourceFile
from oco_desktop.errors import UsageError

__all__ = [
    "GENERAL",
    "PHASE_IDS",
    "ChecklistError",
    "Definitions",
    "LoadResult",
    "PhaseChecklist",
    "PlanSection",
    "Problem",
    "SourceInfo",
    "Task",
    "Text",
    "VocabularyItem",
    "last_valid_path",
    "load_definitions",
    "load_effective_definitions",
    "shipped_folder",
    "user_override_files",
    "user_override_folder",
    "validate",
]

LANGUAGES = ("nl", "en")
_CACHE_FORMAT = 1


class ChecklistError(UsageError):
    """The definitions cannot be used; `problems` says why, each with file and line."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        lines = [str(p) for p in self.problems[:5]]
        if len(self.problems) > 5:
            lines.append(f"... en nog {len(self.problems) - 5} problemen.")
        super().__init__("De checklists kloppen niet:\n" + "\n".join(lines))


@dataclass(frozen=True)
class LoadResult:
    """What the app works with. `used` is "current", "last_valid" or "shipped"."""

    definitions: Definitions
    problems: tuple[Problem, ...]
    used: str


def shipped_folder() -> Path:
    return paths.resource_path("checklists")


def user_override_folder() -> Path:
    return paths.config_dir() / "checklists"


def user_override_files() -> list[Path]:
    """Override files in the user's config folder, in name order (so "10-..." comes before "20-...")."""
    folder = user_override_folder()
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob("*.toml") if p.is_file()), key=lambda p: p.name)


def last_valid_path() -> Path:
    return paths.config_dir() / "checklists-last-valid.json"


def _override_paths(extra: Iterable[os.PathLike[str] | str], user_overrides: bool) -> list[Path]:
    found = user_override_files() if user_overrides else []
    for item in extra:
        path = Path(item).expanduser()
        if path not in found:
            found.append(path)
    return found


def _assemble(shipped: Path, overrides: Sequence[SourceFile]) -> tuple[Draft | None, list[Problem]]:
    """Shipped definitions plus overrides. None when the shipped files themselves are wrong."""
    problems: list[Problem] = []
    draft = load_shipped(shipped, problems)
    if problems:
        return None, problems
    for src in overrides:
        draft, found = apply_override(draft, src)  # a bad file is skipped as a whole
        problems.extend(found)
    return draft, problems


def _read_all(files: Sequence[Path], problems: list[Problem]) -> list[SourceFile]:
    sources = []
    for path in files:
        src = read_source(path, problems)
        if src is not None:
            sources.append(src)
    return sources


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {LANGUAGES}, not {lang!r}")


def validate(
    extra_override_files: Iterable[os.PathLike[str] | str] = (),
    *,
    user_overrides: bool = True,
    shipped_dir: Path | None = None,
) -> list[Problem]:
    """Every problem in the shipped files plus the overrides (user folder and the extra files)."""
    problems: list[Problem] = []
    sources = _read_all(_override_paths(extra_override_files, user_overrides), problems)
    _, found = _assemble(shipped_dir or shipped_folder(), sources)
    return problems + found


def load_definitions(
    extra_override_files: Iterable[os.PathLike[str] | str] = (),
    lang: str = "nl",
    *,
    user_overrides: bool = True,
    shipped_dir: Path | None = None,
) -> Definitions:
    """The definitions with all overrides applied; ChecklistError if anything is wrong."""
    _check_lang(lang)
    problems: list[Problem] = []
    sources = _read_all(_override_paths(extra_override_files, user_overrides), problems)
    draft, found = _assemble(shipped_dir or shipped_folder(), sources)
    problems.extend(found)
    if problems or draft is None:
        raise ChecklistError(problems)
    return draft.to_definitions(lang)


def _read_last_valid() -> list[SourceFile] | None:
    try:
        data = json.loads(last_valid_path().read_text(encoding="utf-8"))
        if data.get("format") != _CACHE_FORMAT:
            return None
        return [SourceFile(str(item["file"]), str(item["text"])) for item in data["overrides"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # no cache, or one we cannot trust: fall back to the shipped definitions


def _save_last_valid(sources: Sequence[SourceFile]) -> None:
    """Remember the overrides (their text, not just their names) that made a valid set."""
    payload = {"format": _CACHE_FORMAT, "overrides": [{"file": s.name, "text": s.text} for s in sources]}
    text = json.dumps(payload, ensure_ascii=False, indent=1)
    target = last_valid_path()
    try:
        if target.is_file() and target.read_text(encoding="utf-8") == text:
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(target.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        pass  # the cache is a convenience; the app works without it


def load_effective_definitions(
    extra_override_files: Iterable[os.PathLike[str] | str] = (),
    lang: str = "nl",
    *,
    shipped_dir: Path | None = None,
) -> LoadResult:
    """For the app: never refuses to start because of an override.

    All valid -> use them and remember them. Any problem -> the whole new set is refused: use the last
    valid set of overrides (re-checked against today's shipped files), else the shipped files alone.
    Raises ChecklistError only when the shipped files themselves are broken (a packaging bug).
    """
    _check_lang(lang)
    shipped = shipped_dir or shipped_folder()
    problems: list[Problem] = []
    sources = _read_all(_override_paths(extra_override_files, True), problems)
    draft, found = _assemble(shipped, sources)
    if draft is None:
        raise ChecklistError(found)
    problems.extend(found)
    if not problems:
        _save_last_valid(sources)
        return LoadResult(draft.to_definitions(lang), (), "current")
    cached = _read_last_valid()
    if cached is not None:
        previous, cached_problems = _assemble(shipped, cached)
        if previous is not None and not cached_problems:
            return LoadResult(previous.to_definitions(lang), tuple(problems), "last_valid")
    base, _ = _assemble(shipped, [])
    return LoadResult(base.to_definitions(lang), tuple(problems), "shipped")
