"""Shipped checklist definitions and the checks on definition files (syntax, schema, ids, lines)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from oco_desktop.domain import checklists
from oco_desktop.domain.checklist_source import SourceFile
from oco_desktop.domain.checklists import ChecklistError, load_definitions, validate


@pytest.fixture
def shipped_copy(tmp_path) -> Path:
    """A private copy of the shipped folder that a test may break."""
    target = tmp_path / "shipped"
    shutil.copytree(checklists.shipped_folder(), target)
    return target


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


# ------------------------------------------------------------------ shipped definitions


def test_shipped_definitions_are_valid():
    assert validate(user_overrides=False) == []


def test_bijlage_1_task_counts_per_phase():
    defs = load_definitions()
    assert [p.id for p in defs.phases] == ["orientation", "access", "during_support"]
    assert [len(p.tasks) for p in defs.phases] == [4, 13, 3]
    assert len(defs.general_tasks.tasks) == 4
    assert defs.general_tasks.id == "general"


def test_every_task_has_dutch_and_english_title_and_help():
    defs = load_definitions()
    tasks = [t for c in defs.checklists() for t in c.all_tasks]
    assert len(tasks) == 24
    assert len({t.id for t in tasks}) == 24
    for task in tasks:
        assert task.id.startswith(task.phase + "."), task.id
        for text in (task.title, task.help):
            assert text.nl.strip() and text.en.strip() and text.nl != text.en, task.id
        assert len(task.title.nl) <= 60, task.id  # a title, not a paragraph


def test_tasks_that_fill_legal_dates():
    defs = load_definitions()
    roles = {t.id: t.date_role for c in defs.checklists() for t in c.tasks if t.date_role}
    assert roles == {
        "access.decide_on_request": "request",
        "access.go_along": "access_interview",
        "access.objection_complaint": "decision_sent",
        "during_support.objection_complaint": "decision_sent",
    }
    interview = defs.task("access.go_along")
    assert interview.asks_date
    assert interview.date_label.nl == "Datum van het gesprek (keukentafelgesprek)"
    assert interview.date_label.get("en") == "Date of the access interview"
    for checklist in defs.checklists():
        for task in checklist.tasks:
            assert task.asks_date == (task.date_label is not None), task.id


def test_versions_of_shipped_definitions():
    defs = load_definitions()
    assert defs.checklist_version == "phases@2+general_tasks@1"
    assert defs.plan_version == "plan_sections@2"
    assert defs.version == (
        "phases@2+general_tasks@1+life_domains@1+target_groups@2+plan_sections@2+vocabularies@1"
    )
    assert defs.overrides == ()


def test_plan_sections():
    defs = load_definitions()
    assert [s.id for s in defs.plan_sections] == [
        "about_me",
        "what_goes_well",
        "what_does_not_go_well",
        "already_tried",
        "what_i_want",
        "my_network",
        "carer_load",
        "help_i_get",
        "support_that_fits",
        "help_preferences",
        "other_routes",
        "my_questions",
        "who_comes_along",
        "documents_to_bring",
        "agreements",
    ]
    assert [s.id for s in defs.plan_sections if s.per_life_domain] == ["what_i_want"]
    # One voice: headings and prompts speak to the resident ("u"), never as "ik".
    assert defs.plan_section("about_me").heading.nl == "Over u"
    assert defs.plan_section("what_i_want").heading.nl == "Wat u wilt bereiken"
    import re

    for section in defs.plan_sections:
        for text in (section.heading.nl, section.prompt.nl):
            assert not re.search(r"\b(ik|mij|mijn|we)\b", text, re.IGNORECASE), text
    for section in defs.plan_sections:
        assert section.heading.en and section.prompt.nl and section.prompt.en


def test_vocabularies():
    defs = load_definitions()
    assert len(defs.life_domains) == 14
    assert len(defs.target_groups) == 18
    assert [law.id for law in defs.laws] == ["wmo", "wlz", "jeugdwet", "participatiewet", "zvw"]
    assert [c.id for c in defs.contact_types] == ["home_visit", "phone", "walk_in", "accompanying", "other"]
    for item in (*defs.life_domains, *defs.target_groups):
        assert item.label.nl and item.label.en and item.description.nl, item.id
    assert {"housing", "income_and_debts", "meaning_of_life", "other"} <= {d.id for d in defs.life_domains}


def test_language_and_wording_snapshot():
    defs = load_definitions(lang="en")
    task = defs.task("orientation.choose_what_fits")
    assert defs.text(task.title) == "Help choose: what fits me?"
    assert task.wording() == {
        "title_nl": "Helpen kiezen: wat past bij mij?",
        "title_en": "Help choose: what fits me?",
        "help_nl": task.help.nl,
        "help_en": task.help.en,
    }
    with pytest.raises(ValueError):
        load_definitions(lang="de")


# ------------------------------------------------------------------ broken shipped files


def test_syntax_error_reports_file_and_line(shipped_copy):
    phases = shipped_copy / "phases.toml"
    _replace(
        phases,
        'title_nl = "Helpen kiezen: wat past bij mij?"',
        'title_nl = "Helpen kiezen: wat past bij mij?',
    )
    line = _line_of(phases, 'title_nl = "Helpen kiezen')
    problems = validate(user_overrides=False, shipped_dir=shipped_copy)
    assert len(problems) == 1
    assert problems[0].file == str(phases)
    assert problems[0].line == line
    assert str(problems[0]) == (
        f"{phases}:{line}: De opmaak klopt niet, daarom kan het bestand niet gelezen worden. "
        "Kijk op deze regel naar aanhalingstekens, = en [ ]. (TOML-melding: Illegal character '\\n')"
    )


def test_syntax_error_at_end_of_file(tmp_path):
    src = SourceFile("x.toml", 'schema = 1\nid = "a"\nversion =\n')
    assert src.data is None
    assert src.syntax_problem.line == 3


def test_every_semantic_problem_is_reported_with_its_line(shipped_copy):
    phases = shipped_copy / "phases.toml"
    _replace(
        phases, 'title_nl = "Het verhaal en de vraag helder maken"', 'titel_nl = "Het verhaal helder maken"'
    )
    _replace(phases, 'id = "access.inform_options"', 'id = "access.social_network"')
    _replace(phases, 'title_en = "Help choose a provider"', "title_en = 3")
    general = shipped_copy / "general_tasks.toml"
    _replace(general, 'help_en = "Do you notice that', 'help_nl_x = "Do you notice that')
    problems = validate(user_overrides=False, shipped_dir=shipped_copy)
    messages = [str(p) for p in problems]
    # A missing field is reported at its table's header, the line just above the id.
    clarify = _line_of(phases, 'id = "access.clarify_question"') - 1
    signal = _line_of(general, 'id = "general.signal_gaps"') - 1
    first_dup = _line_of(phases, 'id = "access.social_network"')
    second_dup = first_dup + _line_of_after(phases, first_dup, 'id = "access.social_network"')
    assert messages == [
        f'{phases}:{clarify}: Het veld "title_nl" ontbreekt bij taak "access.clarify_question".',
        f"{phases}:{_line_of(phases, 'titel_nl')}: "
        'Onbekend veld "titel_nl" bij taak "access.clarify_question". Bedoelt u "title_nl"?',
        f"{phases}:{second_dup}: "
        f'De id "access.social_network" komt al voor (op regel {first_dup}). Elke id moet uniek zijn.',
        f"{phases}:{_line_of(phases, 'title_en = 3')}: "
        'Het veld "title_en" bij taak "access.choose_provider" moet een tekst tussen aanhalingstekens zijn, '
        "maar is 3.",
        f"{general}:{signal}: "
        'Het veld "help_en" ontbreekt bij taak "general.signal_gaps". '
        "Meegeleverde lijsten hebben altijd ook een Engelse tekst.",
        f"{general}:{_line_of(general, 'help_nl_x')}: "
        'Onbekend veld "help_nl_x" bij taak "general.signal_gaps". Bedoelt u "help_nl"?',
    ]
    with pytest.raises(ChecklistError) as caught:
        load_definitions(user_overrides=False, shipped_dir=shipped_copy)
    assert caught.value.problems == problems
    assert caught.value.exit_code == 2


def _line_of_after(path: Path, after: int, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    for offset, line in enumerate(lines[after:], start=1):
        if needle in line:
            return offset
    raise AssertionError(needle)


def test_date_fields_must_fit_together(shipped_copy):
    phases = shipped_copy / "phases.toml"
    _replace(phases, 'date_role = "request"', 'date_role = "melding"')
    _replace(phases, 'date_label_nl = "Datum van de evaluatie"\n', "")
    problems = validate(user_overrides=False, shipped_dir=shipped_copy)
    evaluation_line = _line_of_after(
        phases, _line_of(phases, 'id = "during_support.evaluation"'), "asks_date"
    )
    assert [p.message for p in problems] == [
        'Onbekende date_role "melding" bij taak "access.decide_on_request". '
        "Kies uit: request, access_interview, application, decision_sent.",
        'Bij taak "during_support.evaluation" staat asks_date = true, maar "date_label_nl" ontbreekt. '
        "Schrijf erbij om welke datum het gaat.",
    ]
    assert problems[0].line == _line_of(phases, 'date_role = "melding"')
    assert problems[1].line == _line_of(phases, 'id = "during_support.evaluation"') + evaluation_line


def test_wrong_file_header(shipped_copy):
    domains = shipped_copy / "life_domains.toml"
    _replace(domains, "schema = 1", "schema = 2")
    _replace(domains, 'id = "life_domains"', 'id = "levensgebieden"')
    _replace(domains, "version = 1", 'version = "1"')
    problems = validate(user_overrides=False, shipped_dir=shipped_copy)
    assert [str(p) for p in problems] == [
        f"{domains}:3: Schema 2 kennen we niet. Deze versie van OCO Desktop leest schema 1.",
        f'{domains}:4: Dit bestand moet id = "life_domains" hebben, maar heeft "levensgebieden".',
        f'{domains}:5: Het veld "version" bij het bestand moet een heel getal (zonder aanhalingstekens) zijn, '
        'maar is "1".',
    ]


def test_missing_phase_and_missing_file(shipped_copy):
    phases = shipped_copy / "phases.toml"
    text = phases.read_text(encoding="utf-8")
    phases.write_text(
        text[
            : text.index("# ---------------------------------------------------------------- during support")
        ],
        encoding="utf-8",
    )
    (shipped_copy / "vocabularies.toml").unlink()
    problems = validate(user_overrides=False, shipped_dir=shipped_copy)
    assert [str(p) for p in problems] == [
        f'{phases}:1: De fase "during_support" (tijdens ondersteuning) ontbreekt.',
        f"{shipped_copy / 'vocabularies.toml'}: Dit bestand bestaat niet.",
    ]


# ------------------------------------------------------------------ the line finder


def test_line_finder_handles_nested_tables_and_multiline_values():
    text = "\n".join(
        [
            "schema = 1",  # 1
            "[[phase]]",  # 2
            'id = "a"',  # 3
            "[[phase.task]]",  # 4
            'id = "a.one"',  # 5
            'help_nl = """',  # 6
            "id = not a key, inside a string",  # 7
            '"""',  # 8
            "[[phase]]",  # 9
            'id = "b"',  # 10
            "[[phase.task]]",  # 11
            "tags = [",  # 12
            '  "x",',  # 13
            '  "y = z",',  # 14
            "]",  # 15
            'id = "b.one"',  # 16
        ]
    )
    src = SourceFile("t.toml", text)
    assert src.data["phase"][1]["task"][0]["id"] == "b.one"
    assert src.line_of(("phase", 0, "task", 0, "id")) == 5
    assert src.line_of(("phase", 1)) == 9
    assert src.line_of(("phase", 1, "task", 0)) == 11
    assert src.line_of(("phase", 1, "task", 0, "id")) == 16
    assert src.line_of(("phase", 1, "task", 0, "missing")) == 11
    assert src.line_of_item(("phase", 1, "task", 0, "tags"), "y = z") == 14
