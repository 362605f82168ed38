"""The resident's letters (objection, notice of default) as an A4 PDF or as plain text.

Only the Letter's own lines go in (see domain.letters): never notes. The supporter is named only in
the "helped by" line under the signature, never as the one who signs.

Files are written through `write_document`, one small function, so the shared safe-write module
(issue 10, helper harden-a) can replace it in one place once it lands on main. Until then it uses
pdf_common's atomic write (a .part file next to the target, fsync, rename).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from oco_desktop.domain.letters import Letter
from oco_desktop.export import pdf_common
from oco_desktop.export.pdf_common import PageInfo, Styles, para

SUBJECT = {"nl": "Brief van de inwoner aan de gemeente", "en": "Letter from the resident to the municipality"}


def build_story(letter: Letter, styles: Styles) -> list[Flowable]:
    gap = Spacer(1, styles.body_size * 0.8)
    story: list[Flowable] = [para("\n".join(letter.sender_lines), styles.body), gap,
                             para("\n".join(letter.addressee_lines), styles.body), gap,
                             para(letter.place_date, styles.body),
                             para(letter.subject, styles.label), gap,
                             para(letter.salutation, styles.body)]
    story += [para(p, styles.body) for p in letter.paragraphs]
    story += [gap, para(letter.closing, styles.body), para(letter.signature_label, styles.body),
              Spacer(1, styles.body_size * 3.5), para(letter.signer, styles.body)]
    if letter.enclosures:
        story += [gap] + [para(e, styles.body) for e in letter.enclosures]
    if letter.helped_by:
        story += [gap, para(letter.helped_by, styles.prompt)]
    return story


def letter_pdf_bytes(letter: Letter, today: date, large_print: bool = False) -> bytes:
    styles = pdf_common.make_styles(large_print)
    info = PageInfo(letter.signer, today, letter.lang, letter.title)
    return pdf_common.build_pdf_bytes(build_story(letter, styles), info, styles,
                                      title=f"{letter.title} - {letter.signer}", subject=SUBJECT[letter.lang])


def write_document(data: bytes, path: str | os.PathLike[str]) -> Path:
    """Write a finished document atomically (switch to the shared safe-write module when it lands)."""
    return pdf_common.write_pdf_file(data, path)


def render_letter(letter: Letter, path: str | os.PathLike[str], today: date, large_print: bool = False) -> Path:
    """Write the letter to `path`: a PDF, or plain UTF-8 text when the name ends in .txt."""
    target = pdf_common.check_target(path)
    if target.suffix.lower() == ".txt":
        return write_document(letter.as_text().encode("utf-8"), target)
    return write_document(letter_pdf_bytes(letter, today, large_print), target)
