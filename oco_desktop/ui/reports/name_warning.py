"""A warning under a free-text field when it holds (part of) a client's name. Shared by both dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from oco_desktop.domain.registration import names_in_text


class NameWarning(QLabel):
    def __init__(self, name_parts: set[str], parent=None):
        super().__init__(parent)
        self._parts = name_parts
        self.setWordWrap(True)
        self.setVisible(False)
        self.found: list[str] = []

    def check(self, text: str) -> list[str]:
        self.found = names_in_text(text, self._parts) if text.strip() else []
        if self.found:
            self.setText(self.tr("Let op: '{words}' lijkt op de naam van een cliënt. Schrijf hier geen namen; "
                                 "houd het algemeen.").format(words=", ".join(self.found)))
        self.setVisible(bool(self.found))
        return self.found
