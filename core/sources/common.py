"""Steps several sources share: unpacking a tile from a zip, cutting a tile out of a larger
raster, turning pool outcomes into tile reports, and lon/lat boxes of tiles."""

import os
import threading

from osgeo import gdal, ogr, osr
from qgis.PyQt.QtCore import QCoreApplication

from .. import geotiff, grid, legend, product
from ..cache import VerificationError
from ..http import Canceled, HttpError
from . import archive
from .base import SourceError

gdal.UseExceptions()

TILE_NAME = "tile.tif"
SIDECAR_NAME = "tile.tif.aux.xml"


def _matches(name, year, layer, tile):
    parsed = product.parse_file_name(name)
    return parsed is not None and parsed.year == int(year) and parsed.layer.key == layer.key \
        and parsed.tile == str(tile)


def tile_chooser(year, layer, tile):
    """choose(info) for archive.extract: the tile's GeoTIFF and its .aux.xml, nothing else."""

    def choose(info):
        base = archive.entry_basename(info)
        if _matches(base, year, layer, tile):
            return TILE_NAME
        if base.lower().endswith(".tif.aux.xml") and _matches(base[:-len(".aux.xml")], year, layer, tile):
            return SIDECAR_NAME
        return None

    return choose


def unpack_tile(session, zip_path, tile):
    """(staged tile path, sidecars) from a per-tile zip; VerificationError if the tile is not in it."""
    folder = session.temp_path("{}-unzip".format(tile))
    os.makedirs(folder)
    options = session.options
    written = archive.extract(zip_path, folder, tile_chooser(session.year, session.layer, tile),
                              options.max_zip_member, options.max_zip_total, session.is_canceled)
    paths = {os.path.basename(p): p for p in written.values()}
    if TILE_NAME not in paths:
        raise VerificationError(QCoreApplication.translate("CLCplusFetch", "The zip holds no file {}").format(
            product.tile_file_name(session.year, tile, session.layer)))
    sidecars = {".aux.xml": paths[SIDECAR_NAME]} if SIDECAR_NAME in paths else None
    return paths[TILE_NAME], sidecars


def install_file(session, tile, path):
    """Install a downloaded file that is either the tile itself or a zip holding it."""
    if archive.is_zip(path):
        staged, sidecars = unpack_tile(session, path, tile)
        return session.install(tile, staged, sidecars)
    return session.install(tile, path)


def report(session, outcomes, tile_of=lambda item: item):
    """Report every failed pool outcome as a failure of its tile (or tiles)."""
    for outcome in outcomes:
        if outcome.error is None:
            continue
        tiles = tile_of(outcome.item)
        for tile in tiles if isinstance(tiles, (list, tuple)) else [tiles]:
            if not session.reported(tile):
                session.failed(tile, _describe(outcome.error))


def _describe(error):
    if isinstance(error, (Canceled, VerificationError, archive.UnsafeArchive, SourceError)):
        return error
    return error if str(error) else type(error).__name__


_RENEW_LOCK = threading.Lock()


def renewing(auth, new_token, work, statuses=(401,)):
    """work(), once more with a fresh bearer token if the service answered one of `statuses`: an
    order that waited past the token's hour must not fail for that. `auth` is the header dict the
    workers share; a second refusal propagates (the caller says what it means)."""
    used = auth.get("Authorization")
    try:
        return work()
    except HttpError as e:
        if e.status not in statuses:
            raise
    with _RENEW_LOCK:
        if auth.get("Authorization") == used:  # no other thread renewed it meanwhile
            auth.update(new_token())
    return work()


def lonlat_box(tiles, extent_of):
    """(west, south, east, north) in EPSG:4326 around the tiles' extents (edges densified)."""
    target = osr.SpatialReference()
    target.ImportFromEPSG(4326)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(grid.grid_spatial_reference(), target)
    envelope = None
    for tile in tiles:
        xmin, ymin, xmax, ymax = extent_of(tile)
        ring = ogr.CreateGeometryFromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
            xmin, ymin, xmax, ymax))
        ring.Segmentize(1000.0)
        ring.Transform(transform)
        e = ring.GetEnvelope()
        envelope = e if envelope is None else (min(envelope[0], e[0]), max(envelope[1], e[1]),
                                               min(envelope[2], e[2]), max(envelope[3], e[3]))
    west, east, south, north = envelope
    return (round(west, 6), round(south, 6), round(east, 6), round(north, 6))


def is_grid_aligned(dataset):
    """True if `dataset` is EPSG:3035 with 10 m pixels on the 10 m grid."""
    x0, dx, rx, y0, ry, dy = dataset.GetGeoTransform()
    size = product.PIXEL_SIZE_M
    return (abs(dx - size) < 1e-6 and abs(dy + size) < 1e-6 and not rx and not ry
            and abs(x0 / size - round(x0 / size)) < 1e-6 and abs(y0 / size - round(y0 / size)) < 1e-6)


def new_tile(path, extent, layer):
    """An empty GeoTIFF for one tile: tiled, LZW, EPSG:3035, the product's colours for land cover."""
    size = product.PIXEL_SIZE_M
    width = int(round((extent[2] - extent[0]) / size))
    height = int(round((extent[3] - extent[1]) / size))
    block = product.BLOCK_PIXELS if min(width, height) >= product.BLOCK_PIXELS else 256
    dataset = geotiff.create(path, width, height, gdal.GetDataTypeByName(layer.data_type),
                             (extent[0], size, 0, extent[3], 0, -size), grid.grid_spatial_reference(), block,
                             geotiff.compression_options("LZW"), layer.nodata)
    if layer.key == product.LAND_COVER.key:
        dataset.GetRasterBand(1).SetRasterColorTable(legend.color_table())
    return dataset
