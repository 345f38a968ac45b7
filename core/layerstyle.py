"""A QGIS raster layer given the legend its values call for (core/legendcheck.py), and that legend
saved as a QGIS style file (core/stylefiles.py)."""

import math
import os
from dataclasses import dataclass

from . import files
from .legend import AUTO, DEFAULT_MAX_TRANSITIONS, LegendError, apply_to_layer
from .legendcheck import legend_for
from .product import QT_TRANSLATE_NOOP, translate
from .stylefiles import qml_text, sidecar_style_path


def layer_source(layer):
    """The file behind a QgsRasterLayer, for GDAL; a LegendError for other providers."""
    if layer.providerType() != "gdal":
        raise LegendError(translate(QT_TRANSLATE_NOOP(
            "CLCplusProduct",
            "{name} is served by the '{provider}' provider; the legend is checked against the raster's "
            "values, which needs a file GDAL reads (GeoTIFF, VRT, ...). Save a copy as GeoTIFF "
            "(Export > Save As) and style that.")).format(name=layer.name(), provider=layer.providerType()))
    return layer.dataProvider().dataSourceUri()


def _user_no_data(layer, most=1024):
    """Whole values the user declared as no data in QGIS (Transparency > Additional no data value)."""
    values = []
    for value_range in layer.dataProvider().userNoDataValues(1):
        low, high = math.ceil(value_range.min()), math.floor(value_range.max())
        if high - low < most:
            values += range(int(low), int(high) + 1)
    return tuple(values)


@dataclass(frozen=True)
class StyleResult:
    kind: str
    entries: tuple
    written: tuple = ()  # style files saved


def style_layer(layer, kind=AUTO, hide_non_land_cover=False, max_transitions=DEFAULT_MAX_TRANSITIONS,
                qml_path=None, save_default=False):
    """Check the values of a QgsRasterLayer and give it the legend of its kind. With `qml_path` the
    legend is also saved as a QGIS style file; with `save_default` beside the raster too, as its
    default style (`sidecar_style_path`). Call from the thread that owns the layer."""
    source = layer_source(layer)
    kind, entries = legend_for(source, kind, hide_non_land_cover, max_transitions, ignore=_user_no_data(layer))
    if save_default and not os.path.isfile(source):
        raise LegendError(translate(QT_TRANSLATE_NOOP(
            "CLCplusProduct", "{name} is not a single raster file, so it has no default style file; "
            "save the style with a style file name instead.")).format(name=layer.name()))
    apply_to_layer(layer, entries)
    written = [path for path in (qml_path, sidecar_style_path(source) if save_default else None) if path]
    for path in written:
        try:
            files.write_text(path, qml_text(entries))
        except OSError as e:
            raise LegendError(translate(QT_TRANSLATE_NOOP(
                "CLCplusProduct", "Cannot write the style file {path}: {error}")).format(path=path, error=e)) from None
    return StyleResult(kind, tuple(entries), tuple(written))
