"""`oco-desktop letter {objection,default} CLIENT_ID --out FILE.pdf [--lang nl|en]`.

A letter for the resident to sign: a pro-forma objection or a notice of default, from the client's
current case. `--out` ending in .txt writes plain text (to paste in an email) instead of a PDF.
Exit codes: 0 ok; 2 bad input, including a date the letter needs that is not recorded (the message
names it) and a notice of default before the municipality is late; 3 wrong passphrase; 4 vault problem.
"""

from __future__ import annotations

from pathlib import Path

from oco_desktop.cli.plan_command import check_out
from oco_desktop.cli.vault_commands import open_vault
from oco_desktop.domain.letters import LetterKind
from oco_desktop.errors import EXIT_OK, NotFound, UsageError
from oco_desktop.export.letter_builder import export_letter
from oco_desktop.storage import clients


def cmd_letter(args) -> int:
    out = Path(args.out)
    check_out(out, args)
    if out.suffix.lower() not in (".pdf", ".txt"):
        raise UsageError(f"{out}: geef een bestand dat eindigt op .pdf (de brief) of .txt (platte tekst).")
    with open_vault(args) as vault:
        if clients.find_client(vault, args.client_id) is None:
            raise NotFound(f"Er is geen cliënt met id {args.client_id} in deze kluis. "
                           "Gebruik 'oco-desktop clients' om de id's te zien.")
        path = export_letter(vault, args.kind, args.client_id, out, lang=args.lang)
    print(f"Brief opgeslagen: {path}")
    return EXIT_OK


def register(subparsers, common) -> None:
    p = subparsers.add_parser(
        "letter", parents=[common],
        help="brief voor de inwoner: bezwaarschrift of ingebrekestelling",
        description="Maak een brief die de inwoner zelf ondertekent: 'objection' (een eerste bezwaarschrift "
                    "tegen de beslissing) of 'default' (ingebrekestelling als de gemeente te laat is). "
                    "Met --out op .txt komt er platte tekst in plaats van een PDF. Exitcodes: 0 gelukt, 2 fout "
                    "in de invoer (ook: een datum die de brief nodig heeft ontbreekt), 3 verkeerde "
                    "wachtwoordzin, 4 kluisprobleem.",
    )
    p.add_argument("kind", choices=[k.value for k in LetterKind], help="objection of default")
    p.add_argument("client_id", metavar="CLIENT_ID", help="id van de cliënt (zie 'oco-desktop clients')")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="waar de brief moet komen (.pdf of .txt)")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van de brief (standaard nl)")
    p.set_defaults(func=cmd_letter)


