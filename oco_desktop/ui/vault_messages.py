"""Plain-Dutch messages for vault errors, shown inline in the unlock and passphrase dialogs.

The message names the vault folder (never client data) and always says that nothing was changed
where that is true, so a supporter never fears the error itself damaged their work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("VaultMessages", text)


def vault_error_text(exc: BaseException, folder: Path, *, recovery: bool = False) -> str:
    where = str(folder)
    if isinstance(exc, WrongSecret):
        if recovery:
            return _tr("Deze herstelcode klopt niet. Controleer de code en probeer het opnieuw.")
        return _tr("Deze wachtwoordzin klopt niet. Probeer het opnieuw. Let op hoofdletters.")
    if isinstance(exc, VaultLocked):
        return _tr(
            "Deze kluis is al open in een ander venster van OCO Desktop. "
            "Sluit dat venster eerst en probeer het dan opnieuw."
        )
    if isinstance(exc, SchemaTooNew):
        return _tr(
            "De kluis in de map %1 is gemaakt met een nieuwere versie van OCO Desktop. "
            "Werk het programma bij. Er is niets aan de kluis veranderd."
        ).replace("%1", where)
    if isinstance(exc, VaultCorrupt):
        return _tr(
            "De kluis in de map %1 is beschadigd. Er is niets aan veranderd. "
            "Zet een reservekopie terug of vraag om hulp."
        ).replace("%1", where)
    if isinstance(exc, NotAVault):
        return _tr(
            "De map %1 is geen (volledige) kluis van OCO Desktop. Er is niets aan veranderd."
        ).replace("%1", where)
    if isinstance(exc, VaultMissing):
        return _tr("Er is geen kluis in de map %1.").replace("%1", where)
    if isinstance(exc, VaultExists):
        return _tr("In de map %1 staat al iets. Kies een andere plek voor een nieuwe kluis.").replace("%1", where)
    if isinstance(exc, OcoError | OSError):
        return _tr("De kluis in de map %1 kan niet worden geopend. Er is niets aan veranderd.").replace(
            "%1", where
        )
    raise exc


def passphrase_problem(first: str, second: str) -> str | None:
    """Why a new passphrase is not acceptable, or None."""
    if len(first) < MIN_PASSPHRASE:
        return _tr("De wachtwoordzin is te kort. Gebruik minstens 8 tekens.")
    if first != second:
        return _tr("De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.")
    return None
