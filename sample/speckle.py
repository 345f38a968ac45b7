"""Product-like speckle for the sample: the isolated pixels and tiny clumps a real 10 m
classification holds, different every year.

A real CLCplus Backbone tile compresses about three times worse than the clean sample (15-30 MB
against 7-9 MB per LZW land tile) because its classes are noisy at the pixel level: field and
forest edges fray into the neighbouring class, and patches hold single pixels and clumps of two to
four pixels of a class the classifier confuses them with. Many of these pixels differ between two
years, so a real pair holds many tiny "changes", the hard case for a minimum mapping unit.

`apply` adds such speckle to one year of a rendered window. Like the rest of the generator it is a
pure function of the global pixel position, the seed, the year and the window's own classes within
three pixels, so neighbouring windows stay seamless as long as the window carries a margin of at
least four pixels (the renderer's MARGIN).

Three fifths of the speckle stay the same every year (single trees, sheds, ponds and the
classifier's steady confusions), the rest is new each year. Level 1 is tuned to the real product's file
size; 0 is no speckle (the default sample).
"""

import numpy as np

from .value_noise import _multiply_xorshift

# Chances per pixel at level 1, in 1/65536: of fraying where the 4-neighbourhood holds another
# class, and of a speckle clump starting inside a patch. Water and sealed surfaces are cleaner
# in a real classification than vegetation; their interior chance is scaled down.
EDGE_PER_65536 = 15000
INTERIOR_PER_65536 = 2600
CLEAN_CLASS_SHARE = 0.25
# The share of the speckle that is the same every year; the rest differs from year to year.
STATIC_SHARE = 0.6

# The 8 directions a frayed edge pixel takes its neighbour's class from (at 1 or 2 pixels).
_DR = np.array([-1, -1, -1, 0, 0, 1, 1, 1], dtype=np.intp)
_DC = np.array([-1, 0, 1, -1, 1, -1, 0, 1], dtype=np.intp)
# A clump grows from its seed to the right, down and diagonally (hash bits 20, 21, 22).
_GROW = ((1, 0, 1), (2, 1, 0), (4, 1, 1))


def _hash(cols, rows, key):
    """32-bit hash per pixel of global pixel columns (1-D) x rows (1-D) -> uint32 2-D."""
    hx = cols.astype(np.uint32) * np.uint32(0xCC9E2D51)
    hy = rows.astype(np.uint32) * np.uint32(0x1B873593) + np.uint32(key & 0xFFFFFFFF)
    return _multiply_xorshift(hy[:, None] ^ hx[None, :],
                              ((0x85EBCA6B, 13), (0xC2B2AE35, 16), (0x27D4EB2F, 15)))


def boundary(a):
    """Pixels whose 4-neighbourhood holds another value (also the generator's class edges)."""
    b = np.zeros(a.shape, dtype=bool)
    ne = a[:, :-1] != a[:, 1:]
    b[:, :-1] = ne
    b[:, 1:] |= ne
    ne = a[:-1, :] != a[1:, :]
    b[:-1, :] |= ne
    b[1:, :] |= ne
    return b


def apply(a, allowed, cols, rows, keys, level, confused, land_codes, clean_codes):
    """Add speckle to `a` (2-D uint8 classes of a window with its margin) in place and return the
    boolean mask of the pixels it changed.

    allowed: where speckle may fall (land, not no data). cols, rows: the global pixel column and
    row of each column and row of `a`. keys: two sub-seeds, one the same every year (the speckle
    that stays: single trees, sheds, ponds, a classifier's steady confusions) and one of this year.
    level: 1 for the real product's noise (scales all chances). confused: (2, 256) uint8 table of
    the two classes each class is mistaken for. land_codes: the land-cover class codes (a frayed
    edge only takes one of these from its neighbour). clean_codes: classes with fewer interior
    speckles (water, sealed).
    """
    changed = np.zeros(a.shape, dtype=bool)
    if level <= 0 or min(a.shape) < 5:
        return changed
    # both layers are planned on the classes before any speckle (so the reach stays three pixels);
    # the year's layer is written last and wins where they meet
    writes = []
    for key, share in zip(keys, (STATIC_SHARE, 1 - STATIC_SHARE)):
        writes += _plan(a, allowed, cols, rows, key, level * share, confused, land_codes, clean_codes)
    flat = a.ravel()
    touched = np.concatenate([t for t, _ in writes])
    before = flat[touched]
    for target, value in writes:  # no index repeats within one assignment
        flat[target] = value
    changed.ravel()[touched] = flat[touched] != before
    return changed


def _plan(a, allowed, cols, rows, key, level, confused, land_codes, clean_codes):
    """One layer of speckle from one key (see apply): [(flat indices, classes)] to write in order,
    the clumps' other pixels first, one direction at a time, then the seeds."""
    height, width = a.shape
    h = _hash(cols, rows, key)
    edge = boundary(a)
    u = h & np.uint32(0xFFFF)
    seed = u < np.uint32(min(65536, int(INTERIOR_PER_65536 * level)))
    seed |= edge & (u < np.uint32(min(65536, int(EDGE_PER_65536 * level))))
    del u
    seed &= allowed
    # the outer two rows and columns are margin: offsets from the seeds stay inside the array
    seed[:2, :] = seed[-2:, :] = False
    seed[:, :2] = seed[:, -2:] = False
    idx = np.flatnonzero(seed)
    del seed
    flat = a.ravel()
    hs = h.ravel()[idx]
    del h
    own = flat[idx]
    near_edge = edge.ravel()[idx]
    del edge
    # interior speckle of the clean classes: only a share of the seeds survive
    clean = np.zeros(256, dtype=bool)
    clean[list(clean_codes)] = True
    keep = near_edge | ~clean[own] | (((hs >> np.uint32(24)) & np.uint32(0xFF)) <
                                      np.uint32(int(256 * CLEAN_CLASS_SHARE)))
    idx, hs, own, near_edge = idx[keep], hs[keep], own[keep], near_edge[keep]
    direction = ((hs >> np.uint32(16)) & np.uint32(7)).astype(np.intp)
    reach = 1 + ((hs >> np.uint32(19)) & np.uint32(1)).astype(np.intp)
    src = flat[idx + (_DR[direction] * reach) * width + _DC[direction] * reach]
    is_land = np.zeros(256, dtype=bool)
    is_land[list(land_codes)] = True
    take_neighbour = near_edge & is_land[src] & (src != own)
    value = np.where(take_neighbour, src,
                     confused[((hs >> np.uint32(23)) & np.uint32(1)).astype(np.intp), own])
    del src, take_neighbour, direction, reach, own, near_edge
    grow = (hs >> np.uint32(20)) & np.uint32(7)
    allowed_flat = allowed.ravel()
    writes = []
    for bit, dr, dc in _GROW:
        sel = (grow & np.uint32(bit)) != 0
        target = idx[sel] + dr * width + dc
        ok = allowed_flat[target]
        writes.append((target[ok], value[sel][ok]))
    writes.append((idx, value))
    return writes
