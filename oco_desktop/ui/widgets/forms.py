"""Load Qt Designer forms from forms/ at run time (no generated code to keep in sync).

A form's top-level widget is a plain QWidget; the Python class embeds it and finds the children
by object name. Our own widgets (the date field) appear in a form as custom widgets of their class
name; `CUSTOM_WIDGETS` lists them for the loader. QUiLoader translates the form's strings with the installed translators
(context = the form's class name), and `pyside6-lupdate` extracts them from the .ui file.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from oco_desktop.paths import form_path


def custom_widgets() -> list[type]:
    """Classes a .ui file may name in <customwidgets> (imported here to keep import order simple)."""
    from oco_desktop.ui.widgets.date_field import DateField

    return [DateField]


def load_form(name: str, host: QWidget) -> QWidget:
    """Load forms/<name> and place it as the only content of `host` (which gets a margin-less layout)."""
    path = form_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {name} not found at {path}")
    loader = QUiLoader()
    for cls in custom_widgets():
        loader.registerCustomWidget(cls)
    try:
        form = loader.load(file, host)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"form {name} could not be loaded")
    from oco_desktop.ui.widgets.date_field import DateField

    for field in form.findChildren(DateField):  # the .ui sets the property; the text field needs it too
        if field.accessibleName():
            field.setAccessibleName(field.accessibleName())
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


def child(form: QWidget, cls: type, name: str):
    """A named child of a loaded form; fails loudly when the .ui file and the code disagree."""
    widget = form.findChild(cls, name)
    if widget is None:
        raise LookupError(f"{name} ({cls.__name__}) missing in form {form.objectName()}")
    return widget
