"""OCO Desktop: offline-first caseload, checklists and personal plans for client supporters."""

APP_NAME = "OCO Desktop"
APP_ID = "oco-desktop"


def _read_version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # slow to import: only when asked

    try:
        return version("oco-desktop")
    except PackageNotFoundError:  # running from a checkout that was not installed
        return "0.0.0"


def __getattr__(name: str):
    # `__version__` is looked up lazily so `import oco_desktop` (every CLI start) stays cheap.
    if name == "__version__":
        value = _read_version()
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
