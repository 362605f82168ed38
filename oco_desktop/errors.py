"""Errors that reach the user. Each carries the CLI exit code it maps to.

Messages are plain Dutch (the product's default language) and never contain client data or keys;
the GUI maps each class to its own translated text.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_WRONG_SECRET = 3
EXIT_VAULT = 4


class OcoError(Exception):
    """Base for errors with a user-facing message."""

    exit_code = EXIT_VAULT


class UsageError(OcoError):
    exit_code = EXIT_USAGE


class WrongSecret(OcoError):
    """Wrong passphrase or recovery code."""

    exit_code = EXIT_WRONG_SECRET


class VaultError(OcoError):
    """The vault is missing, unusable, not a vault, too new, or locked."""

    exit_code = EXIT_VAULT

    def __init__(self, message: str, path: object = None):
        super().__init__(message)
        self.path = path


class VaultMissing(VaultError):
    pass


class VaultExists(VaultError):
    pass


class NotAVault(VaultError):
    pass


class VaultCorrupt(VaultError):
    pass


class SchemaTooNew(VaultError):
    pass


class VaultLocked(VaultError):
    pass


class ForeignKeyFile(NotAVault):
    """keys.json belongs to another vault (or is an old copy that no longer fits this vault.db)."""


class VaultNoAccess(VaultError):
    """The operating system refuses access (permissions, a read-only disk): nothing is damaged."""


class DiskFull(VaultError):
    """The disk is full: the last change was not saved; what was saved before is intact."""


class OutOfMemory(VaultError):
    """Too little free memory for Argon2id, whose memory cost each key slot stores: nothing is changed."""


class VaultBusyFile(VaultError):
    """A file the vault needs is of the wrong kind (vault.lock is a folder, vault.db is a folder, ...)."""


class ConsentRequired(OcoError):
    """A note needs the client's recorded consent first."""

    exit_code = EXIT_USAGE


class NotFound(OcoError):
    """An id that is not in the vault (for example a client id given on the command line)."""

    exit_code = EXIT_USAGE


class InvalidValue(OcoError):
    """A value the vault refuses (unknown phase, score out of range, ...)."""

    exit_code = EXIT_USAGE


class TamperedData(OcoError):
    """Encrypted data (a sealed blob, a handover file) that is damaged, altered or not ours."""

    exit_code = EXIT_VAULT
