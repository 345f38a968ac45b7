"""The exact counts the manifest reports: class counts, transitions, change kinds and confidence
statistics of each rendered window, and adding them up."""

import numpy as np

from ..core import product
from .constants import KIND_NAMES


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


def _merge_conf(acc, st):
    n, s, lo, hi = st
    if not n:
        return acc
    if acc is None:
        return [n, s, lo, hi]
    return [acc[0] + n, acc[1] + s, min(acc[2], lo), max(acc[3], hi)]
