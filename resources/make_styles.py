"""Writes the style files for other tools into resources/styles/, from core/product.py.

Run by `make styles` (`python resources/make_styles.py`, with the plugin importable as
`clcplus_backbone`); `--check` writes nothing and exits 1 when a committed file is stale.

    clcplus_landcover.qml  QGIS layer style (paletted; 253/254 at half opacity, 255 transparent)
    clcplus_landcover.sld  SLD 1.0 for GeoServer / MapServer (ColorMap type "values")
    clcplus_landcover.clr  ESRI colour map, 'value R G B' (ArcGIS Add Colormap, QGIS, GDAL users)
    clcplus_change.*       the same for change rasters (from * 100 + to), every possible transition

Labels are the English class names; inside QGIS the plugin styles layers in the user's language.
"""

import argparse
import os
import sys

from clcplus_backbone.core import stylefiles

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "styles")


def stale_files(folder=HERE):
    """Names of the style files in `folder` that are missing or differ from what would be written."""
    stale = []
    for name, text in stylefiles.style_files().items():
        path = os.path.join(folder, name)
        try:
            with open(path, encoding="utf-8", newline="") as f:
                if f.read() == text:
                    continue
        except FileNotFoundError:
            pass
        stale.append(name)
    return stale


def write(folder=HERE):
    os.makedirs(folder, exist_ok=True)
    written = []
    for name, text in stylefiles.style_files().items():
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        written.append(path)
    return written


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files (exit 1 if any)")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for name in stale:
            print("stale: resources/styles/{} (run make styles)".format(name))
        return 1 if stale else 0
    for path in write():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
