"""Override files: add, hide, reorder and reword tasks and plan sections; versions; fallback; the CLI."""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from oco_desktop import paths
from oco_desktop.cli import checklists_command
from oco_desktop.domain import checklists
from oco_desktop.domain.checklists import (
    ChecklistError,
    load_definitions,
    load_effective_definitions,
    validate,
)

REPO = Path(__file__).resolve().parent.parent

ORG = """\
schema = 1
id = "org-zorgplein"
version = 2
description = "Werkwijze van Zorgplein Noord"
hide_tasks = ["orientation.inform_options"]
hide_sections = ["who_comes_along"]
section_order = ["what_i_want", "about_me"]

[[add_task]]
phase = "access"
after = "access.social_network"
id = "zorgplein.benefits_check"
title_nl = "Toeslagen nakijken"
help_nl = "Kijk samen of de inwoner alle toeslagen krijgt."

[[add_task]]
phase = "general"
position = 1
id = "zorgplein.team_meeting"
title_nl = "Casus bespreken in het team"
title_en = "Discuss the case in the team"
help_nl = "Bespreek de casus zonder naam in het teamoverleg."
asks_date = true
date_label_nl = "Datum van het overleg"

[[change_task]]
id = "access.access_process"
title_nl = "Mee naar het keukentafelgesprek"
title_en = "Go along to the access interview"
position = 1

[task_order]
during_support = ["during_support.evaluation", "during_support.use_support"]

[[add_section]]
id = "zorgplein.money"
after = "help_i_get"
heading_nl = "Mijn geld"
prompt_nl = "Hoe gaat het met geld?"

[[change_section]]
id = "about_me"
prompt_nl = "Vertel in een paar zinnen wie u bent."
"""


def _user_override(name: str, text: str) -> Path:
    folder = paths.config_dir() / "checklists"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    target.write_text(text, encoding="utf-8")
    return target


def _ids(checklist) -> list[str]:
    return [t.id for t in checklist.tasks]


# ------------------------------------------------------------------ applying overrides


def test_override_adds_hides_reorders_and_rewords(tmp_path):
    org = tmp_path / "org.toml"
    org.write_text(ORG, encoding="utf-8")
    defs = load_definitions([org])

    orientation = defs.phase("orientation")
    assert _ids(orientation) == [
        "orientation.tell_story",
        "orientation.choose_what_fits",
        "orientation.take_steps",
    ]
    hidden = defs.task("orientation.inform_options")  # still known, for old cases
    assert hidden.hidden and hidden.title.nl == "Vertellen welke hulp en activiteiten er zijn"

    assert _ids(defs.phase("access")) == [
        "access.access_process",
        "access.clarify_question",
        "access.social_network",
        "zorgplein.benefits_check",
        "access.inform_options",
        "access.decide_on_request",
        "access.what_matters",
        "access.documents_facts",
        "access.personal_plan",
        "access.go_along",
        "access.reflect_outcome",
        "access.objection_complaint",
        "access.choose_provider",
        "access.next_steps",
    ]
    reworded = defs.task("access.access_process")
    assert reworded.title == checklists.Text(
        "Mee naar het keukentafelgesprek", "Go along to the access interview"
    )
    assert reworded.help.nl.startswith("Help bij het aanmelden:")  # unchanged fields stay
    assert reworded.date_role is None and not reworded.asks_date
    added = defs.task("zorgplein.benefits_check")
    assert added.phase == "access"
    assert added.title.get("en") == "Toeslagen nakijken"  # no English given: falls back to Dutch

    assert _ids(defs.phase("during_support")) == [
        "during_support.evaluation",
        "during_support.use_support",
        "during_support.objection_complaint",
    ]
    general = defs.general_tasks
    assert _ids(general)[0] == "zorgplein.team_meeting" and len(general.tasks) == 5
    assert general.tasks[0].date_label.nl == "Datum van het overleg" and general.tasks[0].date_role is None

    assert [s.id for s in defs.plan_sections] == [
        "what_i_want",
        "about_me",
        "what_goes_well",
        "what_does_not_go_well",
        "already_tried",
        "my_network",
        "carer_load",
        "help_i_get",
        "zorgplein.money",
        "support_that_fits",
        "help_preferences",
        "other_routes",
        "my_questions",
        "documents_to_bring",
        "agreements",
    ]
    assert defs.plan_section("who_comes_along").hidden
    assert defs.plan_section("about_me").prompt.nl == "Vertel in een paar zinnen wie u bent."
    assert defs.plan_section("about_me").heading.nl == "Over u"

    assert defs.checklist_version == "phases@2+general_tasks@1+org-zorgplein@2"
    assert defs.plan_version == "plan_sections@2+org-zorgplein@2"
    assert [(s.id, s.version, s.file) for s in defs.overrides] == [("org-zorgplein", 2, str(org))]


def test_version_changes_with_the_override_and_only_where_it_touches(tmp_path):
    plan_only = tmp_path / "plan.toml"
    plan_only.write_text('schema = 1\nid = "org-plan"\nversion = 1\nhide_sections = ["my_questions"]\n')
    defs = load_definitions([plan_only])
    assert defs.checklist_version == "phases@2+general_tasks@1"
    assert defs.plan_version == "plan_sections@2+org-plan@1"

    plan_only.write_text('schema = 1\nid = "org-plan"\nversion = 2\nhide_tasks = ["access.next_steps"]\n')
    defs = load_definitions([plan_only])
    assert defs.checklist_version == "phases@2+general_tasks@1+org-plan@2"
    assert defs.plan_version == "plan_sections@2"
    assert defs.version.endswith("+vocabularies@1+org-plan@2")


def test_user_folder_overrides_apply_in_name_order_and_may_build_on_each_other():
    _user_override(
        "20-team.toml",
        'schema = 1\nid = "team"\nversion = 1\n\n[[change_task]]\nid = "region.extra"\ntitle_nl = "Extra (team)"\n',
    )
    _user_override(
        "10-region.toml",
        'schema = 1\nid = "region"\nversion = 3\n\n[[add_task]]\nphase = "orientation"\nid = "region.extra"\n'
        'title_nl = "Extra"\nhelp_nl = "Uitleg."\n',
    )
    defs = load_definitions()
    assert defs.checklist_version == "phases@2+general_tasks@1+region@3+team@1"
    assert defs.task("region.extra").title.nl == "Extra (team)"
    assert _ids(defs.phase("orientation"))[-1] == "region.extra"


def test_switching_a_task_date_off(tmp_path):
    org = tmp_path / "org.toml"
    org.write_text(
        'schema = 1\nid = "org"\nversion = 1\n[[change_task]]\nid = "access.go_along"\nasks_date = false\n'
    )
    task = load_definitions([org]).task("access.go_along")
    assert (task.asks_date, task.date_label, task.date_role) == (False, None, None)


# ------------------------------------------------------------------ problems in overrides

BAD = """\
schema = 1
id = "org-bad"
version = 1
hide_tasks = [
  "orientation.tell_story",
  "nope.task",
]

[[add_task]]
phase = "access"
id = "access.next_steps"
title_nl = "Dubbel"
help_nl = "Dubbel"
asks_date = "ja"

[[change_task]]
id = "access.clarify_questio"
title_nl = "Typfout"

[task_order]
access = ["access.next_steps", "orientation.tell_story"]
"""


def test_every_problem_in_an_override_is_reported(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD, encoding="utf-8")
    shipped = checklists.shipped_folder() / "phases.toml"
    next_steps_line = next(
        n for n, line in enumerate(shipped.read_text().splitlines(), 1) if 'id = "access.next_steps"' in line
    )
    assert [str(p) for p in validate([bad])] == [
        f'{bad}:6: Er is geen taak met id "nope.task". Controleer de spelling. De ids staan in phases.toml en '
        "general_tasks.toml, of in een aanpassing die eerder geladen is.",
        f'{bad}:11: De id "access.next_steps" komt al voor (in {shipped}, regel {next_steps_line}). '
        "Elke id moet uniek zijn.",
        f'{bad}:14: Het veld "asks_date" bij nieuwe taak "access.next_steps" moet true of false '
        '(zonder aanhalingstekens) zijn, maar is "ja".',
        f'{bad}:17: Er is geen taak met id "access.clarify_questio". Controleer de spelling. De ids staan in '
        "phases.toml en general_tasks.toml, of in een aanpassing die eerder geladen is.",
        f'{bad}:21: De taak "orientation.tell_story" hoort bij fase "orientation", niet bij "access". '
        "U kunt alleen binnen een fase schuiven.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'schema = 1\nid = "phases"\nversion = 1\n',
            '2: De id "phases" is van een meegeleverd bestand. Een aanpassing heeft een eigen id, '
            'zoals "org-mijn-organisatie".',
        ),
        (
            'schema = 1\nid = "org"\nversion = 1\n[[add_task]]\nphase = "intake"\nid = "org.x"\n'
            'title_nl = "X"\nhelp_nl = "Y"\n',
            '5: Onbekende fase "intake". Kies uit: orientation, access, during_support, general.',
        ),
        (
            'schema = 1\nid = "org"\nversion = 1\n[[add_task]]\nphase = "access"\nid = "org.x"\nhelp_nl = "Y"\n',
            '4: Het veld "title_nl" ontbreekt bij nieuwe taak "org.x".',
        ),
        (
            'schema = 1\nid = "org"\nversion = 1\nsection_order = ["about_me", "about_me"]\n',
            '4: "about_me" staat twee keer in de volgorde.',
        ),
        (
            'schema = 1\nid = "org"\nversion = 1\nhide_sections = ["over_mij"]\n',
            '4: Er is geen onderdeel van het persoonlijk plan met id "over_mij". Controleer de spelling. '
            "De ids staan in plan_sections.toml, of in een aanpassing die eerder geladen is.",
        ),
        (
            'schema = 1\nid = "Org Zorg"\nversion = 1\n',
            '2: De id "Org Zorg" mag alleen kleine letters, cijfers en _ bevatten (en -).',
        ),
        (
            'schema = 1\nid = "org"\nversion = 1\n[[change_task]]\nid = "access.next_steps"\n'
            'after = "access.inform_options"\nposition = 2\n',
            "7: Gebruik after of position, niet allebei.",
        ),
        ('schema = 1\nid = "org"\n', '1: Het veld "version" ontbreekt bij het bestand.'),
        (
            'schema = 1\nid = "org"\nversion = 1\n[[change_section]]\nid = "about_me"\nprompt_nl = "X"\n'
            'hide_sections = ["my_questions"]\n',
            '7: Onbekend veld "hide_sections" bij te wijzigen onderdeel "about_me". Hoort dit veld bij het hele '
            "bestand? Zet het dan bovenaan, vóór de eerste regel met [[...]] of [...].",
        ),
    ],
)
def test_single_override_problems(tmp_path, text, expected):
    override = tmp_path / "o.toml"
    override.write_text(text, encoding="utf-8")
    assert [str(p) for p in validate([override])] == [f"{override}:{expected}"]


def test_two_overrides_with_the_same_id(tmp_path):
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text('schema = 1\nid = "org"\nversion = 1\n')
    second.write_text('schema = 1\nid = "org"\nversion = 2\n')
    assert [str(p) for p in validate([first, second])] == [
        f'{second}:2: De id "org" komt al voor (in {first}, regel 2). Elke id moet uniek zijn.'
    ]


def test_a_bad_override_is_never_half_applied(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('schema = 1\nid = "org"\nversion = 1\nhide_tasks = ["access.next_steps", "nope"]\n')
    with pytest.raises(ChecklistError):
        load_definitions([bad])
    assert validate([bad])[0].line == 4


# ------------------------------------------------------------------ fallback to the last valid set


def test_app_falls_back_to_last_valid_overrides():
    good = _user_override(
        "org.toml", 'schema = 1\nid = "org"\nversion = 1\nhide_tasks = ["access.next_steps"]\n'
    )
    first = load_effective_definitions()
    assert first.used == "current" and first.problems == ()
    assert first.definitions.checklist_version == "phases@2+general_tasks@1+org@1"
    cache = json.loads(checklists.last_valid_path().read_text(encoding="utf-8"))
    assert cache["overrides"][0]["file"] == str(good)

    good.write_text('schema = 1\nid = "org"\nversion = 2\nhide_tasks = ["access.next_step"]\n')  # typo
    second = load_effective_definitions()
    assert second.used == "last_valid"
    assert [p.message for p in second.problems] == [
        'Er is geen taak met id "access.next_step". Controleer de spelling. De ids staan in phases.toml en '
        "general_tasks.toml, of in een aanpassing die eerder geladen is."
    ]
    assert [str(p) for p in second.problems] == [str(p) for p in validate()]  # same text as the CLI
    assert second.definitions.checklist_version == "phases@2+general_tasks@1+org@1"
    assert second.definitions.task("access.next_steps").hidden

    checklists.last_valid_path().unlink()
    third = load_effective_definitions()
    assert third.used == "shipped"
    assert third.definitions.checklist_version == "phases@2+general_tasks@1"
    assert len(third.problems) == 1

    good.write_text('schema = 1\nid = "org"\nversion = 3\n')  # fixed: used again, and remembered
    fourth = load_effective_definitions()
    assert fourth.used == "current" and fourth.definitions.version.endswith("+org@3")
    assert "version = 3" in checklists.last_valid_path().read_text(encoding="utf-8")


def test_unreadable_cache_means_shipped_only(tmp_path):
    checklists.last_valid_path().parent.mkdir(parents=True, exist_ok=True)
    checklists.last_valid_path().write_text("{not json", encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text("schema = = 1\n")
    result = load_effective_definitions([broken])
    assert result.used == "shipped"
    assert result.problems[0].line == 1


# ------------------------------------------------------------------ the CLI


def _run_cli(argv: list[str]) -> int:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault", default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="oco-desktop", parents=[common])
    checklists_command.register(parser.add_subparsers(dest="command"), common)
    args = parser.parse_args(argv)
    return args.func(args)


def test_cli_check_ok(capsys, tmp_path):
    org = tmp_path / "org.toml"
    org.write_text(ORG, encoding="utf-8")
    assert _run_cli(["checklists", "check", str(org)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "OK: de checklists kloppen."
    assert "  Oriëntatie: 3 taken (1 verborgen)" in out
    assert "  Toegang tot ondersteuning: 14 taken" in out
    assert "  Tijdens ondersteuning: 3 taken" in out
    assert "  Algemene taken: 5 taken" in out
    assert "  Versie checklists: phases@2+general_tasks@1+org-zorgplein@2" in out
    assert f"  Aanpassing org-zorgplein (versie 2): {org}" in out


def test_cli_check_problems(capsys, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD, encoding="utf-8")
    assert _run_cli(["checklists", "check", str(bad)]) == 2
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 5
    assert all(line.startswith(f"{bad}:") for line in lines)
    assert lines[0] == (
        f'{bad}:6: Er is geen taak met id "nope.task". Controleer de spelling. De ids staan in phases.toml en '
        "general_tasks.toml, of in een aanpassing die eerder geladen is."
    )
    assert captured.err == "5 problemen gevonden.\n"


def test_cli_check_includes_user_folder(capsys):
    _user_override("broken.toml", "schema = 1\nid = \n")
    assert _run_cli(["checklists", "check"]) == 2
    assert capsys.readouterr().out.startswith(str(paths.config_dir() / "checklists" / "broken.toml") + ":2: ")


def test_cli_missing_file(capsys, tmp_path):
    assert _run_cli(["checklists", "check", str(tmp_path / "nope.toml")]) == 2
    assert capsys.readouterr().out == f"{tmp_path / 'nope.toml'}: Dit bestand bestaat niet.\n"


def test_cli_as_subprocess(tmp_path):
    """Through the real entry point (needs every module in COMMAND_MODULES to exist)."""
    from oco_desktop.cli import COMMAND_MODULES

    missing = [name for name in COMMAND_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        pytest.skip(f"command modules not written yet: {', '.join(missing)}")
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    ok = subprocess.run(
        [sys.executable, "-m", "oco_desktop", "checklists", "check"], capture_output=True, text=True, env=env
    )
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("OK: de checklists kloppen.")
    wrong = subprocess.run(
        [sys.executable, "-m", "oco_desktop", "checklists", "check", str(bad)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert wrong.returncode == 2
    assert wrong.stdout.splitlines()[0].startswith(f"{bad}:6: ")
