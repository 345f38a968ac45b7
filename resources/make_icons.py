"""Draws the plugin icon from the product's palette: a small land-cover mosaic.

Run by `make icons`; writes resources/icons/clcplus.svg and clcplus.png (64 px, for the
plugin repository). The colours come from core/product.py, like everything else.
"""

import os
import sys

from clcplus_backbone.core import product

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icons")

# A 4 x 4 landscape, north up: forest west, fields, a town, a lake and the sea to the north-east.
LANDSCAPE = (
    (2, 3, 6, 10),
    (2, 7, 1, 10),
    (3, 7, 7, 6),
    (5, 6, 7, 7),
)


def svg():
    cell, margin, size = 7, 2, 32
    rects = []
    for row, codes in enumerate(LANDSCAPE):
        for column, code in enumerate(codes):
            rects.append('<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>'.format(
                margin + column * cell, margin + row * cell, cell, cell,
                product.product_class(code).hex))
    inner = 4 * cell
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="{s}" height="{s}" viewBox="0 0 {s} {s}">\n'
        '<clipPath id="r"><rect x="{m}" y="{m}" width="{i}" height="{i}" rx="4"/></clipPath>\n'
        '<g clip-path="url(#r)">\n{rects}\n</g>\n'
        '<rect x="{m}" y="{m}" width="{i}" height="{i}" rx="4" fill="none" stroke="#2b2b2b" '
        'stroke-width="1.5"/>\n'
        '<path d="M{c} {m}V{e}M{m} {c}H{e}" stroke="#ffffff" stroke-width="1" opacity="0.85"/>\n'
        '</svg>\n').format(s=size, m=margin, i=inner, c=margin + inner // 2, e=margin + inner,
                          rects="\n".join(rects))


def main():
    os.makedirs(HERE, exist_ok=True)
    svg_path = os.path.join(HERE, "clcplus.svg")
    with open(svg_path, "w", encoding="utf-8") as f:
        f.write(svg())
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QGuiApplication, QImage, QPainter
    from qgis.PyQt.QtSvg import QSvgRenderer
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    for size, name in ((64, "clcplus.png"), (16, "preview16.png"), (24, "preview24.png")):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        QSvgRenderer(svg_path).render(painter)
        painter.end()
        target = os.path.join(HERE if name == "clcplus.png" else os.environ.get("TMPDIR", "/tmp"),
                              name)
        image.save(target)
        print(target)


if __name__ == "__main__":
    main()
