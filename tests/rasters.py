"""Small rasters for unit tests, on the product's grid (EPSG:3035, 10 m) unless asked otherwise."""

from collections import deque

import numpy as np
from osgeo import gdal, osr

from clcplus_backbone.core import legend

gdal.UseExceptions()

ORIGIN = (4_500_000.0, 3_600_000.0)  # upper-left corner of test rasters


def write_raster(path, array, origin=ORIGIN, pixel=10.0, epsg=3035, nodata=None, block=256,
                 data_type=None):
    """A tiled GeoTIFF of `array` with its upper-left corner at `origin`."""
    kind = data_type or {np.dtype("uint8"): gdal.GDT_Byte, np.dtype("uint16"): gdal.GDT_UInt16,
                         np.dtype("float32"): gdal.GDT_Float32}[array.dtype]
    options = ["TILED=YES", "BLOCKXSIZE={}".format(block), "BLOCKYSIZE={}".format(block), "COMPRESS=LZW"]
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), array.shape[1], array.shape[0], 1, kind, options)
    dataset.SetGeoTransform((origin[0], pixel, 0.0, origin[1], 0.0, -pixel))
    if epsg is not None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        dataset.SetSpatialRef(srs)
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    if kind == gdal.GDT_Byte:  # before the pixels: GDAL >= 3.10 refuses it after them in a tiled GeoTIFF
        band.SetColorTable(legend.color_table())
    band.WriteArray(array)
    dataset = None
    return str(path)


def patchy_classes(height, width, seed=1, codes=(1, 2, 3, 5, 6, 7, 9, 10, 253, 254, 255)):
    """Blocky class patches (8 x 8 px) plus per-pixel noise, reproducible."""
    rng = np.random.default_rng(seed)
    coarse = rng.choice(np.array(codes, dtype=np.uint8), size=(height // 8 + 1, width // 8 + 1))
    array = np.kron(coarse, np.ones((8, 8), dtype=np.uint8))[:height, :width].copy()
    noise = rng.random((height, width)) < 0.05
    array[noise] = rng.choice(np.array(codes, dtype=np.uint8), size=int(noise.sum()))
    return array


def pixel_centres(array, origin=ORIGIN, pixel=10.0):
    rows, cols = np.indices(array.shape)
    return origin[0] + (cols + 0.5) * pixel, origin[1] - (rows + 0.5) * pixel


def patch_sizes(mask, connectivity):
    """Per pixel, the size of its patch (0 where not set): plain breadth-first search, the reference the
    minimum mapping unit is checked against."""
    labels = np.zeros(mask.shape, dtype=np.int64)
    steps = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    if connectivity == 8:
        steps += [(-1, -1), (-1, 1), (1, -1), (1, 1)]
    sizes = [0]
    height, width = mask.shape
    for start in zip(*np.nonzero(mask)):
        if labels[start]:
            continue
        sizes.append(0)
        labels[start] = len(sizes) - 1
        queue = deque([start])
        while queue:
            r, c = queue.popleft()
            sizes[-1] += 1
            for dr, dc in steps:
                nr, nc = r + dr, c + dc
                if 0 <= nr < height and 0 <= nc < width and mask[nr, nc] and not labels[nr, nc]:
                    labels[nr, nc] = labels[start]
                    queue.append((nr, nc))
    return np.array(sizes)[labels]
