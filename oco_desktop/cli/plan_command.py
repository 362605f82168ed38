"""`oco-desktop plan export` and `oco-desktop subject-access`: the plan PDF and the subject-access export
without the GUI.

Exit codes (the CLI contract): 0 ok; 2 usage error, which includes an unknown client id and an output
path that cannot be written; 3 wrong passphrase; 4 vault missing, unusable or locked.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from oco_desktop.cli.vault_commands import open_vault
from oco_desktop.errors import EXIT_OK, NotFound, OcoError, UsageError

# reportlab, the checklists and storage are imported inside the commands: `--version` stays fast.

_FORMATS = {".pdf": "pdf", ".json": "json"}


def _definitions(lang: str):
    from oco_desktop.domain.checklists import load_effective_definitions

    return load_effective_definitions(lang=lang).definitions


def _require_client(vault, client_id: str) -> None:
    from oco_desktop.storage import clients

    if clients.find_client(vault, client_id) is None:
        raise NotFound(
            f"Er is geen cliënt met id {client_id} in deze kluis. "
            "Gebruik 'oco-desktop clients' om de id's te zien."
        )


def vault_folder_of(args) -> Path | None:
    """The vault the command opens (to refuse exports into it), or None when the option is unusable."""
    from oco_desktop import paths

    try:
        return paths.vault_path_from(getattr(args, "vault", None))
    except (OcoError, OSError, ValueError):
        return None


def check_out(path: str | Path, args) -> Path:
    """Refuse a bad export target before the passphrase is asked: a quick, clear error (exit 2)."""
    from oco_desktop.export.safe_write import check_export_target

    return check_export_target(path, vault_folder_of(args))


def cmd_plan_export(args) -> int:
    from oco_desktop.cli.prefetch import imports_in_background

    out = Path(args.out)
    check_out(out, args)
    # Storage first, alone: the background thread would share the GIL with its imports. The thread then
    # imports reportlab, registers the fonts and reads the checklists while Argon2id (started by the CLI
    # before the arguments were parsed, see cli.secrets.derive_passphrase_ahead) finishes.
    import oco_desktop.storage.vault  # noqa: F401

    def prepare():
        from oco_desktop.export.fonts import register_fonts

        register_fonts()  # once per process, under a lock: the export then finds them registered
        return _definitions(args.lang)

    with imports_in_background("oco_desktop.export.reportlab_import", "oco_desktop.export.plan_builder",
                              then=prepare) as prefetch, \
            open_vault(args) as vault:
        from oco_desktop.export.plan_builder import export_plan_pdf

        _require_client(vault, args.client_id)
        definitions = prefetch.result() or _definitions(args.lang)
        path = export_plan_pdf(vault, definitions, args.client_id, out, lang=args.lang,
                               large_print=args.large_print, family_group=args.family_group,
                               supporter_signature=args.supporter_signature)
    print(f"Plan opgeslagen: {path}")
    return EXIT_OK


def cmd_subject_access(args) -> int:
    from oco_desktop.export import subject_access

    targets: list[tuple[str, Path]] = []
    if args.out:
        kind = _FORMATS.get(Path(args.out).suffix.lower())
        if kind is None:
            raise UsageError("Geef met --out een bestand dat eindigt op .pdf of .json.")
        targets.append((kind, Path(args.out)))
    if args.pdf:
        targets.append(("pdf", Path(args.pdf)))
    if args.json:
        targets.append(("json", Path(args.json)))
    if not targets:
        raise UsageError("Geef aan waar de export moet komen: --out BESTAND.pdf|.json, of --pdf en/of --json.")
    checked = [check_out(path, args) for _kind, path in targets]
    if len(set(checked)) < len(checked):  # the second file would silently replace the first
        raise UsageError("Geef voor de PDF en de JSON twee verschillende bestanden op.")
    with open_vault(args) as vault:
        _require_client(vault, args.client_id)
        for kind, path in targets:
            if kind == "pdf":
                written = subject_access.export_subject_access_pdf(
                    vault, args.client_id, path, args.lang, _definitions(args.lang), args.large_print)
            else:
                written = subject_access.export_subject_access_json(vault, args.client_id, path)
            print(f"Inzage-export opgeslagen: {written}")
    return EXIT_OK


def _lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van het document (standaard nl)")
    parser.add_argument("--large-print", action="store_true", help="grote letters")


def register(subparsers, common) -> None:
    plan = subparsers.add_parser("plan", parents=[common], help="persoonlijk plan")
    plan_sub = plan.add_subparsers(dest="plan_command", metavar="ACTIE", required=True)
    p = plan_sub.add_parser(
        "export", parents=[common],
        help="maak de PDF van het persoonlijk plan (huidige casus van de cliënt)",
        description="Maak de PDF van het persoonlijk plan van de huidige casus van een cliënt. "
                    "Alleen het plan, nooit notities. Exitcodes: 0 gelukt, 2 fout in de invoer (onbekende "
                    "cliënt, bestand kan niet worden geschreven), 3 verkeerde wachtwoordzin, 4 kluis ontbreekt "
                    "of is niet bruikbaar.",
    )
    p.add_argument("client_id", metavar="CLIENT_ID", help="id van de cliënt (zie 'oco-desktop clients')")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="waar de PDF moet komen")
    p.add_argument("--family-group", action="store_true",
                   help="familiegroepsplan: noemt de mensen uit het netwerk van de cliënt")
    p.add_argument("--supporter-signature", action="store_true",
                   help="ook een handtekening van de cliëntondersteuner (standaard tekent alleen de inwoner)")
    _lang_option(p)
    p.set_defaults(func=cmd_plan_export)

    p = subparsers.add_parser(
        "subject-access", parents=[common],
        help="inzage: alles wat de kluis over een cliënt bewaart (PDF en/of JSON)",
        description="Inzage (AVG artikel 15): alles wat de kluis over één cliënt bewaart. "
                    "Het formaat volgt uit --out (.pdf of .json); met --pdf en --json maakt u beide in één keer. "
                    "Exitcodes: 0 gelukt, 2 fout in de invoer, 3 verkeerde wachtwoordzin, 4 kluisprobleem.",
    )
    p.add_argument("client_id", metavar="CLIENT_ID", help="id van de cliënt")
    p.add_argument("--out", metavar="FILE.pdf|FILE.json", help="één bestand; het formaat volgt uit de extensie")
    p.add_argument("--pdf", metavar="FILE", help="(ook) een leesbare PDF hier")
    p.add_argument("--json", metavar="FILE", help="(ook) JSON (UTF-8) hier")
    _lang_option(p)
    p.set_defaults(func=cmd_subject_access)
