"""`oco-desktop report` and `oco-desktop report-merge`: the organisation's anonymous figures.

    report --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.{pdf,csv,json} [--min-cell N]
           [--with-signal-text] [--lang en]
    report --from ... --to ... --for-organisation PUBLIC_KEY --out FILE.ocoreport
    report-merge FILE.ocoreport... --org-key PRIVATE_KEY --out FILE.{pdf,csv,json} [--min-cell N]

Exit codes: 0 ok; 2 bad input (dates, options, a file given twice, another period); 3 wrong passphrase;
4 vault unusable, or a .ocoreport that is foreign or altered. Problems with one input file are one line
that names the file.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from oco_desktop.cli import secrets
from oco_desktop.cli.vault_commands import open_vault
from oco_desktop.errors import EXIT_OK, UsageError
from oco_desktop.reports import build, service
from oco_desktop.reports.files import check_output, write_output
from oco_desktop.storage import access_log

SEALED_SUFFIX = ".ocoreport"


def _date(text: str) -> date:
    # The deadline command's parser: YYYY-MM-DD only (fromisoformat alone also takes 20260101 and week dates).
    from oco_desktop.cli.deadline_command import parse_iso_date

    try:
        return parse_iso_date(text)
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc).rstrip(".")) from None


def _min_cell(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen geheel getal: {text!r}") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError("--min-cell ligt tussen 1 en 1000")
    return value


def _period(args) -> tuple[date, date]:
    if args.date_from > args.date_to:
        raise UsageError("--from ligt na --to.")
    return args.date_from, args.date_to


def _vault_folder(args) -> Path:
    from oco_desktop import paths

    return paths.vault_path_from(getattr(args, "vault", None))


def cmd_report(args) -> int:
    start, end = _period(args)
    if args.for_organisation:
        from oco_desktop.reports.sealed import seal_counts
        from oco_desktop.storage import org_key

        out = check_output(args.out, (SEALED_SUFFIX,), _vault_folder(args))
        public = org_key.load_public_key(Path(args.for_organisation))
        with open_vault(args) as vault:
            data = service.count_vault(vault, start, end, with_signal_text=args.with_signal_text)
            write_output(out, seal_counts(data, public), vault.folder)
            access_log.record(vault, "export", detail="report")
        print(f"Versleutelde telling opgeslagen: {out} (sleutel {public.key_id})")
        return EXIT_OK
    out = check_output(args.out, service.FORMATS, _vault_folder(args))
    with open_vault(args) as vault:
        data = service.count_vault(vault, start, end, with_signal_text=args.with_signal_text)
        report = service.make_report(data, min_cell=args.min_cell, lang=args.lang)
        service.export(report, out, vault.folder)
        access_log.record(vault, "export", detail="report")
    print(f"Overzicht opgeslagen: {out}")
    return EXIT_OK


def cmd_report_merge(args) -> int:
    from oco_desktop.reports.sealed import merge_files
    from oco_desktop.storage import org_key

    out = check_output(args.out, service.FORMATS)
    files = [Path(f) for f in args.files]
    for f in files:
        if f.suffix.lower() != SEALED_SUFFIX:
            raise UsageError(f"{f}: geen {SEALED_SUFFIX}-bestand.")
    passphrase = secrets.read_secret("OCO_ORG_KEY_PASSPHRASE", "Wachtwoordzin van de organisatiesleutel: ")
    private = org_key.load_private_key(Path(args.org_key), passphrase)
    data = merge_files(files, private)
    if not args.with_signal_text:
        data.signal_texts = []
    report = service.make_report(data, min_cell=args.min_cell, lang=args.lang, source="merged", files=len(files))
    service.export(report, out)
    print(f"Samengevoegd overzicht van {len(files)} bestanden opgeslagen: {out}")
    return EXIT_OK


def _one_line_errors(p: argparse.ArgumentParser) -> None:
    """Usage errors as one line (exit 2), like every other input problem of these commands."""
    from oco_desktop.cli.parser import CliParser

    if isinstance(p, CliParser):  # the shared parser already turns them into one Dutch line
        return

    def error(message: str):
        p.exit(2, f"{p.prog}: {message}\n")

    p.error = error  # type: ignore[method-assign]


def _common_options(p: argparse.ArgumentParser) -> None:
    _one_line_errors(p)
    p.add_argument("--min-cell", type=_min_cell, default=build.DEFAULT_MIN_CELL, metavar="N",
                   help=f"aantallen van 1 tot N tonen als '<N' (standaard {build.DEFAULT_MIN_CELL})")
    p.add_argument("--with-signal-text", action="store_true", help="neem de beschrijvingen van signalen op")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van het overzicht (standaard nl)")


def register(subparsers, common) -> None:
    p = subparsers.add_parser(
        "report", parents=[common],
        help="anoniem overzicht van een periode (PDF, CSV of JSON), of een versleutelde telling",
        description="Anonieme cijfers over een periode: vragen met en zonder dossier, inwoners, casussen per "
                    "fase, de matrix levensgebied x doelgroep (x fase), contacten en minuten, doorlooptijd, "
                    "waardering, regie, verwijzers, uitkomsten en signalen. Kleine aantallen worden '<N'. "
                    "Met --for-organisation: exacte tellingen, versleuteld voor de coördinator (.ocoreport). "
                    "Exitcodes: 0 gelukt, 2 fout in de invoer, 3 verkeerde wachtwoordzin, 4 kluisprobleem.",
    )
    p.add_argument("--from", dest="date_from", type=_date, required=True, metavar="YYYY-MM-DD",
                   help="eerste dag van de periode")
    p.add_argument("--to", dest="date_to", type=_date, required=True, metavar="YYYY-MM-DD",
                   help="laatste dag van de periode")
    p.add_argument("--out", required=True, metavar="FILE.{pdf,csv,json,ocoreport}", help="waar het bestand komt")
    p.add_argument("--for-organisation", metavar="PUBLIC_KEY", default=None,
                   help="openbare organisatiesleutel: schrijf exacte tellingen versleuteld (--out FILE.ocoreport)")
    _common_options(p)
    p.set_defaults(func=cmd_report)

    p = subparsers.add_parser(
        "report-merge", parents=[common],
        help="tel versleutelde tellingen (.ocoreport) van cliëntondersteuners op tot één overzicht",
        description="Opent .ocoreport-bestanden met de geheime organisatiesleutel (wachtwoordzin in "
                    "OCO_ORG_KEY_PASSPHRASE), telt ze op en maakt één overzicht; alleen het resultaat krijgt "
                    "'<N'. Een bestand twee keer of een andere periode: exitcode 2; een bestand voor een andere "
                    "sleutel of een gewijzigd bestand: exitcode 4.",
    )
    p.add_argument("files", nargs="+", metavar="FILE.ocoreport", help="de tellingen van de ondersteuners")
    p.add_argument("--org-key", required=True, metavar="PRIVATE_KEY", help="geheime organisatiesleutel")
    p.add_argument("--out", required=True, metavar="FILE.{pdf,csv,json}", help="waar het overzicht komt")
    _common_options(p)
    p.set_defaults(func=cmd_report_merge)
