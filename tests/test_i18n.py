"""Translations: the .qm builds from the .ts sources, English shows English, Dutch is the default."""

from __future__ import annotations

import os
import shutil
import time

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from oco_desktop import i18n
from oco_desktop.settings import Settings
from oco_desktop.ui.shell.unlock_dialog import UnlockPanel

SHELL_TS = i18n.translations_dir() / "oco_en_shell.ts"


@pytest.fixture
def no_translators(qapp):
    from PySide6.QtCore import QLocale

    before = QLocale()  # install_translators sets the default locale too
    yield qapp
    for translator in getattr(qapp, "_oco_translators", []):
        qapp.removeTranslator(translator)
    qapp._oco_translators = []
    QLocale.setDefault(before)


def test_lrelease_is_found():
    assert i18n.find_lrelease() is not None


def test_shell_strings_are_all_translated():
    assert SHELL_TS.is_file()
    assert i18n.unfinished_strings([SHELL_TS]) == []


def test_qm_builds_and_is_reused_until_a_ts_changes(tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(SHELL_TS, folder / SHELL_TS.name)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    qm = i18n.build_qm()
    assert qm == folder / "build" / "oco_en.qm"
    assert qm.stat().st_size > 100
    first = qm.stat().st_mtime_ns
    assert i18n.build_qm() == qm and qm.stat().st_mtime_ns == first  # up to date: not rebuilt
    earlier = time.time() - 60
    os.utime(qm, (earlier, earlier))  # the same as editing the .ts after the build
    assert i18n.needs_build(qm, i18n.ts_files())
    i18n.build_qm()
    assert qm.stat().st_mtime_ns != first
    assert not i18n.needs_build(qm, i18n.ts_files())


def test_read_only_resources_build_into_the_cache(tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    monkeypatch.setattr(i18n.os, "access", lambda path, mode: False)
    assert "translations" in str(i18n.build_dir()) and folder not in i18n.build_dir().parents


def test_check_command_reports_unfinished_strings(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(SHELL_TS, folder / SHELL_TS.name)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    assert i18n.main([]) == 0
    (folder / "oco_en_extra.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en_US">'
        "<context><name>Extra</name>"
        '<message><source>Nog niet vertaald</source><translation type="unfinished"></translation></message>'
        "<message><source>Leeg</source><translation></translation></message>"
        '<message><source>Oud</source><translation type="vanished">Old</translation></message>'
        "<message><source>Klaar</source><translation>Done</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert i18n.main([]) == 1
    out = capsys.readouterr().out
    assert "Nog niet vertaald" in out and "Leeg" in out
    assert "Oud" not in out and "Klaar" not in out
    assert "2 unfinished" in out


def test_dutch_is_the_default(no_translators, qtbot, tmp_path):
    assert Settings().get("language") == "nl"
    i18n.install_translators(no_translators, Settings().get("language"))
    panel = UnlockPanel(tmp_path / "v", Settings())
    qtbot.addWidget(panel)
    assert panel.create_button.text() == "&Kluis maken"


def test_english_translator_shows_english(no_translators, qtbot, tmp_path):
    installed = i18n.install_translators(no_translators, "en")
    assert installed, "the English .qm did not load"
    panel = UnlockPanel(tmp_path / "v", Settings())
    qtbot.addWidget(panel)
    assert panel.create_button.text() == "&Create vault"  # from the .ui file
    assert panel.folder_label.text().startswith("Vault: ")  # from self.tr in code
    panel.new_passphrase.setText("kort")
    panel.new_passphrase_repeat.setText("kort")
    panel.create_button.click()
    assert "too short" in panel.create_error.text()  # from QT_TRANSLATE_NOOP messages


def test_the_default_locale_follows_the_app_language(no_translators):
    from PySide6.QtCore import QLocale

    i18n.install_translators(no_translators, "nl")
    assert QLocale().name() == "nl_NL" and QLocale().monthName(3) == "maart"
    i18n.install_translators(no_translators, "en")
    assert QLocale().monthName(3) == "March"


def test_dutch_translator_makes_standard_buttons_dutch(no_translators, qtbot):
    i18n.install_translators(no_translators, "en")
    installed = i18n.install_translators(no_translators, "nl")  # replaces the English one
    assert len(installed) == 2  # Qt's qtbase_nl and our Dutch plural forms (oco_nl.qm)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuleren"
