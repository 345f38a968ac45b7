"""Block-wise reading of one or several aligned rasters: the one loop every statistic runs.

Rasters are read on their common window in blocks of the first raster's block grid (1024 x 1024 in
the product), a thread per core: GDAL decoding releases the GIL, so two threads decode two blocks
at once while numpy counts. Only a few blocks are in flight at any time, so memory stays flat
whatever the area.
"""

import math
import os
import re
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, osr

from . import product
from .i18n import translate

gdal.UseExceptions()
osr.UseExceptions()

DEFAULT_THREADS = 2
MIN_WINDOW = 1024  # VRTs report 128 px blocks; read at least this much at once


class RasterError(ValueError):
    """A raster that cannot be used as asked; the message says why and what to do."""


class ReadError(RasterError):
    """GDAL could not read the pixels of a raster: a damaged or truncated file.

    `path` is the raster read; `detail` is GDAL's message, which names the file that failed (for a
    VRT, the tile behind it: see `failed_file`)."""

    def __init__(self, path, detail):
        super().__init__("Cannot read the pixels of {}: {}".format(path, detail))
        self.path = str(path)
        self.detail = str(detail)

    @property
    def failed_file(self):
        """The file GDAL names in its message (for a VRT, the tile behind it), else `path`."""
        return gdal_failed_file(self.detail, self.path) or self.path


def gdal_failed_file(message, read=None):
    """The file a GDAL read error names ('<file>, band 1: IReadBlock failed at ...', or a tile a VRT
    cannot open: '<file>: TIFFReadDirectory: ...'), or None. GDAL >= 3.10 names it without its
    folder; with `read` (the raster that was read) the full path is found among the files it is made
    of (itself, or the tiles behind a VRT)."""
    match = re.match(r"\s*(.+?), band \d+: ", str(message)) or \
        re.match(r"\s*([^:\n]+?\.(?:tiff?|vrt)): ", str(message), re.IGNORECASE)
    if not match:
        return None
    named = match.group(1)
    if read is None or os.path.isabs(named):
        return named
    for candidate in _files_of(str(read)):
        if os.path.basename(candidate) == os.path.basename(named):
            return candidate
    return named


def _files_of(path):
    """`path` and the files GDAL reads for it (a VRT's sources)."""
    try:
        dataset = gdal.Open(path)
        files = (dataset.GetFileList() or []) if dataset is not None else []
    except RuntimeError:
        files = []
    return [os.path.abspath(path)] + [os.path.abspath(f) for f in files]


class WriteError(RasterError):
    """An output could not be written (a folder that does not exist or is read-only, a full disk);
    `path` is the file, `detail` what the system or GDAL said."""

    def __init__(self, path, detail):
        super().__init__("Cannot write {}: {}".format(path, detail))
        self.path = str(path)
        self.detail = str(detail)


class Canceled(Exception):
    """The user canceled; nothing was written."""


@dataclass(frozen=True)
class Window:
    """A rectangle of pixels in the stack's common grid."""
    col: int
    row: int
    width: int
    height: int

    def slices(self, other):
        """Slices of `other` (a window containing this one) that address this window."""
        return (slice(self.row - other.row, self.row - other.row + self.height),
                slice(self.col - other.col, self.col - other.col + self.width))


@dataclass
class Progress:
    """How core work reports progress and learns of a cancel; plain callables, no Qt."""
    set_progress: object = None  # callable(percent)
    is_canceled: object = None  # callable() -> bool

    def update(self, fraction):
        if self.set_progress is not None:
            self.set_progress(100.0 * fraction)

    def check(self):
        if self.is_canceled is not None and self.is_canceled():
            raise Canceled()


def _open(source):
    if isinstance(source, gdal.Dataset):
        return source
    try:
        return gdal.Open(str(source))
    except RuntimeError as e:
        raise RasterError("Cannot open raster {}: {}".format(source, e)) from None


def _reopen(path):
    """A raster opened before, opened again (in a worker thread): ReadError if it is gone or broken."""
    try:
        return gdal.Open(path)
    except RuntimeError as e:
        raise ReadError(path, e) from None


def _describe(dataset):
    return dataset.GetDescription() or "raster"


class RasterStack:
    """Band 1 of each raster, on the grid of the first, restricted to where all of them are.

    The rasters must share CRS and pixel size and their pixel edges must line up; anything else
    is a RasterError that names the mismatch. `extent` (xmin, ymin, xmax, ymax in the rasters'
    CRS) narrows the common window further, snapped outwards to whole pixels; an extent without
    area, or one that holds no pixel centre of the rasters, is a RasterError naming both extents.
    A pixel that cannot be read (a damaged file) is a ReadError.
    """

    def __init__(self, sources, extent=None):
        datasets = [_open(s) for s in sources]
        if not datasets:
            raise RasterError("No raster given")
        self.paths = [d.GetDescription() for d in datasets]
        first = datasets[0]
        gt = first.GetGeoTransform()
        if gt[2] or gt[4]:
            raise RasterError("{} is rotated; warp it to a north-up grid first".format(_describe(first)))
        self.pixel_width, self.pixel_height = gt[1], -gt[5]
        self.srs = first.GetSpatialRef()
        origin_x, origin_y = gt[0], gt[3]
        bounds = [0, 0, first.RasterXSize, first.RasterYSize]  # col0, row0, col1, row1
        self.offsets = []
        for dataset in datasets:
            col, row = self._offset(first, dataset, origin_x, origin_y)
            self.offsets.append((col, row))
            bounds = [max(bounds[0], col), max(bounds[1], row),
                      min(bounds[2], col + dataset.RasterXSize), min(bounds[3], row + dataset.RasterYSize)]
        if extent is not None:
            # The pixels whose centre is inside the extent.
            xmin, ymin, xmax, ymax = extent
            if not (xmax > xmin and ymax > ymin):
                raise RasterError(translate(
                    "CLCplusBlocks", "The extent {} is empty (it has no width or no height): give a rectangle "
                                     "with an area").format(_extent_text(extent, self.srs)))
            whole = bounds
            bounds = [max(bounds[0], _centre_index((xmin - origin_x) / self.pixel_width)),
                      max(bounds[1], _centre_index((origin_y - ymax) / self.pixel_height)),
                      min(bounds[2], _centre_index((xmax - origin_x) / self.pixel_width)),
                      min(bounds[3], _centre_index((origin_y - ymin) / self.pixel_height))]
            if whole[2] > whole[0] and whole[3] > whole[1] and (bounds[2] <= bounds[0] or bounds[3] <= bounds[1]):
                covered = (origin_x + whole[0] * self.pixel_width, origin_y - whole[3] * self.pixel_height,
                           origin_x + whole[2] * self.pixel_width, origin_y - whole[1] * self.pixel_height)
                names = list(dict.fromkeys(_describe(d) for d in datasets))
                what = names[0] if len(names) == 1 else translate(
                    "CLCplusBlocks", "the common area of {}").format(", ".join(names))
                raise RasterError(translate(
                    "CLCplusBlocks", "The extent {} holds no pixel of {}, which covers {}: choose an extent "
                                     "that overlaps the raster").format(
                        _extent_text(extent, self.srs), what, _extent_text(covered, self.srs)))
        self.col0, self.row0 = bounds[0], bounds[1]
        self.width, self.height = max(bounds[2] - bounds[0], 0), max(bounds[3] - bounds[1], 0)
        self.geotransform = (origin_x + self.col0 * self.pixel_width, self.pixel_width, 0.0,
                             origin_y - self.row0 * self.pixel_height, 0.0, -self.pixel_height)
        self.block_size = first.GetRasterBand(1).GetBlockSize()
        self._tile_phase = self._product_tile_phase(first, gt)
        self.nodata = [d.GetRasterBand(1).GetNoDataValue() for d in datasets]
        self.data_types = [d.GetRasterBand(1).DataType for d in datasets]
        self._local = threading.local()

    def _product_tile_phase(self, dataset, gt):
        """For a VRT on the product's 10 m grid: where the 100 km tile edges fall, as (col, row)
        in its own pixels; None otherwise (its own blocks are then the grid)."""
        if dataset.GetDriver().ShortName != "VRT" or self.srs is None:
            return None
        if self.srs.GetAuthorityCode(None) != str(product.CRS_EPSG) or \
                abs(gt[1] - product.PIXEL_SIZE_M) > 1e-9 or abs(-gt[5] - product.PIXEL_SIZE_M) > 1e-9:
            return None
        col = (math.ceil(gt[0] / product.TILE_SIZE_M) * product.TILE_SIZE_M - gt[0]) / gt[1]
        row = (gt[3] - math.floor(gt[3] / product.TILE_SIZE_M) * product.TILE_SIZE_M) / -gt[5]
        if abs(col - round(col)) > 1e-6 or abs(row - round(row)) > 1e-6:
            return None
        return int(round(col)) % product.TILE_PIXELS, int(round(row)) % product.TILE_PIXELS

    def _offset(self, first, dataset, origin_x, origin_y):
        """(col, row) of `dataset`'s origin in the first raster's grid; RasterError if misaligned."""
        if dataset is first:
            return 0, 0
        name, first_name = _describe(dataset), _describe(first)
        srs = dataset.GetSpatialRef()
        if (srs is None) != (self.srs is None) or (srs is not None and not srs.IsSame(self.srs)):
            raise RasterError("{} and {} are in different coordinate reference systems ({} / {}); "
                              "they must be on the same grid".format(
                                  first_name, name, _crs_name(self.srs), _crs_name(srs)))
        gt = dataset.GetGeoTransform()
        if gt[2] or gt[4]:
            raise RasterError("{} is rotated; warp it to a north-up grid first".format(name))
        if abs(gt[1] - self.pixel_width) > 1e-9 * self.pixel_width or \
                abs(-gt[5] - self.pixel_height) > 1e-9 * self.pixel_height:
            raise RasterError("{} has {} x {} pixels, {} has {} x {}; they must be on the same grid".format(
                first_name, self.pixel_width, self.pixel_height, name, gt[1], -gt[5]))
        col = (gt[0] - origin_x) / self.pixel_width
        row = (origin_y - gt[3]) / self.pixel_height
        if abs(col - round(col)) > 1e-6 or abs(row - round(row)) > 1e-6:
            raise RasterError(
                "{} is shifted against {} by {:.3g} m in x and {:.3g} m in y (not a whole number of "
                "pixels); the pixels must line up".format(
                    name, first_name, (col - round(col)) * self.pixel_width,
                    (row - round(row)) * self.pixel_height))
        return int(round(col)), int(round(row))

    @property
    def extent(self):
        x0, y1 = self.geotransform[0], self.geotransform[3]
        return (x0, y1 - self.height * self.pixel_height, x0 + self.width * self.pixel_width, y1)

    @property
    def pixel_area(self):
        return self.pixel_width * self.pixel_height

    def window_geotransform(self, window):
        gt = self.geotransform
        return (gt[0] + window.col * gt[1], gt[1], 0.0, gt[3] + window.row * gt[5], 0.0, gt[5])

    def window_extent(self, window):
        gt = self.window_geotransform(window)
        return (gt[0], gt[3] + window.height * gt[5], gt[0] + window.width * gt[1], gt[3])

    def windows(self, within=None):
        """Windows covering the stack (or the pixel rectangle `within`) such that each block of
        the files behind it is decoded once: the first raster's own block grid, or, for a VRT
        on the product's grid, the blocks of the 100 km tiles it mosaics."""
        area = within or Window(0, 0, self.width, self.height)
        cols = self._edges(0, area.col, area.col + area.width)
        rows = self._edges(1, area.row, area.row + area.height)
        return [Window(c0, r0, c1 - c0, r1 - r0) for r0, r1 in zip(rows, rows[1:]) for c0, c1 in zip(cols, cols[1:])]

    def _edges(self, axis, start, stop):
        """Window edges along one axis (0: columns, 1: rows) in stack pixels, from start to stop."""
        block = self.block_size[axis]
        step = block * max(1, MIN_WINDOW // block)
        offset = (self.col0, self.row0)[axis]  # stack pixel 0 in the first raster's pixels
        period = self._tile_period(axis)
        edges = {start, stop}
        if period:
            # Restart the block grid at every tile edge, as the tiles' own blocks do.
            first = (start + offset - self._tile_phase[axis]) // period * period + self._tile_phase[axis] - offset
            for tile_start in range(first, stop, period):
                edges.update(range(tile_start, tile_start + period, step))
        else:
            edges.update(range((start + offset) // step * step - offset, stop, step))
        return sorted(e for e in edges if start <= e <= stop)

    def _tile_period(self, axis):
        return self._tile_phase and product.TILE_PIXELS

    def pixel_window(self, xmin, ymin, xmax, ymax):
        """The window of pixels whose area meets the rectangle (clipped to the stack), or None."""
        gt = self.geotransform
        c0 = max(0, math.floor((xmin - gt[0]) / gt[1]))
        c1 = min(self.width, math.ceil((xmax - gt[0]) / gt[1]))
        r0 = max(0, math.floor((gt[3] - ymax) / -gt[5]))
        r1 = min(self.height, math.ceil((gt[3] - ymin) / -gt[5]))
        if c1 <= c0 or r1 <= r0:
            return None
        return Window(c0, r0, c1 - c0, r1 - r0)

    def read(self, window, index=0):
        """Band 1 of raster `index` in `window`; each thread keeps its own dataset handles."""
        handles = getattr(self._local, "handles", None)
        if handles is None:
            handles = self._local.handles = [_reopen(p) for p in self.paths]
        col, row = self.offsets[index]
        try:
            array = handles[index].GetRasterBand(1).ReadAsArray(
                window.col + self.col0 - col, window.row + self.row0 - row, window.width, window.height)
        except RuntimeError as e:  # GDAL: a truncated or damaged file ("IReadBlock failed")
            raise ReadError(self.paths[index], e) from None
        if array is None:
            raise ReadError(self.paths[index], gdal.GetLastErrorMsg() or "GDAL read nothing")
        # Every block is read once: keeping it in GDAL's block cache (5 % of RAM by default)
        # would only make memory grow with the area read.
        handles[index].FlushCache()
        return array

    def read_all(self, window):
        return [self.read(window, i) for i in range(len(self.paths))]

    def map(self, function, windows=None, progress=None, threads=DEFAULT_THREADS):
        """Yields function(window, arrays) for each window, computed in `threads` worker threads,
        in completion order; at most 2 x threads windows are in memory at once. Raises Canceled
        within one window's time of a cancel."""
        windows = self.windows() if windows is None else windows
        progress = progress or Progress()
        total = max(len(windows), 1)
        done = 0

        def task(window):
            return function(window, self.read_all(window))

        in_flight = 2 * max(1, threads)
        with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
            pending = set()
            try:
                for window in list(windows) + [None]:
                    progress.check()
                    if window is not None:
                        pending.add(pool.submit(task, window))
                    # Keep the pool busy; after the last window, drain everything.
                    while pending and (window is None or len(pending) >= in_flight):
                        finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                        for future in finished:
                            done += 1
                            progress.update(done / total)
                            yield future.result()
                        progress.check()
            finally:
                for future in pending:
                    future.cancel()


def _centre_index(position):
    """The first pixel index whose centre lies at or after `position` (in pixels)."""
    return math.ceil(position - 0.5 - 1e-9)


def _extent_text(extent, srs):
    """xmin, ymin, xmax, ymax (CRS) with as many digits as the coordinates need."""
    return "{} ({})".format(", ".join("{:.10g}".format(v) for v in extent), _crs_name(srs))


def _crs_name(srs):
    if srs is None:
        return "no CRS"
    authority = srs.GetAuthorityName(None)
    code = srs.GetAuthorityCode(None)
    return "{}:{}".format(authority, code) if authority and code else srs.GetName()


def histogram(values, size=256):
    """Counts of each value (0 .. size-1) of a uint8 or uint16 array.

    For bytes, pairs of neighbouring pixels are counted as one uint16 and the 256 x 256 pair
    counts folded back: np.bincount then walks half as many elements, which halves its time
    (it holds the GIL, so this is the part two threads cannot share).
    """
    if values.dtype == np.uint8 and size == 256 and values.size % 2 == 0 and values.flags.c_contiguous:
        pairs = np.bincount(values.reshape(-1).view(np.uint16), minlength=65536).reshape(256, 256)
        return pairs.sum(axis=0) + pairs.sum(axis=1)
    return np.bincount(values.ravel(), minlength=size)


def fold(value_counts, lookup, columns):
    """Counts per raw value (the last axis, one per entry of `lookup`: value -> column) summed into
    counts per column, in the counts' own type."""
    if value_counts.ndim == 1:  # one row: no value x column table needed (16-bit rasters have 65 536 values)
        return np.bincount(lookup, weights=value_counts, minlength=columns).astype(value_counts.dtype)
    return value_counts @ (lookup[:, None] == np.arange(columns)).astype(value_counts.dtype)
