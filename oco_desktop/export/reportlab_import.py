"""Import reportlab's paragraph module without compiling its URI pattern up front.

`reportlab.platypus.paragraph` compiles, at import, a case-insensitive pattern for URIs with the
character range \\xa1-\\uffff. Case-folding that range is 40-55 ms of a plan export's 300 ms budget
(measured on reportlab 5.1, Python 3.11), and the pattern is only used to break long URIs when a
paragraph asks for `uriWasteReduce`, which this app never does. While that module is imported, this one
pattern is handed out as a proxy that compiles it on first use; every other pattern compiles as usual.
If a future reportlab changes the pattern, the proxy is simply never made.

Importing this module does it: background imports (cli.prefetch, ui.shell.preload) name it first.
"""

from __future__ import annotations

import re
import sys
import threading

# The opening of reportlab's `uri_pat` (reportlab/platypus/paragraph.py).
_URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
_lock = threading.Lock()


class LazyPattern:
    """A compiled pattern made on the first attribute asked for (`match`, `search`, ...)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._pattern, self._flags = pattern, flags
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return getattr(self._compiled, name)


def import_paragraph_module() -> None:
    """Import reportlab.platypus (and its paragraph module) with the URI pattern made lazily."""
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    with _lock:
        original = re.compile

        def compile_lazily_for_uris(pattern, flags=0):
            if isinstance(pattern, str) and pattern.startswith(_URI_PATTERN_START):
                return LazyPattern(pattern, flags)
            return original(pattern, flags)

        re.compile = compile_lazily_for_uris
        try:
            import reportlab.platypus  # noqa: F401 - imports reportlab.platypus.paragraph
        finally:
            re.compile = original


import_paragraph_module()
