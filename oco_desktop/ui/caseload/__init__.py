"""caseload feature of the GUI."""
