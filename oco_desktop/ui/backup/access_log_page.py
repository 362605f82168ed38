"""The client's access log as a tab of the opened client: who-did-what-when, newest first.

Opening a client file is itself logged here (show_client is called when the workspace opens a client);
storage/access_log.py does not log a second open of the same client within ten minutes.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from oco_desktop.errors import OcoError
from oco_desktop.storage import access_log

log = logging.getLogger(__name__)


def local_time(at: str) -> str:
    moment = datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone()
    from oco_desktop.domain.dates_nl import format_date_nl_short

    return f"{format_date_nl_short(moment.date())} {moment:%H:%M}"


class AccessLogPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self.tr(
            "Wanneer dit dossier is geopend, gewijzigd, geëxporteerd of overgedragen. Zonder de inhoud: "
            "de inwoner krijgt dit overzicht ook bij een inzageverzoek."), self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.list = QListWidget(self)
        self.list.setObjectName("accessLogList")
        self.list.setAccessibleName(self.tr("Logboek van dit dossier"))
        layout.addWidget(self.list, 1)
        session.dataChanged.connect(self._on_data_changed)
        session.locked.connect(self._clear)

    def title(self) -> str:
        return self.tr("Logboek")

    def reset_for_new_client(self) -> None:
        """Another client is opened: none of this client's log lines stay on screen."""
        self._clear()

    def show_client(self, client_id: str | None) -> None:
        self.client_id = client_id
        if client_id and self.session.is_unlocked:
            try:
                if access_log.record(self.session.vault, "open", client_id):
                    log.debug("client file opened")
            except OcoError:
                log.warning("access log line not written")
        self.reload()

    def show_case(self, case_id: str | None) -> None:
        pass

    def reload(self) -> None:
        self.list.clear()
        if not self.client_id or not self.session.is_unlocked:
            return
        for entry in access_log.for_client(self.session.vault, self.client_id, limit=500):
            self.list.addItem(f"{local_time(entry.at)}  {entry.describe(self.session.lang)}")

    def _on_data_changed(self, kind: str, record_id: str) -> None:
        if self.client_id and self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.reload()
        super().showEvent(event)

    def _clear(self) -> None:
        self.list.clear()
