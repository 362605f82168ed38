"""Calendar export: valid RFC 5545 text that holds case codes and kinds, never client data."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from oco_desktop.domain.models import FollowUp
from oco_desktop.export.ics import UnsafeExport, export_ics, fold, ics_text
from oco_desktop.storage import agenda
from tests.agenda_helpers import TODAY, day

NOW = datetime(2026, 11, 19, 8, 30, tzinfo=UTC)


def unfold(raw: bytes) -> list[str]:
    """Content lines after RFC 5545 unfolding (CRLF followed by one space or tab)."""
    text = raw.decode("utf-8")
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")[:-1]


def events(lines: list[str]) -> list[dict[str, str]]:
    result, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            result.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return result


def test_export_of_the_agenda_parses_back_with_codes_and_kinds(demo, tmp_path):
    path = tmp_path / "acties.ics"
    count = export_ics(agenda.upcoming_items(demo.vault, TODAY), path, NOW)
    raw = path.read_bytes()
    lines = unfold(raw)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    found = events(lines)
    assert count == len(found) == 3  # today, this week, later; not the overdue or the done one
    by_uid = {e["UID"]: e for e in found}
    assert set(by_uid) == {f"{f.id}@oco-desktop.invalid" for f in (demo.today_call, demo.this_week, demo.later)}
    visit = by_uid[f"{demo.today_call.id}@oco-desktop.invalid"]
    assert visit["DTSTART"] == "20261119T143000"  # floating local time
    assert visit["SUMMARY"] == f"{demo.bert_case.code} – huisbezoek"
    later = by_uid[f"{demo.later.id}@oco-desktop.invalid"]
    assert later["DTSTART;VALUE=DATE"] == "20261201"
    assert later["SUMMARY"] == f"{demo.bert_case.code} – document sturen of ophalen"
    assert all(e["DTSTAMP"] == "20261119T083000Z" for e in found)


def test_no_client_data_in_the_file_even_when_descriptions_name_the_client(demo, tmp_path):
    path = tmp_path / "acties.ics"
    export_ics(agenda.upcoming_items(demo.vault, day(-30)), path, NOW)
    text = path.read_bytes().decode("utf-8")
    unfolded = "\n".join(unfold(path.read_bytes()))
    for secret in ("Annie", "Anna", "Vries", "Bert", "Jansen", "Kerkstraat", "Dorpsweg", "Utrecht", "Houten",
                   "06-12345678", "Keukentafelgesprek", "Bankafschriften", "brief", "Huisbezoek bij"):
        assert secret.lower() not in text.lower(), secret
        assert secret.lower() not in unfolded.lower(), secret
    for forbidden in ("DESCRIPTION", "LOCATION", "ATTENDEE", "ORGANIZER", "COMMENT", "CONTACT"):
        assert f"\n{forbidden}" not in "\n" + unfolded
    # The overdue follow-up (which names "Annie") is in this export, so the check above covered it.
    assert len(events(unfold(path.read_bytes()))) == 4


def test_lines_end_in_crlf_and_are_folded_at_75_octets():
    code = "C-7F3KQ"
    follow_up = FollowUp(case_id="x", kind="accompany", due_on=TODAY, id="a" * 60)
    raw = ics_text([(follow_up, code)], NOW, lang="nl").encode("utf-8")
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    physical = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in physical) <= 75
    assert any(line.startswith(b" ") for line in physical)  # the long UID line was folded
    assert f"UID:{'a' * 60}@oco-desktop.invalid" in unfold(raw)


def test_folding_never_splits_a_multibyte_character():
    line = "SUMMARY:" + "é–" * 60
    folded = fold(line).encode("utf-8")
    parts = folded.split(b"\r\n")
    assert all(len(p) <= 75 for p in parts)
    for part in parts:
        part.decode("utf-8")  # raises if a character was cut in half
    assert unfold(folded + b"\r\n") == [line]


def test_english_labels_and_done_items_left_out(tmp_path):
    open_one = FollowUp(case_id="x", kind="checkin", due_on=TODAY, due_time="09:05", id="f1")
    done_one = FollowUp(case_id="x", kind="call", due_on=TODAY, id="f2", done_at="2026-11-19T08:00:00Z")
    path = tmp_path / "en.ics"
    assert export_ics([(open_one, "C-ABCDE"), (done_one, "C-ABCDE")], path, NOW, lang="en") == 1
    [event] = events(unfold(path.read_bytes()))
    assert event["SUMMARY"] == "C-ABCDE – check-in call"
    assert event["DTSTART"] == "20261119T090500"
    assert event["DURATION"] == "PT30M"


@pytest.mark.parametrize("code", ["Anna de Vries", "C-7F3KQ Anna", "", "c-7f3kq"])
def test_anything_but_a_case_code_is_refused_and_nothing_is_written(tmp_path, code):
    path = tmp_path / "refused.ics"
    follow_up = FollowUp(case_id="x", kind="call", due_on=TODAY, id="f1")
    with pytest.raises(UnsafeExport):
        export_ics([(follow_up, code)], path, NOW)
    assert not path.exists()
