"""The plan PDF's file name holds the case code and the date (never the resident's name), and the save
dialog opens in the folder of the last export."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from oco_desktop.domain.models import Client
from oco_desktop.settings import Settings
from oco_desktop.storage import cases, clients
from oco_desktop.ui.plan.plan_page import PlanPage


@pytest.fixture
def page(qtbot, session):
    widget = PlanPage(session)
    qtbot.addWidget(widget)
    client = clients.add_client(session.vault, Client(name="Anaïs Groot"))
    case = cases.open_case(session.vault, client.id, title="Wonen")
    widget.show_client(client.id)
    return widget, case


@pytest.fixture
def save_dialog(monkeypatch):
    """The file dialog is patched: it records where it opened and answers with `answer`."""
    state = {"starts": [], "answer": None}

    def fake(parent, title, start, name_filter):
        state["starts"].append(Path(start))
        return str(state["answer"]), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return state


def test_plan_file_name_is_case_code_and_date(page, save_dialog, tmp_path):
    widget, case = page
    folder = tmp_path / "exports"
    folder.mkdir()
    save_dialog["answer"] = folder / "mijn-plan.pdf"
    widget.pdf_button.click()
    [start] = save_dialog["starts"]
    assert start.name == f"plan-{case.code}-{date.today().isoformat()}.pdf"
    assert "anais" not in start.name.lower() and "groot" not in start.name.lower()
    assert start.parent == Path.home()  # nothing remembered yet
    assert (folder / "mijn-plan.pdf").is_file()
    assert Settings().get("export_folder") == str(folder)


def test_the_save_dialog_remembers_its_folder(page, save_dialog, tmp_path):
    widget, case = page
    first, second = tmp_path / "eerste", tmp_path / "tweede"
    first.mkdir()
    second.mkdir()
    save_dialog["answer"] = first / "a.pdf"
    widget.pdf_button.click()
    save_dialog["answer"] = second / "b.pdf"
    widget.pdf_button.click()
    widget.access_button.click()
    assert [s.parent for s in save_dialog["starts"]] == [Path.home(), first, second]
    shutil.rmtree(second)  # a folder that is gone: back to the home folder
    save_dialog["answer"] = first / "c.pdf"
    widget.pdf_button.click()
    assert save_dialog["starts"][-1].parent == Path.home()
