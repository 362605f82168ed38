"""The Overzicht page, the registration dialogs and the per-case registration box, with real widgets on a
real vault."""

from __future__ import annotations

from datetime import date

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTabWidget, QVBoxLayout, QWidget

from oco_desktop.domain.models import Note
from oco_desktop.storage import cases, notes, registration
from oco_desktop.storage.demo_fill import fill
from oco_desktop.ui.client.cases_page import CasesPage
from oco_desktop.ui.reports.overview_page import NEW_QUESTION_SHORTCUT, OverviewPage
from oco_desktop.ui.reports.question_dialog import QuestionDialog
from oco_desktop.ui.reports.signal_dialog import SignalDialog
from oco_desktop.ui.shell import pages
from tests.vault_helpers import add_client_with_consent


@pytest.fixture
def page(qtbot, session):
    widget = OverviewPage(session)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    return widget


@pytest.fixture(autouse=True)
def no_discard_question(monkeypatch):
    """The "discard what you typed?" box is modal: a test that reaches it unexpectedly fails instead of hanging."""
    from oco_desktop.ui.widgets import guarded_dialog

    monkeypatch.setattr(guarded_dialog, "ask_discard", lambda parent: pytest.fail("unexpected discard question"))


def capture_dialogs(monkeypatch, target, act):
    """Replace exec() of the page's dialogs: `act(dialog)` plays the user, then the dialog is closed."""
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        act(dialog)
        return dialog.result()

    monkeypatch.setattr(target, "_exec", fake_exec)
    return seen


def test_overview_is_a_home_page():
    assert ("oco_desktop.ui.reports.overview_page", "OverviewPage") in pages.HOME_PAGES


def test_figures_and_charts_without_names(qtbot, page, session):
    fill(session.vault, 40, 7, today=date.today())
    page.show()
    start = page.from_edit.date()
    page.from_edit.setDate(start.replace(year=start.year - 2))
    page.refresh()
    assert page.report is not None
    assert {"summary", "matrix", "phase", "referrers", "signals"} <= set(page.section_tables)
    texts = []
    for table in page.section_tables.values():
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                texts.append(table.item(r, c).text())
    assert "<5" in texts
    assert not [t for t in texts if t.isdigit() and 1 <= int(t) < 5]
    names = [row[0] for row in session.vault.conn.execute("SELECT name FROM clients")]
    visible = " ".join(texts)
    assert not [n for n in names if n in visible]
    chart = page.charts["phase"]
    assert len(chart.bars()) == 3 and "Toegang" in chart.accessibleDescription()
    assert page.questions_table.rowCount() > 0 and page.signals_table.rowCount() > 0


def test_export_buttons_write_real_files(qtbot, page, session, tmp_path, monkeypatch):
    fill(session.vault, 12, 3, today=date.today())
    page.show()
    target = tmp_path / "overzicht.pdf"
    monkeypatch.setattr(page, "_ask_path", lambda suggested, suffix: str(target.with_suffix(suffix)))
    qtbot.mouseClick(page.export_buttons[".pdf"], Qt.MouseButton.LeftButton)
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(target).pages)
    assert "Overzicht cliëntondersteuning" in text
    qtbot.mouseClick(page.export_buttons[".json"], Qt.MouseButton.LeftButton)
    assert '"format": "oco-report/1"' in target.with_suffix(".json").read_text("utf-8")
    assert "Opgeslagen" in page.message.text()


def test_shortcut_from_anywhere_adds_a_question_and_warns_about_names(qtbot, session, monkeypatch):
    add_client_with_consent(session.vault, "Marieke Jansen")
    # The page sits in a tab that is not shown; the focus is in another tab's field.
    window = QWidget()
    qtbot.addWidget(window)
    tabs = QTabWidget(window)
    other = QLineEdit()
    tabs.addTab(other, "Vandaag")
    page = OverviewPage(session, tabs)
    tabs.addTab(page, page.title())
    QVBoxLayout(window).addWidget(tabs)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    other.setFocus()
    assert not page.isVisible()

    def act(dialog: QuestionDialog):
        dialog.topic.setText("Marieke belde over huur")
        assert not dialog.warning.isHidden() and "Marieke" in dialog.warning.text()
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("referred_on"))
        dialog.minutes.setValue(15)
        dialog.save()  # first click only warns
        assert dialog.saved is None and "nog een keer" in dialog.error_label.text()
        dialog.topic.setText("Vraag over huurtoeslag")
        assert dialog.warning.isHidden()
        dialog.save()

    seen = capture_dialogs(monkeypatch, page, act)
    assert page.shortcut.key().toString() == NEW_QUESTION_SHORTCUT
    assert page.shortcut.context() == Qt.ShortcutContext.ApplicationShortcut
    qtbot.keyClick(other, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(seen) == 1
    stored = registration.questions(session.vault)
    assert [(q.topic, q.outcome, q.minutes) for q in stored] == [("Vraag over huurtoeslag", "referred_on", 15)]
    tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.questions_table.rowCount() == 1)


def test_signal_register_on_its_tab(qtbot, page, session, monkeypatch):
    page.show()

    def act(dialog: SignalDialog):
        dialog.category.setCurrentIndex(dialog.category.findData("waiting_list"))
        dialog.concerns.setCurrentIndex(dialog.concerns.findData("provider"))
        dialog.concerns_name.setText("Thuiszorg Samen")
        dialog.description.setPlainText("Wachtlijst van acht weken voor begeleiding")
        dialog.status.setCurrentIndex(dialog.status.findData("passed_on"))
        dialog.passed_to.setText("Gemeente")
        dialog.save()

    capture_dialogs(monkeypatch, page, act)
    qtbot.mouseClick(page.new_signal_button, Qt.MouseButton.LeftButton)
    (s,) = registration.signals(session.vault)
    assert (s.category, s.concerns_name, s.status, s.passed_to) == ("waiting_list", "Thuiszorg Samen", "passed_on",
                                                                    "Gemeente")
    qtbot.waitUntil(lambda: page.signals_table.rowCount() == 1)
    assert "Wachtlijst" in page.signals_table.item(0, 1).text()


def test_case_registration_box_saves_and_starts_an_anonymous_signal(qtbot, session, monkeypatch):
    client = add_client_with_consent(session.vault, "Jolanda de Wit")
    case = cases.open_case(session.vault, client.id, "Wmo", opened_on=date(2026, 9, 1))
    notes.add_note(session.vault, Note(client_id=client.id, case_id=case.id, contact_on=date(2026, 9, 2), minutes=40,
                                       life_domains=["housing"]))
    cases_page = CasesPage(session)
    qtbot.addWidget(cases_page)
    cases_page.show()
    cases_page.show_client(client.id)
    cases_page.show_case(case.id)
    box = cases_page.registration_box
    qtbot.waitUntil(lambda: box.case is not None)
    assert "40 min" in box.minutes_label.text()
    box.referrer.setCurrentIndex(box.referrer.findData("gp"))
    box.referrer.activated.emit(box.referrer.currentIndex())
    box.control.setCurrentIndex(box.control.findData(4))
    box.control.activated.emit(box.control.currentIndex())
    stored = cases.get_case(session.vault, case.id)
    assert (stored.referrer, stored.control_answer) == ("gp", 4)

    def act(dialog: SignalDialog):
        values = dialog.values()
        assert values.life_domain == "housing"
        assert "Jolanda" not in f"{values.description} {values.concerns_name}"
        dialog.reject()

    seen = capture_dialogs(monkeypatch, box, act)
    qtbot.mouseClick(box.signal_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and registration.signals(session.vault) == []


def test_locking_clears_the_page(qtbot, page, session):
    fill(session.vault, 5, 2, today=date.today())
    page.show()
    page.refresh()
    assert page.questions_table.rowCount() >= 0 and page.report is not None
    session.locked.emit()
    assert page.report is None and page.questions_table.rowCount() == 0 and page.signals_table.rowCount() == 0


def test_shortcut_works_in_the_main_window_and_not_when_locked(qtbot, tmp_path, session, monkeypatch):
    from oco_desktop.settings import Settings
    from oco_desktop.ui.shell.main_window import MainWindow

    entries = [("oco_desktop.ui.search.search_view", "SearchView"),
               ("oco_desktop.ui.reports.overview_page", "OverviewPage")]
    window = MainWindow(session, Settings(), session.vault.folder, home_entries=entries, client_entries=[])
    qtbot.addWidget(window)
    page = next(p for p in window.home_pages if isinstance(p, OverviewPage))
    assert window.home_tabs.tabText(window.home_tabs.indexOf(page)) == "Overzicht"
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_home_tab(0)  # the search tab is shown; the Overzicht page is hidden
    assert not page.isVisible()
    seen = capture_dialogs(monkeypatch, page, lambda dialog: dialog.reject())
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.home_pages[0], Qt.Key.Key_N, keys)
    assert len(seen) == 1
    window.idle.uninstall()
    monkeypatch.setattr(type(session), "is_unlocked", property(lambda self: False))
    qtbot.keyClick(window, Qt.Key.Key_N, keys)
    assert len(seen) == 1  # locked: no dialog


def test_closing_a_case_asks_the_control_question(qtbot, session, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from oco_desktop.ui.client.close_case_dialog import CloseCaseDialog

    client = add_client_with_consent(session.vault, "Piet Smit")
    case = cases.open_case(session.vault, client.id, "Wmo", opened_on=date(2026, 9, 1))
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.show()
    page.show_client(client.id)
    page.show_case(case.id)

    def close(dialog):
        assert "meer regie over uw leven" in dialog.closing.question.text()
        dialog.appreciation_spin.setValue(9)
        dialog.closing.method.setCurrentIndex(dialog.closing.method.findData("in_person"))
        dialog.closing.control.setCurrentIndex(dialog.closing.control.findData(5))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CloseCaseDialog, "exec", close)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    stored = cases.get_case(session.vault, case.id)
    assert (stored.status, stored.appreciation, stored.appreciation_method, stored.control_answer) == (
        "closed", 9, "in_person", 5)


def test_lists_follow_at_once_and_figures_on_request(qtbot, page, session):
    from oco_desktop.domain.registration import QuestionWithoutFile

    page.show()
    page.refresh()

    def summary_value(row_key: str) -> str:
        section = next(s for s in page.report.sections if s.id == "summary")
        row = [k for k, _ in section.rows].index(row_key)
        return page.section_tables["summary"].item(row, 0).text()

    assert summary_value("questions.without_file") == "0"
    for _ in range(6):
        q = registration.save_question(session.vault, QuestionWithoutFile(asked_on=date.today(), channel="phone"))
        session.changed("question", q.id)
    assert page.questions_table.rowCount() == 6
    assert "Bijwerken" in page.message.text() and summary_value("questions.without_file") == "0"
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert summary_value("questions.without_file") == "6" and page.message.text() == ""


@pytest.mark.parametrize("kind", ["question", "signal"])
def test_escape_asks_before_typed_input_of_a_registration_dialog_is_lost(qtbot, session, monkeypatch, kind):
    from oco_desktop.ui.widgets import guarded_dialog

    answers = []

    def ask(parent):
        answers.append(parent)
        return len(answers) > 1  # first time "Verder invullen", then "Sluiten zonder bewaren"

    monkeypatch.setattr(guarded_dialog, "ask_discard", ask)
    dialog = QuestionDialog(session) if kind == "question" else SignalDialog(session)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, guarded_dialog.GuardedDialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.topic if kind == "question" else dialog.concerns_name
    field.setFocus()
    qtbot.keyClicks(field, "huurtoeslag")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert dialog.isVisible() and field.text() == "huurtoeslag" and len(answers) == 1
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(answers) == 2


def test_escape_closes_an_untouched_registration_dialog_at_once(qtbot, session):
    dialog = SignalDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
