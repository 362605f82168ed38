"""A real app process for the quit test: unlock a vault, build every page, open the first client, walk the
tabs, then quit with the File menu's Quit (Ctrl+Q) as a user would. Exit code = the app's."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(folder: str, passphrase: str) -> int:
    from PySide6.QtCore import QTimer

    from oco_desktop.app import create_application, load_session_definitions
    from oco_desktop.i18n import install_translators
    from oco_desktop.settings import Settings
    from oco_desktop.storage import clients
    from oco_desktop.storage.vault import Vault
    from oco_desktop.ui.shell.main_window import MainWindow
    from oco_desktop.ui.shell.session import Session
    from oco_desktop.ui.widgets.theme import apply_theme

    app = create_application([])
    apply_theme(app)
    settings = Settings()
    install_translators(app, settings.get("language"))
    vault = Vault.open(folder, passphrase)
    definitions, _problems = load_session_definitions(settings, "nl")
    session = Session(vault, definitions, "nl")
    window = MainWindow(session, settings, folder)
    window.show()

    def work() -> None:
        session.openClientRequested.emit(clients.all_clients(session.vault)[0].id)
        shown = 0
        for tabs in (window.workspace.tabs, window.home_tabs):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                app.processEvents()
                shown += tabs.currentWidget().isVisible()
        print(f"pages shown: {shown}", flush=True)
        window.quit_action.trigger()  # Ctrl+Q: saves, closes the vault, ends the event loop

    QTimer.singleShot(0, work)
    code = app.exec()
    if session.is_unlocked:
        session.vault.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], os.environ["OCO_PASSPHRASE"]))
