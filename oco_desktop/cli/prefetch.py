"""Import what a command will need while the passphrase is asked and the key is derived.

Argon2id (about 115 ms) runs in C without holding the GIL, so on a second core the imports of
reportlab and the PDF code (about 100 ms) happen at the same time instead of after it. The command
imports the same modules itself afterwards: that waits for a module still being imported here, and an
import that failed here is simply tried (and reported) again there.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Callable, Iterator


class Prefetch:
    """The background thread; `then` (if given) runs in it after the imports, and `result()` hands over
    what it returned: None when it failed, so the command does the work (and reports its error) itself."""

    def __init__(self, modules: tuple[str, ...], then: Callable[[], object] | None) -> None:
        self._modules, self._then, self._value = modules, then, None
        self._thread = threading.Thread(target=self._load, name="oco-prefetch", daemon=True)

    def _load(self) -> None:
        try:
            for name in self._modules:
                importlib.import_module(name)
            if self._then is not None:
                self._value = self._then()
        except Exception:  # noqa: BLE001 - the command's own import or call reports it
            return

    def result(self) -> object:
        self._thread.join()
        return self._value


@contextlib.contextmanager
def imports_in_background(*modules: str, then: Callable[[], object] | None = None) -> Iterator[Prefetch]:
    prefetch = Prefetch(modules, then)
    prefetch._thread.start()
    try:
        yield prefetch
    finally:
        prefetch.result()  # never leave a thread importing while the process ends
