"""Settings: declared keys only, defaults, validation fallback, atomic JSON in the config folder (no Qt)."""

from __future__ import annotations

import json
import logging

import pytest

from oco_desktop import paths
from oco_desktop.settings import DECLARED, Settings, settings_path


def test_defaults_without_a_file():
    s = Settings()
    assert s.get("language") == "nl"
    assert s.get("autolock_minutes") == 10
    assert s.get("checklist_override_file") == ""
    assert s.get("last_vault") == ""
    assert s.get("large_print_pdf") is False
    assert not settings_path().exists()  # reading never creates the file


def test_file_is_in_the_config_folder():
    assert settings_path() == paths.config_dir() / "settings.json"


def test_set_writes_json_and_a_new_instance_reads_it():
    Settings().set("language", "en")
    Settings().set("autolock_minutes", 25)
    data = json.loads(settings_path().read_text(encoding="utf-8"))
    assert data == {"language": "en", "autolock_minutes": 25}
    again = Settings()
    assert again.get("language") == "en"
    assert again.get("autolock_minutes") == 25
    leftovers = [p.name for p in settings_path().parent.iterdir() if p.name != "settings.json"]
    assert leftovers == []  # the temporary file of the atomic write is gone


@pytest.mark.parametrize("name", ["colour", "passphrase", ""])
def test_undeclared_keys_raise(name):
    s = Settings()
    with pytest.raises(KeyError):
        s.get(name)
    with pytest.raises(KeyError):
        s.set(name, "x")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("language", "de"),
        ("autolock_minutes", 0),
        ("autolock_minutes", 241),
        ("autolock_minutes", True),
        ("autolock_minutes", "10"),
        ("large_print_pdf", 1),
        ("last_vault", None),
    ],
)
def test_invalid_values_are_refused_on_set(name, value):
    with pytest.raises(ValueError):
        Settings().set(name, value)
    assert not settings_path().exists()


def test_bounds_are_inclusive():
    s = Settings()
    s.set("autolock_minutes", 1)
    assert s.get("autolock_minutes") == 1
    s.set("autolock_minutes", 240)
    assert Settings().get("autolock_minutes") == 240


def test_invalid_stored_values_fall_back_with_a_warning(caplog):
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(
        json.dumps({"language": "fr", "autolock_minutes": 999, "large_print_pdf": True, "unknown": 1}),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="oco_desktop.settings"):
        s = Settings()
    assert s.get("language") == "nl"
    assert s.get("autolock_minutes") == 10
    assert s.get("large_print_pdf") is True  # valid values survive next to invalid ones
    warned = " ".join(r.getMessage() for r in caplog.records)
    assert "language" in warned and "autolock_minutes" in warned
    assert "fr" not in warned and "999" not in warned  # values are not logged


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", ""])
def test_broken_file_gives_defaults(content, caplog):
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        s = Settings()
    assert s.as_dict() == {name: d.default for name, d in DECLARED.items()}
    assert caplog.records


def test_reset_returns_to_default():
    s = Settings()
    s.set("large_print_pdf", True)
    s.reset("large_print_pdf")
    assert Settings().get("large_print_pdf") is False


def test_settings_module_does_not_import_qt():
    import ast
    import inspect

    import oco_desktop.settings as module

    tree = ast.parse(inspect.getsource(module))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert not any(name.startswith("PySide6") for name in imported)


def test_the_unused_keyring_notice_setting_is_gone_and_an_old_file_still_loads():
    """`keyring_notice_shown` was declared but nothing read it (the unlock dialog shows its notice every
    time): no longer declared; a settings file from before keeps its other values and drops it."""
    assert "keyring_notice_shown" not in DECLARED
    with pytest.raises(KeyError):
        Settings().get("keyring_notice_shown")
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"keyring_notice_shown": True, "language": "en"}), encoding="utf-8")
    s = Settings()
    assert s.get("language") == "en"
    s.set("autolock_minutes", 5)
    assert "keyring_notice_shown" not in json.loads(path.read_text(encoding="utf-8"))
