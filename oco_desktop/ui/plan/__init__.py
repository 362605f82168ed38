"""plan feature of the GUI."""
