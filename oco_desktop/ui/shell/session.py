"""The unlocked session shared by every view: the open vault, the checklist definitions, the language.

Views never talk to each other directly. When one changes data it calls `session.changed(kind, id)`;
every view that shows that kind refreshes itself. Locking closes the vault: views must drop any client
data they hold when `locked` is emitted and reload on `unlocked`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from oco_desktop.domain.checklist_models import Definitions
from oco_desktop.storage.vault import Vault


class Session(QObject):
    # kind: "client" | "case" | "note" | "follow_up" | "checklist" | "plan"; id: the record's id
    dataChanged = Signal(str, str)
    # Open a client (and optionally one of its cases or notes) in the workspace.
    openClientRequested = Signal(str)
    openCaseRequested = Signal(str, str)  # client_id, case_id
    openNoteRequested = Signal(str, str)  # client_id, note_id
    # Emitted just before the vault closes: save drafts NOW (the vault is still open).
    aboutToLock = Signal()
    locked = Signal()
    unlocked = Signal()

    def __init__(self, vault: Vault | None, definitions: Definitions, lang: str = "nl", parent=None):
        super().__init__(parent)
        self._vault = vault
        self.definitions = definitions
        self.lang = lang

    @property
    def vault(self) -> Vault:
        if self._vault is None or not self._vault.is_open:
            raise RuntimeError("the vault is locked")
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None and self._vault.is_open

    def changed(self, kind: str, record_id: str = "") -> None:
        self.dataChanged.emit(kind, record_id)

    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        (self.unlocked if vault is not None else self.locked).emit()

    def label(self, vocabulary: str, item_id: str) -> str:
        """The label of a life domain, target group, law or contact type in the session language."""
        for item in getattr(self.definitions, vocabulary):
            if item.id == item_id:
                return item.label.get(self.lang)
        return item_id
