"""widgets feature of the GUI."""
