"""The log file: events only; the defensive filter drops free text, secrets and tracebacks."""

from __future__ import annotations

import logging

import pytest

from oco_desktop import paths
from oco_desktop.logging_setup import LOG_NAME, setup_logging, teardown_logging


@pytest.fixture
def log_file():
    handler = setup_logging()
    yield paths.log_dir() / LOG_NAME
    handler.flush()
    teardown_logging()


def read(path):
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_events_are_written_to_the_log_folder(log_file):
    logging.getLogger("oco_desktop.test").info("vault opened in %s ms", 12)
    assert "vault opened in 12 ms" in read(log_file)


def test_setup_is_idempotent(log_file):
    setup_logging()
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_oco_file", False)]
    assert len(ours) == 1


def test_free_text_keys_and_tracebacks_are_dropped(log_file):
    log = logging.getLogger("oco_desktop.test")
    note = "Mevrouw de Boer vertelde over haar schulden en de ruzie met haar zoon, het ging slecht met haar."
    log.warning("note saved: %s", note)
    log.warning("key %s", "ab" * 32)
    log.warning("unlock with %s", "passphrase=geheim")
    try:
        raise ValueError("Jan de Vries, Dorpsstraat 1")
    except ValueError:
        log.exception("import failed")
    text = read(log_file)
    assert "Boer" not in text and "ab" * 32 not in text and "geheim" not in text
    assert "Dorpsstraat" not in text and "Traceback" not in text
    assert "import failed [ValueError]" in text
    assert text.count("[weggelaten]") >= 3
