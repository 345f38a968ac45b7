"""Administrative-like zones for the Europe-scale projection: irregular polygons that tile an area.

A Voronoi partition of jittered grid points (convex cells, clipped from the area's rectangle by
half-planes), densified and bent by a smooth displacement field. The field's slope stays below 1,
so the bent cells still tile the area without gaps or overlaps; the area's outline stays straight.
NUTS-3-like: ~50 large regions; LAU-like: ~2 000 small municipalities over 3 x 3 tiles.
"""

import math

import numpy as np

from common import write_zones

# (count, densify step m, [(amplitude m, wavelength m)]): slopes 2 pi a / L sum to < 0.8.
NUTS3 = (50, 300.0, [(1300.0, 22000.0), (110.0, 2000.0)])
LAU = (2000, 100.0, [(350.0, 6000.0), (45.0, 900.0)])


def _jittered_points(extent, count, rng):
    xmin, ymin, xmax, ymax = extent
    nx = max(1, round(math.sqrt(count * (xmax - xmin) / (ymax - ymin))))
    ny = max(1, round(count / nx))
    dx, dy = (xmax - xmin) / nx, (ymax - ymin) / ny
    i, j = np.meshgrid(np.arange(nx), np.arange(ny))
    x = xmin + (i.ravel() + 0.5 + rng.uniform(-0.4, 0.4, i.size)) * dx
    y = ymin + (j.ravel() + 0.5 + rng.uniform(-0.4, 0.4, j.size)) * dy
    return np.column_stack([x, y])


def _clip(polygon, a, b):
    """The part of the convex `polygon` (list of (x, y)) where the point p has (p - a) . b <= 0."""
    out = []
    n = len(polygon)
    for k in range(n):
        p, q = polygon[k], polygon[(k + 1) % n]
        fp = (p[0] - a[0]) * b[0] + (p[1] - a[1]) * b[1]
        fq = (q[0] - a[0]) * b[0] + (q[1] - a[1]) * b[1]
        if fp <= 0:
            out.append(p)
        if (fp < 0 < fq) or (fq < 0 < fp):
            t = fp / (fp - fq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def _voronoi_cells(points, extent, neighbours=16):
    xmin, ymin, xmax, ymax = extent
    box = [(xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax)]
    cells = []
    for p in points:
        d = np.hypot(points[:, 0] - p[0], points[:, 1] - p[1])
        cell = box
        for j in np.argsort(d)[1:neighbours + 1]:
            q = points[j]
            cell = _clip(cell, ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2), (q[0] - p[0], q[1] - p[1]))
        cells.append(cell)
    return cells


def _bend(ring, extent, step, waves, phases):
    """Densify the closed ring every `step` metres and displace its points by the smooth field;
    points on the area's outline keep their place."""
    xmin, ymin, xmax, ymax = extent
    xs, ys = [], []
    n = len(ring)
    for k in range(n):
        (x0, y0), (x1, y1) = ring[k], ring[(k + 1) % n]
        parts = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / step))
        t = np.arange(parts) / parts
        xs.append(x0 + t * (x1 - x0))
        ys.append(y0 + t * (y1 - y0))
    x, y = np.concatenate(xs), np.concatenate(ys)
    dx, dy = np.zeros_like(x), np.zeros_like(y)
    for (amp, wave), (p1, p2, p3, p4) in zip(waves, phases):
        k = 2 * math.pi / wave
        dx += amp * np.sin(k * y + p1) * np.cos(k * x + p2) / math.sqrt(2)
        dy += amp * np.sin(k * x + p3) * np.cos(k * y + p4) / math.sqrt(2)
    # near the area's outline the field fades out (over 4 amplitudes, so its slope stays small):
    # points on the outline only slide along it, and the area stays covered exactly
    fade = 4.0 * sum(amp for amp, _ in waves)
    dx *= np.clip(np.minimum(x - xmin, xmax - x) / fade, 0.0, 1.0)
    dy *= np.clip(np.minimum(y - ymin, ymax - y) / fade, 0.0, 1.0)
    return x + dx, y + dy


def partition(path, extent, count, step, waves, seed=11, prefix="zone"):
    """Write about `count` zones tiling `extent` (xmin, ymin, xmax, ymax in EPSG:3035) to the
    GeoPackage `path` (layer "zones", field "name"); returns `path` and the number written."""
    rng = np.random.default_rng(seed)
    points = _jittered_points(extent, count, rng)
    phases = [tuple(rng.uniform(0, 2 * math.pi, 4)) for _ in waves]

    def zones():
        for i, cell in enumerate(_voronoi_cells(points, extent)):
            if len(cell) < 3:
                continue
            x, y = _bend(cell, extent, step, waves, phases)
            yield "{} {}".format(prefix, i + 1), zip(x, y)

    return path, write_zones(path, zones())
