"""`oco-desktop checklists check [FILE ...]`: validate the shipped checklists plus overrides.

Checks the shipped definitions, the override files in the user's config folder and the FILEs given.
Valid: a short summary on stdout, exit 0. Not valid: one line per problem, `FILE:LINE: explanation`,
on stdout (easy to pipe or grep), a count on stderr, exit 2.
"""

from __future__ import annotations

import argparse
import sys

from oco_desktop.domain import checklists
from oco_desktop.errors import EXIT_OK, EXIT_USAGE


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "checklists",
        parents=[common],
        help="checklists en aanpassingen van uw organisatie",
        description="Werken met de checklists (taken per fase, persoonlijk plan) en de aanpassingen daarop.",
    )
    actions = parser.add_subparsers(dest="checklists_action", metavar="ACTIE", required=True)
    check = actions.add_parser(
        "check",
        parents=[common],
        help="controleer de checklists en aanpassingsbestanden",
        description=(
            "Controleer de meegeleverde checklists, de aanpassingen in de map met instellingen "
            f"({checklists.user_override_folder()}) en de genoemde bestanden. "
            "Exit 0 als alles klopt, 2 als er iets mis is."
        ),
    )
    check.add_argument("files", nargs="*", metavar="FILE", help="extra aanpassingsbestand (.toml)")
    check.set_defaults(func=run_check)


def _summary(definitions: checklists.Definitions) -> list[str]:
    lines = ["OK: de checklists kloppen."]
    for checklist in definitions.checklists():
        hidden = len(checklist.all_tasks) - len(checklist.tasks)
        extra = f" ({hidden} verborgen)" if hidden else ""
        lines.append(f"  {checklist.title.nl}: {len(checklist.tasks)} taken{extra}")
    lines.append(f"  Persoonlijk plan: {len(definitions.plan_sections)} onderdelen")
    lines.append(
        f"  Levensgebieden: {len(definitions.life_domains)}, doelgroepen: {len(definitions.target_groups)}, "
        f"wetten: {len(definitions.laws)}, soorten contact: {len(definitions.contact_types)}"
    )
    lines.append(f"  Versie checklists: {definitions.checklist_version}")
    lines.append(f"  Versie persoonlijk plan: {definitions.plan_version}")
    if definitions.overrides:
        for source in definitions.overrides:
            lines.append(f"  Aanpassing {source.id} (versie {source.version}): {source.file}")
    else:
        lines.append("  Geen aanpassingen gevonden.")
    return lines


def run_check(args: argparse.Namespace) -> int:
    problems = checklists.validate(args.files)
    if problems:
        for problem in problems:
            print(problem)
        count = len(problems)
        print(f"{count} {'probleem' if count == 1 else 'problemen'} gevonden.", file=sys.stderr)
        return EXIT_USAGE
    print("\n".join(_summary(checklists.load_definitions(args.files))))
    return EXIT_OK
