"""The fetch driver: cache first, then the source for what is missing; the AOI mosaic as a VRT.

`fetch_tiles(request, feedback)` is what the processing algorithm and the dock call. It blocks
until done and may be called from any thread: the network work always runs on QThreads of its
own (core/sources/pool.py) while the calling thread relays messages and progress to `feedback`
(a QgsFeedback or QgsProcessingFeedback; cancel it to stop within a second or two).
"""

import dataclasses
import math
import os

from osgeo import gdal
from qgis.PyQt.QtCore import QCoreApplication, QLocale

from .. import grid, product
from ..cache import CacheError, TileCache, VerificationError, check_georeference
from ..http import Canceled, HttpError
from . import archive
from .base import (CACHED, CANCELED, FAILED, IN_PLACE, UNAVAILABLE, FetchResult, FetchSession,
                   SourceError, TileOutcome)
from .clms_api import ClmsSource
from .common import is_grid_aligned
from .credentials import CredentialsError
from .imageserver import ImageServerSource
from .jwt import SigningError
from .mirror import MirrorSource
from . import years
from .pool import run_in_thread
from .wekeo import WekeoSource

gdal.UseExceptions()

SOURCES = {cls.KEY: cls for cls in (ImageServerSource, WekeoSource, ClmsSource, MirrorSource)}
SOURCE_KEYS = ("auto",) + tuple(SOURCES)
SOURCE_WIDE_ERRORS = (SourceError, HttpError, CredentialsError, SigningError, CacheError)

# What one source may send, generous: (largest download, largest zip entry; None: the options').
# A tile (land cover or confidence) is < 150 MB and a per-tile zip little more; an ImageServer
# window at most 2500 x 2500 one-byte pixels; a CLMS delivery may hold a whole area in one file.
MIB = 1 << 20
LIMITS = {
    ImageServerSource.KEY: (256 * MIB, None),
    WekeoSource.KEY: (1024 * MIB, archive.MAX_TILE_ENTRY),
    ClmsSource.KEY: (16 * 1024 * MIB, None),
    MirrorSource.KEY: (1024 * MIB, archive.MAX_TILE_ENTRY),
}


def limited(options, key):
    """`options` with the source's limits (never raised above what the caller set)."""
    download, entry = LIMITS.get(key, (None, None))
    changes = {}
    if download is not None and options.http.max_download > download:
        changes["http"] = dataclasses.replace(options.http, max_download=download)
    if entry is not None and options.max_zip_member > entry:
        changes["max_zip_member"] = entry
    return dataclasses.replace(options, **changes) if changes else options


def default_source(year):
    """The source 'auto' means for `year`: the anonymous ImageServer where it serves the year,
    WEkEO otherwise (core/sources/years.py; no request is made)."""
    return years.default_source(year)


def make_source(request):
    key = default_source(request.year) if request.source in ("", "auto") else request.source
    if key not in SOURCES:
        raise SourceError(QCoreApplication.translate(
            "CLCplusFetch", "Unknown source '{}'; choose one of {}").format(key, ", ".join(SOURCE_KEYS)))
    if key == MirrorSource.KEY:
        return MirrorSource(request.mirror)
    return SOURCES[key](request.service_url)


def fetch_tiles(request, feedback=None):
    """Put the request's tiles into the cache (or find them there); a FetchResult.

    Raises SourceError (and its kin: CredentialsError, SigningError, CacheError) when the source
    cannot be used at all - wrong credentials, licence not accepted, a service that answers
    nonsense; the message says what to do. Per-tile problems are in the result's outcomes.
    """
    product.reference_year(request.year)
    tiles = sorted(set(request.tiles))
    is_canceled = _canceled_check(feedback)
    if request.source == MirrorSource.KEY and MirrorSource(request.mirror).local_mosaic():
        source = make_source(request)
        _check_layer(source, request)
        return _use_mosaic(source.local_mosaic(), request, tiles)
    # The cache first: tiles there need no source, no credentials and no network (offline too).
    cache = TileCache(request.cache_dir, request.layout)
    outcomes, missing = _examine_cache(cache, request, tiles, is_canceled, feedback)
    if tiles and not missing:
        _info(feedback, QCoreApplication.translate(
            "CLCplusFetch", "All {} tile(s) are in the cache: no request made").format(len(tiles)))
        if feedback is not None:
            feedback.setProgress(100.0)
        key = default_source(request.year) if request.source in ("", "auto") else request.source
        return FetchResult(request.year, request.layer, key, [outcomes[t] for t in tiles], None)
    request = years.settle(request, feedback)  # a year newer than the product model: ask the sources
    source = make_source(request)
    _check_layer(source, request)
    request = dataclasses.replace(request, options=limited(request.options, source.KEY))
    source.prepare(request)
    result = FetchResult(request.year, request.layer, source.KEY, [], None)
    if missing:
        _info(feedback, QCoreApplication.translate("CLCplusFetch", "{} of {} tile(s) from {}: {}").format(
            len(missing), len(tiles), source.name(), ", ".join(str(t) for t in missing)))
        staging = cache.new_staging()
        session = FetchSession(request, cache, staging, is_canceled)
        for tile in outcomes:
            session.progress(tile, 1.0)
        session.cached_count = len(outcomes)
        error = None
        try:
            run_in_thread(lambda: source.fetch(session, missing), on_idle=lambda: _relay(session, feedback))
        except Canceled:
            pass
        except SOURCE_WIDE_ERRORS as e:
            error = e
        except Exception as e:  # noqa: BLE001 - a service answer the source did not expect
            error = SourceError(QCoreApplication.translate(
                "CLCplusFetch", "{} answered something unexpected ({}: {}); try again later or choose "
                "another source").format(source.name(), type(e).__name__, e))
            error.__cause__ = e
        finally:
            cache.remove_staging(staging)
            _relay(session, feedback)
        result.requests = session.requests_made
        done = session.outcomes()
        for tile in missing:
            outcome = done.get(tile)
            if outcome is None:
                status = CANCELED if is_canceled() else FAILED
                outcome = TileOutcome(tile, status, None, str(error) if error else QCoreApplication.translate(
                    "CLCplusFetch", "not fetched"))
            outcomes[tile] = outcome
        if error is not None:
            if isinstance(error, SourceError):
                raise error
            raise SourceError(str(error)) from error
    result.outcomes = [outcomes[t] for t in tiles]
    return result


def _check_layer(source, request):
    if request.layer not in source.layers(request.year):
        raise SourceError(QCoreApplication.translate("CLCplusFetch", "{} has no {} layer for {}").format(
            source.name(), request.layer.name.lower(), request.year))


def _examine_cache(cache, request, tiles, is_canceled, feedback):
    """({tile: CACHED outcome}, [missing tiles]); a damaged cached tile is removed and counted missing."""
    outcomes, missing = {}, []
    for tile in tiles:
        path, damage = (None, "") if request.options.refresh else cache.examine(
            request.year, request.layer, tile, is_canceled)
        if damage:
            _warn(feedback, QCoreApplication.translate(
                "CLCplusFetch", "{}; it was removed from the cache and is fetched again").format(damage))
        if path:
            outcomes[tile] = TileOutcome(tile, CACHED, path)
        else:
            missing.append(tile)
    return outcomes, missing


def _use_mosaic(path, request, tiles):
    """Tiles read in place from a local pan-European mosaic (after checking it)."""
    try:
        dataset = gdal.Open(path)
    except RuntimeError as e:
        raise SourceError(QCoreApplication.translate(
            "CLCplusFetch", "The mosaic {} cannot be opened: {}").format(path, e)) from None
    try:
        x0, dx, _rx, y0, _ry, dy = dataset.GetGeoTransform()
        box = (x0, y0 + dy * dataset.RasterYSize, x0 + dx * dataset.RasterXSize, y0)
        try:
            check_georeference(dataset, box, QCoreApplication.translate("CLCplusFetch", "The mosaic"))
        except VerificationError as e:
            raise SourceError(str(e)) from None
        if not is_grid_aligned(dataset):
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "The mosaic {} is not aligned on the 10 m grid").format(path))
        band_type = gdal.GetDataTypeName(dataset.GetRasterBand(1).DataType)
        if dataset.RasterCount != 1 or band_type != request.layer.data_type:
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "The mosaic {} is not a one-band {} raster").format(path, request.layer.data_type))
    finally:
        dataset = None
    outcomes = []
    for tile in tiles:
        extent = request.layout.extent(tile)
        if extent and extent[0] < box[2] and box[0] < extent[2] and extent[1] < box[3] and box[1] < extent[3]:
            outcomes.append(TileOutcome(tile, IN_PLACE, None))
        else:
            outcomes.append(TileOutcome(tile, UNAVAILABLE, None, QCoreApplication.translate(
                "CLCplusFetch", "outside the mosaic")))
    return FetchResult(request.year, request.layer, MirrorSource.KEY, outcomes, os.path.abspath(path))


def _canceled_check(feedback):
    if feedback is None:
        return lambda: False
    return feedback.isCanceled


def _info(feedback, message):
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(message)


def _warn(feedback, message):
    if feedback is not None and hasattr(feedback, "pushWarning"):
        feedback.pushWarning(message)
    else:
        _info(feedback, message)


def _relay(session, feedback):
    messages, fraction = session.drain()
    if feedback is None:
        return
    for kind, message in messages:
        if kind == "warning" and hasattr(feedback, "pushWarning"):
            feedback.pushWarning(message)
        elif hasattr(feedback, "pushInfo"):
            feedback.pushInfo(message)
    if fraction is not None:
        feedback.setProgress(100.0 * fraction)
    if hasattr(feedback, "setProgressText"):
        wanted = len(set(session.request.tiles))
        done = min(wanted, len(session.outcomes()) + session.cached_count)
        text = QCoreApplication.translate("CLCplusFetch", "{} of {} tile(s) done").format(done, wanted)
        counts = session.byte_counts()
        if counts:  # the downloads' own sizes: "12.3 of 48.0 MB", in the user's locale
            text += "; " + QCoreApplication.translate("CLCplusFetch", "{} of {} MB").format(
                *(QLocale().toString(n / 1e6, "f", 1) for n in counts))
        feedback.setProgressText(text)


# --- the AOI mosaic -------------------------------------------------------------------------

def aoi_bounds(geometries):
    """(xmin, ymin, xmax, ymax) in EPSG:3035 around [(OGR geometry or WKT, its CRS), ...],
    snapped outwards to the 10 m grid; None if none can be placed on the grid."""
    envelope = None
    for geometry, crs in geometries:
        try:
            xmin, xmax, ymin, ymax = grid.to_grid_crs(geometry, crs).GetEnvelope()
        except grid.GridError:
            continue
        envelope = (xmin, ymin, xmax, ymax) if envelope is None else (
            min(envelope[0], xmin), min(envelope[1], ymin), max(envelope[2], xmax), max(envelope[3], ymax))
    if envelope is None:
        return None
    size = product.PIXEL_SIZE_M
    return (math.floor(envelope[0] / size) * size, math.floor(envelope[1] / size) * size,
            math.ceil(envelope[2] / size) * size, math.ceil(envelope[3] / size) * size)


def write_vrt(result, destination, bounds=None, layout=None):
    """A VRT of the AOI onto the result's tiles (or its local mosaic): nothing copied.

    `bounds` (EPSG:3035, on the 10 m grid) limit it to the AOI; it never reaches beyond the tiles.
    Areas without a tile read as the layer's no-data value.
    """
    sources = [result.mosaic] if result.mosaic else result.paths
    if not sources:
        raise SourceError(QCoreApplication.translate(
            "CLCplusFetch", "No tile of the area of interest is available, so there is no mosaic to write"))
    extents = []
    for path in sources:
        dataset = gdal.Open(path)
        x0, dx, _rx, y0, _ry, dy = dataset.GetGeoTransform()
        extents.append((x0, y0 + dy * dataset.RasterYSize, x0 + dx * dataset.RasterXSize, y0))
        dataset = None
    if result.mosaic:
        tiles = [o.tile for o in result.outcomes if o.status == IN_PLACE]
        cells = [(layout.extent(t) if layout else t.extent) for t in tiles]
        cells = [c for c in cells if c]
        if cells:
            extents = [_intersection((min(c[0] for c in cells), min(c[1] for c in cells),
                                      max(c[2] for c in cells), max(c[3] for c in cells)), extents[0])]
    union = (min(e[0] for e in extents), min(e[1] for e in extents),
             max(e[2] for e in extents), max(e[3] for e in extents))
    box = _intersection(bounds, union) if bounds else union
    if box is None:
        raise SourceError(QCoreApplication.translate(
            "CLCplusFetch", "The area of interest does not overlap the available tiles"))
    return tile_mosaic_vrt(destination, sources, result.layer.nodata, box)


def tile_mosaic_vrt(destination, paths, nodata, bounds=None):
    """A VRT at `destination` over tiles on the product's grid (disjoint cells), limited to `bounds`
    (xmin, ymin, xmax, ymax) if given; cells without a tile read as `nodata`."""
    directory = os.path.dirname(os.path.abspath(destination))
    os.makedirs(directory, exist_ok=True)
    # Plain sources (srcNodata None) hand their blocks over as they are; sources with a nodata value
    # would be masked pixel by pixel, which reads 2.5 x slower. The cells never overlap.
    options = gdal.BuildVRTOptions(outputBounds=bounds, VRTNodata=nodata, srcNodata="None",
                                   xRes=product.PIXEL_SIZE_M, yRes=product.PIXEL_SIZE_M, resolution="user")
    dataset = gdal.BuildVRT(destination, [os.path.abspath(p) for p in paths], options=options)
    if dataset is None:
        raise SourceError(QCoreApplication.translate(
            "CLCplusFetch", "GDAL could not write the mosaic {}").format(destination))
    dataset.FlushCache()
    dataset = None
    return destination


def write_mosaic(result, destination, bounds=None, layout=None):
    """The AOI mosaic at `destination`: a VRT (.vrt, nothing copied) or, for a .tif/.tiff name, a
    GeoTIFF copy of that VRT (tiled, LZW) for those who want one file."""
    if destination.lower().endswith(".vrt"):
        return write_vrt(result, destination, bounds, layout)
    if not destination.lower().endswith((".tif", ".tiff")):
        raise SourceError(QCoreApplication.translate(
            "CLCplusFetch", "The mosaic is written as .vrt (a window onto the tiles) or .tif (a copy); "
            "not as {}").format(os.path.basename(destination)))
    vrt = "/vsimem/clcplus_mosaic_{}.vrt".format(id(result))
    try:
        write_vrt(result, vrt, bounds, layout)
        gdal.Translate(destination, vrt, format="GTiff", creationOptions=[
            "TILED=YES", "BLOCKXSIZE={}".format(product.BLOCK_PIXELS), "BLOCKYSIZE={}".format(product.BLOCK_PIXELS),
            "COMPRESS=LZW", "BIGTIFF=IF_SAFER"])
    finally:
        gdal.Unlink(vrt)
    return destination


def _intersection(a, b):
    box = (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))
    if box[2] <= box[0] or box[3] <= box[1]:
        return None
    return box
