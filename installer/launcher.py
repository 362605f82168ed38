"""Entry script for the frozen app: the same as `python -m oco_desktop` (GUI without a subcommand)."""

from oco_desktop.cli import entry

entry()
