"""What the benchmarks share: timing, a QGIS application for the peer algorithms, test zones."""

import json
import math
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

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


def tile_path(sample, manifest, year="2023", tile="E44N35", layer="RAS"):
    """A real-size sample tile; E44N35 is all land, the most work per pixel."""
    return os.path.join(sample, manifest["tile_files"][str(year)][tile][layer])


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
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    if os.path.exists(path):
        os.remove(path)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = source.CreateLayer("zones", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for i in range(count):
        radius = rng.uniform(300, 3000)
        cx = rng.uniform(xmin + radius, xmax - radius)
        cy = rng.uniform(ymin + radius, ymax - radius)
        angles = np.sort(rng.uniform(0, 2 * math.pi, 24))
        radii = radius * rng.uniform(0.6, 1.0, 24)
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for a, r in zip(angles, radii):
            ring.AddPoint_2D(cx + r * math.cos(a), cy + r * math.sin(a))
        ring.CloseRings()
        polygon = ogr.Geometry(ogr.wkbPolygon)
        polygon.AddGeometry(ring)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", "zone {}".format(i + 1))
        feature.SetGeometry(polygon)
        layer.CreateFeature(feature)
    source = None
    return path


def peak_memory_mb(code):
    """Peak resident memory (MB) of a fresh Python running `code` (with the plugin importable).

    VmHWM of the child itself: ru_maxrss would carry over the peak of a parent that forked it.
    """
    script = code + "\nprint('PEAK', [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    line = [x for x in done.stdout.splitlines() if x.startswith("PEAK")][-1]
    return int(line.split()[1]) / 1024.0


def load_manifest(sample):
    with open(os.path.join(sample, "manifest.json"), encoding="utf-8") as f:
        return json.load(f)
