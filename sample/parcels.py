"""Irregular blocks of land and the rectangular parcels cut into them: the field parcels, forest
compartments and town blocks of the sample's landscape."""

import numpy as np

from .value_noise import _fbm, _hash64, _mix32


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
