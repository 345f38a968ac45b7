"""The sample's global features, the same whatever window is rendered: the coast line, the towns,
the highland, the rivers and the roads between the towns."""

import functools
import math

import numpy as np

from ..core import product
from .constants import CENTRE, COAST_COARSE, COAST_FINE, COAST_BOW, FIXED_TOWNS, HIGHLAND, RIVERS, TOWN_CELL, TOWN_P
from .value_noise import _fbm_points, _key, _unit


@functools.lru_cache(maxsize=None)
def _coast_offset(seed):
    """The coast noise at the centre, so that the coast passes through the centre corner."""
    key = _key(seed, "coast")
    return float(_fbm_points([CENTRE[0]], [CENTRE[1]], COAST_COARSE + COAST_FINE, key,
                             normalise=False)[0])


def _coast_points(px, py, seed):
    """Signed distance-like coast value at points: > 0 is sea."""
    px = np.asarray(px, dtype=np.float64)
    py = np.asarray(py, dtype=np.float64)
    dx, dy = px - CENTRE[0], py - CENTRE[1]
    u, v = (dx + dy) / math.sqrt(2), (dx - dy) / math.sqrt(2)
    n = _fbm_points(px, py, COAST_COARSE + COAST_FINE, _key(seed, "coast"), normalise=False)
    return u - COAST_BOW * v * v + 2.0 * (n - _coast_offset(seed))


def _towns(xmin, ymin, xmax, ymax, seed):
    """Towns whose lattice cells lie around the box: dict (i, j) -> (x, y, radius, lobes), lobes
    being the (x, y, radius) discs the town is made of (a core and a few quarters around it)."""
    key = _key(seed, "towns")
    i0, i1 = math.floor(xmin / TOWN_CELL) - 2, math.floor(xmax / TOWN_CELL) + 2
    j0, j1 = math.floor(ymin / TOWN_CELL) - 2, math.floor(ymax / TOWN_CELL) + 2
    ii, jj = np.meshgrid(np.arange(i0, i1 + 1), np.arange(j0, j1 + 1))
    ii, jj = ii.ravel(), jj.ravel()
    present = _unit(ii, jj, key) < TOWN_P
    tx = (ii + 0.1 + 0.8 * _unit(ii, jj, key + 1)) * TOWN_CELL
    ty = (jj + 0.1 + 0.8 * _unit(ii, jj, key + 2)) * TOWN_CELL
    radius = 500.0 + 2400.0 * _unit(ii, jj, key + 3) ** 3
    for x, y, r in FIXED_TOWNS:
        fi, fj = math.floor(x / TOWN_CELL), math.floor(y / TOWN_CELL)
        sel = (ii == fi) & (jj == fj)
        present[sel], tx[sel], ty[sel], radius[sel] = True, x, y, r
    on_land = _coast_points(tx, ty, seed) < 0
    towns = {}
    for i, j, p, land, x, y, r in zip(ii, jj, present, on_land, tx, ty, radius):
        if not (p and land):
            continue
        u = _unit(np.full(16, i), np.arange(16) + 16 * int(j), key + 4)
        lobes = [(float(x), float(y), float(r))]
        for k in range(1 + int(u[0] * (2 + r / 700.0))):
            angle = 2 * math.pi * u[1 + 3 * k % 15]
            dist = r * (0.45 + 0.6 * u[2 + 3 * k % 14])
            lobes.append((float(x + dist * math.cos(angle)), float(y + dist * math.sin(angle)),
                          float(r * (0.3 + 0.4 * u[3 + 3 * k % 13]))))
        towns[(int(i), int(j))] = (float(x), float(y), float(r), lobes)
    return towns


@functools.lru_cache(maxsize=None)
def _highland_lobes(seed):
    """The discs (x, y, radius) the little highland is made of."""
    hx, hy, hr = HIGHLAND
    u = _unit(np.arange(12), np.full(12, 5), _key(seed, "highland lobes"))
    lobes = [(hx, hy, hr)]
    for k in range(3):
        angle = 2 * math.pi * u[3 * k]
        dist = hr * (0.5 + 0.5 * u[3 * k + 1])
        lobes.append((hx + dist * math.cos(angle), hy + dist * math.sin(angle),
                      hr * (0.45 + 0.35 * u[3 * k + 2])))
    return tuple(lobes)


def _polyline_pixels(points, width):
    """Global pixel (column, row-from-south) pairs covered by a polyline of `width` pixels."""
    px = np.floor(points[:, 0] / product.PIXEL_SIZE_M).astype(np.int64)
    py = np.floor(points[:, 1] / product.PIXEL_SIZE_M).astype(np.int64)
    r = (width - 1) / 2.0
    offs = [(a, b) for a in range(-int(r) - 1, int(r) + 2) for b in range(-int(r) - 1, int(r) + 2)
            if a * a + b * b <= r * r + 0.25] if width > 1 else [(0, 0)]
    cols = np.concatenate([px + a for a, _ in offs])
    rows = np.concatenate([py + b for _, b in offs])
    return cols, rows


def _curve(a, b, bend, wiggle_amp, wiggle_len, phase, step):
    """Points every `step` m along a bent, wiggling line from a to b (both ends included)."""
    ax, ay = a
    bx, by = b
    length = math.hypot(bx - ax, by - ay)
    n = max(2, int(math.ceil(length / step)) + 1)
    t = np.arange(n, dtype=np.float64) / (n - 1)
    nx, ny = -(by - ay) / length, (bx - ax) / length
    off = bend * 4 * t * (1 - t)
    if wiggle_amp:
        off = off + wiggle_amp * np.sin(2 * math.pi * t * length / wiggle_len + phase) * \
            np.minimum(1.0, 8 * t * (1 - t))
    return np.stack([ax + (bx - ax) * t + nx * off, ay + (by - ay) * t + ny * off], axis=1)


_RIVER_CACHE = {}


def _river_pixels(seed):
    """(columns, rows-from-south) of every river pixel; computed once per seed."""
    if seed not in _RIVER_CACHE:
        key = _key(seed, "rivers")
        cols, rows = [], []
        for k, (a, b, width, amp) in enumerate(RIVERS):
            u = _unit(np.array([k, k, k]), np.array([1, 2, 3]), key)
            pts = _curve(a, b, (u[0] - 0.5) * 0.3 * math.hypot(b[0] - a[0], b[1] - a[1]),
                         amp, 4000.0 + 3000.0 * u[1], u[2] * 2 * math.pi, 4.0)
            # a second, shorter meander on top
            pts2 = _curve(a, b, 0, amp * 0.35, 1300.0, u[1] * 6.0, 4.0)
            base = _curve(a, b, 0, 0, 1, 0, 4.0)
            n = min(len(pts), len(pts2), len(base))
            pts = pts[:n] + (pts2[:n] - base[:n])
            c, r = _polyline_pixels(pts, width)
            cols.append(c)
            rows.append(r)
        _RIVER_CACHE[seed] = (np.concatenate(cols), np.concatenate(rows))
    return _RIVER_CACHE[seed]


def _road_pixels(towns, xmin, ymin, xmax, ymax, seed):
    """Roads between neighbouring towns, as global pixel (columns, rows-from-south)."""
    key = _key(seed, "roads")
    cols, rows = [], []
    for (i, j), (ax, ay, ar, _) in towns.items():
        for di, dj in ((1, 0), (0, 1)):
            other = towns.get((i + di, j + dj))
            if other is None:
                continue
            bx, by, br, _ = other
            if max(ax, bx) < xmin - 50 or min(ax, bx) > xmax + 50 or \
                    max(ay, by) < ymin - 3000 or min(ay, by) > ymax + 3000:
                continue
            u = _unit(np.array([i, i, i]), np.array([j * 2 + di, j * 2 + di + 7, j * 2 + di + 13]), key)
            length = math.hypot(bx - ax, by - ay)
            pts = _curve((ax, ay), (bx, by), (u[0] - 0.5) * 0.3 * length, 40.0, 900.0,
                         u[1] * 2 * math.pi, 4.0)
            c, r = _polyline_pixels(pts, 2 if min(ar, br) > 1500 else 1)
            cols.append(c)
            rows.append(r)
    if not cols:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(cols), np.concatenate(rows)
