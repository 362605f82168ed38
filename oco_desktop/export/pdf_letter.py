"""The resident's letters (objection, notice of default) as an A4 PDF or as plain text.

Only the Letter's own lines go in (see domain.letters): never notes. The supporter is named only in
the "helped by" line under the signature, never as the one who signs.

Files are written through the shared safe-write module (export.safe_write): atomic, mode 0600, never
into a vault folder.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from oco_desktop.domain.letters import Letter
from oco_desktop.export import pdf_common
from oco_desktop.export.pdf_common import PageInfo, Styles, para
from oco_desktop.export.safe_write import check_export_target, write_export

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


def render_letter(letter: Letter, path: str | os.PathLike[str], today: date, large_print: bool = False,
                  vault_folder: str | os.PathLike[str] | None = None) -> Path:
    """Write the letter to `path`: a PDF, or plain UTF-8 text when the name ends in .txt."""
    target = check_export_target(path, vault_folder)
    if target.suffix.lower() == ".txt":
        return write_export(target, letter.as_text().encode("utf-8"), vault_folder=vault_folder)
    return write_export(target, letter_pdf_bytes(letter, today, large_print), vault_folder=vault_folder)
