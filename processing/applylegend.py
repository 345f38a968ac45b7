"""clcplus:applylegend - the official CLCplus palette and class names on a raster layer."""

import os

from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingOutputRasterLayer,
                       QgsProcessingOutputString, QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer)

from .. import compat
from ..core import layerstyle, legend
from .base import CLCplusAlgorithm


class ApplyLegendAlgorithm(CLCplusAlgorithm):
    NAME = "applylegend"
    GROUP_ID = "legend"

    INPUT = "INPUT"
    KIND = "KIND"
    HIDE_NON_LAND_COVER = "HIDE_NON_LAND_COVER"
    MAX_TRANSITIONS = "MAX_TRANSITIONS"
    STYLE_FILE = "STYLE_FILE"
    SAVE_AS_DEFAULT = "SAVE_AS_DEFAULT"
    OUTPUT = "OUTPUT"
    KIND_USED = "KIND_USED"
    LEGEND_ENTRIES = "LEGEND_ENTRIES"

    KINDS = (legend.AUTO, legend.LANDCOVER, legend.CHANGE)

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Apply CLCplus legend")

    def group(self):
        return self.tr("Legend")

    def flags(self):
        # It restyles a layer of the project, which only the main thread may touch.
        return super().flags() | compat.ALG_NO_THREADING

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "Draws a CLCplus Backbone raster - a tile, a mosaic, a VRT, a clip, or a layer another "
            "algorithm made - with the official colours and the class names in your language.\n\n"
            "Land cover: classes 1-11 in the product's colours; the coastal seawater buffer and the "
            "area outside the product are drawn at half opacity (or hidden), no data is transparent.\n\n"
            "Change (from × 100 + to, as the plugin's change rasters hold): only the transitions "
            "present are listed, named 'Woody broadleaved deciduous trees → Sealed' and coloured "
            "by the kind of change (to sealed, tree loss, tree gain, water and snow, vegetation gain "
            "or loss, other); the most frequent ones one by one, the rest as one entry per kind.\n\n"
            "The values are checked first: a band that is not integer, or values that are not "
            "CLCplus codes, stop with a message. Large land-cover rasters are checked on 16 windows "
            "spread over them; change rasters are counted whole.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        parameters = [
            (QgsProcessingParameterRasterLayer(self.INPUT, self.tr("CLCplus raster")),
             self.tr("A land-cover raster of the product (or a copy of it) or a change raster "
                     "made by this plugin.")),
            (QgsProcessingParameterEnum(
                self.KIND, self.tr("Kind of raster"),
                [self.tr("Detect from the values"), self.tr("Land cover"),
                 self.tr("Change (from × 100 + to)")], defaultValue=0),
             self.tr("'Detect' looks at the values: product codes mean land cover, from × 100 + "
                     "to codes mean change.")),
            (QgsProcessingParameterBoolean(self.HIDE_NON_LAND_COVER,
                                           self.tr("Hide codes that are not land cover"), defaultValue=False),
             self.tr("Land cover: leave the coastal seawater buffer and the area outside the product "
                     "transparent instead of muted. Change: leave unchanged pixels transparent.")),
            (QgsProcessingParameterNumber(self.MAX_TRANSITIONS, self.tr("Transitions listed by name"),
                                          compat.NUMBER_INTEGER,
                                          defaultValue=legend.DEFAULT_MAX_TRANSITIONS, minValue=1,
                                          maxValue=len(legend.all_change_codes())),
             self.tr("Change rasters: the most frequent transitions get their own legend entry; the "
                     "others are grouped into one entry per kind of change.")),
            (QgsProcessingParameterFileDestination(self.STYLE_FILE, self.tr("Style file"),
                                                   self.tr("QGIS layer style (*.qml)"), optional=True,
                                                   createByDefault=False),
             self.tr("Also save the legend as a QGIS style file.")),
            (QgsProcessingParameterBoolean(self.SAVE_AS_DEFAULT,
                                           self.tr("Save as the raster's default style"), defaultValue=False),
             self.tr("Write the style beside the raster file (same name, .qml), where QGIS finds it "
                     "whenever the raster is opened, with or without this plugin.")),
        ]
        for parameter, help_text in parameters:
            parameter.setHelp(help_text)
            self.addParameter(parameter)
        self.addOutput(QgsProcessingOutputRasterLayer(self.OUTPUT, self.tr("Styled layer")))
        self.addOutput(QgsProcessingOutputString(self.KIND_USED, self.tr("Kind of raster")))
        self.addOutput(QgsProcessingOutputNumber(self.LEGEND_ENTRIES, self.tr("Legend entries")))

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidRasterError(parameters, self.INPUT))
        kind = self.KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        style_file = self.parameterAsFileOutput(parameters, self.STYLE_FILE, context)
        try:
            result = layerstyle.style_layer(
                layer, kind, self.parameterAsBoolean(parameters, self.HIDE_NON_LAND_COVER, context),
                self.parameterAsInt(parameters, self.MAX_TRANSITIONS, context), style_file or None,
                self.parameterAsBoolean(parameters, self.SAVE_AS_DEFAULT, context))
        except legend.LegendError as e:
            raise QgsProcessingException(str(e)) from None
        for path in result.written:
            feedback.pushInfo(self.tr("Style written to {}").format(path))
        if result.kind == legend.LANDCOVER:
            feedback.pushInfo(self.tr("Land-cover legend with {} entries on {}").format(len(result.entries),
                                                                                      layer.name()))
        else:
            feedback.pushInfo(self.tr("Change legend with {} entries on {}").format(len(result.entries),
                                                                                  layer.name()))
        outputs = {self.OUTPUT: layer.id() if context.project() and context.project().mapLayer(layer.id())
                   else layer.source(),
                   self.KIND_USED: result.kind, self.LEGEND_ENTRIES: len(result.entries)}
        if style_file:
            outputs[self.STYLE_FILE] = os.path.abspath(style_file)
        return outputs
