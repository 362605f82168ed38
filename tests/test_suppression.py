"""Small-cell suppression: no small count shown, and no hidden count that can be worked out from totals.

The check of derivability here is independent of the module's own: for small tables it enumerates
every table that fits what a reader sees (shown numbers, "<N" = 0..N-1, "x" = N or more) and asserts that
each hidden cell can take at least two values.
"""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from oco_desktop.domain.suppression import VISIBLE, Table, audit, display, suppress


def grid(values: list[list[int]]) -> Table:
    t = Table()
    rows, cols = len(values), len(values[0])
    for r in range(rows):
        for c in range(cols):
            t.add(f"c{r}{c}", values[r][c])
        t.add(f"r{r}", sum(values[r]))
        t.equation(f"r{r}", [f"c{r}{c}" for c in range(cols)])
    for c in range(cols):
        t.add(f"k{c}", sum(values[r][c] for r in range(rows)))
        t.equation(f"k{c}", [f"c{r}{c}" for r in range(rows)])
    t.add("T", sum(map(sum, values)))
    t.equation("T", [f"r{r}" for r in range(rows)])
    t.equation("T", [f"k{c}" for c in range(cols)])
    return t


def reader_view(t: Table, status: dict[str, str], n: int) -> dict[str, str]:
    return {i: display(v, status[i], n, t.kind[i]) for i, v in t.values.items()}


def possible_values(t: Table, shown: dict[str, str], n: int, rows: int, cols: int, cap: int) -> dict[str, set[int]]:
    """Every value each cell takes over all tables consistent with what is shown (cells up to `cap`)."""

    def options(item: str) -> list[int]:
        s = shown[item]
        if s.startswith("<"):
            return list(range(0, n))
        if s == "x":  # 0 or at least N
            return [0, *range(n, cap + 1)]
        return [int(s)]

    def fits(item: str, value: int) -> bool:
        s = shown[item]
        if s.startswith("<"):
            return 0 <= value < n
        if s == "x":
            return value == 0 or value >= n
        return value == int(s)

    cells = [f"c{r}{c}" for r in range(rows) for c in range(cols)]
    seen: dict[str, set[int]] = {c: set() for c in cells}
    for combo in itertools.product(*(options(c) for c in cells)):
        v = dict(zip(cells, combo, strict=True))
        totals = {f"r{r}": sum(v[f"c{r}{c}"] for c in range(cols)) for r in range(rows)}
        totals |= {f"k{c}": sum(v[f"c{r}{c}"] for r in range(rows)) for c in range(cols)}
        totals["T"] = sum(combo)
        if all(fits(k, t_val) for k, t_val in totals.items()):
            for c in cells:
                seen[c].add(v[c])
    return seen


@pytest.mark.parametrize("seed", range(12))
def test_no_hidden_cell_is_derivable_brute_force(seed):
    rng = random.Random(seed)  # noqa: S311 - test data
    n = 3
    rows, cols = 2, 3
    values = [[rng.choice((0, 0, 1, 2, 3, 4, 6)) for _ in range(cols)] for _ in range(rows)]
    t = grid(values)
    status = suppress(t, n)
    shown = reader_view(t, status, n)
    assert not any(s.isdigit() and 1 <= int(s) < n for s in shown.values())
    seen = possible_values(t, shown, n, rows, cols, cap=max(map(max, values)) + 3)
    for cell, vals in seen.items():
        assert values[int(cell[1])][int(cell[2])] in vals
        if status[cell] != VISIBLE:
            assert len(vals) >= 2, (values, shown, cell, vals)


def test_single_small_cell_gets_a_partner_in_row_and_column():
    t = grid([[10, 2, 7], [8, 9, 6]])
    status = suppress(t, 5)
    assert status["c01"] != VISIBLE
    hidden_in_row = [c for c in ("c00", "c01", "c02", "r0") if status[c] != VISIBLE]
    hidden_in_col = [c for c in ("c01", "c11", "k1") if status[c] != VISIBLE]
    assert len(hidden_in_row) >= 2 and len(hidden_in_col) >= 2
    assert audit(t, status, 5) == []


def test_large_counts_stay_visible_and_zero_stays_zero():
    t = grid([[10, 0], [8, 9]])
    status = suppress(t, 5)
    assert all(s == VISIBLE for s in status.values())


def test_minutes_hide_with_their_count():
    t = Table()
    for k, (n, m) in {"a": (2, 90), "b": (20, 600), "c": (30, 700)}.items():
        t.add(f"n:{k}", n)
        t.add(f"m:{k}", m, "sum")
        t.companions[f"m:{k}"] = f"n:{k}"
    t.add("n", 52)
    t.add("m", 1390, "sum")
    t.companions["m"] = "n"
    t.equation("n", ["n:a", "n:b", "n:c"])
    t.equation("m", ["m:a", "m:b", "m:c"])
    status = suppress(t, 5)
    assert status["m:a"] != VISIBLE
    assert sum(status[f"m:{k}"] != VISIBLE for k in "abc") >= 2
    assert audit(t, status, 5) == []


def test_shared_hidden_zero_is_not_switched_back_and_forth():
    # Found by the property test below: r0 = 0 is a part of T and the total of row 0. Shown as "<2" it
    # let T = 4 pin r2 down, shown as "x" the row pinned c00 = 0; the suppressor switched it for ever
    # and gave up with c00 derivable.
    values = [[0, 0], [0, 1], [2, 1]]
    t = grid(values)
    status = suppress(t, 2)
    assert audit(t, status, 2) == []
    shown = reader_view(t, status, 2)
    seen = possible_values(t, shown, 2, 3, 2, cap=6)
    for cell, vals in seen.items():
        if status[cell] != VISIBLE:
            assert len(vals) >= 2, (shown, cell, vals)


# derandomize: CI runs the same examples every time (the counterexamples found so far are pinned).
@settings(max_examples=40, deadline=None, derandomize=True)
@example([[0, 0], [0, 1], [2, 1]], 2)
@example([[0, 0], [0, 0], [1, 1]], 2)  # all hidden; only showing r0 = 0 as "<2" instead of "x" helps
@given(st.lists(st.lists(st.integers(0, 12), min_size=2, max_size=6), min_size=2, max_size=6).filter(
    lambda rows: len({len(r) for r in rows}) == 1), st.integers(2, 6))
def test_audit_finds_nothing_after_suppression(values, n):
    t = grid(values)
    status = suppress(t, n)
    assert audit(t, status, n) == []
