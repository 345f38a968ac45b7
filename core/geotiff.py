"""GeoTIFF outputs, written in one place: tiled and compressed (LZW as the product, or ZSTD), filled
window by window in whole blocks, renamed into place when complete, and given the legend (colour
table, category names, raster attribute table, the QGIS style beside them).

The change raster is written from the main thread as the windows come back, under a temporary name
renamed into place when complete (a cancel or an error leaves nothing). Pieces of output blocks are
gathered until a block is complete, so each block is compressed and written once and GDAL's cache
never holds more than a window's blocks; the overviews are filled the same way from every 2nd,
4th, ... pixel, so the file is never read back. LZW (as the product) by default; ZSTD writes several
times faster.
"""

import contextlib
import os
import uuid

import numpy as np
from osgeo import gdal

from . import files, pam, product
from .blocks import RasterError, WriteError
from .i18n import translate
from .legend import (CHANGE, DEFAULT_MAX_TRANSITIONS, LANDCOVER, attribute_table, change_attribute_table,
                     change_color_table, change_entries, color_table, landcover_entries)
from .legendcheck import ValueSample, check_integer_band, check_values, display_name, open_raster, read_values
from .stylefiles import qml_text, sidecar_style_path

gdal.UseExceptions()

_OVERVIEW_TARGET = 256  # overviews down to about this many pixels a side
# Blocks of the files written: half the product's, so that the blocks still being filled where the
# windows do not line up with them (a row of them at most) hold half as much.
OUTPUT_BLOCK = product.BLOCK_PIXELS // 2


# Compression of the rasters written: LZW (the product's own, read by any GIS) or ZSTD (level 1: several
# times faster to write, read by GDAL >= 2.3, so QGIS >= 3.4). (creation options, config for overviews)
COMPRESSIONS = {"LZW": (["COMPRESS=LZW"], {}),
                "ZSTD": (["COMPRESS=ZSTD", "ZSTD_LEVEL=1"], {"ZSTD_LEVEL_OVERVIEW": "1"})}


def compression_options(compress):
    if compress not in COMPRESSIONS:
        raise ValueError("compression must be one of {}".format(", ".join(COMPRESSIONS)))
    options = gdal.GetDriverByName("GTiff").GetMetadataItem("DMD_CREATIONOPTIONLIST") or ""
    if compress not in options:
        raise RasterError(translate(
            "CLCplusChange", "This GDAL cannot write {} compressed GeoTIFFs; choose LZW").format(compress))
    return list(COMPRESSIONS[compress][0])


def default_compression():
    """ZSTD where this GDAL writes it (several times faster than LZW), else LZW."""
    options = gdal.GetDriverByName("GTiff").GetMetadataItem("DMD_CREATIONOPTIONLIST") or ""
    return "ZSTD" if "ZSTD" in options else "LZW"


def overview_factors(width, height):
    factors, f = [], 2
    while max(width, height) / f > _OVERVIEW_TARGET:
        factors.append(f)
        f *= 2
    return factors


def create(path, width, height, data_type, geotransform, srs, block, options=(), nodata=None):
    """A new single-band GeoTIFF on a grid, tiled in `block` x `block` pixels, BigTIFF where it may
    need it; `options` the compression and any other creation options."""
    dataset = gdal.GetDriverByName("GTiff").Create(
        path, width, height, 1, data_type,
        ["TILED=YES", "BLOCKXSIZE={}".format(block), "BLOCKYSIZE={}".format(block), "BIGTIFF=IF_SAFER"] +
        list(options))
    dataset.SetGeoTransform(geotransform)
    if srs is not None:
        dataset.SetSpatialRef(srs)
    if nodata is not None:
        dataset.GetRasterBand(1).SetNoDataValue(nodata)
    return dataset


class _BlockWriter:
    """Writes one band in whole blocks: pieces of a block are gathered here until the block is
    complete, then written and flushed at once. GDAL's cache thus only ever holds complete blocks,
    each compressed and written once, and memory stays at the blocks still being filled (the front
    of the windows, at most about two rows of blocks) whatever the area."""

    def __init__(self, band, dtype):
        self.band = band
        self.dtype = dtype
        self.width, self.height = band.XSize, band.YSize
        self.block = band.GetBlockSize()[0]
        self.pending = {}  # (block row, block column) -> [array, pixels still missing]

    def write(self, col, row, array):
        """`array` at (col, row) of the band."""
        b = self.block
        height, width = array.shape
        complete = 0
        for br in range(row // b, (row + height - 1) // b + 1):
            for bc in range(col // b, (col + width - 1) // b + 1):
                x0, y0 = bc * b, br * b
                bw, bh = min(b, self.width - x0), min(b, self.height - y0)
                c0, c1 = max(col, x0), min(col + width, x0 + bw)
                r0, r1 = max(row, y0), min(row + height, y0 + bh)
                piece = array[r0 - row:r1 - row, c0 - col:c1 - col]
                if (c1 - c0, r1 - r0) == (bw, bh):
                    self.band.WriteArray(piece, x0, y0)
                    complete += 1
                    continue
                entry = self.pending.get((br, bc))
                if entry is None:
                    entry = self.pending[(br, bc)] = [np.empty((bh, bw), dtype=self.dtype), bw * bh]
                entry[0][r0 - y0:r1 - y0, c0 - x0:c1 - x0] = piece
                entry[1] -= piece.size
                if not entry[1]:
                    self.band.WriteArray(entry[0], x0, y0)
                    del self.pending[(br, bc)]
                    complete += 1
        if complete:
            self.band.FlushCache()


class GeoTiffWriter:
    """A single-band GeoTIFF on the stack's grid, written window by window from one thread, under a
    temporary name in the target's folder, renamed into place by finish(); abort() removes it.

    With `overviews`, nearest-neighbour overviews are filled from each window as it is written
    (every f-th pixel from the window's first multiple of f), so the file is never read back.
    """

    def __init__(self, path, stack, data_type, nodata=None, compress="LZW", overviews=False):
        self.path = str(path)
        self.dataset = None
        with as_write_error(self.path):
            try:
                self._create(stack, data_type, nodata, compress, overviews)
            except BaseException:
                self.abort()
                raise

    def _create(self, stack, data_type, nodata, compress, overviews):
        folder = os.path.dirname(os.path.abspath(self.path))
        os.makedirs(folder, exist_ok=True)
        self.tmp = os.path.join(
            folder, ".{}.partial-{}.tif".format(os.path.basename(self.path), uuid.uuid4().hex[:10]))
        block = OUTPUT_BLOCK
        self.dataset = create(self.tmp, stack.width, stack.height, data_type, stack.geotransform, stack.srs, block,
                              ["NUM_THREADS=2"] + compression_options(compress), nodata)
        self.band = self.dataset.GetRasterBand(1)
        dtype = gdal_array_type(data_type)
        self.writers = [(1, _BlockWriter(self.band, dtype))]
        if overviews:
            factors = overview_factors(stack.width, stack.height)
            if factors:
                config = {"COMPRESS_OVERVIEW": compress, "GDAL_TIFF_OVR_BLOCKSIZE": str(block)}
                config.update(COMPRESSIONS[compress][1])
                with thread_config(**config):
                    self.dataset.BuildOverviews("NONE", factors)
            self.writers += [(f, _BlockWriter(self.band.GetOverview(i), dtype)) for i, f in enumerate(factors)]

    def write(self, window, array):
        """The window's pixels, and every f-th of them (at multiples of f) in overview f; each
        overview is taken from the previous one (multiples of 2f are among the multiples of f)."""
        col, row = window.col, window.row  # of `array`'s first pixel, in the current level
        with as_write_error(self.path):
            for factor, writer in self.writers:
                if factor > 1:
                    c0, r0 = -(-col // 2) * 2, -(-row // 2) * 2
                    array = array[r0 - row::2, c0 - col::2]
                    col, row = c0 // 2, r0 // 2
                if not array.size:
                    break
                writer.write(col, row, array)

    def close(self):
        if self.dataset is not None:
            self.writers, self.band = [], None
            dataset, self.dataset = self.dataset, None
            with as_write_error(self.path):
                dataset.FlushCache()

    def sidecars(self, path):
        return [path + ".aux.xml", sidecar_style_path(path)]

    def finish(self, legend=True, counts=None):
        """Close, embed the change legend (colour table, attribute table, QML; `counts` value -> pixels,
        None to count the raster), rename into place. Returns the counts of the legend."""
        self.close()
        with as_write_error(self.path):
            if legend:
                counts = embed_legend(self.tmp, kind=CHANGE, counts=counts)[1]
            if self.tmp != self.path:
                for old in self.sidecars(self.path):
                    if os.path.exists(old):
                        os.remove(old)
                for tmp, final in zip(self.sidecars(self.tmp), self.sidecars(self.path)):
                    if os.path.exists(tmp):
                        os.replace(tmp, final)
                os.replace(self.tmp, self.path)
        return counts

    def abort(self):
        """Close and remove what was written; quietly, as it runs while another error is raised."""
        try:
            self.close()
        except WriteError:
            pass
        tmp = getattr(self, "tmp", None)  # not there when creating it failed early
        for path in ([tmp] + self.sidecars(tmp)) if tmp else []:
            if os.path.exists(path):
                try:
                    os.remove(path)
                except OSError:
                    pass


@contextlib.contextmanager
def as_write_error(path):
    """OSError and GDAL's RuntimeError while writing `path` become a WriteError naming it."""
    try:
        yield
    except WriteError:
        raise
    except OSError as e:
        detail = e.strerror or str(e)
        if e.filename and os.path.abspath(str(e.filename)) != os.path.abspath(path):
            detail = "{}: {}".format(detail, e.filename)
        raise WriteError(path, detail) from None
    except RuntimeError as e:
        raise WriteError(path, e) from None


def gdal_array_type(data_type):
    return {gdal.GDT_Byte: np.uint8, gdal.GDT_UInt16: np.uint16}[data_type]


@contextlib.contextmanager
def thread_config(**options):
    """GDAL config options set for this thread only while the block runs, restored after it."""
    saved = {k: gdal.GetThreadLocalConfigOption(k, None) for k in options}
    try:
        for key, value in options.items():
            gdal.SetThreadLocalConfigOption(key, value)
        yield
    finally:
        for key, value in saved.items():
            gdal.SetThreadLocalConfigOption(key, value)


# --- The legend embedded --------------------------------------------------------------------

def _open_to_embed(path):
    """`path` opened to take a legend. A Cloud-Optimized GeoTIFF is opened read-only: GDAL >= 3.10
    refuses to update one, and writing into it would break its layout. GDAL then keeps what is set
    on its band (colour table, names; the attribute table through `pam`) in `<file>.aux.xml`, where
    GDAL, QGIS and ArcGIS read it, and the file itself is left byte for byte as it was. (GDAL >= 3.12
    reports a COG layout for a tiled GeoTIFF it has just written too; the same holds for those.)"""
    dataset = open_raster(path)
    if dataset.GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE") == "COG":
        return dataset
    dataset = None
    return open_raster(path, update=True)


def _category_names(names_by_value):
    """GDAL category names (index = value); QGIS labels a raster's own colour table with them."""
    names = [""] * (max(names_by_value) + 1)
    for value, name in names_by_value.items():
        names[value] = name
    return names


def _same_colours(band, table):
    """Whether `band` already has the colours of `table` (TIFF keeps no alpha: RGB is compared)."""
    current = band.GetColorTable()
    if current is None or current.GetCount() < table.GetCount():
        return False
    return all(current.GetColorEntry(i)[:3] == table.GetColorEntry(i)[:3] for i in range(table.GetCount()))


def embed_legend(target, kind=LANDCOVER, counts=None, translated=False, qml=True,
                 max_transitions=DEFAULT_MAX_TRANSITIONS):
    """Write the legend into band 1 of `target` (a path, opened for update, or an open gdal.Dataset):
    a colour table (Byte and UInt16 bands), category names and a raster attribute table; for a path,
    with `qml`, also the QGIS style beside it (`sidecar_style_path`), which QGIS loads as the layer's
    default style, plugin or not.

    Engines call it on their output after writing it, or on the source dataset before a CreateCopy
    (COG). In a GeoTIFF the colour table is in the file and the attribute table in `<file>.aux.xml`,
    as in the product's own files; an existing COG keeps everything in the `.aux.xml`
    (`_open_to_embed`). GDAL, QGIS (>= 3.30 reads the attribute table as its own) and ArcGIS pick
    them up. `counts` (value -> pixels) fills the count column; without it the band is
    counted once. The values are checked against `kind` (LANDCOVER, CHANGE or AUTO); returns
    (kind, counts).
    """
    dataset = target if isinstance(target, gdal.Dataset) else _open_to_embed(target)
    band = dataset.GetRasterBand(1)
    check_integer_band(dataset, band)
    if counts is None:
        counts = read_values(dataset, exact=True).counts
    sample = ValueSample(dict(counts), True, gdal.GetDataTypeName(band.DataType), display_name(dataset))
    kind = check_values(sample, kind)
    if kind == LANDCOVER:
        table, rat = color_table(), attribute_table(counts, translated)
        names = {c.code: (c.label if translated else c.name) for c in product.ALL_CLASSES}
    else:
        table, rat = change_color_table(change_entries(counts, None)), change_attribute_table(counts, translated)
        names = {rat.GetValueAsInt(r, 0): rat.GetValueAsString(r, 2) for r in range(rat.GetRowCount())}
    if band.DataType in (gdal.GDT_Byte, gdal.GDT_UInt16) and not _same_colours(band, table):
        band.SetColorTable(table)  # left alone when already there, so a product tile's own table stays
        band.SetColorInterpretation(gdal.GCI_PaletteIndex)
    band.SetCategoryNames(_category_names(names))
    band.SetDefaultRAT(rat)
    if not isinstance(target, gdal.Dataset):
        dataset.FlushCache()
        dataset = None
        pam.keep_attribute_table(target, rat)
        if qml:
            entries = (landcover_entries(translated=translated) if kind == LANDCOVER else
                       change_entries(counts, max_transitions, translated=translated))
            files.write_text(sidecar_style_path(target), qml_text(entries))
    return kind, counts
