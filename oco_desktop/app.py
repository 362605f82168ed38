"""GUI entry: the QApplication, logging, translations and settings, then unlock and the main window.

Wiring only; each piece lives in its own module.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from oco_desktop import APP_ID, APP_NAME, __version__, paths
from oco_desktop.logging_setup import setup_logging
from oco_desktop.settings import Settings

log = logging.getLogger(__name__)


def choose_vault_folder(vault_arg: str | None, settings: Settings) -> Path:
    """--vault / OCO_VAULT first, then the vault used last time, then the default place."""
    if vault_arg:
        return paths.vault_path_from(vault_arg)
    explicit = paths.vault_path_from(None)
    if explicit != paths.default_vault_path():
        return explicit  # OCO_VAULT
    last = settings.get("last_vault")
    return Path(last) if last else explicit


def load_session_definitions(settings: Settings, lang: str):
    """The checklist definitions to work with, and the problems of a refused override (empty when fine)."""
    from oco_desktop.domain.checklists import load_effective_definitions

    override = settings.get("checklist_override_file")
    result = load_effective_definitions([override] if override else [], lang)
    if result.problems:
        log.warning("checklist overrides refused (%d problems); using %s", len(result.problems), result.used)
    return result.definitions, [str(problem) for problem in result.problems]


def show_definition_problems(parent, problems: list[str]) -> None:
    """Tell the supporter an override was refused, with the same lines as `oco-desktop checklists check`."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("App", "Aangepaste checklists niet gebruikt")
    text = QCoreApplication.translate(
        "App", "Het aanpassingsbestand voor de checklists heeft fouten. OCO Desktop gebruikt daarom de laatste "
               "goede versie. Laat de beheerder dit bestand verbeteren.")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText("\n".join(problems))
    box.open()  # not modal-blocking: the supporter can work on


def create_application(argv: list[str] | None = None):
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    # Qt's raster engine hands every fill of 96 or more lines (a scroll bar, a table's background) to a
    # thread pool and waits for it. On a two-core laptop the hand-off costs more than the fill: a
    # caseload keystroke took half as long again with the pool (README, Performance). Qt reads the
    # variable once, when the pool would be made, so it is set before the application exists.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(paths.resource_path("icons", "oco-desktop.svg"))))
    return app


def set_up_gui(app, scheme: str | None = None) -> None:
    """What the app's QApplication gets before its first window (benchmarks/bench_vault.py uses it too):
    garbage collection on the GUI thread, before any worker thread starts (the preload is the first),
    and the app's style and palette (`scheme` None: the computer's, and along when it changes)."""
    from oco_desktop.ui.shell.main_thread_gc import collect_on_gui_thread
    from oco_desktop.ui.widgets.theme import apply_theme

    collect_on_gui_thread(app)
    apply_theme(app, scheme)


def run_gui(vault_arg: str | None) -> int:
    setup_logging()
    log.info("starting OCO Desktop %s", __version__)
    settings = Settings()
    lang = settings.get("language")
    app = create_application()
    if quit_after := os.environ.get("OCO_SMOKE_QUIT_AFTER_MS"):  # installer/smoke_test.py only
        from PySide6.QtCore import QTimer

        # Repeating: also ends a later app.exec() if the first tick came during the unlock dialog.
        smoke_timer = QTimer(app)
        smoke_timer.timeout.connect(lambda: (app.closeAllWindows(), app.exit(0)))
        smoke_timer.start(int(quit_after))

    set_up_gui(app)  # light or dark as the computer is set, and along when that changes
    from oco_desktop.i18n import install_translators
    from oco_desktop.ui.shell.main_window import MainWindow
    from oco_desktop.ui.shell.session import Session
    from oco_desktop.ui.shell.unlock_dialog import obtain_vault

    install_translators(app, lang)
    folder = choose_vault_folder(vault_arg, settings)
    from oco_desktop.ui.shell import error_hook

    error_hook.install(lambda: folder)  # no traceback reaches the supporter, only a truthful message
    # The checklists are read before the passphrase is asked: after unlocking, only the vault's own
    # work stands between the supporter and the first screen.
    definitions, problems = load_session_definitions(settings, lang)
    from oco_desktop.ui.shell.preload import start_preload

    preload = start_preload()  # the pages' modules load while the passphrase is typed
    from oco_desktop.ui.shell.type_warm_up import TypeWarmUp

    type_warm_up = TypeWarmUp(app)  # and Qt's Python types are made, between key presses
    type_warm_up.start()
    vault = obtain_vault(folder, settings)
    type_warm_up.stop()
    if vault is None:
        log.info("start cancelled at unlock")
        return 0
    settings.set("last_vault", str(folder))
    preload.join()  # normally long done; never two threads importing the same page
    session = Session(vault, definitions, lang)
    window = MainWindow(session, settings, folder)
    window.show()
    if problems:
        show_definition_problems(window, problems)
    code = app.exec()
    if session.is_unlocked:  # closeEvent normally did this already
        session.vault.close()
    log.info("stopped")
    return int(code)
