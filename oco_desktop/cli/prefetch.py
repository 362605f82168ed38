"""Import what a command will need while the passphrase is asked and the key is derived.

Argon2id (about 115 ms) runs in Rust without holding the GIL, so on a second core the imports of
reportlab and the PDF code (about 100 ms) happen at the same time instead of after it. The command
imports the same modules itself afterwards: that waits for a module still being imported here, and an
import that failed here is simply tried (and reported) again there.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Iterator


@contextlib.contextmanager
def imports_in_background(*modules: str) -> Iterator[None]:
    def load() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the command's own import reports it
                return

    thread = threading.Thread(target=load, name="oco-prefetch", daemon=True)
    thread.start()
    try:
        yield
    finally:
        thread.join()  # never leave a thread importing while the process ends
