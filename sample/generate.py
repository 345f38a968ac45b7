"""Deterministic sample data for the plugin: CLCplus Backbone tiles, confidence and mosaics.

The sample is a synthetic north-European lowland with a coast, over the 2 x 2 grid cells
E44N35, E45N35, E44N36 and E45N36 (their shared corner is x 4 500 000, y 3 600 000 in EPSG:3035),
for the reference years 2018, 2021 and 2023, written in the product's real forms: one GeoTIFF per
year and tile with the official file names, a confidence layer for the years that have one, and
the pan-European mosaic form (one file, external overviews, .clr) for the years delivered so.

Every value is a pure function of the global EPSG:3035 pixel position and the seed: smooth
multi-octave value noise from an integer hash of lattice coordinates; irregular blocks (a brick
lattice in warped coordinates) cut into rotated rectangular field parcels, forest compartments and
town blocks; towns, islands and farmsteads in hashed lattice cells, roads between the towns, rivers;
per-pixel hashes for ragged 10 m edges and classification noise. Neighbouring tiles are therefore
seamless and any window renders the same wherever it is cut (`render_window`).

Changes between years are planted as patches of plausible kinds (clear-cut, regrowth,
grassland-cropland swaps, urban sprawl, drought at lake edges) plus per-pixel classification noise
that the confidence layer marks with low values. The manifest records what was planted and the
counts of the arrays actually written. `--product-like` adds the speckle of a real classification
(sample/speckle.py), for tiles that compress as badly as the real product's.

    python3 -m clcplus_backbone.sample.generate OUT_DIR [--size N] [--force] [--no-mosaics]
        [--product-like | --speckle LEVEL] [--tiles E43-E45N34-N36] [--years 2021,2023]
"""

import argparse
import functools
import json
import math
import os
import re
import shutil
import sys
import time
import uuid
import zlib
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from itertools import combinations

import numpy as np
from osgeo import gdal, osr

from ..core import legend, product, stylefiles
from ..core.grid import parse_tile_id, parse_tile_ids
from .speckle import apply as add_speckle
from .speckle import boundary as _boundary

gdal.UseExceptions()

GENERATOR_VERSION = "1"
DEFAULT_SEED = 3544

SAMPLE_TILES = tuple(parse_tile_id(t) for t in ("E44N35", "E45N35", "E44N36", "E45N36"))
# The corner the four sample cells share; the coast passes through it and small windows touch it.
CENTRE = ((min(t.east for t in SAMPLE_TILES) + 1) * product.TILE_SIZE_M,
          (min(t.north for t in SAMPLE_TILES) + 1) * product.TILE_SIZE_M)

MANIFEST_NAME = "manifest.json"
OVERVIEW_LEVELS = (2, 4, 8, 16, 32)
STRIP_ROWS = product.BLOCK_PIXELS  # rows written at a time (one block row)
RENDER_ROWS = STRIP_ROWS // 2  # rows rendered at a time (keeps memory modest)

# --- Land-cover classes by name (codes come from core/product.py only) --------------------------

_CODE = {c.name: c.code for c in product.LAND_COVER_CLASSES}
SEALED = _CODE["Sealed"]
NEEDLE = _CODE["Woody needle leaved trees"]
BROADLEAVED = _CODE["Woody broadleaved deciduous trees"]
EVERGREEN = _CODE["Woody broadleaved evergreen trees"]
LOW_WOODY = _CODE["Low-growing woody plants"]
GRASSLAND = _CODE["Permanent herbaceous"]
CROPLAND = _CODE["Periodically herbaceous"]
LICHENS = _CODE["Lichens and mosses"]
SPARSE = _CODE["Non and sparsely vegetated"]
WATER = _CODE["Water"]
SNOW = _CODE["Snow and ice"]

# What a misclassified pixel of each class is mistaken for (two choices; see product.WEAK_CLASSES).
_CONFUSED = {SEALED: (SPARSE, GRASSLAND), NEEDLE: (BROADLEAVED, LOW_WOODY),
             BROADLEAVED: (NEEDLE, GRASSLAND), EVERGREEN: (BROADLEAVED, NEEDLE),
             LOW_WOODY: (GRASSLAND, BROADLEAVED), GRASSLAND: (CROPLAND, LOW_WOODY),
             CROPLAND: (GRASSLAND, SPARSE), LICHENS: (GRASSLAND, SPARSE),
             SPARSE: (GRASSLAND, SEALED), WATER: (SPARSE, GRASSLAND), SNOW: (SPARSE, LICHENS)}
_FLIP = np.tile(np.arange(256, dtype=np.uint8), (2, 1))
for _c, (_a, _b) in _CONFUSED.items():
    _FLIP[0, _c], _FLIP[1, _c] = _a, _b

# Change kinds: names as the manifest spells them. 0 is "no change".
KIND_NAMES = ("clear-cut", "regrowth", "grassland-cropland", "urban sprawl", "drought water",
              "noise", "coastal buffer", "no data")
(K_CLEARCUT, K_REGROWTH, K_SWAP, K_SPRAWL, K_DROUGHT, K_NOISE, K_COAST, K_NODATA) = range(1, 9)
PLANTED_KINDS = KIND_NAMES[:5]
UNEXPLAINED = "unexplained"  # a change no kind accounts for: always 0 (the tests check it)

# --- The landscape's numbers ------------------------------------------------------------------

CELL = 2 * product.PIXEL_SIZE_M  # fields are computed on a 20 m grid and upsampled
_COARSE_NODE = 160.0  # octaves of >= 8 nodes are evaluated on this lattice and interpolated

COAST_COARSE = ((48000, 9000), (20000, 7000), (9000, 6000), (4000, 3500), (1800, 1300))
COAST_FINE = ((800, 450), (350, 180), (150, 70))
COAST_BOW = 2.5e-6  # the coast bends away north-east from the centre: more land in the corners
BUFFER_M = 1000.0  # width of the coastal seawater buffer
FOREST = ((24000, .35), (9000, .3), (3500, .2), (1400, .1), (500, .05), (200, .025))
FOREST_TYPE = ((6000, .5), (2200, .3), (800, .15), (300, .05))
LAKES = ((7000, .4), (2800, .3), (1100, .18), (450, .08), (180, .04))
URBAN_NOISE = ((900, .6), (350, .3), (140, .1))
HEATH = ((5000, .4), (1800, .35), (600, .25), (200, .1))
QUARRY = ((2500, .6), (700, .3), (200, .1))
EVERGREEN_NOISE = ((1500, .6), (500, .3), (200, .1))
BEACH = ((6000, .6), (1500, .4))
HIGHLAND_NOISE = ((1800, .45), (700, .35), (250, .2))
AGRICULTURE = ((16000, .5), (6000, .3), (2000, .2))
DROUGHT = ((8000, .6), (3000, .4))
CONFIDENCE_NOISE = ((5000, .5), (1800, .3), (600, .2))

T_FOREST = 0.60
T_NEEDLE = 0.525
T_LAKE = 0.70
T_HEATH = 0.75
T_QUARRY = 0.81
T_EVERGREEN = 0.755

TOWN_CELL = 7000.0
TOWN_P = 0.72
FARM_CELL = 700.0
FARM_P = 0.3
ISLAND_CELL = 10000.0
HIGHLAND = (CENTRE[0] - 9500.0, CENTRE[1] - 11000.0, 2200.0)  # x, y, radius (m) of its core
# A harbour town just inland of the centre corner and a coastal city (x, y, radius in m).
FIXED_TOWNS = ((CENTRE[0] - 3500.0, CENTRE[1] - 2600.0, 1900.0),
               (CENTRE[0] - 38000.0, CENTRE[1] + 50000.0, 5500.0))
# Rivers: (start, end, width in pixels, meander amplitude m).
RIVERS = (((HIGHLAND[0], HIGHLAND[1]), (CENTRE[0] + 4000.0, CENTRE[1] + 6000.0), 3, 900.0),
          ((CENTRE[0] + 30000.0, CENTRE[1] - 95000.0), (CENTRE[0] + 27000.0, CENTRE[1] + 5000.0), 6,
           2500.0),
          ((CENTRE[0] - 95000.0, CENTRE[1] - 60000.0), (CENTRE[0] - 40000.0, CENTRE[1] + 60000.0), 4,
           2000.0))
# A strip of missing data along the north edge of E44N35, west of the centre, in one year.
NODATA_YEAR = product.YEARS[1]
NODATA_BOX = (CENTRE[0] - 4000.0, CENTRE[1] - 8 * product.PIXEL_SIZE_M, CENTRE[0], CENTRE[1])

P_CLEARCUT = 0.04  # share of forest compartments cut per period
P_REGROW = 0.45  # share of the previous period's cuts (to shrubs) that regrow to broadleaved trees
P_SWAP = 0.06  # share of field parcels that switch between grassland and cropland per period
P_SPRAWL = 0.18  # share of urban-edge blocks built over per period
SALT_PEPPER_PER_1024 = 6  # static per-pixel classification noise (same every year)
NOISE_PER_4096 = 4  # per-year classification noise flips (about 0.1 % of pixels per year)
CONF_NOISE_MAX = 50  # noise flips get confidence 10..50, everything else at least CONF_FLOOR
CONF_FLOOR = 55


# --- Hashing and value noise -----------------------------------------------------------------

_M64 = (1 << 64) - 1


def _key(seed, name):
    """A sub-seed for one purpose, stable across runs and platforms."""
    return (int(seed) * 0x9E3779B1 + zlib.crc32(name.encode("ascii"))) & 0xFFFFFFFF


def _hash64(i, j, key):
    """splitmix64-style hash of integer lattice coordinates (broadcast) -> uint64 array."""
    i = np.array(i, dtype=np.int64, ndmin=1).astype(np.uint64)
    j = np.array(j, dtype=np.int64, ndmin=1).astype(np.uint64)
    h = i * np.uint64(0x9E3779B97F4A7C15)
    h = h + j * np.uint64(0xC2B2AE3D27D4EB4F)
    h += np.uint64((int(key) * 0x165667B19E3779F9 + 0x27D4EB2F165667C5) & _M64)
    h ^= h >> np.uint64(30)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(27)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(31)
    return h


def _unit(i, j, key):
    """Uniform [0, 1) float64 from the hash of (i, j)."""
    return (_hash64(i, j, key) >> np.uint64(11)).astype(np.float64) * (1.0 / (1 << 53))


def _lerp_grid(xs, ys, spacing, node_values, smooth):
    """Interpolate lattice values onto the grid xs x ys (1-D coordinate vectors, metres).

    node_values(iv, jv) gives the (len(jv), len(iv)) float32 values at nodes (i*spacing, j*spacing).
    Separable: interpolate along x for the few lattice rows, then along y. Every output element is
    computed by the same float operations from global coordinates, so any window gets bit-identical
    values.
    """
    gx = xs / spacing
    fx = np.floor(gx)
    wx = (gx - fx).astype(np.float32)
    ix = fx.astype(np.int64)
    gy = ys / spacing
    fy = np.floor(gy)
    wy = (gy - fy).astype(np.float32)
    iy = fy.astype(np.int64)
    if smooth:
        wx = wx * wx * (np.float32(3) - np.float32(2) * wx)
        wy = wy * wy * (np.float32(3) - np.float32(2) * wy)
    i0, j0 = int(ix.min()), int(iy.min())
    g = node_values(np.arange(i0, int(ix.max()) + 2), np.arange(j0, int(iy.max()) + 2))
    ci = ix - i0
    a = g[:, ci]
    a += (g[:, ci + 1] - a) * wx
    rj = iy - j0
    out = a[rj]
    out += (a[rj + 1] - out) * wy[:, None]
    return out


def _octave_offset(spacing, key, k):
    return (_unit(k, 101, key)[0] * spacing, _unit(k, 102, key)[0] * spacing)


def _fbm(xs, ys, octaves, key, normalise=True):
    """Multi-octave value noise on the grid xs x ys: sum of amp * v (v in [0, 1)), / sum(amp)."""
    coarse = [(k, s, a) for k, (s, a) in enumerate(octaves) if s >= 8 * _COARSE_NODE]
    fine = [(k, s, a) for k, (s, a) in enumerate(octaves) if s < 8 * _COARSE_NODE]
    out = None
    if coarse:
        def nodes(iv, jv):
            nx = iv.astype(np.float64) * _COARSE_NODE
            ny = jv.astype(np.float64) * _COARSE_NODE
            acc = np.zeros((len(jv), len(iv)), dtype=np.float32)
            for k, s, a in coarse:
                acc += _octave(nx, ny, s, a, key, k)
            return acc
        out = _lerp_grid(xs, ys, _COARSE_NODE, nodes, smooth=False)
    for k, s, a in fine:
        v = _octave(xs, ys, s, a, key, k)
        if out is None:
            out = v
        else:
            out += v
    if normalise:
        out *= np.float32(1.0 / sum(a for _, a in octaves))
    return out


def _octave(xs, ys, spacing, amp, key, k):
    ox, oy = _octave_offset(spacing, key, k)
    okey = key + 7919 * (k + 1)

    def lattice(iv, jv):
        return (_unit(iv[None, :], jv[:, None], okey) * amp).astype(np.float32)
    return _lerp_grid(xs + ox, ys + oy, spacing, lattice, smooth=True)


def _fbm_points(px, py, octaves, key, normalise=True):
    """The same noise as _fbm (without the coarse-node shortcut) at scattered points."""
    px = np.asarray(px, dtype=np.float64)
    py = np.asarray(py, dtype=np.float64)
    out = np.zeros(px.shape, dtype=np.float64)
    for k, (s, a) in enumerate(octaves):
        ox, oy = _octave_offset(s, key, k)
        okey = key + 7919 * (k + 1)
        gx, gy = (px + ox) / s, (py + oy) / s
        fx, fy = np.floor(gx), np.floor(gy)
        wx, wy = gx - fx, gy - fy
        wx, wy = wx * wx * (3 - 2 * wx), wy * wy * (3 - 2 * wy)
        ix, iy = fx.astype(np.int64), fy.astype(np.int64)
        v00, v10 = _unit(ix, iy, okey), _unit(ix + 1, iy, okey)
        v01, v11 = _unit(ix, iy + 1, okey), _unit(ix + 1, iy + 1, okey)
        top = v00 + (v10 - v00) * wx
        bottom = v01 + (v11 - v01) * wx
        out += a * (top + (bottom - top) * wy)
    if normalise:
        out /= sum(a for _, a in octaves)
    return out


def _pixel_hash(ix, iy, key):
    """32-bit hash per pixel of global pixel columns ix (1-D) x rows iy (1-D) -> uint32 2-D."""
    hx = (ix.astype(np.uint32) * np.uint32(0x9E3779B1))
    hy = (iy.astype(np.uint32) * np.uint32(0x85EBCA77) + np.uint32(key & 0xFFFFFFFF))
    h = hy[:, None] + hx[None, :]
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x7FEB352D)
    h ^= h >> np.uint32(15)
    h *= np.uint32(0x846CA68B)
    h ^= h >> np.uint32(16)
    return h


# --- Global features: coast, towns, roads, rivers ------------------------------------------------

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


# --- Blocks and parcels -----------------------------------------------------------------------------

def _mix32(h):
    """In-place 32-bit integer finaliser (lowbias32)."""
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x7FEB352D)
    h ^= h >> np.uint32(15)
    h *= np.uint32(0x846CA68B)
    h ^= h >> np.uint32(16)
    return h


class _Blocks:
    """Irregular blocks of land (fields of one farm, a forest district, a town quarter): a brick
    lattice of about size_x x size_y m in smoothly warped coordinates, so that block edges are
    gentle curves meeting in T-junctions and no line runs across the map. On the 20 m grid
    xs x ys; `local` (ny, nx) indexes the per-block arrays R, C (global block row, column)."""

    def __init__(self, xs, ys, size_x, size_y, key):
        warp = ((size_x * 1.7, 1.0), (size_x * 0.55, 0.45))
        wx = _fbm(xs, ys, warp, key + 1).astype(np.float64)
        wy = _fbm(xs, ys, warp, key + 2).astype(np.float64)
        wy -= 0.5
        wy *= 0.9 * size_y
        wy += ys[:, None]
        r = np.floor(wy / size_y).astype(np.int64)
        del wy
        wx -= 0.5
        wx *= 0.9 * size_x
        wx += xs[None, :]
        golden = 0.6180339887498949
        off = r * golden
        off -= np.floor(off)
        off *= size_x
        wx += off
        del off
        c = np.floor(wx / size_x).astype(np.int64)
        del wx
        r0, c0 = int(r.min()), int(c.min())
        nr, nc = int(r.max()) - r0 + 1, int(c.max()) - c0 + 1
        r -= r0
        r *= nc
        c -= c0
        r += c
        self.local = r.astype(np.int32)
        rr, cc = np.meshgrid(np.arange(r0, r0 + nr), np.arange(c0, c0 + nc), indexing="ij")
        self.R, self.C = rr.ravel(), cc.ravel()
        # an approximate centre of each block, for regional values
        rf = self.R.astype(np.float64)
        shift = rf * golden - np.floor(rf * golden)
        self.cx = (self.C + 0.5 - shift) * size_x
        self.cy = (self.R + 0.5) * size_y

    def cells(self, per_block):
        return per_block.take(self.local)


_ANGLES = np.radians([0.0, 0.0, 0.0, 4.0, -4.0, 9.0, -9.0, 17.0, -17.0, 28.0, -28.0, 90.0, 90.0,
                      81.0, 99.0, 62.0])


class _Parcels:
    """Rectangular parcels inside the blocks: each block has its own orientation, band length
    (bh) and parcel width (bw) drawn from the given ranges; widths also vary from band to band.
    hash (ny, nx) uint32 is the same for every cell of a parcel and differs between parcels;
    edge marks cells whose left or upper neighbour lies in another parcel (a street, a hedge)."""

    def __init__(self, blocks, xs, ys, bh_range, bw_range, key):
        hb = _hash64(blocks.R, blocks.C, key)
        ub = (hb >> np.uint64(11)).astype(np.float64) * (1.0 / (1 << 53))
        angle = _ANGLES[(hb % np.uint64(len(_ANGLES))).astype(np.intp)]
        hb2 = _hash64(blocks.R, blocks.C, key + 1)
        u2 = (hb2 >> np.uint64(11)).astype(np.float64) * (1.0 / (1 << 53))
        u3 = ((hb2 & np.uint64(0xFFFFF)).astype(np.float64)) / float(1 << 20)
        bh = bh_range[0] + (bh_range[1] - bh_range[0]) * ub
        bw = bw_range[0] + (bw_range[1] - bw_range[0]) * u2
        cos_, sin_ = blocks.cells(np.cos(angle)), blocks.cells(np.sin(angle))
        gx = xs[None, :]
        gy = ys[:, None]
        xr = gx * cos_ + gy * sin_
        yr = gy * cos_ - gx * sin_
        del cos_, sin_
        yr /= blocks.cells(bh)
        yr += blocks.cells(u3)
        k = np.floor(yr).astype(np.int64)
        del yr
        kf = k * 0.7548776662466927
        kf -= np.floor(kf)  # a per-band number in [0, 1)
        width = blocks.cells(bw) * (0.55 + 0.9 * kf)
        xr /= width
        kf *= 3.7
        xr += kf
        del kf, width
        j = np.floor(xr).astype(np.int64)
        del xr
        h = (k.astype(np.uint32) * np.uint32(0x9E3779B1))
        h += j.astype(np.uint32) * np.uint32(0x85EBCA77)
        h += blocks.cells((hb >> np.uint64(32)).astype(np.uint32))
        del k, j
        self.hash = _mix32(h)
        self.edge = np.zeros(h.shape, dtype=bool)
        self.edge[:, 1:] = h[:, 1:] != h[:, :-1]
        self.edge[1:, :] |= h[1:, :] != h[:-1, :]
        self._extra = None

    def byte(self, n):
        """The n-th independent byte (0, 1, ...) of the parcel's hash, uint8 per cell."""
        h = self.hash
        if n >= 4:
            if self._extra is None:
                self._extra = _mix32(h ^ np.uint32(0x5BD1E995))
            h, n = self._extra, n - 4
        return ((h >> np.uint32(8 * n)) & np.uint32(255)).astype(np.uint8)


# --- Rendering a window ----------------------------------------------------------------------------

def _chain_years():
    return product.YEARS


class Rendered:
    """The arrays of one window, per year: lc (land cover), conf (confidence, for the years that
    have the layer), noise (bool: the pixels flipped by that year's classification noise) and kind
    (the kind of the planted change of the period ending in that year, per pixel; 0 none). Every
    product year up to the last one asked for is there (the chain of changes needs them);
    conf only for the years asked for."""

    def __init__(self, x_left, y_top, width, height):
        self.x_left, self.y_top, self.width, self.height = x_left, y_top, width, height
        self.lc, self.conf, self.noise, self.kind = {}, {}, {}, {}

    def pair_kinds(self, year_a, year_b, index=None):
        """The change kind (1..8, see KIND_NAMES; 0 where nothing explains it) between year_a and
        year_b per pixel, or at the flat pixel indices `index` only."""
        def get(arr):
            return arr if index is None else arr.ravel()[index]
        kind = np.zeros(get(self.lc[year_a]).shape, dtype=np.uint8)
        for y in _chain_years():
            if year_a < y <= year_b:
                k = get(self.kind[y])
                np.copyto(kind, k, where=k != 0)
        a, b = get(self.lc[year_a]), get(self.lc[year_b])
        kind[get(self.noise[year_a]) | get(self.noise[year_b])] = K_NOISE
        kind[(a == product.COASTAL_SEAWATER_BUFFER) != (b == product.COASTAL_SEAWATER_BUFFER)] = K_COAST
        kind[(a == product.NO_DATA) | (b == product.NO_DATA)] = K_NODATA
        return kind

    def planted(self, year):
        """Pixels whose class changed in the period ending in `year` by a planted patch change,
        without classification noise in either year."""
        chain = _chain_years()
        prev = chain[chain.index(year) - 1]
        return ((self.kind[year] != 0) & (self.lc[year] != self.lc[prev]) & ~self.noise[year]
                & ~self.noise[prev] & (self.lc[year] != product.NO_DATA))


def render_window(x_left, y_top, width, height, years=None, seed=DEFAULT_SEED, confidence=True,
                  speckle=0):
    """Render the sample over any window: x_left, y_top in EPSG:3035 metres (multiples of the
    pixel size), width x height pixels. Returns a Rendered with the arrays of `years` (default:
    every product year). The result does not depend on where the window is cut. speckle: the
    level of product-like speckle (sample/speckle.py; 1 as the real product, 0 none)."""
    years = tuple(sorted(product.YEARS if years is None else (int(y) for y in years)))
    return _Renderer(seed, speckle).render(x_left, y_top, width, height, years, confidence)


class _Renderer:
    MARGIN = 4  # pixels around the window, for neighbourhood operations

    def __init__(self, seed, speckle=0):
        self.seed = int(seed)
        self.speckle = float(speckle)
        self.keys = {}

    def key(self, name):
        if name not in self.keys:
            self.keys[name] = _key(self.seed, name)
        return self.keys[name]

    # -- the 20 m landscape and its changes --

    def landscape(self, xs, ys, x_range, y_range):
        """The 20 m truth of every product year, their change kinds, and the sea code
        (0 land, 1 coastal buffer, 2 open sea) on the grid xs x ys."""
        seed = self.seed
        f32 = np.float32
        ny, nx = len(ys), len(xs)

        # -- coast: sea to the north-east of a noisy line through the centre corner --
        s2 = f32(1 / math.sqrt(2))
        dxf, dyf = (xs - CENTRE[0]).astype(f32), (ys - CENTRE[1]).astype(f32)
        u = (dxf[None, :] + dyf[:, None]) * s2
        v = (dxf[None, :] - dyf[:, None]) * s2
        coast_key = self.key("coast")
        coarse = _fbm(xs, ys, COAST_COARSE, coast_key, normalise=False)
        fine = np.zeros_like(coarse)  # fine octaves keep their numbers: points and grid agree
        for k, (sp, amp) in enumerate(COAST_FINE):
            fine += _octave(xs, ys, sp, amp, coast_key, len(COAST_COARSE) + k)
        v *= v
        v *= f32(COAST_BOW)
        u -= v
        del v
        coarse -= f32(_coast_offset(seed))
        coarse *= f32(2)
        u += coarse  # the coast without its finest wiggles: the buffer follows it
        del coarse
        d = u + f32(2) * fine  # > 0: sea; -d: distance inland, roughly, in metres
        sea = d > 0
        seacode = np.where(sea, np.uint8(2), np.uint8(0))
        seacode[sea & (u < f32(BUFFER_M))] = 1
        del u, sea
        shape = fine * f32(1.0 / sum(a for _, a in COAST_FINE))  # 0..1, for island outlines
        del fine

        # -- islands off the coast --
        key = self.key("islands")
        i0, i1 = math.floor((x_range[0] - 3000) / ISLAND_CELL), math.floor((x_range[1] + 3000) / ISLAND_CELL)
        j0, j1 = math.floor((y_range[0] - 3000) / ISLAND_CELL), math.floor((y_range[1] + 3000) / ISLAND_CELL)
        ii, jj = np.meshgrid(np.arange(i0, i1 + 1), np.arange(j0, j1 + 1))
        ii, jj = ii.ravel(), jj.ravel()
        ix_ = (ii + 0.15 + 0.7 * _unit(ii, jj, key + 1)) * ISLAND_CELL
        iy_ = (jj + 0.15 + 0.7 * _unit(ii, jj, key + 2)) * ISLAND_CELL
        ir = 250.0 + 1400.0 * _unit(ii, jj, key + 3) ** 2
        cd = _coast_points(ix_, iy_, seed)
        keep = (_unit(ii, jj, key) < 0.45) & (cd > ir + 2500) & (cd < 25000)
        reach = BUFFER_M + 1500.0
        for x, y, r in zip(ix_[keep], iy_[keep], ir[keep]):
            c0, c1 = np.searchsorted(xs, [x - r - reach, x + r + reach])
            r0, r1 = np.searchsorted(-ys, [-(y + r + reach), -(y - r - reach)])
            if c0 >= c1 or r0 >= r1:
                continue
            dist = np.sqrt(((xs[c0:c1] - x) ** 2)[None, :] + ((ys[r0:r1] - y) ** 2)[:, None]).astype(f32)
            rim = f32(r) * (f32(0.6) + f32(0.8) * shape[r0:r1, c0:c1])
            dist -= rim  # < 0 on the island
            sub = seacode[r0:r1, c0:c1]
            sub[(dist < f32(BUFFER_M)) & (sub == 2)] = 1
            sub[dist <= 0] = 0
            np.minimum(d[r0:r1, c0:c1], dist, out=d[r0:r1, c0:c1])
        del shape
        land = seacode == 0

        # -- regional fields --
        heath = _fbm(xs, ys, HEATH, self.key("heath"))
        forest_f = _fbm(xs, ys, FOREST, self.key("forest"))
        ftype = _fbm(xs, ys, FOREST_TYPE, self.key("forest type"))
        hill = np.zeros((ny, nx), dtype=f32)
        for x, y, r in _highland_lobes(seed):
            c0, c1 = np.searchsorted(xs, [x - r, x + r])
            r0, r1 = np.searchsorted(-ys, [-(y + r), -(y - r)])
            if c0 < c1 and r0 < r1:
                q = (((xs[c0:c1] - x) ** 2)[None, :] + ((ys[r0:r1] - y) ** 2)[:, None]).astype(f32)
                q *= f32(-1 / (r * r))
                q += f32(1)
                np.maximum(hill[r0:r1, c0:c1], q, out=hill[r0:r1, c0:c1])

        # -- field parcels: cropland or grassland per parcel; a farm's block shares its mix --
        blocks = _Blocks(xs, ys, 1900.0, 1400.0, self.key("blocks"))
        fields = _Parcels(blocks, xs, ys, (220.0, 560.0), (110.0, 400.0), self.key("fields"))
        agri = _fbm_points(blocks.cx, blocks.cy, AGRICULTURE, self.key("agriculture"))
        p_crop = np.clip(0.62 + 1.5 * (agri - 0.5), 0.12, 0.95)
        p_crop = np.where(_coast_points(blocks.cx, blocks.cy, seed) > -3500, p_crop * 0.55, p_crop)
        p_crop = blocks.cells((p_crop * 255).astype(np.uint8))
        cls = np.where(fields.byte(0) < p_crop, np.uint8(CROPLAND), np.uint8(GRASSLAND))
        del p_crop
        cls[fields.byte(1) < 4] = SPARSE  # bare, ploughed parcels
        ag = np.ones((ny, nx), dtype=bool)  # where the field parcels still show

        # -- heath and moor --
        m = heath > T_HEATH
        cls[m] = LOW_WOODY
        cls[heath > T_HEATH + 0.06] = LICHENS
        ag &= ~m

        # -- forests: needle-leaved and broadleaved stands, compartments of young trees --
        forest = forest_f > T_FOREST
        fringe = (forest_f > T_FOREST - 0.012) & ~forest & (heath > 0.5)
        cls[fringe] = LOW_WOODY
        ag &= ~fringe
        del fringe
        needle = (ftype + f32(0.5) * hill) > T_NEEDLE
        comps = _Parcels(blocks, xs, ys, (160.0, 380.0), (110.0, 300.0), self.key("compartments"))
        cb = comps.byte(0)
        tree = np.where(needle, np.uint8(NEEDLE), np.uint8(BROADLEAVED))
        evergreen_f = _fbm(xs, ys, EVERGREEN_NOISE, self.key("evergreen"))
        tree[(evergreen_f > T_EVERGREEN) & ~needle] = EVERGREEN
        del evergreen_f, needle
        tree[cb < 10] = LOW_WOODY  # young stands
        tree[(cb >= 10) & (cb < 13)] = GRASSLAND  # clearings
        np.copyto(cls, tree, where=forest)
        ag &= ~forest
        del tree, cb

        quarry = _fbm(xs, ys, QUARRY, self.key("quarry"))
        m = (quarry > T_QUARRY) & ~forest
        cls[m] = SPARSE
        cls[m & (quarry > T_QUARRY + 0.03)] = WATER
        ag &= ~m
        del quarry

        # -- towns: quarters of built-up blocks, streets, gardens and parks --
        towns = _towns(x_range[0], y_range[0], x_range[1], y_range[1], seed)
        urb = np.zeros((ny, nx), dtype=f32)
        for (_, _, _, lobes) in towns.values():
            for (x, y, r) in lobes:
                c0, c1 = np.searchsorted(xs, [x - r, x + r])
                r0, r1 = np.searchsorted(-ys, [-(y + r), -(y - r)])
                if c0 >= c1 or r0 >= r1:
                    continue
                q = (((xs[c0:c1] - x) ** 2)[None, :] + ((ys[r0:r1] - y) ** 2)[:, None]).astype(f32)
                q *= f32(-1 / (r * r))
                q += f32(1)
                np.maximum(urb[r0:r1, c0:c1], q, out=urb[r0:r1, c0:c1])
        near_town = urb > 0
        urb += (_fbm(xs, ys, URBAN_NOISE, self.key("urban")) - f32(0.5)) * f32(0.7)
        town = urb > 0.3
        streets = _Parcels(blocks, xs, ys, (70.0, 170.0), (55.0, 140.0), self.key("urban blocks"))
        dens = streets.byte(0)
        built_share = np.minimum(f32(0.82), f32(0.28) + (urb - f32(0.3)) * f32(0.8))
        built = streets.edge | (dens.astype(f32) < built_share * f32(255))
        del built_share
        gu = streets.byte(1)
        urban_cls = np.where(gu < 150, np.uint8(GRASSLAND),
                             np.where(gu < 245, np.uint8(BROADLEAVED), np.uint8(EVERGREEN)))
        urban_cls[built] = SEALED
        urban_cls[(dens > 251) & ~streets.edge] = SPARSE  # building sites
        np.copyto(cls, urban_cls, where=town)
        ag &= ~town
        # the belt around the towns where they grow
        sprawl_zone = near_town & (urb > 0.06) & ~town
        del near_town
        del urb, dens, built, gu, urban_cls

        # -- farmsteads on agricultural land --
        key = self.key("farms")
        fi0, fi1 = math.floor(xs[0] / FARM_CELL), math.floor(xs[-1] / FARM_CELL)
        fj0, fj1 = math.floor(ys[-1] / FARM_CELL), math.floor(ys[0] / FARM_CELL)
        fi, fj = np.meshgrid(np.arange(fi0, fi1 + 1), np.arange(fj0, fj1 + 1))
        fi, fj = fi.ravel(), fj.ravel()
        sel = _unit(fi, fj, key) < FARM_P
        fi, fj = fi[sel], fj[sel]
        fx = (fi + 0.2 + 0.6 * _unit(fi, fj, key + 1)) * FARM_CELL
        fy = (fj + 0.2 + 0.6 * _unit(fi, fj, key + 2)) * FARM_CELL
        fw = 30 + 60 * _unit(fi, fj, key + 3)
        fh = 30 + 60 * _unit(fi, fj, key + 4)
        trees = _unit(fi, fj, key + 5) < 0.5
        farm = np.zeros((ny, nx), dtype=np.uint8)
        for x, y, w, h, t in zip(fx, fy, fw, fh, trees):
            if t:
                c0, c1 = np.searchsorted(xs, [x - w / 2 - 30, x + w / 2 + 30])
                r0, r1 = np.searchsorted(-ys, [-(y + h / 2 + 30), -(y - h / 2 - 30)])
                farm[r0:r1, c0:c1] = BROADLEAVED
            c0, c1 = np.searchsorted(xs, [x - w / 2, x + w / 2])
            r0, r1 = np.searchsorted(-ys, [-(y + h / 2), -(y - h / 2)])
            farm[r0:r1, c0:c1] = SEALED
        m = (farm != 0) & ag
        np.copyto(cls, farm, where=m)
        ag &= ~m
        del farm

        # -- beaches and dunes --
        beach_n = _fbm(xs, ys, BEACH, self.key("beach"))
        d *= f32(-1)  # now: distance inland
        sandy = beach_n > 0.47
        beach = sandy & (d < f32(60) + f32(300) * (beach_n - f32(0.47)))
        dunes = sandy & ~beach & (d < f32(450)) & ~town
        dune_cls = np.where(heath > 0.55, np.uint8(LOW_WOODY),
                            np.where(ftype > 0.5, np.uint8(NEEDLE), np.uint8(GRASSLAND)))
        np.copyto(cls, dune_cls, where=dunes)
        cls[beach] = SPARSE
        ag &= ~(beach | dunes)
        del beach_n, d, dune_cls, beach, dunes, sandy, ftype

        # -- lakes with boggy shores --
        lake_f = _fbm(xs, ys, LAKES, self.key("lakes"))
        lake = lake_f > T_LAKE
        shore = (lake_f > T_LAKE - 0.018) & ~lake & ~town
        bog = shore & (heath > 0.62)
        cls[shore] = GRASSLAND
        cls[bog] = LICHENS
        cls[bog & (heath > 0.66)] = LOW_WOODY
        cls[lake] = WATER
        ag &= ~(lake | shore)
        del shore, bog

        # -- the little highland: needle-leaved forest, heath, moss, bare rock, a snowfield --
        hl = _fbm(xs, ys, HIGHLAND_NOISE, self.key("highland"))
        hl -= f32(0.5)
        hl *= np.minimum(hill * f32(6), f32(2.6))  # rugged on the hill, nothing elsewhere
        hl += hill
        for level, code in ((0.08, NEEDLE), (0.83, LOW_WOODY), (1.1, LICHENS), (1.32, SPARSE),
                            (1.7, SNOW)):
            m = hl > level
            cls[m] = code
            ag &= ~m
        del hl, hill, heath

        cls[~land] = WATER
        forest_cells = forest & ((cls == NEEDLE) | (cls == BROADLEAVED) | (cls == EVERGREEN))
        del forest

        # -- changes, period by period --
        truths, kinds = {}, {}
        chain = _chain_years()
        truths[chain[0]] = cls
        cut_prev = None
        drought_base = lake & (lake_f < T_LAKE + 0.02) & land
        exposed = np.zeros((ny, nx), dtype=bool)
        for p, year in enumerate(chain[1:]):
            prev = truths[chain[p]]
            new = prev.copy()
            kind = np.zeros((ny, nx), dtype=np.uint8)
            # clear-cuts: whole compartments of trees become shrubs or grass
            cut_b = comps.byte(1 + 2 * p)
            res_b = comps.byte(2 + 2 * p)
            cut = np.where(cut_b < int(P_CLEARCUT * 256),
                           np.where(res_b < 192, np.uint8(LOW_WOODY), np.uint8(GRASSLAND)), np.uint8(0))
            m = (cut != 0) & forest_cells & ((new == NEEDLE) | (new == BROADLEAVED))
            np.copyto(new, cut, where=m)
            kind[m] = K_CLEARCUT
            if cut_prev is not None:
                # some of the previous period's cuts grow back into young broadleaved stands
                m = (cut_prev == LOW_WOODY) & (res_b < int(P_REGROW * 192)) & (new == LOW_WOODY) & \
                    forest_cells
                new[m] = BROADLEAVED
                kind[m] = K_REGROWTH
            cut_prev = cut
            # grassland <-> cropland, whole parcels
            m = (fields.byte(2 + p) < int(P_SWAP * 256)) & ag & ((new == GRASSLAND) | (new == CROPLAND))
            new[m] = CROPLAND + GRASSLAND - new[m]
            kind[m] = K_SWAP
            # towns grow over the fields around them, block by block
            m = (streets.byte(2 + p) < int(P_SPRAWL * 256)) & sprawl_zone & land & \
                ((new == GRASSLAND) | (new == CROPLAND))
            new[m] = SEALED
            kind[m] = K_SPRAWL
            # a dry summer: lake shores fall dry
            dr = _fbm(xs, ys, DROUGHT, self.key("drought %d" % year))
            m = drought_base & (dr > 0.5) & (lake_f < f32(T_LAKE + 0.003 + 0.004 * p)) & \
                (new == WATER) & ~exposed
            new[m] = SPARSE
            kind[m] = K_DROUGHT
            exposed |= m
            kind[new == prev] = 0
            truths[year] = new
            kinds[year] = kind
        return truths, kinds, seacode

    # -- the 10 m maps --

    def render(self, x_left, y_top, width, height, years, confidence=True):
        px = product.PIXEL_SIZE_M
        if x_left % px or y_top % px:
            raise ValueError("window corners must be multiples of the pixel size")
        mg = self.MARGIN
        ix0 = int(x_left // px) - mg  # global pixel column of the first (margin) column
        iy_top = int(y_top // px) - 1 + mg  # global pixel row, counted from the south, of the first row
        we, he = width + 2 * mg, height + 2 * mg
        cols = np.arange(ix0, ix0 + we, dtype=np.int64)
        rows = np.arange(iy_top, iy_top - he, -1, dtype=np.int64)
        cx = np.arange(ix0 >> 1, ((ix0 + we - 1) >> 1) + 1, dtype=np.int64)
        cy = np.arange(iy_top >> 1, ((iy_top - he + 1) >> 1) - 1, -1, dtype=np.int64)
        xs = cx.astype(np.float64) * CELL + CELL / 2
        ys = cy.astype(np.float64) * CELL + CELL / 2
        oc = ix0 - 2 * int(cx[0])
        orow = (2 * int(cy[0]) + 1) - iy_top
        x_range = (x_left - mg * px, x_left + (width + mg) * px)
        y_range = (y_top - (height + mg) * px, y_top + mg * px)
        truths, kinds, seacode = self.landscape(xs, ys, x_range, y_range)

        def up(a):
            """20 m -> 10 m: each cell becomes 2 x 2 pixels; cropped to the extended window."""
            w = a.astype(np.uint16)
            w *= np.uint16(257)  # both bytes equal the value
            big = np.empty((a.shape[0], 2, a.shape[1]), dtype=np.uint16)
            big[...] = w[:, None, :]
            big = big.view(np.uint8).reshape(a.shape[0] * 2, a.shape[1] * 2)
            return big[orow:orow + he, oc:oc + we]

        h = _pixel_hash(cols, rows, self.key("pixels"))
        low3 = (h & np.uint32(7)).astype(np.uint8)
        take_left = low3 == 0
        take_up = low3 == 1
        del low3

        def dither(a):
            """Ragged 10 m edges: a quarter of the pixels take the value of the pixel left of or
            above them (the same pixels in every year, so the edges do not look like change)."""
            out = a.copy()
            np.copyto(out[:, 1:], a[:, :-1], where=take_left[:, 1:])
            np.copyto(out[1:, :], a[:-1, :], where=take_up[1:, :])
            return out

        sea10 = dither(up(seacode))
        land10 = sea10 == 0
        flat_land = land10.ravel()
        # rivers and roads (10 m), on land only
        box = (x_range[0], y_range[0], x_range[1], y_range[1])
        roads = _road_pixels(_towns(*box, self.seed), *box, self.seed)
        first = dither(up(truths[_chain_years()[0]])).ravel()
        ov_idx, ov_val = [], []
        for (pc, pr), code in ((_river_pixels(self.seed), WATER), (roads, SEALED)):
            c = pc - ix0
            r = iy_top - pr
            ok = (c >= 0) & (c < we) & (r >= 0) & (r < he)
            idx = r[ok] * we + c[ok]
            idx = idx[flat_land[idx]]
            if code == SEALED:  # roads go round lakes and stay off the mountain top
                idx = idx[~_NO_ROAD[first[idx]]]
            ov_idx.append(idx)
            ov_val.append(np.full(len(idx), code, dtype=np.uint8))
        del first
        ov_idx = np.concatenate(ov_idx)
        ov_val = np.concatenate(ov_val)
        # static salt-and-pepper
        salt = (h & np.uint32(1023 << 3)) < np.uint32(SALT_PEPPER_PER_1024 << 3)
        salt &= land10
        salt_idx = np.flatnonzero(salt)
        del salt
        salt_tab = ((h.ravel()[salt_idx] >> np.uint32(13)) & np.uint32(1)).astype(np.intp)

        chain = _chain_years()
        wanted = [y for y in chain if y <= max(years)]
        res = Rendered(x_left, y_top, width, height)
        inner = (slice(mg, mg + height), slice(mg, mg + width))
        nodata_box = None
        if NODATA_YEAR in wanted:
            bx0, by0, bx1, by1 = NODATA_BOX
            c0, c1 = int(bx0 // px) - ix0, int(bx1 // px) - ix0
            r0, r1 = iy_top - (int(by1 // px) - 1), iy_top - int(by0 // px) + 1
            c0, c1, r0, r1 = max(c0, 0), min(c1, we), max(r0, 0), min(r1, he)
            if c0 < c1 and r0 < r1:
                nodata_box = (slice(r0, r1), slice(c0, c1))
        jitter = None
        for year in wanted:
            ry = product.reference_year(year)
            t = truths[year]
            t[seacode == 1] = product.COASTAL_SEAWATER_BUFFER if ry.has_coastal_buffer else WATER
            t[seacode == 2] = product.OUTSIDE_AREA
            a = dither(up(t))
            flat = a.ravel()
            flat[ov_idx] = ov_val
            flat[salt_idx] = _FLIP[salt_tab, flat[salt_idx]]
            # per-year classification noise
            k_y = (int(_hash64([year], [0], self.key("noise"))[0]) & 0xFFFFFFFF) | 1
            hy = h * np.uint32(k_y)
            noise = hy < np.uint32(NOISE_PER_4096 << 20)
            noise &= land10
            if year == NODATA_YEAR and nodata_box is not None:
                noise[nodata_box] = False
            noise_idx = np.flatnonzero(noise)
            hy_n = hy.ravel()[noise_idx]
            del hy
            boundary = _boundary(a) if (confidence and year in years
                                        and product.CONFIDENCE.key in ry.layers) else None
            flat[noise_idx] = _FLIP[((hy_n >> np.uint32(19)) & np.uint32(1)).astype(np.intp),
                                    flat[noise_idx]]
            if self.speckle:  # product-like speckle counts (and gets low confidence) as noise
                keys = (self.key("speckle"), self.key("speckle %d" % year))
                noise |= add_speckle(a, land10, cols, rows, keys, self.speckle, _FLIP, product.LAND_COVER_CODES,
                                     (WATER, SEALED))
                if year == NODATA_YEAR and nodata_box is not None:
                    noise[nodata_box] = False
                noise_idx = np.flatnonzero(noise)
                hy_n = h.ravel()[noise_idx] * np.uint32(k_y)
            if year == NODATA_YEAR and nodata_box is not None:
                a[nodata_box] = product.NO_DATA
            kind10 = dither(up(kinds[year])) if year in kinds else None
            res.lc[year] = np.ascontiguousarray(a[inner])
            res.noise[year] = np.ascontiguousarray(noise[inner])
            if kind10 is not None:
                res.kind[year] = np.ascontiguousarray(kind10[inner])
            if boundary is not None and year in years:
                if jitter is None:
                    jitter = ((h >> np.uint32(14)) & np.uint32(7)).astype(np.uint8)
                conf = self.confidence(xs, ys, year, up, jitter, a, boundary, kind10)
                low = np.uint32(10) + ((hy_n >> np.uint32(6)) & np.uint32(0x1FFF)) % \
                    np.uint32(CONF_NOISE_MAX - 9)
                conf.ravel()[noise_idx] = low.astype(np.uint8)
                res.conf[year] = np.ascontiguousarray(conf[inner])
        return res

    def confidence(self, xs, ys, year, up, jitter, lc, boundary, kind10):
        """Confidence 0..100: smooth and high, lower at class edges, for weak classes and where the
        class has just changed; 254 where the land cover is outside area or no data."""
        base = _fbm(xs, ys, CONFIDENCE_NOISE, self.key("confidence %d" % year))
        base = np.clip(np.float32(60) + np.float32(75) * base, 60, 97).astype(np.uint8)
        c = up(base) + jitter  # + 0..7
        pen = _PENALTY.take(lc)
        pen += boundary.view(np.uint8) * np.uint8(16)
        if kind10 is not None:
            pen += (kind10 != 0).view(np.uint8) * np.uint8(6)
        # max(c - pen, floor) without unsigned wrap-around
        pen_floor = pen + np.uint8(CONF_FLOOR)
        np.maximum(c, pen_floor, out=c)
        c -= pen
        np.minimum(c, np.uint8(100), out=c)
        c[(lc == product.OUTSIDE_AREA) | (lc == product.NO_DATA)] = product.CONFIDENCE.nodata
        return c


_NO_ROAD = np.zeros(256, dtype=bool)
_NO_ROAD[[WATER, SNOW, SPARSE, LICHENS]] = True

_PENALTY = np.zeros(256, dtype=np.uint8)
for _code, _pen in ((LOW_WOODY, 10), (LICHENS, 12), (GRASSLAND, 4), (CROPLAND, 3)):
    _PENALTY[_code] = _pen


# --- Writing GeoTIFFs ------------------------------------------------------------------------------

class _ThreadConfig:
    """GDAL config options set for this thread only, restored on exit."""

    def __init__(self, **options):
        self.options = options
        self.saved = {}

    def __enter__(self):
        for k, v in self.options.items():
            self.saved[k] = gdal.GetThreadLocalConfigOption(k, None)
            gdal.SetThreadLocalConfigOption(k, v)

    def __exit__(self, *exc):
        for k, v in self.saved.items():
            gdal.SetThreadLocalConfigOption(k, v)


def overview_levels(width, height):
    """The overview factors written for a raster of this size (2..32, while >= 8 pixels remain)."""
    return [f for f in OVERVIEW_LEVELS if min(width, height) // f >= 8]


class _RowBuffer:
    """Takes rows in order and writes them to `band` in whole block rows (a chunk that is already a
    whole block row is written as it is; anything else is collected first); hands each written
    chunk, decimated (nearest), to the overview buffers."""

    def __init__(self, band, width, height, children=()):
        self.band, self.width, self.height = band, width, height
        self.rows_per_chunk = min(STRIP_ROWS, height)
        self.buf = None
        self.fill = 0
        self.row = 0
        self.children = list(children)  # (factor, _RowBuffer)

    def push(self, rows):
        start = 0
        while start < rows.shape[0]:
            left = rows.shape[0] - start
            want = min(self.rows_per_chunk, self.height - self.row)
            if self.fill == 0 and left >= want:
                self._write(rows[start:start + want])
                start += want
                continue
            if self.buf is None:
                self.buf = np.empty((self.rows_per_chunk, self.width), dtype=np.uint8)
            n = min(left, want - self.fill)
            self.buf[self.fill:self.fill + n] = rows[start:start + n]
            self.fill += n
            start += n
            if self.fill == want:
                self._write(self.buf[:want])
                self.fill = 0
        if self.row == self.height:
            self.buf = None

    def _write(self, chunk):
        self.band.WriteArray(chunk, 0, self.row)
        self.band.FlushCache()
        for factor, child in self.children:
            child.push(chunk[::factor, ::factor])
        self.row += chunk.shape[0]

    def done(self):
        return self.row == self.height and all(c.done() for _, c in self.children)


class _Sink:
    """One single-band Byte GeoTIFF being written top to bottom: tiled 1024, LZW, EPSG:3035,
    nearest overviews built from the rows as they come (internal, or an external .ovr)."""

    def __init__(self, path, x_left, y_top, width, height, nodata, color_table, external):
        self.path = path
        self.width, self.height = width, height
        px = product.PIXEL_SIZE_M
        block = product.BLOCK_PIXELS
        options = ["TILED=YES", "BLOCKXSIZE=%d" % block, "BLOCKYSIZE=%d" % block, "COMPRESS=LZW"]
        ds = gdal.GetDriverByName("GTiff").Create(path, width, height, 1, gdal.GDT_Byte, options)
        ds.SetGeoTransform((x_left, px, 0, y_top, 0, -px))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(product.CRS_EPSG)
        ds.SetSpatialRef(srs)
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(nodata)
        if color_table is not None:
            band.SetRasterColorTable(color_table)
            band.SetRasterColorInterpretation(gdal.GCI_PaletteIndex)
        levels = overview_levels(width, height)
        self.ovr_ds = None
        with _ThreadConfig(GDAL_TIFF_OVR_BLOCKSIZE=str(block), COMPRESS_OVERVIEW="LZW"):
            if external:
                # The mosaic form: overviews in an external .ovr, made (empty) on the dataset opened
                # read-only, then filled as the rows are written.
                ds = None
                if levels:
                    ro = gdal.Open(path, gdal.GA_ReadOnly)
                    ro.BuildOverviews("NONE", levels)
                    ro = None
                ds = gdal.Open(path, gdal.GA_Update)
                band = ds.GetRasterBand(1)
                ovr_bands = []
                if levels:
                    self.ovr_ds = gdal.Open(path + ".ovr", gdal.GA_Update)
                    first = self.ovr_ds.GetRasterBand(1)
                    ovr_bands = [first] + [first.GetOverview(i) for i in range(first.GetOverviewCount())]
            else:
                if levels:
                    ds.BuildOverviews("NONE", levels)
                ovr_bands = [band.GetOverview(i) for i in range(band.GetOverviewCount())]
        if len(ovr_bands) != len(levels):
            raise RuntimeError("GDAL made {} overviews for {}, expected {}".format(
                len(ovr_bands), path, len(levels)))
        self.ds, self.band = ds, band
        children = [(f, _RowBuffer(b, b.XSize, b.YSize)) for f, b in zip(levels, ovr_bands)]
        for (f, _), b in zip(children, ovr_bands):
            if (b.XSize, b.YSize) != (-(-width // f), -(-height // f)):
                raise RuntimeError("unexpected overview size in " + path)
        self.rows = _RowBuffer(band, width, height, children)

    def push(self, rows):
        self.rows.push(rows)

    def abort(self):
        """Let go of the file unfinished (after an error)."""
        self.rows = self.band = self.ovr_ds = self.ds = None

    def close(self, rat=None):
        if not self.rows.done():
            raise RuntimeError("{} was not written completely".format(self.path))
        if rat is not None:
            self.band.SetDefaultRAT(rat)
        self.band = None
        self.ovr_ds = None
        self.ds = None


class _Writers:
    """Writes the files in a few threads (GDAL compresses without holding the GIL). Each file
    stays with one thread, so its rows arrive in order; files are spread so that the threads get
    about the same number of pixels. At most `limit` strips wait in memory."""

    def __init__(self, threads, limit):
        self.limit = limit
        self.pools = [ThreadPoolExecutor(max_workers=1) for _ in range(threads)]
        self.load = [0] * threads
        self.assigned = {}
        self.pending = deque()

    def push(self, sink, rows):
        k = self.assigned.get(id(sink))
        if k is None:
            k = self.assigned[id(sink)] = self.load.index(min(self.load))
            self.load[k] += sink.width * sink.height
        self.pending.append(self.pools[k].submit(sink.push, rows))
        while len(self.pending) > self.limit or (self.pending and self.pending[0].done()):
            self.pending.popleft().result()

    def finish(self):
        while self.pending:
            self.pending.popleft().result()
        for pool in self.pools:
            pool.shutdown()


_LC, _CONF, _MOSAIC = product.LAND_COVER.key, product.CONFIDENCE.key, "mosaic"


# --- Planning and running a generation -------------------------------------------------------

def tile_window(tile, size=product.TILE_PIXELS):
    """(x_left, y_top) in EPSG:3035 metres of the size x size window written for `tile`: the whole
    grid cell at full size, else the corner of the cell nearest the sample block's centre."""
    size = int(size)
    if not 0 < size <= product.TILE_PIXELS:
        raise ValueError("size must be 1..{} pixels, not {}".format(product.TILE_PIXELS, size))
    xmin, ymin, xmax, ymax = tile.extent
    span = size * product.PIXEL_SIZE_M

    def place(lo, hi, centre):
        if hi <= centre:
            return hi - span
        if lo >= centre:
            return lo
        start = centre - span // 2
        start -= start % product.PIXEL_SIZE_M
        return min(max(start, lo), hi - span)
    x_left = place(xmin, xmax, CENTRE[0])
    y_bottom = place(ymin, ymax, CENTRE[1])
    return x_left, y_bottom + span


def _normalise(size, years, tiles, seed):
    size = int(size)
    tile_window(SAMPLE_TILES[0], size)  # validates size
    years = tuple(sorted({product.reference_year(y).year for y in years}))
    if not years:
        raise ValueError("no year asked for")
    tiles = tuple(sorted({t if hasattr(t, "extent") else parse_tile_id(t) for t in tiles},
                         key=lambda t: (-t.north, t.east)))
    if not tiles:
        raise ValueError("no tile asked for")
    return size, years, tiles, int(seed)


def _pairs(years):
    return [(a, b) for a, b in combinations(years, 2)]


def _conf_years(years):
    return [y for y in years if product.CONFIDENCE.key in product.reference_year(y).layers]


def _mosaic_years(years, mosaics):
    return [y for y in years if mosaics and product.reference_year(y).delivery == "mosaic"]


class _Plan:
    """Which windows to render, strip by strip, and where each lands."""

    def __init__(self, size, years, tiles, mosaics):
        px = product.PIXEL_SIZE_M
        self.size, self.years, self.tiles = size, years, tiles
        self.windows = {t: tile_window(t, size) for t in tiles}
        span = size * px
        self.x0 = min(x for x, _ in self.windows.values())
        self.x1 = max(x for x, _ in self.windows.values()) + span
        self.y1 = max(y for _, y in self.windows.values())
        self.y0 = min(y for _, y in self.windows.values()) - span
        self.width = int(round((self.x1 - self.x0) / px))
        self.height = int(round((self.y1 - self.y0) / px))
        self.mosaic_years = _mosaic_years(years, mosaics)
        if self.mosaic_years and self.width * self.height > 4 * len(tiles) * size * size:
            raise ValueError("the tiles lie too far apart for one mosaic; ask for mosaics=False")
        rows = {}  # tile -> first row in the block
        cols = {}
        for t, (x, y) in self.windows.items():
            rows[t] = int(round((self.y1 - y) / px))
            cols[t] = int(round((x - self.x0) / px))
        breaks = {0, self.height}
        for t in tiles:
            breaks.update(range(rows[t], rows[t] + size, RENDER_ROWS))
            breaks.add(rows[t] + size)
        if self.mosaic_years:
            breaks.update(range(0, self.height, RENDER_ROWS))
        breaks = sorted(breaks)
        self.strips = []  # [(row0, row1, [(col0, col1, tile or None)])]
        for r0, r1 in zip(breaks[:-1], breaks[1:]):
            segs = sorted((cols[t], cols[t] + size, t) for t in tiles
                          if rows[t] <= r0 and r1 <= rows[t] + size)
            if self.mosaic_years:
                filled, c = [], 0
                for c0, c1, t in segs:
                    if c0 > c:
                        filled.append((c, c0, None))
                    filled.append((c0, c1, t))
                    c = c1
                if c < self.width:
                    filled.append((c, self.width, None))
                segs = filled
            if segs:
                self.strips.append((r0, r1, segs))
        self.tile_rows = rows

    def units(self):
        px = product.PIXEL_SIZE_M
        for s, (r0, r1, segs) in enumerate(self.strips):
            for c0, c1, t in segs:
                yield s, (self.x0 + c0 * px, self.y1 - r0 * px, c1 - c0, r1 - r0, t)


def _count_codes(a):
    counts = {}
    total = 0
    for code in product.ALL_CODES:
        n = int(np.count_nonzero(a == code))
        if n:
            counts[code] = n
            total += n
    if total != a.size:
        raise RuntimeError("the sample holds values that are not product codes")
    return counts


def _add(d, other):
    for k, v in other.items():
        d[k] = d.get(k, 0) + v


def _render_unit(renderer, unit, years, pairs, conf_years):
    """Render one window and compute its statistics (in a worker thread)."""
    x_left, y_top, width, height, tile = unit
    res = renderer.render(x_left, y_top, width, height, years, confidence=tile is not None)
    stats = {"counts": {y: _count_codes(res.lc[y]) for y in years}}
    if tile is not None:
        stats["transitions"], stats["kinds"] = {}, {}
        for a, b in pairs:
            la, lb = res.lc[a].ravel(), res.lc[b].ravel()
            idx = np.flatnonzero(la != lb)
            code = la[idx].astype(np.int64) * 256 + lb[idx]
            bins = np.bincount(code, minlength=65536)
            nz = np.flatnonzero(bins)
            stats["transitions"][(a, b)] = {(int(c) >> 8, int(c) & 255): int(bins[c]) for c in nz}
            kinds = np.bincount(res.pair_kinds(a, b, idx), minlength=len(KIND_NAMES) + 1)
            stats["kinds"][(a, b)] = [int(k) for k in kinds]
        stats["confidence"] = {}
        for y in conf_years:
            c = res.conf[y]
            st = {}
            for name, mask in (("noise", res.noise[y]), ("planted", res.planted(y))):
                v = c[mask]
                st[name] = (int(v.size), int(v.sum(dtype=np.int64)), int(v.min()) if v.size else None,
                            int(v.max()) if v.size else None)
            valid = c[c <= 100]
            st["all"] = (int(valid.size), int(valid.sum(dtype=np.int64)),
                         int(valid.min()) if valid.size else None, int(valid.max()) if valid.size else None)
            stats["confidence"][y] = st
    return res.lc, res.conf, stats


def _release_memory():
    """Hand freed heap memory back to the system (glibc keeps it otherwise, and a run with many
    large temporary arrays in several threads would look much bigger than it is)."""
    global _MALLOC_TRIM
    if _MALLOC_TRIM is None:
        _MALLOC_TRIM = False
        if sys.platform.startswith("linux"):
            try:
                import ctypes
                _MALLOC_TRIM = ctypes.CDLL("libc.so.6").malloc_trim
            except (OSError, AttributeError):
                pass
    if _MALLOC_TRIM:
        _MALLOC_TRIM(0)


_MALLOC_TRIM = None


def _loop(units, plan, renderer, threads, years, pairs, conf_years, sinks, writers, counts,
          mosaic_counts, transitions, kinds, conf, progress):
    """Render the units in worker threads, in order; hand the rows to the writers; add up counts."""
    pending_strip = {}
    done = 0
    it = iter(units)
    queue = deque()
    with ThreadPoolExecutor(max_workers=threads) as pool:

        def submit():
            try:
                s, unit = next(it)
            except StopIteration:
                return
            queue.append((s, unit, pool.submit(_render_unit, renderer, unit, years, pairs, conf_years)))

        for _ in range(threads + 1):
            submit()
        while queue:
            s, unit, future = queue.popleft()
            lc, cf, stats = future.result()
            submit()
            tile = unit[4]
            if tile is not None:
                for y in years:
                    writers.push(sinks[(_LC, y, tile)], lc[y])
                    _add(counts[y][tile], stats["counts"][y])
                for y in conf_years:
                    writers.push(sinks[(_CONF, y, tile)], cf[y])
                    for name, st in stats["confidence"][y].items():
                        conf[y][tile][name] = _merge_conf(conf[y][tile].get(name), st)
                for p in pairs:
                    _add(transitions[p][tile], stats["transitions"][p])
                    kinds[p][tile] = [a + b for a, b in zip(kinds[p][tile], stats["kinds"][p])]
            for y in plan.mosaic_years:
                _add(mosaic_counts[y], stats["counts"][y])
            if plan.mosaic_years:
                pending_strip.setdefault(s, []).append((unit, {y: lc[y] for y in plan.mosaic_years}))
                r0, r1, segs = plan.strips[s]
                if len(pending_strip[s]) == len(segs):
                    parts = pending_strip.pop(s)
                    for y in plan.mosaic_years:
                        writers.push(sinks[(_MOSAIC, y, None)],
                                     np.concatenate([p[1][y] for p in parts], axis=1))
            done += 1
            if done % 8 == 0:
                _release_memory()
            if progress is not None:
                progress(done / len(units), "{} of {} windows".format(done, len(units)))


def _merge_conf(acc, st):
    n, s, lo, hi = st
    if not n:
        return acc
    if acc is None:
        return [n, s, lo, hi]
    return [acc[0] + n, acc[1] + s, min(acc[2], lo), max(acc[3], hi)]


def _params(size, years, tiles, mosaics, seed, speckle=0):
    params = {"version": GENERATOR_VERSION, "size": size, "seed": seed,
              "tiles": [str(t) for t in tiles], "years": list(years), "mosaics": bool(mosaics)}
    if speckle:  # only then: the default sample's manifest stays as it was
        params["speckle"] = float(speckle)
    return params


def _read_manifest(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def _same_run(manifest, params, out_dir):
    if not manifest or manifest.get("parameters") != params:
        return False
    return all(os.path.exists(os.path.join(out_dir, p)) for p in manifest.get("files", []))


def generate(out_dir, size=product.TILE_PIXELS, years=product.YEARS, tiles=SAMPLE_TILES,
             mosaics=True, progress=None, seed=DEFAULT_SEED, force=False, threads=None, speckle=0):
    """Write the sample into `out_dir` and return its manifest (also written as manifest.json).

    `progress(fraction, text)` is called as it goes. If out_dir already holds a manifest of the same
    generator version and parameters (and its files), that manifest is returned and nothing is
    written, unless `force`. Files are made under a temporary folder and moved into place; the
    manifest comes last, so an interrupted run never leaves a set that looks complete. speckle: the
    level of product-like speckle (1: file sizes as the real product's; 0: none, the default).
    """
    size, years, tiles, seed = _normalise(size, years, tiles, seed)
    mosaics = bool(mosaics)
    plan = _Plan(size, years, tiles, mosaics)  # checks the arguments before anything is touched
    params = _params(size, years, tiles, mosaics, seed, speckle)
    out_dir = os.path.abspath(str(out_dir))
    manifest_path = os.path.join(out_dir, MANIFEST_NAME)
    old = _read_manifest(manifest_path)
    if not force and _same_run(old, params, out_dir):
        return old
    os.makedirs(out_dir, exist_ok=True)
    if os.path.exists(manifest_path):
        os.remove(manifest_path)
    for name in os.listdir(out_dir):
        if name.startswith(".partial-"):
            shutil.rmtree(os.path.join(out_dir, name), ignore_errors=True)
    tmp = os.path.join(out_dir, ".partial-" + uuid.uuid4().hex[:12])
    os.makedirs(tmp)
    try:
        manifest = _run(tmp, plan, seed, progress, threads, speckle)
        manifest["parameters"] = params
        for rel in manifest["files"]:
            dst = os.path.join(out_dir, rel)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            os.replace(os.path.join(tmp, rel), dst)
        if old:
            for rel in set(old.get("files", [])) - set(manifest["files"]):
                path = os.path.join(out_dir, rel)
                if os.path.isfile(path):
                    os.remove(path)
        part = os.path.join(tmp, MANIFEST_NAME)
        with open(part, "w", encoding="utf-8") as f:
            json.dump(manifest, f, indent=1, sort_keys=True)
            f.write("\n")
        os.replace(part, manifest_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return manifest


def _run(tmp, plan, seed, progress, threads, speckle=0):
    size, years, tiles = plan.size, plan.years, plan.tiles
    conf_years = _conf_years(years)
    pairs = _pairs(years)
    px = product.PIXEL_SIZE_M
    files = []
    sinks = {}  # (kind, year, tile) -> _Sink
    color_table = legend.color_table()
    for d in [os.path.join(tmp, "tiles", str(y)) for y in years] + [os.path.join(tmp, "mosaic")]:
        os.makedirs(d, exist_ok=True)

    def rel_tile(year, tile, layer=product.LAND_COVER):
        return "/".join(("tiles", str(year), product.tile_file_name(year, tile, layer)))

    for year in years:
        for tile in tiles:
            x, y = plan.windows[tile]
            rel = rel_tile(year, tile)
            sinks[(_LC, year, tile)] = _Sink(os.path.join(tmp, rel), x, y, size, size,
                                                product.NO_DATA, color_table, external=False)
            files += [rel, rel + ".aux.xml"]
            if year in conf_years:
                rel = rel_tile(year, tile, product.CONFIDENCE)
                sinks[(_CONF, year, tile)] = _Sink(os.path.join(tmp, rel), x, y, size, size,
                                                      product.CONFIDENCE.nodata, None, external=False)
                files.append(rel)
    for year in plan.mosaic_years:
        rel = "/".join(("mosaic", product.mosaic_file_name(year)))
        sinks[(_MOSAIC, year, None)] = _Sink(os.path.join(tmp, rel), plan.x0, plan.y1, plan.width,
                                               plan.height, product.NO_DATA, color_table, external=True)
        files += [rel, rel + ".aux.xml"]
        if overview_levels(plan.width, plan.height):
            files.append(rel + ".ovr")
        clr = os.path.splitext(rel)[0] + ".clr"
        with open(os.path.join(tmp, clr), "w", encoding="ascii") as f:
            f.write(stylefiles.clr_text())
        files.append(clr)

    counts = {y: {t: {} for t in tiles} for y in years}
    mosaic_counts = {y: {} for y in plan.mosaic_years}
    transitions = {p: {t: {} for t in tiles} for p in pairs}
    kinds = {p: {t: [0] * (len(KIND_NAMES) + 1) for t in tiles} for p in pairs}
    conf = {y: {t: {} for t in tiles} for y in conf_years}

    units = list(plan.units())
    renderer = _Renderer(seed, speckle)
    threads = threads or max(1, min(2, os.cpu_count() or 1))
    writers = _Writers(threads + 1, limit=12)
    try:
        try:
            _loop(units, plan, renderer, threads, years, pairs, conf_years, sinks, writers, counts,
                  mosaic_counts, transitions, kinds, conf, progress)
        finally:
            writers.finish()
        for (layer, year, tile), sink in sinks.items():
            if layer == _LC:
                sink.close(legend.attribute_table(counts[year][tile]))
            elif layer == _MOSAIC:
                sink.close(legend.attribute_table(mosaic_counts[year]))
            else:
                sink.close()
    except BaseException:
        for sink in sinks.values():
            sink.abort()
        raise
    # GDAL may not write an .aux.xml where it has nothing to say; list only what exists
    files = [f for f in files if os.path.exists(os.path.join(tmp, f))]

    def codes(d):
        return {str(k): v for k, v in sorted(d.items())}

    manifest = {
        "generator": __name__,
        "version": GENERATOR_VERSION,
        "size": size,
        "seed": seed,
        "tiles": [str(t) for t in tiles],
        "years": list(years),
        "crs": product.CRS_AUTHID,
        "pixel_size": px,
        "extents": {str(t): [plan.windows[t][0], plan.windows[t][1] - size * px,
                             plan.windows[t][0] + size * px, plan.windows[t][1]] for t in tiles},
        "files": sorted(files),
        "tile_files": {str(y): {str(t): {layer.key: rel_tile(y, t, layer)
                                         for layer in (product.LAND_COVER, product.CONFIDENCE)
                                         if layer is product.LAND_COVER or y in conf_years}
                                for t in tiles} for y in years},
        "mosaic_files": {str(y): "mosaic/" + product.mosaic_file_name(y) for y in plan.mosaic_years},
        "mosaic_extent": [plan.x0, plan.y0, plan.x1, plan.y1] if plan.mosaic_years else None,
        "class_counts": {str(y): {str(t): codes(counts[y][t]) for t in tiles} for y in years},
        "mosaic_class_counts": {str(y): codes(mosaic_counts[y]) for y in plan.mosaic_years},
        "transitions": {},
        "change_kinds": {},
        "confidence": {},
        "kind_names": list(KIND_NAMES),
    }
    for a, b in pairs:
        key = "{}-{}".format(a, b)
        manifest["transitions"][key] = {}
        manifest["change_kinds"][key] = {}
        for t in tiles:
            changed = transitions[(a, b)][t]
            rows = [[f, to, n] for (f, to), n in changed.items()]
            # unchanged pixels: the year's count less what left each class
            out = {}
            for (f, _), n in changed.items():
                out[f] = out.get(f, 0) + n
            for code, n in counts[a][t].items():
                if n - out.get(code, 0):
                    rows.append([code, code, n - out.get(code, 0)])
            manifest["transitions"][key][str(t)] = sorted(rows)
            k = kinds[(a, b)][t]
            entry = {name: k[i + 1] for i, name in enumerate(KIND_NAMES)}
            entry[UNEXPLAINED] = k[0]
            manifest["change_kinds"][key][str(t)] = entry
    for y in conf_years:
        manifest["confidence"][str(y)] = {}
        for t in tiles:
            entry = {}
            for name, acc in conf[y][t].items():
                if acc:
                    entry[name] = {"pixels": acc[0], "mean": round(acc[1] / acc[0], 3),
                                   "min": acc[2], "max": acc[3]}
            manifest["confidence"][str(y)][str(t)] = entry
    return manifest


# --- Command line ------------------------------------------------------------------------------------

def summary(manifest):
    """A few lines on what a manifest holds: files, class shares per year, planted changes."""
    lines = ["{} files, {} tiles of {} px, years {}".format(
        len(manifest["files"]), len(manifest["tiles"]), manifest["size"],
        ", ".join(str(y) for y in manifest["years"]))]
    for y, per_tile in manifest["class_counts"].items():
        total = {}
        for c in per_tile.values():
            _add(total, {int(k): v for k, v in c.items()})
        land = sum(v for k, v in total.items() if k in product.LAND_COVER_CODES)
        shares = " ".join("{}:{:.1f}".format(k, 100.0 * total.get(k, 0) / land)
                          for k in product.LAND_COVER_CODES) if land else "-"
        other = " ".join("{}:{}".format(k, total[k]) for k in product.SPECIAL_CODES if total.get(k))
        lines.append("  {} land cover % {} | {}".format(y, shares, other))
    for pair, per_tile in manifest["change_kinds"].items():
        total = {}
        for c in per_tile.values():
            _add(total, c)
        land = sum(v for k, v in _sum_counts(manifest, pair.split("-")[0]).items()
                   if int(k) in product.LAND_COVER_CODES)
        lines.append("  {}: ".format(pair) + ", ".join(
            "{} {:.2f}%".format(k, 100.0 * v / land) for k, v in total.items() if v and land))
    return "\n".join(lines)


def _sum_counts(manifest, year):
    total = {}
    for c in manifest["class_counts"][str(year)].values():
        _add(total, c)
    return total


def _tile_block(text):
    """--tiles: "E44N35,E45N35" or a block "E43-E45N34-N36" (every cell of it)."""
    if not text:
        return SAMPLE_TILES
    block = re.fullmatch(r"E(\d+)-E?(\d+)N(\d+)-N?(\d+)", text.strip().upper())
    if block:
        e0, e1, n0, n1 = (int(g) for g in block.groups())
        return [parse_tile_id("E{:02d}N{:02d}".format(e, n)) for e in range(min(e0, e1), max(e0, e1) + 1)
                for n in range(min(n0, n1), max(n0, n1) + 1)]
    return parse_tile_ids(text)


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python3 -m clcplus_backbone.sample.generate",
        description="Write the deterministic CLCplus Backbone sample (tiles, confidence, mosaics).")
    parser.add_argument("out_dir")
    parser.add_argument("--size", type=int, default=product.TILE_PIXELS,
                        help="pixels per tile side (default: a full tile, %(default)s)")
    parser.add_argument("--force", action="store_true", help="regenerate even if up to date")
    parser.add_argument("--no-mosaics", action="store_true", help="write the tiles only")
    parser.add_argument("--speckle", type=float, default=0.0,
                        help="product-like speckle level (1: file sizes as the real product's)")
    parser.add_argument("--product-like", action="store_const", const=1.0, dest="speckle",
                        help="the same as --speckle 1")
    parser.add_argument("--tiles", help="grid cells, comma-separated or a block as E43-E45N34-N36 "
                        "(default: the four sample cells)")
    parser.add_argument("--years", help="reference years, comma-separated (default: all)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        tiles = _tile_block(args.tiles)
        years = [int(y) for y in args.years.split(",")] if args.years else product.YEARS
    except ValueError as e:  # GridError is one
        parser.error(str(e))
    start = time.time()

    def progress(fraction, text):
        sys.stderr.write("\r{:5.1f}% {}".format(100 * fraction, text))
        sys.stderr.flush()
    manifest = generate(args.out_dir, size=args.size, mosaics=not args.no_mosaics,
                        progress=progress if sys.stderr.isatty() else None, seed=args.seed,
                        force=args.force, speckle=args.speckle, tiles=tiles, years=years)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    print(summary(manifest))
    print("{:.1f} s".format(time.time() - start))
    return 0


if __name__ == "__main__":
    sys.exit(main())
