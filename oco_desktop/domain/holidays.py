"""Days on which a legal term cannot end: Saturdays, Sundays and holidays (Algemene termijnenwet).

Atw art. 3 lid 1 lists the generally recognised holidays: New Year's Day, Easter Monday, Whit Monday,
Christmas Day and Boxing Day, Ascension Day, the day the King's birthday is celebrated and 5 May.
Lid 2 equates Good Friday. Lid 3 lets the government equate other days by decree (often the Friday
after Ascension Day); those change every few years, so they are data: `resources/holidays/
equated_days.toml` (shipped) and `<config_dir>/equated_days.toml` (the organisation's own file).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from oco_desktop import paths
from oco_desktop.errors import UsageError

# King's Day as 27 April (26 April when that is a Sunday) applies from 2014; earlier years had
# Queen's Day. Deadlines before that are of no use to a supporter, so we refuse them rather than guess.
MIN_YEAR = 2014
MAX_YEAR = 2199

EQUATED_FILE_NAME = "equated_days.toml"

BASIS_WEEKEND = "Algemene termijnenwet art. 1"
BASIS_HOLIDAY = "Algemene termijnenwet art. 3 lid 1"
BASIS_GOOD_FRIDAY = "Algemene termijnenwet art. 3 lid 2"
BASIS_DECREE = "Algemene termijnenwet art. 3 lid 3"


class DateOutOfRange(ValueError):
    """The calendar only knows the holiday rules for MIN_YEAR..MAX_YEAR."""


class EquatedDaysFileError(UsageError):
    """An equated-days file cannot be read; the message names the file and the line."""


@dataclass(frozen=True)
class Holiday:
    day: date
    name_nl: str
    name_en: str
    basis: str  # which article makes this a day on which a term cannot end
    source: str = ""  # for equated days: the decree and the file it came from


@dataclass(frozen=True)
class NonWorkingReason:
    """Why a term cannot end on a day. For a holiday on a weekend day, the holiday names it."""

    name_nl: str
    name_en: str
    basis: str
    holidays: tuple[Holiday, ...] = ()


def check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateOutOfRange(f"Termijnen kunnen alleen berekend worden voor de jaren {MIN_YEAR} tot en met {MAX_YEAR}.")


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (anonymous algorithm of Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def kings_day(year: int) -> date:
    """27 April, or 26 April when 27 April is a Sunday (Besluit van 2013 on King's Day)."""
    day = date(year, 4, 27)
    return day - timedelta(days=1) if day.weekday() == 6 else day


@lru_cache(maxsize=256)
def statutory_holidays(year: int) -> tuple[Holiday, ...]:
    """The holidays of Atw art. 3 lid 1 and 2 in one year, sorted by date."""
    check_year(year)
    easter = easter_sunday(year)

    def h(day: date, nl: str, en: str, basis: str = BASIS_HOLIDAY) -> Holiday:
        return Holiday(day, nl, en, basis)

    days = [
        h(date(year, 1, 1), "Nieuwjaarsdag", "New Year's Day"),
        h(easter - timedelta(days=2), "Goede Vrijdag", "Good Friday", BASIS_GOOD_FRIDAY),
        h(easter + timedelta(days=1), "Tweede Paasdag", "Easter Monday"),
        h(kings_day(year), "Koningsdag", "King's Day"),
        h(date(year, 5, 5), "Bevrijdingsdag", "Liberation Day"),
        h(easter + timedelta(days=39), "Hemelvaartsdag", "Ascension Day"),
        h(easter + timedelta(days=50), "Tweede Pinksterdag", "Whit Monday"),
        h(date(year, 12, 25), "Eerste Kerstdag", "Christmas Day"),
        h(date(year, 12, 26), "Tweede Kerstdag", "Boxing Day"),
    ]
    return tuple(sorted(days, key=lambda x: x.day))


class HolidayCalendar:
    """Statutory holidays plus the days equated by decree (loaded from data files)."""

    def __init__(self, equated: Iterable[Holiday] = ()):
        by_day: dict[date, list[Holiday]] = {}
        for holiday in equated:
            known = by_day.setdefault(holiday.day, [])
            # The organisation's file may repeat a shipped day: one entry per day and name.
            if all(h.name_nl != holiday.name_nl for h in known):
                known.append(holiday)
        self._equated: Mapping[date, tuple[Holiday, ...]] = {d: tuple(v) for d, v in by_day.items()}
        # non_working_reason per day, worked out once: every legal term walks its days through it.
        self._reasons: dict[date, NonWorkingReason | None] = {}

    @property
    def equated_days(self) -> tuple[Holiday, ...]:
        return tuple(h for d in sorted(self._equated) for h in self._equated[d])

    def holidays_in(self, year: int) -> tuple[Holiday, ...]:
        """All holidays and equated days of a year, sorted by date."""
        equated = [h for d, hs in self._equated.items() if d.year == year for h in hs]
        return tuple(sorted([*statutory_holidays(year), *equated], key=lambda x: x.day))

    def holidays_on(self, day: date) -> tuple[Holiday, ...]:
        statutory = tuple(h for h in statutory_holidays(day.year) if h.day == day)
        return statutory + self._equated.get(day, ())

    def non_working_reason(self, day: date) -> NonWorkingReason | None:
        """Why a legal term cannot end on `day`, or None when it can."""
        try:
            return self._reasons[day]
        except KeyError:
            reason = self._reasons[day] = self._non_working_reason(day)
            return reason

    def _non_working_reason(self, day: date) -> NonWorkingReason | None:
        holidays = self.holidays_on(day)
        if holidays:
            # Two holidays can coincide (Ascension Day on 5 May in 2016); name both.
            return NonWorkingReason(
                name_nl=" en ".join(h.name_nl for h in holidays),
                name_en=" and ".join(h.name_en for h in holidays),
                basis=holidays[0].basis,
                holidays=holidays,
            )
        if day.weekday() >= 5:
            return NonWorkingReason("weekend", "weekend", BASIS_WEEKEND)
        return None


STATUTORY_ONLY = HolidayCalendar()


def is_non_working_day(day: date, calendar: HolidayCalendar = STATUTORY_ONLY) -> NonWorkingReason | None:
    """The reason a term cannot end on `day` (Saturday, Sunday, holiday), or None."""
    return calendar.non_working_reason(day)


# --- equated days from files -------------------------------------------------------------------

_ENTRY_HEADER = re.compile(r"^\s*\[\[\s*day\s*\]\]")
_ALLOWED_KEYS = {"date", "name_nl", "name_en", "decree"}


def shipped_equated_days_path() -> Path:
    return paths.resource_path("holidays", EQUATED_FILE_NAME)


def organisation_equated_days_path() -> Path:
    return paths.config_dir() / EQUATED_FILE_NAME


def _entry_lines(text: str) -> list[int]:
    """1-based line number of each [[day]] header, so errors can point at the entry."""
    return [n for n, line in enumerate(text.splitlines(), start=1) if _ENTRY_HEADER.match(line)]


def _key_line(text: str, header_line: int, key: str) -> int:
    """Line of `key = ...` inside the entry that starts at header_line (else the header line)."""
    lines = text.splitlines()
    for n in range(header_line, len(lines)):  # lines[header_line] is the line after the header
        stripped = lines[n].strip()
        if stripped.startswith("["):
            break
        if re.match(rf"{re.escape(key)}\s*=", stripped):
            return n + 1
    return header_line


def parse_equated_days(text: str, source: str) -> list[Holiday]:
    """Parse the TOML text of an equated-days file; `source` names the file in errors."""

    def fail(line: int | None, message: str) -> EquatedDaysFileError:
        where = f"{source}, regel {line}" if line else source
        return EquatedDaysFileError(f"Fout in {where}: {message}")

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise fail(int(match.group(1)) if match else None, f"geen geldige TOML ({exc}).") from None

    unknown_top = sorted(set(data) - {"day"})
    if unknown_top:
        raise fail(None, f"onbekende sleutel '{unknown_top[0]}'; verwacht alleen [[day]]-blokken.")
    entries = data.get("day", [])
    if not isinstance(entries, list):
        raise fail(None, "'day' moet een lijst van [[day]]-blokken zijn.")
    headers = _entry_lines(text)
    result = []
    for index, entry in enumerate(entries):
        header = headers[index] if index < len(headers) else None
        unknown = sorted(set(entry) - _ALLOWED_KEYS)
        if unknown:
            line = _key_line(text, header, unknown[0]) if header else None
            allowed = ", ".join(sorted(_ALLOWED_KEYS))
            raise fail(line, f"onbekende sleutel '{unknown[0]}' (toegestaan: {allowed}).")
        for required in ("date", "name_nl", "decree"):
            if required not in entry:
                raise fail(header, f"'{required}' ontbreekt in dit [[day]]-blok.")
        day = entry["date"]
        if isinstance(day, str):
            try:
                day = date.fromisoformat(day)
            except ValueError:
                day = None
        if not isinstance(day, date) or hasattr(day, "hour"):
            line = _key_line(text, header, "date") if header else None
            raise fail(line, "'date' moet een datum zijn zoals 2030-05-31.")
        try:
            check_year(day.year)
        except DateOutOfRange as exc:
            raise fail(_key_line(text, header, "date") if header else None, str(exc)) from None
        for key in ("name_nl", "name_en", "decree"):
            if key in entry and (not isinstance(entry[key], str) or not entry[key].strip()):
                line = _key_line(text, header, key) if header else None
                raise fail(line, f"'{key}' moet een niet-lege tekst zijn.")
        result.append(
            Holiday(
                day=day,
                name_nl=entry["name_nl"].strip(),
                name_en=entry.get("name_en", entry["name_nl"]).strip(),
                basis=BASIS_DECREE,
                source=f"{entry['decree'].strip()} ({source})",
            )
        )
    return result


def load_equated_days(path: Path) -> list[Holiday]:
    """Equated days from one file; a missing file means none."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise EquatedDaysFileError(f"Kan {path} niet lezen: {exc.__class__.__name__}.") from None
    return parse_equated_days(text, str(path))


_CALENDARS: dict[tuple, HolidayCalendar] = {}


def _file_state(path: Path) -> tuple:
    try:
        stat = path.stat()
    except OSError:
        return (str(path), None)
    return (str(path), stat.st_mtime_ns, stat.st_size)


def load_calendar(organisation_file: Path | None = None) -> HolidayCalendar:
    """The calendar with the shipped equated days and the organisation's own file (if present).

    The same calendar object comes back while neither file changed (a stat each), so what is worked
    out per calendar (deadlines.compute's memo) is kept between the caseload, Today and the route.
    """
    org = organisation_file if organisation_file is not None else organisation_equated_days_path()
    shipped = shipped_equated_days_path()
    key = (_file_state(shipped), _file_state(org))
    calendar = _CALENDARS.get(key)
    if calendar is None:
        calendar = HolidayCalendar([*load_equated_days(shipped), *load_equated_days(org)])
        _CALENDARS.clear()
        _CALENDARS[key] = calendar
    return calendar
