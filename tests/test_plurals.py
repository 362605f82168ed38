"""Plurals through tr() with %n, in Dutch and English: "1 notitie", "2 notities"; "1 note", "2 notes"."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication

from oco_desktop import i18n
from oco_desktop.domain.models import Client, Consent, Note
from oco_desktop.settings import Settings
from oco_desktop.storage import clients, notes
from oco_desktop.ui.client.notes_page import NotesPage
from oco_desktop.ui.shell.settings_dialog import SettingsDialog

ROOT = i18n.translations_dir().parent.parent


@pytest.fixture
def language(app_language):
    return app_language


def tr(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, "", n)


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("nl", "✎ = niet-opgeslagen wijzigingen in 1 notitie", "✎ = niet-opgeslagen wijzigingen in 2 notities"),
    ("en", "✎ = unsaved changes in 1 note", "✎ = unsaved changes in 2 notes"),
])
def test_one_and_more(language, lang, one, two):
    language(lang)
    source = "✎ = niet-opgeslagen wijzigingen in %n notitie(s)"
    assert tr("NotesPage", source, 1) == one
    assert tr("NotesPage", source, 2) == two


def test_dutch_zero_is_plural_and_one_day_reads_naturally(language):
    language("nl")
    assert tr("TodayActions", "%n actie(s) opgeslagen in {path}.", 0) == "0 acties opgeslagen in {path}."
    assert tr("TodayActions", "%n actie(s) opgeslagen in {path}.", 1) == "1 actie opgeslagen in {path}."
    assert tr("FollowUpsPage", "Elke %n dag(en) een waakvlamcontact.", 1) == "Elke dag een waakvlamcontact."
    assert tr("FollowUpsPage", "Elke %n dag(en) een waakvlamcontact.", 14) == "Elke 14 dagen een waakvlamcontact."
    assert tr("ChecklistPhases", "Er staan nog %n taken open:", 1) == "Er staat nog 1 taak open:"
    assert tr("ClientDetailsActions", "• %n notitie(s)", 1) == "• 1 notitie"
    assert tr("ClientDetailsActions", "• %n perso(o)n(en) uit het netwerk", 3) == "• 3 personen uit het netwerk"


@pytest.mark.parametrize(("lang", "expected"), [("nl", ["1 notitie", "2 notities"]), ("en", ["1 note", "2 notes"])])
def test_the_notes_page_counts_its_notes(qtbot, session, language, lang, expected):
    language(lang)
    vault = session.vault
    client = clients.add_client(vault, Client(name="Jan"))
    clients.record_consent(vault, client.id, Consent(scope="ondersteuning", method="verbal", given_on=date.today()))
    page = NotesPage(session)
    qtbot.addWidget(page)
    shown = []
    for body in ("eerste", "tweede"):
        notes.add_note(vault, Note(client_id=client.id, contact_on=date.today(), contact_type="phone",
                                   minutes=5, body=body))
        page.show_client(None)
        page.show_client(client.id)
        shown.append(page.total_label.text())
    assert shown[0].endswith(expected[0]) and shown[1].endswith(expected[1]), shown


@pytest.mark.parametrize(("lang", "one", "more"), [("nl", " minuut", " minuten"), ("en", " minute", " minutes")])
def test_the_autolock_suffix_follows_its_number(qtbot, language, lang, one, more):
    language(lang)
    dialog = SettingsDialog(Settings(), None)
    qtbot.addWidget(dialog)
    dialog.autolock.setValue(1)
    assert dialog.autolock.suffix() == one and dialog.autolock.text() == "1" + one
    dialog.autolock.setValue(10)
    assert dialog.autolock.suffix() == more


def test_every_plural_in_the_code_has_dutch_and_english_forms(tmp_path):
    """lupdate finds every tr(..., n) message in the code; each needs numerus forms in both catalogues."""
    extracted = tmp_path / "all.ts"
    sources = [str(p) for p in (ROOT / "oco_desktop").rglob("*.py")]
    lupdate = i18n.find_lrelease().replace("lrelease", "lupdate")
    subprocess.run([lupdate, "-silent", *sources, "-ts", str(extracted)], check=True, timeout=120)

    def numerus(files) -> dict[tuple[str, str], list[str]]:
        found = {}
        for ts in files:
            for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own files
                for message in context.iter("message"):
                    if message.get("numerus") == "yes":
                        forms = [n.text or "" for n in message.iter("numerusform")]
                        found[(context.findtext("name"), message.findtext("source"))] = forms
        return found

    in_code = numerus([extracted])
    assert len(in_code) >= 8
    for lang in ("nl", "en"):
        catalogue = numerus(i18n.ts_files(lang))
        missing = sorted(set(in_code) - set(catalogue))
        assert not missing, f"plurals without {lang} forms: {missing}"
        assert all(len(catalogue[key]) == 2 and all(catalogue[key]) for key in in_code), lang
