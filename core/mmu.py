"""Minimum mapping unit, streamed: which changed pixels belong to a patch of at least `mmu` pixels.

A patch is a set of changed pixels connected through their edges (connectivity 4) or also through
their corners (8). Every window is labelled in a worker thread: each row of its change mask becomes
runs of changed pixels, runs of neighbouring rows that touch are joined by a vectorised union-find
(hooking roots, then pointer jumping until stable) and a patch's size is the sum of its runs'
lengths. A patch that does not reach the window's edge is complete and decided at once.

Patches on window edges are joined across windows in the main thread, window by window in row
order: each window's edge patches are joined to the patches still open along the lower edge of the
rows above (at most one per column) and along the right edge of the window to its left, so the tables
hold a row of pixels and a window's edge whatever the area. A patch is decided once it has `mmu`
pixels (it can only grow) or once it is closed (no pixel of it on those edges any more). The rows of
a window above its first pixel of a patch still open are handed on for counting at once, the others
once the window to the right and the row of windows below have decided them. The rasters are read
once; only a few windows and the lower rows of a row of windows wait for a decision.
"""

from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

import numpy as np

from .blocks import DEFAULT_THREADS, Progress, Window

CONNECTIVITIES = (8, 4)
KEEP, DROP = -2, -1  # decision of a patch; >= 0: still open, its id in the frontier's tables


def union_find(n, u, v):
    """The root of each of `n` nodes joined by the edges u[i] - v[i] (int arrays): equal roots, one
    component. Roots hook onto smaller roots, then every node jumps to its root, until no edge joins
    two roots."""
    parent = np.arange(n, dtype=np.int64)
    u = np.asarray(u, dtype=np.int64)
    v = np.asarray(v, dtype=np.int64)
    while len(u):
        pu, pv = parent[u], parent[v]
        apart = pu != pv
        if not apart.all():
            u, v, pu, pv = u[apart], v[apart], pu[apart], pv[apart]
            if not len(u):
                break
        # Of several edges hooking the same root one wins; the others are joined in a later round.
        parent[np.maximum(pu, pv)] = np.minimum(pu, pv)
        while True:
            grand = parent[parent]
            if np.array_equal(grand, parent):
                break
            parent = grand
    return parent


class Patches:
    """The patches of changed pixels in one window: its runs, their patch, each patch's size, and the
    patches on the window's four edges (numbered 0 .. len(border) - 1 in the edge arrays, -1 where
    the pixel is not changed)."""

    def __init__(self, window, arrays, mask, connectivity):
        self.window = window
        self.arrays = arrays
        height, width = mask.shape
        self.width = width
        stride = width + 1  # a column of zeros after each row: no run goes on to the next row
        # A row of zeros above and below: the look-ups a row up or down never leave the array.
        padded = np.zeros((height + 2, stride), dtype=bool)
        padded[1:height + 1, :width] = mask
        flat = padded.ravel()
        flips = np.flatnonzero(flat[1:] != flat[:-1]) + 1
        flips = flips.astype(np.int32)
        self.starts, self.ends = flips[0::2], flips[1::2]  # runs: flat positions, ends exclusive
        count = len(self.starts)
        # Each run's number + 1 on its pixels, 0 elsewhere.
        marks = np.zeros(flat.size, dtype=np.int32)
        numbers = np.arange(1, count + 1, dtype=np.int32)
        marks[self.starts] = numbers
        marks[self.ends] = -numbers
        runs = np.cumsum(marks, dtype=np.int32)
        del marks
        # Two runs of neighbouring rows touch where one's first pixel (widened by a pixel with
        # connectivity 8) lies on the other: look above each run's start and below it.
        if connectivity == 8:
            above = (self.starts - stride - 1, self.starts - stride, self.starts - stride + 1)
            below = (self.starts + stride - 1,)
        else:
            above, below = (self.starts - stride,), (self.starts + stride,)
        u, v = [], []
        for positions in above + below:
            other = runs[positions]
            touching = np.flatnonzero(other)
            u.append(touching)
            v.append(other[touching] - 1)
        roots = union_find(count, np.concatenate(u), np.concatenate(v))
        is_root = roots == np.arange(count)
        number = np.cumsum(is_root) - 1
        self.patch = number[roots].astype(np.int32)  # per run
        self.sizes = np.bincount(self.patch, weights=self.ends - self.starts,
                                 minlength=int(is_root.sum())).astype(np.int64)
        rows = runs[stride:(height + 1) * stride].reshape(height, stride)
        patch_or_none = np.concatenate([[-1], self.patch])  # by run number + 1
        edges = [patch_or_none[e] for e in (rows[0, :width], rows[-1, :width], rows[:, 0], rows[:, width - 1])]
        del runs, rows
        border = np.unique(np.concatenate(edges))
        self.border = border[border >= 0]  # local patch of each edge patch
        index = np.full(len(self.sizes) + 1, -1, dtype=np.int64)
        index[self.border] = np.arange(len(self.border))
        self.top, self.bottom, self.left, self.right = [index[e] for e in edges]  # -1 -> index[-1] = -1
        self.state = None  # per run: KEEP, DROP or the open id of its patch, once the window is joined
        self.counted = 0  # rows handed on for counting; self.arrays holds the rows after them

    def decided_rows(self):
        """The number of rows from the top with no pixel of a patch still open."""
        open_runs = self.state >= 0
        if not open_runs.any():
            return self.window.height
        return int(self.starts[open_runs].min()) // (self.width + 1) - 1

    def forget_rows(self, rows):
        """Drops the runs of the first `rows` rows (they were counted)."""
        first = np.searchsorted(self.starts, (rows + 1) * (self.width + 1))
        self.starts, self.ends, self.state = self.starts[first:].copy(), self.ends[first:].copy(), \
            self.state[first:].copy()


def _keep(starts, ends, state, width, first, last):
    """Boolean array of rows first .. last - 1 of a window: the changed pixels whose patch is kept."""
    stride = width + 1
    begin, end = (first + 1) * stride, (last + 1) * stride
    runs = slice(np.searchsorted(starts, begin), np.searchsorted(starts, end))
    kept = state[runs] == KEEP
    marks = np.zeros(end - begin + 1, dtype=np.int8)
    marks[starts[runs][kept] - begin] = 1
    marks[ends[runs][kept] - begin] = -1
    keep = np.cumsum(marks[:-1], dtype=np.int8).view(bool)
    return keep.reshape(last - first, stride)[:, :width]


def _pairs(x, y, connectivity):
    """Edges between two lines of node ids (-1: none) lying side by side: x[i] touches y[i], and
    y[i - 1] and y[i + 1] with connectivity 8."""
    u, v = [], []
    shifts = (-1, 0, 1) if connectivity == 8 else (0,)
    size = len(x)
    for shift in shifts:
        a = x[max(0, -shift):size - max(0, shift)]
        b = y[max(0, shift):size - max(0, -shift)]
        both = (a >= 0) & (b >= 0)
        u.append(a[both])
        v.append(b[both])
    return np.concatenate(u), np.concatenate(v)


class _Frontier:
    """The patches still open after the windows joined so far: the open id of the last joined pixel
    of each column, of the right column of the last window (if its row of windows goes on) and of
    the pixel above and left of the next window; the size so far of each open patch."""

    def __init__(self, width, mmu, connectivity):
        self.mmu = mmu
        self.connectivity = connectivity
        self.columns = np.full(width, -1, dtype=np.int64)
        self.right = None
        self.corner = -1
        self.sizes = np.zeros(0, dtype=np.int64)

    def join(self, patches, waiting, last):
        """Joins the next window (in row order) to the open patches; sets the state of its runs and
        updates that of the runs of the `waiting` windows. `last`: the last window of the stack."""
        window, width = patches.window, len(self.columns)
        start, stop = window.col, window.col + window.width
        if start == 0:  # a new row of windows
            self.right, self.corner = None, -1
        opened = len(self.sizes)

        def nodes(edge):
            return np.where(edge >= 0, edge + opened, -1)
        none = np.full(1, -1, dtype=np.int64)
        # Columns start - 1 .. stop: the row above the window and the window's top row.
        above = np.concatenate([[self.corner], self.columns[start:stop], self.columns[stop:stop + 1] if stop < width
                                else none])
        top = np.concatenate([none, nodes(patches.top), none])
        edges = [_pairs(above, top, self.connectivity)]
        if self.right is not None:
            edges.append(_pairs(self.right, nodes(patches.left), self.connectivity))
        count = opened + len(patches.border)
        roots = union_find(count, np.concatenate([e[0] for e in edges]), np.concatenate([e[1] for e in edges]))
        sizes = np.concatenate([self.sizes, patches.sizes[patches.border]])
        root_sizes = np.bincount(roots, weights=sizes, minlength=count).astype(np.int64)
        corner = self.columns[stop - 1]  # above and left of the next window, before it is overwritten
        columns = self.columns.copy()
        columns[start:stop] = nodes(patches.bottom)
        right = nodes(patches.right) if stop < width else none[:0]
        lines = np.concatenate([columns, right, [corner if stop < width else -1]])
        on_edge = lines[lines >= 0] if not last else none[:0]
        open_roots = np.unique(roots[on_edge])
        new_id = np.full(count, -1, dtype=np.int64)
        new_id[open_roots] = np.arange(len(open_roots))
        total = root_sizes[roots]
        decision = np.where(total >= self.mmu, KEEP, np.where(new_id[roots] >= 0, new_id[roots], DROP))
        for p in waiting:
            p.state = np.where(p.state >= 0, decision[np.maximum(p.state, 0)], p.state)
        local = np.where(patches.sizes >= self.mmu, KEEP, DROP)
        local[patches.border] = decision[opened:]
        patches.state = local[patches.patch]
        patches.patch = patches.sizes = patches.border = None
        patches.top = patches.bottom = patches.left = patches.right = None
        open_id = np.append(new_id[roots], -1)  # -1 -> the appended -1
        self.columns = open_id[columns]
        self.right = open_id[right] if stop < width else None
        self.corner = int(open_id[corner]) if stop < width else -1
        self.sizes = root_sizes[open_roots]


class KeptStack:
    """A RasterStack seen with one more array per window: True where a pixel changed (by
    `changes(window, arrays)`) and its patch has at least `mmu` pixels. `windows` (default: the
    stack's) must be a grid in row order, each row of windows spanning the stack's width."""

    def __init__(self, stack, changes, mmu, connectivity=8, windows=None):
        if connectivity not in CONNECTIVITIES:
            raise ValueError("connectivity must be 8 or 4")
        self.stack = stack
        self.changes = changes
        self.mmu = mmu
        self.connectivity = connectivity
        self.windows = list(stack.windows() if windows is None else windows)
        strips = []
        for window in self.windows:
            if not strips or strips[-1][0].row != window.row:
                strips.append([])
            strips[-1].append(window)
        rows = [0] + [s[0].row + s[0].height for s in strips]
        for strip, row in zip(strips, rows):
            if strip[0].col != 0 or strip[0].row != row or sum(w.width for w in strip) != stack.width or \
                    any(a.col + a.width != b.col or a.height != b.height for a, b in zip(strip, strip[1:])):
                raise ValueError("the windows must be a grid in row order")
        if rows[-1] != stack.height:
            raise ValueError("the windows must be a grid in row order")

    def _label(self, window):
        arrays = self.stack.read_all(window)
        return Patches(window, arrays, self.changes(window, arrays), self.connectivity)

    def map(self, function, progress=None, threads=DEFAULT_THREADS):
        """Yields function(window, arrays + [kept]) for windows covering the stack once, in completion
        order: the stack's windows, or parts of them (upper rows first) when a patch along their
        lower or right edge waits for the next windows. Like RasterStack.map, at most 2 x threads
        windows are worked on at once and a cancel is raised within a window's time."""
        progress = progress or Progress()
        total = 2 * max(len(self.windows), 1)
        order = {w: i for i, w in enumerate(self.windows)}
        arrived = {}  # labelled windows waiting for those before them to be joined
        frontier = _Frontier(self.stack.width, self.mmu, self.connectivity)
        waiting = []  # joined windows with rows still to count
        queue = list(reversed(self.windows))
        joined, done = 0, 0
        in_flight = 2 * max(1, threads)

        def count(patches):
            """Hands on the rows of the window that are decided; True once all of them are."""
            first, last = patches.counted, patches.decided_rows()
            window = patches.window
            if last <= first or (last < window.height and last - first < window.height // 2):
                return False  # a few rows are not worth a count of their own
            part = Window(window.col, window.row + first, window.width, last - first)
            arrays = [a[:last - first] for a in patches.arrays]
            final = last == window.height
            runs = (patches.starts, patches.ends, patches.state, window.width, first, last)
            patches.arrays = None if final else [a[last - first:].copy() for a in patches.arrays]
            patches.counted = last
            if not final:
                patches.forget_rows(last)
            counting[pool.submit(lambda: function(part, arrays + [_keep(*runs)]))] = final
            return final

        with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
            reading, counting = set(), {}
            try:
                while queue or reading or counting:
                    progress.check()
                    while queue and len(reading) + len(counting) < in_flight:
                        reading.add(pool.submit(self._label, queue.pop()))
                    finished, _ = wait(reading | set(counting), return_when=FIRST_COMPLETED)
                    for future in finished:
                        if future in counting:
                            if counting.pop(future):
                                done += 1
                                progress.update(done / total)
                            yield future.result()
                            continue
                        reading.discard(future)
                        patches = future.result()
                        done += 1
                        progress.update(done / total)
                        arrived[order[patches.window]] = patches
                    while joined in arrived:
                        patches = arrived.pop(joined)
                        joined += 1
                        frontier.join(patches, waiting, joined == len(self.windows))
                        waiting = [p for p in waiting + [patches] if not count(p)]
                    progress.check()
            finally:
                for future in reading | set(counting):
                    future.cancel()
