"""Personal plan storage: plan record with version, section texts, prefill, hidden sections, dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from oco_desktop.errors import InvalidValue, NotFound
from oco_desktop.storage import cases, plans
from tests.plan_helpers import INTERVIEW, REQUEST, add_plan_case, definitions


def test_plan_is_started_with_the_definitions_version(vault):
    defs = definitions()
    pc = add_plan_case(vault, defs)
    info = plans.get_plan(vault, pc.case_id)
    assert info is not None
    assert info.definition_version == defs.plan_version
    assert defs.plan_version.startswith("plan_sections@")


def test_ensure_plan_on_unknown_case_is_not_found(vault):
    with pytest.raises(NotFound):
        plans.ensure_plan(vault, definitions(), "no-such-case")


def test_view_follows_definitions_order_and_keeps_texts(vault):
    defs = definitions()
    pc = add_plan_case(vault, defs)
    view = plans.plan_view(vault, defs, pc.client_id, pc.case_id)
    assert [v.section_id for v in view] == [s.id for s in defs.plan_sections]
    about = next(v for v in view if v.section_id == "about_me")
    assert about.heading == "Over u"
    assert about.texts[0].stored and about.texts[0].body.startswith("Ik ben Şükrü Yılmaz")
    goes_well = next(v for v in view if v.section_id == "what_goes_well")
    assert goes_well.texts[0].body == "" and not goes_well.texts[0].stored


def test_per_life_domain_section_is_prefilled_until_saved(vault):
    defs = definitions()
    pc = add_plan_case(vault, defs)
    first, second = pc.domains
    want = next(v for v in plans.plan_view(vault, defs, pc.client_id, pc.case_id) if v.per_life_domain)
    assert [t.domain_id for t in want.texts] == [first, second]
    assert want.texts[0].body == "Ik kan de trap niet meer op." and not want.texts[0].stored

    # Once saved (even emptied) the saved text wins over the prefill.
    plans.save_section(vault, defs, pc.case_id, want.section_id, "", first)
    plans.save_section(vault, defs, pc.case_id, want.section_id, "Weer zelf boven slapen.", second)
    want = next(v for v in plans.plan_view(vault, defs, pc.client_id, pc.case_id) if v.per_life_domain)
    assert [(t.body, t.stored) for t in want.texts] == [("", True), ("Weer zelf boven slapen.", True)]


def test_domain_no_longer_in_play_keeps_its_text(vault):
    from oco_desktop.domain.models import LifeDomainQuestion
    from oco_desktop.storage import clients

    defs = definitions()
    pc = add_plan_case(vault, defs)
    first, second = pc.domains
    plans.save_section(vault, defs, pc.case_id, "what_i_want", "Naar de dagbesteding.", second)
    clients.set_life_domains(vault, pc.client_id, [LifeDomainQuestion(first, "")])
    want = next(v for v in plans.plan_view(vault, defs, pc.client_id, pc.case_id) if v.per_life_domain)
    kept = [t for t in want.texts if t.domain_id == second]
    assert len(kept) == 1 and kept[0].body == "Naar de dagbesteding." and not kept[0].in_play


def test_wrong_domain_use_and_unknown_section_are_refused(vault):
    defs = definitions()
    pc = add_plan_case(vault, defs)
    with pytest.raises(InvalidValue):
        plans.save_section(vault, defs, pc.case_id, "about_me", "x", pc.domains[0])
    with pytest.raises(InvalidValue):
        plans.save_section(vault, defs, pc.case_id, "what_i_want", "x", "")
    with pytest.raises(InvalidValue):
        plans.save_section(vault, defs, pc.case_id, "no_such_section", "x")


def test_hidden_section_with_text_is_still_returned_and_marked(vault):
    defs = definitions()
    pc = add_plan_case(vault, defs)
    plans.save_section(vault, defs, pc.case_id, "agreements", "Ik bel de gemeente op maandag.")
    hidden = tuple(replace(s, hidden=True) if s.id in ("agreements", "documents_to_bring") else s
                   for s in defs.all_plan_sections)
    later = replace(defs, all_plan_sections=hidden)
    view = plans.plan_view(vault, later, pc.client_id, pc.case_id)
    ids = [v.section_id for v in view]
    assert "documents_to_bring" not in ids  # hidden and empty: not offered any more
    assert ids[-1] == "agreements"
    assert view[-1].hidden and view[-1].texts[0].body == "Ik bel de gemeente op maandag."
    assert view[-1].heading == "Wat er is afgesproken"


def test_section_unknown_to_new_definitions_keeps_stored_heading(vault):
    defs = definitions()
    pc = add_plan_case(vault, defs)
    plans.save_section(vault, defs, pc.case_id, "agreements", "Afspraak: dinsdag bellen.")
    fewer = replace(defs, all_plan_sections=tuple(s for s in defs.all_plan_sections if s.id != "agreements"))
    view = plans.plan_view(vault, fewer, pc.client_id, pc.case_id)
    assert view[-1].section_id == "agreements" and view[-1].hidden
    assert view[-1].heading == "Wat er is afgesproken"  # from the snapshot in heading_nl
    plans.save_section(vault, fewer, pc.case_id, "agreements", "Afspraak: woensdag bellen.")  # still editable
    assert plans.stored_sections(vault, pc.case_id)[("agreements", "")][1] == "Afspraak: woensdag bellen."


def test_english_headings(vault):
    defs = definitions("en")
    pc = add_plan_case(vault, defs)
    view = plans.plan_view(vault, defs, pc.client_id, pc.case_id, "en")
    assert view[0].heading == "About you"


def test_dates_and_deadlines(vault):
    defs = definitions()
    pc = add_plan_case(vault, defs)
    case = cases.get_case(vault, pc.case_id)
    assert (case.request_date, case.access_interview_date) == (REQUEST, INTERVIEW)
    due = plans.request_deadlines(case.request_date)
    assert due.plan_last_day == date(2026, 11, 12)
    assert due.assessment_last_day == date(2026, 12, 17)
    plans.set_dates(vault, pc.case_id, None, None)
    case = cases.get_case(vault, pc.case_id)
    assert case.request_date is None and case.access_interview_date is None
    assert plans.request_deadlines(None) == plans.RequestDeadlines()
    with pytest.raises(InvalidValue):
        plans.set_dates(vault, pc.case_id, date(2026, 11, 10), date(2026, 11, 9))


def test_deadline_moves_past_a_holiday():
    # Request on 18 December 2026: +7 = Friday 25 December (Christmas) -> Monday 28 December.
    assert plans.request_deadlines(date(2026, 12, 18)).plan_last_day == date(2026, 12, 28)
