"""Holidays under the Algemene termijnenwet, and the equated-days data files."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from oco_desktop import paths
from oco_desktop.domain import holidays
from oco_desktop.domain.holidays import (
    DateOutOfRange,
    EquatedDaysFileError,
    HolidayCalendar,
    easter_sunday,
    is_non_working_day,
    kings_day,
    load_calendar,
    load_equated_days,
    statutory_holidays,
)


def _by_name(year: int) -> dict[str, date]:
    return {h.name_nl: h.day for h in statutory_holidays(year)}


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2000, date(2000, 4, 23)),
        (2008, date(2008, 3, 23)),
        (2011, date(2011, 4, 24)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter_sunday_known_dates(year, easter):
    assert easter_sunday(year) == easter
    assert easter.weekday() == 6


@pytest.mark.parametrize(
    ("year", "good_friday", "easter_monday", "ascension", "whit_monday"),
    [
        (2024, date(2024, 3, 29), date(2024, 4, 1), date(2024, 5, 9), date(2024, 5, 20)),
        (2025, date(2025, 4, 18), date(2025, 4, 21), date(2025, 5, 29), date(2025, 6, 9)),
        (2026, date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 14), date(2026, 5, 25)),
        (2027, date(2027, 3, 26), date(2027, 3, 29), date(2027, 5, 6), date(2027, 5, 17)),
        (2038, date(2038, 4, 23), date(2038, 4, 26), date(2038, 6, 3), date(2038, 6, 14)),
    ],
)
def test_easter_based_holidays(year, good_friday, easter_monday, ascension, whit_monday):
    days = _by_name(year)
    assert days["Goede Vrijdag"] == good_friday
    assert days["Tweede Paasdag"] == easter_monday
    assert days["Hemelvaartsdag"] == ascension
    assert days["Tweede Pinksterdag"] == whit_monday
    assert (good_friday.weekday(), easter_monday.weekday(), ascension.weekday()) == (4, 0, 3)


def test_statutory_list_is_exactly_atw_article_3():
    days = statutory_holidays(2026)
    assert [h.name_nl for h in days] == [
        "Nieuwjaarsdag",
        "Goede Vrijdag",
        "Tweede Paasdag",
        "Koningsdag",
        "Bevrijdingsdag",
        "Hemelvaartsdag",
        "Tweede Pinksterdag",
        "Eerste Kerstdag",
        "Tweede Kerstdag",
    ]
    # Easter Sunday and Whit Sunday are Sundays anyway; they are not in the Atw list.
    assert easter_sunday(2026) not in {h.day for h in days}
    assert next(h for h in days if h.name_nl == "Goede Vrijdag").basis.endswith("art. 3 lid 2")
    assert all(h.name_en for h in days)


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2014, date(2014, 4, 26)),  # 27 April 2014 was a Sunday
        (2025, date(2025, 4, 26)),  # 27 April 2025 is a Sunday
        (2026, date(2026, 4, 27)),
        (2031, date(2031, 4, 26)),  # 27 April 2031 is a Sunday
        (2036, date(2036, 4, 26)),  # 27 April 2036 is a Sunday
        (2027, date(2027, 4, 27)),
    ],
)
def test_kings_day_moves_to_saturday_when_27_april_is_sunday(year, expected):
    assert kings_day(year) == expected
    assert _by_name(year)["Koningsdag"] == expected
    assert date(year, 4, 27).weekday() == 6 or expected == date(year, 4, 27)


def test_liberation_day_every_year():
    for year in range(2014, 2060):
        assert _by_name(year)["Bevrijdingsdag"] == date(year, 5, 5)


def test_coinciding_holidays_are_both_named():
    # Easter 2027 is 28 March, so Ascension Day is 6 May; in 2016-like years it even falls on 5 May.
    year = next(y for y in range(2014, 2200) if easter_sunday(y) + timedelta(days=39) == date(y, 5, 5))
    reason = is_non_working_day(date(year, 5, 5))
    assert reason is not None
    assert "Bevrijdingsdag" in reason.name_nl and "Hemelvaartsdag" in reason.name_nl
    assert "Liberation Day" in reason.name_en and "Ascension Day" in reason.name_en


def test_non_working_reasons():
    assert is_non_working_day(date(2026, 3, 11)) is None  # an ordinary Wednesday
    assert is_non_working_day(date(2026, 3, 14)).name_nl == "weekend"  # Saturday
    assert is_non_working_day(date(2026, 3, 15)).name_nl == "weekend"  # Sunday
    # A holiday on a weekend day is named by the holiday, not "weekend".
    assert is_non_working_day(date(2026, 12, 26)).name_nl == "Tweede Kerstdag"
    # Not holidays under the Atw: 4 May (Remembrance), 1 May, 31 December, Whit Sunday's Saturday.
    for day in (date(2026, 5, 4), date(2026, 5, 1), date(2026, 12, 31)):
        assert is_non_working_day(day) is None


def test_years_outside_the_supported_range_are_refused():
    with pytest.raises(DateOutOfRange):
        statutory_holidays(2013)
    with pytest.raises(DateOutOfRange):
        is_non_working_day(date(2200, 1, 1))


# --- equated days ------------------------------------------------------------------------------

VALID = """\
# an organisation's own file
[[day]]
date = 2026-05-15
name_nl = "vrijdag na Hemelvaartsdag"
name_en = "Friday after Ascension Day"
decree = "Besluit van voorbeeld, Stb. 2025, 1"
"""


DECREE_2026 = ("Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en "
               "26 mei 2028 met een algemeen erkende feestdag")
DECREE_2023 = ("Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en "
               "30 mei 2025 met een algemeen erkende feestdag")


def test_shipped_file_holds_the_decree_days_with_their_source_and_a_check_note():
    shipped = paths.resource_path("holidays", "equated_days.toml")
    text = shipped.read_text(encoding="utf-8")
    assert "CONTROLEER DE STAATSCOURANT" in text
    days = load_equated_days(shipped)
    by_decree = {}
    for day in days:
        assert day.basis == holidays.BASIS_DECREE
        assert day.day.weekday() == 4  # every one of them is a Friday
        decree = DECREE_2026 if DECREE_2026 in day.source else DECREE_2023
        assert decree in day.source and "nog controleren" in day.source
        by_decree.setdefault(decree, []).append(day.day)
    assert by_decree[DECREE_2026] == [date(2026, 1, 2), date(2026, 5, 15), date(2027, 5, 7),
                                      date(2028, 4, 28), date(2028, 5, 26)]
    assert by_decree[DECREE_2023] == [date(2023, 4, 28), date(2023, 5, 19), date(2024, 5, 10),
                                      date(2024, 12, 27), date(2025, 5, 30)]
    # The decree's title lists exactly its days, so the data and the source agree.
    for decree, listed in by_decree.items():
        for d in listed:
            assert f"{d.day} {('januari', 'april', 'mei', 'december')[(1, 4, 5, 12).index(d.month)]} {d.year}" in decree


def test_shipped_days_are_in_the_default_calendar():
    calendar = load_calendar()
    assert calendar.non_working_reason(date(2026, 5, 15)).name_nl == "vrijdag na Hemelvaartsdag"
    assert calendar.non_working_reason(date(2026, 1, 2)).basis == holidays.BASIS_DECREE
    assert calendar.non_working_reason(date(2026, 5, 22)) is None


def test_organisation_file_adds_an_equated_day():
    org = paths.config_dir() / "equated_days.toml"
    assert load_calendar().non_working_reason(date(2026, 12, 24)) is None
    org.parent.mkdir(parents=True, exist_ok=True)
    org.write_text(VALID.replace("2026-05-15", "2026-12-24").replace("vrijdag na Hemelvaartsdag", "kerstavond"),
                   encoding="utf-8")
    calendar = load_calendar()
    reason = calendar.non_working_reason(date(2026, 12, 24))
    assert reason is not None
    assert reason.name_nl == "kerstavond"
    assert reason.basis == holidays.BASIS_DECREE
    assert "Stb. 2025, 1" in reason.holidays[0].source and str(org) in reason.holidays[0].source
    assert date(2026, 12, 24) in {h.day for h in calendar.holidays_in(2026)}
    assert date(2026, 5, 15) in {h.day for h in calendar.holidays_in(2026)}  # shipped days stay


def test_string_dates_and_missing_english_name_are_accepted(tmp_path):
    path = tmp_path / "equated_days.toml"
    path.write_text('[[day]]\ndate = "2027-05-07"\nname_nl = "brugdag"\ndecree = "Besluit X"\n', "utf-8")
    [day] = load_equated_days(path)
    assert day.day == date(2027, 5, 7) and day.name_en == "brugdag"


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (VALID.replace("date = 2026-05-15", "date = 2026-05-32"), 3, "geen geldige TOML"),
        (VALID.replace("date = 2026-05-15", 'date = "15-05-2026"'), 3, "'date' moet een datum zijn"),
        (VALID.replace('decree = "Besluit van voorbeeld, Stb. 2025, 1"\n', ""), 2, "'decree' ontbreekt"),
        (VALID.replace("name_en", "naam_en"), 5, "onbekende sleutel 'naam_en'"),
        (VALID.replace('name_nl = "vrijdag na Hemelvaartsdag"', 'name_nl = ""'), 4, "'name_nl' moet"),
        (VALID + '\n[[day]]\ndate = 1999-01-01\nname_nl = "x"\ndecree = "y"\n', 9, "jaren 2014"),
    ],
)
def test_invalid_file_names_file_and_line(tmp_path, text, line, fragment):
    path = tmp_path / "equated_days.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EquatedDaysFileError) as info:
        load_equated_days(path)
    message = str(info.value)
    assert str(path) in message
    assert f"regel {line}" in message
    assert fragment in message
    assert info.value.exit_code == 2


def test_invalid_organisation_file_stops_load_calendar():
    org = paths.config_dir() / "equated_days.toml"
    org.parent.mkdir(parents=True, exist_ok=True)
    org.write_text("[[day]]\ndate = 2026-05-15\n", encoding="utf-8")
    with pytest.raises(EquatedDaysFileError, match=r"equated_days\.toml, regel 1: 'name_nl' ontbreekt"):
        load_calendar()


def test_calendar_from_code_without_files():
    extra = holidays.Holiday(date(2026, 12, 24), "kerstavond", "Christmas Eve", holidays.BASIS_DECREE)
    calendar = HolidayCalendar([extra])
    assert calendar.non_working_reason(date(2026, 12, 24)).name_en == "Christmas Eve"
    assert calendar.equated_days == (extra,)
    assert holidays.STATUTORY_ONLY.non_working_reason(date(2026, 12, 24)) is None
