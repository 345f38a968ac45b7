"""What every CLCplus algorithm shares: translation, icon, instance creation, help, and how a run
ends when something goes wrong.

A run never ends in a Python traceback, and never reports success for something that failed:
processAlgorithm() runs the subclass's process() and turns a cancel, a raster that cannot be read
(a damaged tile) and an output that cannot be written into a QgsProcessingException that names the
file and says what to do. Outputs are checked before the work starts (checkOutput, createSink), so
a folder that does not exist or is read-only fails at once, not after an hour of counting; every
feature written to a table is checked (writeFeatures).
"""

import configparser
import os
import traceback

from qgis.core import (QgsProcessing, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingOutputLayerDefinition, QgsProcessingParameterNumber, QgsProperty)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import compat
from ..core import product
from ..core.blocks import Canceled, Progress, RasterError, ReadError, WriteError, gdal_failed_file
from ..core.http import Canceled as DownloadCanceled

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
ICON_PATH = os.path.join(PLUGIN_DIR, "resources", "icons", "clcplus.svg")


def _metadata(key):
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return parser.get("general", key, fallback="")


HELP_URL = _metadata("homepage")


def feedback_progress(feedback):
    """The core's view of a QgsProcessingFeedback: progress in percent and cancel."""
    return Progress(feedback.setProgress, feedback.isCanceled)


# --- What went wrong, in words that say what to do ---------------------------------------------

def canceled_error():
    """What every algorithm raises when the user cancels: a cancel is never a success."""
    return QgsProcessingException(QCoreApplication.translate("CLCplusProcessing", "Canceled"))


def in_tile_cache(path):
    """Is `path` a tile of the plugin's tile cache (<cache>/[sample<n>/]<year>/<layer>/<official name>)?"""
    parsed = product.parse_file_name(path)
    if parsed is None or parsed.tile is None:
        return False
    folder = os.path.dirname(os.path.abspath(path))
    return os.path.basename(folder) == parsed.layer.key and \
        os.path.basename(os.path.dirname(folder)) == str(parsed.year)


def unreadable_message(path, detail):
    """A raster GDAL cannot decode: in the tile cache, fetch it again; elsewhere, check or replace it."""
    detail = str(detail).strip()
    if detail.startswith(path + ", "):  # GDAL's "<file>, band 1: IReadBlock failed ..."
        detail = detail[len(path) + 2:]
    detail = detail.rstrip(".")
    if in_tile_cache(path):
        return QCoreApplication.translate(
            "CLCplusProcessing",
            "The tile {} in the tile cache is damaged or incomplete ({}). Fetch it again with "
            "clcplus:fetchtiles (Fetch tiles of an area), which notices the damage and downloads the tile "
            "anew; if this message comes back, tick 'Download again even if cached' there.").format(path, detail)
    return QCoreApplication.translate(
        "CLCplusProcessing",
        "Cannot read the raster {}: it is damaged or incomplete ({}). Check the file (for instance with "
        "gdalinfo -checksum) and replace it with a good copy.").format(path, detail)


def output_problem(path):
    """Why `path` cannot be written, or '' when it can: its folder must exist, be a folder and be
    writable; an existing file must be writable."""
    path = os.path.abspath(path)
    folder = os.path.dirname(path)
    if os.path.isdir(path):
        return QCoreApplication.translate("CLCplusProcessing", "{} is a folder: give a file name").format(path)
    existing = folder
    while not os.path.exists(existing) and os.path.dirname(existing) != existing:
        existing = os.path.dirname(existing)
    if not os.path.isdir(existing):
        return QCoreApplication.translate(
            "CLCplusProcessing", "Cannot write {}: {} is a file, not a folder; choose another folder").format(
                path, existing)
    if existing != folder:
        return QCoreApplication.translate(
            "CLCplusProcessing", "Cannot write {}: the folder {} does not exist; create it, or choose a folder "
                                 "that exists").format(path, folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        return QCoreApplication.translate(
            "CLCplusProcessing", "Cannot write {}: the folder {} is read-only; choose a folder you can "
                                 "write to").format(path, folder)
    if os.path.exists(path) and not os.access(path, os.W_OK):
        return QCoreApplication.translate(
            "CLCplusProcessing", "Cannot write {}: the file is read-only; choose another file name, or make "
                                 "it writable").format(path)
    return ""


def write_failed_message(path, detail):
    return QCoreApplication.translate(
        "CLCplusProcessing", "Could not write {} ({}); choose a folder you can write to, with enough free "
                             "space").format(path, detail)


class CLCplusAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, GROUP_ID and implement displayName(), group(), the parameters and
    process() (called by processAlgorithm()); they stay thin: parameters in, a core/ call, outputs out."""

    NAME = ""
    GROUP_ID = ""

    def tr(self, text):
        # pylupdate5 files self.tr() strings under the class that calls it.
        return QCoreApplication.translate(type(self).__name__, text)

    def name(self):
        return self.NAME

    def groupId(self):  # noqa: N802 - QGIS API
        return self.GROUP_ID

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):  # noqa: N802 - QGIS API
        return ICON_PATH

    def helpUrl(self):  # noqa: N802 - QGIS API
        return HELP_URL

    def addYearParameter(self, name, description, default=None, help_text="", optional=False):  # noqa: N802
        """A reference year as the year itself (2023; '2023' as the earlier choice list gave it
        works too), so that qgis_process, batch and models can say YEAR=2023, and a year the
        services publish after this plugin (2025, ...) can be asked for: parameterAsYear checks it
        against the product model's rule, the fetch against what the source offers."""
        parameter = QgsProcessingParameterNumber(
            name, description, compat.NUMBER_INTEGER,
            None if optional else int(default or product.YEARS[-1]), optional, product.YEARS[0])
        parameter.setHelp("{} {}".format(help_text, QCoreApplication.translate(
            "CLCplusProcessing", "Known: {}; a later year works once the chosen source publishes it.").format(
            ", ".join(str(y) for y in product.YEARS))).strip())
        self.addParameter(parameter)

    def parameterAsYear(self, parameters, name, context):  # noqa: N802
        """The year parameter `name` as an int (None when an optional one is not set); a clear
        error for a year CLCplus Backbone cannot have."""
        if parameters.get(name) in (None, "") and self.parameterDefinition(name).defaultValue() is None:
            return None
        value = self.parameterAsInt(parameters, name, context)
        try:
            return product.reference_year(value).year
        except ValueError as e:
            raise QgsProcessingException(str(e)) from None

    def parameterAsAreaExtent(self, parameters, name, context, crs=None):  # noqa: N802
        """The extent parameter `name` as a QgsRectangle (in `crs` when given), or None when it is not
        set; an extent without area (no width or no height) is an error, not an empty result."""
        if parameters.get(name) in (None, ""):
            return None
        if crs is None:
            rectangle = self.parameterAsExtent(parameters, name, context)
            crs = self.parameterAsExtentCrs(parameters, name, context)
        else:
            rectangle = self.parameterAsExtent(parameters, name, context, crs)
        if rectangle.isNull() or rectangle.isEmpty():
            raise QgsProcessingException(QCoreApplication.translate(
                "CLCplusProcessing", "The extent {} is empty (it has no width or no height): give a rectangle "
                                     "with an area, or leave the extent empty").format("{} ({})".format(
                                         ", ".join("{:.10g}".format(v) for v in (
                                             rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(),
                                             rectangle.yMaximum())), crs.authid() or crs.description())))
        return rectangle

    # --- Running, and failing clearly ------------------------------------------------------

    def process(self, parameters, context, feedback):
        """The algorithm's work; what processAlgorithm() runs."""
        raise NotImplementedError

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        self._outputs = {}
        try:
            self.checkOutputs(parameters, context)
            results = self.process(parameters, context, feedback)
        except QgsProcessingException:
            raise
        except (Canceled, DownloadCanceled):
            raise canceled_error() from None
        except ReadError as e:
            raise QgsProcessingException(unreadable_message(e.failed_file, e.detail)) from None
        except WriteError as e:
            raise QgsProcessingException(self._write_failed(e.path, e.detail)) from None
        except RasterError as e:
            raise QgsProcessingException(str(e)) from None
        except (OSError, RuntimeError, ValueError) as e:
            if feedback is not None:
                feedback.pushDebugInfo(traceback.format_exc())
            raise QgsProcessingException(self._file_error(e)) from None
        if feedback is not None and feedback.isCanceled():
            raise canceled_error()
        return results

    def checkOutputs(self, parameters, context):  # noqa: N802
        """Every file output asked for (report, CSV, raster, table) checked before the work starts: its
        folder must exist and be writable. Temporary outputs, memory layers and databases are QGIS's."""
        for definition in self.destinationParameterDefinitions():
            name = definition.name()
            value = parameters.get(name)
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                value = value.sink
            if isinstance(value, QgsProperty):  # a static value or an expression, as QGIS evaluates it
                value = value.valueAsString(context.expressionContext(), "")
            if not isinstance(value, str) or not value or value == QgsProcessing.TEMPORARY_OUTPUT:
                continue
            if definition.type() == "fileDestination":
                path = self.parameterAsFileOutput(parameters, name, context)
            else:
                path = self.parameterAsOutputLayer(parameters, name, context)
            if path and os.path.isabs(path) and "|" not in path:
                self.checkOutput(name, path)

    def _file_error(self, error):
        """A message for an OSError (writing a file) or a RuntimeError from GDAL (reading or writing)."""
        if isinstance(error, OSError) and error.filename:
            return self._write_failed(str(error.filename), error.strerror or str(error))
        detail = str(error)
        if isinstance(error, RuntimeError):
            outputs = getattr(self, "_outputs", {})
            failed = gdal_failed_file(detail)
            if failed and os.path.abspath(failed) not in outputs:
                return unreadable_message(failed, detail)
            for path in outputs:
                if path in detail or os.path.basename(path) in detail:
                    return self._write_failed(path, detail)
        return detail

    def _write_failed(self, path, detail):
        return self._labelled(path, write_failed_message(path, detail))

    def _labelled(self, path, message):
        """`message` after the name of the output that `path` is, where it is one."""
        description = self._outputs.get(os.path.abspath(path)) if hasattr(self, "_outputs") else None
        return "{}: {}".format(description, message) if description else message

    def checkOutput(self, name, path):  # noqa: N802
        """`path`, the file of output `name`, checked before the work starts: its folder must exist
        and be writable. Returns `path` ('' or None pass through: the output is not wanted)."""
        if path:
            if not hasattr(self, "_outputs"):
                self._outputs = {}
            self._outputs[os.path.abspath(path)] = self.parameterDefinition(name).description()
            problem = output_problem(path)
            if problem:
                raise QgsProcessingException(self._labelled(path, problem))
        return path

    def createSink(self, parameters, name, context, fields, *args, required=True):  # noqa: N802
        """parameterAsSink; (sink, destination id). An optional output that is not wanted gives
        (None, None) unless `required`."""
        sink, dest = self.parameterAsSink(parameters, name, context, fields, *args)
        if sink is None:
            if required:
                raise QgsProcessingException(self.invalidSinkError(parameters, name))
            return None, None
        return sink, dest

    def writeFeatures(self, sink, dest, name, features):  # noqa: N802
        """Adds `features` to `sink` (of output `name`, written to `dest`); a feature the sink refuses
        (a read-only folder, a full disk) stops the run with the sink's own error."""
        for feature in features:
            if not sink.addFeature(feature, compat.FAST_INSERT):
                raise QgsProcessingException(self._sink_failed(sink, dest, name))
        finalize = getattr(sink, "finalize", None)  # newer QGIS: flushes, and raises when that fails
        if finalize is not None:
            finalize()
        elif not sink.flushBuffer():
            raise QgsProcessingException(self._sink_failed(sink, dest, name))
        return dest

    def _sink_failed(self, sink, dest, name):
        detail = sink.lastError() or self.writeFeatureError(sink, {}, name)
        return "{}: {}".format(self.parameterDefinition(name).description(), write_failed_message(dest, detail))
