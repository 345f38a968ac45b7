"""The from->to pairs of a comparison counted window by window, in the stack's worker threads.

The rasters are read together on their common window by core/blocks.py (the same 10 m grid, or a
RasterError naming the mismatch). Each block's value pairs are counted with np.bincount; for the
plain two-raster case only the changed pixels go through bincount (the unchanged ones are counted
per code with vectorised comparisons, which release the GIL), so two threads share the work.
"""

from dataclasses import dataclass
from typing import Optional

import numpy as np
from osgeo import gdal

from .. import product
from ..stats import CODES, COLUMNS, COUNTED_TYPES, value_lookup
from ..zones import EXACT
from .result import BELOW_MMU, KEPT, KEYS, LAND, PAIRS, STATUSES, UNCERTAIN


# --- Lookup tables ------------------------------------------------------------------------------

def land_column_mask():
    """Per column of the counts (CODES, then "other values"): True where it is a land-cover class."""
    land = np.zeros(COLUMNS, dtype=bool)
    land[LAND] = True
    return land


def _pair_tables():
    """Per pair key (from column * COLUMNS + to column): is it a land-cover change, its change code."""
    land = land_column_mask()
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
    values = np.flatnonzero(land_column_mask()[lookup])
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


class WindowCounter:
    """The per-window work, run in the stack's worker threads."""

    def __init__(self, stack, n, confidence_index, mask_index, threshold, zone_set, rule, write):
        self.n = n
        self.confidence_index = confidence_index
        self.mask_index = mask_index
        self.threshold = threshold
        self.zone_set = zone_set
        self.exact = rule == EXACT
        self.write = write
        self.lookups = [value_lookup(stack.nodata[i], COUNTED_TYPES[stack.data_types[i]]) for i in range(n)]
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
        # Zones holding the window whole take its counts as they are; only edges are burnt.
        holding, crossing = self.zone_set.holding_and_crossing(window, self.zone_set.indices_in(window))
        if not holding and not crossing:
            return piece
        dtype = np.float64 if self.exact else np.int64
        zone_counts = np.zeros((len(holding) + len(crossing), KEYS), dtype=dtype)
        trajectories = np.zeros(self.trajectory_size, dtype=dtype) if tkeys is not None else None
        if holding:
            zone_counts[:len(holding)] = piece.keys if piece.keys is not None else np.bincount(
                keys.ravel(), minlength=KEYS)
            if tkeys is not None:
                trajectories += np.bincount(tkeys.ravel(), minlength=self.trajectory_size) * len(holding)
        crossed = zone_counts[len(holding):]
        if self.exact:
            for position, slices, fractions in self.zone_set.coverages(window, crossing):
                weights = fractions.ravel()
                crossed[position] += np.bincount(keys[slices].ravel(), weights=weights, minlength=KEYS)
                if tkeys is not None:
                    trajectories += np.bincount(tkeys[slices].ravel(), weights=weights,
                                                minlength=self.trajectory_size)
        else:
            for part, inside, position in self.zone_set.centre_groups(window, crossing):
                crossed += np.bincount(position * KEYS + keys[part][inside],
                                       minlength=len(crossing) * KEYS).reshape(-1, KEYS)
                if tkeys is not None:
                    trajectories += np.bincount(tkeys[part][inside], minlength=self.trajectory_size)
        piece.zones = (holding + crossing, zone_counts)
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


def count_windows(stack, counter, zone_set, writer, progress, threads):
    """Every window of `stack` counted by `counter` (a WindowCounter) and written to `writer` (a
    GeoTiffWriter or None) as it comes back. Returns (counts by status, per-zone counts or None,
    trajectory counts or None, changed pixels without a confidence value, counts of the whole window)."""
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


def change_raster_counts(counts):
    """Value -> pixels of the change raster, from the counts of the whole window."""
    total = counts.sum(axis=0)
    result = {}
    land = land_column_mask()
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
