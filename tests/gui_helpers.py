"""A real main window with every registered page, on a vault with demo clients; and every dialog."""

from __future__ import annotations

import importlib
from datetime import date

from PySide6.QtWidgets import QApplication, QDialog

from oco_desktop.settings import Settings
from oco_desktop.storage import clients
from oco_desktop.storage.demo_fill import fill
from oco_desktop.ui.shell import pages as page_registry
from oco_desktop.ui.shell.main_window import MainWindow

SMALL = (1000, 560)


def fill_demo(vault, count: int = 2) -> list:
    fill(vault, count, "gui", today=date(2026, 11, 30))
    return clients.all_clients(vault)


def main_window(qtbot, session, folder, size=SMALL) -> MainWindow:
    window = MainWindow(session, Settings(), folder)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_first_client(window, session) -> str:
    client = clients.all_clients(session.vault)[0]
    session.openClientRequested.emit(client.id)
    QApplication.processEvents()
    return client.id


def each_page(window):
    """Show every combination of a home page (left) and a client page (right); yield their titles."""
    for h in range(window.home_tabs.count()):
        window.home_tabs.setCurrentIndex(h)
        for c in range(window.workspace.tabs.count()):
            window.workspace.tabs.setCurrentIndex(c)
            QApplication.processEvents()
            yield window.home_tabs.tabText(h), window.workspace.tabs.tabText(c)


def dialogs(session, parent) -> list[tuple[str, QDialog]]:
    """Every registered dialog (ui/shell/pages.py DIALOGS), built for the first client."""
    made = []
    for module_name, function in page_registry.DIALOGS:
        made.append((function, getattr(importlib.import_module(module_name), function)(session, parent)))
    return made
