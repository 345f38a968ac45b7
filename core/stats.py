"""Class areas of a CLCplus raster for its whole extent, an extent, or per polygon zone.

Counting is np.bincount over blocks read by core/blocks.py; values are mapped to a column per
product code (plus one for values that are not product codes) through a lookup table, so a block
costs one table lookup and one bincount. The 11 land-cover classes make the percentages; 253, 254
and 255 are reported beside them, never inside.
"""

import re
from dataclasses import dataclass, field
from typing import List

import numpy as np
from osgeo import gdal

from . import blockindex, cellcount, product
from .i18n import translate
from .report import plain_number
from .blocks import Progress, RasterError, RasterStack, fold, histogram
from .zones import CENTRE, EXACT, RULES, Zones

# Table columns: one per product code in product order, then "other" (any other value).
CODES = product.ALL_CODES
OTHER = len(CODES)
COLUMNS = len(CODES) + 1
LAND_COVER_COLUMNS = np.array([product.is_land_cover(c) for c in CODES] + [False])

UNITS = {"m2": 1.0, "ha": 1e4, "km2": 1e6}
UNIT_LABELS = {"m2": "m\u00b2", "ha": "ha", "km2": "km\u00b2"}

COUNTED_TYPES = {gdal.GDT_Byte: 256, gdal.GDT_UInt16: 65536}  # the types counted -> how many values each holds


@dataclass
class ZoneAreas:
    id: object
    name: str
    pixels: np.ndarray  # per column; fractional under the exact rule
    outside: bool = False

    def land_cover_pixels(self):
        return float(self.pixels[LAND_COVER_COLUMNS].sum())

    def all_pixels(self):
        return float(self.pixels.sum())


@dataclass
class AreaStatistics:
    pixel_area_m2: float
    rule: str
    zones: List[ZoneAreas]
    other_values: dict = field(default_factory=dict)  # value -> pixels, for values not product codes
    warnings: List[str] = field(default_factory=list)

    def total(self):
        """All zones together (overlapping zones count their shared pixels twice)."""
        return ZoneAreas(None, "", np.sum([z.pixels for z in self.zones], axis=0))

    def area(self, pixels, unit):
        return float(pixels) * self.pixel_area_m2 / UNITS[unit]

    def rows(self, unit="ha"):
        """The long table: one row per zone and code present, land cover first."""
        rows = []
        for zone in self.zones:
            land = zone.land_cover_pixels()
            every = zone.all_pixels()
            for column, code in enumerate(CODES + (None,)):
                pixels = zone.pixels[column]
                if not pixels:
                    continue
                is_land = column < OTHER and product.is_land_cover(code)
                rows.append({
                    "zone_id": zone.id, "zone_name": zone.name,
                    "code": code, "class_name": product.class_label(code) if code is not None
                    else translate("CLCplusStats", "other values"),
                    "pixels": plain_number(pixels), "area": self.area(pixels, unit),
                    "pct_land_cover": 100.0 * float(pixels) / land if is_land and land else None,
                    "pct_zone": 100.0 * float(pixels) / every if every else None,
                })
        return rows


def value_lookup(nodata, size=256):
    """value -> column; the declared nodata value, when it is not a product code, counts as 255."""
    lookup = np.full(size, OTHER, dtype=np.uint8)
    for column, code in enumerate(CODES):
        if code < size:
            lookup[code] = column
    if nodata is not None and float(nodata).is_integer() and 0 <= nodata < size and int(nodata) not in CODES:
        lookup[int(nodata)] = CODES.index(product.NO_DATA)
    return lookup


def check_raster(stack):
    """Errors for rasters that cannot be CLCplus; warnings for ones that may not be."""
    warnings = []
    name = stack.paths[0]
    if stack.data_types[0] not in COUNTED_TYPES:
        raise RasterError(translate(
            "CLCplusStats", "{} has {} values; a CLCplus Backbone raster holds 8-bit class codes").format(
                name, gdal.GetDataTypeName(stack.data_types[0])))
    if stack.srs is None:
        raise RasterError(translate(
            "CLCplusStats", "{} has no coordinate reference system; class areas need one").format(name))
    if stack.srs.IsGeographic():
        raise RasterError(translate(
            "CLCplusStats", "{} is in a geographic CRS ({}); class areas need an equal-area grid such as "
                            "EPSG:3035, the CRS of CLCplus Backbone").format(name, stack.srs.GetName()))
    if stack.srs.GetAuthorityCode(None) != str(product.CRS_EPSG):
        warnings.append(translate(
            "CLCplusStats", "The raster is not in EPSG:3035 but {}: areas are pixel counts times the pixel "
                            "area of that grid, exact only for an equal-area projection").format(stack.srs.GetName()))
    size = product.PIXEL_SIZE_M
    if abs(stack.pixel_width - size) > 1e-6 or abs(stack.pixel_height - size) > 1e-6:
        warnings.append(translate(
            "CLCplusStats", "The raster's pixels are {:g} x {:g} m, not the product's {} m: it may be "
                            "resampled").format(stack.pixel_width, stack.pixel_height, size))
    return warnings


def class_areas(raster, zones=None, zones_crs=None, extent=None, rule=CENTRE, progress=None, threads=2):
    """Class areas of `raster` (path or dataset).

    zones: None for the whole raster (or `extent`, xmin, ymin, xmax, ymax in the raster's CRS:
    the pixels whose centre is inside), else a list of (id, name, polygon WKT) in `zones_crs`.
    rule: CENTRE (a pixel counts for the zone holding its centre) or EXACT (by the fraction of
    the pixel inside). progress: a blocks.Progress.
    """
    if rule not in RULES:
        raise ValueError("rule must be one of {}".format(", ".join(RULES)))
    progress = progress or Progress()
    stack = RasterStack([raster], extent=extent)
    warnings = check_raster(stack)
    size = COUNTED_TYPES[stack.data_types[0]]
    lookup = value_lookup(stack.nodata[0], size)
    # Cached tiles (alone or in a VRT mosaic) with a valid block-histogram index: the cells a zone
    # holds whole come from it, the rest is read; anything else streams (core/cellcount.py).
    sources = blockindex.sources_for(stack)
    if zones is None and sources:
        raw = cellcount.count_whole(stack, sources, progress, threads)
        results = [ZoneAreas(None, "", fold(raw, lookup, COLUMNS))]
    elif zones is None:
        pixels, raw = _count_whole(stack, lookup, size, progress, threads)
        results = [ZoneAreas(None, "", pixels)]
    else:
        zone_set = Zones(zones, zones_crs, stack)
        warnings += [translate("CLCplusStats", "Zone {} had an invalid geometry and was repaired").format(z)
                     for z in zone_set.repaired]
        if sources and cellcount.spares_reading(stack, zone_set):
            counts, raw = cellcount.count_zones(stack, zone_set, sources, lookup, COLUMNS, rule, progress, threads)
        else:
            counts, raw = _count_zones(stack, zone_set, lookup, size, rule, progress, threads)
        results = [ZoneAreas(z.id, z.name, counts[i], z.envelope is None) for i, z in enumerate(zone_set.zones)]
        for zone in results:
            if zone.outside:
                warnings.append(translate("CLCplusStats", "Zone {} lies outside the raster; its areas are 0").format(
                    zone.id))
            elif not zone.all_pixels():
                warnings.append(translate("CLCplusStats", "Zone {} holds no pixel centre (smaller than a pixel?); "
                                          "use the exact rule to count its partial pixels").format(zone.id))
    other = {int(v): plain_number(raw[v]) for v in np.nonzero(raw)[0] if lookup[v] == OTHER}
    if other:
        shown = ", ".join(str(v) for v in sorted(other)[:8])
        warnings.append(translate("CLCplusStats", "{} pixels hold values that are not CLCplus Backbone codes ({}); "
                                  "they are counted as 'other values'").format(
            plain_number(sum(other.values())), shown))
    return AreaStatistics(stack.pixel_area, rule, results, other, warnings)


def _count_whole(stack, lookup, size, progress, threads):
    def count(window, arrays):
        return histogram(arrays[0], size)

    raw = np.zeros(size, dtype=np.int64)
    for counts in stack.map(count, progress=progress, threads=threads):
        raw += counts
    pixels = fold(raw, lookup, COLUMNS)
    return pixels, raw


def _count_zones(stack, zone_set, lookup, size, rule, progress, threads):
    n = len(zone_set)
    area = zone_set.window_covering_all()
    exact = rule == EXACT
    counts = np.zeros((n, COLUMNS), dtype=np.float64 if exact else np.int64)
    raw = np.zeros(size, dtype=np.float64 if exact else np.int64)
    if area is None:
        return counts, raw
    windows = [w for w in stack.windows(within=area) if zone_set.indices_in(w)]

    def count(window, arrays):
        block = arrays[0]
        # A window inside a zone, away from its edges, is counted for it by one histogram, not burnt.
        holding, crossing = zone_set.holding_and_crossing(window, zone_set.indices_in(window))
        parts = []
        if holding:
            values = histogram(block, size)
            zone_counts = fold(values, lookup, COLUMNS).astype(counts.dtype)
            parts.append((holding, np.tile(zone_counts, (len(holding), 1)), values * len(holding)))
        if crossing and exact:
            parts.append(_exact_window(zone_set, window, block, lookup, crossing, size))
        elif crossing:
            parts.append(_centre_window(zone_set, window, block, lookup, crossing, size))
        return parts

    for parts in stack.map(count, windows, progress=progress, threads=threads):
        for indices, zone_counts, values in parts:
            counts[indices] += zone_counts
            raw += values
    return counts, raw


def _centre_window(zone_set, window, block, lookup, indices, size):
    """Per zone, the count of every raw value (one bincount of zone x value keys per group), folded
    into the table's columns afterwards: no per-pixel lookup."""
    if size > 256:  # 16-bit rasters: zone x value keys would be too many; look the columns up instead
        return _centre_window_by_column(zone_set, window, block, lookup, indices, size)
    value_counts = np.zeros((len(indices), size), dtype=np.int64)
    if len(indices) < 256:  # (zone, value) keys fit 16 bits: counted without masks
        if len(zone_set) < 256:  # zone ids burn as bytes: the burnt id is the key's zone part
            to_key, rows = None, np.asarray(indices, dtype=np.int64) + 1  # 0 is outside every zone
        else:  # the window's zones numbered 1.. in the key
            to_key = np.zeros(len(zone_set) + 1, dtype=np.uint16)
            to_key[np.asarray(indices, dtype=np.int64) + 1] = np.arange(1, len(indices) + 1)
            rows = np.arange(1, len(indices) + 1)
        for part, burnt in zone_set.centre_burns(window, indices):
            keys = burnt.astype(np.uint16) if to_key is None else to_key.take(burnt)
            keys <<= 8
            keys |= block[part]
            value_counts += np.bincount(keys.ravel(), minlength=65536).reshape(256, 256)[rows]
    else:
        for part, inside, position in zone_set.centre_groups(window, indices):
            keys = position * size + block[part][inside]
            value_counts += np.bincount(keys, minlength=len(indices) * size).reshape(-1, size)
    return indices, fold(value_counts, lookup, COLUMNS), value_counts.sum(axis=0)


def _centre_window_by_column(zone_set, window, block, lookup, indices, size):
    columns = lookup[block]
    zone_counts = np.zeros((len(indices), COLUMNS), dtype=np.int64)
    value_counts = np.zeros(size, dtype=np.int64)
    for part, inside, position in zone_set.centre_groups(window, indices):
        keys = position * COLUMNS + columns[part][inside]
        zone_counts += np.bincount(keys, minlength=len(indices) * COLUMNS).reshape(-1, COLUMNS)
        value_counts += histogram(block[part][inside], size)
    return indices, zone_counts, value_counts


def _exact_window(zone_set, window, block, lookup, indices, size):
    zone_counts = np.zeros((len(indices), COLUMNS), dtype=np.float64)
    value_counts = np.zeros(size, dtype=np.float64)
    for position, slices, fractions in zone_set.coverages(window, indices):
        values = block[slices].ravel()
        weights = fractions.ravel()
        zone_counts[position] = np.bincount(lookup[values], weights=weights, minlength=COLUMNS)
        value_counts += np.bincount(values, weights=weights, minlength=size)
    return indices, zone_counts, value_counts


def field_name(code):
    """A stable, language-independent attribute name for a class: 'woody_needle_leaved_trees'."""
    return re.sub(r"[^a-z0-9]+", "_", product.product_class(code).name.lower()).strip("_")


MAX_ZONE_CHARTS = 25


def html_report(statistics, unit="ha", title=None, source=""):
    """The report: totals, a bar chart in the class colours overall and per zone, the caveats."""
    from . import report

    title = title or translate("CLCplusStats", "CLCplus Backbone class areas")
    label = UNIT_LABELS[unit]
    parts = [report.notes(statistics.warnings)]
    zones = statistics.zones
    if len(zones) > 1:
        parts.append("<h2>{}</h2>".format(report.escape(translate("CLCplusStats", "All zones"))))
        parts.append(_zone_section(statistics, statistics.total(), unit, label))
    for zone in zones[:MAX_ZONE_CHARTS]:
        if zone.id is not None:
            parts.append("<h2>{}</h2>".format(report.escape(translate("CLCplusStats", "Zone {}{}").format(
                zone.id, " \u2013 " + zone.name if zone.name else ""))))
        parts.append(_zone_section(statistics, zone, unit, label))
    if len(zones) > MAX_ZONE_CHARTS:
        parts.append("<p>{}</p>".format(report.escape(translate(
            "CLCplusStats", "{} more zones are in the table output.").format(len(zones) - MAX_ZONE_CHARTS))))
    rule = translate("CLCplusStats", "pixel centre") if statistics.rule == CENTRE else \
        translate("CLCplusStats", "exact pixel coverage")
    subtitle = (source + " \u00b7 " if source else "") + translate(
        "CLCplusStats", "Counting rule: {}; pixel area {:g} m²").format(rule, statistics.pixel_area_m2)
    return report.document(title, parts, subtitle)


def _zone_section(statistics, zone, unit, label):
    from . import report

    land = zone.land_cover_pixels()
    every = zone.all_pixels()
    bars, rows = [], []
    for column, code in enumerate(CODES):
        pixels = zone.pixels[column]
        cls = product.product_class(code)
        if cls.is_land_cover:
            bars.append((cls.label, statistics.area(pixels, unit), cls.hex))
        if pixels or cls.is_land_cover:
            rows.append([report.swatch(cls.hex) + report.escape(cls.label), report.format_number(code),
                         report.format_number(statistics.area(pixels, unit)),
                         report.format_number(100.0 * pixels / land) if cls.is_land_cover and land else "",
                         report.format_number(100.0 * pixels / every) if every else ""])
    if zone.pixels[OTHER]:
        rows.append([report.escape(translate("CLCplusStats", "other values")), "",
                     report.format_number(statistics.area(zone.pixels[OTHER], unit)), "",
                     report.format_number(100.0 * zone.pixels[OTHER] / every)])
    rows.append(["<b>{}</b>".format(report.escape(translate("CLCplusStats", "Land cover (classes 1-11)"))), "",
                 report.format_number(statistics.area(land, unit)),
                 "100.00" if land else "", report.format_number(100.0 * land / every) if every else ""])
    headers = [translate("CLCplusStats", "Class"), translate("CLCplusStats", "Code"),
               translate("CLCplusStats", "Area ({})").format(label), translate("CLCplusStats", "% of land cover"),
               translate("CLCplusStats", "% of zone")]
    return report.bar_chart(bars, label) + report.table(headers, rows)
