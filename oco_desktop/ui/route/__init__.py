"""The route of a case: dates, interview, decision, goal checks and the resident's letters."""
