"""clcplus:gridtiles - the 100 km grid tiles an area of interest needs, as an outline layer."""

from qgis.core import (QgsFeature, QgsField, QgsFields, QgsGeometry,
                       QgsCoordinateReferenceSystem, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterExtent,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterString, QgsRectangle)

from .. import compat
from ..core import product
from . import aoi
from .base import CLCplusAlgorithm


class GridTilesAlgorithm(CLCplusAlgorithm):
    NAME = "gridtiles"
    GROUP_ID = "tiles"

    EXTENT = "EXTENT"
    AOI = "AOI"
    TILE_IDS = "TILE_IDS"
    YEAR = "YEAR"
    OUTPUT = "OUTPUT"
    TILE_COUNT = "TILE_COUNT"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Grid tiles of an area")

    def group(self):
        return self.tr("Tiles")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "Lists the 100 km tiles of the EEA reference grid (EPSG:3035) that an area of interest "
            "really intersects - a polygon counts for a tile only where it shares area with it - "
            "with the official file name of each tile for the chosen reference year.\n\n"
            "Give the area as an extent, a layer (honouring 'selected features only') or typed "
            "tile ids such as E44N36; several are combined. Any CRS is accepted: edges are "
            "densified before they are transformed, so a latitude-longitude box becomes the "
            "curved shape it really is on the grid.\n\n"
            "Outputs: the tile outlines (a polygon layer), the number of tiles and their ids, "
            "ready for the next step of a model.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        parameters = [
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Area of interest (extent)"),
                                         optional=True),
            QgsProcessingParameterFeatureSource(self.AOI, self.tr("Area of interest (layer)"),
                                                [compat.SOURCE_ANY_GEOMETRY], optional=True),
            QgsProcessingParameterString(self.TILE_IDS, self.tr("Tile ids (e.g. E44N36, E45N36)"),
                                         optional=True),
        ]
        helps = [
            self.tr("A rectangle in any CRS."),
            self.tr("Points, lines or polygons in any CRS; with 'selected features only' just "
                    "the selection counts."),
            self.tr("Grid cell ids separated by commas or spaces, named by the lower-left corner "
                    "in units of 100 km: E44N36 is x 4400-4500 km, y 3600-3700 km."),
        ]
        for parameter, help_text in zip(parameters, helps):
            parameter.setHelp(help_text)
            self.addParameter(parameter)
        self.addYearParameter(self.YEAR, self.tr("Reference year"),
                              help_text=self.tr("Gives the file names of that year's tiles."))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Tile outlines"), compat.SOURCE_POLYGON))
        self.addOutput(QgsProcessingOutputNumber(self.TILE_COUNT, self.tr("Number of tiles")))
        self.addOutput(QgsProcessingOutputString(self.TILE_IDS, self.tr("Tile ids")))

    def process(self, parameters, context, feedback):
        year = self.parameterAsYear(parameters, self.YEAR, context)
        tiles = set()
        extent = self.parameterAsAreaExtent(parameters, self.EXTENT, context)
        if extent is not None:
            tiles |= aoi.tiles_for_extent(extent, self.parameterAsExtentCrs(parameters, self.EXTENT, context))
        source = self.parameterAsSource(parameters, self.AOI, context)
        if source is not None:
            tiles |= aoi.tiles_for_source(source, feedback)
        typed = self.parameterAsString(parameters, self.TILE_IDS, context)
        if typed.strip():
            tiles |= aoi.tiles_for_ids(typed)
        if not tiles:
            raise QgsProcessingException(self.tr(
                "Choose an area of interest: an extent, a layer or tile ids such as E44N36."))

        fields = QgsFields()
        fields.append(QgsField("tile_id", compat.FIELD_STRING))
        fields.append(QgsField("year", compat.FIELD_INT))
        fields.append(QgsField("file_name", compat.FIELD_STRING))
        for name in ("x_min", "y_min", "x_max", "y_max"):
            fields.append(QgsField(name, compat.FIELD_INT))
        sink, dest_id = self.createSink(parameters, self.OUTPUT, context, fields, compat.WKB_POLYGON,
                                        QgsCoordinateReferenceSystem(product.CRS_AUTHID))
        ordered = sorted(tiles)
        features = []
        for tile in ordered:
            xmin, ymin, xmax, ymax = tile.extent
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(xmin, ymin, xmax, ymax)))
            feature.setAttributes([str(tile), year, product.tile_file_name(year, tile),
                                   xmin, ymin, xmax, ymax])
            features.append(feature)
        self.writeFeatures(sink, dest_id, self.OUTPUT, features)
        feedback.pushInfo(self.tr("{} tile(s): {}").format(
            len(ordered), ", ".join(str(t) for t in ordered)))
        return {self.OUTPUT: dest_id, self.TILE_COUNT: len(ordered),
                self.TILE_IDS: ",".join(str(t) for t in ordered)}
