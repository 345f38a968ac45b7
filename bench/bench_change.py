"""Change detection (issue: change) beside reading the tiles, and beside QGIS's own tools.

Targets: the from->to matrix of two tiles within 1.5 x the time of only reading both tiles block by
block, and at least 8 x faster than gdal:rastercalculator + native:rasterlayeruniquevaluesreport;
writing the change raster as well within 3 x the read-only time; peak memory flat, <= 300 MB
(bench_memory.py). Issue 16: a minimum mapping unit of 0.5 ha costs at most 2 x the same run without.
"""

import os
import tempfile

from common import ONE_TILE, Goal, best_of, qgis_processing, read_all_blocks, tile_path

from clcplus_backbone.core import change

TILE = ONE_TILE  # all land: the most change to count
MMU_COST = 2.0  # MMU 0.5 ha at most this many times the same run without
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
        processing = qgis_processing()
        peer = best_of(lambda: _peer(processing, a, b, folder), 1)
        rows.append(("from->to matrix of two tiles", matrix, "rastercalculator+uniquevalues", peer))
    return rows


def bench_mmu(sample, manifest, repeat):
    """Goal: change with MMU 0.5 ha (50 px) costs at most 2 x the same change run without it."""
    a, b = _pair(sample, manifest)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "change.tif")
        for what, output in (("from->to matrix", None), ("matrix + raster (LZW)", out)):
            compress = "LZW" if output else None
            def run(mmu, output=output, compress=compress):
                change.change_detection([a, b], output=output, compress=compress, mmu=mmu, mmu_unit="ha")
            plain = best_of(lambda: run(0), repeat)
            sieved = best_of(lambda: run(0.5), repeat)
            rows.append(("{}, MMU 0.5 ha (50 px)".format(what), sieved, "the same without MMU", plain,
                         Goal("\u2264 {:g}x".format(MMU_COST), "{:.2f}x".format(sieved / plain),
                              sieved <= MMU_COST * plain)))
        rows.append(("matrix + raster + MMU 0.5 ha (50 px)", rows[-1][1], "read both tiles (floor)",
                     best_of(lambda: read_all_blocks([a, b]), repeat)))
    return rows
