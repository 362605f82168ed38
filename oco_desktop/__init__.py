"""OCO Desktop: offline-first caseload, checklists and personal plans for client supporters."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("oco-desktop")
except PackageNotFoundError:  # running from a checkout that was not installed
    __version__ = "0.0.0"

APP_NAME = "OCO Desktop"
APP_ID = "oco-desktop"
