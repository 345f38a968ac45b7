"""The inputs of a comparison checked before it counts: each raster's reference year (given, or
read from its official file name) and their order, the labels and caveats of the years, the rasters'
and confidence layers' types, the common window, and the minimum mapping unit in pixels."""

import math
import os

from osgeo import gdal

from .. import product
from ..blocks import RasterError
from ..i18n import translate
from ..stats import check_raster
from ..stats import COUNTED_TYPES

gdal.UseExceptions()

MMU_UNITS = ("pixels", "ha")


def _product_text(text):
    """A text of core/product.py (its caveats and notes) in the user's language."""
    return translate(product.TR_CONTEXT, text)


def source_path(source):
    """The path of a raster given as a path or as a gdal.Dataset (its description)."""
    return source.GetDescription() if isinstance(source, gdal.Dataset) else str(source)


def default_labels(n):
    if n == 2:
        return [translate("CLCplusChange", "earlier"), translate("CLCplusChange", "later")]
    return [translate("CLCplusChange", "earlier")] + [translate("CLCplusChange", "intermediate")] * (n - 2) + \
        [translate("CLCplusChange", "later")]


def resolve_years(rasters, years=None):
    """(years, warnings): per raster the year given, else the one its official file name says, else
    None. A land-cover input named as another layer of the product is a RasterError, so is a later
    raster older than an earlier one."""
    years = list(years) if years is not None else [None] * len(rasters)
    if len(years) != len(rasters):
        raise ValueError("give one year (or None) per raster")
    resolved, warnings = [], []
    for source, given in zip(rasters, years):
        parsed = product.parse_file_name(source_path(source))
        if parsed is not None and parsed.layer is not product.LAND_COVER:
            raise RasterError(translate(
                "CLCplusChange", "{} is the {} layer ({}) of the product, not the land cover; choose the "
                "land-cover raster (RAS)").format(
                                      source_path(source), parsed.layer.name, parsed.layer.key))
        named = parsed.year if parsed is not None else None
        if given is not None:
            given = product.reference_year(given).year
            if named is not None and named != given:
                warnings.append(translate("CLCplusChange", "{} is named as {} but was given as {}; {} is used").format(
                    os.path.basename(source_path(source)), named, given, given))
            resolved.append(given)
        else:
            resolved.append(named)
    known = [(y, i) for i, y in enumerate(resolved) if y is not None]
    for (a, i), (b, j) in zip(known, known[1:]):
        if b < a:
            raise RasterError(translate(
                "CLCplusChange", "The rasters must be in year order, earlier first: {} is from {}, {} from {}; "
                "swap them").format(os.path.basename(source_path(rasters[i])), a,
                                                      os.path.basename(source_path(rasters[j])), b))
        if b == a:
            warnings.append(translate(
                "CLCplusChange", "Two rasters are from {}: their differences are between two versions of one "
                "map, not change between years").format(a))
    return resolved, warnings


def year_caveats(years):
    """The caveats every comparison shows, then the notes of each year involved (translated)."""
    caveats = [_product_text(c) for c in product.CHANGE_CAVEATS]
    for year in sorted({y for y in years if y is not None}):
        caveats += [_product_text(note) for note in product.reference_year(year).notes]
    return caveats


def year_warnings(years):
    """Warnings for the years compared: each year's notes in core/product.py (2018's: no coastal buffer)."""
    warnings = []
    known = [y for y in years if y is not None]
    for year in sorted(set(known)):
        warnings += [_product_text(note) for note in product.reference_year(year).notes]
    return warnings


def mmu_pixels(value, unit, pixel_area_m2):
    """The minimum mapping unit in pixels: a patch of fewer pixels is smaller than `value` `unit`."""
    if unit not in MMU_UNITS:
        raise ValueError("MMU unit must be one of {}".format(", ".join(MMU_UNITS)))
    if not value or value <= 0:
        return 0
    if unit == "pixels":
        return int(math.ceil(value - 1e-9))
    return int(math.ceil(value * 1e4 / pixel_area_m2 - 1e-9))


def check_compared_rasters(stack, n, confidence_index):
    """The first `n` rasters of `stack` and its confidence layers (`confidence_index`) of a type that is
    counted, and a common window that is not empty, or a RasterError; returns check_raster's warnings."""
    warnings = check_raster(stack)
    for i in range(n):
        if stack.data_types[i] not in COUNTED_TYPES:
            raise RasterError(translate(
                "CLCplusChange", "{} has {} values; a CLCplus Backbone raster holds 8-bit class codes").format(
                stack.paths[i], gdal.GetDataTypeName(stack.data_types[i])))
    for i in confidence_index:
        if stack.data_types[i] not in COUNTED_TYPES:
            raise RasterError(translate("CLCplusChange", "{} has {} values; a confidence layer holds 0-100").format(
                stack.paths[i], gdal.GetDataTypeName(stack.data_types[i])))
    if stack.width == 0 or stack.height == 0:
        raise RasterError(translate(
            "CLCplusChange", "The rasters do not overlap (or the extent or zones lie outside them): there is "
            "no common window to compare"))
    return warnings


def check_confidence_layers(paths, years):
    """Confidence inputs must be confidence layers of the same year as their land cover."""
    for path, year in zip(paths, years):
        if path is None:
            continue
        parsed = product.parse_file_name(source_path(path))
        if parsed is None:
            continue
        if parsed.layer is not product.CONFIDENCE:
            raise RasterError(translate(
                "CLCplusChange", "{} is the {} layer ({}) of the product; give the confidence layer ({})").format(
                source_path(path), parsed.layer.name, parsed.layer.key, product.CONFIDENCE.key))
        if year is not None and parsed.year != year:
            raise RasterError(translate(
                "CLCplusChange", "{} is the confidence of {}, but its land cover is from {}").format(
                os.path.basename(source_path(path)), parsed.year, year))


def coverage_warnings(stack, sources):
    """A warning when the common window is smaller than one of the rasters."""
    smaller = []
    for source in sources:
        dataset = source if isinstance(source, gdal.Dataset) else gdal.Open(str(source))
        if dataset.RasterXSize * dataset.RasterYSize > stack.width * stack.height:
            smaller.append(os.path.basename(source_path(source)))
    if not smaller:
        return []
    return [translate(
        "CLCplusChange", "Compared on the common window of the rasters ({} x {} pixels), smaller than {}").format(
        stack.width, stack.height, ", ".join(smaller))]
