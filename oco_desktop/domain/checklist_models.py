"""The effective checklist definitions as immutable objects: phases with tasks, general tasks, plan
sections and small vocabularies (life domains, target groups, laws, contact types).

Hidden tasks and sections stay in `all_tasks` / `all_plan_sections` so an old case can still resolve
an id it refers to; everything the app lists for new work uses the visible ones.
"""

from __future__ import annotations

from dataclasses import dataclass

PHASE_IDS = ("orientation", "access", "during_support")
GENERAL = "general"  # the pseudo-phase of the general tasks


@dataclass(frozen=True)
class Text:
    """A user-facing text in Dutch and English; English falls back to Dutch when not given."""

    nl: str
    en: str = ""

    def get(self, lang: str = "nl") -> str:
        return self.en if lang == "en" and self.en else self.nl


@dataclass(frozen=True)
class Task:
    id: str
    phase: str  # one of PHASE_IDS or GENERAL
    title: Text
    help: Text
    asks_date: bool = False
    date_label: Text | None = None
    date_role: str | None = None  # request | access_interview | application | decision_sent
    hidden: bool = False

    def wording(self) -> dict[str, str]:
        """The current texts, for the storage layer to snapshot when the task is marked."""
        return {
            "title_nl": self.title.nl,
            "title_en": self.title.get("en"),
            "help_nl": self.help.nl,
            "help_en": self.help.get("en"),
        }


@dataclass(frozen=True)
class PhaseChecklist:
    id: str  # one of PHASE_IDS or GENERAL
    title: Text
    help: Text
    all_tasks: tuple[Task, ...]

    @property
    def tasks(self) -> tuple[Task, ...]:
        """The visible tasks, in order."""
        return tuple(t for t in self.all_tasks if not t.hidden)


@dataclass(frozen=True)
class VocabularyItem:
    id: str
    label: Text
    description: Text | None = None


@dataclass(frozen=True)
class PlanSection:
    id: str
    heading: Text
    prompt: Text
    per_life_domain: bool = False
    hidden: bool = False


@dataclass(frozen=True)
class SourceInfo:
    """One file that went into the definitions."""

    id: str
    version: int
    file: str
    override: bool

    @property
    def tag(self) -> str:
        return f"{self.id}@{self.version}"


@dataclass(frozen=True)
class Definitions:
    phases: tuple[PhaseChecklist, ...]
    general_tasks: PhaseChecklist
    life_domains: tuple[VocabularyItem, ...]
    target_groups: tuple[VocabularyItem, ...]
    laws: tuple[VocabularyItem, ...]
    contact_types: tuple[VocabularyItem, ...]
    all_plan_sections: tuple[PlanSection, ...]
    sources: tuple[SourceInfo, ...]
    checklist_version: str  # e.g. "phases@1+general_tasks@1+org-zorgplein@2"; store it with a case
    plan_version: str  # e.g. "plan_sections@1"; store it with a personal plan
    version: str  # every file that went in, shipped and override
    lang: str = "nl"

    @property
    def overrides(self) -> tuple[SourceInfo, ...]:
        return tuple(s for s in self.sources if s.override)

    @property
    def plan_sections(self) -> tuple[PlanSection, ...]:
        return tuple(s for s in self.all_plan_sections if not s.hidden)

    def checklists(self) -> tuple[PhaseChecklist, ...]:
        """The three phases followed by the general tasks."""
        return (*self.phases, self.general_tasks)

    def phase(self, phase_id: str) -> PhaseChecklist:
        for checklist in self.checklists():
            if checklist.id == phase_id:
                return checklist
        raise KeyError(phase_id)

    def task(self, task_id: str) -> Task:
        """Any task by id, hidden ones included (old cases may refer to them)."""
        for checklist in self.checklists():
            for task in checklist.all_tasks:
                if task.id == task_id:
                    return task
        raise KeyError(task_id)

    def plan_section(self, section_id: str) -> PlanSection:
        for section in self.all_plan_sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def text(self, value: Text) -> str:
        """A text in the language these definitions were loaded for."""
        return value.get(self.lang)
