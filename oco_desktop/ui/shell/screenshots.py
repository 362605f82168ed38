"""`oco-desktop screenshot`: every main page and dialog for the vault's first client, as PNG files, plus
layout.json with what a small screen or a keyboard user would run into.

Rendered offscreen (no window appears). Per page: the window size, every enabled button outside the
visible area (and whether scrolling brings it back), whether a page shows a horizontal scrollbar, and Alt
letters used twice among what is visible at once. Problems are reported, never fatal.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

from oco_desktop.ui.shell import layout_audit
from oco_desktop.ui.shell import pages as page_registry


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.replace("&", "").lower()).strip("-") or "page"


def _settle(rounds: int = 3) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def _audit(window: QWidget, screen: QRect) -> dict:
    return {
        "window_size": [window.width(), window.height()],
        "outside_buttons": [b.as_dict() for b in layout_audit.outside_buttons(window, screen)],
        "horizontal_scrollbar": bool(layout_audit.horizontal_scrollbars(window)),
        "horizontal_scrollbars": layout_audit.horizontal_scrollbars(window),
        "duplicate_alt_letters": layout_audit.duplicate_alt_letters(window),
    }


def render_all(session, settings, folder: Path, out: Path, size: QSize) -> dict:
    """Build the main window for `session`, show the first client, and write the PNGs and layout.json."""
    from oco_desktop.storage import clients
    from oco_desktop.ui.shell.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(session, settings, folder)
    window.resize(size)
    window.show()
    _settle()
    screen = QRect(0, 0, size.width(), size.height())
    report: dict = {"requested_size": [size.width(), size.height()], "lang": session.lang, "pages": [],
                    "dialogs": []}
    people = clients.all_clients(session.vault)
    if people:
        session.openClientRequested.emit(people[0].id)
        _settle()
    try:
        window.activateWindow()
        for index in range(window.home_tabs.count()):
            window.show_home_tab(index)  # as a user does: the page gets the keyboard focus
            window.mnemonics.activate(window.home_tabs)
            _settle()
            name = "home-" + _slug(window.home_tabs.tabText(index))
            window.grab().save(str(out / f"{name}.png"))
            report["pages"].append({"page": name, "file": f"{name}.png", **_audit(window, screen)})
        window.home_tabs.setCurrentIndex(0)
        if people:
            for index in range(window.workspace.tabs.count()):
                window.workspace.tabs.setCurrentIndex(index)
                window.workspace.tabs.setFocus()  # working on the client: its Alt letters are the live ones
                window.mnemonics.activate(window.workspace)
                _settle()
                name = "client-" + _slug(window.workspace.tabs.tabText(index))
                window.grab().save(str(out / f"{name}.png"))
                report["pages"].append({"page": name, "file": f"{name}.png", **_audit(window, screen)})
            for module_name, function in page_registry.DIALOGS:
                name = "dialog-" + _slug(function)
                try:
                    dialog = getattr(importlib.import_module(module_name), function)(session, window)
                except Exception as exc:  # a dialog that cannot be built is a finding, not a crash
                    report["dialogs"].append({"dialog": name, "error": type(exc).__name__})
                    continue
                dialog.show()
                _settle()
                dialog.grab().save(str(out / f"{name}.png"))
                report["dialogs"].append({"dialog": name, "file": f"{name}.png",
                                          **_audit(dialog, QRect(0, 0, dialog.width(), dialog.height()))})
                dialog.reject()
                dialog.deleteLater()
                _settle()
    finally:
        window.idle.uninstall()
        window.close()
    (out / "layout.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return report
