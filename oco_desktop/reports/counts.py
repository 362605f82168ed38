"""Exact, anonymous counts of one vault for a period (no Qt). Nothing identifying leaves this module:
the result is a flat mapping `item id -> whole number`, every number additive, so the counts of several
supporters can be added up by a coordinator (see oco_desktop.reports.sealed).

Item ids (documented in resources/docs/report-format.md):
    questions.with_file         cases opened in the period
    questions.without_file      questions without a client file in the period
    questions.total             the two together
    residents                   different clients with a case active in the period
    cases                       cases active in the period (opened on or before its end, not closed before it)
    phase:P                     active cases by phase at the end of the period
    matrix:D:G / matrix:D:* / matrix:*:G     active cases by main life domain D x main target group G
    matrix@P:D:G / matrix@P:D:* / matrix@P:*:G   the same per phase P
    contacts:T / contacts        notes (contact moments) in the period by contact type T
    minutes:T / minutes          their contact minutes
    qwf_channel:C, qwf_referrer:R, qwf_outcome:O   questions without a file by channel, referrer, outcome
    qwf_minutes                 minutes spent on questions without a file
    referrer:R                  new cases (opened in the period) by who referred them
    closed                      cases closed in the period
    lead_days:N                 closed cases whose lead time (first contact to closing) was N days
    appreciation:K / appreciation          closed cases with the resident's appreciation K (1-10)
    appreciation_method:M       how it was asked
    control:K / control         the resident's answer to the control question (1-5) at closing
    control_before:K, control_after:K / control_pairs   self-reliance in the resident's own view (mean
                                of the client scores, rounded) at the first and the last scoring date
    signals:C / signals         signals noted in the period by category

A case's main life domain is the one with the most contact minutes in its notes (ties: the order of the
life-domain list), else the first of the client's life domains, else "unknown". Its main target group
is the first of the client's target groups in the order of the target-group list, else "unknown". One
main value each keeps the matrix additive: its total is the number of cases.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from oco_desktop.domain.models import CONTACT_TYPES, PHASES
from oco_desktop.domain.registration import (
    APPRECIATION_METHODS,
    CHANNELS,
    OUTCOMES,
    REFERRERS,
    SIGNAL_CATEGORIES,
    redact_names,
)
from oco_desktop.storage.convert import load_list
from oco_desktop.storage.registration import client_name_parts, split_minutes

UNKNOWN = "unknown"


@dataclass
class Counts:
    """Exact counts for a period; `signal_texts` only when asked for."""

    start: date
    end: date
    items: dict[str, int] = field(default_factory=dict)
    signal_texts: list[dict[str, str]] = field(default_factory=list)

    def get(self, item: str) -> int:
        return self.items.get(item, 0)

    def bump(self, item: str, by: int = 1) -> None:
        self.items[item] = self.items.get(item, 0) + by


def _ordered(values: Sequence[str], order: Sequence[str]) -> list[str]:
    rank = {v: i for i, v in enumerate(order)}
    return sorted(values, key=lambda v: (rank.get(v, len(rank)), v))


def _main_domain(case_minutes: dict[str, int], client_domains: list[str], domain_order: Sequence[str]) -> str:
    linked = {d: m for d, m in case_minutes.items() if d}
    if linked and max(linked.values()) > 0:
        best = max(linked.values())
        return _ordered([d for d, m in linked.items() if m == best], domain_order)[0]
    if client_domains:
        return _ordered(client_domains, domain_order)[0]
    return UNKNOWN


def _percentile(histogram: dict[int, int], fraction: float) -> int | None:
    """The nearest-rank percentile of a histogram {value: count}."""
    total = sum(histogram.values())
    if total == 0:
        return None
    rank = max(1, math.ceil(total * fraction))
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen >= rank:
            return value
    return max(histogram)


def lead_time_stats(items: dict[str, int]) -> tuple[int, int | None, int | None]:
    """(number of closed cases with a lead time, median days, p90 days) from lead_days:N items."""
    hist = {int(k.split(":", 1)[1]): v for k, v in items.items() if k.startswith("lead_days:") and v}
    n = sum(hist.values())
    return n, _percentile(hist, 0.5), _percentile(hist, 0.9)


def compute(vault, start: date, end: date, *, domain_order: Sequence[str], group_order: Sequence[str],
            with_signal_text: bool = False) -> Counts:
    counts = Counts(start, end)
    s, e = start.isoformat(), end.isoformat()
    conn = vault.conn

    # Fixed categories are present as 0, so every report has the same rows.
    for key in ("questions.with_file", "questions.without_file", "questions.total", "residents", "cases",
                "contacts", "minutes", "qwf_minutes", "closed", "appreciation", "control", "control_pairs",
                "signals"):
        counts.items[key] = 0
    for p in PHASES:
        counts.items[f"phase:{p}"] = 0
    for t in CONTACT_TYPES:
        counts.items[f"contacts:{t}"] = counts.items[f"minutes:{t}"] = 0
    for values, prefix in ((CHANNELS, "qwf_channel"), (REFERRERS, "qwf_referrer"), (OUTCOMES, "qwf_outcome"),
                           ((*REFERRERS, UNKNOWN), "referrer"), ((*APPRECIATION_METHODS, UNKNOWN),
                                                                 "appreciation_method"),
                           (SIGNAL_CATEGORIES, "signals")):
        for v in values:
            counts.items[f"{prefix}:{v}"] = 0
    for k in range(1, 11):
        counts.items[f"appreciation:{k}"] = 0
    for k in range(1, 6):
        counts.items[f"control:{k}"] = counts.items[f"control_before:{k}"] = counts.items[f"control_after:{k}"] = 0

    client_groups = {cid: load_list(groups) for cid, groups in conn.execute("SELECT id, target_groups FROM clients")}
    client_domains: dict[str, list[str]] = {}
    for cid, domain in conn.execute("SELECT client_id, domain_id FROM client_life_domains"):
        client_domains.setdefault(cid, []).append(domain)

    # Minutes per case and life domain, over all the case's notes.
    case_minutes: dict[str, dict[str, int]] = {}
    first_note: dict[str, str] = {}
    for case_id, minutes, domains, on in conn.execute(
            "SELECT case_id, minutes, life_domains, contact_on FROM notes WHERE case_id IS NOT NULL"):
        per = case_minutes.setdefault(case_id, {})
        for d, m in split_minutes(minutes, load_list(domains)).items():
            per[d] = per.get(d, 0) + m
        if case_id not in first_note or on < first_note[case_id]:
            first_note[case_id] = on

    end_moment = f"{e}T23:59:59Z"
    phase_at_end: dict[str, str] = {}
    for case_id, value in conn.execute(
            "SELECT case_id, new_value FROM case_events WHERE kind = 'phase' AND at <= ? ORDER BY at, rowid",
            (end_moment,)):
        phase_at_end[case_id] = value

    residents: set[str] = set()
    rows = conn.execute(
        "SELECT id, client_id, phase, opened_on, closed_on, status, appreciation, appreciation_method, "
        "control_answer, referrer FROM cases WHERE opened_on <= ? AND (closed_on IS NULL OR closed_on >= ?)",
        (e, s))
    closed_clients: list[str] = []
    for (case_id, client_id, phase, opened_on, closed_on, _status, appreciation, method, control,
         referrer) in rows:
        residents.add(client_id)
        counts.bump("cases")
        phase = phase_at_end.get(case_id, phase)
        counts.bump(f"phase:{phase}")
        groups = _ordered(client_groups.get(client_id, []), group_order)
        group = groups[0] if groups else UNKNOWN
        domain = _main_domain(case_minutes.get(case_id, {}), client_domains.get(client_id, []), domain_order)
        counts.bump(f"matrix:{domain}:{group}")
        counts.bump(f"matrix:{domain}:*")
        counts.bump(f"matrix:*:{group}")
        counts.bump(f"matrix@{phase}:{domain}:{group}")
        counts.bump(f"matrix@{phase}:{domain}:*")
        counts.bump(f"matrix@{phase}:*:{group}")
        if s <= opened_on <= e:
            counts.bump("questions.with_file")
            counts.bump(f"referrer:{referrer or UNKNOWN}")
        if closed_on and s <= closed_on <= e:
            counts.bump("closed")
            first = min(opened_on, first_note.get(case_id, opened_on))
            days = max(0, (date.fromisoformat(closed_on) - date.fromisoformat(first)).days)
            counts.bump(f"lead_days:{days}")
            if appreciation is not None:
                counts.bump("appreciation")
                counts.bump(f"appreciation:{appreciation}")
                counts.bump(f"appreciation_method:{method or UNKNOWN}")
            if control is not None:
                counts.bump("control")
                counts.bump(f"control:{control}")
            closed_clients.append(client_id)
    counts.items["residents"] = len(residents)

    for client_id in closed_clients:
        by_date: dict[str, list[int]] = {}
        for on, score in conn.execute(
                "SELECT scored_on, client_score FROM self_reliance_scores WHERE client_id = ? "
                "AND client_score IS NOT NULL", (client_id,)):
            by_date.setdefault(on, []).append(score)
        if len(by_date) >= 2:
            dates = sorted(by_date)
            before = round(sum(by_date[dates[0]]) / len(by_date[dates[0]]))
            after = round(sum(by_date[dates[-1]]) / len(by_date[dates[-1]]))
            counts.bump("control_pairs")
            counts.bump(f"control_before:{before}")
            counts.bump(f"control_after:{after}")

    for contact_type, n, minutes in conn.execute(
            "SELECT contact_type, count(*), coalesce(sum(minutes), 0) FROM notes "
            "WHERE contact_on >= ? AND contact_on <= ? GROUP BY contact_type", (s, e)):
        counts.bump(f"contacts:{contact_type}", n)
        counts.bump("contacts", n)
        counts.bump(f"minutes:{contact_type}", minutes)
        counts.bump("minutes", minutes)

    for channel, referrer, outcome, minutes in conn.execute(
            "SELECT channel, referrer, outcome, minutes FROM questions_without_file "
            "WHERE asked_on >= ? AND asked_on <= ?", (s, e)):
        counts.bump("questions.without_file")
        counts.bump(f"qwf_channel:{channel}")
        counts.bump(f"qwf_referrer:{referrer}")
        counts.bump(f"qwf_outcome:{outcome}")
        counts.bump("qwf_minutes", minutes)
    counts.items["questions.total"] = counts.get("questions.with_file") + counts.get("questions.without_file")

    names = client_name_parts(vault) if with_signal_text else set()
    for category, noted_on, concerns, concerns_name, domain, description, status in conn.execute(
            "SELECT category, noted_on, concerns, concerns_name, life_domain, description, status FROM signals "
            "WHERE noted_on >= ? AND noted_on <= ? ORDER BY noted_on, created_at", (s, e)):
        counts.bump("signals")
        counts.bump(f"signals:{category}")
        if with_signal_text:
            # A name typed despite the warning never leaves the vault.
            counts.signal_texts.append({"date": noted_on, "category": category, "concerns": concerns,
                                        "concerns_name": redact_names(concerns_name, names),
                                        "life_domain": domain, "description": redact_names(description, names),
                                        "status": status})
    return counts


def merge(parts: Sequence[Counts]) -> Counts:
    """Add up the counts of several supporters for the same period."""
    merged = Counts(parts[0].start, parts[0].end)
    total: Counter[str] = Counter()
    for part in parts:
        for k, v in part.items.items():
            total[k] += v
            merged.items.setdefault(k, 0)
        merged.signal_texts.extend(part.signal_texts)
    merged.items.update(total)
    return merged
