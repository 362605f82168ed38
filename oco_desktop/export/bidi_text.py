"""Right-to-left text (Arabic, Hebrew) made ready for reportlab, which draws glyphs left to right.

reportlab neither joins Arabic letters nor reorders right-to-left runs, so we do both before the
text reaches a Paragraph: arabic_reshaper picks the joined letter forms (presentation forms), and
python-bidi's get_display puts the runs in visual order. Tried on this machine: this keeps a
two-word name like "محمد الأحمد" in the right word order, where reportlab's own shaping did not.
"""

from __future__ import annotations

import unicodedata

# arabic_reshaper (which imports fontTools) and python-bidi are imported by visual_line, only for text
# that holds a right-to-left letter: most documents have none.

_RTL_CLASSES = {"R", "AL"}
_STRONG_CLASSES = {"L", "R", "AL"}


def has_rtl(text: str) -> bool:
    """True when the text holds at least one right-to-left letter."""
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def is_rtl_paragraph(text: str) -> bool:
    """True when the first strong letter is right-to-left (the Unicode rule for base direction)."""
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls in _STRONG_CLASSES:
            return cls in _RTL_CLASSES
    return False


def visual_line(text: str, base_dir: str = "L") -> str:
    """One line of logical text in visual (left-to-right drawing) order, Arabic letters joined.

    Call this per line: reordering text that is later wrapped would swap the lines' contents.
    `base_dir` is "L" for a Dutch/English line that contains an Arabic name, "R" for an Arabic line.
    """
    if not has_rtl(text):
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(text), base_dir=base_dir)


def wrap_logical(text: str, width: float, measure) -> list[str]:
    """Break one logical line into lines no wider than `width`, in logical (reading) order.

    `measure(logical_piece) -> float` gives the printed width of a piece once shaped. Words are never
    split; a word wider than `width` gets a line of its own. Each returned line is then made visual on
    its own (visual_line), so the first line of an Arabic paragraph holds its first words: reordering a
    whole paragraph and letting reportlab wrap it would put the last words on the first line.
    """
    words = text.split()
    if not words:
        return [""]
    lines: list[str] = []
    current = words[0]
    for word in words[1:]:
        candidate = f"{current} {word}"
        if measure(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    lines.append(current)
    return lines
