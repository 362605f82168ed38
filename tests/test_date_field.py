"""Dates as a Dutch person types them: the parser (no Qt) and the date field with its calendar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QToolButton, QVBoxLayout, QWidget

from oco_desktop import i18n
from oco_desktop.domain.date_input import DateInputError, DateProblem, expand_year, format_date_input, parse_date
from oco_desktop.ui.widgets.date_field import DateField

TODAY = date(2026, 11, 30)
# A calendar popup raises itself and grabs the keyboard; the headless test platform cannot and says so.
popup_warnings = pytest.mark.qt_log_ignore(r"^This plugin does not support (raise\(\)|grabbing the (keyboard|mouse))$")


@pytest.fixture
def app_locale(qapp):
    """Restore the default QLocale (and translators) that a test changes."""
    before = QLocale()
    yield
    QLocale.setDefault(before)
    for translator in getattr(qapp, "_oco_translators", []):
        qapp.removeTranslator(translator)
    qapp._oco_translators = []


# -- parsing, without Qt -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["20-11-2026", "20-11-26", "20112026", "201126", "20/11/2026", "20.11.2026",
                                  " 20 - 11 - 2026 ", "20 11 2026", "2026-11-20", "20-11"])
def test_the_ways_a_dutch_person_types_a_date(text):
    assert parse_date(text, today=TODAY) == date(2026, 11, 20)


def test_single_digits_and_two_digit_years():
    assert parse_date("1-2-2027", today=TODAY) == date(2027, 2, 1)
    assert parse_date("12-4-58", today=TODAY) == date(1958, 4, 12)  # 2058 is too far ahead
    assert expand_year(46, TODAY) == 2046 and expand_year(47, TODAY) == 1947


@pytest.mark.parametrize(("text", "problem"), [
    ("31-02-2026", DateProblem.NO_SUCH_DAY),
    ("29-02-2026", DateProblem.NO_SUCH_DAY),  # not a leap year
    ("00-05-2026", DateProblem.NO_SUCH_DAY),
    ("12-13-2026", DateProblem.NO_SUCH_DAY),
    ("Geen datum20112026", DateProblem.FORMAT),
    ("morgen", DateProblem.FORMAT),
    ("2011", DateProblem.FORMAT),
])
def test_what_is_refused_and_why(text, problem):
    with pytest.raises(DateInputError) as caught:
        parse_date(text, today=TODAY)
    assert caught.value.problem is problem


def test_empty_range_and_format():
    assert parse_date("  ", today=TODAY) is None
    assert parse_date("29-02-2028", today=TODAY) == date(2028, 2, 29)
    with pytest.raises(DateInputError) as caught:
        parse_date("", allow_empty=False)
    assert caught.value.problem is DateProblem.EMPTY
    with pytest.raises(DateInputError) as caught:
        parse_date("01-12-2026", today=TODAY, maximum=TODAY)
    assert caught.value.problem is DateProblem.TOO_LATE
    with pytest.raises(DateInputError) as caught:
        parse_date("01-01-1899", today=TODAY, minimum=date(1900, 1, 1))
    assert caught.value.problem is DateProblem.TOO_EARLY
    assert format_date_input(date(2026, 3, 5)) == "05-03-2026" and format_date_input(None) == ""


# -- the widget ----------------------------------------------------------------------------------
@pytest.fixture
def form(qtbot):
    """A date field between two text fields, as in a real form."""
    host = QWidget()
    before = QLineEdit(host)
    field = DateField(host)
    after = QLineEdit(host)
    layout = QVBoxLayout(host)
    for widget in (before, field, after):
        layout.addWidget(widget)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    yield before, field, after
    host.close()  # keeps `host` referenced (and its children alive) until the test is done


def type_into(qtbot, field: DateField, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["20-11-2026", "20-11-26", "20112026"])
def test_typing_into_an_empty_field(qtbot, form, typed):
    _before, field, _after = form
    assert field.text() == "" and field.date() is None
    with qtbot.waitSignal(field.dateChanged) as changed:
        type_into(qtbot, field, typed)
    assert changed.args == [date(2026, 11, 20)]
    assert field.date() == date(2026, 11, 20)
    assert field.text() == "20-11-2026"  # shown the same way, whatever was typed
    assert not field.hint.isVisible()


def test_a_date_that_does_not_exist_is_refused_with_a_hint(qtbot, form):
    _before, field, _after = form
    field.setDate(date(2026, 1, 5))
    with qtbot.assertNotEmitted(field.dateChanged):
        type_into(qtbot, field, "31-02-2026")
    assert field.date() is None and not field.is_valid()
    assert field.text() == "31-02-2026"  # kept as typed, to be corrected
    assert field.hint.isVisible()
    assert "bestaat niet" in field.hint.text() and "20-11-2026" in field.hint.text()
    assert field.edit.accessibleDescription() == field.hint.text()
    type_into(qtbot, field, "28-02-2026")
    assert field.date() == date(2026, 2, 28) and not field.hint.isVisible()


def test_keys_sent_to_the_whole_field_reach_its_text(qtbot, form):
    _before, field, _after = form
    qtbot.keyClicks(field, "1-2-2026")
    assert field.edit.text() == "1-2-2026" and field.date() == date(2026, 2, 1)


@pytest.mark.parametrize("content", ["", "31-02-2026", "half"])
def test_tab_always_passes_the_field(qtbot, form, content):
    before, field, after = form
    field.edit.setText(content)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert field.edit.hasFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert after.hasFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    qtbot.keyClick(field.edit, Qt.Key.Key_Backtab)
    assert before.hasFocus()
    assert not field.calendar_button.focusPolicy() & Qt.FocusPolicy.TabFocus  # one stop per date


def test_empty_date_and_the_clear_button(qtbot, form):
    _before, field, _after = form
    field.setDate(date(2026, 11, 20))
    assert field.edit.isClearButtonEnabled()
    [clear] = field.edit.findChildren(QToolButton)  # the clear button Qt puts inside the field
    assert clear.isVisible()
    with qtbot.waitSignal(field.dateChanged) as changed:
        qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert changed.args == [None]
    assert field.text() == "" and field.date() is None and field.is_valid()
    field.allow_empty = False
    assert not field.validate()
    assert "Vul een datum in" in field.hint.text()


def test_maximum_is_explained(qtbot, form):
    _before, field, _after = form
    field.maximum = date.today()
    type_into(qtbot, field, format_date_input(date(date.today().year + 1, 1, 1)))
    assert field.date() is None and "na vandaag" in field.hint.text()


@popup_warnings
def test_calendar_opens_at_today_then_at_the_date_and_picks(qtbot, form):
    _before, field, _after = form
    popup = field.open_calendar()
    assert popup.isVisible()
    assert popup.calendar.selectedDate() == QDate.currentDate()
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (date.today().year, date.today().month)
    popup.close()
    field.setDate(date(2025, 3, 11))
    popup = field.open_calendar()
    assert popup.calendar.selectedDate() == QDate(2025, 3, 11)
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (2025, 3)
    with qtbot.waitSignal(field.dateChanged) as changed:
        popup.calendar.activated.emit(QDate(2025, 3, 14))
    assert changed.args == [date(2025, 3, 14)]
    assert field.text() == "14-03-2025" and not popup.isVisible()


@popup_warnings
def test_f4_opens_the_calendar(qtbot, form):
    _before, field, _after = form
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    assert field.popup is not None and field.popup.isVisible()
    field.popup.close()


@popup_warnings
@pytest.mark.parametrize(("lang", "month", "weekday"), [("nl", "november", "ma"), ("en", "November", "Mon")])
def test_calendar_speaks_the_app_language(qtbot, qapp, app_locale, lang, month, weekday):
    i18n.install_translators(qapp, lang)
    field = DateField()
    qtbot.addWidget(field)
    field.setDate(date(2026, 11, 20))
    popup = field.open_calendar()
    month_button = popup.calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert month_button.text() == month
    assert popup.calendar.locale().dayName(1, QLocale.FormatType.ShortFormat).startswith(weekday)
    first_day = Qt.DayOfWeek.Monday
    assert popup.calendar.firstDayOfWeek() == first_day or lang == "en"
    popup.close()


@pytest.mark.parametrize(("lang", "look_in", "file_type"), [("nl", "&Zoeken in:", "Bestands&type:"),
                                                          ("en", "&Look in:", "Files of &type:")])
def test_qt_own_file_dialog_follows_the_app_language(qtbot, qapp, app_locale, lang, look_in, file_type):
    """Qt's own dialogs (here the non-native file dialog) are Dutch in the Dutch app: qtbase_nl, plus
    oco_nl_qt.ts for the texts Qt 6.11 changed after its Dutch translation was made ("&Look in:")."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    i18n.install_translators(qapp, lang)
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "lookInLabel").text() == look_in
    assert dialog.findChild(QLabel, "fileTypeLabel").text() == file_type
    assert dialog.locale().name() == i18n.LOCALE_NAMES[lang]


def test_qt_print_dialog_is_dutch(qtbot, qapp, app_locale):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QGroupBox, QLabel

    i18n.install_translators(qapp, "nl")
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QGroupBox, "duplex").title() == "Dubbelzijdig afdrukken"
    assert dialog.findChild(QLabel, "pageSetLabel").text() == "Pagina&set:"
