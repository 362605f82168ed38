"""One text box of the plan, the plan's date conversions and its zoom steps."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QPlainTextEdit

BASE_SCALE = 1.25
ZOOM_STEPS = (1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
AUTOSAVE_MS = 1000
EDITOR_LINES = 4


class SectionEditor(QPlainTextEdit):
    """One text box of the plan; knows which section and life domain it belongs to."""

    def __init__(self, section_id: str, domain_id: str, parent=None):
        super().__init__(parent)
        self.section_id = section_id
        self.domain_id = domain_id
        self.setObjectName(f"plan:{section_id}:{domain_id}")
        self.setTabChangesFocus(True)  # Tab moves on to the next part, as in a form


class PlanZoom:
    """Ctrl+= / Ctrl+- on the plan page: larger text for a resident reading along; mixed into PlanPage."""

    def zoom(self, step: int) -> None:
        self._zoom_index = max(0, min(len(ZOOM_STEPS) - 1, self._zoom_index + step))
        self._apply_zoom()

    def editor_point_size(self) -> float:
        return QApplication.font().pointSizeF() * BASE_SCALE * ZOOM_STEPS[self._zoom_index]

    def _apply_zoom(self) -> None:
        size = self.editor_point_size()
        for editor in self._editors:
            font = QFont(editor.font())
            font.setPointSizeF(size)
            editor.setFont(font)
            editor.setMinimumHeight(int(editor.fontMetrics().lineSpacing() * EDITOR_LINES + 16))
