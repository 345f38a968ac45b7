"""What the CLMS download API delivers, made into tiles.

The zip behind a task's DownloadURL is written by the EEA's FME workspaces; neither the API
documentation (eea/clms-api-docs) nor the server (eea/clms.downloadtool, which only hands the
request to FME) says what it holds. So this module accepts any number of GeoTIFFs, in folders
or in zips inside the zip (one level), and makes each tile from the files that touch it:

- one file that is exactly the tile is kept as it came;
- otherwise the tile is put together pixel for pixel from every file that touches it (a tile may
  come split over several files), never resampled.

Refused, each with a message for its tile (the other tiles go on): a file in another CRS, with
more than one band or another data type, or off the product's 10 m grid by more than
GRID_TOLERANCE_PX of a pixel (a sub-pixel shift means the file was resampled); files that disagree
where they overlap; and files that leave part of the tile uncovered.

Assumption (PRODUCT.md, "Tiles, grid and files"; not documented for the API): the product covers
every cell of its grid whole - the 2023 tiles are whole 100 km cells, the 2018/2021 mosaics span
whole cells E09-E73/N09-N54 - and land outside the mapped area is coded 254 (outside area) inside
the raster, not left out. A correct delivery therefore covers a requested cell completely, at the
coast and at the product's edge too. A cell no delivered file touches is reported unavailable (the
product has nothing there); one the files cover only in part is an error, never filled with no-data.
"""

import itertools
import os
from dataclasses import dataclass

import numpy as np
from osgeo import gdal
from qgis.PyQt.QtCore import QCoreApplication

from .. import product
from ..cache import VerificationError, check_georeference
from ..http import Canceled
from . import archive
from .common import new_tile

gdal.UseExceptions()

GRID_TOLERANCE_PX = 1e-6  # how far off the 10 m grid a delivered file may be, in pixels
_NUMPY_TYPES = {"Byte": np.uint8, "UInt16": np.uint16}


@dataclass
class Delivered:
    path: str
    name: str  # the entry's name in the zip, for messages
    box: tuple = None  # (xmin, ymin, xmax, ymax): on the grid (snapped) if usable; None: place unknown
    exact: bool = False  # the geotransform is exactly on the grid (no snapping needed)
    problem: str = ""  # why the file cannot be used; "" if it can


# --- unpacking ------------------------------------------------------------------------------

def unpack(zip_path, folder, options, is_canceled=None):
    """[(path, entry name)] of every GeoTIFF in the zip, including those in zips inside it; the
    size limits hold for all of it together."""
    counter = itertools.count(1)

    def choose(info, nested=True):
        base = archive.entry_basename(info).lower()
        if base.endswith((".tif", ".tiff")):
            return "{:05d}.tif".format(next(counter))
        if nested and base.endswith(".zip"):
            return "{:05d}.zip".format(next(counter))
        return None

    found = []
    written = archive.extract(zip_path, folder, choose, options.max_zip_member, options.max_zip_total, is_canceled)
    total = sum(os.path.getsize(p) for p in written.values() if not p.endswith(".zip"))
    for entry, path in sorted(written.items()):
        if not path.endswith(".zip"):
            found.append((path, entry))
            continue
        inner = archive.extract(path, folder, lambda info: choose(info, nested=False), options.max_zip_member,
                                max(0, options.max_zip_total - total), is_canceled)
        os.remove(path)
        total += sum(os.path.getsize(p) for p in inner.values())
        found += [(p, "{}/{}".format(entry, e)) for e, p in sorted(inner.items())]
    return found


# --- describing -----------------------------------------------------------------------------

def describe(files, layer):
    """[Delivered] for [(path, name)]: where each file lies, or why it cannot be used."""
    return [_describe_one(path, name, layer) for path, name in files]


def _describe_one(path, name, layer):
    delivered = Delivered(path, name)
    what = QCoreApplication.translate("CLCplusFetch", "The delivered raster {}").format(name)
    try:
        dataset = gdal.Open(path)
    except RuntimeError as e:
        delivered.problem = QCoreApplication.translate("CLCplusFetch", "{} cannot be opened: {}").format(what, e)
        return delivered
    try:
        size = product.PIXEL_SIZE_M
        x0, dx, rx, y0, ry, dy = dataset.GetGeoTransform()
        width, height = dataset.RasterXSize, dataset.RasterYSize
        raw = (x0, y0 + dy * height, x0 + dx * width, y0)
        try:
            check_georeference(dataset, raw, what)
        except VerificationError as e:  # another CRS or pixel size: where it lies is unknown
            delivered.problem = str(e)
            return delivered
        delivered.box = raw
        if dataset.RasterCount != 1:
            delivered.problem = QCoreApplication.translate(
                "CLCplusFetch", "{} has {} bands, not 1").format(what, dataset.RasterCount)
            return delivered
        type_name = gdal.GetDataTypeName(dataset.GetRasterBand(1).DataType)
        if type_name != layer.data_type:
            delivered.problem = QCoreApplication.translate(
                "CLCplusFetch", "{} holds {} values, not {}").format(what, type_name, layer.data_type)
            return delivered
        # Off the grid: the origin, or the far edges (a pixel size a little off adds up over the file).
        shifts = (x0 / size - round(x0 / size), y0 / size - round(y0 / size),
                  (dx - size) * width / size, (-dy - size) * height / size)
        if rx or ry or max(abs(s) for s in shifts) > GRID_TOLERANCE_PX:
            delivered.problem = QCoreApplication.translate(
                "CLCplusFetch", "{} is off the product's 10 m grid (by {:.3g} of a pixel): it was resampled, "
                                "and the plugin does not resample. Try WEkEO for this tile.").format(
                what, max(abs(s) for s in shifts))
            return delivered
        left, top = round(x0 / size) * size, round(y0 / size) * size
        delivered.box = (left, top - height * size, left + width * size, top)
        delivered.exact = (x0, dx, y0, dy) == (left, size, top, -size)
    finally:
        dataset = None
    return delivered


# --- tiles ----------------------------------------------------------------------------------

def _overlap(a, b):
    return min(a[2], b[2]) - max(a[0], b[0]) > 1e-6 and min(a[3], b[3]) - max(a[1], b[1]) > 1e-6


def plan(extent, delivered):
    """None if no delivered file touches `extent`; otherwise (path to keep, None) when one file is
    exactly the tile, or (None, [Delivered]) to assemble. VerificationError if the files cannot
    make the tile."""
    good = [d for d in delivered if not d.problem and _overlap(d.box, extent)]
    for d in good:
        if d.exact and all(abs(a - b) < 1e-9 for a, b in zip(d.box, extent)):
            return d.path, None
    missing, missing_box = _uncovered(extent, [d.box for d in good])
    if not missing:
        return None, good
    # A file that cannot be used and may lie here (or whose place is unknown) explains the gap.
    for d in delivered:
        if d.problem and (d.box is None or _overlap(d.box, extent)):
            raise VerificationError(d.problem)
    if not good:
        return None
    total = (extent[2] - extent[0]) * (extent[3] - extent[1])
    raise VerificationError(QCoreApplication.translate(
        "CLCplusFetch", "The CLMS API delivered only {:.1f} % of the tile: x {:.0f}–{:.0f}, "
                        "y {:.0f}–{:.0f} is missing. Nothing was kept; try again later, or use "
                        "WEkEO.").format(100.0 * (1 - missing / total), *missing_box))


def _uncovered(extent, boxes):
    """(area not covered by `boxes` inside `extent`, (xmin, xmax, ymin, ymax) around it)."""
    clipped = [(max(b[0], extent[0]), max(b[1], extent[1]), min(b[2], extent[2]), min(b[3], extent[3]))
               for b in boxes]
    xs = sorted({extent[0], extent[2]} | {v for b in clipped for v in (b[0], b[2])})
    ys = sorted({extent[1], extent[3]} | {v for b in clipped for v in (b[1], b[3])})
    area, around = 0.0, None
    for x0, x1 in zip(xs, xs[1:]):
        for y0, y1 in zip(ys, ys[1:]):
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            if any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in clipped):
                continue
            area += (x1 - x0) * (y1 - y0)
            around = (x0, x1, y0, y1) if around is None else (
                min(around[0], x0), max(around[1], x1), min(around[2], y0), max(around[3], y1))
    return area, around


def assemble(sources, extent, out_path, layer, is_canceled=None):
    """A new tile of `extent` from the aligned Delivered `sources`, pixel for pixel; where files
    overlap their values must agree (no-data gives way to data)."""
    size = product.PIXEL_SIZE_M
    dtype = _NUMPY_TYPES[layer.data_type]
    width = int(round((extent[2] - extent[0]) / size))
    height = int(round((extent[3] - extent[1]) / size))
    opened = []
    for d in sources:
        dataset = gdal.Open(d.path)
        band = dataset.GetRasterBand(1)
        col = int(round((d.box[0] - extent[0]) / size))
        row = int(round((extent[3] - d.box[3]) / size))
        opened.append((d, dataset, band, band.GetNoDataValue(), col, row))
    out = new_tile(out_path, extent, layer)
    out_band = out.GetRasterBand(1)
    block = product.BLOCK_PIXELS
    try:
        for y in range(0, height, block):
            for x in range(0, width, block):
                if is_canceled is not None and is_canceled():
                    raise Canceled(QCoreApplication.translate("CLCplusFetch", "Canceled"))
                w, h = min(block, width - x), min(block, height - y)
                window = np.full((h, w), layer.nodata, dtype=dtype)
                filled = np.zeros((h, w), dtype=bool)
                for d, dataset, band, nodata, col, row in opened:
                    x0, y0 = max(x, col), max(y, row)
                    x1, y1 = min(x + w, col + dataset.RasterXSize), min(y + h, row + dataset.RasterYSize)
                    if x1 <= x0 or y1 <= y0:
                        continue
                    data = band.ReadAsArray(x0 - col, y0 - row, x1 - x0, y1 - y0)
                    part = window[y0 - y:y1 - y, x0 - x:x1 - x]
                    done = filled[y0 - y:y1 - y, x0 - x:x1 - x]
                    valid = np.ones(data.shape, dtype=bool) if nodata is None else data != nodata
                    if (done & valid & (part != data)).any():
                        raise VerificationError(QCoreApplication.translate(
                            "CLCplusFetch", "The files the CLMS API delivered disagree where they overlap "
                                            "({}); nothing was kept. Try again later, or use WEkEO.").format(d.name))
                    part[valid] = data[valid]
                    done |= valid
                out_band.WriteArray(window, x, y)
        out_band.FlushCache()
    finally:
        out_band = out = None
        opened = None
    return out_path


def install_tiles(session, tiles, delivered):
    """Report every tile of `tiles`: installed from the delivered files, unavailable, or failed."""
    plans = []
    for tile in tiles:
        try:
            found = plan(session.tile_extent(tile), delivered)
        except VerificationError as e:
            session.failed(tile, e)
            continue
        if found is None:
            session.unavailable(tile, QCoreApplication.translate(
                "CLCplusFetch", "the CLMS API delivered no raster covering {}").format(tile))
        else:
            plans.append((tile, found))
    # Tiles made from several files first: a file kept as a tile is moved into the cache.
    plans.sort(key=lambda p: p[1][0] is not None)
    for tile, (keep, sources) in plans:
        session.check_canceled()
        try:
            staged = keep or assemble(sources, session.tile_extent(tile), session.temp_path("{}.tif".format(tile)),
                                      session.layer, session.is_canceled)
            session.install(tile, staged)
        except VerificationError as e:
            session.failed(tile, e)
