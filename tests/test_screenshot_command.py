"""`oco-desktop screenshot`: PNGs of every registered page and dialog plus layout.json; exit codes 0/2/3/4."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from oco_desktop.ui.shell import pages as page_registry
from tests.gui_helpers import fill_demo
from tests.vault_helpers import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def _run(args, passphrase=PASSPHRASE):
    env = dict(os.environ, OCO_PASSPHRASE=passphrase, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)  # the command itself must go offscreen
    return subprocess.run([sys.executable, "-m", "oco_desktop", *args], env=env, capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.fixture
def folder(vault):
    fill_demo(vault)
    vault.close()
    return vault.folder


def test_screenshots_and_layout_json(folder, tmp_path):
    out = tmp_path / "shots"
    done = _run(["--vault", str(folder), "screenshot", "--out", str(out), "--size", "1000x560", "--lang", "en",
                 "--theme", "dark"])
    assert done.returncode == 0, done.stderr
    report = json.loads((out / "layout.json").read_text(encoding="utf-8"))
    assert report["requested_size"] == [1000, 560] and report["lang"] == "en"
    expected = len(page_registry.HOME_PAGES) + len(page_registry.CLIENT_PAGES)
    assert len(report["pages"]) == expected
    assert len(report["dialogs"]) == len(page_registry.DIALOGS)
    for entry in report["pages"] + report["dialogs"]:
        assert "error" not in entry, entry
        png = out / entry["file"]
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert {"window_size", "outside_buttons", "horizontal_scrollbar", "duplicate_alt_letters"} <= set(entry)
    details = next(p for p in report["pages"] if p["page"] == "client-details")
    assert details["window_size"] == [1000, 560] and details["horizontal_scrollbar"] is False
    assert "propagateSizeHints" not in done.stderr


def test_problems_are_reported_not_fatal(folder, tmp_path):
    out = tmp_path / "tiny"
    done = _run(["--vault", str(folder), "screenshot", "--out", str(out), "--size", "640x400"])
    assert done.returncode == 0, done.stderr
    report = json.loads((out / "layout.json").read_text(encoding="utf-8"))
    assert any(p["window_size"] != [640, 400] or p["outside_buttons"] for p in report["pages"])


def test_exit_codes(folder, tmp_path):
    assert _run(["--vault", str(folder), "screenshot", "--out", str(tmp_path / "a"), "--size", "big"]).returncode == 2
    assert _run(["--vault", str(folder), "screenshot", "--out", str(tmp_path / "b")],
                passphrase="helemaal verkeerd").returncode == 3
    assert _run(["--vault", str(tmp_path / "nergens"), "screenshot", "--out", str(tmp_path / "c")]).returncode == 4
    inside = _run(["--vault", str(folder), "screenshot", "--out", str(folder / "shots")])
    assert inside.returncode == 2 and not (folder / "shots").exists()
