"""Legal deadlines (Wmo 2015, Awb, Algemene termijnenwet) and the `deadline` CLI command."""

from __future__ import annotations

import argparse
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from oco_desktop import paths
from oco_desktop.cli import deadline_command
from oco_desktop.domain.dates_nl import format_date_en, format_date_nl, format_date_numeric_nl
from oco_desktop.domain.deadlines import (
    RULES,
    TERMS_NL,
    DeadlineKind,
    compute,
    deadlines_for_case,
    end_of_term,
    explain_all,
    explain_en,
    explain_nl,
    legal_line_en,
    legal_line_nl,
    terms_used,
)
from oco_desktop.domain.holidays import BASIS_DECREE, STATUTORY_ONLY, Holiday, HolidayCalendar, load_calendar
from oco_desktop.errors import OcoError

REPO = Path(__file__).resolve().parent.parent


def last_day(kind: str, start: date, calendar: HolidayCalendar = STATUTORY_ONLY) -> date:
    return compute(kind, start, calendar).last_day


# --- the plain rules -----------------------------------------------------------------------------


def test_term_lengths_on_ordinary_days():
    # Monday 1 March 2027: every end below is an ordinary working day.
    start = date(2027, 3, 1)
    assert last_day("plan", start) == date(2027, 3, 8)
    assert last_day("assessment", start) == date(2027, 4, 12)
    assert last_day("decision", start) == date(2027, 3, 15)
    assert last_day("objection", start) == date(2027, 4, 12)


def test_objection_counts_from_the_day_after_sending():
    deadline = compute(DeadlineKind.OBJECTION, date(2027, 3, 1), STATUTORY_ONLY)
    # The term starts on 2 March; six weeks of that term end on Monday 12 April.
    assert deadline.base_end == deadline.last_day == date(2027, 4, 12)
    assert not deadline.was_shifted and deadline.shifted_days == ()
    assert deadline.legal_basis == "Awb art. 6:7 en 6:8"
    # A letter sent on a Friday: six weeks later is again a Friday.
    assert last_day("objection", date(2026, 3, 20)) == date(2026, 5, 1)


# --- a holiday on every weekday ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("holiday", "weekday", "expected"),
    [
        (date(2025, 5, 5), 0, date(2025, 5, 6)),  # Liberation Day on a Monday
        (date(2026, 5, 5), 1, date(2026, 5, 6)),  # ... on a Tuesday
        (date(2027, 5, 5), 2, date(2027, 5, 7)),  # ... on a Wednesday, Ascension Day the next day
        (date(2022, 5, 5), 3, date(2022, 5, 6)),  # ... on a Thursday
        (date(2023, 5, 5), 4, date(2023, 5, 8)),  # ... on a Friday: skip the weekend too
        (date(2026, 4, 27), 0, date(2026, 4, 28)),  # King's Day on a Monday
        (date(2030, 1, 1), 1, date(2030, 1, 2)),  # New Year's Day on a Tuesday
        (date(2024, 12, 25), 2, date(2024, 12, 27)),  # Christmas on a Wednesday, Boxing Day Thursday
        (date(2025, 12, 25), 3, date(2025, 12, 29)),  # Christmas Thursday, Boxing Day Friday, weekend
        (date(2026, 1, 1), 3, date(2026, 1, 2)),  # New Year's Day on a Thursday
        (date(2027, 1, 1), 4, date(2027, 1, 4)),  # New Year's Day on a Friday
    ],
)
def test_term_ending_on_a_holiday_moves_to_next_working_day(holiday, weekday, expected):
    assert holiday.weekday() == weekday
    deadline = compute("decision", holiday - timedelta(days=14), STATUTORY_ONLY)
    assert deadline.base_end == holiday
    assert deadline.last_day == expected
    assert deadline.shifted_days[0][0] == holiday
    assert [d for d, _ in deadline.shifted_days] == [
        holiday + timedelta(days=n) for n in range((expected - holiday).days)
    ]
    assert deadline.atw_art_1 and "Algemene termijnenwet art. 1" in deadline.legal_basis


@pytest.mark.parametrize(
    ("kind", "start", "expected"),
    [
        # Easter 2024 (31 March): objection ending on Good Friday 29 March -> Tuesday 2 April.
        ("objection", date(2024, 2, 16), date(2024, 4, 2)),
        # Easter 2025 (20 April): plan ending on Easter Monday 21 April -> Tuesday 22 April.
        ("plan", date(2025, 4, 14), date(2025, 4, 22)),
        # Easter 2026 (5 April): assessment ending on Good Friday 3 April -> Tuesday 7 April.
        ("assessment", date(2026, 2, 20), date(2026, 4, 7)),
        # 2026: decision ending on Whit Sunday 24 May -> Whit Monday skipped too -> Tuesday 26 May.
        ("decision", date(2026, 5, 10), date(2026, 5, 26)),
        # Easter 2027 (28 March): Ascension Day 6 May right after Liberation Day 5 May.
        ("plan", date(2027, 4, 28), date(2027, 5, 7)),
        # Easter 2038 (25 April): Good Friday, weekend, Easter Monday and King's Day in a row.
        ("decision", date(2038, 4, 9), date(2038, 4, 28)),
    ],
)
def test_easter_based_holidays_in_several_years(kind, start, expected):
    assert last_day(kind, start) == expected


def test_kings_day_on_saturday_in_2025():
    deadline = compute("decision", date(2025, 4, 12), STATUTORY_ONLY)
    assert deadline.base_end == date(2025, 4, 26)
    assert deadline.last_day == date(2025, 4, 28)
    assert [(d, r.name_nl) for d, r in deadline.shifted_days] == [
        (date(2025, 4, 26), "Koningsdag"),
        (date(2025, 4, 27), "weekend"),
    ]


# --- year ends and leap years --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "start", "expected"),
    [
        ("plan", date(2026, 12, 18), date(2026, 12, 28)),  # ends Friday 25 Dec 2026 -> Monday 28 Dec
        ("plan", date(2022, 12, 18), date(2022, 12, 27)),  # ends Sunday 25 Dec, Boxing Day Monday
        ("assessment", date(2027, 11, 13), date(2027, 12, 27)),  # Christmas on Sat/Sun: Monday
        ("assessment", date(2024, 11, 20), date(2025, 1, 2)),  # ends on New Year's Day 2025
        ("objection", date(2025, 11, 20), date(2026, 1, 2)),  # crosses the year, ends on 1 January
        ("decision", date(2026, 12, 18), date(2027, 1, 4)),  # 1 Jan 2027 Friday, then the weekend
    ],
)
def test_year_ends(kind, start, expected):
    assert last_day(kind, start) == expected


def test_christmas_friday_explanation_names_every_skipped_day():
    deadline = compute("plan", date(2026, 12, 18), STATUTORY_ONLY)
    text = explain_nl(deadline)
    assert "vrijdag 25 december 2026 (Eerste Kerstdag)" in text
    assert "zaterdag 26 december 2026 (Tweede Kerstdag)" in text
    assert "zondag 27 december 2026 (weekend)" in text
    assert "maandag 28 december 2026" in text
    # Only the last day moves; the days inside the term count (the old text said they did not).
    assert "tellen niet mee" not in text
    assert "alleen de laatste dag op" in text and "binnen de termijn tellen wel gewoon mee" in text
    assert "Algemene termijnenwet" not in text  # the law is a separate line, for the supporter
    assert legal_line_nl(deadline) == (
        "Wet (voor de ondersteuner): Wmo 2015 art. 2.3.2 lid 2; Algemene termijnenwet art. 1.")


@pytest.mark.parametrize(
    ("kind", "start", "expected"),
    [
        ("objection", date(2028, 1, 18), date(2028, 2, 29)),  # 29 Feb 2028 is a Tuesday
        ("objection", date(2027, 1, 18), date(2027, 3, 1)),  # no 29 Feb in 2027
        ("plan", date(2028, 2, 22), date(2028, 2, 29)),
        ("decision", date(2024, 2, 15), date(2024, 2, 29)),  # 29 Feb 2024 is a Thursday
        ("assessment", date(2024, 1, 20), date(2024, 3, 4)),  # ends Sat 2 March 2024 -> Monday
        ("plan", date(2024, 2, 29), date(2024, 3, 7)),  # starting on the leap day itself
    ],
)
def test_leap_years(kind, start, expected):
    assert last_day(kind, start) == expected


# --- Algemene termijnenwet art. 2 ----------------------------------------------------------------


def test_atw_article_2_on_a_three_day_term_around_christmas():
    # Thursday 24 Dec 2026 + 3 days: Fri 25 (Christmas), Sat 26 (Boxing Day), Sun 27. Art. 1 alone
    # gives Monday 28, which is only the first working day in the term; art. 2 asks for two.
    end = end_of_term(date(2026, 12, 24), 3, STATUTORY_ONLY)
    assert end.base_end == date(2026, 12, 27)
    assert end.last_day == date(2026, 12, 29)
    assert end.atw_art_1 and end.atw_art_2
    assert [d for d, _ in end.term_non_working_days] == [date(2026, 12, 25), date(2026, 12, 26), date(2026, 12, 27)]


def test_atw_article_2_does_not_apply_to_terms_under_three_days():
    end = end_of_term(date(2026, 12, 24), 2, STATUTORY_ONLY)  # ends Saturday 26 Dec
    assert end.last_day == date(2026, 12, 28)
    assert not end.atw_art_2


def test_atw_article_2_with_an_equated_day_on_a_seven_day_term():
    # Request Thursday 22 April 2038. Term: Good Friday, weekend, Easter Monday, King's Day, and an
    # equated Wednesday 28 April; Thursday 29 is the only working day, so the term runs to Friday 30.
    calendar = HolidayCalendar([Holiday(date(2038, 4, 28), "gelijkgestelde dag", "equated day", BASIS_DECREE)])
    deadline = compute("plan", date(2038, 4, 22), calendar)
    assert deadline.base_end == date(2038, 4, 29)
    assert deadline.last_day == date(2038, 4, 30)
    assert deadline.atw_art_2 and not deadline.atw_art_1
    assert deadline.legal_basis == "Wmo 2015 art. 2.3.2 lid 2; Algemene termijnenwet art. 2"
    text = explain_nl(deadline)
    assert "Algemene termijnenwet art. 2" in legal_line_nl(deadline)
    assert "minstens twee werkdagen" in text
    assert "woensdag 28 april 2038 (gelijkgestelde dag)" in text
    assert "vrijdag 23 april 2038 (Goede Vrijdag)" in text
    # Without the equated day there are two working days (Wed 28, Thu 29): no extension.
    assert last_day("plan", date(2038, 4, 22)) == date(2038, 4, 29)


def test_rules_hold_for_every_start_day():
    """Over several years: the last day is a working day, and every day skipped is non-working."""
    start = date(2024, 1, 1)
    for offset in range(366 * 3):
        event = start + timedelta(days=offset)
        for kind in DeadlineKind:
            d = compute(kind, event, STATUTORY_ONLY)
            assert STATUTORY_ONLY.non_working_reason(d.last_day) is None
            assert d.last_day >= d.base_end
            span = (d.last_day - d.base_end).days
            assert [day for day, _ in d.shifted_days] == [d.base_end + timedelta(days=n) for n in range(span)]


# --- equated days from the organisation's file ---------------------------------------------------

ORG_FILE = """\
[[day]]
date = 2026-05-15
name_nl = "vrijdag na Hemelvaartsdag"
name_en = "Friday after Ascension Day"
decree = "Besluit van voorbeeld, Stb. 2025, 1"
"""


def write_org_file(text: str = ORG_FILE) -> Path:
    org = paths.config_dir() / "equated_days.toml"
    org.parent.mkdir(parents=True, exist_ok=True)
    org.write_text(text, encoding="utf-8")
    return org


def test_shipped_decree_day_shifts_a_deadline():
    start = date(2026, 4, 30)  # + 2 weeks = Ascension Day, Thursday 14 May 2026
    deadline = compute("decision", start)  # default: the loaded calendar, with the shipped decree days
    assert deadline.last_day == date(2026, 5, 18)
    assert (date(2026, 5, 15), "vrijdag na Hemelvaartsdag") in [(d, r.name_nl) for d, r in deadline.shifted_days]
    assert "vrijdag 15 mei 2026 (vrijdag na Hemelvaartsdag)" in explain_nl(deadline)
    assert "Friday 15 May 2026 (Friday after Ascension Day)" in explain_en(deadline)


def test_organisation_file_repeating_a_shipped_day_names_it_once():
    write_org_file()
    deadline = compute("decision", date(2026, 5, 1))
    assert deadline.last_day == date(2026, 5, 18)
    assert "(vrijdag na Hemelvaartsdag)" in explain_nl(deadline)
    assert "Hemelvaartsdag en vrijdag na" not in explain_nl(deadline)


def test_organisation_file_adds_its_own_day_to_the_shipped_ones():
    write_org_file(ORG_FILE.replace("2026-05-15", "2026-12-24").replace("vrijdag na Hemelvaartsdag", "kerstavond"))
    # 2 weeks after Thursday 10 December 2026 is Thursday 24 December: the organisation's own day.
    assert compute("decision", date(2026, 12, 10)).last_day == date(2026, 12, 28)
    assert compute("decision", date(2026, 5, 1)).last_day == date(2026, 5, 18)  # shipped day still there


# Every day of the decree in force (2026-2028) and the one before it, as a term's plain end.
DECREE_DAYS = [date(2023, 4, 28), date(2023, 5, 19), date(2024, 5, 10), date(2024, 12, 27), date(2025, 5, 30),
               date(2026, 1, 2), date(2026, 5, 15), date(2027, 5, 7), date(2028, 4, 28), date(2028, 5, 26)]


@pytest.mark.parametrize("decree_day", DECREE_DAYS, ids=str)
@pytest.mark.parametrize("kind", list(DeadlineKind))
def test_a_term_ending_on_a_decree_day_moves_to_the_next_working_day(kind, decree_day):
    event = decree_day - timedelta(days=RULES[kind].days)
    deadline = compute(kind, event)
    assert deadline.base_end == decree_day
    assert deadline.last_day > decree_day
    assert deadline.last_day.weekday() < 5
    assert decree_day in [d for d, _ in deadline.shifted_days]
    # The day before (a Thursday) is an ordinary end, unless it is itself a holiday.
    before = compute(kind, event - timedelta(days=1))
    if load_calendar().non_working_reason(decree_day - timedelta(days=1)) is None:
        assert before.last_day == decree_day - timedelta(days=1)
    # Inside a term a decree day counts like any other day: a term ending after it does not move.
    after = compute(kind, event + timedelta(days=4))  # ends on the Tuesday after
    assert after.last_day == after.base_end


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (date(2026, 5, 1), date(2026, 5, 18)),  # the example: not Friday 15 May
        (date(2025, 12, 19), date(2026, 1, 5)),  # 2 Jan 2026 bridge day
        (date(2027, 4, 23), date(2027, 5, 10)),  # 7 May 2027
        (date(2028, 4, 14), date(2028, 5, 1)),  # 28 April 2028
        (date(2028, 5, 12), date(2028, 5, 29)),  # 26 May 2028
    ],
)
def test_decision_terms_around_the_2026_2028_decree(start, expected):
    assert compute("decision", start).last_day == expected


# --- deadlines for a case ------------------------------------------------------------------------


def test_deadlines_for_case_returns_what_can_be_computed():
    assert deadlines_for_case(holidays=STATUTORY_ONLY) == []
    found = deadlines_for_case(request_date=date(2027, 3, 1), holidays=STATUTORY_ONLY)
    assert [(d.kind, d.last_day) for d in found] == [
        (DeadlineKind.PLAN, date(2027, 3, 8)),
        (DeadlineKind.ASSESSMENT, date(2027, 4, 12)),
    ]
    found = deadlines_for_case(
        request_date=date(2027, 3, 1),
        application_date=date(2027, 4, 20),
        decision_sent_date=date(2027, 5, 3),
        holidays=STATUTORY_ONLY,
    )
    assert [d.kind for d in found] == list(DeadlineKind)
    assert found[2].last_day == date(2027, 5, 4)  # 4 May is not a holiday under the Atw
    assert found[3].last_day == date(2027, 6, 14)
    # A date outside the calendar's years gives no deadline rather than a wrong one.
    assert deadlines_for_case(request_date=date(2010, 1, 4), holidays=STATUTORY_ONLY) == []


# --- explanations --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(DeadlineKind))
def test_explanations_are_one_line_with_concrete_dates_and_a_check_note(kind):
    deadline = compute(kind, date(2027, 3, 1), STATUTORY_ONLY)
    nl, en = explain_nl(deadline), explain_en(deadline)
    assert "\n" not in nl and "\n" not in en
    assert format_date_nl(deadline.last_day) in nl and format_date_nl(deadline.from_date) in nl
    assert format_date_en(deadline.last_day) in en
    assert "controleer de datum" in nl and "brief van de gemeente" in nl
    assert "check the date against the municipality's letter" in en
    assert "uiterlijk op " + format_date_nl(deadline.last_day) in nl
    # No article numbers in a text for residents; they are on the supporter's line.
    assert " art. " not in nl and " art. " not in en
    assert deadline.legal_basis.split(";")[0] in legal_line_nl(deadline)
    assert deadline.legal_basis.split(";")[0].replace(" en ", " and ") in legal_line_en(deadline)
    for word in terms_used(kind):
        assert nl.count(TERMS_NL[word]) == 1
    assert explain_nl(deadline, with_terms=False).count(" is: ") == 0


def test_old_word_orders_are_gone():
    for kind in DeadlineKind:
        text = explain_nl(compute(kind, date(2027, 3, 1), STATUTORY_ONLY))
        assert "klaar hebben op uiterlijk" not in text and "beslissen op uiterlijk" not in text


def test_objection_explanation_mentions_posting_rule():
    deadline = compute("objection", date(2027, 3, 1), STATUTORY_ONLY)
    text = explain_nl(deadline)
    assert "binnen een week na maandag 12 april 2027" in text
    assert "dag nadat de gemeente de beslissing heeft verstuurd" in text
    assert "Awb art. 6:9" in legal_line_nl(deadline)


def test_date_formats():
    d = date(2026, 3, 12)
    assert format_date_nl(d) == "donderdag 12 maart 2026"
    assert format_date_en(d) == "Thursday 12 March 2026"
    assert format_date_numeric_nl(d) == "12-03-2026"


# --- the CLI -------------------------------------------------------------------------------------


def run_cli(argv: list[str], capsys) -> tuple[int, str, str]:
    """Run the deadline command through a parser built from its register(), like cli.main does."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault", default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="oco-desktop", parents=[common])
    deadline_command.register(parser.add_subparsers(dest="command"), common)
    try:
        args = parser.parse_args(argv)
        code = args.func(args)
    except SystemExit as exc:
        code = exc.code
    except OcoError as exc:
        print(f"oco-desktop: {exc}", file=sys.stderr)
        code = exc.exit_code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_prints_iso_date_then_explanation(capsys):
    code, out, err = run_cli(["deadline", "objection", "--from", "2027-03-01"], capsys)
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0] == "2027-04-12 maandag 12 april 2027"
    assert lines[1] == explain_nl(compute("objection", date(2027, 3, 1), STATUTORY_ONLY))
    assert lines[2] == legal_line_nl(compute("objection", date(2027, 3, 1), STATUTORY_ONLY))


def test_cli_decision_from_1_may_2026_ends_on_monday_18_may(capsys):
    code, out, _ = run_cli(["deadline", "decision", "--from", "2026-05-01"], capsys)
    assert code == 0
    first, second, third = out.splitlines()
    assert first == "2026-05-18 maandag 18 mei 2026"
    assert "vrijdag 15 mei 2026 (vrijdag na Hemelvaartsdag)" in second
    assert third.startswith("Wet (voor de ondersteuner): ")


def test_cli_names_skipped_days(capsys):
    code, out, _ = run_cli(["deadline", "plan", "--from", "2026-12-18"], capsys)
    assert code == 0
    first, second, _law = out.splitlines()
    assert first.startswith("2026-12-28 ")
    assert "Eerste Kerstdag" in second and "Tweede Kerstdag" in second


def test_cli_uses_the_organisation_file(capsys):
    write_org_file()
    code, out, _ = run_cli(["deadline", "decision", "--from", "2026-04-30"], capsys)
    assert code == 0
    assert out.startswith("2026-05-18 maandag 18 mei 2026\n")


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["deadline", "bezwaar", "--from", "2027-03-01"], "Onbekende soort termijn 'bezwaar'"),
        (["deadline", "objection", "--from", "2027-02-30"], "De datum '2027-02-30' bestaat niet"),
        (["deadline", "objection", "--from", "1-3-2027"], "Schrijf de datum als JJJJ-MM-DD"),
        (["deadline", "objection", "--from", "20270301"], "Schrijf de datum als JJJJ-MM-DD"),
        (["deadline", "objection"], "Geef de begindatum op met --from"),
        (["deadline", "objection", "--from", "2199-12-31"], "2014 tot en met 2199"),
        (["deadline", "plan", "--from", "2010-01-04"], "2014 tot en met 2199"),
    ],
)
def test_cli_bad_input_exits_2_with_dutch_message(capsys, argv, fragment):
    code, out, err = run_cli(argv, capsys)
    assert code == 2
    assert out == ""
    assert fragment in err


def test_cli_invalid_organisation_file_exits_2_naming_file_and_line(capsys):
    org = write_org_file("[[day]]\ndate = 2026-05-15\nname_nl = 'x'\n")
    code, out, err = run_cli(["deadline", "plan", "--from", "2026-05-01"], capsys)
    assert code == 2 and out == ""
    assert f"{org}, regel 1" in err and "'decree' ontbreekt" in err


def test_cli_missing_kind_is_an_argparse_usage_error(capsys):
    code, _, err = run_cli(["deadline", "--from", "2027-03-01"], capsys)
    assert code == 2
    assert "plan|assessment|decision|objection" in err


def test_cli_end_to_end_via_python_m(tmp_path):
    """The real entry point. Needs every module in COMMAND_MODULES to exist."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "OCO_CONFIG_DIR": str(tmp_path / "config"),
        "OCO_DATA_DIR": str(tmp_path / "data"),
        "OCO_LOG_DIR": str(tmp_path / "log"),
        "PYTHONPATH": str(REPO),
    }
    ok = subprocess.run(
        [sys.executable, "-m", "oco_desktop", "deadline", "objection", "--from", "2027-03-01"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.splitlines()[0] == "2027-04-12 maandag 12 april 2027"
    bad = subprocess.run(
        [sys.executable, "-m", "oco_desktop", "deadline", "objection", "--from", "2027-13-01"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60,
    )  # fmt: skip
    assert bad.returncode == 2
    assert "bestaat niet" in bad.stderr


def test_explain_all_explains_each_route_word_once():
    found = deadlines_for_case(request_date=date(2027, 3, 1), application_date=date(2027, 4, 20),
                               holidays=STATUTORY_ONLY)
    texts = explain_all(found)
    joined = " ".join(texts)
    for word in ("melding", "onderzoek", "aanvraag"):
        assert joined.count(TERMS_NL[word]) == 1, word
    assert texts[0] == explain_nl(found[0])  # the first one is complete on its own
    assert TERMS_NL["melding"] not in texts[1]  # already explained above it
    assert len(explain_all(found, "en")) == len(found)
