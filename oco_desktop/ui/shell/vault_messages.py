"""Plain-Dutch messages for vault errors, shown inline in the unlock and passphrase dialogs.

The message names the vault folder (never client data) and always says that nothing was changed
where that is true, so a supporter never fears the error itself damaged their work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from oco_desktop.errors import (
    DiskFull,
    ForeignKeyFile,
    NotAVault,
    OcoError,
    OutOfMemory,
    SchemaTooNew,
    UsageError,
    VaultBusyFile,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultMissing,
    VaultNoAccess,
    WrongSecret,
)
from oco_desktop.storage import failures
from oco_desktop.storage.keys import MIN_PASSPHRASE_CHARS, passphrase_long_enough

MIN_PASSPHRASE = MIN_PASSPHRASE_CHARS  # the same rule as the CLI's


# Marked for lupdate here, translated when shown (the language is chosen at start-up).
_WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "VaultMessages", "Deze wachtwoordzin klopt niet. Probeer het opnieuw. Let op hoofdletters."
)
_WRONG_RECOVERY = QT_TRANSLATE_NOOP(
    "VaultMessages", "Deze herstelcode klopt niet. Controleer de code en probeer het opnieuw."
)
_LOCKED = QT_TRANSLATE_NOOP(
    "VaultMessages",
    "Deze kluis is al open in een ander venster van OCO Desktop. Sluit dat venster eerst en probeer het dan opnieuw.",
)
_TOO_NEW = QT_TRANSLATE_NOOP(
    "VaultMessages",
    "De kluis in de map %1 is gemaakt met een nieuwere versie van OCO Desktop. "
    "Werk het programma bij. Er is niets aan de kluis veranderd.",
)
_CORRUPT = QT_TRANSLATE_NOOP(
    "VaultMessages",
    "De kluis in de map %1 is beschadigd. Er is niets aan veranderd. Zet een reservekopie terug of vraag om hulp.",
)
_NOT_A_VAULT = QT_TRANSLATE_NOOP(
    "VaultMessages", "De map %1 is geen (volledige) kluis van OCO Desktop. Er is niets aan veranderd."
)
_MISSING = QT_TRANSLATE_NOOP("VaultMessages", "Er is geen kluis in de map %1.")
_EXISTS = QT_TRANSLATE_NOOP("VaultMessages", "In de map %1 staat al iets. Kies een andere plek voor een nieuwe kluis.")
_UNUSABLE = QT_TRANSLATE_NOOP(
    "VaultMessages", "De kluis in de map %1 kan niet worden geopend. Er is niets aan veranderd."
)
_NO_ACCESS = QT_TRANSLATE_NOOP(
    "VaultMessages",
    "OCO Desktop mag de kluis in de map %1 niet openen of niet wijzigen (rechten, of een schijf die alleen "
    "gelezen kan worden). Er is niets veranderd.",
)
_DISK_FULL = QT_TRANSLATE_NOOP(
    "VaultMessages",
    "De schijf is vol (map %1). De laatste wijziging is niet opgeslagen; wat eerder is opgeslagen is heel. "
    "Maak ruimte vrij en probeer het opnieuw.",
)
_OUT_OF_MEMORY = QT_TRANSLATE_NOOP(
    "VaultMessages",
    "Er is te weinig vrij werkgeheugen om de kluis in de map %1 te openen. Sluit andere programma's en "
    "probeer het opnieuw. Er is niets veranderd.",
)
_FOREIGN_KEYS = QT_TRANSLATE_NOOP(
    "VaultMessages",
    "Het sleutelbestand keys.json in de map %1 hoort niet bij dit kluisbestand: het is van een andere kluis "
    "of een oude kopie. Er is niets veranderd. Zet het juiste keys.json terug.",
)
_WRONG_KIND = QT_TRANSLATE_NOOP(
    "VaultMessages",
    "In de map %1 staat een map waar een bestand van de kluis hoort (bijvoorbeeld vault.lock). "
    "Er is niets veranderd. Verplaats of hernoem die map.",
)
_BAD_INPUT = QT_TRANSLATE_NOOP("VaultMessages", "Deze plek kan niet worden gebruikt: %1")
_TOO_SHORT = QT_TRANSLATE_NOOP("VaultMessages", "De wachtwoordzin is te kort. Gebruik minstens 8 tekens.")
_DIFFERENT = QT_TRANSLATE_NOOP("VaultMessages", "De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.")

# Most specific first: SchemaTooNew and VaultCorrupt are both VaultErrors.
_BY_TYPE = (
    (VaultLocked, _LOCKED),
    (SchemaTooNew, _TOO_NEW),
    (VaultNoAccess, _NO_ACCESS),
    (DiskFull, _DISK_FULL),
    (OutOfMemory, _OUT_OF_MEMORY),
    (VaultBusyFile, _WRONG_KIND),
    (ForeignKeyFile, _FOREIGN_KEYS),
    (VaultCorrupt, _CORRUPT),
    (NotAVault, _NOT_A_VAULT),
    (VaultMissing, _MISSING),
    (VaultExists, _EXISTS),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("VaultMessages", text)


def vault_error_text(exc: BaseException, folder: Path, *, recovery: bool = False) -> str:
    """The same truth as the CLI's line, in the GUI's words (an OSError or SQLite error is classified
    the same way: no access is never called damaged)."""
    exc = failures.as_oco_error(exc, folder) or exc
    if isinstance(exc, WrongSecret):
        return _tr(_WRONG_RECOVERY if recovery else _WRONG_PASSPHRASE)
    for kind, text in _BY_TYPE:
        if isinstance(exc, kind):
            return _tr(text).replace("%1", str(folder))
    if isinstance(exc, UsageError):
        return _tr(_BAD_INPUT).replace("%1", str(folder))
    if isinstance(exc, OcoError):
        return _tr(_UNUSABLE).replace("%1", str(folder))
    raise exc


def passphrase_problem(first: str, second: str) -> str | None:
    """Why a new passphrase is not acceptable, or None."""
    if not passphrase_long_enough(first):
        return _tr(_TOO_SHORT)
    if first != second:
        return _tr(_DIFFERENT)
    return None
