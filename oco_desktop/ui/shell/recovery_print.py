"""Print the recovery code on paper, through the system's print dialog; never into a file.

The code is shown once when a vault is made. Writing it down by hand is the default; printing is
offered because a long code is easily copied wrong. "Print to file" is switched off in the dialog,
and a printer that was set to write a file anyway (a PDF printer, an output file name) is refused: a
file with the recovery code would be the one thing that opens the vault lying next to it on disk.
"""

from __future__ import annotations

import html
import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo

from oco_desktop.domain.dates_nl import format_date_en_short, format_date_nl_short

log = logging.getLogger(__name__)


def recovery_code_document(code: str, folder: Path, made_on: date, lang: str = "nl") -> QTextDocument:
    """The printed page: what the code is for, the code itself large, and where to keep the paper."""
    when = format_date_en_short(made_on) if lang == "en" else format_date_nl_short(made_on)
    title = QCoreApplication.translate("RecoveryCodePrint", "Herstelcode van uw OCO Desktop-kluis")
    made = QCoreApplication.translate("RecoveryCodePrint", "Kluis gemaakt op %1 in de map:").replace("%1", when)
    use = QCoreApplication.translate(
        "RecoveryCodePrint",
        "Met deze code kunt u een nieuwe wachtwoordzin instellen als u de oude vergeet. "
        "Kies daarvoor 'Wachtwoordzin vergeten?' als OCO Desktop om uw wachtwoordzin vraagt.",
    )
    keep = QCoreApplication.translate(
        "RecoveryCodePrint",
        "Bewaar dit papier op een veilige plek, niet bij de computer. Wie deze code heeft, kan de "
        "kluis openen. Maak er geen foto of kopie van.",
    )
    body = (
        f"<h2>{html.escape(title)}</h2>"
        f"<p>{html.escape(made)}<br/>{html.escape(str(folder))}</p>"
        f"<p style='font-family: monospace; font-size: 20pt; margin: 24px 0;'>{html.escape(code)}</p>"
        f"<p>{html.escape(use)}</p><p>{html.escape(keep)}</p>"
    )
    document = QTextDocument()
    document.setHtml(body)
    return document


def writes_a_file(printer: QPrinter) -> bool:
    """True when the chosen printer would put the page into a file instead of on paper.

    Qt's dialog sets an output file name for "print to file"; without a name, Qt writes no file.
    """
    return bool(printer.outputFileName())


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinterNames())


def send_to_printer(document: QTextDocument, printer: QPrinter) -> None:
    document.print_(printer)


def print_recovery_code(parent, code: str, folder: Path, lang: str = "nl") -> str:
    """Ask for a printer and print the code. Returns a short message for the screen ('' if cancelled)."""
    if not printers_available():
        return QCoreApplication.translate(
            "RecoveryCodePrint", "Er is geen printer ingesteld op deze computer. Schrijf de code over op papier."
        )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setDocName(QCoreApplication.translate("RecoveryCodePrint", "Herstelcode"))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RecoveryCodePrint", "Herstelcode afdrukken"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
    try:
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return ""
    finally:
        dialog.deleteLater()
    if writes_a_file(printer):
        log.info("recovery code not printed: the chosen printer writes a file")
        return QCoreApplication.translate(
            "RecoveryCodePrint",
            "Niet afgedrukt: deze printer maakt een bestand. Kies een printer die op papier afdrukt.",
        )
    send_to_printer(recovery_code_document(code, folder, date.today(), lang), printer)
    return QCoreApplication.translate(
        "RecoveryCodePrint", "De herstelcode is naar de printer gestuurd. Controleer of het papier goed leesbaar is."
    )
