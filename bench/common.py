"""What the benchmarks share: timing, a QGIS application for the peer algorithms, test zones."""

import json
import math
import os
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import NamedTuple, Optional

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
HERE = os.path.dirname(os.path.abspath(__file__))
_QGIS = None


def best_of(function, repeat):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


# E44N35 is all land, the most work per pixel; the 2 x 2 block is the one with it and the most land
# in the bench sample (the four sample cells otherwise).
ONE_TILE = "E44N35"
BLOCK_2X2 = ("E43N35", "E44N35", "E43N34", "E44N34")


class Goal(NamedTuple):
    """One of the issue's goals beside a row: the target as text, the figure reached, met or not
    (None: could not be measured)."""
    target: str
    figure: str
    met: Optional[bool]


def tile_path(sample, manifest, year="2023", tile=ONE_TILE, layer="RAS"):
    """A real-size sample tile."""
    return os.path.join(sample, manifest["tile_files"][str(year)][tile][layer])


def block_2x2(manifest):
    tiles = manifest["tiles"]
    return list(BLOCK_2X2) if set(BLOCK_2X2) <= set(tiles) else tiles[:4]


def read_all_blocks(paths, threads=2):
    """The floor of any statistic: every block of band 1 of each raster decoded once."""
    jobs = []
    for path in paths:
        dataset = gdal.Open(path)
        bx, by = dataset.GetRasterBand(1).GetBlockSize()
        jobs += [(path, x, y, min(bx, dataset.RasterXSize - x), min(by, dataset.RasterYSize - y))
                 for y in range(0, dataset.RasterYSize, by) for x in range(0, dataset.RasterXSize, bx)]

    local = threading.local()

    def read(job):
        path, *window = job
        handles = local.__dict__.setdefault("handles", {})
        if path not in handles:
            handles[path] = gdal.Open(path)
        return int(handles[path].GetRasterBand(1).ReadAsArray(*window).size)

    with ThreadPoolExecutor(threads) as pool:
        return sum(pool.map(read, jobs))


def gdalinfo_hist(path):
    # PAM off: otherwise a second run reads the histogram the first one cached in .aux.xml.
    subprocess.run(["gdalinfo", "-hist", path], env=dict(os.environ, GDAL_PAM_ENABLED="NO"),
                   check=True, capture_output=True)


def qgis_processing():
    """A QgsApplication with Processing and the native algorithms, started once."""
    global _QGIS
    if _QGIS is None:
        sys.path.insert(0, "/usr/share/qgis/python/plugins")
        from qgis.analysis import QgsNativeAlgorithms
        from qgis.core import QgsApplication
        app = QgsApplication([], False)
        app.initQgis()
        from processing.core.Processing import Processing
        Processing.initialize()
        if QgsApplication.processingRegistry().providerById("native") is None:
            QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
        _QGIS = app
    import processing
    return processing


def random_zones(path, tile_extent, count=100, seed=7):
    """`count` irregular polygons (radius 0.3-3 km) inside a tile, written as a GeoPackage."""
    rng = np.random.default_rng(seed)
    xmin, ymin, xmax, ymax = tile_extent

    def zones():
        for i in range(count):
            radius = rng.uniform(300, 3000)
            cx = rng.uniform(xmin + radius, xmax - radius)
            cy = rng.uniform(ymin + radius, ymax - radius)
            angles = np.sort(rng.uniform(0, 2 * math.pi, 24))
            radii = radius * rng.uniform(0.6, 1.0, 24)
            outline = [(cx + r * math.cos(a), cy + r * math.sin(a)) for a, r in zip(angles, radii)]
            yield "zone {}".format(i + 1), outline

    write_zones(path, zones())
    return path


def write_zones(path, zones):
    """Write `zones`, (name, outline) pairs with the outline a sequence of (x, y) in EPSG:3035 (closed
    here), as polygons to the GeoPackage `path` (layer "zones", field "name"), replacing it.
    Returns how many were written."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    if os.path.exists(path):
        os.remove(path)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = source.CreateLayer("zones", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    layer.StartTransaction()
    written = 0
    for name, outline in zones:
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in outline:
            ring.AddPoint_2D(float(x), float(y))
        ring.CloseRings()
        polygon = ogr.Geometry(ogr.wkbPolygon)
        polygon.AddGeometry(ring)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", name)
        feature.SetGeometry(polygon)
        layer.CreateFeature(feature)
        written += 1
    layer.CommitTransaction()
    source = None
    return written


def read_zones(path):
    """(id, name, WKT) of every zone of a GeoPackage written here, and its CRS as WKT."""
    source = ogr.Open(path)
    layer = source.GetLayer(0)
    return [(f.GetFID(), f.GetField("name"), f.GetGeometryRef().ExportToWkt()) for f in layer], \
        layer.GetSpatialRef().ExportToWkt()


BENCH_CACHE = os.path.join(os.path.dirname(HERE), "build", "bench-cache")


def cache_folder(sample):
    """The warm cache of a sample folder (one per sample: tiles of two samples share their names)."""
    return os.path.join(BENCH_CACHE, os.path.basename(os.path.abspath(sample)))


def peak_memory_mb(code):
    """Peak resident memory (MB) of a fresh Python running `code` (with the plugin importable).

    VmHWM of the child itself: ru_maxrss would carry over the peak of a parent that forked it.
    """
    script = code + "\nprint('PEAK', [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    line = [x for x in done.stdout.splitlines() if x.startswith("PEAK")][-1]
    return int(line.split()[1]) / 1024.0


# What every plugin run holds before it counts anything; "own share" = peak RSS minus this.
BARE_IMPORTS = ("import numpy\nfrom osgeo import gdal, ogr, osr\n"
                "from clcplus_backbone.core import blocks, change, stats, zones\n"
                "from clcplus_backbone.core.sources.fetch import tile_mosaic_vrt\n")
_BARE = []


def bare_memory_mb():
    """Peak RSS (MB) of a bare Python that has imported numpy, GDAL and the plugin's modules."""
    if not _BARE:
        _BARE.append(peak_memory_mb(BARE_IMPORTS))
    return _BARE[0]


def build_index(root, path):
    """Index the cached tile `path` (in the cache folder `root`, with its install record) with the
    plugin's block-histogram index; False if the plugin has none (warm rows then print n/a)."""
    try:
        from clcplus_backbone.core import blockindex
    except ImportError:
        return False
    return blockindex.load(path) is not None or bool(blockindex.build(root, path))


def _installed(root, source, target):
    """The copy `target` of `source` is in the cache with a record that still fits it."""
    from clcplus_backbone.core import integrity
    record = integrity.read_record(root, target)
    if record is None or not os.path.exists(target):
        return False
    stat = os.stat(target)
    return (stat.st_size, stat.st_mtime_ns) == (record["size"], record["mtime_ns"]) \
        and stat.st_size == os.path.getsize(source) and stat.st_mtime >= os.path.getmtime(source)


def warm_cache(paths, root):
    """Put the tiles `paths` in a cache folder as the fetch installs them (a copy and its install
    record), each with its block-histogram index. Returns their paths in the cache, or None when
    the plugin has no index. Reuses copies that are still the same file."""
    from clcplus_backbone.core import integrity
    cached = []
    for path in paths:
        target = os.path.join(root, os.path.basename(path))
        if not _installed(root, path, target):
            os.makedirs(root, exist_ok=True)
            shutil.copyfile(path, target)
            integrity.write_record(root, target, integrity.fingerprint(target))
        if not build_index(root, target):
            return None
        cached.append(target)
    return cached


def mosaic(paths, path):
    """A VRT mosaic of `paths` (as the fetch writes them), returned as its path."""
    from clcplus_backbone.core import product
    from clcplus_backbone.core.sources.fetch import tile_mosaic_vrt
    return tile_mosaic_vrt(path, paths, product.NO_DATA)


def load_manifest(sample):
    with open(os.path.join(sample, "manifest.json"), encoding="utf-8") as f:
        return json.load(f)
