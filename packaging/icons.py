#!/usr/bin/env python3
"""Render resources/icons/netzjournal.svg to PNGs (16–512), .ico and .icns.

    .venv/bin/python packaging/icons.py OUT_DIR

Uses QtSvg (part of PySide6-Essentials) to render, and writes the .ico and
.icns containers itself: both simply hold PNG images.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "netzjournal.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(out: Path) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    pngs: dict[int, bytes] = {}
    for size in (*SIZES, 1024):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        pngs[size] = bytes(data.data())
        if size in SIZES:
            (out / f"netzjournal-{size}.png").write_bytes(pngs[size])
    return pngs


def write_ico(path: Path, pngs: dict[int, bytes]) -> None:
    sizes = [s for s in (16, 24, 32, 48, 64, 128, 256) if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        blob = pngs[s]
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    path.write_bytes(header + entries + blobs)


def write_icns(path: Path, pngs: dict[int, bytes]) -> None:
    kinds = {32: b"ic11", 64: b"ic12", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}
    body = b"".join(k + struct.pack(">I", len(pngs[s]) + 8) + pngs[s] for s, k in kinds.items())
    path.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else ROOT / "build" / "icons")
    out.mkdir(parents=True, exist_ok=True)
    pngs = render(out)
    write_ico(out / "netzjournal.ico", pngs)
    write_icns(out / "netzjournal.icns", pngs)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
