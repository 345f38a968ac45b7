"""QGIS 3.22 -> 4.x differences in one place: enums that moved into `Qgis` with 3.30-3.36, and the
field type QgsField takes.

Every other module takes these names from here, so a QGIS release that drops an old spelling
needs a change in this file only. Every spelling is written as text and looked up by name, the new
one first; an old one is asked for only where the new one is missing. Importing this module
therefore needs nothing QGIS 4 removed (tests/test_compat.py imports it against a namespace
that holds only QGIS 4's names).
"""

from qgis import core as _core
from qgis.core import Qgis
from qgis.PyQt import QtCore as _QtCore

_MODULES = (_core, _QtCore)  # where the first name of a spelling is looked up


def _resolve(spelling):
    """The object a dotted spelling names: 'Qgis.LayerType.Raster' -> Qgis.LayerType.Raster."""
    head, *path = spelling.split(".")
    for module in _MODULES:
        found = getattr(module, head, None)
        if found is not None:
            break
    else:
        raise AttributeError(head)
    for name in path:
        found = getattr(found, name)
    return found


def _first(*spellings):
    """The first of `spellings` this QGIS knows, newest spelling first."""
    for spelling in spellings:
        try:
            return _resolve(spelling)
        except AttributeError:
            continue
    raise AttributeError("none of {} exists in this QGIS".format(", ".join(spellings)))


SOURCE_ANY_GEOMETRY = _first("Qgis.ProcessingSourceType.VectorAnyGeometry",
                             "QgsProcessing.SourceType.TypeVectorAnyGeometry")
SOURCE_POLYGON = _first("Qgis.ProcessingSourceType.VectorPolygon", "QgsProcessing.SourceType.TypeVectorPolygon")
SOURCE_VECTOR = _first("Qgis.ProcessingSourceType.Vector", "QgsProcessing.SourceType.TypeVector")
WKB_POLYGON = _first("Qgis.WkbType.Polygon", "QgsWkbTypes.Type.Polygon")
FAST_INSERT = _first("QgsFeatureSink.Flag.FastInsert")


# Field types: QgsField takes QMetaType.Type from 3.38 on (the only choice with Qt6),
# QVariant.Type before.
def _field_type(qmetatype, qvariant):
    if Qgis.QGIS_VERSION_INT >= 33800:
        return _first("QMetaType.Type." + qmetatype)
    return _first("QVariant.Type." + qvariant)


FIELD_INT = _field_type("Int", "Int")
FIELD_INT64 = _field_type("LongLong", "LongLong")
FIELD_DOUBLE = _field_type("Double", "Double")
FIELD_STRING = _field_type("QString", "String")

# Processing algorithm flags: Qgis.ProcessingAlgorithmFlag from 3.36, QgsProcessingAlgorithm.Flag before.
ALG_NO_THREADING = _first("Qgis.ProcessingAlgorithmFlag.NoThreading", "QgsProcessingAlgorithm.Flag.FlagNoThreading")
NUMBER_INTEGER = _first("Qgis.ProcessingNumberParameterType.Integer", "QgsProcessingParameterNumber.Type.Integer")

# Processing parameter flags and kinds (moved into Qgis with 3.36).
PARAMETER_ADVANCED = _first("Qgis.ProcessingParameterFlag.Advanced",
                            "QgsProcessingParameterDefinition.Flag.FlagAdvanced")
PARAMETER_HIDDEN = _first("Qgis.ProcessingParameterFlag.Hidden", "QgsProcessingParameterDefinition.Flag.FlagHidden")
FILE_FOLDER = _first("Qgis.ProcessingFileParameterBehavior.Folder", "QgsProcessingParameterFile.Behavior.Folder")
NUMBER_DOUBLE = _first("Qgis.ProcessingNumberParameterType.Double", "QgsProcessingParameterNumber.Type.Double")

# The dock's layer filter and rubber-band geometry type (moved into Qgis with 3.30-3.34).
LAYER_FILTER_POLYGON = _first("Qgis.LayerFilter.PolygonLayer", "QgsMapLayerProxyModel.Filter.PolygonLayer")
GEOMETRY_POLYGON = _first("Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry")

LAYER_TYPE_RASTER = _first("Qgis.LayerType.Raster", "QgsMapLayerType.RasterLayer")
