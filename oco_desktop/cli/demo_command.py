"""`oco-desktop demo --clients N [--seed S] [--notes-per-client K]`: a vault full of invented clients.

For trying the app and for benchmarks. Creates the vault when it does not exist (and shows the
recovery code once, like `init`), else opens it and adds N clients after the ones already there.
The passphrase comes from OCO_PASSPHRASE or a prompt, never from an argument.
"""

from __future__ import annotations

import sys

from oco_desktop import paths
from oco_desktop.cli import secrets
from oco_desktop.cli.vault_commands import open_vault, print_recovery_code
from oco_desktop.errors import EXIT_OK, UsageError

DEFAULT_SEED = 1
DEFAULT_NOTES_PER_CLIENT = 5
# Upper bounds: a typo (an extra zero or three) must not fill the disk for hours.
MAX_CLIENTS = 100_000
MAX_NOTES_PER_CLIENT = 200


def _vault_missing(folder) -> bool:
    return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))


def cmd_demo(args) -> int:
    from oco_desktop.storage.demo_fill import fill
    from oco_desktop.storage.vault import Vault

    if not 1 <= args.clients <= MAX_CLIENTS:
        raise UsageError(f"--clients moet tussen 1 en {MAX_CLIENTS} liggen.")
    if not 0 <= args.notes_per_client <= MAX_NOTES_PER_CLIENT:
        raise UsageError(f"--notes-per-client moet tussen 0 en {MAX_NOTES_PER_CLIENT} liggen.")
    folder = paths.vault_path_from(getattr(args, "vault", None))
    if _vault_missing(folder):
        from oco_desktop.export.safe_write import refuse_new_vault_inside_a_vault

        refuse_new_vault_inside_a_vault(folder)
        passphrase = secrets.passphrase_for_new_vault()
        vault, recovery_code = Vault.create(folder, passphrase)
        print_recovery_code(recovery_code, f"Kluis gemaakt: {folder}")
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
