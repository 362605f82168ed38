"""Hand client files over to a colleague: choose clients and a file, show the one-time code once, then
offer to close the cases with "overgedragen" and to erase the files here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.errors import OcoError
from oco_desktop.storage import cases, clients, handover

HANDED_OVER = "overgedragen"


class HandoverExportDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.result_: handover.ExportResult | None = None
        self.setWindowTitle(self.tr("Dossiers overdragen"))
        self.resize(560, 480)
        self.pages = QStackedWidget(self)
        QVBoxLayout(self).addWidget(self.pages)

        choose = QWidget(self.pages)
        layout = QVBoxLayout(choose)
        intro = QLabel(self.tr(
            "Kies de cliënten die een collega overneemt. Hun hele dossier gaat versleuteld in één bestand; "
            "van andere cliënten gaat er niets in."), choose)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.client_list = QListWidget(choose)
        self.client_list.setObjectName("clientList")
        self.client_list.setAccessibleName(self.tr("Cliënten"))
        for client in sorted(clients.all_clients(session.vault), key=lambda c: c.name.casefold()):
            item = QListWidgetItem(client.name, self.client_list)
            item.setData(Qt.ItemDataRole.UserRole, client.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        layout.addWidget(self.client_list, 1)
        row = QHBoxLayout()
        self.out_path = QLineEdit(choose)
        self.out_path.setObjectName("outPath")
        self.out_path.setPlaceholderText(self.tr("bestand, bijvoorbeeld overdracht.ocohandover"))
        browse = QPushButton(self.tr("&Bladeren…"), choose)
        browse.clicked.connect(self._browse)
        row.addWidget(self.out_path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.error = QLabel(choose)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Overdracht maken"), choose)
        self.export_button.clicked.connect(self.make_export)
        cancel = QPushButton(self.tr("Annuleren"), choose)
        cancel.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.pages.addWidget(choose)

        done = QWidget(self.pages)
        layout = QVBoxLayout(done)
        self.done_text = QLabel(done)
        self.done_text.setWordWrap(True)
        layout.addWidget(self.done_text)
        self.code_label = QLabel(done)
        self.code_label.setObjectName("handoverCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_font = QFont("monospace")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setPointSizeF(self.font().pointSizeF() * 1.4)
        self.code_label.setFont(code_font)
        layout.addWidget(self.code_label)
        hint = QLabel(self.tr(
            "Geef de code apart van het bestand door, bijvoorbeeld door hem voor te lezen aan de telefoon. "
            "Hij wordt niet nog eens getoond."), done)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.close_cases = QCheckBox(self.tr("Casussen van deze cliënten afsluiten met reden 'overgedragen'"), done)
        self.close_cases.setChecked(True)
        self.erase = QCheckBox(self.tr("Dossiers hier verwijderen (doe dit pas als uw collega ze heeft ingelezen)"),
                               done)
        layout.addWidget(self.close_cases)
        layout.addWidget(self.erase)
        layout.addStretch(1)
        finish = QPushButton(self.tr("&Klaar"), done)
        finish.clicked.connect(lambda: self.finish(self.close_cases.isChecked(), self.erase.isChecked()))
        layout.addWidget(finish, 0, Qt.AlignmentFlag.AlignRight)
        self.pages.addWidget(done)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Overdracht opslaan"), "overdracht.ocohandover",
                                              self.tr("Overdrachten (*.ocohandover)"))
        if path:
            self.out_path.setText(path)

    def chosen_ids(self) -> list[str]:
        out = []
        for i in range(self.client_list.count()):
            item = self.client_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def make_export(self) -> None:
        ids = self.chosen_ids()
        if not ids:
            self._show_error(self.tr("Kies minstens één cliënt."))
            return
        text = self.out_path.text().strip()
        if not text:
            self._show_error(self.tr("Kies waar het bestand komt."))
            return
        path = Path(text)
        if path.suffix != handover.SUFFIX:
            path = path.with_name(path.name + handover.SUFFIX)
        try:
            self.result_ = handover.export_clients(self.session.vault, ids, path)
        except OcoError as exc:
            self._show_error(str(exc))
            return
        n = len(ids)
        self.done_text.setText(self.tr("De overdracht van {n} {who} staat in {path}. De overdrachtscode is:").format(
            n=n, who=self.tr("cliënt") if n == 1 else self.tr("cliënten"), path=self.result_.path))
        self.code_label.setText(self.result_.code)
        self.pages.setCurrentIndex(1)

    def finish(self, close_cases: bool, erase: bool) -> None:
        result = self.result_
        if result is None:
            self.reject()
            return
        vault = self.session.vault
        if erase:
            answer = QMessageBox.question(
                self, self.tr("Dossiers verwijderen"),
                self.tr("De overgedragen dossiers worden hier helemaal verwijderd. Heeft uw collega ze al "
                        "ingelezen? Dit kan niet ongedaan worden gemaakt."))
            erase = answer == QMessageBox.StandardButton.Yes
        for cid in result.client_ids:
            if close_cases and not erase:
                for case in cases.cases_for_client(vault, cid):
                    if case.status != "closed":
                        cases.close_case(vault, case.id, HANDED_OVER, None)
            if erase:
                clients.delete_client(vault, cid)
            self.session.changed("client", cid)
        self.code_label.clear()  # the code is shown once
        self.accept()
