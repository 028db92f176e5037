"""Render the app icon (resources/icons/exchange-explorer.svg) for the installers.

Writes into OUT_DIR (default build/packaging/icons, as `make package` does):
    hicolor/<N>x<N>/apps/exchange-explorer.png   for N in 16 ... 512 (freedesktop theme)
    exchange-explorer.ico                        Windows (16 ... 256 in one file)
    exchange-explorer.icns                       macOS

Uses Qt's own SVG renderer and image plugins, so it needs nothing beyond the app's venv.
Run: python packaging/scripts/render_icons.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "exchange-explorer.svg"
NAME = "exchange-explorer"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon as a square ARGB image of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main(out_dir: Path) -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"error: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    for size in HICOLOR_SIZES:
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target)):
            print(f"error: cannot write {target}", file=sys.stderr)
            return 1
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    # The format follows the suffix. Qt's ico and icns plugins write one image per file: the
    # largest the format holds comfortably; Windows and macOS scale it down for small views.
    render(renderer, 256).save(str(out_dir / f"{NAME}.ico"))
    render(renderer, 512).save(str(out_dir / f"{NAME}.icns"))
    print(f"icons written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(
        main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "packaging" / "icons")
    )
