"""Reading secrets for CLI commands: from the environment, else a prompt without echo.

Secrets are never accepted as command-line arguments (they would show in `ps` and shell history).
"""

from __future__ import annotations

import os
import sys

from oco_desktop.errors import UsageError


def _valid_text(value: str, source: str) -> str:
    try:
        value.encode("utf-8")  # undecodable bytes from the environment arrive as lone surrogates
    except UnicodeEncodeError:
        raise UsageError(f"{source} bevat tekens die geen geldige UTF-8 zijn.") from None
    if "\0" in value:
        raise UsageError(f"{source} bevat een ongeldig teken.")
    return value


def read_secret(env_name: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env_name)
    if value is not None:
        if not value:
            raise UsageError(f"{env_name} is leeg.")
        return _valid_text(value, env_name)
    if not sys.stdin.isatty():
        raise UsageError(f"Geen invoer mogelijk: zet {env_name} of start vanuit een terminal.")
    import getpass  # only here: the CLI imports this module before Argon2id starts

    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Nog een keer: ") != value:
        raise UsageError("De twee invoeren zijn niet gelijk.")
    if not value:
        raise UsageError("Leeg is niet toegestaan.")
    return _valid_text(value, "De invoer")


def check_new_passphrase(value: str) -> str:
    """The GUI's rule for a new passphrase, also on the command line (exit 2 when too short)."""
    from oco_desktop.storage.keys import MIN_PASSPHRASE_CHARS, passphrase_long_enough

    if not passphrase_long_enough(value):
        raise UsageError(f"De nieuwe wachtwoordzin is te kort: gebruik minstens {MIN_PASSPHRASE_CHARS} tekens.")
    return value


def passphrase_for_new_vault() -> str:
    return check_new_passphrase(read_secret("OCO_PASSPHRASE", "Nieuwe wachtwoordzin: ", confirm=True))


def passphrase() -> str:
    return read_secret("OCO_PASSPHRASE", "Wachtwoordzin: ")


def new_passphrase() -> str:
    return check_new_passphrase(read_secret("OCO_NEW_PASSPHRASE", "Nieuwe wachtwoordzin: ", confirm=True))


def recovery_code() -> str:
    return read_secret("OCO_RECOVERY_CODE", "Herstelcode: ")


# Commands whose first step is opening the --vault folder's vault with OCO_PASSPHRASE.
OPENS_WITH_PASSPHRASE = frozenset({
    "check", "clients", "passwd", "recovery-code", "plan", "subject-access", "backup", "handover", "letter",
    "report", "demo",
})


def derive_passphrase_ahead(command: str | None, vault_option: str | None) -> bool:
    """Start deriving the key from OCO_PASSPHRASE for the vault's passphrase slot, before the command's
    own imports (storage.kdf.start_ahead). Only for a command that opens the vault with it, and only
    when its slot is plainly in order: anything else (no variable, no vault, an odd keys.json) starts
    nothing, and the command meets it itself and says so in its own words. Only the slot is read here,
    with storage.kdf: storage.keys, which checks the whole file when the vault is opened, takes longer to
    import than the derivation should wait."""
    value = os.environ.get("OCO_PASSPHRASE")
    if command not in OPENS_WITH_PASSPHRASE or not value:
        return False
    try:
        import json

        from oco_desktop import paths
        from oco_desktop.storage import kdf

        key_path = paths.vault_path_from(vault_option) / "keys.json"
        if key_path.stat().st_size > kdf.MAX_KEYS_FILE_BYTES:
            return False
        slot = json.loads(key_path.read_text(encoding="utf-8"))["slots"][kdf.SLOT_PASSPHRASE]
        secret = kdf.normalise_passphrase(_valid_text(value, "OCO_PASSPHRASE"))
        return kdf.start_ahead(slot, secret)
    except Exception:  # noqa: BLE001 - see the docstring: the command reports it
        return False
