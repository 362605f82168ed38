"""Full-text index blocks fit one vault page (issue 11, schema 10): with FTS5's default block size every
full block spilled into an overflow page, because SQLCipher keeps 80 bytes of each page for its IV and
HMAC. Real vault files; search results are the same before and after the upgrade (point 8)."""

from __future__ import annotations

import functools
import random

from oco_desktop.storage import page_macs, schema
from oco_desktop.storage import vault as vault_module
from oco_desktop.storage.search import search_clients, search_notes
from oco_desktop.storage.vault import Vault
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note

# The smaller page of the two formats (vaults made before 16 KiB pages: 16 bytes IV + 64 bytes HMAC-SHA512
# per page): a block that fits it fits a page of either format.
PAGE_SIZE, RESERVE = page_macs.LEGACY_FORMAT.page_size, page_macs.LEGACY_FORMAT.reserve
# The largest row SQLite keeps whole in a table leaf page (usable size - 35), less the row's record header.
LARGEST_UNSPILLED_BLOCK = PAGE_SIZE - RESERVE - 35 - 4
WORDS = [f"woord{i}x" for i in range(1500)] + ["traplift", "mantelzorger", "keukentafelgesprek"]


def fill(vault, clients: int = 6, notes_each: int = 40) -> None:
    rng = random.Random(7)  # noqa: S311 - test text, the same every run
    for c in range(clients):
        client = add_client_with_consent(vault, f"Cliënt {c} Yılmaz")
        for _ in range(notes_each):
            add_note(vault, client.id, " ".join(rng.choice(WORDS) for _ in range(120)))


def largest_block(vault) -> int:
    return vault.conn.execute("SELECT max(length(block)) FROM notes_fts_data").fetchone()[0]


def searches(vault) -> dict:
    queries = ["traplift ", "mantelz", "woord1", "w", "wo", "woord12x traplift", "yilmaz", "cli"]
    return {q: (search_notes(vault, q), search_clients(vault, q)) for q in queries}


def test_a_new_vault_writes_blocks_that_fit_a_page(tmp_path):
    vault, _ = Vault.create(tmp_path / "nieuw", PASSPHRASE)
    fill(vault)
    config = dict(vault.conn.execute("SELECT k, v FROM notes_fts_config").fetchall())
    assert config["pgsz"] == 3900
    assert 3000 < largest_block(vault) <= LARGEST_UNSPILLED_BLOCK  # full blocks, none spilled
    vault.close()


def test_an_older_vault_is_rewritten_once_with_the_same_search_results(tmp_path, monkeypatch):
    folder = tmp_path / "oud"
    with monkeypatch.context() as m:
        m.setattr(vault_module, "migrate", functools.partial(schema.migrate, target=schema.LATEST_VERSION - 1))
        vault, _ = Vault.create(folder, PASSPHRASE)
        fill(vault)
        assert largest_block(vault) > LARGEST_UNSPILLED_BLOCK  # FTS5's default: blocks spill
        pages_before = vault.conn.execute("PRAGMA page_count").fetchone()[0]
        before = searches(vault)
        vault.close()
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.schema_version() == schema.LATEST_VERSION
        assert largest_block(vault) <= LARGEST_UNSPILLED_BLOCK
        for table in ("notes_fts", "clients_fts", "client_names_fts"):
            assert dict(vault.conn.execute(f"SELECT k, v FROM {table}_config").fetchall())["pgsz"] == 3900
        assert searches(vault) == before
        assert all(hits or names for hits, names in before.values())  # the comparison compares something
        assert vault.integrity()["integrity_check"] == "ok"
        used = vault.conn.execute("PRAGMA page_count").fetchone()[0] - \
            vault.conn.execute("PRAGMA freelist_count").fetchone()[0]
        assert used < pages_before
