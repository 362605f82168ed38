"""Two page formats (issue 11, `check`): new vaults have 16 KiB pages with HMAC-SHA256; vaults made
before keep SQLCipher's default 4 KiB pages with HMAC-SHA512 and go on working as they are. SQLCipher does
not store the format, so opening finds it from page 1. Real vault files, both formats, every path that
reads or writes whole pages: open, search, writes, the page check, `check`, backup and restore, rekey,
damage."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest

from oco_desktop.errors import ForeignKeyFile, VaultCorrupt
from oco_desktop.storage import backup, page_macs
from oco_desktop.storage import vault as vault_module
from oco_desktop.storage.search import search_notes
from oco_desktop.storage.vault import DB_NAME, KEYS_NAME, NOT_RUN, Vault
from tests.test_backup import logical_dump
from tests.vault_helpers import PASSPHRASE, add_client_with_consent, add_note, make_vault
from tests.vault_pages import traces

NEW, LEGACY = page_macs.NEW_VAULT_FORMAT, page_macs.LEGACY_FORMAT
WORD = "heupoperatie"


def _fill(vault, notes: int = 12) -> None:
    client = add_client_with_consent(vault, "Fatima el Amrani")
    for i in range(notes):
        add_note(vault, client.id, f"Gesprek {i} over de {WORD} en de traplift. " * 40)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """{format: (folder, data key)}: a closed vault in each format, as made by Vault.create."""
    made = {}
    with pytest.MonkeyPatch.context() as m:
        for fmt in (NEW, LEGACY):
            m.setattr(page_macs, "NEW_VAULT_FORMAT", fmt)  # what an older version of the app made
            folder = tmp_path_factory.mktemp(f"p{fmt.page_size}") / "kluis.ocovault"
            vault = make_vault(folder)
            _fill(vault)
            made[fmt] = (folder, vault.data_key)
            vault.close()
    return made


@pytest.fixture(params=[NEW, LEGACY], ids=["new", "legacy"])
def copy(request, built, tmp_path):
    folder = tmp_path / "kluis.ocovault"
    shutil.copytree(built[request.param][0], folder)
    return request.param, folder, built[request.param][1]


def test_new_vaults_have_16_kib_pages_with_hmac_sha256(tmp_path):
    vault = make_vault(tmp_path / "nieuw")
    assert vault.page_format == NEW
    assert int(vault.conn.execute("PRAGMA page_size").fetchone()[0]) == 16384
    assert vault.conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA256"
    key = vault.data_key
    vault.close()
    head = (tmp_path / "nieuw" / DB_NAME).read_bytes()[:page_macs.LARGEST_PAGE]
    assert page_macs.format_of(head, key) == NEW
    assert page_macs.format_of(head, bytes(32)) is None  # another key: no format fits


def test_each_format_opens_as_itself_reads_and_writes(copy):
    fmt, folder, key = copy
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.page_format == fmt
        assert int(vault.conn.execute("PRAGMA page_size").fetchone()[0]) == fmt.page_size
        assert len(search_notes(vault, WORD + " ")) == 12
        _fill(vault, notes=3)
    assert page_macs.file_format(folder / DB_NAME, key) == fmt  # still its own format after writing
    with Vault.open(folder, PASSPHRASE) as vault:
        assert len(search_notes(vault, WORD + " ")) == 15
        assert vault.verify_pages() == []
    assert (folder / DB_NAME).stat().st_size % fmt.page_size == 0


def test_check_reads_each_format_on_two_threads(copy, monkeypatch):
    fmt, folder, key = copy
    monkeypatch.setattr(vault_module, "_cores", lambda: 2)
    threads = []
    real = vault_module._connect

    def counting(*args, **kwargs):
        if kwargs.get("read_only"):
            threads.append(kwargs.get("page_format"))
        return real(*args, **kwargs)

    monkeypatch.setattr(vault_module, "_connect", counting)
    with Vault.open(folder, data_key=key, read_only_ok=True) as vault:
        assert vault.integrity(full_text=False) == {"integrity_check": "ok", "cipher_integrity_check": NOT_RUN}
    assert threads == [fmt, fmt]  # the side-by-side readers were told the vault's format
    with Vault.open(folder, data_key=key) as vault:
        assert vault.integrity(full_text=True) == {"integrity_check": "ok", "cipher_integrity_check": "ok"}


def test_a_damaged_page_is_found_in_each_format(copy):
    fmt, folder, key = copy
    db = folder / DB_NAME
    pages = db.stat().st_size // fmt.page_size
    data = bytearray(db.read_bytes())
    data[(pages - 2) * fmt.page_size + 100] ^= 0x01  # the second-last page
    db.write_bytes(bytes(data))
    assert page_macs.failing_pages(db, key) == [pages - 1]
    with Vault.open(folder, data_key=key) as vault:
        problems = vault.verify_pages()
        assert problems and str(pages - 1) in problems[0]


def test_a_damaged_first_page_is_damage_not_another_key_in_each_format(copy):
    fmt, folder, key = copy
    db = folder / DB_NAME
    data = bytearray(db.read_bytes())
    data[200] ^= 0x01  # page 1: no format fits it any more
    db.write_bytes(bytes(data))
    assert page_macs.file_format(db, key) is None
    with pytest.raises(VaultCorrupt):
        Vault.open(folder, PASSPHRASE)


def test_a_key_file_of_another_vault_is_told_apart_in_each_format(copy, tmp_path):
    _fmt, folder, _key = copy
    other = make_vault(tmp_path / "ander")
    other.close()
    shutil.copy(tmp_path / "ander" / KEYS_NAME, folder / KEYS_NAME)
    with pytest.raises(ForeignKeyFile):
        Vault.open(folder, PASSPHRASE)


def test_backups_keep_the_format_whichever_was_copied_before(built, tmp_path):
    """VACUUM INTO writes in SQLCipher's process-wide default format: copies of both formats, in turn,
    each open as the format of their vault with the same rows (make_backup also checks the copy)."""
    for i, fmt in enumerate((NEW, LEGACY, NEW)):
        folder = tmp_path / f"kluis{i}.ocovault"
        shutil.copytree(built[fmt][0], folder)
        (tmp_path / f"usb{i}").mkdir()
        with Vault.open(folder, PASSPHRASE) as vault:
            before = logical_dump(vault)
            made = backup.make_backup(vault, tmp_path / f"usb{i}", now=datetime(2026, 12, 1, 9, i)).path
        restored = tmp_path / f"terug{i}.ocovault"
        backup.restore(made, restored, PASSPHRASE)
        with Vault.open(restored, PASSPHRASE) as vault:
            assert vault.page_format == fmt
            assert logical_dump(vault) == before


def test_rekey_keeps_the_format_and_leaves_no_words_in_clear(copy):
    fmt, folder, _key = copy
    with Vault.open(folder, PASSPHRASE) as vault:
        vault.rekey(PASSPHRASE, "een heel andere wachtwoordzin 2026")
        new_key = vault.data_key
    with Vault.open(folder, "een heel andere wachtwoordzin 2026") as vault:
        assert vault.page_format == fmt
        assert len(search_notes(vault, WORD + " ")) == 12
    assert traces(folder, new_key, ["Fatima"]) == ["Fatima"]  # the test reads the pages of either format
    assert WORD.encode() not in b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())


def test_rekey_checks_two_pages_of_the_file_not_a_copy_of_all_of_it(copy, monkeypatch):
    """After a rekey, vault.db is checked under the new key by its first and last page. It was read whole
    into memory: 1.1 GB at 10,000 clients, on every change of passphrase."""
    fmt, folder, _key = copy
    read: list[int] = []

    class CountingFile:
        def __init__(self, file):
            self.file = file

        def read(self, size=-1):
            data = self.file.read(size)
            read.append(len(data))
            return data

        def __getattr__(self, name):
            return getattr(self.file, name)

        def __enter__(self):
            return self

        def __exit__(self, *_exc):
            self.file.close()

    def counting_open(path, mode="r", *args, **kwargs):
        opened = open(path, mode, *args, **kwargs)  # noqa: SIM115 - returned to a with statement
        return CountingFile(opened) if str(path).endswith(DB_NAME) and "b" in mode else opened

    monkeypatch.setattr(vault_module, "open", counting_open, raising=False)
    with Vault.open(folder, PASSPHRASE) as vault:
        read.clear()
        vault.rekey(PASSPHRASE, "een heel andere wachtwoordzin 2026")
    assert read, "the rekey did not check the file through open()"
    assert sum(read) <= page_macs.LARGEST_PAGE + fmt.page_size < (folder / DB_NAME).stat().st_size
    with Vault.open(folder, "een heel andere wachtwoordzin 2026") as vault:
        assert len(search_notes(vault, WORD + " ")) == 12


@pytest.mark.parametrize("keep", [100, 4096 + 100, 4096 * 3])
def test_a_file_cut_off_in_its_first_16_kib_is_damage_not_another_key(copy, keep):
    """Cut off before page 1 of a new vault ends, no format fits any page; the file, not keys.json, is
    at fault (a vault has dozens of pages in either format)."""
    _fmt, folder, _key = copy
    db = folder / DB_NAME
    db.write_bytes(db.read_bytes()[:keep])
    with pytest.raises(VaultCorrupt, match="beschadigd"):
        Vault.open(folder, PASSPHRASE)
