"""`oco-desktop org-key new|add|remove|show` and `recover --org-key` (see storage/org_slot.py)."""

from __future__ import annotations

from pathlib import Path

from oco_desktop.cli import secrets
from oco_desktop.cli.vault_commands import open_vault
from oco_desktop.errors import EXIT_OK, UsageError
from oco_desktop.storage import org_key, org_slot

MIN_ORG_PASSPHRASE = 12


def org_passphrase(*, confirm: bool = False) -> str:
    return secrets.read_secret(
        "OCO_ORG_KEY_PASSPHRASE", "Wachtwoordzin van de organisatiesleutel: ", confirm=confirm
    )


def cmd_new(args) -> int:
    from oco_desktop.cli.plan_command import vault_folder_of
    from oco_desktop.export.safe_write import check_export_folder

    check_export_folder(args.out, vault_folder_of(args))  # a private key never goes into a vault folder
    passphrase = org_passphrase(confirm=True)
    if len(passphrase) < MIN_ORG_PASSPHRASE:
        raise UsageError(
            f"De wachtwoordzin van de organisatiesleutel moet minstens {MIN_ORG_PASSPHRASE} tekens hebben: "
            "deze sleutel opent straks de kluizen van alle ondersteuners die hem toevoegen."
        )
    public_path, private_path = org_key.write_key_pair(Path(args.out), passphrase)
    key = org_key.load_public_key(public_path)
    print(f"Organisatiesleutel {key.key_id} gemaakt.")
    print(f"Openbaar deel (aan ondersteuners geven): {public_path}")
    print(f"Geheim deel (alleen de coördinator, veilig bewaren): {private_path}")
    print("Zonder het geheime deel én zijn wachtwoordzin helpt deze sleutel niemand een kluis te openen.")
    return EXIT_OK


def cmd_add(args) -> int:
    public = org_key.load_public_key(Path(args.public_key))
    with open_vault(args) as vault:
        replaced = org_slot.org_key_id(vault.key_file)
        org_slot.add(vault, public)
        _log(vault, "org_key", f"organisatiesleutel {public.key_id} toegevoegd")
    if replaced and replaced != public.key_id:
        print(f"Organisatiesleutel {replaced} is vervangen door {public.key_id}.")
    else:
        print(f"Organisatiesleutel {public.key_id} kan deze kluis nu openen (om een nieuwe wachtwoordzin te zetten).")
    return EXIT_OK


def cmd_remove(args) -> int:
    with open_vault(args) as vault:
        key_id = org_slot.org_key_id(vault.key_file)
        removed = org_slot.remove(vault)
        if removed:
            _log(vault, "org_key", f"organisatiesleutel {key_id} verwijderd")
    if removed:
        print(f"Organisatiesleutel {key_id} is verwijderd: alleen uw wachtwoordzin en herstelcode openen de kluis.")
    else:
        print("Deze kluis had geen organisatiesleutel.")
    return EXIT_OK


def cmd_show(args) -> int:
    from oco_desktop import paths
    from oco_desktop.storage.vault import read_key_file

    key_file = read_key_file(paths.vault_path_from(getattr(args, "vault", None)))
    key_id = org_slot.org_key_id(key_file)
    if key_id:
        print(f"Organisatiesleutel {key_id} kan deze kluis openen.")
    else:
        print("Geen organisatiesleutel: alleen uw wachtwoordzin en herstelcode openen deze kluis.")
    return EXIT_OK


def recover_with_org_key(folder: Path, private_path: str) -> int:
    private = org_key.load_private_key(Path(private_path), org_passphrase())
    new = secrets.new_passphrase()
    with org_slot.recover(folder, private, new) as vault:
        _log(vault, "recover", f"nieuwe wachtwoordzin met organisatiesleutel {private.key_id}")
    print("Er is een nieuwe wachtwoordzin ingesteld met de organisatiesleutel. Geef hem alleen aan de ondersteuner.")
    return EXIT_OK


def _log(vault, kind: str, detail: str) -> None:
    from oco_desktop.storage import access_log

    access_log.record(vault, kind, detail=detail)


def register(subparsers, common) -> None:
    p = subparsers.add_parser("org-key", parents=[common], help="organisatiesleutel voor herstel (optioneel)")
    sub = p.add_subparsers(dest="org_key_command", metavar="ACTIE", required=True)
    q = sub.add_parser("new", parents=[common], help="maak een sleutelpaar (wachtwoordzin in OCO_ORG_KEY_PASSPHRASE)")
    q.add_argument("--out", metavar="DIR", required=True, help="map voor de twee sleutelbestanden")
    q.set_defaults(func=cmd_new)
    q = sub.add_parser("add", parents=[common], help="laat de organisatiesleutel deze kluis openen")
    q.add_argument("public_key", metavar="PUBLIC_KEY", help="het openbare deel (.ocoorgpub)")
    q.set_defaults(func=cmd_add)
    q = sub.add_parser("remove", parents=[common], help="haal de organisatiesleutel van deze kluis")
    q.set_defaults(func=cmd_remove)
    q = sub.add_parser("show", parents=[common], help="toon of een organisatiesleutel deze kluis kan openen")
    q.set_defaults(func=cmd_show)
