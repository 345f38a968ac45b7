"""Change between reference years: the from->to matrix, the change raster, the per-class balance
(Pontius) and, with more than two rasters, trajectories (a -> b -> c).

The rasters are read together on their common window by core/blocks.py (the same 10 m grid, or a
RasterError naming the mismatch). Each block's value pairs are counted with np.bincount; for the
plain two-raster case only the changed pixels go through bincount (the unchanged ones are counted
per code with vectorised comparisons, which release the GIL), so two threads share the work.

What is counted, per pixel of the window (or of each zone):
- the full from->to counts over every product code (15 x 15, with "other values"), split by a
  status: kept, uncertain (either year's confidence below the threshold) or below the minimum
  mapping unit (a patch of change smaller than the MMU, treated as no change);
- the matrix of land cover (classes 1-11 in both years): kept changes and persistence, with the
  changes below the MMU put back on the diagonal; uncertain changes stand apart;
- the change raster: from * 100 + to where the class changed (uncertain changes too: the map shows
  every change that survived the MMU), product.NO_CHANGE where it did not or the change was below
  the MMU, product.CHANGE_NODATA where either year is not land cover.

Minimum mapping unit (core/mmu.py): the rasters are read once; each window's change mask (1 where
the land-cover class changed, certain or not) is cut into patches of connected changed pixels
(connectivity 8: pixels touching by an edge or a corner form one patch; 4: by an edge only), patches
on window edges are joined window by window, and the rows of a window are counted once every patch in
them is known to reach the MMU or to be smaller. The result is exact: every patch of change with fewer
pixels than the MMU, and only those, counts as no change. The confidence split comes after.

The change raster is written from the main thread as the windows come back, under a temporary name
renamed into place when complete (a cancel or an error leaves nothing). Pieces of output blocks are
gathered until a block is complete, so each block is compressed and written once and GDAL's cache
never holds more than a window's blocks; the overviews are filled the same way from every 2nd,
4th, ... pixel, so the file is never read back. LZW (as the product) by default; ZSTD writes several
times faster.
"""

import contextlib
import csv
import io
import math
import os
import uuid
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np
from osgeo import gdal

from . import files, product
from .i18n import translate
from .blocks import Progress, RasterError, RasterStack, WriteError
from .mmu import KeptStack
from .report import csv_number, plain_number
from .stats import CODES, COLUMNS, OTHER, UNIT_LABELS, UNITS, check_raster, value_lookup
from .zones import CENTRE, EXACT, RULES, Zones

gdal.UseExceptions()

# Status of a pixel's from->to pair.
KEPT, UNCERTAIN, BELOW_MMU = 0, 1, 2
STATUSES = 3
PAIRS = COLUMNS * COLUMNS  # from column * COLUMNS + to column
KEYS = STATUSES * PAIRS

LAND = np.array([c for c, code in enumerate(CODES) if product.is_land_cover(code)])  # land-cover columns
LAND_CODES = tuple(CODES[c] for c in LAND)
CONNECTIVITIES = (8, 4)
DEFAULT_THRESHOLD = 50
MAX_RASTERS = 4
MMU_UNITS = ("pixels", "ha")
_INTEGER_TYPES = {gdal.GDT_Byte: 256, gdal.GDT_UInt16: 65536}
_OVERVIEW_TARGET = 256  # overviews down to about this many pixels a side
# Blocks of the files written: half the product's, so that the blocks still being filled where the
# windows do not line up with them (a row of them at most) hold half as much.
OUTPUT_BLOCK = product.BLOCK_PIXELS // 2


def _product_text(text):
    """A text of core/product.py (its caveats and notes) in the user's language."""
    return translate(product.TR_CONTEXT, text)


# --- Results ------------------------------------------------------------------------------------

@dataclass
class ZoneChange:
    id: object
    name: str
    counts: np.ndarray  # (STATUSES, COLUMNS, COLUMNS): pixels, fractional under the exact rule
    outside: bool = False


@dataclass
class ChangeResult:
    years: list  # per raster: the reference year, or None where it is not known
    labels: list  # per raster: "2018", or "earlier" / "later" / "intermediate"
    pixel_area_m2: float
    counts: np.ndarray  # (STATUSES, COLUMNS, COLUMNS) over the window, or summed over the zones
    rule: str = CENTRE
    zones: List[ZoneChange] = field(default_factory=list)
    trajectories: Optional[np.ndarray] = None  # COLUMNS ** n counts (n rasters), None with two
    mmu_pixels: int = 0
    connectivity: int = 8
    threshold: Optional[int] = None  # confidence threshold, when confidence layers were given
    raster: Optional[str] = None  # the change raster written
    raster_counts: dict = field(default_factory=dict)  # value -> pixels of the change raster
    warnings: List[str] = field(default_factory=list)
    caveats: List[str] = field(default_factory=list)
    extent: tuple = ()
    sources: list = field(default_factory=list)

    # -- the land-cover views --

    def _counts(self, zone):
        return self.counts if zone is None else zone.counts

    def matrix(self, zone=None):
        """Land cover (classes 1-11) from -> to: kept changes and persistence; changes in patches below
        the MMU count as persistence of the earlier class; uncertain changes are not in it."""
        counts = self._counts(zone)
        main = counts[KEPT][np.ix_(LAND, LAND)].copy()
        below = counts[BELOW_MMU][np.ix_(LAND, LAND)]
        main[np.diag_indices(len(LAND))] += below.sum(axis=1)
        return main

    def uncertain(self, zone=None):
        """Land-cover changes where either year's confidence is below the threshold."""
        return self._counts(zone)[UNCERTAIN][np.ix_(LAND, LAND)].copy()

    def below_mmu(self, zone=None):
        """Land-cover changes in patches smaller than the MMU (counted as persistence in matrix())."""
        return self._counts(zone)[BELOW_MMU][np.ix_(LAND, LAND)].copy()

    def full(self, zone=None):
        """Every product code (and 'other values') from -> to, all statuses together: its row sums are
        the earlier raster's class counts, its column sums the later one's."""
        return self._counts(zone).sum(axis=0)

    def area(self, pixels, unit):
        return float(pixels) * self.pixel_area_m2 / UNITS[unit]

    def compared_pixels(self, zone=None):
        return float(self.matrix(zone).sum() + self.uncertain(zone).sum())

    def changed_pixels(self, zone=None):
        main = self.matrix(zone)
        return float(main.sum() - np.trace(main))

    def not_comparable(self, zone=None):
        """Pixels left out of the matrix because a year is not land cover: {(earlier code or None,
        later code or None): pixels}, None standing for 'other values'."""
        full = self.full(zone)
        result = {}
        land = set(LAND.tolist())
        for i in range(COLUMNS):
            for j in range(COLUMNS):
                if full[i, j] and not (i in land and j in land):
                    result[(_code(i), _code(j))] = plain_number(full[i, j])
        return result

    # -- tables --

    def rows(self, unit="ha", zone=None):
        """The long table: one row per from -> to pair of land-cover classes with any pixel."""
        main, unsure, below = self.matrix(zone), self.uncertain(zone), self.below_mmu(zone)
        from_total = main.sum(axis=1) + unsure.sum(axis=1)
        rows = []
        for i, a in enumerate(LAND_CODES):
            for j, b in enumerate(LAND_CODES):
                if not (main[i, j] or unsure[i, j] or below[i, j]):
                    continue
                rows.append({
                    "from_code": a, "from_name": product.class_label(a),
                    "to_code": b, "to_name": product.class_label(b),
                    "changed": int(a != b),
                    "pixels": plain_number(main[i, j]), "area": self.area(main[i, j], unit),
                    "pct_of_from": 100.0 * float(main[i, j]) / float(from_total[i]) if from_total[i] else None,
                    "uncertain_pixels": plain_number(unsure[i, j]), "uncertain_area": self.area(unsure[i, j], unit),
                    "below_mmu_pixels": plain_number(below[i, j]),
                })
        return rows

    def zone_rows(self, unit="ha"):
        rows = []
        for zone in self.zones:
            for row in self.rows(unit, zone):
                rows.append(dict(zone_id=zone.id, zone_name=zone.name, **row))
        return rows

    def balance(self, unit="ha", zone=None):
        """Per land-cover class (Pontius): area in each year, persistence, gain, loss, net change
        (gain - loss), total change (gain + loss), swap (2 x min(gain, loss)), and the uncertain gain
        and loss set apart. Areas in each year are of the pixels that are land cover in both years;
        later - earlier = net + uncertain gain - uncertain loss."""
        main, unsure = self.matrix(zone), self.uncertain(zone)
        both = main + unsure
        rows = []
        for i, code in enumerate(LAND_CODES):
            persistence = main[i, i]
            gain = main[:, i].sum() - persistence
            loss = main[i, :].sum() - persistence
            values = {"earlier": both[i, :].sum(), "later": both[:, i].sum(), "persistence": persistence,
                      "gain": gain, "loss": loss, "net": gain - loss, "total_change": gain + loss,
                      "swap": 2 * min(gain, loss), "uncertain_gain": unsure[:, i].sum(),
                      "uncertain_loss": unsure[i, :].sum()}
            row = {"code": code, "class_name": product.class_label(code)}
            row.update({key: self.area(value, unit) for key, value in values.items()})
            rows.append(row)
        return rows

    def trajectory_rows(self, unit="ha", top=None, changed_only=False):
        """Trajectories of land cover through every raster (classes 1-11 in each year), most
        frequent first: codes, names, label 'a → b → c', pixels, area, % of the pixels that are land
        cover in every year, and the number of steps where the class changed."""
        if self.trajectories is None:
            return []
        n = len(self.years)
        counts = self.trajectories.reshape((COLUMNS,) * n)
        land = counts[np.ix_(*([LAND] * n))]
        total = float(land.sum())
        order = np.argsort(-land, axis=None, kind="stable")
        rows = []
        for flat in order:
            pixels = land.flat[flat]
            if not pixels:
                break
            index = np.unravel_index(flat, land.shape)
            codes = [LAND_CODES[k] for k in index]
            steps = sum(1 for a, b in zip(codes, codes[1:]) if a != b)
            if changed_only and not steps:
                continue
            rows.append({"codes": codes, "names": [product.class_label(c) for c in codes],
                         "label": " \u2192 ".join(str(c) for c in codes),
                         "pixels": plain_number(pixels), "area": self.area(pixels, unit),
                         "pct": 100.0 * float(pixels) / total if total else None, "changes": steps})
            if top is not None and len(rows) >= top:
                break
        return rows

    def wide_table(self, unit="ha", zone=None):
        """The matrix as rows = earlier classes, columns = later classes (areas in `unit`), with the
        uncertain change and the earlier area per row and a total row."""
        main, unsure = self.matrix(zone), self.uncertain(zone)
        label = "{} \\ {} ({})".format(self.labels[0], self.labels[-1], UNIT_LABELS[unit])
        header = [label] + ["{} {}".format(c, product.class_label(c)) for c in LAND_CODES] + \
            [translate("CLCplusChange", "uncertain change"), translate("CLCplusChange", "total")]
        rows = [header]
        for i, code in enumerate(LAND_CODES):
            rows.append(["{} {}".format(code, product.class_label(code))] +
                        [csv_number(self.area(v, unit)) for v in main[i]] +
                        [csv_number(self.area(unsure[i].sum(), unit)),
                         csv_number(self.area(main[i].sum() + unsure[i].sum(), unit))])
        rows.append([translate("CLCplusChange", "total")] +
                    [csv_number(self.area(v, unit)) for v in main.sum(axis=0)] +
                    [csv_number(self.area(unsure.sum(), unit)),
                     csv_number(self.area(main.sum() + unsure.sum(), unit))])
        return rows

    def write_csv(self, path, unit="ha", zone=None):
        text = io.StringIO(newline="")
        csv.writer(text).writerows(self.wide_table(unit, zone))
        with _writing(path):
            files.write_text(path, text.getvalue(), newline="")
        return path


def _code(column):
    return None if column == OTHER else CODES[column]


# --- Years and checks ---------------------------------------------------------------------------

def _name(source):
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
        parsed = product.parse_file_name(_name(source))
        if parsed is not None and parsed.layer is not product.LAND_COVER:
            raise RasterError(translate(
                "CLCplusChange", "{} is the {} layer ({}) of the product, not the land cover; choose the "
                "land-cover raster (RAS)").format(
                                      _name(source), parsed.layer.name, parsed.layer.key))
        named = parsed.year if parsed is not None else None
        if given is not None:
            given = product.reference_year(given).year
            if named is not None and named != given:
                warnings.append(translate("CLCplusChange", "{} is named as {} but was given as {}; {} is used").format(
                    os.path.basename(_name(source)), named, given, given))
            resolved.append(given)
        else:
            resolved.append(named)
    known = [(y, i) for i, y in enumerate(resolved) if y is not None]
    for (a, i), (b, j) in zip(known, known[1:]):
        if b < a:
            raise RasterError(translate(
                "CLCplusChange", "The rasters must be in year order, earlier first: {} is from {}, {} from {}; "
                "swap them").format(os.path.basename(_name(rasters[i])), a,
                                                      os.path.basename(_name(rasters[j])), b))
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


def _year_warnings(years):
    """Warnings for the years compared: each year's notes, and the coastal buffer that one of them lacks."""
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


def _check_inputs(stack, n, confidence_index):
    warnings = check_raster(stack)
    for i in range(n):
        if stack.data_types[i] not in _INTEGER_TYPES:
            raise RasterError(translate(
                "CLCplusChange", "{} has {} values; a CLCplus Backbone raster holds 8-bit class codes").format(
                stack.paths[i], gdal.GetDataTypeName(stack.data_types[i])))
    for i in confidence_index:
        if stack.data_types[i] not in _INTEGER_TYPES:
            raise RasterError(translate("CLCplusChange", "{} has {} values; a confidence layer holds 0-100").format(
                stack.paths[i], gdal.GetDataTypeName(stack.data_types[i])))
    if stack.width == 0 or stack.height == 0:
        raise RasterError(translate(
            "CLCplusChange", "The rasters do not overlap (or the extent or zones lie outside them): there is "
            "no common window to compare"))
    return warnings


def _confidence_checks(paths, years):
    """Confidence inputs must be confidence layers of the same year as their land cover."""
    for path, year in zip(paths, years):
        if path is None:
            continue
        parsed = product.parse_file_name(_name(path))
        if parsed is None:
            continue
        if parsed.layer is not product.CONFIDENCE:
            raise RasterError(translate(
                "CLCplusChange", "{} is the {} layer ({}) of the product; give the confidence layer ({})").format(
                _name(path), parsed.layer.name, parsed.layer.key, product.CONFIDENCE.key))
        if year is not None and parsed.year != year:
            raise RasterError(translate(
                "CLCplusChange", "{} is the confidence of {}, but its land cover is from {}").format(
                os.path.basename(_name(path)), parsed.year, year))


# --- Lookup tables ------------------------------------------------------------------------------

def _land_columns():
    land = np.zeros(COLUMNS, dtype=bool)
    land[LAND] = True
    return land


def _pair_tables():
    """Per pair key (from column * COLUMNS + to column): is it a land-cover change, its change code."""
    land = _land_columns()
    is_change = np.zeros(PAIRS, dtype=bool)
    codes = np.full(PAIRS, product.CHANGE_NODATA, dtype=np.uint16)
    for i in range(COLUMNS):
        for j in range(COLUMNS):
            if land[i] and land[j]:
                key = i * COLUMNS + j
                is_change[key] = i != j
                codes[key] = product.change_code(CODES[i], CODES[j]) if i != j else product.NO_CHANGE
    return is_change, codes


def _byte_pair_keys(lookup_a, lookup_b):
    """The pair key (from column * COLUMNS + to column) of every raw byte pair (a << 8 | b)."""
    return (lookup_a.astype(np.int64)[:, None] * COLUMNS + lookup_b[None, :]).ravel()


def _land_range(lookup):
    """(first value, count - 1) when the raw values that are land cover are one run of values, else None."""
    values = np.flatnonzero(_land_columns()[lookup])
    if not len(values) or values[-1] - values[0] + 1 != len(values):
        return None
    return int(values[0]), int(values[-1] - values[0])


def _byte_tables(lookup_a, lookup_b):
    """For two byte rasters: the change code of every raw value pair (a << 8 | b) and of every
    unchanged value a (a == b)."""
    _, codes = _pair_tables()
    pair_codes = codes[_byte_pair_keys(lookup_a, lookup_b)]
    same_codes = codes[lookup_a.astype(np.int64) * COLUMNS + lookup_b]
    return pair_codes.astype(np.uint16), same_codes.astype(np.uint16)


def _byte_histogram(values):
    """Counts of each byte value: one vectorised comparison per product code present (they release
    the GIL, np.bincount does not), np.bincount only for blocks with other values."""
    counts = np.zeros(256, dtype=np.int64)
    low, high = int(values.min()), int(values.max())
    if low == high:
        counts[low] = values.size
        return counts
    for code in CODES:
        if low <= code <= high:
            counts[code] = np.count_nonzero(values == code)
    if counts.sum() != values.size:
        counts = np.bincount(values.ravel(), minlength=256)
    return counts


# --- Writing GeoTIFFs ---------------------------------------------------------------------------

# Compression of the change raster: LZW (the product's own, read by any GIS) or ZSTD (level 1: several
# times faster to write, read by GDAL >= 2.3, so QGIS >= 3.4). (creation options, config for overviews)
COMPRESSIONS = {"LZW": (["COMPRESS=LZW"], {}),
                "ZSTD": (["COMPRESS=ZSTD", "ZSTD_LEVEL=1"], {"ZSTD_LEVEL_OVERVIEW": "1"})}


def compression_options(compress):
    if compress not in COMPRESSIONS:
        raise ValueError("compression must be one of {}".format(", ".join(COMPRESSIONS)))
    options = gdal.GetDriverByName("GTiff").GetMetadataItem("DMD_CREATIONOPTIONLIST") or ""
    if compress not in options:
        raise RasterError(translate(
            "CLCplusChange", "This GDAL cannot write {} compressed GeoTIFFs; choose LZW").format(compress))
    return list(COMPRESSIONS[compress][0])


def default_compression():
    """ZSTD where this GDAL writes it (several times faster than LZW), else LZW."""
    options = gdal.GetDriverByName("GTiff").GetMetadataItem("DMD_CREATIONOPTIONLIST") or ""
    return "ZSTD" if "ZSTD" in options else "LZW"


def overview_factors(width, height):
    factors, f = [], 2
    while max(width, height) / f > _OVERVIEW_TARGET:
        factors.append(f)
        f *= 2
    return factors


class _BlockWriter:
    """Writes one band in whole blocks: pieces of a block are gathered here until the block is
    complete, then written and flushed at once. GDAL's cache thus only ever holds complete blocks,
    each compressed and written once, and memory stays at the blocks still being filled (the front
    of the windows, at most about two rows of blocks) whatever the area."""

    def __init__(self, band, dtype):
        self.band = band
        self.dtype = dtype
        self.width, self.height = band.XSize, band.YSize
        self.block = band.GetBlockSize()[0]
        self.pending = {}  # (block row, block column) -> [array, pixels still missing]

    def write(self, col, row, array):
        """`array` at (col, row) of the band."""
        b = self.block
        height, width = array.shape
        complete = 0
        for br in range(row // b, (row + height - 1) // b + 1):
            for bc in range(col // b, (col + width - 1) // b + 1):
                x0, y0 = bc * b, br * b
                bw, bh = min(b, self.width - x0), min(b, self.height - y0)
                c0, c1 = max(col, x0), min(col + width, x0 + bw)
                r0, r1 = max(row, y0), min(row + height, y0 + bh)
                piece = array[r0 - row:r1 - row, c0 - col:c1 - col]
                if (c1 - c0, r1 - r0) == (bw, bh):
                    self.band.WriteArray(piece, x0, y0)
                    complete += 1
                    continue
                entry = self.pending.get((br, bc))
                if entry is None:
                    entry = self.pending[(br, bc)] = [np.empty((bh, bw), dtype=self.dtype), bw * bh]
                entry[0][r0 - y0:r1 - y0, c0 - x0:c1 - x0] = piece
                entry[1] -= piece.size
                if not entry[1]:
                    self.band.WriteArray(entry[0], x0, y0)
                    del self.pending[(br, bc)]
                    complete += 1
        if complete:
            self.band.FlushCache()


class _GeoTiff:
    """A single-band GeoTIFF on the stack's grid, written window by window from one thread, under a
    temporary name in the target's folder, renamed into place by finish(); abort() removes it.

    With `overviews`, nearest-neighbour overviews are filled from each window as it is written
    (every f-th pixel from the window's first multiple of f), so the file is never read back.
    """

    def __init__(self, path, stack, data_type, nodata=None, compress="LZW", overviews=False):
        self.path = str(path)
        self.dataset = None
        with _writing(self.path):
            try:
                self._create(stack, data_type, nodata, compress, overviews)
            except BaseException:
                self.abort()
                raise

    def _create(self, stack, data_type, nodata, compress, overviews):
        folder = os.path.dirname(os.path.abspath(self.path))
        os.makedirs(folder, exist_ok=True)
        self.tmp = os.path.join(
            folder, ".{}.partial-{}.tif".format(os.path.basename(self.path), uuid.uuid4().hex[:10]))
        block = OUTPUT_BLOCK
        options = ["TILED=YES", "BLOCKXSIZE={}".format(block), "BLOCKYSIZE={}".format(block),
                   "BIGTIFF=IF_SAFER", "NUM_THREADS=2"] + compression_options(compress)
        self.dataset = gdal.GetDriverByName("GTiff").Create(
            self.tmp, stack.width, stack.height, 1, data_type, options)
        self.dataset.SetGeoTransform(stack.geotransform)
        if stack.srs is not None:
            self.dataset.SetSpatialRef(stack.srs)
        self.band = self.dataset.GetRasterBand(1)
        if nodata is not None:
            self.band.SetNoDataValue(nodata)
        dtype = gdal_array_type(data_type)
        self.writers = [(1, _BlockWriter(self.band, dtype))]
        if overviews:
            factors = overview_factors(stack.width, stack.height)
            if factors:
                config = {"COMPRESS_OVERVIEW": compress, "GDAL_TIFF_OVR_BLOCKSIZE": str(block)}
                config.update(COMPRESSIONS[compress][1])
                _with_config(config, self.dataset.BuildOverviews, "NONE", factors)
            self.writers += [(f, _BlockWriter(self.band.GetOverview(i), dtype)) for i, f in enumerate(factors)]

    def write(self, window, array):
        """The window's pixels, and every f-th of them (at multiples of f) in overview f; each
        overview is taken from the previous one (multiples of 2f are among the multiples of f)."""
        col, row = window.col, window.row  # of `array`'s first pixel, in the current level
        with _writing(self.path):
            for factor, writer in self.writers:
                if factor > 1:
                    c0, r0 = -(-col // 2) * 2, -(-row // 2) * 2
                    array = array[r0 - row::2, c0 - col::2]
                    col, row = c0 // 2, r0 // 2
                if not array.size:
                    break
                writer.write(col, row, array)

    def close(self):
        if self.dataset is not None:
            self.writers, self.band = [], None
            dataset, self.dataset = self.dataset, None
            with _writing(self.path):
                dataset.FlushCache()

    def sidecars(self, path):
        from . import legend
        return [path + ".aux.xml", legend.sidecar_style_path(path)]

    def finish(self, legend=True, counts=None):
        """Close, embed the change legend (colour table, attribute table, QML; `counts` value -> pixels,
        None to count the raster), rename into place. Returns the counts of the legend."""
        self.close()
        with _writing(self.path):
            if legend:
                from .legend import CHANGE, embed_legend
                counts = embed_legend(self.tmp, kind=CHANGE, counts=counts)[1]
            if self.tmp != self.path:
                for old in self.sidecars(self.path):
                    if os.path.exists(old):
                        os.remove(old)
                for tmp, final in zip(self.sidecars(self.tmp), self.sidecars(self.path)):
                    if os.path.exists(tmp):
                        os.replace(tmp, final)
                os.replace(self.tmp, self.path)
        return counts

    def abort(self):
        """Close and remove what was written; quietly, as it runs while another error is raised."""
        try:
            self.close()
        except WriteError:
            pass
        tmp = getattr(self, "tmp", None)  # not there when creating it failed early
        for path in ([tmp] + self.sidecars(tmp)) if tmp else []:
            if os.path.exists(path):
                try:
                    os.remove(path)
                except OSError:
                    pass


@contextlib.contextmanager
def _writing(path):
    """OSError and GDAL's RuntimeError while writing `path` become a WriteError naming it."""
    try:
        yield
    except WriteError:
        raise
    except OSError as e:
        detail = e.strerror or str(e)
        if e.filename and os.path.abspath(str(e.filename)) != os.path.abspath(path):
            detail = "{}: {}".format(detail, e.filename)
        raise WriteError(path, detail) from None
    except RuntimeError as e:
        raise WriteError(path, e) from None


def gdal_array_type(data_type):
    return {gdal.GDT_Byte: np.uint8, gdal.GDT_UInt16: np.uint16}[data_type]


def _with_config(options, function, *args):
    saved = {k: gdal.GetThreadLocalConfigOption(k, None) for k in options}
    try:
        for key, value in options.items():
            gdal.SetThreadLocalConfigOption(key, value)
        return function(*args)
    finally:
        for key, value in saved.items():
            gdal.SetThreadLocalConfigOption(key, value)


# --- Counting ---------------------------------------------------------------------------------

@dataclass
class _Piece:
    """What one window gives back to the main thread."""
    window: object
    raw: Optional[np.ndarray] = None  # fast path: raw byte pair counts (65536) of changed pixels
    kept: Optional[np.ndarray] = None  # fast path with the MMU: the same of the changes the MMU keeps
    same: Optional[np.ndarray] = None  # fast path: counts of each byte value of the earlier raster
    keys: Optional[np.ndarray] = None  # KEYS counts (status, from, to)
    zones: Optional[tuple] = None  # (indices, per-zone KEYS counts)
    trajectories: Optional[np.ndarray] = None
    codes: Optional[np.ndarray] = None  # change-raster block
    no_confidence: int = 0  # changed pixels without a confidence value (> 100)


class _Counter:
    """The per-window work, run in the stack's worker threads."""

    def __init__(self, stack, n, confidence_index, mask_index, threshold, zone_set, rule, write):
        self.n = n
        self.confidence_index = confidence_index
        self.mask_index = mask_index
        self.threshold = threshold
        self.zone_set = zone_set
        self.exact = rule == EXACT
        self.write = write
        self.lookups = [value_lookup(stack.nodata[i], _INTEGER_TYPES[stack.data_types[i]]) for i in range(n)]
        self.is_change, self.pair_codes = _pair_tables()
        self.fast = (n == 2 and not confidence_index and zone_set is None
                     and all(stack.data_types[i] == gdal.GDT_Byte for i in range(n)))
        if self.fast:
            self.byte_codes, self.same_codes = _byte_tables(self.lookups[0], self.lookups[1])
            # per raw pair: a land-cover change? and its code where the MMU removes it
            self.byte_is_change = self.is_change[_byte_pair_keys(self.lookups[0], self.lookups[1])]
            self.removed_codes = np.where(self.byte_is_change, product.NO_CHANGE, self.byte_codes).astype(np.uint16)
        self.land_ranges = [_land_range(lookup) for lookup in (self.lookups[0], self.lookups[n - 1])]
        self.trajectory_size = COLUMNS ** n if n > 2 else 0

    def changes(self, window, arrays):
        """Boolean array: True where the land-cover class changed (the pixels that form patches)."""
        first, last = arrays[0], arrays[self.n - 1]
        if None in self.land_ranges:
            return self.is_change.take(self._pair_key(arrays))
        changed = first != last
        for values, (low, span) in zip((first, last), self.land_ranges):
            changed &= (values - values.dtype.type(low)) <= span  # unsigned: below `low` wraps round
        return changed

    def _pair_key(self, arrays):
        first = self.lookups[0].take(arrays[0])
        last = self.lookups[self.n - 1].take(arrays[self.n - 1])
        first *= COLUMNS
        first += last
        return first  # uint8: at most 14 * 15 + 14

    def __call__(self, window, arrays):
        if self.fast:
            return self._fast(window, arrays)
        return self._general(window, arrays)

    def _fast(self, window, arrays):
        a, b = arrays[0], arrays[1]
        piece = _Piece(window, same=_byte_histogram(a))
        changed = a != b
        kept = None
        if changed.any():
            pairs = a[changed].astype(np.uint16)
            pairs <<= 8
            pairs |= b[changed]
            piece.raw = np.bincount(pairs, minlength=65536)
            if self.mask_index is not None:  # True where a change is in a patch of at least the MMU
                kept = arrays[self.mask_index][changed]
                piece.kept = np.bincount(pairs[kept], minlength=65536)
        else:
            pairs = None
        if self.write:
            codes = self.same_codes.take(a)
            if kept is not None:
                codes[changed] = np.where(kept, self.byte_codes.take(pairs), self.removed_codes.take(pairs))
            elif pairs is not None:
                codes[changed] = self.byte_codes.take(pairs)
            piece.codes = codes
        return piece

    def _general(self, window, arrays):
        key = self._pair_key(arrays)
        changed = self.is_change.take(key)
        keys = key.astype(np.uint16)
        removed = None
        piece = _Piece(window)
        if self.mask_index is not None:  # True where a change is in a patch of at least the MMU
            removed = changed & ~arrays[self.mask_index]
            keys[removed] += BELOW_MMU * PAIRS
        if self.confidence_index:
            low = np.zeros(key.shape, dtype=bool)
            unknown = np.zeros(key.shape, dtype=bool)
            for i in self.confidence_index:
                low |= arrays[i] < self.threshold
                unknown |= arrays[i] > product.CONFIDENCE.valid_range[1]
            uncertain = changed & low
            if removed is not None:
                uncertain &= ~removed
            keys[uncertain] += UNCERTAIN * PAIRS
            piece.no_confidence = int(np.count_nonzero(changed & unknown & ~low))
        if self.write:
            codes = self.pair_codes.take(key)
            if removed is not None:
                codes[removed] = product.NO_CHANGE
            piece.codes = codes
        tkeys = self._trajectory_keys(arrays) if self.trajectory_size else None
        if self.zone_set is None:
            piece.keys = np.bincount(keys.ravel(), minlength=KEYS)
            if tkeys is not None:
                piece.trajectories = np.bincount(tkeys.ravel(), minlength=self.trajectory_size)
            return piece
        if self.write:  # the raster covers the whole window: its counts too
            piece.keys = np.bincount(keys.ravel(), minlength=KEYS)
        indices = self.zone_set.indices_in(window)
        if not indices:
            return piece
        dtype = np.float64 if self.exact else np.int64
        zone_counts = np.zeros((len(indices), KEYS), dtype=dtype)
        trajectories = np.zeros(self.trajectory_size, dtype=dtype) if tkeys is not None else None
        if self.exact:
            for position, slices, fractions in self.zone_set.coverages(window, indices):
                weights = fractions.ravel()
                zone_counts[position] += np.bincount(keys[slices].ravel(), weights=weights, minlength=KEYS)
                if tkeys is not None:
                    trajectories += np.bincount(tkeys[slices].ravel(), weights=weights,
                                                minlength=self.trajectory_size)
        else:
            for part, inside, position in self.zone_set.centre_groups(window, indices):
                zone_counts += np.bincount(position * KEYS + keys[part][inside],
                                           minlength=len(indices) * KEYS).reshape(-1, KEYS)
                if tkeys is not None:
                    trajectories += np.bincount(tkeys[part][inside], minlength=self.trajectory_size)
        piece.zones = (indices, zone_counts)
        piece.trajectories = trajectories
        return piece

    def _trajectory_keys(self, arrays):
        dtype = np.uint16 if self.trajectory_size <= 65536 else np.uint32
        keys = np.zeros(arrays[0].shape, dtype=dtype)
        for i in range(self.n):
            keys *= COLUMNS
            keys += self.lookups[i].take(arrays[i])
        return keys


def _fold_raw(raw, same, lookup_a, lookup_b):
    """Byte fast path: raw pair counts of changed pixels + value counts of the earlier raster ->
    (COLUMNS, COLUMNS) counts."""
    pairs = raw.reshape(256, 256).copy()
    unchanged = same - pairs.sum(axis=1)
    pairs[np.arange(256), np.arange(256)] += unchanged
    index = (lookup_a.astype(np.int64)[:, None] * COLUMNS + lookup_b[None, :]).ravel()
    return np.bincount(index, weights=pairs.ravel(), minlength=PAIRS).round().astype(np.int64).reshape(
        COLUMNS, COLUMNS)


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
    _confidence_checks(confidence, [resolved[0], resolved[-1]])
    confidence_sources = [c for c in confidence if c is not None]
    sources = rasters + confidence_sources
    confidence_index = list(range(n, n + len(confidence_sources)))
    stack = RasterStack(sources, extent=extent)
    warnings += _check_inputs(stack, n, confidence_index)
    if extent is None and zones is None:
        warnings += _coverage_warnings(stack, sources)
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
                                os.path.basename(_name(r)) for r, y in zip(rasters, resolved) if y is None)))
    warnings += _year_warnings(resolved)
    if confidence_sources and not 0 <= threshold <= product.CONFIDENCE.valid_range[1]:
        raise ValueError("the confidence threshold must be 0 to {}".format(product.CONFIDENCE.valid_range[1]))
    threshold = int(threshold) if confidence_sources else None
    mmu = mmu_pixels(mmu, mmu_unit, stack.pixel_area)

    writer = None
    try:
        mask_index = None
        windows = stack  # what the counter maps over: the stack, or with the MMU one more array
        if mmu > 1:
            changes = _Counter(stack, n, [], None, None, None, CENTRE, False).changes
            windows = KeptStack(stack, changes, mmu, connectivity)
            mask_index = len(sources)
        if output:
            writer = _GeoTiff(output, stack, gdal.GDT_UInt16, nodata=product.CHANGE_NODATA,
                              compress=compress or default_compression(), overviews=True)
        counter = _Counter(stack, n, confidence_index, mask_index, threshold, zone_set, rule, writer is not None)
        totals = _count(windows, counter, zone_set, writer, _phase(progress, 0, 98 if writer else 100), threads)
        counts, zone_counts, trajectories, no_confidence, whole = totals
        result = ChangeResult(
            years=resolved, labels=labels, pixel_area_m2=stack.pixel_area, counts=counts, rule=rule,
            trajectories=trajectories, mmu_pixels=mmu if mmu > 1 else 0, connectivity=connectivity,
            threshold=threshold, warnings=warnings, caveats=year_caveats(resolved), extent=stack.extent,
            sources=[_name(r) for r in rasters])
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
            result.raster_counts = _raster_counts(whole)
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


def _coverage_warnings(stack, sources):
    """A warning when the common window is smaller than one of the rasters."""
    smaller = []
    for source in sources:
        dataset = source if isinstance(source, gdal.Dataset) else gdal.Open(str(source))
        if dataset.RasterXSize * dataset.RasterYSize > stack.width * stack.height:
            smaller.append(os.path.basename(_name(source)))
    if not smaller:
        return []
    return [translate(
        "CLCplusChange", "Compared on the common window of the rasters ({} x {} pixels), smaller than {}").format(
        stack.width, stack.height, ", ".join(smaller))]


def _count(stack, counter, zone_set, writer, progress, threads):
    counts = np.zeros(KEYS, dtype=np.int64)
    raw = np.zeros(65536, dtype=np.int64) if counter.fast else None
    same = np.zeros(256, dtype=np.int64) if counter.fast else None
    kept = np.zeros(65536, dtype=np.int64) if counter.fast and counter.mask_index is not None else None
    exact = zone_set is not None and counter.exact
    dtype = np.float64 if exact else np.int64
    zone_counts = np.zeros((len(zone_set), KEYS), dtype=dtype) if zone_set is not None else None
    trajectories = np.zeros(counter.trajectory_size, dtype=dtype) if counter.trajectory_size else None
    no_confidence = 0
    for piece in stack.map(counter, progress=progress, threads=threads):
        if piece.same is not None:
            same += piece.same
            if piece.raw is not None:
                raw += piece.raw
            if piece.kept is not None:
                kept += piece.kept
        if piece.keys is not None:
            counts += piece.keys
        if piece.zones is not None:
            indices, values = piece.zones
            zone_counts[indices] += values
        if piece.trajectories is not None:
            trajectories += piece.trajectories
        no_confidence += piece.no_confidence
        if writer is not None:
            writer.write(piece.window, piece.codes)
    if counter.fast:
        full = _fold_raw(raw, same, counter.lookups[0], counter.lookups[1])
        result = np.zeros((STATUSES, COLUMNS, COLUMNS), dtype=np.int64)
        result[KEPT] = full
        if kept is not None:  # land-cover changes the MMU did not keep
            below = (raw - kept) * counter.byte_is_change
            result[BELOW_MMU] = _fold_raw(below, below.reshape(256, 256).sum(axis=1), counter.lookups[0],
                                          counter.lookups[1])
            result[KEPT] -= result[BELOW_MMU]
    elif zone_set is not None:
        result = zone_counts.sum(axis=0).reshape(STATUSES, COLUMNS, COLUMNS)
    else:
        result = counts.reshape(STATUSES, COLUMNS, COLUMNS)
    per_zone = zone_counts.reshape(-1, STATUSES, COLUMNS, COLUMNS) if zone_counts is not None else None
    whole = counts.reshape(STATUSES, COLUMNS, COLUMNS) if zone_set is not None else result
    return result, per_zone, trajectories, no_confidence, whole


def _raster_counts(counts):
    """Value -> pixels of the change raster, from the counts of the whole window."""
    total = counts.sum(axis=0)
    result = {}
    land = _land_columns()
    for i in range(COLUMNS):
        for j in range(COLUMNS):
            pixels = int(round(total[i, j]))
            if not pixels:
                continue
            if land[i] and land[j] and i != j:
                removed = int(round(counts[BELOW_MMU, i, j]))
                if pixels - removed:
                    code = product.change_code(CODES[i], CODES[j])
                    result[code] = result.get(code, 0) + pixels - removed
                if removed:
                    result[product.NO_CHANGE] = result.get(product.NO_CHANGE, 0) + removed
            elif land[i] and land[j]:
                result[product.NO_CHANGE] = result.get(product.NO_CHANGE, 0) + pixels
            else:
                result[product.CHANGE_NODATA] = result.get(product.CHANGE_NODATA, 0) + pixels
    return result


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
    land = _land_columns()
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


# --- Report ---------------------------------------------------------------------------------------

MAX_ZONE_ROWS = 50
TOP_CHANGES = 15


def html_report(result, unit="ha", title=None, source=""):
    """The report: summary, the matrix as a heat map, net change as bars, the balance, the largest
    changes, trajectories, zones, and the caveats."""
    from . import report

    label = UNIT_LABELS[unit]
    period = "{} \u2192 {}".format(result.labels[0], result.labels[-1])
    title = title or translate("CLCplusChange", "CLCplus Backbone change {}").format(period)
    parts = [report.notes([w for w in result.warnings if w not in result.caveats])]
    parts.append(_heading(translate("CLCplusChange", "Summary")))
    parts.append(_summary_table(result, unit, label))
    parts.append(_heading(translate("CLCplusChange", "From → to ({})").format(label)))
    parts.append("<p>{}</p>".format(report.escape(translate("CLCplusChange",
        "Rows: {} classes; columns: {} classes. The diagonal (grey) is persistence; the shade of the other "
        "cells grows with their area.").format(result.labels[0], result.labels[-1]))))
    main = result.matrix()
    names = ["{} {}".format(c, product.class_label(c)) for c in LAND_CODES]
    colours = [product.product_class(c).hex for c in LAND_CODES]
    areas = [[result.area(v, unit) for v in row] for row in main]
    parts.append(report.heat_map(names, [str(c) for c in LAND_CODES], areas, label, colours, colours))
    if result.uncertain().sum():
        parts.append("<p>{}</p>".format(report.escape(translate("CLCplusChange",
            "Uncertain change (confidence below {} in either year) is not in this matrix: {} {}.").format(
                result.threshold, report.format_number(result.area(result.uncertain().sum(), unit)), label))))
    balance = result.balance(unit)
    parts.append(_heading(translate("CLCplusChange", "Net change per class ({})").format(label)))
    parts.append(report.bar_chart([(row["class_name"], row["net"], product.product_class(row["code"]).hex)
                                   for row in balance], label))
    parts.append(_heading(translate("CLCplusChange", "Balance per class ({})").format(label)))
    parts.append(_balance_table(balance, label))
    parts.append(_heading(translate("CLCplusChange", "Largest changes")))
    parts.append(_top_changes(result, unit, label))
    if result.trajectories is not None:
        parts.append(_heading(translate("CLCplusChange", "Most frequent trajectories with a change")))
        parts.append(_trajectory_table(result, unit, label))
    if result.zones:
        parts.append(_heading(translate("CLCplusChange", "Zones")))
        parts.append(_zone_table(result, unit, label))
    parts.append(_heading(translate("CLCplusChange", "Caveats")))
    parts.append("<ul>{}</ul>".format("".join("<li>{}</li>".format(report.escape(c)) for c in result.caveats)))
    if len(result.labels) > 2:
        period += " " + translate("CLCplusChange", "(trajectories through {})").format(", ".join(result.labels[1:-1]))
    subtitle = "{}{}".format(source + " \u00b7 " if source else "", period)
    return report.document(title, parts, subtitle)


def _heading(text):
    from . import report
    return "<h2>{}</h2>".format(report.escape(text))


def _summary_table(result, unit, label):
    from . import report

    compared = result.compared_pixels()
    rows = []

    def add(text, pixels, share=True):
        rows.append([report.escape(text), report.format_number(result.area(pixels, unit)),
                     report.format_number(100.0 * pixels / compared) if share and compared else ""])

    add(translate("CLCplusChange", "Compared (land cover in both years)"), compared)
    add(translate("CLCplusChange", "Changed"), result.changed_pixels())
    add(translate("CLCplusChange", "Unchanged"), float(np.trace(result.matrix())))
    if result.threshold is not None:
        add(translate("CLCplusChange", "Uncertain change (confidence below {})").format(result.threshold),
            float(result.uncertain().sum()))
    if result.mmu_pixels:
        text = translate("CLCplusChange", "Change in patches below the MMU ({} pixels, connectivity {}), counted as "
                                          "unchanged")
        add(text.format(result.mmu_pixels, result.connectivity), float(result.below_mmu().sum()))
    for (a, b), pixels in sorted(result.not_comparable().items(), key=lambda item: -item[1])[:8]:
        add(translate("CLCplusChange", "Not comparable: {} {} → {} {}").format(
            result.labels[0], _code_text(a), result.labels[-1], _code_text(b)), pixels, share=False)
    headers = ["", translate("CLCplusChange", "Area ({})").format(label), translate("CLCplusChange", "% of compared")]
    return report.table(headers, rows)


def _code_text(code):
    if code is None:
        return translate("CLCplusChange", "other values")
    return "{} ({})".format(code, product.class_label(code))


def _balance_table(balance, label):
    from . import report

    keys = ("earlier", "later", "persistence", "gain", "loss", "net", "swap", "uncertain_gain", "uncertain_loss")
    headers = [translate("CLCplusChange", "Class"), translate("CLCplusChange", "Earlier"),
               translate("CLCplusChange", "Later"), translate("CLCplusChange", "Persistence"),
               translate("CLCplusChange", "Gain"), translate("CLCplusChange", "Loss"),
               translate("CLCplusChange", "Net"),
               translate("CLCplusChange", "Swap"), translate("CLCplusChange", "Uncertain gain"),
               translate("CLCplusChange", "Uncertain loss")]
    rows = []
    for row in balance:
        rows.append([report.swatch(product.product_class(row["code"]).hex) + report.escape(row["class_name"])] +
                    [report.format_number(row[k]) for k in keys])
    return report.table(headers, rows)


def _top_changes(result, unit, label):
    from . import report

    rows = sorted((r for r in result.rows(unit) if r["changed"] and r["pixels"]), key=lambda r: -r["pixels"])
    body = [[report.swatch(product.product_class(r["from_code"]).hex) + report.escape(r["from_name"]),
             report.swatch(product.product_class(r["to_code"]).hex) + report.escape(r["to_name"]),
             report.format_number(r["area"]), report.format_number(r["pct_of_from"])]
            for r in rows[:TOP_CHANGES]]
    if not body:
        return "<p>{}</p>".format(report.escape(translate("CLCplusChange", "No change.")))
    headers = [translate("CLCplusChange", "From"), translate("CLCplusChange", "To"),
               translate("CLCplusChange", "Area ({})").format(label), translate("CLCplusChange", "% of the from-class")]
    return report.table(headers, body, text_columns=(0, 1))


def _trajectory_table(result, unit, label):
    from . import report

    rows = result.trajectory_rows(unit, top=TOP_CHANGES, changed_only=True)
    if not rows:
        return "<p>{}</p>".format(report.escape(translate("CLCplusChange", "No change.")))
    body = [[" \u2192 ".join(report.swatch(product.product_class(c).hex) + report.escape(name)
                             for c, name in zip(r["codes"], r["names"])),
             report.format_number(r["area"]), report.format_number(r["pct"], 3)] for r in rows]
    headers = [" \u2192 ".join(result.labels), translate("CLCplusChange", "Area ({})").format(label),
               translate("CLCplusChange", "% of land cover")]
    return report.table(headers, body)


def _zone_table(result, unit, label):
    from . import report

    body = []
    for zone in result.zones[:MAX_ZONE_ROWS]:
        compared = result.compared_pixels(zone)
        changed = result.changed_pixels(zone)
        body.append([report.escape("{}{}".format(zone.id, " \u2013 " + zone.name if zone.name else "")),
                     report.format_number(result.area(compared, unit)),
                     report.format_number(result.area(changed, unit)),
                     report.format_number(100.0 * changed / compared) if compared else ""])
    table = report.table([translate("CLCplusChange", "Zone"), translate("CLCplusChange", "Compared ({})").format(label),
                          translate("CLCplusChange", "Changed ({})").format(label),
                          translate("CLCplusChange", "% changed")], body)
    if len(result.zones) > MAX_ZONE_ROWS:
        more = translate("CLCplusChange", "{} more zones are in the per-zone table.")
        table += "<p>{}</p>".format(report.escape(more.format(len(result.zones) - MAX_ZONE_ROWS)))
    return table

