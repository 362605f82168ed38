"""Retention: which closed clients are past 'bewaartermijn na afsluiten', and holds with a reason."""

from __future__ import annotations

from datetime import date

import pytest

from oco_desktop.domain.models import Client
from oco_desktop.errors import InvalidValue
from oco_desktop.settings import Settings
from oco_desktop.storage import cases, clients, retention


def test_add_months_clamps_to_the_month_end():
    assert retention.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert retention.add_months(date(2024, 10, 1), 24) == date(2026, 10, 1)
    assert retention.add_months(date(2025, 12, 15), 1) == date(2026, 1, 15)


def _client(vault, name, closes: list[date | None]):
    client = clients.add_client(vault, Client(name=name))
    for closed_on in closes:
        case = cases.open_case(vault, client.id, "x", date(2020, 1, 1))
        if closed_on is not None:
            cases.close_case(vault, case.id, "klaar", None, closed_on=closed_on)
    return client.id


def test_past_retention_uses_the_last_closing_and_ignores_open_cases(vault):
    old = _client(vault, "Oud", [date(2023, 5, 1), date(2024, 11, 29)])
    _client(vault, "Nog open", [date(2020, 1, 1), None])
    _client(vault, "Geen casus", [])
    today = date(2026, 11, 30)
    assert [i.client_id for i in retention.past_retention(vault, 24, today)] == [old]
    assert retention.past_retention(vault, 24, date(2026, 11, 28)) == []
    item = retention.past_retention(vault, 24, today)[0]
    assert item.closed_on == date(2024, 11, 29) and item.due_on == date(2026, 11, 29)


def test_hold_needs_a_reason_and_a_later_date(vault):
    old = _client(vault, "Oud", [date(2020, 1, 1)])
    today = date(2026, 11, 30)
    with pytest.raises(InvalidValue):
        retention.hold(vault, old, date(2027, 1, 1), "  ", today=today)
    with pytest.raises(InvalidValue):
        retention.hold(vault, old, today, "reden", today=today)
    retention.hold(vault, old, date(2027, 1, 1), "Bezwaar loopt", today=today)
    assert retention.past_retention(vault, 24, today) == []
    assert retention.past_retention(vault, 24, date(2027, 1, 2))[0].hold_reason == "Bezwaar loopt"
    retention.release(vault, old)
    assert len(retention.past_retention(vault, 24, today)) == 1


def test_default_setting_is_24_months_and_7_days():
    assert Settings().get("retention_months") == 24 == retention.DEFAULT_MONTHS
    assert Settings().get("backup_reminder_days") == 7
