"""Test setup: headless Qt, every user folder redirected to a temporary one, an in-memory keyring, and
the fixtures many test files share (`vault`, `definitions`, `session`, `demo`, `demo_session`).

This runs before any test imports Qt, so nobody has to set QT_QPA_PLATFORM by hand.
"""

from __future__ import annotations

import atexit
import os
import shutil
import stat
import sys
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# A session-wide fallback, in case something reads the folders at import time.
_SESSION_HOME = tempfile.mkdtemp(prefix="oco-test-home-")


def remove_tree(path) -> None:
    """Delete a test folder, also when a test left parts of it read-only."""

    def make_writable_and_retry(function, failed_path, _exc):
        parent = os.path.dirname(failed_path)
        os.chmod(parent, stat.S_IRWXU)
        if os.path.isdir(failed_path) and not os.path.islink(failed_path):
            os.chmod(failed_path, stat.S_IRWXU)
        function(failed_path)

    if not os.path.lexists(path):
        return
    if sys.version_info >= (3, 12):
        shutil.rmtree(path, onexc=make_writable_and_retry)
    else:
        shutil.rmtree(path, onerror=make_writable_and_retry)


atexit.register(remove_tree, _SESSION_HOME)
for _var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = os.path.join(_SESSION_HOME, _var.lower())
for _var in ("OCO_VAULT", "OCO_PASSPHRASE", "OCO_NEW_PASSPHRASE", "OCO_RECOVERY_CODE", "OCO_HANDOVER_CODE",
             "OCO_ORG_KEY_PASSPHRASE"):
    os.environ.pop(_var, None)

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from oco_desktop.storage import keys as vault_keys  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory, monkeypatch):
    """Every test gets its own empty data, config, cache and log folders, removed afterwards."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("OCO_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("OCO_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("OCO_LOG_DIR", str(home / "log"))
    monkeypatch.setenv("TMPDIR", str(home / "tmp"))
    (home / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", None)  # make tempfile re-read TMPDIR
    yield home
    # A test that ran the CLI or the app in-process may have attached the log file of its own home;
    # detach it, or later tests log into a deleted folder (and depend on test order).
    from oco_desktop.logging_setup import teardown_logging

    teardown_logging()
    remove_tree(home)


@pytest.fixture(autouse=True)
def memory_keyring():
    from oco_desktop.storage import keystore

    # keystore's choice, not keyring.get_keyring(): keyring's own discovery runs ldconfig and gcc on Linux
    previous = keystore.active_backend()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """Argon2id at production cost takes ~0.5 s per wrap; tests use a cheap setting.

    The parameters are stored with each wrapped key, so a vault made here opens with the same code
    path as a real one. Tests that check the production cost use `vault_keys.DEFAULT_KDF` directly.
    """
    monkeypatch.setattr(vault_keys, "ACTIVE_KDF", vault_keys.TEST_KDF)


@pytest.fixture(autouse=True, scope="session")
def garbage_collected_on_the_main_thread():
    """Cyclic garbage is collected on the main thread only, as in the app (tests/qt_teardown.py)."""
    from tests.qt_teardown import garbage_collected_on_the_main_thread

    with garbage_collected_on_the_main_thread():
        yield


@pytest.fixture(autouse=True)
def qt_objects_deleted_at_teardown(garbage_collected_on_the_main_thread):
    """What a test closed is deleted when it ends, not in a later test, and its garbage collected on
    the main thread (tests/qt_teardown.py)."""
    yield
    from tests.qt_teardown import collect_after_test, delete_closed_qt_objects

    delete_closed_qt_objects()
    collect_after_test()


# -- shared fixtures -----------------------------------------------------------------------------------
@pytest.fixture
def vault(tmp_path):
    """A new, empty, real SQLCipher vault (closed again after the test if still open)."""
    from tests.vault_helpers import make_vault

    v = make_vault(tmp_path / "v")
    yield v
    if v.is_open:
        v.close()


@pytest.fixture
def definitions():
    """The built-in checklist definitions, without any user override."""
    from oco_desktop.domain.checklists import load_definitions

    return load_definitions(user_overrides=False)


@pytest.fixture
def session(vault, definitions):
    """A GUI session (Dutch) on the `vault` fixture."""
    from oco_desktop.ui.shell.session import Session

    return Session(vault, definitions, "nl")


@pytest.fixture
def demo(tmp_path):
    """The small agenda demo of tests/agenda_helpers.py: clients, cases, notes and follow-ups around TODAY."""
    from tests.agenda_helpers import make_demo

    d = make_demo(tmp_path / "v")
    yield d
    if d.vault.is_open:
        d.vault.close()


@pytest.fixture
def demo_session(demo, definitions):
    """A GUI session (Dutch) on the `demo` vault."""
    from oco_desktop.ui.shell.session import Session

    return Session(demo.vault, definitions, "nl")


@pytest.fixture
def app_language(qapp):
    """`app_language("nl")` installs the translators and default QLocale the app uses for that language
    (Dutch plurals like "1 notitie" / "2 notities" need the Dutch catalogue too); undone after the test."""
    from PySide6.QtCore import QLocale

    from oco_desktop import i18n

    before = QLocale()
    yield lambda lang: i18n.install_translators(qapp, lang)
    for translator in getattr(qapp, "_oco_translators", []):
        qapp.removeTranslator(translator)
    qapp._oco_translators = []
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def answer_minutes_question(monkeypatch):
    """A note saved with 0 minutes asks once ('Geen tijd ingevuld', a modal box). Tests that do not test
    that question answer 'Opslaan zonder tijd'; tests/test_note_minutes.py patches it itself."""
    from oco_desktop.ui.client import note_editor

    asked = []
    monkeypatch.setattr(note_editor, "ask_save_without_minutes", lambda parent: asked.append(parent) or True)
    return asked
