"""change_detection: the inputs checked (inputs.py), the windows counted (counting.py), the change
raster written as they come back, and the counts turned into a ChangeResult with its warnings.

Minimum mapping unit (core/mmu.py): the rasters are read once; each window's change mask (1 where
the land-cover class changed, certain or not) is cut into patches of connected changed pixels
(connectivity 8: pixels touching by an edge or a corner form one patch; 4: by an edge only), patches
on window edges are joined window by window, and the rows of a window are counted once every patch in
them is known to reach the MMU or to be smaller. The result is exact: every patch of change with fewer
pixels than the MMU, and only those, counts as no change. The confidence split comes after.

The change raster is written from the main thread as the windows come back, under a temporary name
renamed into place when complete (a cancel or an error leaves nothing); core/geotiff.py says how.
"""

import os

import numpy as np
from osgeo import gdal

from .. import product
from ..blocks import Progress, RasterError, RasterStack
from ..geotiff import GeoTiffWriter, default_compression
from ..i18n import translate
from ..mmu import KeptStack
from ..report import plain_number
from ..stats import CODES, OTHER
from ..zones import CENTRE, RULES, Zones
from .counting import WindowCounter, change_raster_counts, count_windows, land_column_mask
from .inputs import (MMU_UNITS, check_compared_rasters, check_confidence_layers, coverage_warnings, default_labels,
                     mmu_pixels, resolve_years, source_path, year_caveats, year_warnings)
from .result import LAND_CODES, ChangeResult, ZoneChange

CONNECTIVITIES = (8, 4)
DEFAULT_THRESHOLD = 50
MAX_RASTERS = 4


def _phase(progress, start, end):
    return Progress(lambda percent: progress.update(start + (end - start) * percent / 100.0), progress.is_canceled)


# --- The engine ---------------------------------------------------------------------------------

def change_detection(rasters, years=None, zones=None, zones_crs=None, extent=None, rule=CENTRE,
                     mmu=0, mmu_unit="pixels", connectivity=8, confidence=None,
                     threshold=DEFAULT_THRESHOLD, output=None, compress=None, progress=None, threads=2):
    """Change between CLCplus Backbone rasters (paths or datasets) in year order, earlier first.

    The matrix, the balance and the change raster compare the first raster with the last; rasters
    between them (at most MAX_RASTERS in all) add trajectories through every year.
    years: per raster a reference year or None (then read from an official file name, if any).
    zones: None for the whole common window (or `extent`, xmin, ymin, xmax, ymax in the rasters' CRS),
    else (id, name, polygon WKT) in `zones_crs`, counted by `rule` (CENTRE or EXACT); the totals are
    then the sum over the zones and the change raster covers the rectangle around them.
    mmu, mmu_unit ('pixels' or 'ha'): patches of change smaller than this count as no change (0: off);
    connectivity 8 or 4 decides which pixels form a patch.
    confidence: None or (earlier, later) confidence layers (either may be None); a change where a
    given layer is below `threshold` is uncertain and counted apart.
    output: path of the change raster (GeoTIFF), or None. progress: a blocks.Progress.
    """
    rasters = list(rasters)
    n = len(rasters)
    if not 2 <= n <= MAX_RASTERS:
        raise ValueError("give 2 to {} rasters in year order".format(MAX_RASTERS))
    if rule not in RULES:
        raise ValueError("rule must be one of {}".format(", ".join(RULES)))
    if connectivity not in CONNECTIVITIES:
        raise ValueError("connectivity must be 8 or 4")
    if mmu_unit not in MMU_UNITS:
        raise ValueError("MMU unit must be one of {}".format(", ".join(MMU_UNITS)))
    progress = progress or Progress()
    resolved, warnings = resolve_years(rasters, years)
    confidence = list(confidence) if confidence else [None, None]
    if len(confidence) != 2:
        raise ValueError("confidence: a pair (earlier, later), either may be None")
    check_confidence_layers(confidence, [resolved[0], resolved[-1]])
    confidence_sources = [c for c in confidence if c is not None]
    sources = rasters + confidence_sources
    confidence_index = list(range(n, n + len(confidence_sources)))
    stack = RasterStack(sources, extent=extent)
    warnings += check_compared_rasters(stack, n, confidence_index)
    if extent is None and zones is None:
        warnings += coverage_warnings(stack, sources)
    zone_set, zone_warnings = None, []
    if zones is not None:
        zone_set = Zones(zones, zones_crs, stack)
        area = zone_set.window_covering_all()
        if area is not None and (area.width, area.height) != (stack.width, stack.height):
            stack = RasterStack(sources, extent=stack.window_extent(area))
            zone_set = Zones(zones, zones_crs, stack)
        zone_warnings = ["Zone {} had an invalid geometry and was repaired".format(z) for z in zone_set.repaired]
        if area is None:
            raise RasterError(translate(
                "CLCplusChange", "No zone meets the rasters' common window; nothing to compare"))
    warnings += zone_warnings
    labels = [str(y) if y is not None else label for y, label in zip(resolved, default_labels(n))]
    if any(y is None for y in resolved):
        warnings.append(translate(
            "CLCplusChange", "The year of {} is not known (not an official file name): give it to see the "
            "caveats of that year").format(", ".join(
                                os.path.basename(source_path(r)) for r, y in zip(rasters, resolved) if y is None)))
    warnings += year_warnings(resolved)
    if confidence_sources and not 0 <= threshold <= product.CONFIDENCE.valid_range[1]:
        raise ValueError("the confidence threshold must be 0 to {}".format(product.CONFIDENCE.valid_range[1]))
    threshold = int(threshold) if confidence_sources else None
    mmu = mmu_pixels(mmu, mmu_unit, stack.pixel_area)

    writer = None
    try:
        mask_index = None
        windows = stack  # what the counter maps over: the stack, or with the MMU one more array
        if mmu > 1:
            changes = WindowCounter(stack, n, [], None, None, None, CENTRE, False).changes
            windows = KeptStack(stack, changes, mmu, connectivity)
            mask_index = len(sources)
        if output:
            writer = GeoTiffWriter(output, stack, gdal.GDT_UInt16, nodata=product.CHANGE_NODATA,
                              compress=compress or default_compression(), overviews=True)
        counter = WindowCounter(stack, n, confidence_index, mask_index, threshold, zone_set, rule, writer is not None)
        totals = count_windows(windows, counter, zone_set, writer, _phase(progress, 0, 98 if writer else 100), threads)
        counts, zone_counts, trajectories, no_confidence, whole = totals
        result = ChangeResult(
            years=resolved, labels=labels, pixel_area_m2=stack.pixel_area, counts=counts, rule=rule,
            trajectories=trajectories, mmu_pixels=mmu if mmu > 1 else 0, connectivity=connectivity,
            threshold=threshold, warnings=warnings, caveats=year_caveats(resolved), extent=stack.extent,
            sources=[source_path(r) for r in rasters])
        if zone_set is not None:
            result.zones = [ZoneChange(z.id, z.name, zone_counts[i], z.envelope is None)
                            for i, z in enumerate(zone_set.zones)]
            for zone in result.zones:
                if zone.outside:
                    result.warnings.append(translate(
                        "CLCplusChange", "Zone {} lies outside the rasters; its areas are 0").format(zone.id))
                elif not zone.counts.sum():
                    result.warnings.append(translate(
                        "CLCplusChange", "Zone {} holds no pixel centre (smaller than a pixel?); use the "
                        "exact rule to count its partial pixels").format(zone.id))
        result.warnings += _result_warnings(result, no_confidence)
        if writer is not None:
            # With zones the raster covers the rectangle around them: its own counts, not the zones'.
            result.raster_counts = change_raster_counts(whole)
            legend_counts = {k: v for k, v in result.raster_counts.items() if k != product.CHANGE_NODATA}
            writer.finish(bool(legend_counts), legend_counts)  # a raster of no data only has no legend
            result.raster = writer.path
            writer = None
            progress.update(1.0)
        return result
    except BaseException:
        if writer is not None:
            writer.abort()
        raise


def _result_warnings(result, no_confidence):
    warnings = []
    full = result.full()
    other_from, other_to = full[OTHER, :].sum(), full[:, OTHER].sum()
    for label, pixels in ((result.labels[0], other_from), (result.labels[-1], other_to)):
        if pixels:
            warnings.append(translate(
                "CLCplusChange", "{} pixels of the {} raster hold values that are not CLCplus Backbone codes; "
                "they are left out of the matrix").format(plain_number(pixels), label))
    buffer = CODES.index(product.COASTAL_SEAWATER_BUFFER)
    land = land_column_mask()
    left_out = full[land, buffer].sum() + full[buffer, land].sum()
    if left_out:
        without = [str(y) for y in result.years if y is not None and not product.reference_year(y).has_coastal_buffer]
        text = translate(
            "CLCplusChange", "{:.2f} ha are coastal seawater buffer ({}) in one year and a land-cover class in the "
            "other: not comparable, left out of the matrix").format(result.area(left_out, "ha"),
                                                               product.COASTAL_SEAWATER_BUFFER)
        if without:
            text += " " + translate(
                "CLCplusChange", "({} has no buffer class; its coastal pixels carry other codes)").format(
                ", ".join(without))
        warnings.append(text)
    if no_confidence:
        warnings.append(translate(
            "CLCplusChange", "{} changed pixels have no confidence value (outside the confidence layer's "
            "area); they count as certain").format(no_confidence))
    changed = result.changed_pixels() + float(result.uncertain().sum())
    if changed:
        share = _confused_share(result.matrix() + result.uncertain())
        if share >= 0.25:
            warnings.append(translate(
                "CLCplusChange", "{:.0f} % of the changed area is between classes the product manuals name as "
                "often confused ({}): much of it may be classification differences, not change")
                            .format(100 * share, _confusion_text()))
    if not result.compared_pixels():
        warnings.append(translate("CLCplusChange", "No pixel is land cover in both years: there is nothing to compare"))
    return warnings


def _confusion_pairs():
    pairs = set()
    for code, others in product.WEAK_CLASSES.items():
        for other in others:
            pairs.add((code, other))
            pairs.add((other, code))
    return pairs


def _confused_share(matrix):
    changed = matrix.sum() - np.trace(matrix)
    if not changed:
        return 0.0
    index = {c: i for i, c in enumerate(LAND_CODES)}
    confused = sum(matrix[index[a], index[b]] for a, b in _confusion_pairs())
    return float(confused) / float(changed)


def _confusion_text():
    return "; ".join("{} {} {}".format(code, translate("CLCplusChange", "with"), ", ".join(str(o) for o in others))
                     for code, others in product.WEAK_CLASSES.items())
