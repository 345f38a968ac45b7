"""Rendering a window of the sample at 10 m: the landscape upsampled with ragged edges, rivers and
roads, classification noise, product-like speckle, no data, and the confidence layer."""

import numpy as np

from ..core import product
from .constants import (CELL, CONF_FLOOR, CONF_NOISE_MAX, CONFIDENCE_NOISE, CROPLAND, DEFAULT_SEED,
                        GRASSLAND, K_COAST, K_NODATA, K_NOISE, LICHENS, LOW_WOODY, NODATA_BOX, NODATA_YEAR,
                        NOISE_PER_4096, SALT_PEPPER_PER_1024, SEALED, SNOW, SPARSE, WATER, _FLIP)
from .geography import _river_pixels, _road_pixels, _towns
from .landscape import _chain_years, _Landscape
from .speckle import apply as add_speckle
from .speckle import boundary as _boundary
from .value_noise import _fbm, _hash64, _pixel_hash


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


class _Renderer(_Landscape):
    MARGIN = 4  # pixels around the window, for neighbourhood operations

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
