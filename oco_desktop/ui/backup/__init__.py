"""Backup, restore, handover, organisation key notices, access log and retention in the GUI."""
