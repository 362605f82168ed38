"""The Plan page (pytest-qt): autosave of typed text, dates with computed deadlines, PDF export, locking."""

from __future__ import annotations

from datetime import date

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from oco_desktop.storage import cases, plans
from oco_desktop.ui.plan.plan_page import PlanPage, SectionEditor
from oco_desktop.ui.shell.session import Session
from tests.plan_helpers import NAMES, SECRET_NOTE, add_plan_case, definitions, make_vault


@pytest.fixture
def setup(tmp_path, qtbot, monkeypatch):
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: pytest.fail("unexpected dialog")))
    vault = make_vault(tmp_path / "v")
    defs = definitions()
    pc = add_plan_case(vault, defs, NAMES[0])
    session = Session(vault, defs)
    page = PlanPage(session)
    qtbot.addWidget(page)
    page.show_client(pc.client_id)
    page.show()
    yield page, session, vault, pc
    page.save_now()
    if vault.is_open:
        vault.close()


def editor(page: PlanPage, section_id: str, domain_id: str = "") -> SectionEditor:
    found = page.findChild(SectionEditor, f"plan:{section_id}:{domain_id}")
    assert found is not None
    return found


def test_typed_text_is_autosaved(setup, qtbot):
    page, session, vault, pc = setup
    box = editor(page, "what_goes_well")
    box.setFocus()
    qtbot.keyClicks(box, "Ik kook zelf.")
    # Debounced: saved within about a second without any further action.
    qtbot.waitUntil(lambda: plans.stored_sections(vault, pc.case_id).get(("what_goes_well", ""), ("", ""))[1]
                    == "Ik kook zelf.", timeout=3000)
    assert page.status_label.text() == "Opgeslagen."


def test_per_domain_editor_and_save_on_lock(setup, qtbot):
    page, session, vault, pc = setup
    box = editor(page, "what_i_want", pc.domains[0])
    assert box.toPlainText() == "Ik kan de trap niet meer op."  # prefilled from the client's question
    assert editor(page, "what_i_want", pc.domains[1]) is not None
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, " Ik wil een traplift.")
    session.aboutToLock.emit()  # must save at once, before the vault closes
    stored = plans.stored_sections(vault, pc.case_id)[("what_i_want", pc.domains[0])][1]
    assert stored == "Ik kan de trap niet meer op. Ik wil een traplift."
    vault.close()
    session.set_vault(None)
    assert page.findChildren(SectionEditor) == []
    assert page.plan_due_label.text() == ""


def type_date(qtbot, field, text):
    field.edit.setFocus()
    field.edit.selectAll()
    if text:
        qtbot.keyClicks(field.edit, text)
    else:
        qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def test_dates_show_computed_deadlines(setup, qtbot):
    page, session, vault, pc = setup
    assert page.plan_due_label.text() == "Laatste dag plan inleveren: donderdag 12 november 2026"
    assert page.assessment_due_label.text() == "Gemeente klaar met onderzoek: uiterlijk op donderdag 17 december 2026"
    assert "controleer de brief van de gemeente" in page.check_note.text()
    type_date(qtbot, page.request_edit, "20-11-2026")  # after the interview: refused, with a message
    assert cases.get_case(vault, pc.case_id).request_date == date(2026, 11, 5)
    assert "keukentafelgesprek" in page.dates_error.text()
    type_date(qtbot, page.interview_edit, "")  # emptied: no date
    assert cases.get_case(vault, pc.case_id).access_interview_date is None
    type_date(qtbot, page.request_edit, "181226")
    assert page.dates_error.text() == ""
    assert cases.get_case(vault, pc.case_id).request_date == date(2026, 12, 18)
    assert page.plan_due_label.text() == "Laatste dag plan inleveren: maandag 28 december 2026"
    type_date(qtbot, page.request_edit, "31-02-2026")  # no such day: a hint, nothing stored
    assert "bestaat niet" in page.request_edit.hint.text()
    assert cases.get_case(vault, pc.case_id).request_date == date(2026, 12, 18)
    type_date(qtbot, page.request_edit, "")
    assert page.request_edit.text() == ""
    assert cases.get_case(vault, pc.case_id).request_date is None
    assert "vul eerst de datum van de melding in" in page.plan_due_label.text()


def test_zoom_makes_the_editors_bigger(setup, qtbot):
    page, *_ = setup
    box = editor(page, "about_me")
    before = box.font().pointSizeF()
    page.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert box.font().pointSizeF() > before
    qtbot.keyClick(box, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert box.font().pointSizeF() == pytest.approx(before)


def test_pdf_export_via_the_file_dialog(setup, qtbot, tmp_path, monkeypatch):
    page, session, vault, pc = setup
    target = tmp_path / "plan-uit-de-gui"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    qtbot.keyClicks(editor(page, "my_questions"), "Hoe vaak komt de hulp?")
    page.large_print_check.setChecked(True)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "plan-uit-de-gui.pdf"
    assert written.exists()
    assert str(written) in page.status_label.text()
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(written).pages)
    assert "Hoe vaak komt de hulp?" in text  # typed text is saved before the export
    assert SECRET_NOTE not in text


def test_subject_access_export_writes_pdf_and_json(setup, qtbot, tmp_path, monkeypatch):
    page, session, vault, pc = setup
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "inzage.pdf"), "PDF (*.pdf)")))
    qtbot.mouseClick(page.access_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "inzage.pdf").exists() and (tmp_path / "inzage.json").exists()
    assert SECRET_NOTE in (tmp_path / "inzage.json").read_text(encoding="utf-8")


def test_cancelled_dialog_writes_nothing(setup, qtbot, tmp_path, monkeypatch):
    page, *_ = setup
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("*.pdf")) == []
