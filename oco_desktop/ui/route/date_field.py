"""The route's optional dates: the shared Dutch DateField (ui/widgets/date_field.py), empty meaning
"not known", with the small API the route page and the provision dialog use."""

from __future__ import annotations

from datetime import date

from oco_desktop.ui.widgets.date_field import DateField


class OptionalDateField(DateField):
    """A date or nothing. `value()` raises ValueError for text that is not a date."""

    def __init__(self, accessible_name: str, parent=None):
        super().__init__(parent, allow_empty=True)
        self.setAccessibleName(accessible_name)

    def value(self) -> date | None:
        if not self.validate():  # shows the hint under the field when the text is not a date
            raise ValueError(self.text())
        return self.date()

    def set_value(self, value: date | None) -> None:
        self.setDate(value)

    def setText(self, text: str) -> None:  # noqa: N802 - like QLineEdit, for typing from code and tests
        self.edit.setText(text)
