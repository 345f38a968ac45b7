"""The product's legend in every form the plugin hands out: a QGIS paletted renderer, QML, SLD and
CLR text, and a GDAL colour table plus raster attribute table embedded in GeoTIFF outputs.

Two kinds of raster get a legend:
- land cover (LANDCOVER): the product's codes with the official colours and class names; 253 and 254
  are drawn muted (half opacity) or hidden, 255 is transparent.
- change (CHANGE): the plugin's change rasters, from * 100 + to (see product.change_code); only the
  transitions present are listed, named "Woody broadleaved deciduous trees -> Sealed" and coloured by
  the kind of change (to sealed, tree loss, tree gain, ...), the most frequent ones one by one and the
  rest as one "n more transitions" entry per kind.

Colours, codes and names come only from core/product.py. Values are checked before a legend is applied:
a band that is not integer or that holds values outside the product's codes is a LegendError that says
what to do. Land-cover rasters are checked on a sample of windows spread over the raster (a 100 km tile
reads 16 of its 100 blocks); change rasters are counted whole, since their legend lists what is there.

Works without QGIS (the sample generator, the bench) except for the renderer functions.
"""

import colorsys
import math
import os
from dataclasses import dataclass
from typing import Tuple
from xml.sax.saxutils import escape, quoteattr

import numpy as np
from osgeo import gdal

from . import files, pam, product
from .blocks import ReadError
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

# How much of a raster the land-cover check reads: everything up to FULL_SCAN_PIXELS, else a
# SAMPLE_GRID x SAMPLE_GRID grid of windows of about SAMPLE_WINDOW pixels a side, on block edges.
FULL_SCAN_PIXELS = 4096 * 4096
SAMPLE_GRID = 4
SAMPLE_WINDOW = 1024

_INTEGER_TYPES = {getattr(gdal, name) for name in (
    "GDT_Byte", "GDT_Int8", "GDT_UInt16", "GDT_Int16", "GDT_UInt32", "GDT_Int32", "GDT_UInt64", "GDT_Int64")
    if hasattr(gdal, name)}


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


_CHANGE_CODES = frozenset(all_change_codes())


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
        ranked = sorted((c for c, n in counts.items() if c in _CHANGE_CODES and n > 0),
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


# --- Reading and checking values ---------------------------------------------------------------

@dataclass(frozen=True)
class ValueSample:
    """Pixel counts of band 1 (its no-data value left out) and whether every pixel was read."""
    counts: dict
    exact: bool
    data_type: str
    name: str


def _open(source, update=False):
    if isinstance(source, gdal.Dataset):
        return source
    try:
        return gdal.Open(str(source), gdal.GA_Update if update else gdal.GA_ReadOnly)
    except RuntimeError as e:
        raise LegendError(translate(QT_TRANSLATE_NOOP("CLCplusProduct", "Cannot open raster {name}: {error}"))
                          .format(name=source, error=e)) from None


def _open_to_embed(path):
    """`path` opened to take a legend. A Cloud-Optimized GeoTIFF is opened read-only: GDAL >= 3.10
    refuses to update one, and writing into it would break its layout. GDAL then keeps what is set
    on its band (colour table, names; the attribute table through `pam`) in `<file>.aux.xml`, where
    GDAL, QGIS and ArcGIS read it, and the file itself is left byte for byte as it was. (GDAL >= 3.12
    reports a COG layout for a tiled GeoTIFF it has just written too; the same holds for those.)"""
    dataset = _open(path)
    if dataset.GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE") == "COG":
        return dataset
    dataset = None
    return _open(path, update=True)


def _name(dataset):
    return os.path.basename(dataset.GetDescription() or "") or "raster"


def _check_integer(dataset, band):
    if band.DataType not in _INTEGER_TYPES:
        raise LegendError(translate(QT_TRANSLATE_NOOP(
            "CLCplusProduct",
            "{name}: band 1 holds {type} values, but CLCplus Backbone rasters hold whole-number class "
            "codes. Choose the land-cover (or change) raster itself; a reprojected or resampled copy must "
            "use nearest-neighbour resampling and keep an integer type (for example gdal_translate -ot Byte)."))
            .format(name=_name(dataset), type=gdal.GetDataTypeName(band.DataType)))


def _window_step(block, size):
    """A window edge of about SAMPLE_WINDOW pixels made of whole blocks, no larger than the raster."""
    step = block * max(1, SAMPLE_WINDOW // block) if block < SAMPLE_WINDOW else block
    return min(step, size)


def _windows(xsize, ysize, block, whole):
    sx, sy = _window_step(block[0], xsize), _window_step(block[1], ysize)
    if whole:
        return [(x, y, min(sx, xsize - x), min(sy, ysize - y))
                for y in range(0, ysize, sy) for x in range(0, xsize, sx)]
    windows = []
    for i in range(SAMPLE_GRID):
        for j in range(SAMPLE_GRID):
            cx, cy = (j + 0.5) * xsize / SAMPLE_GRID, (i + 0.5) * ysize / SAMPLE_GRID
            x = min(max(0, int((cx - sx / 2) // block[0]) * block[0]), xsize - sx)
            y = min(max(0, int((cy - sy / 2) // block[1]) * block[1]), ysize - sy)
            if (x, y, sx, sy) not in windows:
                windows.append((x, y, sx, sy))
    return windows


def read_values(source, exact=False, ignore=()):
    """Pixel counts of band 1 of `source` (a path or an open gdal.Dataset), leaving out its no-data
    value and the values in `ignore` (no-data values set in QGIS).

    Small rasters, and any raster with `exact`, are read whole; otherwise a grid of windows spread
    over the raster is read (a quick check that does not scan a whole mosaic). A band that is not
    of an integer type is a LegendError.
    """
    dataset = _open(source)
    band = dataset.GetRasterBand(1)
    _check_integer(dataset, band)
    whole = exact or dataset.RasterXSize * dataset.RasterYSize <= FULL_SCAN_PIXELS
    bincounts = np.zeros(0, dtype=np.int64)
    others = {}
    for window in _windows(dataset.RasterXSize, dataset.RasterYSize, band.GetBlockSize(), whole):
        try:
            values = band.ReadAsArray(*window).ravel()
        except RuntimeError as e:  # a damaged or truncated file
            raise ReadError(dataset.GetDescription(), e) from None
        if values.dtype in (np.uint8, np.uint16):
            found = np.bincount(values)
            if found.size > bincounts.size:
                bincounts = np.concatenate([bincounts, np.zeros(found.size - bincounts.size, np.int64)])
            bincounts[:found.size] += found
        else:
            for value, count in zip(*np.unique(values, return_counts=True)):
                others[int(value)] = others.get(int(value), 0) + int(count)
    counts = {int(v): int(bincounts[v]) for v in np.flatnonzero(bincounts)}
    for value, count in others.items():
        counts[value] = counts.get(value, 0) + count
    nodata = band.GetNoDataValue()
    if nodata is not None and float(nodata).is_integer():
        counts.pop(int(nodata), None)
    for value in ignore:
        counts.pop(value, None)
    return ValueSample(counts, whole, gdal.GetDataTypeName(band.DataType), _name(dataset))


def _is_change_value(value):
    return value in _CHANGE_CODES or value in (product.NO_CHANGE, product.CHANGE_NODATA)


def _listing(values, most=8):
    values = sorted(values)
    text = ", ".join(str(v) for v in values[:most])
    if len(values) > most:
        text += " " + translate(QT_TRANSLATE_NOOP("CLCplusProduct", "and {} more")).format(len(values) - most)
    return text


def _landcover_error(sample, invalid):
    lc = product.LAND_COVER_CODES
    message = translate(QT_TRANSLATE_NOOP(
        "CLCplusProduct",
        "{name}: band 1 holds values that are not CLCplus Backbone codes: {values}. A land-cover raster "
        "holds the codes {first}-{last} and {special}. Choose the land-cover layer (RAS), not a confidence, "
        "data-score or post-processing layer; a change raster of this plugin is styled with the kind "
        "'change'.")).format(name=sample.name, values=_listing(invalid), first=lc[0], last=lc[-1],
                             special=", ".join(str(c) for c in product.SPECIAL_CODES))
    if set(invalid) == {0}:
        message += " " + translate(QT_TRANSLATE_NOOP(
            "CLCplusProduct",
            "If 0 marks the area outside a clip, declare it as no data first (Layer Properties > "
            "Transparency > Additional no data value, or gdal_translate -a_nodata 0)."))
    return LegendError(message)


def _change_error(sample, invalid):
    example = product.change_code(product.TREE_CODES[1], product.SEALED)
    return LegendError(translate(QT_TRANSLATE_NOOP(
        "CLCplusProduct",
        "{name}: band 1 holds values that are not change codes: {values}. A change raster of this plugin "
        "holds from × 100 + to ({example} is {transition}), {no_change} where the class did not change "
        "and {nodata} where either year is not land cover. Make it with the plugin's change algorithm, or "
        "style a land-cover raster with the kind 'land cover'.")).format(
            name=sample.name, values=_listing(invalid), example=example,
            transition=transition_label(example), no_change=product.NO_CHANGE, nodata=product.CHANGE_NODATA))


def check_values(sample, kind=AUTO):
    """The kind of raster `sample` (a ValueSample) comes from: LANDCOVER or CHANGE.

    With AUTO the values decide; otherwise they must fit the kind asked for. Values outside the
    kind's codes are a LegendError that names them.
    """
    not_landcover = [v for v in sample.counts if v not in product.ALL_CODES]
    if kind in (AUTO, LANDCOVER) and not not_landcover:
        return LANDCOVER
    not_change = [v for v in sample.counts if not _is_change_value(v)]
    if kind in (AUTO, CHANGE) and not not_change:
        return CHANGE
    if kind == CHANGE:
        raise _change_error(sample, not_change)
    raise _landcover_error(sample, not_landcover)


def legend_for(source, kind=AUTO, hide_non_land_cover=False, max_transitions=DEFAULT_MAX_TRANSITIONS,
               translated=True, ignore=()):
    """(kind, entries) for the raster `source`, its values checked (values in `ignore` left out);
    see landcover_entries and change_entries. `hide_non_land_cover` hides 253/254 in land cover and
    "no change" in change."""
    sample = read_values(source, exact=(kind == CHANGE), ignore=ignore)
    kind = check_values(sample, kind)
    if kind == LANDCOVER:
        return kind, landcover_entries(hide_non_land_cover, translated)
    if not sample.exact:
        sample = read_values(source, exact=True, ignore=ignore)
        check_values(sample, CHANGE)
    return kind, change_entries(sample.counts, max_transitions, hide_non_land_cover, translated)


# --- GDAL: colour table, attribute table, embedding in outputs --------------------------------

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


def _category_names(names_by_value):
    """GDAL category names (index = value); QGIS labels a raster's own colour table with them."""
    names = [""] * (max(names_by_value) + 1)
    for value, name in names_by_value.items():
        names[value] = name
    return names


def _same_colours(band, table):
    """Whether `band` already has the colours of `table` (TIFF keeps no alpha: RGB is compared)."""
    current = band.GetColorTable()
    if current is None or current.GetCount() < table.GetCount():
        return False
    return all(current.GetColorEntry(i)[:3] == table.GetColorEntry(i)[:3] for i in range(table.GetCount()))


def sidecar_style_path(path):
    """Where QGIS looks for a raster's default style: `E44N36.tif` -> `E44N36.qml`."""
    return os.path.splitext(str(path))[0] + ".qml"


def embed_legend(target, kind=LANDCOVER, counts=None, translated=False, qml=True,
                 max_transitions=DEFAULT_MAX_TRANSITIONS):
    """Write the legend into band 1 of `target` (a path, opened for update, or an open gdal.Dataset):
    a colour table (Byte and UInt16 bands), category names and a raster attribute table; for a path,
    with `qml`, also the QGIS style beside it (`sidecar_style_path`), which QGIS loads as the layer's
    default style, plugin or not.

    Engines call it on their output after writing it, or on the source dataset before a CreateCopy
    (COG). In a GeoTIFF the colour table is in the file and the attribute table in `<file>.aux.xml`,
    as in the product's own files; an existing COG keeps everything in the `.aux.xml`
    (`_open_to_embed`). GDAL, QGIS (>= 3.30 reads the attribute table as its own) and ArcGIS pick
    them up. `counts` (value -> pixels) fills the count column; without it the band is
    counted once. The values are checked against `kind` (LANDCOVER, CHANGE or AUTO); returns
    (kind, counts).
    """
    dataset = target if isinstance(target, gdal.Dataset) else _open_to_embed(target)
    band = dataset.GetRasterBand(1)
    _check_integer(dataset, band)
    if counts is None:
        counts = read_values(dataset, exact=True).counts
    kind = check_values(ValueSample(dict(counts), True, gdal.GetDataTypeName(band.DataType), _name(dataset)), kind)
    if kind == LANDCOVER:
        table, rat = color_table(), attribute_table(counts, translated)
        names = {c.code: (c.label if translated else c.name) for c in product.ALL_CLASSES}
    else:
        table, rat = change_color_table(change_entries(counts, None)), change_attribute_table(counts, translated)
        names = {rat.GetValueAsInt(r, 0): rat.GetValueAsString(r, 2) for r in range(rat.GetRowCount())}
    if band.DataType in (gdal.GDT_Byte, gdal.GDT_UInt16) and not _same_colours(band, table):
        band.SetColorTable(table)  # left alone when already there, so a product tile's own table stays
        band.SetColorInterpretation(gdal.GCI_PaletteIndex)
    band.SetCategoryNames(_category_names(names))
    band.SetDefaultRAT(rat)
    if not isinstance(target, gdal.Dataset):
        dataset.FlushCache()
        dataset = None
        pam.keep_attribute_table(target, rat)
        if qml:
            entries = (landcover_entries(translated=translated) if kind == LANDCOVER else
                       change_entries(counts, max_transitions, translated=translated))
            files.write_text(sidecar_style_path(target), qml_text(entries))
    return kind, counts


# --- Style files: QML, SLD, CLR ----------------------------------------------------------------

def clr_text():
    """The legend as a .clr file (GDAL, ArcGIS): 'code R G B name' per line."""
    return "".join("{} {} {} {} {}\n".format(c.code, *c.rgb, c.name) for c in product.ALL_CLASSES)


def clr_values_text(entries, transparent=()):
    """An ESRI colour map (.clr): 'value R G B' per value, nothing else on the line (ArcGIS's Add
    Colormap and QGIS's 'Load color map from file' both read it). CLR has no opacity: values in
    `transparent` are written in the no-data colour, for the raster's no-data value to hide."""
    rows = {v: e.rgb for e in entries for v in e.values}
    rows.update({v: NO_DATA_RGB for v in transparent})
    return "".join("{} {} {} {}\n".format(v, *rows[v]) for v in sorted(rows))


QML_QGIS_VERSION = "3.22.0"  # the oldest QGIS the plugin supports; newer ones read it


def qml_text(entries, band=1):
    """A QGIS layer style (.qml) with a paletted renderer of `entries`: one palette entry per value,
    the values of a grouped entry sharing its colour and label."""
    rows = []
    for entry in entries:
        for value in entry.values:
            rows.append('        <paletteEntry value="{}" color="{}" alpha="{}" label={}/>'.format(
                value, entry.hex, entry.alpha, quoteattr(entry.label)))
    return "\n".join([
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>",
        '<qgis version="{}" styleCategories="Symbology">'.format(QML_QGIS_VERSION),
        "  <pipe>",
        '    <rasterrenderer type="paletted" band="{}" opacity="1" alphaBand="-1" nodataColor="">'.format(band),
        "      <rasterTransparency/>",
        "      <colorPalette>",
        *rows,
        "      </colorPalette>",
        "    </rasterrenderer>",
        '    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>',
        '    <huesaturation saturation="0" grayscaleMode="0" colorizeOn="0" colorizeStrength="100"'
        ' colorizeRed="255" colorizeGreen="128" colorizeBlue="128"/>',
        '    <rasterresampler maxOversampling="2"/>',
        "  </pipe>",
        "  <blendMode>0</blendMode>",
        "</qgis>",
        ""])


def sld_text(entries, name, title, transparent=()):
    """An SLD 1.0 raster style (GeoServer, MapServer): a ColorMap of type "values" with one entry per
    value; values in `transparent` get opacity 0 (values not listed are not drawn either)."""
    rows = []
    for entry in entries:
        for value in entry.values:
            rows.append((value, entry.hex, entry.label, entry.alpha / 255.0))
    rows += [(v, product.product_class(product.NO_DATA).hex, "", 0.0) for v in transparent]
    rows.sort()
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld"'
        ' xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://www.opengis.net/sld'
        ' http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">',
        "  <NamedLayer>",
        "    <Name>{}</Name>".format(escape(name)),
        "    <UserStyle>",
        "      <Name>{}</Name>".format(escape(name)),
        "      <Title>{}</Title>".format(escape(title)),
        "      <FeatureTypeStyle>",
        "        <Rule>",
        "          <RasterSymbolizer>",
        "            <Opacity>1.0</Opacity>",
        '            <ColorMap type="values"{}>'.format(' extended="true"' if len(rows) > 255 else ""),
    ]
    for value, colour, label, opacity in rows:
        lines.append('              <ColorMapEntry color="{}" quantity="{}" label={} opacity="{:g}"/>'.format(
            colour, value, quoteattr(label), round(opacity, 3)))
    lines += ["            </ColorMap>", "          </RasterSymbolizer>", "        </Rule>",
              "      </FeatureTypeStyle>", "    </UserStyle>", "  </NamedLayer>", "</StyledLayerDescriptor>", ""]
    return "\n".join(lines)


def style_files():
    """File name -> text of the style files shipped in resources/styles/ (English labels)."""
    landcover = landcover_entries(translated=False)
    change = change_entries(None, None, translated=False)
    return {
        "clcplus_landcover.qml": qml_text(landcover),
        "clcplus_landcover.sld": sld_text(landcover, "clcplus_landcover", "CLCplus Backbone land cover",
                                          transparent=(product.NO_DATA,)),
        "clcplus_landcover.clr": clr_values_text(landcover_entries(translated=False), (product.NO_DATA,)),
        "clcplus_change.qml": qml_text(change),
        "clcplus_change.sld": sld_text(change, "clcplus_change",
                                       "CLCplus Backbone change (from × 100 + to)",
                                       transparent=(product.CHANGE_NODATA,)),
        "clcplus_change.clr": clr_values_text(change),
    }


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
