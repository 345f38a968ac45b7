"""Areas of interest from Processing parameters (extent, layer, typed tile ids) as grid tiles."""

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..core import grid, product
from ..core.blocks import Canceled


def crs_text(crs):
    """A CRS as text GDAL understands: its authority id, or WKT for a custom CRS."""
    if crs.authid():
        return crs.authid()
    return crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED)


def tiles_for_extent(rectangle, crs):
    try:
        return set(grid.tiles_for_extent(rectangle.xMinimum(), rectangle.yMinimum(),
                                     rectangle.xMaximum(), rectangle.yMaximum(), crs_text(crs)))
    except grid.GridError as e:
        raise QgsProcessingException(str(e)) from None


def tiles_for_source(source, feedback):
    """The tiles the features of `source` intersect (each feature on its own: no union needed).

    Features outside the grid are reported and skipped; nothing inside is an error.
    """
    crs = crs_text(source.sourceCrs())
    tiles, outside, overseas = set(), 0, set()
    total = source.featureCount() or 1
    for i, feature in enumerate(source.getFeatures()):
        if feedback.isCanceled():
            raise Canceled()
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        try:
            found, departments = grid.tiles_and_departments(_wkt(geometry), crs)
            tiles.update(found)
            overseas.update(departments)
        except grid.OverseasError as e:  # in French overseas departments, not on the grid
            overseas.update(e.departments)
        except grid.GridError:
            outside += 1
        feedback.setProgress(100.0 * (i + 1) / total)
    if outside:
        feedback.pushWarning(QCoreApplication.translate(
            "CLCplusProcessing", "{} feature(s) lie outside the CLCplus Backbone grid ({}) and "
                                "were skipped").format(outside, grid.RANGE_TEXT))
    overseas = [d for d in product.OVERSEAS_DEPARTMENTS if d in overseas]
    if overseas and not tiles:
        raise QgsProcessingException(grid.overseas_message(overseas))
    if overseas:
        feedback.pushWarning(grid.overseas_message(overseas, partly=True))
    if not tiles:
        raise QgsProcessingException(QCoreApplication.translate(
            "CLCplusProcessing",
            "No feature of the area-of-interest layer overlaps the CLCplus Backbone grid ({}); "
            "check the layer's coordinate reference system").format(grid.RANGE_TEXT))
    return tiles


def tiles_for_ids(text):
    try:
        return set(grid.parse_tile_ids(text))
    except grid.GridError as e:
        raise QgsProcessingException(str(e)) from None


def _wkt(geometry: QgsGeometry):
    if not geometry.isGeosValid():
        geometry = geometry.makeValid()
    return geometry.asWkt()


def read_zones(source, name_field, feedback):
    """The polygons of a zone layer as (features, [(id, name, WKT)]) for the engine; Canceled if canceled.

    The feature id is the zone id; `name_field` (optional) names the zones.
    """
    features = []
    for feature in source.getFeatures():
        if feedback.isCanceled():
            raise Canceled()
        if feature.hasGeometry():
            features.append(feature)
    if not features:
        raise QgsProcessingException(QCoreApplication.translate(
            "CLCplusProcessing", "The zone layer has no polygon; choose a layer with polygons or leave it empty."))
    zones = [(f.id(), str(f[name_field]) if name_field and f[name_field] is not None else "", f.geometry().asWkt())
             for f in features]
    return features, zones
