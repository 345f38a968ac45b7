"""Integer hashes of lattice and pixel coordinates and the multi-octave value noise made of them:
every value of the sample is a pure function of global coordinates and a key, so any window
renders the same wherever it is cut."""

import zlib

import numpy as np

_COARSE_NODE = 160.0  # octaves of >= 8 nodes are evaluated on this lattice and interpolated

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
    return _multiply_xorshift(h, ((0xBF58476D1CE4E5B9, 27), (0x94D049BB133111EB, 31)))


def _multiply_xorshift(h, rounds):
    """h *= m, then h ^= h >> s, for each (m, s) of rounds: the steps of the integer finalisers
    (splitmix64, lowbias32, murmur3's), in place on an unsigned integer array, wrapping in its
    own width. Returns h."""
    width = h.dtype.type
    for m, s in rounds:
        h *= width(m)
        h ^= h >> width(s)
    return h


def _mix32(h):
    """In-place 32-bit integer finaliser (lowbias32)."""
    h ^= h >> np.uint32(16)
    return _multiply_xorshift(h, ((0x7FEB352D, 15), (0x846CA68B, 16)))


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
    return _mix32(hy[:, None] + hx[None, :])
