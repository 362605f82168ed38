"""client feature of the GUI."""
