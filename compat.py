"""QGIS 3.22 -> 4.x differences in one place: enums that moved into `Qgis` with 3.30-3.36.

Every other module takes these names from here, so a QGIS release that drops an old spelling
needs a change in this file only.
"""

from qgis.core import (Qgis, QgsFeatureSink, QgsMapLayerProxyModel, QgsMapLayerType, QgsProcessing,
                       QgsProcessingAlgorithm, QgsProcessingParameterDefinition, QgsProcessingParameterFile,
                       QgsProcessingParameterNumber, QgsWkbTypes)


def _first(*getters):
    for getter in getters:
        try:
            return getter()
        except AttributeError:
            continue
    raise AttributeError("none of the known spellings exists in this QGIS")


SOURCE_ANY_GEOMETRY = _first(lambda: Qgis.ProcessingSourceType.VectorAnyGeometry,
                             lambda: QgsProcessing.SourceType.TypeVectorAnyGeometry)
SOURCE_POLYGON = _first(lambda: Qgis.ProcessingSourceType.VectorPolygon,
                        lambda: QgsProcessing.SourceType.TypeVectorPolygon)
SOURCE_VECTOR = _first(lambda: Qgis.ProcessingSourceType.Vector,
                       lambda: QgsProcessing.SourceType.TypeVector)
WKB_POLYGON = _first(lambda: Qgis.WkbType.Polygon, lambda: QgsWkbTypes.Type.Polygon)
FAST_INSERT = QgsFeatureSink.Flag.FastInsert

# Field types: QgsField takes QMetaType.Type from 3.38 on (the only choice with Qt6),
# QVariant.Type before.
if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType as _FieldTypes
else:
    from qgis.PyQt.QtCore import QVariant as _FieldTypes
FIELD_INT = _FieldTypes.Type.Int
FIELD_INT64 = _FieldTypes.Type.LongLong
FIELD_DOUBLE = _FieldTypes.Type.Double
FIELD_STRING = _FieldTypes.Type.QString if Qgis.QGIS_VERSION_INT >= 33800 else _FieldTypes.Type.String

# Processing algorithm flags: Qgis.ProcessingAlgorithmFlag from 3.36, QgsProcessingAlgorithm.Flag before.
ALG_NO_THREADING = _first(lambda: Qgis.ProcessingAlgorithmFlag.NoThreading,
                          lambda: QgsProcessingAlgorithm.Flag.FlagNoThreading)
NUMBER_INTEGER = _first(lambda: Qgis.ProcessingNumberParameterType.Integer,
                        lambda: QgsProcessingParameterNumber.Type.Integer)

# Processing parameter flags and kinds (moved into Qgis with 3.36).
PARAMETER_ADVANCED = _first(lambda: Qgis.ProcessingParameterFlag.Advanced,
                            lambda: QgsProcessingParameterDefinition.Flag.FlagAdvanced)
PARAMETER_HIDDEN = _first(lambda: Qgis.ProcessingParameterFlag.Hidden,
                          lambda: QgsProcessingParameterDefinition.Flag.FlagHidden)
FILE_FOLDER = _first(lambda: Qgis.ProcessingFileParameterBehavior.Folder,
                     lambda: QgsProcessingParameterFile.Behavior.Folder)
NUMBER_DOUBLE = _first(lambda: Qgis.ProcessingNumberParameterType.Double,
                       lambda: QgsProcessingParameterNumber.Type.Double)

# The dock's layer filter and rubber-band geometry type (moved into Qgis with 3.30-3.34).
LAYER_FILTER_POLYGON = _first(lambda: Qgis.LayerFilter.PolygonLayer,
                              lambda: QgsMapLayerProxyModel.Filter.PolygonLayer)
GEOMETRY_POLYGON = _first(lambda: Qgis.GeometryType.Polygon, lambda: QgsWkbTypes.GeometryType.PolygonGeometry)

LAYER_TYPE_RASTER = _first(lambda: Qgis.LayerType.Raster, lambda: QgsMapLayerType.RasterLayer)
