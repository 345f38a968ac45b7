"""The sample's landscape on a 20 m grid, for every product year: coast and islands, fields, heath,
forests, towns, farmsteads, beaches, lakes and the highland, and the changes planted between the
years (clear-cuts, regrowth, grassland-cropland swaps, urban sprawl, drought at lake edges)."""

import math

import numpy as np

from ..core import product
from .constants import (AGRICULTURE, BEACH, BROADLEAVED, BUFFER_M, CENTRE, COAST_BOW, COAST_COARSE,
                        COAST_FINE, CROPLAND, DROUGHT, EVERGREEN, EVERGREEN_NOISE, FARM_CELL, FARM_P,
                        FOREST, FOREST_TYPE, GRASSLAND, HEATH, HIGHLAND_NOISE, ISLAND_CELL, K_CLEARCUT,
                        K_DROUGHT, K_REGROWTH, K_SPRAWL, K_SWAP, LAKES, LICHENS, LOW_WOODY, NEEDLE,
                        P_CLEARCUT, P_REGROW, P_SPRAWL, P_SWAP, QUARRY, SEALED, SNOW, SPARSE, T_EVERGREEN,
                        T_FOREST, T_HEATH, T_LAKE, T_NEEDLE, T_QUARRY, URBAN_NOISE, WATER)
from .geography import _coast_offset, _coast_points, _highland_lobes, _towns
from .parcels import _Blocks, _Parcels
from .value_noise import _fbm, _fbm_points, _key, _octave, _unit


def _chain_years():
    return product.YEARS


class _Landscape:
    """The 20 m truth of a seed; the renderer (sample/render.py) makes the 10 m maps of it."""

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
