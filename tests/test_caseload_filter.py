"""Caseload filtering and sort keys, without Qt."""

from __future__ import annotations

from datetime import date, timedelta

from oco_desktop.domain.caseload_filter import (
    STATUS_ACTIVE,
    STATUS_NO_CASE,
    Attention,
    Criteria,
    DeadlineState,
    SortKey,
    deadline_state,
    filter_rows,
    fold,
    narrows,
    prepare,
    row_order,
)
from oco_desktop.storage.caseload import CaseloadRow

TODAY = date(2026, 3, 10)
LABELS = {"housing": "Wonen", "income_and_debts": "Geld en schulden", "work": "Werk"}


def row(name, *, preferred="", code="C-AAAAA", phase="orientation", status="open", contact_form="short_term",
        domains=(), last_contact=None, next_follow_up=None, **extra) -> CaseloadRow:
    return CaseloadRow(
        client_id=f"id-{name}", name=name, preferred_name=preferred, case_id=None if status is None else f"case-{name}",
        case_code=None if status is None else code, phase=None if status is None else phase, status=status,
        contact_form=None if status is None else contact_form, life_domains=tuple(domains),
        last_contact=last_contact, next_follow_up=next_follow_up, **extra,
    )


def names(rows, criteria):
    prepared = prepare(rows, lambda d: LABELS.get(d, d), TODAY)
    return [p.row.name for p, ok in zip(prepared, filter_rows(prepared, criteria), strict=True) if ok]


def test_fold_removes_case_and_diacritics():
    assert fold("Şükrü Yılmaz") == "sukru yilmaz"
    assert fold("CLIËNTONDERSTEUNER") == "clientondersteuner"
    assert fold("Łukasz Øster Straße") == "lukasz oster strasse"


def test_text_filter_is_diacritic_and_case_insensitive():
    rows = [row("Şükrü Yılmaz"), row("Anna de Vries"), row("Jan Jansen")]
    assert names(rows, Criteria(text="sukru")) == ["Şükrü Yılmaz"]
    assert names(rows, Criteria(text="YILM")) == ["Şükrü Yılmaz"]
    assert names(rows, Criteria(text="jan")) == ["Jan Jansen"]
    # Every word must occur, in any order.
    assert names(rows, Criteria(text="vries anna")) == ["Anna de Vries"]
    assert names(rows, Criteria(text="anna jansen")) == []
    assert names(rows, Criteria(text="   ")) == ["Şükrü Yılmaz", "Anna de Vries", "Jan Jansen"]


def test_text_filter_finds_preferred_name_case_code_and_domain_label():
    rows = [row("Mohammed El Amrani", preferred="Mo", code="C-7KQ2P"), row("Piet Bakker", domains=["housing"])]
    assert names(rows, Criteria(text="mo")) == ["Mohammed El Amrani"]
    assert names(rows, Criteria(text="c-7kq")) == ["Mohammed El Amrani"]
    assert names(rows, Criteria(text="wonen")) == ["Piet Bakker"]


def test_phase_status_and_domain_filters():
    rows = [
        row("A", phase="access", status="open", domains=["housing"]),
        row("B", phase="access", status="checkin", domains=["work"]),
        row("C", phase="during_support", status="closed", domains=["housing", "work"]),
        row("D", status=None),
    ]
    assert names(rows, Criteria(phase="access")) == ["A", "B"]
    assert names(rows, Criteria(status="checkin")) == ["B"]
    assert names(rows, Criteria(status="closed")) == ["C"]
    assert names(rows, Criteria(status=STATUS_ACTIVE)) == ["A", "B"]
    assert names(rows, Criteria(status=STATUS_NO_CASE)) == ["D"]
    assert names(rows, Criteria(life_domain="work")) == ["B", "C"]
    assert names(rows, Criteria(phase="access", life_domain="housing")) == ["A"]


def test_needs_attention_overdue_deadline_and_checkin():
    rows = [
        row("Overdue", overdue_follow_ups=2),
        row("Deadline", plan_due=TODAY + timedelta(days=3)),
        row("Deadline later", plan_due=TODAY + timedelta(days=20)),
        row("Deadline passed", plan_due=TODAY - timedelta(days=1), assessment_due=TODAY + timedelta(days=30)),
        row("Checkin", contact_form="checkin", checkin_interval_days=14, last_contact="2026-02-20"),
        row("Checkin fine", contact_form="checkin", checkin_interval_days=14, last_contact="2026-03-05"),
        row("Quiet"),
    ]
    assert names(rows, Criteria(needs_attention=True)) == ["Overdue", "Deadline", "Checkin"]
    prepared = prepare(rows, lambda d: d, TODAY)
    assert prepared[0].attention == (Attention.OVERDUE,)
    assert prepared[4].attention == (Attention.CHECKIN_DUE,)


def test_deadline_state_boundaries():
    assert deadline_state(None, TODAY) is None
    assert deadline_state(TODAY - timedelta(days=1), TODAY) is DeadlineState.PASSED
    assert deadline_state(TODAY, TODAY) is DeadlineState.SOON
    assert deadline_state(TODAY + timedelta(days=7), TODAY) is DeadlineState.SOON
    assert deadline_state(TODAY + timedelta(days=8), TODAY) is DeadlineState.LATER


def test_sort_keys_use_real_dates_and_put_missing_last():
    rows = [
        row("B", last_contact="2026-02-09", next_follow_up=None),
        row("A", last_contact="2025-12-31", next_follow_up="2026-03-01"),
        row("C", last_contact=None, next_follow_up="2026-01-15"),
    ]
    prepared = prepare(rows, lambda d: d, TODAY)

    def order(key):
        return [p.row.name for p in sorted(prepared, key=lambda p: p.sort_key(key))]

    assert order(SortKey.LAST_CONTACT) == ["A", "B", "C"]
    assert order(SortKey.NEXT_FOLLOW_UP) == ["C", "A", "B"]
    assert order(SortKey.NAME) == ["A", "B", "C"]


def test_sort_keys_for_name_phase_and_progress():
    rows = [
        row("Émile", phase="during_support", progress=(3, 3)),
        row("adam", phase="access", progress=(1, 8)),
        row("Zoë", status=None),
    ]
    prepared = prepare(rows, lambda d: d, TODAY)

    def order(key):
        return [p.row.name for p in sorted(prepared, key=lambda p: p.sort_key(key))]

    assert order(SortKey.NAME) == ["adam", "Émile", "Zoë"]  # folded: no upper/lower or accent effects
    assert order(SortKey.PHASE) == ["adam", "Émile", "Zoë"]
    assert order(SortKey.PROGRESS) == ["Zoë", "adam", "Émile"]


def test_row_order_breaks_ties_by_the_shown_name_both_ways():
    rows = [
        row("Bram", last_contact="2026-02-09"),
        row("anna", preferred="Zus", last_contact="2026-02-09"),  # shown (and sorted) as "Zus"
        row("Cor", last_contact="2026-01-01"),
        row("Dirk", last_contact=None),
    ]
    prepared = prepare(rows, lambda d: d, TODAY)

    def order(key, descending=False):
        return [p.row.name for p in sorted(prepared, key=row_order(key), reverse=descending)]

    assert order(SortKey.LAST_CONTACT) == ["Cor", "Bram", "anna", "Dirk"]
    assert order(SortKey.LAST_CONTACT, descending=True) == ["Dirk", "anna", "Bram", "Cor"]
    assert order(SortKey.NAME) == ["Bram", "Cor", "Dirk", "anna"]
    # The same order as sorting on every column's own key, then the name (the order before row_order).
    for key in SortKey:
        assert order(key) == [p.row.name for p in sorted(prepared, key=lambda p, k=key: (p.sort_key(k), p.sort_name))]


def test_filtering_two_thousand_rows_keystroke_by_keystroke():
    """Speed is measured in benchmarks/bench_caseload_filter.py; here: the right rows at every keystroke."""
    rows = [row(f"Cliënt {i} Şükrü" if i % 50 == 0 else f"Cliënt {i} Jansen", domains=["housing"]) for i in range(2000)]
    prepared = prepare(rows, lambda d: LABELS.get(d, d), TODAY)
    counts = [sum(filter_rows(prepared, Criteria(text=text))) for text in ("s", "su", "suk", "sukr", "sukru")]
    assert counts == [2000, 40, 40, 40, 40]


def test_narrowing_criteria_are_told_apart_from_others():
    assert narrows(Criteria(text="ja"), Criteria(text="jan"))
    assert narrows(Criteria(text="jan"), Criteria(text="Jan de"))  # folded, and a word added
    assert narrows(Criteria(text="şü"), Criteria(text="sukru"))
    assert narrows(Criteria(), Criteria(text="a"))
    assert not narrows(Criteria(text="jan"), Criteria(text="ja"))  # a letter taken back
    assert not narrows(Criteria(text="jan de"), Criteria(text="jan"))
    assert not narrows(Criteria(text="jan"), Criteria(text="jan", phase="access"))  # another choice
    assert not narrows(Criteria(text="jan", needs_attention=True), Criteria(text="jans"))


def test_checking_only_the_rows_left_gives_what_checking_all_gives():
    """Typing on checks only the rows the last keystroke left; every keystroke of many typed texts must
    give exactly the rows a full pass gives (issue 11, point 8: the same results)."""
    domains = (["housing"], ["work", "income_and_debts"], [])
    rows = [row(name, preferred=pref, code=f"C-{i:05d}", domains=domains[i % 3],
                status=(None, "open", "closed", "checkin")[i % 4])
            for i, (name, pref) in enumerate(
                [(f"{first} {last}", nick) for first in ("Jan", "Janneke", "Şükrü", "Łukasz", "Ayşe", "Mo")
                 for last in ("de Vries", "Jansen", "Yılmaz", "El Amrani", "Bakker") for nick in ("", "Mo")])]
    prepared = prepare(rows, lambda d: LABELS.get(d, d), TODAY)
    texts = ["jan de vries", "sukru yilmaz", "mo ba", "c-0001", "wonen jan", "geld el", "aysE"]
    for full in texts:
        for status in (None, STATUS_ACTIVE):
            previous_criteria, previous = Criteria(status=status), None
            for end in range(1, len(full) + 1):
                criteria = Criteria(text=full[:end], status=status)
                within = previous if previous is not None and narrows(previous_criteria, criteria) else None
                got = filter_rows(prepared, criteria, within)
                assert got == filter_rows(prepared, criteria), (full[:end], status)
                previous_criteria, previous = criteria, got
    assert any(filter_rows(prepared, Criteria(text=t)) for t in texts)
