"""Draft keys and list texts of notes (no Qt)."""

from __future__ import annotations

FIRST_WORDS = 60


def first_line(body: str, limit: int = FIRST_WORDS) -> str:
    text = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def new_note_key(client_id: str) -> str:
    return f"note:new:{client_id}"


def note_key(note_id: str) -> str:
    return f"note:{note_id}"
