"""Vault subcommands: init, check, clients, passwd [--rekey], recover [--org-key], recovery-code new."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

from oco_desktop import paths
from oco_desktop.cli import secrets
from oco_desktop.errors import EXIT_OK, EXIT_VAULT, UsageError, VaultExists

if TYPE_CHECKING:
    from oco_desktop.storage.vault import Vault

# Storage modules are imported inside the commands: `--version` and `--help` stay fast.

COUNTED_TABLES = ("clients", "cases", "notes", "follow_ups", "checklist_items", "plans", "drafts")
RECOVERY_NOTE = ("Schrijf de herstelcode op en bewaar hem veilig, los van deze computer. "
                 "Hij wordt niet nog eens getoond.")


def vault_folder(args):
    return paths.vault_path_from(getattr(args, "vault", None))


def open_vault(args, *, upgrade: bool = True, full_check: bool = False, read_only_ok: bool = False) -> Vault:
    """Open the vault named by --vault / OCO_VAULT / default, with the passphrase from env or prompt.

    `read_only_ok`: a vault on a read-only disk (a backup on a locked stick) opens for reading.
    """
    from oco_desktop.storage.vault import Vault, read_key_file

    folder = vault_folder(args)
    # Fail on a missing or malformed vault before asking for a passphrase.
    read_key_file(folder)
    return Vault.open(folder, secrets.passphrase(), upgrade=upgrade, full_check=full_check,
                      read_only_ok=read_only_ok)


def print_recovery_code(code: str, *before: str) -> None:
    """Show a new recovery code (after the lines `before`). If it cannot be shown (a closed pipe, as with
    `| head -1`), that is an error, not a quiet success: the code exists nowhere else."""
    try:
        for line in before:
            print(line)
        print(f"Recovery code: {code}")
        print(RECOVERY_NOTE, flush=True)
    except OSError:  # BrokenPipeError included
        from oco_desktop.cli import _quiet_stdout

        _quiet_stdout()
        raise UsageError(
            "De herstelcode kon niet worden getoond: de uitvoer werd afgesloten (bijvoorbeeld door | head). "
            "Maak een nieuwe herstelcode met: oco-desktop recovery-code new"
        ) from None


def cmd_init(args) -> int:
    from oco_desktop.storage.vault import Vault

    folder = vault_folder(args)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise VaultExists(f"Op {folder} staat al iets; init overschrijft nooit iets.", folder)
    from oco_desktop.export.safe_write import refuse_new_vault_inside_a_vault

    refuse_new_vault_inside_a_vault(folder)
    passphrase = secrets.passphrase_for_new_vault()
    vault, recovery_code = Vault.create(folder, passphrase)
    vault.close()
    print_recovery_code(recovery_code, f"Kluis gemaakt: {folder}")
    return EXIT_OK


def cmd_check(args) -> int:
    from oco_desktop.storage.vault import NOT_RUN

    full_text = bool(getattr(args, "full", False))
    # `check --full` runs the full page check at open (a damaged vault is refused there, exit 4) and
    # integrity() reuses it. The everyday form reads the file once in integrity() (see Vault.integrity);
    # the page check still runs at open after an unclean close.
    with open_vault(args, upgrade=False, full_check=full_text, read_only_ok=True) as vault:
        result = vault.integrity(full_text=full_text)
        print(f"Kluis: {vault.folder}")
        if vault.read_only:
            print("alleen-lezen: ja (niets gewijzigd)")
        print(f"integrity_check: {result['integrity_check']}")
        print(f"cipher_integrity_check: {result['cipher_integrity_check']}")
        if not full_text:
            print("zoekindex tegen de notities: niet nagelopen (dat doet: oco-desktop check --full)")
        ok = result["integrity_check"] == "ok" and result["cipher_integrity_check"] in ("ok", NOT_RUN)
        if ok:  # a damaged page leaves the connection unable to read on: no schema or counts then
            print(f"schema: {vault.schema_version()}")
            for table in COUNTED_TABLES:
                if vault.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                      (table,)).fetchone():
                    print(f"{table}: {vault.conn.execute(f'SELECT count(*) FROM {table}').fetchone()[0]}")
    if not ok:
        from oco_desktop.storage.vault import DB_NAME

        print(f"oco-desktop: de kluis is beschadigd ({vault.folder / DB_NAME}); zet een reservekopie terug.",
              file=sys.stderr)
        return EXIT_VAULT
    return EXIT_OK


def cmd_clients(args) -> int:
    from oco_desktop.storage.caseload import caseload

    with open_vault(args, read_only_ok=True) as vault:
        rows = caseload(vault)
    if args.json:
        data = [
            {"id": r.client_id, "name": r.name, "phase": r.phase, "status": r.status,
             "next_follow_up": r.next_follow_up}
            for r in rows
        ]
        # One write: json.dump to a stream makes a write call per token (about 5 per client).
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        sys.stdout.flush()
        return EXIT_OK
    for r in rows:
        print(f"{r.client_id}\t{r.name}\t{r.phase or '-'}\t{r.next_follow_up or '-'}")
    sys.stdout.flush()
    return EXIT_OK


def cmd_passwd(args) -> int:
    from oco_desktop.storage.vault import Vault, read_key_file

    folder = vault_folder(args)
    read_key_file(folder)
    old = secrets.passphrase()
    new = secrets.new_passphrase()  # checked before the vault is touched
    with Vault.open(folder, old) as vault:
        if args.rekey:
            code = vault.rekey(old, new)
        else:
            vault.change_passphrase(old, new)
    if args.rekey:
        print_recovery_code(
            code, "De wachtwoordzin is gewijzigd.",
            "De kluis is opnieuw versleuteld met een nieuwe sleutel; oude kopieën van keys.json werken niet meer.",
            "De oude herstelcode werkt niet meer. Dit is de nieuwe:")
    else:
        print("De wachtwoordzin is gewijzigd.")
    return EXIT_OK


def cmd_recover(args) -> int:
    from oco_desktop.storage.vault import Vault, read_key_file

    folder = vault_folder(args)
    read_key_file(folder)
    if getattr(args, "org_key", None):
        from oco_desktop.cli.org_key_command import recover_with_org_key

        return recover_with_org_key(folder, args.org_key)
    code = secrets.recovery_code()
    new = secrets.new_passphrase()
    with Vault.recover(folder, code, new):
        pass
    print("Er is een nieuwe wachtwoordzin ingesteld. De herstelcode blijft geldig.")
    return EXIT_OK


def cmd_recovery_code_new(args) -> int:
    with open_vault(args) as vault:
        code = vault.new_recovery_code()
    print_recovery_code(code, "Er is een nieuwe herstelcode gemaakt; de oude werkt niet meer.")
    return EXIT_OK


def register(subparsers, common) -> None:
    p = subparsers.add_parser("init", parents=[common], help="maak een nieuwe kluis (overschrijft nooit)")
    p.set_defaults(func=cmd_init)
    p = subparsers.add_parser("check", parents=[common], help="controleer de kluis (ook alleen-lezen)")
    p.add_argument("--full", action="store_true",
                   help="loop ook de zoekindex na tegen alle notities (duurt langer bij veel notities)")
    p.set_defaults(func=cmd_check)
    p = subparsers.add_parser("clients", parents=[common], help="toon de caseload")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(func=cmd_clients)
    p = subparsers.add_parser("passwd", parents=[common], help="wijzig de wachtwoordzin")
    p.add_argument("--rekey", action="store_true",
                   help="versleutel de kluis ook opnieuw met een nieuwe sleutel (en een nieuwe herstelcode)")
    p.set_defaults(func=cmd_passwd)
    p = subparsers.add_parser("recover", parents=[common], help="nieuwe wachtwoordzin met de herstelcode")
    p.add_argument("--org-key", metavar="PRIVATE_KEY", default=None,
                   help="met het geheime deel van de organisatiesleutel (wachtwoordzin in OCO_ORG_KEY_PASSPHRASE)")
    p.set_defaults(func=cmd_recover)
    p = subparsers.add_parser("recovery-code", parents=[common], help="herstelcode beheren")
    actions = p.add_subparsers(dest="recovery_action", metavar="ACTIE", required=True)
    q = actions.add_parser("new", parents=[common], help="maak een nieuwe herstelcode; de oude vervalt")
    q.set_defaults(func=cmd_recovery_code_new)
