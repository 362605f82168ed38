"""`oco-desktop handover export CLIENT_ID... --out FILE.ocohandover` and `handover import FILE [--as-copy]`."""

from __future__ import annotations

import sys
from pathlib import Path

from oco_desktop.cli import secrets
from oco_desktop.cli.vault_commands import open_vault
from oco_desktop.errors import EXIT_OK
from oco_desktop.storage import handover


def cmd_export(args) -> int:
    from oco_desktop.cli.plan_command import vault_folder_of

    # A refused --out is a quick error before the passphrase is asked and the vault is opened.
    handover._check_new_file(Path(args.out), vault_folder_of(args))
    with open_vault(args) as vault:
        result = handover.export_clients(vault, args.client_ids, args.out)
        missing = handover.tables_not_carried(vault.conn)
    n = len(result.client_ids)
    print(f"Overdracht gemaakt: {result.path} ({n} {'cliënt' if n == 1 else 'cliënten'}, "
          f"{result.counts.get('notes', 0)} notities).")
    print(f"Overdrachtscode: {result.code}")
    print("Geef de code apart van het bestand door (bijvoorbeeld telefonisch). Hij wordt niet nog eens getoond.")
    if missing:
        print(f"Let op: niet meegenomen (geen koppeling aan de cliënt): {', '.join(missing)}", file=sys.stderr)
    print("Sluit daarna de casussen af met reden 'overgedragen' en verwijder de dossiers als uw collega ze heeft.")
    return EXIT_OK


def cmd_import(args) -> int:
    code = secrets.read_secret("OCO_HANDOVER_CODE", "Overdrachtscode: ")
    with open_vault(args) as vault:
        result = handover.import_bundle(vault, args.file, code, as_copy=args.as_copy)
        names = handover.client_names(vault, result.client_ids)
    for cid in result.client_ids:
        copy = " (kopie met nieuw nummer)" if args.as_copy else ""
        print(f"Overgenomen: {cid}\t{names.get(cid, '')}{copy}")
    print(f"{result.counts.get('notes', 0)} notities, {result.counts.get('cases', 0)} casussen.")
    return EXIT_OK


def register(subparsers, common) -> None:
    p = subparsers.add_parser("handover", parents=[common], help="draag dossiers over aan een collega")
    sub = p.add_subparsers(dest="handover_command", metavar="ACTIE", required=True)
    q = sub.add_parser("export", parents=[common], help="versleutel dossiers onder een eenmalige overdrachtscode")
    q.add_argument("client_ids", metavar="CLIENT_ID", nargs="+",
                   help="id van een cliënt (zie 'oco-desktop clients'); meer ids mag")
    q.add_argument("--out", metavar="FILE", required=True, help="nieuw bestand (.ocohandover); overschrijft nooit")
    q.set_defaults(func=cmd_export)
    q = sub.add_parser("import", parents=[common], help="neem dossiers over (code in OCO_HANDOVER_CODE)")
    q.add_argument("file", metavar="FILE", help="het overdrachtsbestand (.ocohandover) van uw collega")
    q.add_argument("--as-copy", action="store_true", help="als de cliënt er al is: een kopie met nieuwe nummers")
    q.set_defaults(func=cmd_import)
