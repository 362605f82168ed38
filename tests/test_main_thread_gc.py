"""Cyclic garbage is collected on the GUI thread, never in a worker thread (ui/shell/main_thread_gc.py)."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QEvent

from oco_desktop.ui.shell.main_thread_gc import MainThreadGarbageCollector


class _Cycle:
    """An object in a reference cycle that records the thread its finaliser ran in."""

    def __init__(self, finalised_in: list[str]):
        self.me = self
        self._finalised_in = finalised_in

    def __del__(self):
        self._finalised_in.append(threading.current_thread().name)


@pytest.fixture
def collector(qapp):
    made = MainThreadGarbageCollector(interval_ms=20)
    yield made
    made.stop()
    made.deleteLater()


def _allocations_past_the_threshold() -> list[list[int]]:
    # Kept alive by the caller: gc counts allocations minus deallocations, so freed junk would not count
    # (and objects freed meanwhile, e.g. widgets of earlier tests, count against it: hence ten times).
    return [[i] for i in range(gc.get_threshold()[0] * 10)]


def _settle(qapp) -> None:
    """Widgets of earlier tests deleted and old garbage collected, so the counts start from here."""
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _make_cycle_and_churn(finalised_in: list[str], kept: list) -> None:
    _Cycle(finalised_in)
    # More allocations than the youngest generation's threshold: without the collector, Python would
    # collect right here, in this worker thread.
    kept.append(_allocations_past_the_threshold())


def test_a_worker_thread_never_collects_and_the_gui_thread_does(collector, qtbot, qapp):
    assert not gc.isenabled()
    _settle(qapp)
    finalised_in: list[str] = []
    kept: list = []
    worker = threading.Thread(target=_make_cycle_and_churn, args=(finalised_in, kept), name="worker")
    worker.start()
    worker.join()
    assert finalised_in == []  # the cycle outlived the worker's allocations

    qtbot.waitUntil(lambda: finalised_in != [], timeout=5000)  # the timer's check on the GUI thread
    assert finalised_in == [threading.main_thread().name]
    kept.clear()


def test_check_collects_only_past_the_threshold(collector, qapp):
    _settle(qapp)
    finalised_in: list[str] = []
    _Cycle(finalised_in)
    collector.check()
    assert finalised_in == []  # one object is not past the threshold: nothing collected yet

    junk = _allocations_past_the_threshold()
    collector.check()
    assert finalised_in == [threading.main_thread().name]
    del junk


@pytest.mark.parametrize("enabled_before", [True, False])
def test_stop_gives_back_automatic_collection_as_it_was(qapp, enabled_before):
    was = gc.isenabled()  # the test session itself collects on the main thread (tests/qt_teardown.py)
    try:
        (gc.enable if enabled_before else gc.disable)()
        made = MainThreadGarbageCollector()
        assert not gc.isenabled()
        made.stop()
        assert gc.isenabled() == enabled_before
        made.deleteLater()
    finally:
        (gc.enable if was else gc.disable)()


def test_the_test_session_collects_on_the_main_thread_only():
    assert not gc.isenabled()
