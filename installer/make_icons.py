"""Render the app icon SVG into PNGs (16..512 px) and pack them into .ico (Windows) and .icns (macOS).

Qt's SVG renderer does the drawing (PySide6 is already a dependency), so no Pillow, Inkscape or
iconutil is needed. Both container formats accept PNG-compressed images:
- .ico: ICONDIR header + one directory entry per size + the PNG bytes (Windows Vista and later).
- .icns: 'icns' + total length, then one (type, length, PNG) chunk per size (macOS 10.7 and later).

Usage: python installer/make_icons.py SVG OUT_DIR  (writes OUT_DIR/png/NNxNN.png, app.ico, app.icns)
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

# .icns chunk types holding PNG data, by pixel size (the @2x types reuse the larger renders).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest size an .ico entry can describe


def render_pngs(svg: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - Qt needs it for painting
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
    result = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise RuntimeError(f"could not encode the {size} px icon")
        buffer.close()
        result[size] = bytes(data.data())
    return result


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    chunks = b""
    for kind, size in ICNS_TYPES:
        if size in pngs:
            chunks += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def make_icons(svg: Path, out_dir: Path, sizes: tuple[int, ...]) -> dict[str, Path]:
    pngs = render_pngs(svg, tuple(sorted(set(sizes))))
    png_dir = out_dir / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    for size, data in pngs.items():
        (png_dir / f"{size}x{size}.png").write_bytes(data)
    ico = out_dir / "app.ico"
    ico.write_bytes(ico_bytes(pngs))
    icns = out_dir / "app.icns"
    icns.write_bytes(icns_bytes(pngs))
    return {"png_dir": png_dir, "ico": ico, "icns": icns}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from metadata import ICON_SIZES

    made = make_icons(Path(argv[0]), Path(argv[1]), ICON_SIZES)
    for name, path in made.items():
        print(f"{name}: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
