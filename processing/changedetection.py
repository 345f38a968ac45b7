"""clcplus:changedetection - from->to change between two (or three) CLCplus rasters."""

import os

from qgis.core import (QgsFeature, QgsField, QgsFields, QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterEnum, QgsProcessingParameterExtent,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer)

from .. import compat
from ..core import change, files, geotiff, stats
from ..core.zones import CENTRE, EXACT
from . import aoi
from .aoi import crs_text
from .base import CLCplusAlgorithm, feedback_progress

UNIT_KEYS = ("m2", "ha", "km2")
RULE_KEYS = (CENTRE, EXACT)
MMU_UNIT_KEYS = change.MMU_UNITS
COMPRESSION_KEYS = ("LZW", "ZSTD")
CONNECTIVITY_KEYS = change.CONNECTIVITIES

MATRIX_FIELDS = (("from_code", compat.FIELD_INT), ("from_name", compat.FIELD_STRING),
                 ("to_code", compat.FIELD_INT), ("to_name", compat.FIELD_STRING), ("changed", compat.FIELD_INT),
                 ("pixels", compat.FIELD_DOUBLE), ("area", compat.FIELD_DOUBLE),
                 ("pct_of_from", compat.FIELD_DOUBLE), ("uncertain_pixels", compat.FIELD_DOUBLE),
                 ("uncertain_area", compat.FIELD_DOUBLE), ("below_mmu_pixels", compat.FIELD_DOUBLE))
ZONE_FIELDS = (("zone_id", compat.FIELD_INT64), ("zone_name", compat.FIELD_STRING)) + MATRIX_FIELDS
BALANCE_FIELDS = (("code", compat.FIELD_INT), ("class_name", compat.FIELD_STRING)) + tuple(
    (name, compat.FIELD_DOUBLE) for name in ("earlier", "later", "persistence", "gain", "loss", "net",
                                             "total_change", "swap", "uncertain_gain", "uncertain_loss"))


def _fields(spec):
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


class ChangeDetectionAlgorithm(CLCplusAlgorithm):
    NAME = "changedetection"
    GROUP_ID = "change"

    EARLIER = "EARLIER"
    LATER = "LATER"
    INTERMEDIATE = "INTERMEDIATE"
    EARLIER_YEAR = "EARLIER_YEAR"
    LATER_YEAR = "LATER_YEAR"
    INTERMEDIATE_YEAR = "INTERMEDIATE_YEAR"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    EXTENT = "EXTENT"
    RULE = "RULE"
    UNIT = "UNIT"
    MMU = "MMU"
    MMU_UNIT = "MMU_UNIT"
    CONNECTIVITY = "CONNECTIVITY"
    EARLIER_CONFIDENCE = "EARLIER_CONFIDENCE"
    LATER_CONFIDENCE = "LATER_CONFIDENCE"
    THRESHOLD = "CONFIDENCE_THRESHOLD"
    COMPRESSION = "COMPRESSION"
    OUTPUT_RASTER = "OUTPUT_RASTER"
    OUTPUT = "OUTPUT"
    OUTPUT_CSV = "OUTPUT_CSV"
    OUTPUT_BALANCE = "OUTPUT_BALANCE"
    OUTPUT_ZONES = "OUTPUT_ZONES"
    OUTPUT_TRAJECTORIES = "OUTPUT_TRAJECTORIES"
    OUTPUT_HTML = "OUTPUT_HTML"
    COMPARED_AREA = "COMPARED_AREA"
    CHANGED_AREA = "CHANGED_AREA"
    UNCERTAIN_AREA = "UNCERTAIN_AREA"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Change between years")

    def group(self):
        return self.tr("Change")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "Compares two CLCplus Backbone rasters of different reference years (e.g. 2018 and 2021) on "
            "their common window: the from → to matrix, a change raster, the gains and losses of each "
            "class and, with an intermediate year, the trajectories (2018 → 2021 → 2023).\n\n"
            "The rasters must be on the same 10 m EPSG:3035 grid (tiles, mosaics, VRTs or clips of the "
            "product); another CRS, pixel size or a shift of part of a pixel stops with a message naming "
            "it. Only pixels that are land cover (classes 1-11) in both years are compared; coastal "
            "seawater buffer, outside area and no data are reported apart. The years come from official "
            "file names, or from the year parameters.\n\n"
            "Change raster (UInt16): from × 100 + to where the class changed (705: low-growing woody "
            "plants → periodically herbaceous), 0 where it did not, 65535 where either year is not "
            "land cover; tiled, compressed, with overviews and the change legend.\n\n"
            "Minimum mapping unit: patches of change smaller than it (pixels touching by an edge and "
            "a corner, or by an edge only) count as no change. Confidence layers (RASCL): a change "
            "where either year's confidence is below the threshold is counted apart as uncertain "
            "change, not in the matrix.\n\n"
            "Balance per class (Pontius): gain, loss, net change = gain - loss, swap = 2 × min(gain, "
            "loss), persistence.\n\n"
            "No official change product exists: a from → to area is an estimate with map errors on "
            "both dates; the report lists the caveats of the years compared.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self._add_comparison_parameters()
        self._compression_and_outputs()

    def _add_comparison_parameters(self):
        """The inputs of a comparison (rasters, years, zones, MMU, confidence, unit), shared with
        clcplus:landaccounts (processing/landaccounts.py), whose tr() falls back to this class's texts."""
        self._add(QgsProcessingParameterRasterLayer(self.EARLIER, self.tr("Earlier CLCplus Backbone raster")),
                  self.tr("The land-cover raster of the earlier year (e.g. 2018)."))
        self._add(QgsProcessingParameterRasterLayer(self.LATER, self.tr("Later CLCplus Backbone raster")),
                  self.tr("The land-cover raster of the later year (e.g. 2023), on the same grid."))
        self._add(QgsProcessingParameterRasterLayer(
            self.INTERMEDIATE, self.tr("Intermediate raster (for trajectories)"), optional=True),
            self.tr("A raster of a year between the two (e.g. 2021): adds the trajectories earlier → "
                    "intermediate → later. The matrix still compares the earlier and the later raster."))
        for name, text in ((self.EARLIER_YEAR, self.tr("Year of the earlier raster")),
                           (self.LATER_YEAR, self.tr("Year of the later raster")),
                           (self.INTERMEDIATE_YEAR, self.tr("Year of the intermediate raster"))):
            self.addYearParameter(name, text, optional=True, help_text=self.tr(
                "Only where the file name is not an official one (a clip, a VRT): the year "
                "decides which caveats apply and labels the outputs."))
            definition = self.parameterDefinition(name)
            definition.setFlags(definition.flags() | compat.PARAMETER_ADVANCED)
        self._add(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (polygons)"), [compat.SOURCE_POLYGON], optional=True),
            self.tr("Polygons in any CRS; 'selected features only' is honoured. With zones the statistics "
                    "are per zone (and their sum); the change raster covers the rectangle around them."))
        self._add(QgsProcessingParameterField(
            self.ZONE_FIELD, self.tr("Zone name field"), parentLayerParameterName=self.ZONES, optional=True),
            self.tr("Names the zones in the outputs; the feature id is the zone id."))
        self._add(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent (without zones)"), optional=True),
                  self.tr("Compares the pixels whose centre is inside this rectangle."))
        self._add(QgsProcessingParameterEnum(
            self.RULE, self.tr("Boundary pixels of zones"), [self.tr("pixel centre"), self.tr("exact coverage")],
            defaultValue=0),
            self.tr("Pixel centre counts a pixel for the zone that holds its centre; exact coverage counts "
                    "the fraction of each boundary pixel inside the polygon."), advanced=True)
        self._add(QgsProcessingParameterEnum(
            self.UNIT, self.tr("Area unit"), [self.tr("square metres"), self.tr("hectares"),
                                              self.tr("square kilometres")], defaultValue=1),
            self.tr("Unit of the area columns, the CSV, the report and the totals."))
        self._add(QgsProcessingParameterNumber(
            self.MMU, self.tr("Minimum mapping unit of change (0: off)"), compat.NUMBER_DOUBLE, defaultValue=0,
            minValue=0),
            self.tr("Patches of change smaller than this are counted as no change (and are 0 in the change "
                    "raster). 0 keeps every changed pixel."))
        self._add(QgsProcessingParameterEnum(
            self.MMU_UNIT, self.tr("Unit of the minimum mapping unit"), [self.tr("pixels"), self.tr("hectares")],
            defaultValue=0),
            self.tr("A 10 m pixel is 0.01 ha: 0.5 ha is 50 pixels."))
        self._add(QgsProcessingParameterEnum(
            self.CONNECTIVITY, self.tr("Pixels that form a patch"),
            [self.tr("touching by an edge or a corner (8)"), self.tr("touching by an edge (4)")], defaultValue=0),
            self.tr("Which neighbours join a patch of change when the minimum mapping unit is applied."),
            advanced=True)
        self._add(QgsProcessingParameterRasterLayer(
            self.EARLIER_CONFIDENCE, self.tr("Confidence layer of the earlier year"), optional=True),
            self.tr("The product's confidence layer (RASCL, 0-100) of the earlier year, if it has one "
                    "(2018 has none)."))
        self._add(QgsProcessingParameterRasterLayer(
            self.LATER_CONFIDENCE, self.tr("Confidence layer of the later year"), optional=True),
            self.tr("The product's confidence layer (RASCL, 0-100) of the later year."))
        self._add(QgsProcessingParameterNumber(
            self.THRESHOLD, self.tr("Confidence threshold"), compat.NUMBER_INTEGER,
            defaultValue=change.DEFAULT_THRESHOLD, minValue=0, maxValue=100),
            self.tr("A change where a given confidence layer is below this value is uncertain: counted "
                    "apart, not in the matrix."))

    def _compression_and_outputs(self):
        self._add(QgsProcessingParameterEnum(
            self.COMPRESSION, self.tr("Compression of the change raster"),
            [self.tr("LZW (as the product; any GIS reads it)"), self.tr("ZSTD (faster to write; GDAL 2.3 or later)")],
            defaultValue=COMPRESSION_KEYS.index(geotiff.default_compression())),
            self.tr("LZW is read everywhere; ZSTD writes several times faster and is read by QGIS 3.4 or later "
                    "and other GDAL-based software."), advanced=True)
        self._add(QgsProcessingParameterRasterDestination(
            self.OUTPUT_RASTER, self.tr("Change raster"), optional=True, createByDefault=True),
            self.tr("GeoTIFF (.tif): from × 100 + to where the class changed, 0 where not, 65535 where "
                    "either year is not land cover."))
        self._add(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("From-to table"), compat.SOURCE_VECTOR),
            self.tr("One row per from → to pair: pixels, area, % of the from-class, uncertain change."))
        self._add(QgsProcessingParameterFileDestination(
            self.OUTPUT_CSV, self.tr("From-to matrix (CSV)"), self.tr("CSV files (*.csv)"), optional=True,
            createByDefault=False),
            self.tr("Rows: classes of the earlier year; columns: classes of the later year; areas."))
        self._add(QgsProcessingParameterFeatureSink(
            self.OUTPUT_BALANCE, self.tr("Balance per class"), compat.SOURCE_VECTOR, optional=True,
            createByDefault=True),
            self.tr("Per class: area in each year, persistence, gain, loss, net, total change, swap."))
        self._add(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ZONES, self.tr("From-to table per zone"), compat.SOURCE_VECTOR, optional=True,
            createByDefault=False),
            self.tr("With zones: the from → to table of each zone."))
        self._add(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TRAJECTORIES, self.tr("Trajectories"), compat.SOURCE_VECTOR, optional=True,
            createByDefault=False),
            self.tr("With an intermediate raster: every trajectory of land cover through the three years, "
                    "most frequent first."))
        self._add(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=False),
            self.tr("The matrix as a heat map, net change as bars, the balance, the largest changes and "
                    "the caveats."))
        self.addOutput(QgsProcessingOutputNumber(self.COMPARED_AREA, self.tr("Compared area")))
        self.addOutput(QgsProcessingOutputNumber(self.CHANGED_AREA, self.tr("Changed area")))
        self.addOutput(QgsProcessingOutputNumber(self.UNCERTAIN_AREA, self.tr("Uncertain change area")))

    def _add(self, parameter, help_text, advanced=False):
        parameter.setHelp(help_text)
        if advanced:
            parameter.setFlags(parameter.flags() | compat.PARAMETER_ADVANCED)
        self.addParameter(parameter)

    def _year(self, parameters, name, context):
        return self.parameterAsYear(parameters, name, context)

    def _raster(self, parameters, name, context, required=True):
        if not required and parameters.get(name) in (None, ""):
            return None
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None:
            raise QgsProcessingException(self.invalidRasterError(parameters, name))
        return layer

    def _compare(self, parameters, context, feedback, output=None, compress=None):
        """The comparison the parameters of _add_comparison_parameters ask for, its warnings pushed:
        (core.change.ChangeResult, the land-cover layers, the unit key, the zones or None)."""
        earlier = self._raster(parameters, self.EARLIER, context)
        later = self._raster(parameters, self.LATER, context)
        middle = self._raster(parameters, self.INTERMEDIATE, context, required=False)
        layers = [earlier] + ([middle] if middle else []) + [later]
        years = [self._year(parameters, self.EARLIER_YEAR, context)] + \
            ([self._year(parameters, self.INTERMEDIATE_YEAR, context)] if middle else []) + \
            [self._year(parameters, self.LATER_YEAR, context)]
        confidence = [self._raster(parameters, name, context, required=False)
                      for name in (self.EARLIER_CONFIDENCE, self.LATER_CONFIDENCE)]
        unit = UNIT_KEYS[self.parameterAsEnum(parameters, self.UNIT, context)]
        source = self.parameterAsSource(parameters, self.ZONES, context)
        zones, extent = None, None
        if source is not None:
            zones = aoi.read_zones(source, self.parameterAsString(parameters, self.ZONE_FIELD, context),
                                   feedback)[1]
        else:
            rectangle = self.parameterAsAreaExtent(parameters, self.EXTENT, context, earlier.crs())
            if rectangle is not None:
                extent = (rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum())
        result = change.change_detection(
            [layer.source() for layer in layers], years=years, zones=zones,
            zones_crs=crs_text(source.sourceCrs()) if source else None, extent=extent,
            rule=RULE_KEYS[self.parameterAsEnum(parameters, self.RULE, context)],
            mmu=self.parameterAsDouble(parameters, self.MMU, context),
            mmu_unit=MMU_UNIT_KEYS[self.parameterAsEnum(parameters, self.MMU_UNIT, context)],
            connectivity=CONNECTIVITY_KEYS[self.parameterAsEnum(parameters, self.CONNECTIVITY, context)],
            confidence=[c.source() if c else None for c in confidence],
            threshold=self.parameterAsInt(parameters, self.THRESHOLD, context),
            output=output, compress=compress, progress=feedback_progress(feedback))
        for warning in result.warnings:
            feedback.pushWarning(warning)
        return result, layers, unit, zones

    def process(self, parameters, context, feedback):
        raster_path = None
        if parameters.get(self.OUTPUT_RASTER) is not None:
            raster_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context) or None
        if raster_path and os.path.splitext(raster_path)[1].lower() not in (".tif", ".tiff"):
            raise QgsProcessingException(self.tr(
                "The change raster is written as GeoTIFF: give a file name ending in .tif"))
        result, layers, unit, zones = self._compare(
            parameters, context, feedback, output=raster_path,
            compress=COMPRESSION_KEYS[self.parameterAsEnum(parameters, self.COMPRESSION, context)])

        outputs = {self.COMPARED_AREA: result.area(result.compared_pixels(), unit),
                   self.CHANGED_AREA: result.area(result.changed_pixels(), unit),
                   self.UNCERTAIN_AREA: result.area(result.uncertain().sum(), unit)}
        if raster_path:
            outputs[self.OUTPUT_RASTER] = raster_path
            from .styling import style_output_on_load
            style_output_on_load(context, raster_path, "change")
        outputs[self.OUTPUT] = self._sink(parameters, context, self.OUTPUT, MATRIX_FIELDS, result.rows(unit))
        if self._wanted(parameters, self.OUTPUT_BALANCE):
            outputs[self.OUTPUT_BALANCE] = self._sink(parameters, context, self.OUTPUT_BALANCE, BALANCE_FIELDS,
                                                      result.balance(unit))
        if self._wanted(parameters, self.OUTPUT_ZONES):
            if zones is None:
                feedback.pushWarning(self.tr("The table per zone needs zones; it was not written."))
            else:
                outputs[self.OUTPUT_ZONES] = self._sink(parameters, context, self.OUTPUT_ZONES, ZONE_FIELDS,
                                                        result.zone_rows(unit))
        if self._wanted(parameters, self.OUTPUT_TRAJECTORIES):
            if result.trajectories is None:
                feedback.pushWarning(self.tr("Trajectories need an intermediate raster; they were not written."))
            else:
                outputs[self.OUTPUT_TRAJECTORIES] = self._trajectories(parameters, context, result, unit)
        csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context)
        if csv_path:
            outputs[self.OUTPUT_CSV] = result.write_csv(csv_path, unit)
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if html_path:
            files.write_text(html_path, change.html_report(result, unit,
                                                           source=" / ".join(layer.name() for layer in layers)))
            outputs[self.OUTPUT_HTML] = html_path
        feedback.pushInfo(self.tr("Changed: {:.2f} of {:.2f} {} compared").format(
            outputs[self.CHANGED_AREA], outputs[self.COMPARED_AREA], stats.UNIT_LABELS[unit]))
        return outputs

    @staticmethod
    def _wanted(parameters, name):
        return parameters.get(name) is not None

    def _sink(self, parameters, context, name, spec, rows):
        fields = _fields(spec)
        sink, dest = self.createSink(parameters, name, context, fields)
        features = []
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes([row[f.name()] for f in fields])
            features.append(feature)
        return self.writeFeatures(sink, dest, name, features)

    def _trajectories(self, parameters, context, result, unit):
        n = len(result.years)
        steps = ["earlier"] + ["intermediate"] * (n - 2) + ["later"]
        if n > 3:
            steps = ["year_{}".format(i + 1) for i in range(n)]
        spec = tuple((step + "_code", compat.FIELD_INT) for step in steps) + \
            tuple((step + "_name", compat.FIELD_STRING) for step in steps) + \
            (("trajectory", compat.FIELD_STRING), ("pixels", compat.FIELD_DOUBLE), ("area", compat.FIELD_DOUBLE),
             ("pct_land_cover", compat.FIELD_DOUBLE), ("changes", compat.FIELD_INT))
        rows = []
        for row in result.trajectory_rows(unit):
            values = {step + "_code": code for step, code in zip(steps, row["codes"])}
            values.update({step + "_name": name for step, name in zip(steps, row["names"])})
            values.update(trajectory=row["label"], pixels=row["pixels"], area=row["area"],
                          pct_land_cover=row["pct"], changes=row["changes"])
            rows.append(values)
        return self._sink(parameters, context, self.OUTPUT_TRAJECTORIES, spec, rows)
