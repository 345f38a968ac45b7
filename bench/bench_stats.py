"""Class areas (issue: area statistics) beside gdalinfo -hist, QGIS's own tools and exactextract,
cold (every pixel decoded) and on a warm cache (the block-histogram index, issue 16)."""

import os
import subprocess
import sys
import tempfile

from common import (HERE, ONE_TILE, Goal, best_of, cache_folder, gdalinfo_hist, qgis_processing, random_zones,
                    read_all_blocks, read_zones, tile_path, warm_cache)
from osgeo import ogr

from clcplus_backbone.core import grid, product, stats
from clcplus_backbone.core.zones import EXACT

EXACTEXTRACT_VENV = os.path.join(os.path.dirname(HERE), "build", "bench-venv")


def _counts(statistics):
    """zone name -> {code: pixels} (non-zero only) of a class-areas result."""
    return {z.name: {int(c): int(z.pixels[i]) for i, c in enumerate(stats.CODES) if z.pixels[i]}
            for z in statistics.zones}


def _histogram_counts(path, prefix="h_"):
    """zone name -> {code: pixels} of native:zonalhistogram's output (NODATA as the no-data code)."""
    source = ogr.Open(path)  # kept while the layer is read: OGR frees the layer with it
    layer = source.GetLayer(0)
    result = {}
    for feature in layer:
        counts = {}
        for name, value in feature.items().items():
            if not name.startswith(prefix) or not value:
                continue
            key = name[len(prefix):]
            counts[product.NO_DATA if key.upper() == "NODATA" else int(float(key))] = int(value)
        result[feature.GetField("name")] = counts
    return result


def _exactextract_seconds(raster, zones_path, repeat):
    """exactextract 0.3.0 from a bench-only venv, when pip can install it; None otherwise."""
    python = os.path.join(EXACTEXTRACT_VENV, "bin", "python")
    if not os.path.exists(os.path.join(EXACTEXTRACT_VENV, "installed")):
        subprocess.run(["/usr/bin/python3", "-m", "venv", "--system-site-packages", EXACTEXTRACT_VENV], check=True)
        installed = subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", "exactextract==0.3.0"])
        if installed.returncode != 0:
            print("exactextract 0.3.0 could not be installed; its comparison is left out", file=sys.stderr)
            return None
        open(os.path.join(EXACTEXTRACT_VENV, "installed"), "w").close()
    code = ("import time; from exactextract import exact_extract\n"
            "best = 1e9\n"
            "for _ in range({r}):\n"
            "    t = time.perf_counter(); exact_extract({a!r}, {z!r}, ['unique', 'frac'])\n"
            "    best = min(best, time.perf_counter() - t)\n"
            "print(best)").format(r=repeat, a=raster, z=zones_path)
    done = subprocess.run([python, "-c", code], capture_output=True, text=True)
    if done.returncode != 0:
        print("exactextract failed: " + done.stderr[-500:], file=sys.stderr)
        return None
    return float(done.stdout.split()[-1])


def bench_class_areas(sample, manifest, repeat):
    tile = tile_path(sample, manifest)
    processing = qgis_processing()
    ours = best_of(lambda: stats.class_areas(tile), repeat)
    rows = [("class areas of one tile", ours, "gdalinfo -hist", best_of(lambda: gdalinfo_hist(tile), repeat))]
    with tempfile.TemporaryDirectory() as tmp:
        unique = best_of(lambda: processing.run("native:rasterlayeruniquevaluesreport", {
            "INPUT": tile, "BAND": 1, "OUTPUT_TABLE": os.path.join(tmp, "u.csv")}), 1)
        rows.append(("class areas of one tile", ours, "rasterlayeruniquevalues", unique))
        rows.append(("read one tile block by block (the floor)", best_of(lambda: read_all_blocks([tile]), repeat),
                     "gdalinfo -hist", rows[0][3]))

        tile_id = grid.parse_tile_id(ONE_TILE)
        zones_path = random_zones(os.path.join(tmp, "zones.gpkg"), tile_id.extent)
        zones, crs = read_zones(zones_path)
        centre = best_of(lambda: stats.class_areas(tile, zones=zones, zones_crs=crs), repeat)
        histogram = best_of(lambda: processing.run("native:zonalhistogram", {
            "INPUT_RASTER": tile, "RASTER_BAND": 1, "INPUT_VECTOR": zones_path, "COLUMN_PREFIX": "h_",
            "OUTPUT": os.path.join(tmp, "zh.gpkg")}), 1)
        rows.append(("100 polygons, pixel centre", centre, "native:zonalhistogram", histogram))
        exact = best_of(lambda: stats.class_areas(tile, zones=zones, zones_crs=crs, rule=EXACT), repeat)
        peer = _exactextract_seconds(tile, zones_path, repeat)
        rows.append(("100 polygons, exact coverage", exact, "exactextract 0.3.0", peer))
    return rows


def bench_warm(sample, manifest, repeat):
    """Goals: 100 polygons on a warm cache >= 50 x faster than native:zonalhistogram with identical
    numbers; the whole tile on a warm cache <= 5 % of today's cold time."""
    tile = tile_path(sample, manifest)
    cold = best_of(lambda: stats.class_areas(tile), repeat)
    cached = warm_cache([tile], cache_folder(sample))
    processing = qgis_processing()
    with tempfile.TemporaryDirectory() as tmp:
        zones_path = random_zones(os.path.join(tmp, "zones.gpkg"), grid.parse_tile_id(ONE_TILE).extent)
        zones, crs = read_zones(zones_path)
        output = os.path.join(tmp, "zh.gpkg")
        histogram = best_of(lambda: processing.run("native:zonalhistogram", {
            "INPUT_RASTER": tile, "RASTER_BAND": 1, "INPUT_VECTOR": zones_path, "COLUMN_PREFIX": "h_",
            "OUTPUT": output}), 1)
        peer_counts = _histogram_counts(output)
        if cached is None:
            return [("100 polygons, warm cache (index)", None, "native:zonalhistogram", histogram,
                     Goal("\u2265 50x", "n/a (no index)", None)),
                    ("whole tile, warm cache (index)", None, "the same, cold (today)", cold,
                     Goal("\u2264 5 %", "n/a (no index)", None))]
        warm = best_of(lambda: stats.class_areas(cached[0], zones=zones, zones_crs=crs), repeat)
        same = _counts(stats.class_areas(cached[0], zones=zones, zones_crs=crs)) == peer_counts
        streamed = _counts(stats.class_areas(tile, zones=zones, zones_crs=crs))
        same = same and streamed == peer_counts
        if not same:
            print("100 polygons: the numbers differ from native:zonalhistogram's", file=sys.stderr)
    whole_warm = best_of(lambda: stats.class_areas(cached[0]), repeat)
    whole_same = _counts(stats.class_areas(cached[0])) == _counts(stats.class_areas(tile))
    return [("100 polygons, warm cache (index)", warm, "native:zonalhistogram", histogram,
             Goal("\u2265 50x", "{:.1f}x{}".format(histogram / warm, "" if same else " DIFFERENT"),
                  histogram / warm >= 50 and same)),
            ("whole tile, warm cache (index)", whole_warm, "the same, cold (today)", cold,
             Goal("\u2264 5 %", "{:.1f} %{}".format(100 * whole_warm / cold, "" if whole_same else " DIFFERENT"),
                  whole_warm <= 0.05 * cold and whole_same))]
