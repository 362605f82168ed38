"""shell feature of the GUI."""
