"""PySide6/shiboken6 6.12.0 on Python < 3.12 drops a reference to None on every Qt call that returns
nothing; after enough calls CPython aborts with "Fatal Python error: none_dealloc". pyproject.toml
excludes that release; this test fails on any Qt build with the same fault (in batches, so it stops
with a message before None's count could reach zero and abort the test run)."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QLabel

CALLS = 2_000
BATCH = 100
TOLERANCE = 20


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    texts = [f"tekst {i}" for i in range(CALLS)]  # made before counting: only the calls are measured
    set_text = label.setText
    start = sys.getrefcount(None)
    for first in range(0, CALLS, BATCH):
        for text in texts[first:first + BATCH]:
            set_text(text)  # void: returns None
        drift = sys.getrefcount(None) - start
        assert abs(drift) < TOLERANCE, (
            f"{first + BATCH} calls of QLabel.setText changed the reference count of None by {drift} "
            f"(PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}): this Qt binding corrupts "
            "None and will abort the app; see the PySide6 exclusion in pyproject.toml"
        )
    assert label.text() == texts[-1]
