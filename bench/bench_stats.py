"""Class areas (issue: area statistics) beside gdalinfo -hist, QGIS's own tools and exactextract."""

import os
import subprocess
import sys
import tempfile

from common import (HERE, best_of, gdalinfo_hist, peak_memory_mb, qgis_processing, random_zones, read_all_blocks,
                    tile_path)

from clcplus_backbone.core import grid, stats
from clcplus_backbone.core.zones import EXACT

EXACTEXTRACT_VENV = os.path.join(os.path.dirname(HERE), "build", "bench-venv")


def _zones(path):
    from osgeo import ogr
    source = ogr.Open(path)
    layer = source.GetLayer(0)
    return [(f.GetFID(), f.GetField("name"), f.GetGeometryRef().ExportToWkt()) for f in layer], \
        layer.GetSpatialRef().ExportToWkt()


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

        tile_id = grid.parse_tile_id("E44N35")
        zones_path = random_zones(os.path.join(tmp, "zones.gpkg"), tile_id.extent)
        zones, crs = _zones(zones_path)
        centre = best_of(lambda: stats.class_areas(tile, zones=zones, zones_crs=crs), repeat)
        histogram = best_of(lambda: processing.run("native:zonalhistogram", {
            "INPUT_RASTER": tile, "RASTER_BAND": 1, "INPUT_VECTOR": zones_path, "COLUMN_PREFIX": "h_",
            "OUTPUT": os.path.join(tmp, "zh.gpkg")}), 1)
        rows.append(("100 polygons, pixel centre", centre, "native:zonalhistogram", histogram))
        exact = best_of(lambda: stats.class_areas(tile, zones=zones, zones_crs=crs, rule=EXACT), repeat)
        peer = _exactextract_seconds(tile, zones_path, repeat)
        rows.append(("100 polygons, exact coverage", exact, "exactextract 0.3.0", peer))
    return rows


def bench_memory(sample, manifest, repeat):
    """Peak memory of class areas over a 2 x 2-tile mosaic and over one tile: flat, not growing."""
    paths = [tile_path(sample, manifest, tile=t) for t in manifest["tiles"]]
    code = ("from osgeo import gdal; from clcplus_backbone.core import stats\n"
            "gdal.BuildVRT('/vsimem/m.vrt', {p!r})\n"
            "stats.class_areas({target})")
    one = peak_memory_mb(code.format(p=paths, target=repr(paths[0])))
    four = peak_memory_mb(code.format(p=paths, target="'/vsimem/m.vrt'"))
    return [("peak memory, 2 x 2 tiles (MB, not s)", four, "one tile (MB)", one)]
