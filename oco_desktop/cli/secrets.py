"""Reading secrets for CLI commands: from the environment, else a prompt without echo.

Secrets are never accepted as command-line arguments (they would show in `ps` and shell history).
"""

from __future__ import annotations

import getpass
import os
import sys

from oco_desktop.errors import UsageError


def read_secret(env_name: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env_name)
    if value is not None:
        if not value:
            raise UsageError(f"{env_name} is leeg.")
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"Geen invoer mogelijk: zet {env_name} of start vanuit een terminal.")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Nog een keer: ") != value:
        raise UsageError("De twee invoeren zijn niet gelijk.")
    if not value:
        raise UsageError("Leeg is niet toegestaan.")
    return value


def passphrase() -> str:
    return read_secret("OCO_PASSPHRASE", "Wachtwoordzin: ")


def new_passphrase() -> str:
    return read_secret("OCO_NEW_PASSPHRASE", "Nieuwe wachtwoordzin: ", confirm=True)


def recovery_code() -> str:
    return read_secret("OCO_RECOVERY_CODE", "Herstelcode: ")
