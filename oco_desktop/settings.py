"""User settings: every setting declared once, with its type and default, stored as JSON.

The file lives in `paths.config_dir() / "settings.json"` and holds preferences only, never client data
(the vault is the only place for that). No Qt here, so the CLI and tests can use it too.
Reading or writing an undeclared key is a programming error and raises KeyError; a stored value
that does not fit its declaration falls back to the default (with a warning in the log).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from oco_desktop import paths

FILE_NAME = "settings.json"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    check: Callable[[Any], bool] = lambda value: True

    def valid(self, value: Any) -> bool:
        # bool is a subclass of int: an int setting must not accept True/False.
        if self.type is int and isinstance(value, bool):
            return False
        return isinstance(value, self.type) and self.check(value)


AUTOLOCK_MIN, AUTOLOCK_MAX = 1, 240
LANGUAGES = ("nl", "en")
REMINDER_WEEKS_MIN, REMINDER_WEEKS_MAX = 1, 52
BACKUP_REMINDER_MIN, BACKUP_REMINDER_MAX = 1, 365
RETENTION_MIN, RETENTION_MAX = 1, 240

DECLARED: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("language", str, "nl", lambda v: v in LANGUAGES),
        Setting("autolock_minutes", int, 10, lambda v: AUTOLOCK_MIN <= v <= AUTOLOCK_MAX),
        Setting("checklist_override_file", str, ""),
        Setting("last_vault", str, ""),
        Setting("large_print_pdf", bool, False),
        # Route (issue 12): weeks before the granted help ends that the re-assessment reminder shows.
        Setting("reassessment_reminder_weeks", int, 8, lambda v: REMINDER_WEEKS_MIN <= v <= REMINDER_WEEKS_MAX),
        # The supporter, as "Hulp bij dit plan: ..." in the plan and "geholpen door" in letters.
        Setting("supporter_name", str, ""),
        Setting("supporter_organisation", str, ""),
        Setting("supporter_contact", str, ""),  # phone or email
        Setting("municipality_name", str, ""),  # the addressee of the resident's letters
        # Backup and retention (issue 14): remind after this many days without a backup; the retention
        # period after the last case of a client was closed ("volg het beleid van uw organisatie").
        Setting("backup_reminder_days", int, 7, lambda v: BACKUP_REMINDER_MIN <= v <= BACKUP_REMINDER_MAX),
        Setting("retention_months", int, 24, lambda v: RETENTION_MIN <= v <= RETENTION_MAX),
        # The folder the last export was saved in: the save dialog opens there next time (issue 15).
        Setting("export_folder", str, ""),
    )
}


def settings_path() -> Path:
    return paths.config_dir() / FILE_NAME


def _declaration(name: str) -> Setting:
    try:
        return DECLARED[name]
    except KeyError:
        raise KeyError(f"undeclared setting: {name}") from None


class Settings:
    """The settings file. Values are read once at construction; `set()` writes through at once."""

    def __init__(self, path: Path | None = None):
        self.path = path or settings_path()
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("settings file unreadable, using defaults: %s", type(exc).__name__)
            return
        if not isinstance(raw, dict):
            log.warning("settings file is not a JSON object, using defaults")
            return
        for name, value in raw.items():
            setting = DECLARED.get(name)
            if setting is None:
                continue  # a setting from another version: keep quiet, it is dropped on the next write
            if setting.valid(value):
                self._values[name] = value
            else:
                log.warning("setting %s has an invalid stored value; using the default", name)

    def get(self, name: str) -> Any:
        setting = _declaration(name)
        return self._values.get(name, setting.default)

    def set(self, name: str, value: Any) -> None:
        setting = _declaration(name)
        if not setting.valid(value):
            raise ValueError(f"invalid value for setting {name}")
        self._values[name] = value
        self._write()

    def reset(self, name: str) -> None:
        _declaration(name)
        self._values.pop(name, None)
        self._write()

    def as_dict(self) -> dict[str, Any]:
        return {name: self.get(name) for name in DECLARED}

    def _write(self) -> None:
        """Atomic: a crash leaves either the old or the new file, never half of one."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self._values, indent=2, sort_keys=True, ensure_ascii=False)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
