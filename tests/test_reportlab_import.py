"""reportlab's URI pattern is compiled on first use, not at import (export/reportlab_import.py).

Each check runs in a new interpreter: in the test process reportlab is usually imported already.
"""

from __future__ import annotations

import subprocess
import sys

from oco_desktop.export.reportlab_import import LazyPattern

PROBE = """
import re
original = re.compile
import oco_desktop.export.reportlab_import
assert re.compile is original, "re.compile must be given back"
import reportlab.platypus.paragraph as paragraph
print(type(paragraph.uri_pat).__name__)
print(type(paragraph._wsc_re_split.__self__).__name__)  # other patterns: compiled as usual

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
# A paragraph that asks for uriWasteReduce uses the pattern: it compiles then and wraps as before.
style = ParagraphStyle("u", fontName="Helvetica", fontSize=10, hyphenationLang="en_GB", uriWasteReduce=0.3,
                       embeddedHyphenation=1)
text = "Zie https://www.rijksoverheid.nl/onderwerpen/zorg-en-ondersteuning-thuis/vraag-en-antwoord/lang"
width, height = Paragraph(text, style).wrap(120, 500)
print(height > 0)
"""


def test_the_uri_pattern_is_lazy_and_everything_else_compiles_as_usual():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    # If reportlab changed the pattern's opening, the first line says "Pattern": the saving is gone and
    # reportlab_import._URI_PATTERN_START needs the new opening.
    assert done.stdout.split() == ["LazyPattern", "Pattern", "True"]


def test_a_lazy_pattern_matches_as_the_compiled_one():
    source = r"(^(?:[a-z0-9\.\-\+]*)://)(?:\S+)?\Z"
    lazy, compiled = LazyPattern(source, 0), __import__("re").compile(source)
    for text in ("https://example.org/a", "mailto:x", "", "HTTPS://x"):
        assert bool(lazy.match(text)) == bool(compiled.match(text))
    assert lazy.pattern == source


PILLOW_PROBE = """
import sys
import oco_desktop.export.reportlab_import
import reportlab.platypus
print("PIL._imaging" in sys.modules)  # Pillow's own code: not loaded by reportlab's import
import io
from PIL import Image
from reportlab.platypus import Image as Picture, SimpleDocTemplate
picture = io.BytesIO()
Image.new("RGB", (4, 4), (200, 10, 10)).save(picture, "PNG")
picture.seek(0)
out = io.BytesIO()
SimpleDocTemplate(out).build([Picture(picture, 20, 20)])  # a document with a picture still works
print(b"/Subtype /Image" in out.getvalue())
import PIL.Image
print(PIL.Image.open is Image.open)
"""


def test_pillow_loads_on_first_use_and_pictures_still_work():
    done = subprocess.run([sys.executable, "-c", PILLOW_PROBE], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "True"]


def test_reportlab_uses_its_c_accelerators():
    """rl_accel (reportlab[accel]) is a dependency: without it reportlab silently formats every number in
    Python, 10 ms more per plan."""
    from reportlab.lib import rl_accel

    assert {"fp_str", "instanceStringWidthTTF", "asciiBase85Encode", "escapePDF"} <= set(rl_accel._c_funcs)
