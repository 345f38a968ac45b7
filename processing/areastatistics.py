"""clcplus:areastatistics - class areas of a CLCplus raster for an area or per polygon zone."""

from qgis.core import (QgsFeature, QgsField, QgsFields, QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterEnum, QgsProcessingParameterExtent,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterRasterLayer)

from .. import compat
from ..core import files, product, stats
from ..core.zones import CENTRE, EXACT
from . import aoi
from .aoi import crs_text
from .base import CLCplusAlgorithm, feedback_progress

UNIT_KEYS = ("m2", "ha", "km2")
RULE_KEYS = (CENTRE, EXACT)


class AreaStatisticsAlgorithm(CLCplusAlgorithm):
    NAME = "areastatistics"
    GROUP_ID = "statistics"

    INPUT = "INPUT"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    EXTENT = "EXTENT"
    UNIT = "UNIT"
    RULE = "RULE"
    OUTPUT = "OUTPUT"
    OUTPUT_ZONES = "OUTPUT_ZONES"
    OUTPUT_HTML = "OUTPUT_HTML"
    TOTAL_AREA = "TOTAL_LAND_COVER_AREA"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Class areas")

    def group(self):
        return self.tr("Statistics")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "Area of each CLCplus Backbone class in a raster (a tile, a mosaic, a VRT or a clip): for the "
            "whole raster, an extent, or each polygon of a zone layer.\n\n"
            "Pixel centre rule (default, as QGIS's zonal tools): a pixel counts for the zone that holds "
            "its centre. Exact rule: a boundary pixel counts by the fraction of it inside the polygon, "
            "so the class areas add up to the polygon's area.\n\n"
            "Percentages are of the land-cover area (classes 1-11); coastal seawater buffer (253), "
            "outside area (254) and no data (255) are reported beside the classes, never inside them. "
            "Overlapping zones each count their own pixels.\n\n"
            "Outputs: a long table (zone, class, pixels, area, % of land cover, % of zone), optionally "
            "the zones with one area field per class, and an HTML report with charts.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self._add(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("CLCplus Backbone raster")),
                  self.tr("A land-cover raster of the product: its codes, EPSG:3035 and 10 m pixels."))
        self._add(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (polygons)"), [compat.SOURCE_POLYGON], optional=True),
            self.tr("Polygons in any CRS; 'selected features only' is honoured. Without zones the whole "
                    "raster, or the extent below, is counted."))
        self._add(QgsProcessingParameterField(
            self.ZONE_FIELD, self.tr("Zone name field"), parentLayerParameterName=self.ZONES, optional=True),
            self.tr("Names the zones in the outputs; the feature id is the zone id."))
        self._add(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent (without zones)"), optional=True),
                  self.tr("Counts the pixels whose centre is inside this rectangle."))
        self._add(QgsProcessingParameterEnum(
            self.UNIT, self.tr("Area unit"), [self.tr("square metres"), self.tr("hectares"),
                                              self.tr("square kilometres")], defaultValue=1),
            self.tr("Unit of the area columns and of the total."))
        self._add(QgsProcessingParameterEnum(
            self.RULE, self.tr("Boundary pixels"), [self.tr("pixel centre"), self.tr("exact coverage")],
            defaultValue=0),
            self.tr("Pixel centre counts a pixel for the zone that holds its centre; exact coverage counts "
                    "the fraction of each boundary pixel inside the polygon."))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Class areas"), compat.SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ZONES, self.tr("Zones with class areas"), compat.SOURCE_POLYGON, optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_AREA, self.tr("Total land-cover area")))

    def _add(self, parameter, help_text):
        parameter.setHelp(help_text)
        self.addParameter(parameter)

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidRasterError(parameters, self.INPUT))
        unit = UNIT_KEYS[self.parameterAsEnum(parameters, self.UNIT, context)]
        rule = RULE_KEYS[self.parameterAsEnum(parameters, self.RULE, context)]
        source = self.parameterAsSource(parameters, self.ZONES, context)
        name_field = self.parameterAsString(parameters, self.ZONE_FIELD, context)
        zones, zone_features, extent = None, [], None
        if source is not None:
            zone_features, zones = aoi.read_zones(source, name_field, feedback)
        else:
            rectangle = self.parameterAsAreaExtent(parameters, self.EXTENT, context, layer.crs())
            if rectangle is not None:
                extent = (rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum())
        result = stats.class_areas(
            layer.source(), zones=zones, zones_crs=crs_text(source.sourceCrs()) if source else None,
            extent=extent, rule=rule, progress=feedback_progress(feedback))
        for warning in result.warnings:
            feedback.pushWarning(warning)

        outputs = {self.TOTAL_AREA: result.area(result.total().land_cover_pixels(), unit)}
        outputs[self.OUTPUT] = self._write_table(parameters, context, result, unit)
        if source is not None and self.OUTPUT_ZONES in parameters and parameters[self.OUTPUT_ZONES] is not None:
            outputs[self.OUTPUT_ZONES] = self._write_zones(parameters, context, source, zone_features,
                                                          result, unit)
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if html_path:
            files.write_text(html_path, stats.html_report(result, unit, source=layer.name()))
            outputs[self.OUTPUT_HTML] = html_path
        feedback.pushInfo(self.tr("Land-cover area: {:.2f} {}").format(
            outputs[self.TOTAL_AREA], stats.UNIT_LABELS[unit]))
        return outputs

    def _write_table(self, parameters, context, result, unit):
        fields = QgsFields()
        for name, kind in (("zone_id", compat.FIELD_INT64), ("zone_name", compat.FIELD_STRING),
                           ("code", compat.FIELD_INT), ("class_name", compat.FIELD_STRING),
                           ("pixels", compat.FIELD_DOUBLE), ("area", compat.FIELD_DOUBLE),
                           ("pct_land_cover", compat.FIELD_DOUBLE), ("pct_zone", compat.FIELD_DOUBLE)):
            fields.append(QgsField(name, kind))
        sink, dest = self.createSink(parameters, self.OUTPUT, context, fields)
        features = []
        for row in result.rows(unit):
            feature = QgsFeature(fields)
            feature.setAttributes([row[f.name()] for f in fields])
            features.append(feature)
        return self.writeFeatures(sink, dest, self.OUTPUT, features)

    def _write_zones(self, parameters, context, source, zone_features, result, unit):
        fields = QgsFields(source.fields())
        codes = product.ALL_CODES
        for code in codes:
            fields.append(QgsField(stats.field_name(code), compat.FIELD_DOUBLE))
        fields.append(QgsField("land_cover", compat.FIELD_DOUBLE))
        sink, dest = self.createSink(parameters, self.OUTPUT_ZONES, context, fields, source.wkbType(),
                                     source.sourceCrs())
        features = []
        for feature, zone in zip(zone_features, result.zones):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            areas = [result.area(zone.pixels[i], unit) for i in range(len(codes))]
            out.setAttributes(list(feature.attributes()) + areas + [result.area(zone.land_cover_pixels(), unit)])
            features.append(out)
        return self.writeFeatures(sink, dest, self.OUTPUT_ZONES, features)
