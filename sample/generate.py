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

This module runs a generation and holds the command line. The rest of sample/: constants.py (the
sample's numbers), value_noise.py, geography.py (coast, towns, rivers, roads), parcels.py,
landscape.py (the 20 m landscape and its changes), render.py (a 10 m window and its confidence),
plan.py (which windows), render_loop.py, counts.py (the manifest's counts), geotiff.py (writing),
manifest.py (its parameters, the up-to-date check, the summary).

    python3 -m clcplus_backbone.sample.generate OUT_DIR [--size N] [--force] [--no-mosaics]
        [--product-like | --speckle LEVEL] [--tiles E43-E45N34-N36] [--years 2021,2023]
"""

import argparse
import json
import os
import re
import shutil
import sys
import time
import uuid

from ..core import legend, product, stylefiles
from ..core.grid import parse_tile_id, parse_tile_ids
from .constants import DEFAULT_SEED, KIND_NAMES, SAMPLE_TILES, UNEXPLAINED
from .geotiff import _CONF, _LC, _MOSAIC, _Sink, _Writers, overview_levels
from .manifest import GENERATOR_VERSION, MANIFEST_NAME, _params, _read_manifest, _same_run, summary
from .plan import _conf_years, _normalise, _pairs, _Plan
from .render import _Renderer
from .render_loop import _loop


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
