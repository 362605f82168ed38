"""A closed client past the retention period: erase now ("verwijderen"), or keep until a date with a reason."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from oco_desktop.errors import OcoError
from oco_desktop.storage import clients, retention
from oco_desktop.ui.widgets.date_field import DateField


class RetentionDialog(QDialog):
    def __init__(self, session, client_id: str, today: date, parent=None):
        super().__init__(parent)
        self.session = session
        self.client_id = client_id
        self.today = today
        self.outcome: str | None = None  # "erased" | "kept"
        client = clients.get_client(session.vault, client_id)
        self.setWindowTitle(self.tr("Bewaartermijn voorbij"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "De bewaartermijn van het dossier van {name} is voorbij. Volg het beleid van uw organisatie: "
            "verwijder het dossier, of bewaar het tot een datum en schrijf op waarom.").format(name=client.name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.keep_until = DateField(self, allow_empty=False, minimum=today + timedelta(days=1))
        self.keep_until.setObjectName("keepUntil")
        self.keep_until.setDate(today + timedelta(days=365))
        form.addRow(self.tr("Bewaren tot"), self.keep_until)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("bijvoorbeeld: bezwaarprocedure loopt nog"))
        form.addRow(self.tr("Reden"), self.reason)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.erase_button = QPushButton(self.tr("&Verwijderen…"), self)
        self.keep_button = QPushButton(self.tr("&Bewaren tot deze datum"), self)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button.clicked.connect(self.erase)
        self.keep_button.clicked.connect(self.keep)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def keep(self) -> None:
        if not self.keep_until.validate():  # the field says what is wrong
            self.keep_until.setFocus()
            return
        try:
            retention.hold(self.session.vault, self.client_id, self.keep_until.date(),
                           self.reason.text(), today=self.today)
        except OcoError as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            return
        self.outcome = "kept"
        self.session.changed("client", self.client_id)
        self.accept()

    def erase(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Dossier verwijderen"),
            self.tr("Het hele dossier wordt verwijderd: gegevens, casussen, notities, plan en afspraken. Dit kan "
                    "niet ongedaan worden gemaakt (alleen een oudere reservekopie heeft het nog). Doorgaan?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        clients.delete_client(self.session.vault, self.client_id)
        self.outcome = "erased"
        self.session.changed("client", self.client_id)
        self.accept()
