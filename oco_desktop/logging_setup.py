"""The application log: a small rotating file in `paths.log_dir()`, for events only.

CALLERS MUST NEVER PASS CLIENT DATA (names, notes, addresses, free text), keys or passphrases to a
logger: log what happened ("vault opened", "export written"), not what it was about. The filter
below is a last line of defence, not a licence: it drops the arguments of any record that looks like
it carries secrets or long free text, and strips exception tracebacks down to the exception type.
"""

from __future__ import annotations

import logging
import logging.handlers
import re

from oco_desktop import paths

LOG_NAME = "oco-desktop.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3
# Longer argument strings are more likely free text (a note, an address) than an event detail.
MAX_ARG_CHARS = 80
_SECRET_WORDS = re.compile(r"passphrase|wachtwoord|recovery|herstelcode|data_key|secret", re.IGNORECASE)
_HEX_KEY = re.compile(r"\b[0-9a-fA-F]{32,}\b")
REDACTED = "[weggelaten]"


class EventOnlyFilter(logging.Filter):
    """Defensive redaction: arguments that look like free text or keys are replaced, never written."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(self._clean(arg) for arg in args)
        message = str(record.msg)
        if _HEX_KEY.search(message):
            record.msg = _HEX_KEY.sub(REDACTED, message)
        if record.exc_info and record.exc_info[0] is not None:
            # A traceback can quote values (a SQL parameter, a file's content): keep the type only.
            record.msg = f"{record.msg} [{record.exc_info[0].__name__}]"
            record.exc_info = None
            record.exc_text = None
        record.stack_info = None
        return True

    @staticmethod
    def _clean(arg: object) -> object:
        if isinstance(arg, bool | int | float) or arg is None:
            return arg
        text = str(arg)
        if len(text) > MAX_ARG_CHARS or _SECRET_WORDS.search(text) or _HEX_KEY.search(text):
            return REDACTED
        return text


def setup_logging(level: int = logging.INFO) -> logging.Handler:
    """Attach the rotating file to the root logger (once); returns the handler."""
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "_oco_file", False):
            return handler
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler._oco_file = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(EventOnlyFilter())
    root.addHandler(handler)
    root.setLevel(level)
    return handler


def teardown_logging() -> None:
    """Detach and close the file handler (for tests and a clean shutdown)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_oco_file", False):
            root.removeHandler(handler)
            handler.close()
