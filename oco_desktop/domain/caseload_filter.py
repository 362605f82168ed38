"""Filtering and sorting the caseload, without Qt.

Typing in the caseload filter must stay fluid with thousands of clients, so everything that does not
depend on the typed text (folded names, labels, attention flags, sort keys) is computed once per row in
`prepare`; a keystroke then costs one substring test per word per row.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from operator import attrgetter
from typing import TYPE_CHECKING

from oco_desktop.domain.models import CONTACT_FORMS, PHASES

if TYPE_CHECKING:  # the row type lives in storage; this module only reads its fields
    from oco_desktop.storage.caseload import CaseloadRow

# A legal deadline at most this many days away is marked in the caseload (the plan term itself is 7).
DEADLINE_WARNING_DAYS = 7

# Letters that Unicode does not decompose into a base letter plus a mark.
_EXTRA_FOLDS = str.maketrans({
    "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss",
})  # fmt: skip

# Filter values for the status filter besides the stored statuses.
STATUS_ACTIVE = "active"  # open or check-in: everything that is not closed
STATUS_NO_CASE = "no_case"


def fold(text: str) -> str:
    """Lower case without diacritics: "Şükrü Yılmaz" -> "sukru yilmaz", so "sukru" finds him."""
    if text.isascii():  # most names and words: nothing to decompose (a tenth of the time at 2,000 rows)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_EXTRA_FOLDS)


class SortKey(StrEnum):
    NAME = "name"
    PHASE = "phase"
    PROGRESS = "progress"
    LIFE_DOMAINS = "life_domains"
    CONTACT_FORM = "contact_form"
    LAST_CONTACT = "last_contact"
    NEXT_FOLLOW_UP = "next_follow_up"
    PLAN_DUE = "plan_due"
    ASSESSMENT_DUE = "assessment_due"


class Attention(StrEnum):
    """Why a row needs the supporter's attention."""

    OVERDUE = "overdue"  # an open follow-up is past its date
    DEADLINE_SOON = "deadline_soon"  # the plan or assessment deadline is within DEADLINE_WARNING_DAYS
    CHECKIN_DUE = "checkin_due"  # the check-in call is due (or past due)


class DeadlineState(StrEnum):
    PASSED = "passed"
    SOON = "soon"
    LATER = "later"


def deadline_state(due: date | None, today: date) -> DeadlineState | None:
    if due is None:
        return None
    days = (due - today).days
    if days < 0:
        return DeadlineState.PASSED
    if days <= DEADLINE_WARNING_DAYS:
        return DeadlineState.SOON
    return DeadlineState.LATER


def attention_reasons(row: CaseloadRow, today: date) -> tuple[Attention, ...]:
    reasons = []
    if row.overdue_follow_ups > 0:
        reasons.append(Attention.OVERDUE)
    if DeadlineState.SOON in (deadline_state(row.plan_due, today), deadline_state(row.assessment_due, today)):
        reasons.append(Attention.DEADLINE_SOON)
    if row.checkin_due is not None and row.checkin_due <= today:
        reasons.append(Attention.CHECKIN_DUE)
    return tuple(reasons)


@dataclass(frozen=True)
class Criteria:
    """What the supporter filters on; None or "" means "any"."""

    text: str = ""
    phase: str | None = None
    status: str | None = None  # "open", "checkin", "closed", STATUS_ACTIVE or STATUS_NO_CASE
    life_domain: str | None = None
    needs_attention: bool = False


# Missing dates sort after every real date (ascending), so "no follow-up" ends at the bottom.
_NO_DATE = date.max.toordinal() + 1


def _date_key(value: date | None) -> int:
    return value.toordinal() if value is not None else _NO_DATE


def _progress_key(row: CaseloadRow) -> float:
    done, total = row.progress or (0, 0)
    return done / total if total else -1.0


# How each column sorts. Worked out when a column is sorted, not for every row up front: at 10,000
# clients making all nine keys per row was a third of `prepare`, and most columns are never sorted.
_SORT_KEY_OF: dict[SortKey, Callable[[PreparedRow], int | float | str]] = {
    SortKey.NAME: lambda p: p.sort_name,
    SortKey.PHASE: lambda p: PHASES.index(p.row.phase) if p.row.phase in PHASES else len(PHASES),
    SortKey.PROGRESS: lambda p: _progress_key(p.row),
    SortKey.LIFE_DOMAINS: lambda p: p.folded_domains,
    SortKey.CONTACT_FORM: (
        lambda p: CONTACT_FORMS.index(p.row.contact_form) if p.row.contact_form in CONTACT_FORMS else 99),
    SortKey.LAST_CONTACT: lambda p: _date_key(p.row.last_contact_on),
    SortKey.NEXT_FOLLOW_UP: lambda p: _date_key(p.row.next_follow_up_on),
    SortKey.PLAN_DUE: lambda p: _date_key(p.row.plan_due),
    SortKey.ASSESSMENT_DUE: lambda p: _date_key(p.row.assessment_due),
}


@dataclass(frozen=True)
class PreparedRow:
    row: CaseloadRow
    haystack: str  # folded name, preferred name, case code and life domain labels
    domain_set: frozenset[str]
    attention: tuple[Attention, ...]
    sort_name: str  # the folded display name
    folded_domains: str  # the folded life domain labels

    def sort_key(self, key: SortKey) -> int | float | str:
        return _SORT_KEY_OF[key](self)


def row_order(key: SortKey) -> Callable[[PreparedRow], object]:
    """The key function that sorts rows on `key`; ties fall back to the name, so equal dates still give a
    stable, readable order."""
    if key == SortKey.NAME:
        return attrgetter("sort_name")
    key_of = _SORT_KEY_OF[key]
    return lambda p: (key_of(p), p.sort_name)


def prepare(rows: Iterable[CaseloadRow], domain_label: Callable[[str], str], today: date) -> list[PreparedRow]:
    """Precompute, once per row, everything filtering needs."""
    prepared = []
    # Clients share life-domain combinations: their labels are joined and folded once per combination.
    folded_labels_of: dict[tuple[str, ...], tuple[str, frozenset[str]]] = {}
    for row in rows:
        found = folded_labels_of.get(row.life_domains)
        if found is None:
            found = folded_labels_of[row.life_domains] = (
                fold(" ".join(domain_label(d) for d in row.life_domains)), frozenset(row.life_domains))
        folded_labels, domain_set = found
        name = fold(row.name)
        preferred_name = fold(row.preferred_name) if row.preferred_name else ""
        haystack = " ".join(
            part for part in (name, preferred_name, fold(row.case_code) if row.case_code else "", folded_labels)
            if part
        )
        prepared.append(
            PreparedRow(
                row=row,
                haystack=haystack,
                domain_set=domain_set,
                attention=attention_reasons(row, today),
                sort_name=preferred_name if row.preferred_name else name,
                folded_domains=folded_labels,
            )
        )
    return prepared


def _status_matches(status: str | None, wanted: str) -> bool:
    if wanted == STATUS_ACTIVE:
        return status in ("open", "checkin")
    if wanted == STATUS_NO_CASE:
        return status is None
    return status == wanted


def matcher(criteria: Criteria) -> Callable[[PreparedRow], bool]:
    """A predicate for one set of criteria; the typed text is folded and split once, not per row."""
    words = fold(criteria.text).split()
    phase, status, domain = criteria.phase or None, criteria.status or None, criteria.life_domain or None
    attention = criteria.needs_attention

    def accepts(p: PreparedRow) -> bool:
        if phase is not None and p.row.phase != phase:
            return False
        if status is not None and not _status_matches(p.row.status, status):
            return False
        if domain is not None and domain not in p.domain_set:
            return False
        if attention and not p.attention:
            return False
        haystack = p.haystack
        return all(w in haystack for w in words)

    return accepts


def narrows(old: Criteria, new: Criteria) -> bool:
    """True when every row `new` accepts, `old` accepted too: the same choices, and each word typed in
    `old` is part of a word typed in `new` ("ja" -> "jan", "jan" -> "jan de"). Typing on then only
    checks the rows the previous keystroke left."""
    if (old.phase or None, old.status or None, old.life_domain or None, old.needs_attention) != \
            (new.phase or None, new.status or None, new.life_domain or None, new.needs_attention):
        return False
    new_words = fold(new.text).split()
    return all(any(w in n for n in new_words) for w in fold(old.text).split())


def filter_rows(prepared: Sequence[PreparedRow], criteria: Criteria,
                within: Sequence[bool] | None = None) -> list[bool]:
    """For every row: does it pass the criteria? `within`: the result for criteria that `criteria`
    narrows (see `narrows`), so only the rows that passed those are checked."""
    accepts = matcher(criteria)
    if within is None or len(within) != len(prepared):
        return [accepts(p) for p in prepared]
    return [ok and accepts(p) for ok, p in zip(within, prepared, strict=True)]
