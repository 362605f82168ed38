"""`oco-desktop backup --to DIR [--keep K]` and `oco-desktop restore FROM --vault PATH [--replace]`."""

from __future__ import annotations

from oco_desktop import paths
from oco_desktop.cli import secrets
from oco_desktop.cli.vault_commands import open_vault
from oco_desktop.errors import EXIT_OK
from oco_desktop.storage import backup


def cmd_backup(args) -> int:
    from oco_desktop.cli.plan_command import vault_folder_of

    folder = vault_folder_of(args)
    if folder is not None and folder.is_dir():
        # A refused --to is a quick error before the passphrase is asked and the vault is opened
        # (make_backup checks again, with the vault's size).
        backup.check_target(args.to, folder, 0)
    with open_vault(args) as vault:
        result = backup.make_backup(vault, args.to, keep=args.keep)
    print(f"Reservekopie gemaakt en gecontroleerd: {result.path}")
    print(f"Cliënten: {result.counts.get('clients', 0)}, notities: {result.counts.get('notes', 0)}.")
    for path in result.removed:
        print(f"Oude reservekopie verwijderd: {path.name}")
    print("De reservekopie opent met dezelfde wachtwoordzin en herstelcode als de kluis.")
    return EXIT_OK


def cmd_restore(args) -> int:
    target = paths.vault_path_from(getattr(args, "vault", None))
    # A wrong place is said before the passphrase is asked, not after it was typed.
    backup.check_restore_paths(args.source, target, replace=args.replace)
    passphrase = secrets.read_secret("OCO_PASSPHRASE", "Wachtwoordzin van de reservekopie: ")
    result = backup.restore(args.source, target, passphrase, replace=args.replace)
    if result.moved_aside is not None:
        print(f"De vorige kluis staat opzij: {result.moved_aside}")
    print(f"Reservekopie teruggezet en gecontroleerd: {result.path}")
    print(f"Cliënten: {result.counts.get('clients', 0)}, notities: {result.counts.get('notes', 0)}.")
    return EXIT_OK


def _positive(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("geef een heel getal") from None
    if value < 1:
        raise argparse.ArgumentTypeError("moet 1 of meer zijn")
    return value


def register(subparsers, common) -> None:
    p = subparsers.add_parser("backup", parents=[common], help="maak een gecontroleerde reservekopie van de kluis")
    p.add_argument("--to", metavar="DIR", required=True, help="bestaande map buiten de kluis (bijv. een USB-stick)")
    p.add_argument("--keep", metavar="K", type=_positive, default=None,
                   help="bewaar alleen de laatste K reservekopieën van deze kluis in DIR")
    p.set_defaults(func=cmd_backup)
    p = subparsers.add_parser("restore", parents=[common],
                              help="zet een reservekopie terug op --vault (overschrijft nooit)")
    p.add_argument("source", metavar="FROM", help="de map van de reservekopie (kluis-....ocovault)")
    p.add_argument("--replace", action="store_true",
                   help="zet de huidige kluis op --vault opzij (datum in de naam) en de kopie ervoor in de plaats")
    p.set_defaults(func=cmd_restore)
