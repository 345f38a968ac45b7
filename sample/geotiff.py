"""Writing the sample's GeoTIFFs top to bottom as the rows come: tiled, LZW, EPSG:3035, with nearest
overviews built on the way, in a few writer threads."""

from collections import deque
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from osgeo import gdal, osr

from ..core import product
from ..core.geotiff import thread_config

gdal.UseExceptions()

OVERVIEW_LEVELS = (2, 4, 8, 16, 32)
STRIP_ROWS = product.BLOCK_PIXELS  # rows written at a time (one block row)


def overview_levels(width, height):
    """The overview factors written for a raster of this size (2..32, while >= 8 pixels remain)."""
    return [f for f in OVERVIEW_LEVELS if min(width, height) // f >= 8]


class _RowBuffer:
    """Takes rows in order and writes them to `band` in whole block rows (a chunk that is already a
    whole block row is written as it is; anything else is collected first); hands each written
    chunk, decimated (nearest), to the overview buffers."""

    def __init__(self, band, width, height, children=()):
        self.band, self.width, self.height = band, width, height
        self.rows_per_chunk = min(STRIP_ROWS, height)
        self.buf = None
        self.fill = 0
        self.row = 0
        self.children = list(children)  # (factor, _RowBuffer)

    def push(self, rows):
        start = 0
        while start < rows.shape[0]:
            left = rows.shape[0] - start
            want = min(self.rows_per_chunk, self.height - self.row)
            if self.fill == 0 and left >= want:
                self._write(rows[start:start + want])
                start += want
                continue
            if self.buf is None:
                self.buf = np.empty((self.rows_per_chunk, self.width), dtype=np.uint8)
            n = min(left, want - self.fill)
            self.buf[self.fill:self.fill + n] = rows[start:start + n]
            self.fill += n
            start += n
            if self.fill == want:
                self._write(self.buf[:want])
                self.fill = 0
        if self.row == self.height:
            self.buf = None

    def _write(self, chunk):
        self.band.WriteArray(chunk, 0, self.row)
        self.band.FlushCache()
        for factor, child in self.children:
            child.push(chunk[::factor, ::factor])
        self.row += chunk.shape[0]

    def done(self):
        return self.row == self.height and all(c.done() for _, c in self.children)


class _Sink:
    """One single-band Byte GeoTIFF being written top to bottom: tiled 1024, LZW, EPSG:3035,
    nearest overviews built from the rows as they come (internal, or an external .ovr)."""

    def __init__(self, path, x_left, y_top, width, height, nodata, color_table, external):
        self.path = path
        self.width, self.height = width, height
        px = product.PIXEL_SIZE_M
        block = product.BLOCK_PIXELS
        options = ["TILED=YES", "BLOCKXSIZE=%d" % block, "BLOCKYSIZE=%d" % block, "COMPRESS=LZW"]
        ds = gdal.GetDriverByName("GTiff").Create(path, width, height, 1, gdal.GDT_Byte, options)
        ds.SetGeoTransform((x_left, px, 0, y_top, 0, -px))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(product.CRS_EPSG)
        ds.SetSpatialRef(srs)
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(nodata)
        if color_table is not None:
            band.SetRasterColorTable(color_table)
            band.SetRasterColorInterpretation(gdal.GCI_PaletteIndex)
        levels = overview_levels(width, height)
        self.ovr_ds = None
        with thread_config(GDAL_TIFF_OVR_BLOCKSIZE=str(block), COMPRESS_OVERVIEW="LZW"):
            if external:
                # The mosaic form: overviews in an external .ovr, made (empty) on the dataset opened
                # read-only, then filled as the rows are written.
                ds = None
                if levels:
                    ro = gdal.Open(path, gdal.GA_ReadOnly)
                    ro.BuildOverviews("NONE", levels)
                    ro = None
                ds = gdal.Open(path, gdal.GA_Update)
                band = ds.GetRasterBand(1)
                ovr_bands = []
                if levels:
                    self.ovr_ds = gdal.Open(path + ".ovr", gdal.GA_Update)
                    first = self.ovr_ds.GetRasterBand(1)
                    ovr_bands = [first] + [first.GetOverview(i) for i in range(first.GetOverviewCount())]
            else:
                if levels:
                    ds.BuildOverviews("NONE", levels)
                ovr_bands = [band.GetOverview(i) for i in range(band.GetOverviewCount())]
        if len(ovr_bands) != len(levels):
            raise RuntimeError("GDAL made {} overviews for {}, expected {}".format(
                len(ovr_bands), path, len(levels)))
        self.ds, self.band = ds, band
        children = [(f, _RowBuffer(b, b.XSize, b.YSize)) for f, b in zip(levels, ovr_bands)]
        for (f, _), b in zip(children, ovr_bands):
            if (b.XSize, b.YSize) != (-(-width // f), -(-height // f)):
                raise RuntimeError("unexpected overview size in " + path)
        self.rows = _RowBuffer(band, width, height, children)

    def push(self, rows):
        self.rows.push(rows)

    def abort(self):
        """Let go of the file unfinished (after an error)."""
        self.rows = self.band = self.ovr_ds = self.ds = None

    def close(self, rat=None):
        if not self.rows.done():
            raise RuntimeError("{} was not written completely".format(self.path))
        if rat is not None:
            self.band.SetDefaultRAT(rat)
        self.band = None
        self.ovr_ds = None
        self.ds = None


class _Writers:
    """Writes the files in a few threads (GDAL compresses without holding the GIL). Each file
    stays with one thread, so its rows arrive in order; files are spread so that the threads get
    about the same number of pixels. At most `limit` strips wait in memory."""

    def __init__(self, threads, limit):
        self.limit = limit
        self.pools = [ThreadPoolExecutor(max_workers=1) for _ in range(threads)]
        self.load = [0] * threads
        self.assigned = {}
        self.pending = deque()

    def push(self, sink, rows):
        k = self.assigned.get(id(sink))
        if k is None:
            k = self.assigned[id(sink)] = self.load.index(min(self.load))
            self.load[k] += sink.width * sink.height
        self.pending.append(self.pools[k].submit(sink.push, rows))
        while len(self.pending) > self.limit or (self.pending and self.pending[0].done()):
            self.pending.popleft().result()

    def finish(self):
        while self.pending:
            self.pending.popleft().result()
        for pool in self.pools:
            pool.shutdown()


_LC, _CONF, _MOSAIC = product.LAND_COVER.key, product.CONFIDENCE.key, "mosaic"
