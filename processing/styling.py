"""The legend on every raster output of the plugin's algorithms, applied when QGIS loads it.

An algorithm that writes a land-cover or change raster calls, after writing it,

    styling.style_output_on_load(context, dest_id, "landcover")   # or "change"

and QGIS (toolbox, batch, models, runAndLoadResults) draws the loaded layer with the CLCplus legend.
Nothing happens when the output is not loaded (qgis_process, a plain processing.run): the file itself
carries the legend through core.geotiff.embed_legend, which engines call when they write it.
"""

from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsRasterLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core import layerstyle, legend

# QGIS keeps a post-processor only by a pointer; Python would collect it before the layer is loaded.
_ALIVE = {}


class LegendPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles a loaded raster output: from precomputed legend entries, or by checking its values."""

    def __init__(self, kind=legend.AUTO, hide_non_land_cover=False,
                 max_transitions=legend.DEFAULT_MAX_TRANSITIONS, entries=None):
        super().__init__()
        self.kind = kind
        self.hide_non_land_cover = hide_non_land_cover
        self.max_transitions = max_transitions
        self.entries = entries

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        if not isinstance(layer, QgsRasterLayer) or not layer.isValid():
            return
        try:
            if self.entries is not None:
                legend.apply_to_layer(layer, self.entries)
            else:
                layerstyle.style_layer(layer, self.kind, self.hide_non_land_cover, self.max_transitions)
        except legend.LegendError as e:
            if feedback is not None:
                feedback.reportError(QCoreApplication.translate(
                    "CLCplusProcessing", "The CLCplus legend was not applied: {}").format(e))


def style_output_on_load(context, dest_id, kind=legend.LANDCOVER, **options):
    """Have QGIS style the output `dest_id` (as returned by parameterAsOutputLayer or given to
    addLayerToLoadOnCompletion) with the legend of `kind` when it loads it.

    `kind` is legend.LANDCOVER ("landcover"), legend.CHANGE ("change") or legend.AUTO; options are
    those of LegendPostProcessor (hide_non_land_cover, max_transitions, entries). Returns the
    post-processor, or None when the output will not be loaded.
    """
    if not context.willLoadLayerOnCompletion(dest_id):
        return None
    processor = LegendPostProcessor(kind, **options)
    _ALIVE[dest_id] = processor
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
    return processor
