"""A Europe-scale projection (issue 16): class areas per NUTS-3-like and per LAU-like zone over a
3 x 3-tile mosaic of product-like tiles, cold (every pixel decoded, today's streaming path) and on a
warm cache (tiles in a cache folder with their block-histogram index, through a VRT mosaic as the
fetch writes), for each of two years.

Projection: the per-tile time (the 3 x 3 time / 9) x the 897 tiles of 2023, per year, on the two
cores `class_areas` uses (threads=2). The zones are about as dense as the real ones or denser
(50 regions on 9 tiles against ~1 500 NUTS-3 on 897; 2 000 municipalities against ~100 000 LAU), so
the projection errs on the slow side. Goals: < 5 min cold and < 30 s warm per year. Each row prints
the projection as "ours" and the goal as "peer": a ratio below 1 meets it.
"""

import os
import tempfile

from common import Goal, best_of, cache_folder, mosaic, read_zones, tile_path, warm_cache
from partition import LAU, NUTS3, partition

from clcplus_backbone.core import grid, stats

EUROPE_TILES = 897  # tiles of the 2023 delivery
YEARS = ("2021", "2023")
GOALS = {"cold": 300.0, "warm": 30.0}  # seconds per year for all of Europe


def _extent(tiles):
    extents = [grid.parse_tile_id(t).extent for t in tiles]
    return (min(e[0] for e in extents), min(e[1] for e in extents),
            max(e[2] for e in extents), max(e[3] for e in extents))


def _minutes(seconds):
    return "{:.1f} min".format(seconds / 60) if seconds >= 60 else "{:.1f} s".format(seconds)


def bench_europe(sample, manifest, repeat):
    tiles = manifest["tiles"]
    if len(tiles) < 9:
        return [("Europe projection (needs a 3 x 3-tile sample)", None, "n/a", None)]
    tiles = tiles[:9]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        extent = _extent(tiles)
        levels = []
        for name, (count, step, waves) in (("NUTS-3", NUTS3), ("LAU", LAU)):
            path, written = partition(os.path.join(tmp, name + ".gpkg"), extent, count, step, waves,
                                      prefix=name)
            levels.append((name, written, read_zones(path)))
        mosaics = {}
        for year in YEARS:
            paths = [tile_path(sample, manifest, year, t) for t in tiles]
            cached = warm_cache(paths, cache_folder(sample))
            mosaics[year] = (mosaic(paths, os.path.join(tmp, "cold{}.vrt".format(year))),
                             mosaic(cached, os.path.join(tmp, "warm{}.vrt".format(year))) if cached else None)
        for name, written, (zones, crs) in levels:
            for state, column in (("cold", 0), ("warm", 1)):
                job = "Europe/year, {} {}, {}".format(written, name, state)
                goal = GOALS[state]
                if any(m[column] is None for m in mosaics.values()):
                    rows.append((job, None, "goal (s)", goal, Goal("< " + _minutes(goal), "n/a (no index)", None)))
                    continue
                # the mean over the years of each year's best time (the cold runs are the slow ones)
                runs = 1 if state == "cold" else repeat
                seconds = 0.0
                for year in YEARS:
                    def run(raster=mosaics[year][column], zones=zones, crs=crs):
                        stats.class_areas(raster, zones=zones, zones_crs=crs)
                    seconds += best_of(run, runs) / len(YEARS)
                projected = seconds / len(tiles) * EUROPE_TILES
                rows.append(("{} (3x3: {:.1f} s)".format(job, seconds), projected, "goal (s)", goal,
                             Goal("< " + _minutes(goal), _minutes(projected), projected < goal)))
    return rows
