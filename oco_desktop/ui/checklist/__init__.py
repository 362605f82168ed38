"""checklist feature of the GUI."""
