"""Full-text search over clients and notes: prefixes, diacritics, snippets, unsafe input."""

from __future__ import annotations

from datetime import date

import pytest

from oco_desktop.domain.models import Client, Consent, Note
from oco_desktop.storage import clients, notes
from oco_desktop.storage.search import HIT_END, HIT_START, fts_query, search_clients, search_notes


def add_client(vault, name, **kwargs):
    client = clients.add_client(vault, Client(name=name, **kwargs))
    clients.record_consent(vault, client.id, Consent("notities bewaren", "written", date(2026, 1, 5)))
    return client


def add_note(vault, client, body, on=date(2026, 3, 2)):
    return notes.add_note(vault, Note(client_id=client.id, contact_on=on, body=body))


def test_client_names_by_prefix_and_without_diacritics(vault):
    sukru = add_client(vault, "Şükrü Yılmaz")
    anna = add_client(vault, "Anna de Vries", preferred_name="Anneke")
    add_client(vault, "Jan Jansen")
    assert [h.client_id for h in search_clients(vault, "sukru")] == [sukru.id]
    assert [h.client_id for h in search_clients(vault, "yilm")] == [sukru.id]
    assert [h.client_id for h in search_clients(vault, "anneke")] == [anna.id]
    assert [h.client_id for h in search_clients(vault, "ann vri")] == [anna.id]
    assert search_clients(vault, "pietje") == []


def test_notes_found_by_prefix_and_diacritics_with_marked_snippet(vault):
    client = add_client(vault, "Fatima Bouzid")
    note = add_note(vault, client, "Samen met de cliëntondersteuner naar het keukentafelgesprek geweest.")
    add_note(vault, client, "Telefoon over de huur.")
    hits = search_notes(vault, "clientondersteuner")
    assert [(h.note_id, h.client_id, h.client_name, h.contact_on) for h in hits] == [
        (note.id, client.id, "Fatima Bouzid", "2026-03-02")
    ]
    assert f"{HIT_START}cliëntondersteuner{HIT_END}" in hits[0].snippet
    # A word prefix finds the Dutch compound and its forms.
    assert [h.note_id for h in search_notes(vault, "keukentafel")] == [note.id]
    assert [h.note_id for h in search_notes(vault, "CLIËNT")] == [note.id]


def test_all_words_must_occur(vault):
    client = add_client(vault, "Piet Bakker")
    both = add_note(vault, client, "Schulden besproken met de schuldhulpverlening van de gemeente.")
    add_note(vault, client, "Schulden besproken met de dochter.")
    assert {h.note_id for h in search_notes(vault, "schulden gemeente")} == {both.id}
    assert {h.note_id for h in search_notes(vault, "schulden gem")} == {both.id}
    assert len(search_notes(vault, "schuld")) == 2


def test_search_notes_of_one_client(vault):
    a, b = add_client(vault, "A"), add_client(vault, "B")
    add_note(vault, a, "huisbezoek gedaan")
    mine = add_note(vault, b, "huisbezoek gepland")
    assert [h.note_id for h in search_notes(vault, "huisbezoek", client_id=b.id)] == [mine.id]


@pytest.mark.parametrize(
    "text", ['"', '"zorg', "zorg*", "*", "-zorg", "zorg - huur", "AND", "zorg AND", "OR NOT", "(", "zorg)",
             "NEAR(zorg huur)", "body:zorg", "^zorg", "{body}", "'", "", "   ", "💬"],
)
def test_fts_syntax_in_input_never_crashes(vault, text):
    client = add_client(vault, "Ahmet Demir")
    add_note(vault, client, "Zorg en huur besproken; AND en OR zijn hier gewone woorden.")
    search_notes(vault, text)
    search_clients(vault, text)


def test_operator_words_are_searched_as_words(vault):
    client = add_client(vault, "Ahmet Demir")
    note = add_note(vault, client, "Zorg en huur besproken; OR staat hier als gewoon woord.")
    assert [h.note_id for h in search_notes(vault, "OR")] == [note.id]
    assert [h.note_id for h in search_notes(vault, '"zorg*')] == [note.id]
    assert fts_query("-(zorg)") == '"zorg"'  # ends in a sign: no word is being typed
    assert fts_query("zorg") == '"zorg"*'
    assert fts_query("Yilmaz AND") == '("Yilmaz" OR "yılmaz") AND "AND"*'
    assert fts_query('" * ( -') is None


def test_dotless_i_in_notes_found_with_plain_i(vault):
    client = add_client(vault, "Ahmet Demir")
    note = add_note(vault, client, "Gesprek met buurman Yılmaz over de mantelzorg.")
    assert [h.note_id for h in search_notes(vault, "yilmaz")] == [note.id]
    assert [h.note_id for h in search_notes(vault, "yılmaz mantel")] == [note.id]


def test_note_hits_come_newest_first_and_stop_at_the_limit(vault):
    client = add_client(vault, "Anna de Vries")
    written = [add_note(vault, client, f"Huisbezoek nummer {i} over de traplift") for i in range(12)]
    hits = search_notes(vault, "traplift", limit=5)
    assert [h.note_id for h in hits] == [n.id for n in reversed(written)][:5]


def test_only_the_word_being_typed_is_a_prefix(vault):
    client = add_client(vault, "Anna de Vries")
    visit = add_note(vault, client, "Huisbezoek gedaan, de huisarts gebeld.")
    doctor = add_note(vault, client, "Huisarts belt terug over de huur.")
    assert {h.note_id for h in search_notes(vault, "huis")} == {visit.id, doctor.id}  # being typed
    assert search_notes(vault, "huis ") == []  # finished word: "huis" itself is in no note
    assert {h.note_id for h in search_notes(vault, "huisarts hu")} == {visit.id, doctor.id}
    assert [h.note_id for h in search_notes(vault, "huisarts huu")] == [doctor.id]
    assert search_notes(vault, "huisa huur") == []  # "huisa" is complete now: no such word
    assert fts_query("zorg hu") == '"zorg" AND "hu"*'


def _old_search_clients(vault, text, limit=50):
    """The Python matching used before client_names_fts, kept as the reference for identical results."""
    import re

    from oco_desktop.domain.caseload_filter import fold

    word = re.compile(r"\w+", re.UNICODE)
    words = [fold(w) for w in word.findall(text)]
    if not words:
        return []
    hits = []
    rows = vault.conn.execute("SELECT id, name, preferred_name FROM clients ORDER BY name COLLATE NOCASE, seq")
    for client_id, name, preferred_name in rows:
        tokens = word.findall(fold(f"{name} {preferred_name}"))
        if all(any(token.startswith(w) for token in tokens) for w in words):
            hits.append(client_id)
            if len(hits) >= limit:
                break
    return hits


def test_client_name_search_gives_the_same_results_and_order_as_before(vault):
    from datetime import date as _date

    from oco_desktop.domain.demo_people import generate_people

    people = list(generate_people(150, 5, notes_per_client=0, today=_date(2026, 11, 30)))
    for person in people:
        clients.add_client(vault, person.client)
    extra = [add_client(vault, name, preferred_name=pref) for name, pref in (
        ("Łukasz Wróbel", ""), ("Søren Ørsted", "Søs"), ("Straße Weiß", ""), ("Şükrü Yılmaz", "Sukru"),
        ("anna_maria de Vries", ""), ("Anna de Vries", "Anneke"), ("anna de vries", ""))]
    clients.update_client(vault, extra[0].__class__(**{**extra[0].__dict__, "name": "Łukasz Wróblewski"}))
    queries = ["a", "an", "ann", "anna", "anna de", "ann vri", "lukasz", "wrob", "wróblewski", "soren", "ors",
               "søs", "strasse", "weiss", "yilmaz", "sukru", "anna_m", "de v", "x", "zzz", "j", "el", "van"]
    queries += [p.client.name.split()[0][:k] for p in people[:40] for k in (1, 2, 4)]
    queries += [p.client.name.split()[-1] for p in people[:40]]
    for q in queries:
        for limit in (50, 3):
            assert [h.client_id for h in search_clients(vault, q, limit)] == _old_search_clients(vault, q, limit), q
    clients.delete_client(vault, extra[1].id)
    assert search_clients(vault, "soren") == []


def test_one_letter_prefix_uses_the_notes_prefix_index(vault):
    sql = vault.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'notes_fts'").fetchone()[0]
    assert "prefix='1 2 3'" in sql
    client = add_client(vault, "Anna de Vries")
    note = add_note(vault, client, "Zorgverzekering gebeld.")
    add_note(vault, client, "Huur besproken.")
    assert [h.note_id for h in search_notes(vault, "z")] == [note.id]
    notes.delete_note(vault, note.id)  # the triggers still reach the new table
    assert search_notes(vault, "z") == []
