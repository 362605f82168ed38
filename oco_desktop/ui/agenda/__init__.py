"""agenda feature of the GUI."""
