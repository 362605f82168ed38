"""`oco-desktop demo --clients N [--seed S] [--notes-per-client K]`: a vault full of invented clients.

For trying the app and for benchmarks. Creates the vault when it does not exist (and shows the
recovery code once, like `init`), else opens it and adds N clients after the ones already there.
The passphrase comes from OCO_PASSPHRASE or a prompt, never from an argument.
"""

from __future__ import annotations

import sys

from oco_desktop import paths
from oco_desktop.cli import secrets
from oco_desktop.cli.vault_commands import open_vault
from oco_desktop.errors import EXIT_OK, UsageError

DEFAULT_SEED = 1
DEFAULT_NOTES_PER_CLIENT = 5


def _vault_missing(folder) -> bool:
    return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))


def cmd_demo(args) -> int:
    from oco_desktop.storage.demo_fill import fill
    from oco_desktop.storage.vault import Vault

    if args.clients < 1:
        raise UsageError("--clients moet 1 of meer zijn.")
    if args.notes_per_client < 0:
        raise UsageError("--notes-per-client kan niet negatief zijn.")
    folder = paths.vault_path_from(getattr(args, "vault", None))
    if _vault_missing(folder):
        passphrase = secrets.read_secret("OCO_PASSPHRASE", "Nieuwe wachtwoordzin: ", confirm=True)
        vault, recovery_code = Vault.create(folder, passphrase)
        print(f"Kluis gemaakt: {folder}")
        print(f"Recovery code: {recovery_code}")
        print("Schrijf de herstelcode op en bewaar hem veilig, los van deze computer. Hij wordt niet nog eens getoond.")
    else:
        vault = open_vault(args)

    def progress(done: int, total: int) -> None:
        if total > 200:
            print(f"  {done}/{total} cliënten", file=sys.stderr, flush=True)

    with vault:
        result = fill(vault, args.clients, args.seed, notes_per_client=args.notes_per_client, progress=progress)
    print(f"Demo-gegevens toegevoegd (seed {args.seed}): {result.clients} cliënten, {result.notes} notities, "
          f"{result.follow_ups} acties. Alle gegevens zijn verzonnen.")
    return EXIT_OK


def register(subparsers, common) -> None:
    p = subparsers.add_parser(
        "demo", parents=[common],
        help="vul een (nieuwe) kluis met verzonnen cliënten, om te proberen of te meten",
    )
    p.add_argument("--clients", type=int, required=True, metavar="N", help="aantal cliënten om toe te voegen")
    p.add_argument("--seed", default=str(DEFAULT_SEED), metavar="S",
                   help=f"zelfde seed geeft dezelfde gegevens (standaard {DEFAULT_SEED})")
    p.add_argument("--notes-per-client", type=int, default=DEFAULT_NOTES_PER_CLIENT, metavar="K",
                   help=f"gemiddeld aantal notities per cliënt, met spreiding (standaard {DEFAULT_NOTES_PER_CLIENT})")
    p.set_defaults(func=cmd_demo)
