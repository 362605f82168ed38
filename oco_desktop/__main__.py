from oco_desktop.cli import entry

entry()
