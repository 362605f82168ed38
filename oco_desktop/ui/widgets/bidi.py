"""Names in another script never turn a row around.

An Arabic or Hebrew name at the start of a line makes the whole line right-to-left ("november 2026 28").
`isolate(name)` wraps the name in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (Unicode bidi
isolates) after a LEFT-TO-RIGHT MARK: the name keeps its own direction, the line keeps the app's.
"""

from __future__ import annotations

LRM = "\u200e"
FSI = "\u2068"
PDI = "\u2069"


def isolate(text: str) -> str:
    """The name between isolates, after a left-to-right mark: Qt decides a line's direction from its first
    strong character without skipping isolates, so the mark keeps the line left to right."""
    if not text or text.startswith((FSI, LRM)):
        return text
    return f"{LRM}{FSI}{text}{PDI}"


def strip_isolates(text: str) -> str:
    return text.replace(LRM, "").replace(FSI, "").replace(PDI, "")
