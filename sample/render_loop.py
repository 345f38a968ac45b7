"""Running a plan: the windows rendered in worker threads, in order, their rows handed to the writers
and their counts added up."""

import sys
from collections import deque
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from .counts import _add, _merge_conf, _render_unit
from .geotiff import _CONF, _LC, _MOSAIC


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
