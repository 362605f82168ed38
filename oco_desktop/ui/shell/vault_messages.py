"""Plain-Dutch messages for vault errors, shown inline in the unlock and passphrase dialogs.

The message names the vault folder (never client data) and always says that nothing was changed
where that is true, so a supporter never fears the error itself damaged their work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from oco_desktop.errors import (
    NotAVault,
    OcoError,
    SchemaTooNew,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongSecret,
)

MIN_PASSPHRASE = 8


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
_TOO_SHORT = QT_TRANSLATE_NOOP("VaultMessages", "De wachtwoordzin is te kort. Gebruik minstens 8 tekens.")
_DIFFERENT = QT_TRANSLATE_NOOP("VaultMessages", "De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.")

# Most specific first: SchemaTooNew and VaultCorrupt are both VaultErrors.
_BY_TYPE = (
    (VaultLocked, _LOCKED),
    (SchemaTooNew, _TOO_NEW),
    (VaultCorrupt, _CORRUPT),
    (NotAVault, _NOT_A_VAULT),
    (VaultMissing, _MISSING),
    (VaultExists, _EXISTS),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("VaultMessages", text)


def vault_error_text(exc: BaseException, folder: Path, *, recovery: bool = False) -> str:
    if isinstance(exc, WrongSecret):
        return _tr(_WRONG_RECOVERY if recovery else _WRONG_PASSPHRASE)
    for kind, text in _BY_TYPE:
        if isinstance(exc, kind):
            return _tr(text).replace("%1", str(folder))
    if isinstance(exc, OcoError | OSError):
        return _tr(_UNUSABLE).replace("%1", str(folder))
    raise exc


def passphrase_problem(first: str, second: str) -> str | None:
    """Why a new passphrase is not acceptable, or None."""
    if len(first) < MIN_PASSPHRASE:
        return _tr(_TOO_SHORT)
    if first != second:
        return _tr(_DIFFERENT)
    return None
