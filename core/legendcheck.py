"""A raster's values read and checked before it gets a legend: a band that is not integer or that holds
values outside the product's codes is a LegendError that says what to do. Land-cover rasters are
checked on a sample of windows spread over the raster (a 100 km tile reads 16 of its 100 blocks);
change rasters are counted whole, since their legend lists what is there. legend_for gives the
legend of the kind the values show."""

import os
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from . import product
from .blocks import ReadError
from .legend import (AUTO, CHANGE, CHANGE_CODES, DEFAULT_MAX_TRANSITIONS, LANDCOVER, LegendError, change_entries,
                     landcover_entries, transition_label)
from .product import QT_TRANSLATE_NOOP, translate

gdal.UseExceptions()

# How much of a raster the land-cover check reads: everything up to FULL_SCAN_PIXELS, else a
# SAMPLE_GRID x SAMPLE_GRID grid of windows of about SAMPLE_WINDOW pixels a side, on block edges.
FULL_SCAN_PIXELS = 4096 * 4096
SAMPLE_GRID = 4
SAMPLE_WINDOW = 1024

_INTEGER_TYPES = {getattr(gdal, name) for name in (
    "GDT_Byte", "GDT_Int8", "GDT_UInt16", "GDT_Int16", "GDT_UInt32", "GDT_Int32", "GDT_UInt64", "GDT_Int64")
    if hasattr(gdal, name)}


@dataclass(frozen=True)
class ValueSample:
    """Pixel counts of band 1 (its no-data value left out) and whether every pixel was read."""
    counts: dict
    exact: bool
    data_type: str
    name: str


def open_raster(source, update=False):
    """`source` (a path) opened with GDAL, for update with `update`; a gdal.Dataset is returned as it is.
    A raster GDAL cannot open is a LegendError."""
    if isinstance(source, gdal.Dataset):
        return source
    try:
        return gdal.Open(str(source), gdal.GA_Update if update else gdal.GA_ReadOnly)
    except RuntimeError as e:
        raise LegendError(translate(QT_TRANSLATE_NOOP("CLCplusProduct", "Cannot open raster {name}: {error}"))
                          .format(name=source, error=e)) from None


def display_name(dataset):
    """The file name of `dataset` as messages show it ("raster" when it has none)."""
    return os.path.basename(dataset.GetDescription() or "") or "raster"


def check_integer_band(dataset, band):
    """A LegendError saying what to do when `band` of `dataset` does not hold whole numbers."""
    if band.DataType not in _INTEGER_TYPES:
        raise LegendError(translate(QT_TRANSLATE_NOOP(
            "CLCplusProduct",
            "{name}: band 1 holds {type} values, but CLCplus Backbone rasters hold whole-number class "
            "codes. Choose the land-cover (or change) raster itself; a reprojected or resampled copy must "
            "use nearest-neighbour resampling and keep an integer type (for example gdal_translate -ot Byte)."))
            .format(name=display_name(dataset), type=gdal.GetDataTypeName(band.DataType)))


def _window_step(block, size):
    """A window edge of about SAMPLE_WINDOW pixels made of whole blocks, no larger than the raster."""
    step = block * max(1, SAMPLE_WINDOW // block) if block < SAMPLE_WINDOW else block
    return min(step, size)


def windows_to_read(xsize, ysize, block, whole):
    """The (x, y, width, height) windows read_values reads: with `whole`, windows of whole blocks covering
    the raster; else a SAMPLE_GRID x SAMPLE_GRID grid of them spread over it."""
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
    dataset = open_raster(source)
    band = dataset.GetRasterBand(1)
    check_integer_band(dataset, band)
    whole = exact or dataset.RasterXSize * dataset.RasterYSize <= FULL_SCAN_PIXELS
    bincounts = np.zeros(0, dtype=np.int64)
    others = {}
    for window in windows_to_read(dataset.RasterXSize, dataset.RasterYSize, band.GetBlockSize(), whole):
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
    return ValueSample(counts, whole, gdal.GetDataTypeName(band.DataType), display_name(dataset))


def _is_change_value(value):
    return value in CHANGE_CODES or value in (product.NO_CHANGE, product.CHANGE_NODATA)


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
