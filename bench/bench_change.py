"""Change detection (issue: change) beside reading the tiles, and beside QGIS's own tools.

Targets: the from->to matrix of two tiles within 1.5 x the time of only reading both tiles block by
block, and at least 8 x faster than gdal:rastercalculator + native:rasterlayeruniquevaluesreport;
writing the change raster as well within 3 x the read-only time; peak memory flat, <= 300 MB.
"""

import os
import subprocess
import sys
import tempfile

from common import best_of, qgis_processing, read_all_blocks, tile_path

from clcplus_backbone.core import change

TILE = "E44N35"  # all land: the most change to count
EARLIER, LATER = 2018, 2021


def _pair(sample, manifest, tile=TILE):
    return [tile_path(sample, manifest, year, tile) for year in (EARLIER, LATER)]


def _peer(processing, a, b, folder):
    """The QGIS way: a from * 100 + to raster with the GDAL raster calculator, then its unique values."""
    calc = os.path.join(folder, "calc.tif")
    processing.run("gdal:rastercalculator", {
        "INPUT_A": a, "BAND_A": 1, "INPUT_B": b, "BAND_B": 1, "FORMULA": "A.astype(uint16) * 100 + B",
        "RTYPE": 2, "OUTPUT": calc})
    processing.run("native:rasterlayeruniquevaluesreport", {
        "INPUT": calc, "BAND": 1, "OUTPUT_TABLE": os.path.join(folder, "unique.csv")})


def bench_change(sample, manifest, repeat):
    a, b = _pair(sample, manifest)
    read = best_of(lambda: read_all_blocks([a, b]), repeat)
    matrix = best_of(lambda: change.change_detection([a, b]), repeat)
    rows = [("from->to matrix of two tiles", matrix, "read both tiles (floor)", read)]
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "change.tif")
        written = best_of(lambda: change.change_detection([a, b], output=out, compress="LZW"), repeat)
        rows.append(("matrix + change raster (LZW, overviews)", written, "read both tiles (floor)", read))
        fast = best_of(lambda: change.change_detection([a, b], output=out, compress="ZSTD"), repeat)
        rows.append(("matrix + change raster (ZSTD, overviews)", fast, "read both tiles (floor)", read))
        sieved = best_of(lambda: change.change_detection([a, b], output=out, mmu=0.5, mmu_unit="ha"), 1)
        rows.append(("matrix + raster + MMU 0.5 ha (50 px)", sieved, "read both tiles (floor)", read))
        processing = qgis_processing()
        peer = best_of(lambda: _peer(processing, a, b, folder), 1)
        rows.append(("from->to matrix of two tiles", matrix, "rastercalculator+uniquevalues", peer))
    return rows


def peak_memory_mb(code):
    """Peak resident memory (MB) of a fresh Python running `code`: VmHWM of its own address space
    (getrusage's ru_maxrss survives exec, so a child of a big bench process would report the parent's)."""
    script = code + ("\nfor line in open('/proc/self/status'):\n"
                     "    if line.startswith('VmHWM'):\n        print('PEAK', line.split()[1])\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return int([x for x in done.stdout.splitlines() if x.startswith("PEAK")][-1].split()[1]) / 1024.0


def bench_change_memory(sample, manifest, repeat):
    """Peak memory of matrix + change raster over one tile pair and over 2 x 2-tile mosaics: flat."""
    code = ("import os, tempfile\nfrom osgeo import gdal\nfrom clcplus_backbone.core import change\n"
            "paths = {p!r}\nfolder = tempfile.mkdtemp()\n"
            "sources = [gdal.BuildVRT(os.path.join(folder, '{{}}.vrt'.format(i)), p) and "
            "os.path.join(folder, '{{}}.vrt'.format(i)) for i, p in enumerate(paths)] if {mosaic} else "
            "[p[0] for p in paths]\n"
            "change.change_detection(sources, output=os.path.join(folder, 'change.tif'))\n")
    tiles = manifest["tiles"]
    paths = [[tile_path(sample, manifest, year, t) for t in tiles] for year in (EARLIER, LATER)]
    one = peak_memory_mb(code.format(p=[[tile_path(sample, manifest, y, TILE)] for y in (EARLIER, LATER)],
                                     mosaic=False))
    four = peak_memory_mb(code.format(p=paths, mosaic=True))
    return [("peak memory, matrix + raster, 2 x 2 tiles (MB, not s)", four, "one tile (MB)", one)]
