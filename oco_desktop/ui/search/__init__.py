"""search feature of the GUI."""
