"""The app refuses an invalid checklist override, says why (file and line), and keeps working."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from oco_desktop.app import load_session_definitions, show_definition_problems
from oco_desktop.settings import Settings


def test_invalid_override_is_refused_with_file_and_line(tmp_path, qtbot):
    override = tmp_path / "gemeente.toml"
    override.write_text('schema = 1\nid = "gemeente"\nversion = 1\n\n[[hide]]\ntask = "bestaat.niet"\n',
                        encoding="utf-8")
    settings = Settings()
    settings.set("checklist_override_file", str(override))
    definitions, problems = load_session_definitions(settings, "nl")
    assert problems, "an invalid override must be reported"
    assert all(str(override) in p for p in problems)
    assert any(f"{override}:" in p and p.split(":")[1].strip().isdigit() for p in problems)
    # The app keeps the shipped definitions: all Bijlage 1 tasks are there.
    assert [len(p.tasks) for p in definitions.phases] == [4, 13, 3]

    parent = QWidget()
    qtbot.addWidget(parent)
    show_definition_problems(parent, problems)
    [box] = parent.findChildren(QMessageBox)
    assert box.detailedText() == "\n".join(problems)
    assert "laatste goede versie" in box.text()
    box.close()


def test_valid_setup_reports_nothing():
    definitions, problems = load_session_definitions(Settings(), "en")
    assert problems == []
    assert definitions.lang == "en"
