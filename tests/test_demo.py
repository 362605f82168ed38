"""The demo caseload: deterministic generator, vault filler and the `demo` command."""

from __future__ import annotations

import contextlib
import re
import tomllib
import unicodedata
from datetime import date, timedelta

import pytest

from oco_desktop.cli import main
from oco_desktop.domain import demo_people
from oco_desktop.domain.demo_people import generate_people, make_person
from oco_desktop.errors import EXIT_OK, EXIT_USAGE, EXIT_WRONG_SECRET
from oco_desktop.paths import resource_path
from oco_desktop.storage import demo_fill, follow_ups
from oco_desktop.storage.demo_fill import fill
from oco_desktop.storage.search import search_notes
from oco_desktop.storage.vault import Vault
from tests.vault_helpers import add_note

TODAY = date(2026, 11, 23)
PASSPHRASE = "keukentafel-demo-2026"


def _fingerprint(person) -> tuple:
    return (person.client.id, person.client.name, person.client.phone, person.client.address,
            tuple((n.id, n.contact_on, n.body, n.minutes) for n in person.notes),
            tuple((m.name, m.relation) for m in person.network), person.case.phase, person.case.status)


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


# -- the generator ----------------------------------------------------------------------------------
def test_same_seed_gives_same_people_and_another_seed_different_people():
    first = [_fingerprint(p) for p in generate_people(30, 42, today=TODAY)]
    again = [_fingerprint(p) for p in generate_people(30, 42, today=TODAY)]
    other = [_fingerprint(p) for p in generate_people(30, 43, today=TODAY)]
    assert first == again
    assert len({f[0] for f in first}) == 30  # ids are unique
    assert not set(first) & set(other)


def test_person_does_not_depend_on_how_many_were_generated_before():
    batch = list(generate_people(10, 7, start=5, today=TODAY))
    assert _fingerprint(batch[3]) == _fingerprint(make_person(7, 8, today=TODAY))


def test_notes_per_client_has_a_spread_but_an_exact_total():
    people = list(generate_people(40, 3, notes_per_client=50, today=TODAY))
    counts = [len(p.notes) for p in people]
    assert sum(counts) == 40 * 50
    assert len(set(counts)) > 5
    default = [len(p.notes) for p in generate_people(40, 3, today=TODAY)]
    assert sum(default) == 40 * 5 and min(default) >= 1


def test_names_include_non_latin_scripts_and_diacritics():
    names = [p.client.name for p in generate_people(300, 1, today=TODAY)]
    scripts = set().union(*(_scripts(n) for n in names))
    assert {"LATIN", "ARABIC", "CYRILLIC", "ETHIOPIC"} <= scripts
    assert any(re.search("[ỳạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựđĐ]", n) for n in names)  # Vietnamese
    assert any(ch in n for n in names for ch in "şğıİ")  # Turkish
    # Someone with a name in another script has a Latin name to say it aloud.
    for p in generate_people(300, 1, today=TODAY):
        if "LATIN" not in _scripts(p.client.name):
            assert "LATIN" in _scripts(p.client.preferred_name)


def test_vocabulary_ids_are_the_shipped_ones():
    def shipped(file_name, table):
        with resource_path("checklists", file_name).open("rb") as fh:
            return {item["id"] for item in tomllib.load(fh)[table]}

    domains, groups = shipped("life_domains.toml", "life_domain"), shipped("target_groups.toml", "target_group")
    people = list(generate_people(200, 5, today=TODAY))
    used_domains = {d for p in people for n in p.notes for d in n.life_domains}
    used_domains |= {q.domain_id for p in people for q in p.life_domains}
    used_groups = {g for p in people for g in p.client.target_groups}
    assert used_domains <= domains and len(used_domains) >= 8
    assert used_groups <= groups and len(used_groups) >= 10


def test_cases_and_follow_ups_cover_the_interesting_situations():
    people = list(generate_people(300, 11, today=TODAY))
    statuses = {p.case.status for p in people}
    assert statuses == {"open", "checkin", "closed"}
    for p in people:
        case = p.case
        if case.status == "checkin":
            assert case.contact_form == "checkin" and case.checkin_interval_days == 42
        if case.status == "closed":
            assert case.close_reason and case.closed_on <= TODAY
        assert p.consent.given_on <= min((n.contact_on for n in p.notes), default=TODAY)
        assert all(case.opened_on <= n.contact_on <= (case.closed_on or TODAY) for n in p.notes)
    assert any(p.case.appreciation for p in people)
    assert any(p.case.decision_sent_date for p in people)
    due = [f.due_on for p in people for f in p.case.follow_ups if not f.done]
    assert any(d < TODAY for d in due)
    assert TODAY in due
    assert any(TODAY < d <= TODAY + timedelta(days=6) for d in due)
    assert any(m.is_informal_carer for p in people for m in p.network)
    assert any(p.scores for p in people)


def test_note_texts_are_plain_dutch_with_varied_words():
    bodies = [n.body for p in generate_people(100, 2, today=TODAY) for n in p.notes]
    assert len(set(bodies)) == len(bodies)
    words = {w.lower() for b in bodies for w in re.findall(r"\w+", b)}
    assert len(words) > 400
    assert {"keukentafelgesprek", "mantelzorger", "bezwaar", "schuld"} <= words


# -- filling a vault ----------------------------------------------------------------------------------
def _contents(vault: Vault) -> tuple:
    conn = vault.conn
    return (
        conn.execute("SELECT id, name, preferred_name, date_of_birth, phone, address, target_groups "
                     "FROM clients ORDER BY id").fetchall(),
        conn.execute("SELECT id, client_id, contact_on, contact_type, minutes, life_domains, body "
                     "FROM notes ORDER BY id").fetchall(),
        conn.execute("SELECT id, kind, due_on, description, done_at FROM follow_ups ORDER BY id").fetchall(),
        conn.execute("SELECT id, name, relation FROM network_members ORDER BY id").fetchall(),
    )


def test_fill_is_deterministic_for_a_seed(tmp_path):
    results = {}
    for label, seed in (("a", 9), ("b", 9), ("c", 10)):
        with Vault.create(tmp_path / label, PASSPHRASE)[0] as vault:
            result = fill(vault, 12, seed, today=TODAY)
            assert vault.integrity() == {"integrity_check": "ok", "cipher_integrity_check": "ok"}
            results[label] = (result, _contents(vault))
    assert results["a"] == results["b"]
    assert results["a"][1][0] != results["c"][1][0]
    result, (client_rows, note_rows, follow_up_rows, _network) = results["a"]
    assert (result.clients, result.notes, result.follow_ups) == (12, len(note_rows), len(follow_up_rows))
    assert result.notes == 12 * 5


def test_fill_continues_numbering_in_a_filled_vault(tmp_path):
    with Vault.create(tmp_path / "twice", PASSPHRASE)[0] as twice:
        first = fill(twice, 4, 1, today=TODAY)
        second = fill(twice, 3, 1, today=TODAY)
        assert (first.first_index, second.first_index, second.last_index) == (0, 4, 6)
        twice_clients = _contents(twice)[0]
    with Vault.create(tmp_path / "once", PASSPHRASE)[0] as once:
        fill(once, 7, 1, today=TODAY)
        assert _contents(once)[0] == twice_clients
    assert len(twice_clients) == 7


def test_filled_vault_is_searchable_and_has_follow_ups_due(tmp_path):
    with Vault.create(tmp_path / "v", PASSPHRASE)[0] as vault:
        fill(vault, 30, 4, today=TODAY)
        hits = search_notes(vault, "keukentafel")
        assert hits and all("keukentafel" in h.snippet.lower() for h in hits)
        assert follow_ups.open_follow_ups_until(vault, TODAY)


def _trigger_sql(vault) -> str | None:
    row = vault.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'notes_fts_insert'")
    return (row.fetchone() or [None])[0]


def _fts_ok(vault) -> None:
    vault.conn.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)")  # raises if not


def test_notes_indexed_per_batch_give_the_same_search_results_as_one_by_one(tmp_path, monkeypatch):
    """The demo indexes each batch's notes in one statement; searching finds exactly what indexing note
    by note (the trigger) finds, and the trigger is back afterwards, unchanged."""
    queries = ["keukentafel ", "zorg", "ge", "mantelzorger overb", "a", "huisarts bel", "traplift "]
    monkeypatch.setattr(demo_fill, "BATCH_SIZE", 7)
    with Vault.create(tmp_path / "samen", PASSPHRASE)[0] as together:
        trigger = _trigger_sql(together)
        fill(together, 20, 5, today=TODAY)
        assert _trigger_sql(together) == trigger
        _fts_ok(together)
        found = {q: search_notes(together, q) for q in queries}
    monkeypatch.setattr(demo_fill, "_notes_indexed_together", lambda conn: contextlib.nullcontext())
    with Vault.create(tmp_path / "los", PASSPHRASE)[0] as one_by_one:
        fill(one_by_one, 20, 5, today=TODAY)
        assert {q: search_notes(one_by_one, q) for q in queries} == found
    assert all(found[q] for q in ["keukentafel ", "zorg", "ge"])


def test_a_batch_that_fails_leaves_the_index_and_its_trigger_as_they_were(tmp_path, monkeypatch):
    monkeypatch.setattr(demo_fill, "BATCH_SIZE", 3)
    real, stored = demo_fill._store_person, []

    def failing_at_the_fifth(vault, person):
        if len(stored) == 4:
            raise OSError("schijf vol")
        stored.append(person)
        return real(vault, person)

    monkeypatch.setattr(demo_fill, "_store_person", failing_at_the_fifth)
    with Vault.create(tmp_path / "v", PASSPHRASE)[0] as vault:
        trigger = _trigger_sql(vault)
        with pytest.raises(OSError, match="schijf vol"):
            fill(vault, 6, 2, today=TODAY)
        assert vault.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 3  # the first batch
        assert _trigger_sql(vault) == trigger
        _fts_ok(vault)
        first = stored[0].notes[0].body.split()[0]
        assert search_notes(vault, first + " ", client_id=stored[0].client.id)
        note = add_note(vault, stored[0].client.id, "Zoekwoord-na-de-fout")  # the trigger indexes again
        assert [h.note_id for h in search_notes(vault, "Zoekwoord na de fout ")] == [note.id]


# -- the command ---------------------------------------------------------------------------------------
def test_demo_creates_vault_and_prints_recovery_code(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "demo.ocovault"
    assert main(["demo", "--vault", str(folder), "--clients", "6", "--seed", "3"]) == EXIT_OK
    out = capsys.readouterr().out
    assert re.search(r"^Recovery code: [0-9A-Z]{5}(-[0-9A-Z]{5}){5}$", out, re.MULTILINE)
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 6
        assert vault.integrity()["integrity_check"] == "ok"

    # A second run opens the same vault and adds clients; no new recovery code.
    assert main(["demo", "--vault", str(folder), "--clients", "4", "--seed", "3",
                 "--notes-per-client", "2"]) == EXIT_OK
    assert "Recovery code" not in capsys.readouterr().out
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 10
        assert vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 6 * 5 + 4 * 2


@pytest.mark.parametrize("extra", [["--clients", "0"], ["--clients", "-3"],
                                   ["--clients", "2", "--notes-per-client", "-1"]])
def test_demo_refuses_bad_numbers_without_creating_anything(tmp_path, monkeypatch, capsys, extra):
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "demo.ocovault"
    assert main(["demo", "--vault", str(folder), *extra]) == EXIT_USAGE
    assert not folder.exists()
    assert "oco-desktop:" in capsys.readouterr().err


def test_demo_with_wrong_passphrase_exits_3_and_changes_nothing(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "demo.ocovault"
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    assert main(["demo", "--vault", str(folder), "--clients", "2"]) == EXIT_OK
    monkeypatch.setenv("OCO_PASSPHRASE", "niet het goede wachtwoord")
    assert main(["demo", "--vault", str(folder), "--clients", "2"]) == EXIT_WRONG_SECRET
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 2


def test_demo_without_passphrase_source_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.delenv("OCO_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    folder = tmp_path / "demo.ocovault"
    assert main(["demo", "--vault", str(folder), "--clients", "2"]) == EXIT_USAGE
    assert not folder.exists()


def test_seed_is_used_by_the_command(tmp_path, monkeypatch):
    monkeypatch.setenv("OCO_PASSPHRASE", PASSPHRASE)
    main(["demo", "--vault", str(tmp_path / "v"), "--clients", "3", "--seed", "abc"])
    expected = sorted(make_person("abc", i).client.name for i in range(3))
    with Vault.open(tmp_path / "v", PASSPHRASE) as vault:
        names = sorted(r[0] for r in vault.conn.execute("SELECT name FROM clients"))
    assert names == expected
    assert demo_people.LIFE_DOMAINS  # the shipped definitions were readable


def test_vocabulary_is_large_and_zipf_like_and_notes_vary_in_length():
    import collections
    import random

    from oco_desktop.domain import demo_vocabulary

    words = demo_vocabulary.vocabulary()
    assert len(set(words)) == len(words) >= 20_000
    assert "heupoperatie" in words and "operatie" in words  # compounds for part-of-word search
    counts = collections.Counter(demo_vocabulary.sample_words(random.Random(3), 200_000))  # noqa: S311
    ranked = [counts[w] for w in words]
    # Zipf-like: frequency falls with rank roughly as 1/rank (rank 1 vs 10 vs 100), long tail of rare words.
    assert 5 < ranked[0] / ranked[9] < 20 and 5 < ranked[9] / ranked[99] < 20
    assert sum(1 for c in counts.values() if c <= 2) > 5_000
    rng_a, rng_b = random.Random(7), random.Random(7)  # noqa: S311 - reproducible demo data
    assert demo_vocabulary.sample_words(rng_a, 50) == demo_vocabulary.sample_words(rng_b, 50)
    bodies = [n.body for p in generate_people(60, 4, notes_per_client=20, today=TODAY) for n in p.notes]
    lengths = sorted(len(b.split()) for b in bodies)
    assert lengths[len(lengths) // 10] * 2 < lengths[-len(lengths) // 10] and lengths[-1] > 250  # short and long
    distinct = {w.lower() for b in bodies for w in re.findall(r"\w+", b)}
    assert len(distinct) > 8_000
