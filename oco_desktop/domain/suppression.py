"""Small-cell suppression for anonymous count tables (no Qt, no storage).

A report is a set of named items (counts, and minute sums that belong to a count) tied together by
equations `total = part_1 + ... + part_k` (a row total, a column total, a phase matrix adding up to the
overall matrix). Publishing rules:

1. Primary: every count from 1 to N-1 is hidden and shown as "<N" ("fewer than N").
2. Secondary: other items are hidden until no hidden item can be worked out exactly. A hidden zero is
   shown as "<N" or as "x" (both true), so a reader of "<N" knows only that the count lies in [0, N-1],
   and a reader of "x" that it is 0 or at least N; a hidden minute sum is "x" and may be any number
   from 0 up. Three checks, repeated until none finds anything:
   - per equation, with those ranges (interval arithmetic over unions of intervals): a hidden item
     whose only possible value is one number is derivable, so one more item of that equation is hidden
     (the smallest visible part first, zeros included, the total last);
   - over all equations together, exactly (Gaussian elimination modulo a large prime on the hidden
     items): a hidden item that is a linear combination of published numbers is derivable.
   - over all equations together with the ranges (constraint propagation until nothing narrows).
   A minute sum is hidden together with its count, both ways.

What this does not promise: bounds. A hidden cell may still be narrowed to a range (that is what
"<N" says); propagation is bounded in rounds, and combinations that need case analysis across
several equations are not searched exhaustively.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

INF = 10**15
VISIBLE, PRIMARY, SECONDARY, HIDDEN_X = "visible", "primary", "secondary", "hidden_x"
_PRIME = (1 << 61) - 1

Intervals = tuple[tuple[int, int], ...]


def _merge(intervals: Iterable[tuple[int, int]]) -> Intervals:
    out: list[list[int]] = []
    for lo, hi in sorted(intervals):
        lo, hi = max(lo, -INF), min(hi, INF)
        if lo > hi:
            continue
        if out and lo <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return tuple((a, b) for a, b in out)


def _add(a: Intervals, b: Intervals) -> Intervals:
    if len(a) == 1 and len(b) == 1:  # the common case, without sorting
        return ((max(a[0][0] + b[0][0], -INF), min(a[0][1] + b[0][1], INF)),)
    return _merge((x[0] + y[0], x[1] + y[1]) for x in a for y in b)


def _neg(a: Intervals) -> Intervals:
    if len(a) == 1:
        return ((-a[0][1], -a[0][0]),)
    return _merge((-hi, -lo) for lo, hi in a)


def _intersect(a: Intervals, b: Intervals) -> Intervals:
    if len(a) == 1 and len(b) == 1:
        lo, hi = max(a[0][0], b[0][0]), min(a[0][1], b[0][1])
        return ((lo, hi),) if lo <= hi else ()
    return _merge((max(x[0], y[0]), min(x[1], y[1])) for x in a for y in b)


@dataclass
class Table:
    """Items and the equations between them. `kind[item]` is 'count' or 'sum'."""

    values: dict[str, int] = field(default_factory=dict)
    kind: dict[str, str] = field(default_factory=dict)
    equations: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    companions: dict[str, str] = field(default_factory=dict)  # sum item -> its count item

    def add(self, item: str, value: int, kind: str = "count") -> None:
        self.values[item] = int(value)
        self.kind[item] = kind

    def equation(self, total: str, parts: Sequence[str]) -> None:
        self.equations.append((total, tuple(parts)))


def shows_small(table: Table, item: str, status: str, n: int) -> bool:
    """Whether a hidden item is shown as "<N" (else "x")."""
    return table.kind[item] == "count" and (status == PRIMARY or (status == SECONDARY and table.values[item] < n))


def _domain(table: Table, item: str, status: str, n: int) -> Intervals:
    """What a reader knows of an item from how it is shown."""
    if status == VISIBLE:
        v = table.values[item]
        return ((v, v),)
    if table.kind[item] == "sum":
        return ((0, INF),)
    if shows_small(table, item, status, n):
        return ((0, n - 1),)
    return ((0, 0), (n, INF))  # "x": a hidden zero may be shown as "x" too


def _narrow(table: Table, status: dict[str, str], n: int, total: str, parts: Sequence[str],
            domains: dict[str, Intervals]) -> dict[str, Intervals]:
    """The values each hidden item of one equation can still take, given the others' current ranges."""
    signed = [(total, 1)] + [(p, -1) for p in parts]
    hidden = [(i, s) for i, s in signed if status[i] != VISIBLE]
    known = sum(s * table.values[i] for i, s in signed if status[i] == VISIBLE)
    # sign_i * x_i = -known - sum of the other hidden signed terms. Prefix and suffix sums of the others'
    # ranges keep this linear in the number of hidden items.
    contributions = []
    for item, sign in hidden:
        d = domains.get(item) or _domain(table, item, status[item], n)
        contributions.append(_neg(d) if sign > 0 else d)
    prefix: list[Intervals] = [((-known, -known),)]
    for c in contributions:
        prefix.append(_add(prefix[-1], c))
    suffix: list[Intervals] = [((0, 0),)]
    for c in reversed(contributions):
        suffix.append(_add(suffix[-1], c))
    suffix.reverse()
    out = {}
    for idx, (item, sign) in enumerate(hidden):
        rest = _add(prefix[idx], suffix[idx + 1])
        candidates = rest if sign > 0 else _neg(rest)
        out[item] = _intersect(candidates, domains.get(item) or _domain(table, item, status[item], n))
    return out


def _single(d: Intervals) -> bool:
    return len(d) == 1 and d[0][0] == d[0][1]


def equation_leaks(table: Table, status: dict[str, str], n: int, total: str,
                   parts: Sequence[str]) -> list[str]:
    """Hidden items of one equation whose value the equation (with the shown ranges) pins down."""
    return [i for i, d in _narrow(table, status, n, total, parts, {}).items() if _single(d)]


def range_leaks(table: Table, status: dict[str, str], n: int, rounds: int = 30) -> list[str]:
    """Hidden items pinned down by all equations together, with the shown ranges (constraint propagation)."""
    domains: dict[str, Intervals] = {}
    relevant = [(t, p) for t, p in table.equations if any(status[i] != VISIBLE for i in (t, *p))]
    for _ in range(rounds):
        changed = False
        for total, parts in relevant:
            for item, d in _narrow(table, status, n, total, parts, domains).items():
                if d != domains.get(item, _domain(table, item, status[item], n)):
                    domains[item] = d
                    changed = True
        if not changed:
            break
    return sorted(i for i, d in domains.items() if _single(d))


def linear_leaks(table: Table, status: dict[str, str]) -> list[str]:
    """Hidden items that the equations, taken together, determine exactly (ignoring ranges)."""
    hidden = {i for i, s in status.items() if s != VISIBLE}
    rows: list[dict[str, int]] = []
    for total, parts in table.equations:
        row: dict[str, int] = {}
        for item, coef in [(total, 1)] + [(p, -1) for p in parts]:
            if item in hidden:
                row[item] = (row.get(item, 0) + coef) % _PRIME
        row = {k: v for k, v in row.items() if v}
        if row:
            rows.append(row)
    # Reduced row echelon form over GF(p), sparse.
    pivots: dict[str, dict[str, int]] = {}
    for row in rows:
        for col, prow in pivots.items():
            if col in row:
                factor = row[col]
                for k, v in prow.items():
                    row[k] = (row.get(k, 0) - factor * v) % _PRIME
                row = {k: v for k, v in row.items() if v}
        if not row:
            continue
        col = min(row)
        inv = pow(row[col], _PRIME - 2, _PRIME)
        row = {k: v * inv % _PRIME for k, v in row.items()}
        for other_col, prow in pivots.items():
            if col in prow:
                factor = prow[col]
                for k, v in row.items():
                    prow[k] = (prow.get(k, 0) - factor * v) % _PRIME
                pivots[other_col] = {k: v for k, v in prow.items() if v}
        pivots[col] = row
    return sorted(col for col, prow in pivots.items() if len(prow) == 1)


def _sync_companions(table: Table, status: dict[str, str]) -> None:
    for sum_item, count_item in table.companions.items():
        if status[count_item] != VISIBLE and status[sum_item] == VISIBLE:
            status[sum_item] = SECONDARY
        elif status[sum_item] != VISIBLE and status[count_item] == VISIBLE:
            status[count_item] = SECONDARY


def _hide_one_more(table: Table, status: dict[str, str], n: int, total: str, parts: Sequence[str]) -> bool:
    """Hide one more item of an equation that leaks; prefer the one that stops the leak.

    A zero may be hidden as "<N" or as "x"; both are true statements about it."""
    visible_parts = sorted((table.values[p], p) for p in parts if status[p] == VISIBLE)
    candidates = [p for _, p in visible_parts]
    if status[total] == VISIBLE:
        candidates.append(total)
    # A hidden zero shown the other way ("<N" instead of "x" or back) may be all it takes, but only if
    # no other equation with that zero leaks after the switch: a zero shared by two equations (a row
    # total in its row and in the grand total) would otherwise be switched back and forth for ever,
    # each switch undoing the fix of the other equation, and the last resort below cannot switch it.
    for z in (total, *parts):
        if status[z] in (SECONDARY, HIDDEN_X) and table.values[z] == 0 and table.kind[z] == "count":
            trial = dict(status)
            trial[z] = HIDDEN_X if status[z] == SECONDARY else SECONDARY
            if not any(equation_leaks(table, trial, n, t, p) for t, p in table.equations if z in (t, *p)):
                status[z] = trial[z]
                return True
    if not candidates:
        return False
    for c in candidates:
        for mode in (SECONDARY, HIDDEN_X) if table.values[c] == 0 and table.kind[c] == "count" else (SECONDARY,):
            trial = dict(status)
            trial[c] = mode
            _sync_companions(table, trial)
            if not equation_leaks(table, trial, n, total, parts):
                status[c] = mode
                return True
    status[candidates[0]] = SECONDARY
    return True


def suppress(table: Table, n: int) -> dict[str, str]:
    """The status of every item: visible, primary ("<N") or secondary ("x")."""
    if n < 2:
        return {i: VISIBLE for i in table.values}
    status = {i: (PRIMARY if table.kind[i] == "count" and 1 <= v < n else VISIBLE)
              for i, v in table.values.items()}
    _sync_companions(table, status)
    by_item: dict[str, list[int]] = {}
    for idx, (total, parts) in enumerate(table.equations):
        for item in (total, *parts):
            by_item.setdefault(item, []).append(idx)
    for _round in range(10 * len(table.values) + 10):
        changed = False
        for total, parts in table.equations:
            while equation_leaks(table, status, n, total, parts):
                if not _hide_one_more(table, status, n, total, parts):
                    break
                _sync_companions(table, status)
                changed = True
        if changed:
            continue
        determined = linear_leaks(table, status) or range_leaks(table, status, n)
        if not determined:
            break
        for item in determined:
            for idx in by_item.get(item, []):
                total, parts = table.equations[idx]
                visible = [p for p in (*parts, total) if status[p] == VISIBLE]
                if visible:
                    pick = min(visible, key=lambda p: (p == total, table.values[p]))
                    status[pick] = SECONDARY
                    _sync_companions(table, status)
                    changed = True
                    break
            if changed:
                break
        if not changed:
            break
    # Last resort (rare, tiny tables): hide every item of each equation that still gives one away; when
    # everything there is hidden already, show a hidden zero the other way ("<N" or "x").
    for _round in range(2 * len(table.values)):
        leaking = set(audit_leaks(table, status, n))
        if not leaking:
            break
        grew = False
        for idx in {i for item in leaking for i in by_item.get(item, [])}:
            total, parts = table.equations[idx]
            for p in (total, *parts):
                if status[p] == VISIBLE:
                    status[p] = SECONDARY
                    grew = True
        _sync_companions(table, status)
        if not grew and not _switch_a_zero(table, status, n, len(leaking)):
            break
    return status


def _switch_a_zero(table: Table, status: dict[str, str], n: int, leaking: int) -> bool:
    """Show one hidden zero the other way if that leaves fewer items derivable (so this cannot cycle)."""
    for z in sorted(table.values):
        if status[z] in (SECONDARY, HIDDEN_X) and table.values[z] == 0 and table.kind[z] == "count":
            trial = dict(status)
            trial[z] = HIDDEN_X if status[z] == SECONDARY else SECONDARY
            if len(set(audit_leaks(table, trial, n))) < leaking:
                status[z] = trial[z]
                return True
    return False


def audit_leaks(table: Table, status: dict[str, str], n: int) -> list[str]:
    leaks = [i for total, parts in table.equations for i in equation_leaks(table, status, n, total, parts)]
    return leaks + linear_leaks(table, status) + range_leaks(table, status, n)


def audit(table: Table, status: dict[str, str], n: int) -> list[str]:
    """Everything wrong with a published status: small counts shown, or hidden items derivable."""
    problems = [f"{i} = {v} shown" for i, v in table.values.items()
                if table.kind[i] == "count" and 1 <= v < n and status[i] == VISIBLE]
    for total, parts in table.equations:
        problems += [f"{i} derivable from {total}" for i in equation_leaks(table, status, n, total, parts)]
    problems += [f"{i} derivable from all totals together" for i in linear_leaks(table, status)]
    problems += [f"{i} derivable from the totals and the shown ranges" for i in range_leaks(table, status, n)]
    return problems


def display(value: int, item_status: str, n: int, kind: str = "count") -> str:
    if item_status == VISIBLE:
        return str(value)
    if kind == "count" and (item_status == PRIMARY or (item_status == SECONDARY and value < n)):
        return f"<{n}"
    return "x"
