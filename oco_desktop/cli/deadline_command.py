"""`oco-desktop deadline {plan|assessment|decision|objection} --from YYYY-MM-DD`.

Prints the last day (ISO date first, so scripts can cut it), one line of plain-Dutch explanation for
the resident and one line with the law behind it, for the supporter.
No vault is needed: the rules only use the date given and the holiday calendar.
"""

from __future__ import annotations

import argparse
import re
from datetime import date

from oco_desktop.domain.dates_nl import format_date_nl
from oco_desktop.domain.deadlines import DeadlineKind, compute, explain_nl, legal_line_nl
from oco_desktop.domain.holidays import DateOutOfRange, load_calendar
from oco_desktop.errors import UsageError

KINDS = [kind.value for kind in DeadlineKind]
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

_KIND_HELP = {
    DeadlineKind.PLAN: "persoonlijk plan inleveren (7 dagen na de melding)",
    DeadlineKind.ASSESSMENT: "onderzoek door de gemeente klaar (6 weken na de melding)",
    DeadlineKind.DECISION: "beslissing op de aanvraag (2 weken na de aanvraag)",
    DeadlineKind.OBJECTION: "bezwaar maken (6 weken na het versturen van de beslissing)",
}


def register(subparsers, common: argparse.ArgumentParser) -> None:
    kinds_help = "; ".join(f"{k.value}: {text}" for k, text in _KIND_HELP.items())
    parser = subparsers.add_parser(
        "deadline",
        parents=[common],
        help="bereken de laatste dag van een wettelijke termijn",
        description="Bereken de laatste dag van een wettelijke termijn (Wmo 2015, Awb, Algemene "
        "termijnenwet). Dit is een berekening: controleer de datum in de brief van de gemeente.",
    )
    # Kind and date are checked in run() so the messages are in Dutch (argparse's are English).
    parser.add_argument("kind", metavar="{" + "|".join(KINDS) + "}", help=kinds_help)
    parser.add_argument(
        "--from",
        dest="from_date",
        metavar="YYYY-MM-DD",
        help="datum van de melding, de aanvraag of het versturen van de beslissing",
    )
    parser.set_defaults(func=run)


def parse_kind(value: str) -> DeadlineKind:
    try:
        return DeadlineKind(value)
    except ValueError:
        raise UsageError(f"Onbekende soort termijn '{value}'. Kies uit: {', '.join(KINDS)}.") from None


def parse_iso_date(value: str | None) -> date:
    if value is None:
        raise UsageError("Geef de begindatum op met --from JJJJ-MM-DD, bijvoorbeeld --from 2027-03-01.")
    # fromisoformat also takes '20270301' and week dates; the contract is YYYY-MM-DD only.
    if not _ISO_DATE.fullmatch(value):
        raise UsageError(f"Ongeldige datum '{value}'. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2027-03-01.")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"De datum '{value}' bestaat niet. Controleer de dag en de maand.") from None


def run(args: argparse.Namespace) -> int:
    kind = parse_kind(args.kind)
    start = parse_iso_date(args.from_date)
    calendar = load_calendar()
    try:
        deadline = compute(kind, start, calendar)
    except DateOutOfRange as exc:
        raise UsageError(str(exc)) from None
    print(f"{deadline.last_day.isoformat()} {format_date_nl(deadline.last_day)}")
    print(explain_nl(deadline))
    print(legal_line_nl(deadline))
    return 0
