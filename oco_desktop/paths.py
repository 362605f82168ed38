"""Where things live: shipped resources (checkout, installed or frozen) and the user's folders.

User folders are computed on every call (never cached at import) so tests can redirect them
through the environment (XDG_* on Linux, or OCO_DATA_DIR / OCO_CONFIG_DIR / OCO_LOG_DIR).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from oco_desktop import APP_ID

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundle_root() -> Path | None:
    """The PyInstaller bundle folder when frozen, else None."""
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if meipass else None


def _shipped_dir(name: str) -> Path:
    """A top-level data folder ('resources' or 'forms') in a bundle, a checkout or an install."""
    bundle = _bundle_root()
    if bundle is not None:
        return bundle / name
    checkout = _PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    # Installed from a wheel: setuptools maps the folder to oco_desktop.<name>.
    return _PACKAGE_DIR / name


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. resource_path("checklists", "phases.toml")."""
    return _shipped_dir("resources").joinpath(*parts)


def form_path(name: str) -> Path:
    """Path of a Qt Designer .ui file in forms/."""
    return _shipped_dir("forms") / name


def _override(env: str, default: str) -> Path:
    value = os.environ.get(env)
    return Path(value) if value else Path(default)


def data_dir() -> Path:
    import platformdirs  # here, not at the top: the CLI imports this module before it starts Argon2id

    return _override("OCO_DATA_DIR", platformdirs.user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    import platformdirs

    return _override("OCO_CONFIG_DIR", platformdirs.user_config_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    import platformdirs

    return _override("OCO_LOG_DIR", platformdirs.user_log_dir(APP_ID, appauthor=False))


def default_vault_path() -> Path:
    """The vault folder used when neither --vault nor OCO_VAULT is given."""
    return data_dir() / "kluis.ocovault"


def vault_path_from(arg: str | os.PathLike[str] | None) -> Path:
    """Resolve the vault location: explicit argument, then env OCO_VAULT, then the default."""
    if arg:
        return Path(arg).expanduser()
    env = os.environ.get("OCO_VAULT")
    if env:
        return Path(env).expanduser()
    return default_vault_path()
