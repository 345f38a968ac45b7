"""Class counts of zones from the block-histogram index (core/blockindex.py): cells a zone holds
whole come from the index, the rest is read.

A cell is whole inside a zone when no edge of the zone meets it (edges are cut at the cell lines,
widened by a margin against rounding) and its centre is inside; every pixel of it then counts
whole under both rules. Cells no edge meets and whose centre is outside add nothing. A window is
read only where some zone has pixels neither kind of cell answers (cells its edge crosses, pixels
of tiles without an index), and within it only bands of cell rows that hold such pixels are
burnt (centre rule) or have their fractions computed (exact rule).
"""

import numpy as np
from osgeo import ogr

from .blocks import Window, fold, histogram
from .blockindex import CELL
from .zones import EXACT, edge_pieces, polygon_rings, window_intersection, window_union

MIN_CELLS = 16  # zones smaller than this many cells are counted from their pixels
# The index is used for zones when at least this share of the file blocks under them needs no
# decoding (no zone edge crosses it). Below it, edges cross nearly every block (many small zones),
# every block is decoded anyway, and sorting cells only adds work: 2 000 municipality-sized zones
# over 3 x 3 tiles took 12.9 s through the index against 9.9 s streamed.
MIN_SPARED_SHARE = 0.25
_EPS = 1e-6  # margin (in cells) by which edges are widened against rounding


def _sum_cells(source, flat):
    counts = source.index.counts.reshape(-1, len(source.index.values))
    return source.index.values, counts[flat].sum(axis=0, dtype=np.int64)


def _clip(rects, c0, r0, c1, r1):
    out = rects.copy()
    np.maximum(out[:, 0], c0, out=out[:, 0])
    np.maximum(out[:, 1], r0, out=out[:, 1])
    np.minimum(out[:, 2], c1, out=out[:, 2])
    np.minimum(out[:, 3], r1, out=out[:, 3])
    return out[(out[:, 2] > out[:, 0]) & (out[:, 3] > out[:, 1])]


def _area(rects):
    return int(((rects[:, 2] - rects[:, 0]) * (rects[:, 3] - rects[:, 1])).sum()) if len(rects) else 0


def _paint(mask, rects, window, value):
    for c0, r0, c1, r1 in _clip(rects, window.col, window.row, window.col + window.width,
                                window.row + window.height).tolist():
        mask[r0 - window.row:r1 - window.row, c0 - window.col:c1 - window.col] = value


def count_whole(stack, sources, progress, threads):
    """Value counts (256) of the whole stack: indexed cells from the index, the rest read."""
    raw = np.zeros(256, dtype=np.int64)
    covered = []
    for source in sources:
        ny, nx = source.index.counts.shape[:2]
        rects = source.cell_rects(0, ny, 0, nx)
        use = source.usable(rects)
        values, counts = _sum_cells(source, np.flatnonzero(use))
        raw[values] += counts
        covered.append(rects[use])
    covered = np.concatenate(covered)
    windows = []
    for window in stack.windows() if _area(covered) < stack.width * stack.height else []:
        inside = _clip(covered, window.col, window.row, window.col + window.width, window.row + window.height)
        if _area(inside) < window.width * window.height:
            windows.append(window)

    def count(window, arrays):
        mask = np.ones((window.height, window.width), dtype=bool)
        _paint(mask, covered, window, False)
        return histogram(arrays[0][mask], 256)

    for counts in stack.map(count, windows, progress=progress, threads=threads):
        raw += counts
    return raw


def spares_reading(stack, zone_set):
    """Whether the index spares decoding enough of the windows read under the zones (the stack's
    windows follow the tiles' own blocks): one no zone edge crosses is answered from the index (whole
    inside a zone, or outside all of them)."""
    area = zone_set.window_covering_all()
    if area is None:
        return False
    edges_source = ogr.GetDriverByName("Memory").CreateDataSource("edges")
    edges = edges_source.CreateLayer("edges", srs=stack.srs, geom_type=ogr.wkbMultiLineString)
    for zone in zone_set.zones:
        if zone.envelope is not None:
            feature = ogr.Feature(edges.GetLayerDefn())
            feature.SetGeometry(zone.geometry.Boundary())
            edges.CreateFeature(feature)
    windows = stack.windows(within=area)
    spared = 0
    for window in windows:
        xmin, ymin, xmax, ymax = stack.window_extent(window)
        edges.SetSpatialFilterRect(xmin, ymin, xmax, ymax)
        spared += edges.GetFeatureCount() == 0
    return bool(windows) and spared / len(windows) >= MIN_SPARED_SHARE


def count_zones(stack, zone_set, sources, lookup, columns, rule, progress, threads):
    """(zone x column counts, value counts) as stats._count_zones gives them, from the index where
    cells lie whole inside a zone, reading only the windows where some zone needs pixels."""
    n = len(zone_set)
    exact = rule == EXACT
    kind = np.float64 if exact else np.int64
    counts = np.zeros((n, columns), dtype=kind)
    raw = np.zeros(256, dtype=kind)
    whole = {}  # zone index -> stack rects (n, 4) of the cells it holds whole (counted from the index)
    resolved = {}  # zone index -> rects of indexed cells whole inside or wholly outside it
    for i, zone in enumerate(zone_set.zones):
        if zone.envelope is None:
            continue
        progress.check()
        inside_rects, known = [], []
        for source in sources:
            result = _classify(zone, source, stack.geotransform)
            if result is None:
                continue
            rects, flat, inside = result
            if inside.any():
                values, value_counts = _sum_cells(source, flat[inside])
                raw[values] += value_counts
                counts[i] += np.bincount(lookup[values], weights=value_counts, minlength=columns).astype(kind)
                inside_rects.append(rects[inside])
            known.append(rects)
        whole[i] = np.concatenate(inside_rects) if inside_rects else np.zeros((0, 4), dtype=np.int64)
        resolved[i] = np.concatenate(known) if known else np.zeros((0, 4), dtype=np.int64)
    area = zone_set.window_covering_all()
    if area is None:
        return counts, raw
    plan = []
    for window in stack.windows(within=area):
        needed = []
        meeting = zone_set.indices_in(window)
        for i in meeting:
            if not len(resolved[i]):
                needed.append(i)
                continue
            env = zone_set.zones[i].envelope
            c0, r0 = max(window.col, env.col), max(window.row, env.row)
            c1 = min(window.col + window.width, env.col + env.width)
            r1 = min(window.row + window.height, env.row + env.height)
            if _area(_clip(resolved[i], c0, r0, c1, r1)) < (c1 - c0) * (r1 - r0):
                needed.append(i)
        if needed:
            plan.append((window, (needed, len(needed) < len(meeting))))
    needs = dict(plan)

    def count(window, arrays):
        indices, some_left_out = needs[window]
        if exact:
            return _exact_window(zone_set, window, arrays[0], lookup, columns, indices, resolved)
        return _centre_window(zone_set, window, arrays[0], lookup, columns, indices, whole, resolved, some_left_out)

    for indices, zone_counts, values in stack.map(count, [w for w, _ in plan], progress=progress, threads=threads):
        counts[indices] += zone_counts
        raw += values
    return counts, raw


def _centre_window(zone_set, window, block, lookup, columns, indices, whole, resolved, some_left_out):
    """As stats._centre_window, burning only bands that hold pixels the index did not answer."""
    local = np.zeros(len(zone_set.zones) + 1, dtype=np.int64)
    local[np.asarray(indices, dtype=np.int64) + 1] = np.arange(len(indices))
    # Zones the index answers whole in this window are burnt too (they share the groups): drop them.
    wanted = np.zeros(len(zone_set.zones) + 1, dtype=bool)
    wanted[np.asarray(indices, dtype=np.int64) + 1] = True
    value_counts = np.zeros((len(indices), 256), dtype=np.int64)
    for group in sorted({zone_set.zones[i].group for i in indices}):
        members = [i for i in indices if zone_set.zones[i].group == group]
        part = window_union([window_intersection(zone_set.zones[i].envelope, window) for i in members])
        bands = [(part, None)]
        if any(len(resolved[i]) for i in members):
            open_mask = np.zeros((part.height, part.width), dtype=bool)
            for i in members:
                area = window_intersection(zone_set.zones[i].envelope, window)
                open_mask[area.slices(part)] |= _open_mask(area, resolved[i])
            bands = list(_bands(open_mask, part))
            if sum(band.width * band.height for band, _ in bands) > part.width * part.height // 2:
                bands = [(part, open_mask)]  # one burn of the part costs less than many small ones
        for band, open_part in bands:
            burnt = zone_set.burn(band, group)
            keep = wanted[burnt] if some_left_out else burnt > 0
            if open_part is not None:
                keep &= open_part
            # Pixels of cells counted from the index are dropped for the zone that holds them
            # whole (zones of one group share no area, so one owner per pixel).
            if any(len(whole[i]) for i in members):
                owner = np.zeros(burnt.shape, dtype=burnt.dtype)
                for i in members:
                    _paint(owner, whole[i], band, i + 1)
                keep &= burnt != owner
            if keep.any():
                keys = local[burnt[keep]] * 256 + block[band.slices(window)][keep]
                value_counts += np.bincount(keys, minlength=len(indices) * 256).reshape(-1, 256)
    return indices, fold(value_counts, lookup, columns), value_counts.sum(axis=0)


def _exact_window(zone_set, window, block, lookup, columns, indices, resolved):
    """Fractions only where a zone has pixels the index did not answer (cells its edge crosses,
    pixels no index covers), band by band of cell rows: a boundary crossing a window costs the
    cells it crosses, not the window."""
    zone_counts = np.zeros((len(indices), columns), dtype=np.float64)
    value_counts = np.zeros(256, dtype=np.float64)
    for position, index in enumerate(indices):
        area = window_intersection(zone_set.zones[index].envelope, window)
        if area.width <= 0 or area.height <= 0:
            continue
        if len(_clip(resolved[index], area.col, area.row, area.col + area.width, area.row + area.height)):
            bands = _bands(_open_mask(area, resolved[index]), area)
        else:  # nothing here answered by the index: the whole part at once, as without it
            bands = [(area, None)]
        for band, open_part in bands:
            covered = zone_set.coverage(index, band)
            if covered is None:
                continue
            sub, fractions = covered
            values = block[sub.slices(window)]
            if open_part is None:
                values, weights = values.ravel(), fractions.ravel()
            else:
                values, weights = values[open_part], fractions[open_part]
            zone_counts[position] += np.bincount(lookup[values], weights=weights, minlength=columns)
            value_counts += np.bincount(values, weights=weights, minlength=256)
    return indices, zone_counts, value_counts


def _open_mask(area, resolved):
    """Boolean array of the window `area`: True outside the `resolved` rects."""
    open_mask = np.ones((area.height, area.width), dtype=bool)
    _paint(open_mask, resolved, area, False)
    return open_mask


def _bands(open_mask, area):
    """(band window, its part of open_mask) covering the True pixels of `open_mask` (of the window
    `area`): one band per CELL rows, as wide as its True pixels reach."""
    rows = open_mask.any(axis=1)
    for top in range(0, area.height, CELL):
        if not rows[top:top + CELL].any():
            continue
        part = open_mask[top:top + CELL]
        cols = np.flatnonzero(part.any(axis=0))
        band = Window(area.col + int(cols[0]), area.row + top, int(cols[-1] - cols[0] + 1), part.shape[0])
        yield band, part[:, cols[0]:cols[-1] + 1]


# --- which cells a zone holds whole ----------------------------------------------------------

def _classify(zone, source, transform):
    """For the usable cells of `source` in the zone's envelope: (stack rects, flat cell indices,
    inside flags) - inside: no edge meets the cell and its centre is inside. None if none."""
    c = source.index.cell
    env = zone.envelope
    if env.width < c or env.height < c or \
            zone.geometry.GetArea() < MIN_CELLS * c * c * abs(transform[1] * transform[5]):
        return None  # a few whole cells would save less counting than finding them costs
    ny, nx = source.index.counts.shape[:2]
    j0, j1 = max((env.col - source.col) // c, 0), min(-(-(env.col + env.width - source.col) // c), nx)
    i0, i1 = max((env.row - source.row) // c, 0), min(-(-(env.row + env.height - source.row) // c), ny)
    if j1 <= j0 or i1 <= i0:
        return None
    rects = source.cell_rects(i0, i1, j0, j1)
    use = source.usable(rects)
    if not use.any():
        return None
    x0, px, _, y0, _, py = transform
    cell_transform = (x0 + (source.col + j0 * c) * px, px * c, 0.0, y0 + (source.row + i0 * c) * py, 0.0, py * c)
    h, w = i1 - i0, j1 - j0
    share = _cell_coverage(zone.geometry, cell_transform, w, h)
    if not (use & (share.ravel() > 0.5)).any():
        return None  # no cell to take whole: the zone's windows are read as without an index
    # The tile ends within its last cells: edges beyond the end do not touch them.
    end = ((source.index.width - j0 * c) / c, (source.index.height - i0 * c) / c)
    touched = _touched(zone.geometry, cell_transform, w, h, end)
    inside = (~touched & (share > 0.5)).ravel()
    flat = ((np.arange(i0, i1)[:, None] * nx) + np.arange(j0, j1)[None, :]).ravel()
    known = use & ~touched.ravel()
    short = known & (((rects[:, 2] - rects[:, 0]) < c) | ((rects[:, 3] - rects[:, 1]) < c))
    for k in np.flatnonzero(short):  # a cell cut by the tile's end: its own centre decides
        centre = ogr.Geometry(ogr.wkbPoint)
        centre.AddPoint_2D(x0 + (rects[k, 0] + rects[k, 2]) / 2.0 * px, y0 + (rects[k, 1] + rects[k, 3]) / 2.0 * py)
        inside[k] = zone.geometry.Contains(centre)
    return rects[known], flat[known], inside[known]


def _segments(geometry, transform):
    x0, px, _, y0, _, py = transform
    parts = []
    for ring, _hole in polygon_rings(geometry):
        points = np.array(ring.GetPoints(), dtype=np.float64)[:, :2]
        u, v = (points[:, 0] - x0) / px, (points[:, 1] - y0) / py
        parts.append(np.stack([u[:-1], v[:-1], u[1:], v[1:]], axis=1))
    return np.concatenate(parts) if parts else np.zeros((0, 4))


def _touched(geometry, transform, width, height, end):
    """Boolean (height, width): cells of the grid `transform` that an edge of `geometry` meets,
    widened by _EPS so that rounding never leaves a crossed cell unmarked; `end` (u, v): where the
    raster ends, in cells (edges beyond it touch no cell)."""
    marks = np.zeros((height + 2, width + 2), dtype=bool)  # one cell of margin each side
    s = _segments(geometry, transform)
    if not len(s):
        return marks[1:-1, 1:-1]
    u0, v0, u1, v1 = s.T
    # Keep segments whose box meets the grid (with margin).
    keep = (np.maximum(u0, u1) >= -1) & (np.minimum(u0, u1) <= width + 1) & \
        (np.maximum(v0, v1) >= -1) & (np.minimum(v0, v1) <= height + 1)
    u0, v0, u1, v1 = u0[keep], v0[keep], u1[keep], v1[keep]
    edge = np.arange(len(u0))
    ts, owners = [np.zeros(len(u0)), np.ones(len(u0))], [edge, edge]
    for a0, a1, stop in ((u0, u1, end[0]), (v0, v1, end[1])):
        crosses = (np.minimum(a0, a1) < stop) & (np.maximum(a0, a1) > stop)  # cut where the raster ends too
        ts.append((stop - a0[crosses]) / (a1[crosses] - a0[crosses]))
        owners.append(edge[crosses])
        lo = np.maximum(np.floor(np.minimum(a0, a1)) + 1, -2)
        hi = np.minimum(np.ceil(np.maximum(a0, a1)) - 1, max(width, height) + 2)
        count = np.maximum(hi - lo + 1, 0).astype(np.int64)
        if count.sum():
            owner = np.repeat(edge, count)
            line = np.repeat(lo, count) + np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
            ts.append((line - a0[owner]) / (a1[owner] - a0[owner]))
            owners.append(owner)
    t, owner = np.concatenate(ts), np.concatenate(owners)
    order = np.lexsort((t, owner))
    t, owner = t[order], owner[order]
    same = owner[1:] == owner[:-1]
    t0, t1, e = t[:-1][same], t[1:][same], owner[:-1][same]
    points = [(u0[owner] + (u1 - u0)[owner] * t, v0[owner] + (v1 - v0)[owner] * t),  # every cut and end
              (u0[e] + (u1 - u0)[e] * (t0 + t1) / 2, v0[e] + (v1 - v0)[e] * (t0 + t1) / 2)]  # piece middles
    for um, vm in points:
        within = (um <= end[0] + _EPS) & (vm <= end[1] + _EPS)
        um, vm = um[within], vm[within]
        cols = [np.minimum(np.maximum(np.floor(um + d), -1), width).astype(np.int64) + 1 for d in (-_EPS, _EPS)]
        rows = [np.minimum(np.maximum(np.floor(vm + d), -1), height).astype(np.int64) + 1 for d in (-_EPS, _EPS)]
        for r in rows:
            for c in cols:
                marks[r, c] = True
    return marks[1:-1, 1:-1]


def _cell_coverage(geometry, transform, width, height):
    """Share of each cell of the grid `transform` inside `geometry` (as Zones.coverage, on cells)."""
    cols, rows, partial, carry = edge_pieces(geometry, transform)
    in_cols = (cols >= 0) & (cols < width) & (rows >= 0)
    cols, rows, partial, carry = cols[in_cols], rows[in_cols], partial[in_cols], carry[in_cols]
    inside = rows < height
    area = np.bincount(rows[inside] * width + cols[inside], weights=partial[inside],
                       minlength=height * width).astype(np.float64).reshape(height, width)
    carry_rows = np.where(inside, rows, height)
    carries = np.bincount(carry_rows * width + cols, weights=carry, minlength=(height + 1) * width)
    below = np.cumsum(carries.reshape(height + 1, width)[::-1], axis=0)[::-1]
    return area + below[1:]
