"""Import reportlab without the two costs of its import the app's documents never use.

1. The URI pattern.
`reportlab.platypus.paragraph` compiles, at import, a case-insensitive pattern for URIs with the
character range \\xa1-\\uffff. Case-folding that range is 40-55 ms of a plan export's 300 ms budget
(measured on reportlab 5.1, Python 3.11), and the pattern is only used to break long URIs when a
paragraph asks for `uriWasteReduce`, which this app never does. While that module is imported, this one
pattern is handed out as a proxy that compiles it on first use; every other pattern compiles as usual.
If a future reportlab changes the pattern, the proxy is simply never made.

2. Pillow. `reportlab.lib.utils` imports `PIL.Image` at import, for bitmaps, which the app's documents do
not have. Pillow's import (its EXIF tag tables) is about 17 ms of CPU, in a plan export spent while
Argon2id needs both cores (20 ms of the command's wall time, interleaved runs). `PIL.Image` is therefore
registered with the standard library's `importlib.util.LazyLoader`: the real module loads on first
use, so a document with a picture still gets it. When anything is off (Pillow not there, already
imported, a loader without `exec_module`), the import is simply the usual one.

Importing this module does both: background imports (cli.prefetch, ui.shell.preload) name it first.
"""

from __future__ import annotations

import contextlib
import importlib.util
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


def load_pillow_image_lazily() -> None:
    """Register `PIL.Image` to load on its first use (see 2. above); a no-op when it cannot be."""
    if "PIL.Image" in sys.modules:
        return
    try:
        spec = importlib.util.find_spec("PIL.Image")
        if spec is None or spec.loader is None:
            return
        spec.loader = importlib.util.LazyLoader(spec.loader)
        module = importlib.util.module_from_spec(spec)
    except (ImportError, TypeError, AttributeError, ValueError):  # TypeError: a loader LazyLoader refuses
        return
    sys.modules["PIL.Image"] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop("PIL.Image", None)
        raise
    with contextlib.suppress(KeyError, AttributeError):
        sys.modules["PIL"].Image = module  # as an import of the submodule sets it: `PIL.Image.open`


def import_paragraph_module() -> None:
    """Import reportlab.platypus (and its paragraph module) with the URI pattern made lazily."""
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    with _lock:
        load_pillow_image_lazily()
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
