"""The Overzicht page: the organisation's figures, questions without a file, the signals register."""
