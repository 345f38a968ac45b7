"""The product's legend: its entries, and the same legend as a GDAL colour table plus raster attribute
table and as a QGIS paletted renderer. The legend written out is in core/stylefiles.py (QML, SLD and
CLR text) and core/geotiff.py (embedded in GeoTIFF outputs); a raster's values are checked against it
in core/legendcheck.py, and a QGIS layer is given it in core/layerstyle.py.

Two kinds of raster get a legend:
- land cover (LANDCOVER): the product's codes with the official colours and class names; 253 and 254
  are drawn muted (half opacity) or hidden, 255 is transparent.
- change (CHANGE): the plugin's change rasters, from * 100 + to (see product.change_code); only the
  transitions present are listed, named "Woody broadleaved deciduous trees -> Sealed" and coloured by
  the kind of change (to sealed, tree loss, tree gain, ...), the most frequent ones one by one and the
  rest as one "n more transitions" entry per kind.

Colours, codes and names come only from core/product.py.

Works without QGIS (the sample generator, the bench) except for the renderer functions.
"""

import colorsys
from dataclasses import dataclass
from typing import Tuple

from osgeo import gdal

from . import product
from .product import QT_TRANSLATE_NOOP, translate

try:
    from qgis.core import QgsDefaultRasterLayerLegend, QgsPalettedRasterRenderer, QgsSimpleLegendNode
    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor
except ImportError:  # plain Python: everything but the QGIS renderer works
    QgsDefaultRasterLayerLegend = None

gdal.UseExceptions()

AUTO = "auto"
LANDCOVER = "landcover"
CHANGE = "change"
KINDS = (LANDCOVER, CHANGE)

MUTED_ALPHA = 128  # codes that are not land cover (253, 254) and "no change": half opacity
DEFAULT_MAX_TRANSITIONS = 12  # change legends: this many transitions by name, the rest grouped per kind


class LegendError(ValueError):
    """A raster the legend cannot be applied to; the message says why and what to do."""


# --- Legend entries ----------------------------------------------------------------------------

@dataclass(frozen=True)
class LegendEntry:
    """One row of a legend: the raster values it stands for, its label, colour and opacity."""
    values: Tuple[int, ...]
    label: str
    rgb: Tuple[int, int, int]
    alpha: int = 255
    count: int = 0  # pixels, where known

    @property
    def hex(self):
        return "#{:02x}{:02x}{:02x}".format(*self.rgb)


def landcover_entries(hide_non_land_cover=False, translated=True):
    """The land-cover legend: codes 1-11 in the official colours, 253 and 254 muted (or left out
    with `hide_non_land_cover`); 255 is not listed and so drawn transparent."""
    entries = []
    for cls in product.ALL_CLASSES:
        if cls.code == product.NO_DATA or (hide_non_land_cover and not cls.is_land_cover):
            continue
        entries.append(LegendEntry((cls.code,), cls.label if translated else cls.name, cls.rgb,
                                   255 if cls.is_land_cover else MUTED_ALPHA))
    return entries


@dataclass(frozen=True)
class ChangeKind:
    key: str
    name: str  # English source text; `label` is the user's language
    rgb: Tuple[int, int, int]

    @property
    def label(self):
        return translate(self.name)


# In the order they are tested (the first that fits a transition wins) and listed.
TO_SEALED = ChangeKind("to_sealed", QT_TRANSLATE_NOOP("CLCplusProduct", "To sealed"), (200, 0, 30))
TREE_LOSS = ChangeKind("tree_loss", QT_TRANSLATE_NOOP("CLCplusProduct", "Tree loss"), (235, 120, 0))
TREE_GAIN = ChangeKind("tree_gain", QT_TRANSLATE_NOOP("CLCplusProduct", "Tree gain"), (0, 110, 50))
WATER_AND_SNOW = ChangeKind("water_snow", QT_TRANSLATE_NOOP("CLCplusProduct", "Water and snow change"),
                            (30, 100, 220))
VEGETATION_GAIN = ChangeKind("vegetation_gain", QT_TRANSLATE_NOOP("CLCplusProduct", "Vegetation gain"),
                             (120, 200, 50))
VEGETATION_LOSS = ChangeKind("vegetation_loss", QT_TRANSLATE_NOOP("CLCplusProduct", "Vegetation loss"),
                             (170, 140, 90))
# Muted on purpose: swaps between kinds of low vegetation (mowing, droughts, crop cycles) are the most
# common and least reliable transitions; sealing, tree loss and gains must stand out beside them.
OTHER_CHANGE = ChangeKind("other", QT_TRANSLATE_NOOP("CLCplusProduct", "Other change of class"),
                          (160, 135, 195))
CHANGE_KINDS = (TO_SEALED, TREE_LOSS, TREE_GAIN, WATER_AND_SNOW, VEGETATION_GAIN, VEGETATION_LOSS,
                OTHER_CHANGE)
NO_CHANGE_RGB = (200, 200, 200)
NO_DATA_RGB = product.product_class(product.NO_DATA).rgb  # what no data is written as where opacity is not kept
NO_CHANGE_NAME = QT_TRANSLATE_NOOP("CLCplusProduct", "No change")


def change_kind(code):
    """The ChangeKind of a change code (from * 100 + to)."""
    from_code, to_code = product.split_change_code(code)
    trees, vegetation = product.TREE_CODES, product.VEGETATION_CODES
    if to_code == product.SEALED:
        return TO_SEALED
    if from_code in trees and to_code not in trees:
        return TREE_LOSS
    if to_code in trees and from_code not in trees:
        return TREE_GAIN
    if from_code in product.WATER_CODES or to_code in product.WATER_CODES:
        return WATER_AND_SNOW
    if to_code in vegetation and from_code not in vegetation:
        return VEGETATION_GAIN
    if from_code in vegetation and to_code not in vegetation:
        return VEGETATION_LOSS
    return OTHER_CHANGE  # between kinds of trees or of low vegetation, sealed to bare


def all_change_codes():
    return tuple(product.change_code(a, b) for a in product.LAND_COVER_CODES
                 for b in product.LAND_COVER_CODES if a != b)


CHANGE_CODES = frozenset(all_change_codes())  # every from x 100 + to of two different land-cover classes


def transition_label(code, translated=True):
    """'Woody broadleaved deciduous trees → Sealed' for a change code."""
    from_code, to_code = product.split_change_code(code)
    name = (lambda c: product.product_class(c).label) if translated else (lambda c: product.product_class(c).name)
    return "{} \u2192 {}".format(name(from_code), name(to_code))


def _shade(rgb, rank, total, tail=False):
    """Shades of one kind's colour: the most frequent transition in the kind's own colour, rarer
    ones paler; a tail group paler and greyer still."""
    h, lightness, s = colorsys.rgb_to_hls(*(c / 255.0 for c in rgb))
    if tail:
        lightness, s = min(0.85, lightness + 0.25), s * 0.6
    elif total > 1:  # up to 0.08 lighter a step, 0.38 at most
        top = min(0.82, lightness + min(0.38, 0.08 * (total - 1)))
        lightness = lightness + (top - lightness) * rank / (total - 1)
    return tuple(int(round(c * 255)) for c in colorsys.hls_to_rgb(h, lightness, s))


def change_entries(counts=None, max_transitions=DEFAULT_MAX_TRANSITIONS, hide_no_change=False,
                   translated=True):
    """The change legend for `counts` (code -> pixels; the codes present). Without counts every
    possible transition is listed (the static style files).

    The `max_transitions` most frequent transitions are listed by name, grouped by kind and shaded from
    the kind's colour (most frequent) to paler (rarest); the others become one entry per kind
    ("Tree loss: 7 more transitions") holding all their values. `max_transitions=None` lists all.
    "No change" comes first, muted, unless `hide_no_change`.
    """
    if counts is None:
        counts = {code: 0 for code in all_change_codes()}
        ranked = sorted(counts)
        show_no_change = True
    else:
        ranked = sorted((c for c, n in counts.items() if c in CHANGE_CODES and n > 0),
                        key=lambda c: (-counts[c], c))
        show_no_change = counts.get(product.NO_CHANGE, 0) > 0
    if max_transitions is None or len(ranked) <= max_transitions:
        listed, rest = ranked, []
    else:
        listed, rest = ranked[:max_transitions], ranked[max_transitions:]
    entries = []
    if show_no_change and not hide_no_change:
        entries.append(LegendEntry((product.NO_CHANGE,), translate(NO_CHANGE_NAME) if translated else NO_CHANGE_NAME,
                                   NO_CHANGE_RGB, MUTED_ALPHA, counts.get(product.NO_CHANGE, 0)))
    for kind in CHANGE_KINDS:
        named = [c for c in listed if change_kind(c) is kind]
        tail = [c for c in rest if change_kind(c) is kind]
        if len(tail) == 1:  # a group of one says less than the transition's own name
            named, tail = named + tail, []
        for rank, code in enumerate(named):
            entries.append(LegendEntry((code,), transition_label(code, translated),
                                       _shade(kind.rgb, rank, len(named)), 255, counts[code]))
        if tail:
            text = QT_TRANSLATE_NOOP("CLCplusProduct", "{kind}: {count} more transitions")
            text = translate(text) if translated else text
            entries.append(LegendEntry(
                tuple(sorted(tail)), text.format(kind=kind.label if translated else kind.name, count=len(tail)),
                _shade(kind.rgb, 0, 1, tail=True), 255, sum(counts[c] for c in tail)))
    return entries


# --- GDAL: colour table, attribute table ---------------------------------------------------------

def color_table():
    """gdal.ColorTable with the official colour of every code; 255 (no data) fully transparent."""
    table = gdal.ColorTable()
    for cls in product.ALL_CLASSES:
        alpha = 0 if cls.code == product.NO_DATA else 255
        table.SetColorEntry(cls.code, (*cls.rgb, alpha))
    return table


def change_color_table(entries):
    """gdal.ColorTable of a change legend; CHANGE_NODATA transparent, values not listed black."""
    table = gdal.ColorTable()
    for entry in entries:
        for value in entry.values:
            table.SetColorEntry(value, (*entry.rgb, 255))
    table.SetColorEntry(product.CHANGE_NODATA, (0, 0, 0, 0))
    return table


def _thematic(rat):
    if hasattr(rat, "SetTableType"):  # GDAL >= 2.4; lets QGIS >= 3.30 take it as a classification
        rat.SetTableType(gdal.GRTT_THEMATIC)
    return rat


# Column -> (GDAL field type, usage) of the raster attribute tables written into outputs.
_RAT_COLUMN_KINDS = {
    "value": (gdal.GFT_Integer, gdal.GFU_MinMax), "count": (gdal.GFT_Real, gdal.GFU_PixelCount),
    "class_name": (gdal.GFT_String, gdal.GFU_Name), "from_code": (gdal.GFT_Integer, gdal.GFU_Generic),
    "to_code": (gdal.GFT_Integer, gdal.GFU_Generic), "change_kind": (gdal.GFT_String, gdal.GFU_Generic),
    "red": (gdal.GFT_Integer, gdal.GFU_Red), "green": (gdal.GFT_Integer, gdal.GFU_Green),
    "blue": (gdal.GFT_Integer, gdal.GFU_Blue)}
LANDCOVER_RAT_COLUMNS = ("value", "count", "class_name", "red", "green", "blue")


def _new_attribute_table(columns):
    rat = gdal.RasterAttributeTable()
    for name in columns:
        rat.CreateColumn(name, *_RAT_COLUMN_KINDS[name])
    return rat


def attribute_table(counts=None, translated=False):
    """gdal.RasterAttributeTable (value, count, class_name, red, green, blue) of every code.

    `counts` maps code -> pixel count (the official tables carry one); codes without a count get 0.
    """
    rat = _new_attribute_table(LANDCOVER_RAT_COLUMNS)
    counts = counts or {}
    for row, cls in enumerate(product.ALL_CLASSES):
        rat.SetValueAsInt(row, 0, cls.code)
        rat.SetValueAsDouble(row, 1, float(counts.get(cls.code, 0)))
        rat.SetValueAsString(row, 2, cls.label if translated else cls.name)
        for column, value in enumerate(cls.rgb, start=3):
            rat.SetValueAsInt(row, column, value)
    return _thematic(rat)


CHANGE_RAT_COLUMNS = ("value", "count", "class_name", "from_code", "to_code", "change_kind",
                      "red", "green", "blue")


def change_attribute_table(counts, translated=False):
    """gdal.RasterAttributeTable of a change raster: one row per value present (no change and every
    transition), columns CHANGE_RAT_COLUMNS; from_code and to_code are 0 on the no-change row."""
    rat = _new_attribute_table(CHANGE_RAT_COLUMNS)
    colours = {v: e.rgb for e in change_entries(counts, None, False, translated) for v in e.values}
    for row, value in enumerate(sorted(colours)):
        if value == product.NO_CHANGE:
            name, pair, kind = translate(NO_CHANGE_NAME) if translated else NO_CHANGE_NAME, (0, 0), ""
        else:
            name, pair, kind = transition_label(value, translated), product.split_change_code(value), \
                change_kind(value).key
        rat.SetValueAsInt(row, 0, value)
        rat.SetValueAsDouble(row, 1, float(counts.get(value, 0)))
        rat.SetValueAsString(row, 2, name)
        rat.SetValueAsInt(row, 3, pair[0])
        rat.SetValueAsInt(row, 4, pair[1])
        rat.SetValueAsString(row, 5, kind)
        for column, channel in enumerate(colours[value], start=6):
            rat.SetValueAsInt(row, column, channel)
    return _thematic(rat)


# --- QGIS: renderer and layer ------------------------------------------------------------------

def renderer(entries, band=1):
    """A QgsPalettedRasterRenderer of `entries` (one class per value)."""
    classes = []
    for entry in entries:
        for value in entry.values:
            classes.append(QgsPalettedRasterRenderer.Class(value, QColor(*entry.rgb, entry.alpha), entry.label))
    return QgsPalettedRasterRenderer(None, band, classes)


if QgsDefaultRasterLayerLegend is not None:
    class ClassLegend(QgsDefaultRasterLayerLegend):
        """The default raster legend without the band-name heading ("Band 1 (Gray)"), which says
        nothing on a class map, and with each of `grouped` shown once.

        A grouped entry ("Tree loss: 7 more transitions") is one class per value in a paletted
        renderer; QGIS before 3.30 lists every class, so the group would show once per value.
        Class rows are otherwise untouched, so a style the user picks later still gets its legend.

        The nodes handed back belong to the layer-tree model that asked for them: their ownership
        passes to C++ here. Left with Python, they are freed when the list goes out of scope while
        the model still uses them, which QGIS 3.44 does at once (a crash as the Layers panel
        builds its rows).
        """

        def __init__(self, layer, grouped=()):
            super().__init__(layer)
            self._grouped = frozenset(grouped)

        def createLayerTreeModelLegendNodes(self, nodeLayer):  # noqa: N802, N803 - QGIS API
            kept, seen = [], set()
            for index, node in enumerate(super().createLayerTreeModelLegendNodes(nodeLayer)):
                if index == 0 and isinstance(node, QgsSimpleLegendNode):
                    continue
                label = node.data(Qt.ItemDataRole.DisplayRole)
                if label in self._grouped:
                    if label in seen:
                        continue
                    seen.add(label)
                sip.transferto(node, None)
                kept.append(node)
            return kept


def apply_to_layer(layer, entries):
    """Give the QgsRasterLayer `layer` the paletted renderer of `entries` and a legend of one row
    per entry."""
    layer.setRenderer(renderer(entries))
    layer.setLegend(ClassLegend(layer, [e.label for e in entries if len(e.values) > 1]))
    layer.triggerRepaint()
    layer.emitStyleChanged()
