"""The on-disk tile cache: verified tiles only, installed atomically.

Layout: <root>/[<layout folder>/]<year>/<layer key>/<official tile file name>, for instance
cache/2023/RAS/<the official name of the 2023 land-cover tile E44N36>. Work in progress lives in
<root>/.staging/<session>/ (same file system, so the final rename is atomic) and is removed when
the session ends, whatever happened.

A tile enters the cache only after `verify_tile` accepted it: GDAL opens it as a GeoTIFF, one band
of the layer's data type, EPSG:3035, 10 m pixels on the grid, exactly the expected extent, and
every value is a code of the product (land cover: that year's codes; confidence: 0-100 and the
outside value). Installing takes a per-tile lock file and looks again: a good tile another fetch
installed meanwhile is kept, and a good tile is replaced only when asked to (refresh) and only by
another verified one. So two fetches into one cache, even from two QGIS processes, cannot corrupt
it, and a failed or corrupt download never replaces a good cached tile.

A lookup notices a tile damaged after its install (cut short, written over) without decoding it,
from the record each install writes into <root>/.records (core/integrity.py), and removes it so
that it is fetched again; a damaged tile is never served.
"""

import functools
import json
import os
import re
import shutil
import uuid

import numpy as np
from osgeo import gdal, osr
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from . import blockindex, integrity, product
from .filelock import FileLock

gdal.UseExceptions()
osr.UseExceptions()

SETTINGS_CACHE_DIR = "clcplus_backbone/fetch/cache_dir"
STAGING = ".staging"
LOCK_SUFFIX = ".lock"
SIDECAR_SUFFIXES = (".aux.xml",)
# Where the sample generator's small tiles meet (sample/generate.py with size < 10 000).
SAMPLE_CENTRE = (4_500_000, 3_600_000)



class VerificationError(ValueError):
    """A file that is not the expected tile; the message says what is wrong."""


class CacheError(RuntimeError):
    """The cache folder cannot be used (locked, not writable, a tile open elsewhere)."""


class TileLayout:
    """Which part of its 100 km grid cell a tile file covers.

    The product's tiles cover the whole cell (10 000 x 10 000 pixels). The sample data and the
    tests use small tiles: `size_px` x `size_px` windows in the cells' corners nearest
    SAMPLE_CENTRE, so that the verification can still demand an exact extent.
    """

    def __init__(self, size_px=product.TILE_PIXELS, centre=SAMPLE_CENTRE):
        self.size_px = int(size_px)
        if not 0 < self.size_px <= product.TILE_PIXELS:
            raise ValueError("a tile is 1 to {} pixels wide, not {}".format(product.TILE_PIXELS, size_px))
        self.centre = centre

    @property
    def full(self):
        return self.size_px == product.TILE_PIXELS

    @property
    def folder(self):
        """Sub-folder of the cache for this layout: none for the product's own tiles."""
        return "" if self.full else "sample{}".format(self.size_px)

    def extent(self, tile):
        """(xmin, ymin, xmax, ymax) of `tile` in EPSG:3035: the whole cell, or for small tiles the
        size x size window in the cell's corner nearest SAMPLE_CENTRE (as sample/generate.py
        writes them)."""
        cell = tile.extent
        if self.full:
            return cell
        span = self.size_px * product.PIXEL_SIZE_M

        def place(low, high, centre):
            if high <= centre:
                return high - span
            if low >= centre:
                return low
            start = centre - span // 2
            start -= start % product.PIXEL_SIZE_M
            return min(max(start, low), high - span)

        x = place(cell[0], cell[2], self.centre[0])
        y = place(cell[1], cell[3], self.centre[1])
        return (x, y, x + span, y + span)

    def __eq__(self, other):
        return isinstance(other, TileLayout) and (self.size_px, self.centre) == (other.size_px, other.centre)

    def __hash__(self):
        return hash((self.size_px, self.centre))

    def __repr__(self):
        return "TileLayout({})".format(self.size_px)


FULL_TILES = TileLayout()


def allowed_values(year, layer):
    """The values a tile of `layer` in `year` may hold."""
    if layer.key == product.LAND_COVER.key:
        return set(product.reference_year(year).codes)
    low, high = layer.valid_range
    return set(range(low, high + 1)) | {layer.nodata}


@functools.lru_cache(maxsize=1)
def _east_north_definition():
    """PROJJSON of EPSG:3035 with easting, northing axes and no identifier (as GeoTIFF keys and
    ESRI WKT describe it; the EPSG database orders its axes northing, easting)."""
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(product.CRS_EPSG)
    definition = json.loads(reference.ExportToPROJJSON())
    definition.pop("id", None)
    axes = definition["coordinate_system"]["axis"]
    definition["coordinate_system"]["axis"] = sorted(axes, key=lambda axis: axis.get("direction") != "east")
    return json.dumps(definition)


def _grid_references():
    """EPSG:3035 as the EPSG database defines it, and the same with easting, northing axes."""
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(product.CRS_EPSG)
    east_north = osr.SpatialReference()
    east_north.SetFromUserInput(_east_north_definition())
    return reference, east_north


def is_grid_crs(srs):
    """True if `srs` is EPSG:3035 by what it is, not by its label: an EPSG:3035 code, a CRS GDAL
    identifies as EPSG:3035 with full confidence, or one equivalent to EPSG:3035's definition
    whatever its names, identifiers and axis order (an ESRI WKT such as ArcGIS writes,
    PROJCS["ETRS_1989_LAEA",...], carries no EPSG code). A LAEA with another centre, another
    datum or another unit is not."""
    if srs is None:
        return False
    if srs.GetAuthorityName(None) == "EPSG" and srs.GetAuthorityCode(None) == str(product.CRS_EPSG):
        return True
    try:
        matches = srs.FindMatches()
    except RuntimeError:
        matches = []
    for match, confidence in matches or []:
        if confidence == 100 and match.GetAuthorityName(None) == "EPSG" \
                and match.GetAuthorityCode(None) == str(product.CRS_EPSG):
            return True
    options = ["IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", "CRITERION=EQUIVALENT"]
    try:
        return any(srs.IsSame(reference, options) for reference in _grid_references())
    except RuntimeError:
        return False


def _crs_name(srs):
    """How a refusal names a CRS: its EPSG code, or its name with the EPSG code GDAL identifies
    or else its definition (a name alone can mislead: GDAL names every ESRI "ETRS_1989_LAEA"
    "ETRS89-extended / LAEA Europe", even one with another centre)."""
    if srs is None:
        return QCoreApplication.translate("CLCplusFetch", "none")
    code = srs.GetAuthorityCode(None)
    if code:
        return "{}:{}".format(srs.GetAuthorityName(None), code)
    name = srs.GetName() or QCoreApplication.translate("CLCplusFetch", "unknown")
    try:
        identified = [m for m, confidence in srs.FindMatches() or [] if confidence == 100 and m.GetAuthorityCode(None)]
        definition = "{}:{}".format(identified[0].GetAuthorityName(None), identified[0].GetAuthorityCode(None)) \
            if identified else srs.ExportToProj4().strip()
    except RuntimeError:
        definition = ""
    return '"{}" ({})'.format(name, definition) if definition else '"{}"'.format(name)


class _NoPam:
    """Reading a tile must not write .aux.xml files (statistics) beside it."""

    def __enter__(self):
        self.old = gdal.GetThreadLocalConfigOption("GDAL_PAM_ENABLED", None)
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO")

    def __exit__(self, *exc):
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", self.old)


def check_georeference(dataset, extent, what):
    """VerificationError unless `dataset` is EPSG:3035 at 10 m exactly covering `extent`."""
    srs = dataset.GetSpatialRef()
    if not is_grid_crs(srs):
        raise VerificationError(QCoreApplication.translate(
            "CLCplusFetch", "{} is in {}, not EPSG:3035").format(what, _crs_name(srs)))
    x0, dx, rx, y0, ry, dy = dataset.GetGeoTransform()
    size = product.PIXEL_SIZE_M
    if abs(dx - size) > 1e-6 or abs(dy + size) > 1e-6 or rx or ry:
        raise VerificationError(QCoreApplication.translate(
            "CLCplusFetch", "{} has pixels of {:g} x {:g} m, not {} m").format(what, dx, -dy, size))
    got = (x0, y0 + dy * dataset.RasterYSize, x0 + dx * dataset.RasterXSize, y0)
    if any(abs(a - b) > 1e-3 for a, b in zip(got, extent)):
        raise VerificationError(QCoreApplication.translate(
            "CLCplusFetch", "{} covers x {:.0f}–{:.0f}, y {:.0f}–{:.0f}, not the expected "
                                    "x {:.0f}–{:.0f}, y {:.0f}–{:.0f}").format(
            what, got[0], got[2], got[1], got[3], extent[0], extent[2], extent[1], extent[3]))


def verify_tile(path, year, layer, tile, layout=FULL_TILES, check_values=True, cells=None):
    """Nothing if `path` is a good tile of `layer`/`year`/`tile`; VerificationError saying why not.

    With check_values every pixel is read once (by strips of blocks, counted with numpy) and every
    overview is decoded; `cells` (a blockindex.Builder) then also gets the counts of each cell.
    """
    extent = layout.extent(tile)
    what = QCoreApplication.translate("CLCplusFetch", "The tile {}").format(tile)
    with _NoPam():
        try:
            dataset = gdal.Open(path)
        except RuntimeError as e:
            raise VerificationError(integrity.unreadable_message(path, what, e)) from None
        try:
            driver = dataset.GetDriver().ShortName
            if driver not in ("GTiff", "COG"):
                raise VerificationError(QCoreApplication.translate(
                    "CLCplusFetch", "{} is a {} file, not a GeoTIFF").format(what, driver))
            if dataset.RasterCount != 1:
                raise VerificationError(QCoreApplication.translate(
                    "CLCplusFetch", "{} has {} bands, not 1").format(what, dataset.RasterCount))
            band = dataset.GetRasterBand(1)
            type_name = gdal.GetDataTypeName(band.DataType)
            if type_name != layer.data_type:
                raise VerificationError(QCoreApplication.translate(
                    "CLCplusFetch", "{} holds {} values, not {}").format(what, type_name, layer.data_type))
            check_georeference(dataset, extent, what)
            _check_blocks_in_file(path, band, what)
            if check_values:
                _check_values(band, allowed_values(year, layer), what, dataset.RasterXSize * dataset.RasterYSize,
                              cells)
        except RuntimeError as e:  # GDAL meeting a damaged file anywhere past the header
            raise VerificationError(QCoreApplication.translate(
                "CLCplusFetch", "{} is damaged: {}").format(what, gdal_reason(e))) from None
        finally:
            dataset = None


def gdal_reason(error):
    """GDAL's message without the folders of the files it names: a downloaded tile is checked in a
    staging folder that is gone by the time the user reads the message."""
    return re.sub(r"(?:/[^/\s:'`\"]+)+/([^/\s:'`\"]+)", r"\1", str(error)).strip()


def _check_blocks_in_file(path, band, what):
    """VerificationError if a block of the tile or of an overview lies beyond the end of the
    file (a truncated download whose first part happens to hold the full-resolution data)."""
    size = os.path.getsize(path)
    for level in [band] + [band.GetOverview(i) for i in range(band.GetOverviewCount())]:
        bx, by = level.GetBlockSize()
        for row in range((level.YSize + by - 1) // by):
            for col in range((level.XSize + bx - 1) // bx):
                offset = level.GetMetadataItem("BLOCK_OFFSET_{}_{}".format(col, row), "TIFF")
                length = level.GetMetadataItem("BLOCK_SIZE_{}_{}".format(col, row), "TIFF")
                if offset and length and int(offset) + int(length) > size:
                    raise VerificationError(QCoreApplication.translate(
                        "CLCplusFetch", "{} is truncated: {} bytes where its blocks need {}").format(
                        what, size, int(offset) + int(length)))


def _check_values(band, allowed, what, pixels, cells=None):
    """Every pixel read once, by strips of whole blocks, counted with np.bincount (no-data too:
    GDAL's own histogram would skip it)."""
    if gdal.GetDataTypeName(band.DataType) != "Byte":
        raise VerificationError(QCoreApplication.translate(
            "CLCplusFetch", "{}: only 8-bit layers are checked").format(what))
    width, height = band.XSize, band.YSize
    _bx, by = band.GetBlockSize()
    rows = by if by > 1 else 256
    counts = np.zeros(256, dtype=np.int64)
    if cells is not None:
        cells.start(width, height)
    try:
        for y in range(0, height, rows):
            data = band.ReadAsArray(0, y, width, min(rows, height - y))
            if cells is not None:  # the index's counts hold the tile's: no second count
                cells.add(y, data)
            else:
                counts += np.bincount(data.ravel(), minlength=256)
        if cells is not None:
            counts = cells.totals()
    except RuntimeError as e:
        raise VerificationError(QCoreApplication.translate(
            "CLCplusFetch", "{} is damaged: {}").format(what, gdal_reason(e))) from None
    if int(counts.sum()) != pixels:
        raise VerificationError(QCoreApplication.translate(
            "CLCplusFetch", "{} could not be read whole ({} of {} pixels)").format(
            what, int(counts.sum()), pixels))
    for i in range(band.GetOverviewCount()):  # a damaged overview would show when zoomed out
        overview = band.GetOverview(i)
        try:
            overview.ReadRaster(0, 0, overview.XSize, overview.YSize)
        except RuntimeError as e:
            raise VerificationError(QCoreApplication.translate(
                "CLCplusFetch", "{} has a damaged overview: {}").format(what, e)) from None
    bad = [value for value in np.flatnonzero(counts).tolist() if value not in allowed]
    if bad:
        raise VerificationError(QCoreApplication.translate(
            "CLCplusFetch", "{} holds values that are not codes of this layer: {}").format(
            what, ", ".join(str(v) for v in bad[:10])))


def _tile_lock(path, is_canceled=None, timeout=60.0):
    """The lock of one tile (core/filelock.py: it names its owner, and one of a dead process is
    taken over at once); CacheError while a living owner holds it."""
    return FileLock(path, timeout=timeout, is_canceled=is_canceled, error=CacheError,
                    what=os.path.basename(path)[:-len(LOCK_SUFFIX)])


def _remove(path):
    try:
        os.remove(path)
    except OSError:
        pass


class TileCache:
    def __init__(self, root, layout=FULL_TILES):
        self.root = os.path.abspath(os.path.expanduser(root))
        self.layout = layout

    def tile_path(self, year, layer, tile):
        parts = [self.root]
        if self.layout.folder:
            parts.append(self.layout.folder)
        parts += [str(year), layer.key, product.tile_file_name(year, tile, layer)]
        return os.path.join(*parts)

    def lookup(self, year, layer, tile):
        """The cached tile's path if it is there and sound, else None (see examine)."""
        return self.examine(year, layer, tile)[0]

    def examine(self, year, layer, tile, is_canceled=None, _locked=False):
        """(path, "") for a sound cached tile; (None, why) for a damaged one, which is removed so
        that it is fetched again; (None, "") if there is none. Cheap (core/integrity.py): the
        header, the block layout and the record of its install; the file is read whole only if
        it changed since, and decoded only if it was never recorded."""
        path = self.tile_path(year, layer, tile)
        if not os.path.isfile(path):
            return None, ""
        what = QCoreApplication.translate("CLCplusFetch", "The cached tile {}").format(tile)
        cells = blockindex.Builder()  # filled only if the tile is decoded (one without a record)
        finding = integrity.check(self.root, path, lambda p, full: verify_tile(
            p, year, layer, tile, self.layout, check_values=full, cells=cells if full else None), what)
        if not finding.problem:
            blockindex.adopt(self.root, path, cells)
            return path, ""
        if _locked:
            integrity.discard(self.root, path, finding.stat)
        else:
            with _tile_lock(path + LOCK_SUFFIX, is_canceled):
                integrity.discard(self.root, path, finding.stat)
        if not os.path.exists(path):
            blockindex.remove(self.root, path)
        return None, finding.problem

    def verify_cached(self, year, layer, tile):
        """The full verification of a cached tile (every pixel, and its SHA-256 against the record
        of its install): "" if sound, else why not (the file is left where it is)."""
        path = self.tile_path(year, layer, tile)
        what = QCoreApplication.translate("CLCplusFetch", "The cached tile {}").format(tile)
        cells = blockindex.Builder()
        problem = integrity.full_check(self.root, path, lambda p, full: verify_tile(
            p, year, layer, tile, self.layout, check_values=full, cells=cells), what).problem
        if not problem:
            blockindex.adopt(self.root, path, cells)
        return problem

    def new_staging(self):
        """A fresh private folder for one fetch session's work in progress."""
        path = os.path.join(self.root, STAGING, uuid.uuid4().hex)
        try:
            os.makedirs(path)
        except OSError as e:
            raise CacheError(QCoreApplication.translate(
                "CLCplusFetch", "Cannot write into the cache folder {}: {}").format(self.root, e)) from None
        return path

    def remove_staging(self, path):
        shutil.rmtree(path, ignore_errors=True)
        try:
            os.rmdir(os.path.join(self.root, STAGING))  # only if no other session uses it
        except OSError:
            pass

    def install(self, staged, year, layer, tile, sidecars=None, replace=False, is_canceled=None):
        """Verify `staged` and move it into place; (final path, True if this call installed it).

        `sidecars` maps a suffix ('.aux.xml') to a staged file to install beside the tile. With
        replace=False a good tile already in place is kept (and `staged` left for cleanup).
        """
        cells = blockindex.Builder()
        verify_tile(staged, year, layer, tile, self.layout, cells=cells)
        digest = integrity.fingerprint(staged)
        final = self.tile_path(year, layer, tile)
        os.makedirs(os.path.dirname(final), exist_ok=True)
        with _tile_lock(final + LOCK_SUFFIX, is_canceled=is_canceled):
            if not replace and self.examine(year, layer, tile, _locked=True)[0]:
                return final, False
            try:
                for suffix in SIDECAR_SUFFIXES:
                    source = (sidecars or {}).get(suffix)
                    if source:
                        os.replace(source, final + suffix)
                    else:
                        _remove(final + suffix)  # a stale sidecar would describe another file
                integrity.remove_record(self.root, final)  # no record rather than a wrong one
                blockindex.remove(self.root, final)
                os.replace(staged, final)
                if integrity.write_record(self.root, final, digest):
                    blockindex.write(self.root, final, cells, digest)
            except OSError as e:
                raise CacheError(QCoreApplication.translate(
                    "CLCplusFetch", "Cannot put the tile {} into the cache ({}); if it is open in "
                                     "QGIS, remove its layer and try again").format(tile, e)) from None
        return final, True


def default_cache_dir():
    """The cache folder used last time, or <QGIS profile>/clcplus_backbone/cache."""
    remembered = QgsSettings().value(SETTINGS_CACHE_DIR, "", type=str)
    if remembered:
        return remembered
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "clcplus_backbone", "cache")


def remember_cache_dir(path):
    QgsSettings().setValue(SETTINGS_CACHE_DIR, os.path.abspath(path))
