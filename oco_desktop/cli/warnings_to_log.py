"""A CLI run's warnings go to the log file, set up at the first one, never to stderr.

Without any handler Python prints warnings on stderr (logging.lastResort), which would break the
promise of one line per problem. The log file is only opened when something is logged, so a normal run
stays as fast as before. Its own module: `logging` is imported after Argon2id has started (cli._run).
"""

from __future__ import annotations

import logging


class WarningsToLogFile(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        root = logging.getLogger()
        root.removeHandler(self)
        try:
            from oco_desktop.logging_setup import setup_logging

            setup_logging().handle(record)
        except Exception:  # an unwritable log folder: the warning is dropped, never shown
            root.addHandler(logging.NullHandler())


def route_warnings() -> None:
    root = logging.getLogger()
    if not root.handlers:  # a real process (a test run or the GUI has its own handlers)
        root.addHandler(WarningsToLogFile())
