"""A sample folder's manifest: the parameters it records, whether a folder is up to date with them,
and a summary of what it holds."""

import json
import os

from ..core import product
from .counts import _add

GENERATOR_VERSION = "1"
MANIFEST_NAME = "manifest.json"


def _params(size, years, tiles, mosaics, seed, speckle=0):
    params = {"version": GENERATOR_VERSION, "size": size, "seed": seed,
              "tiles": [str(t) for t in tiles], "years": list(years), "mosaics": bool(mosaics)}
    if speckle:  # only then: the default sample's manifest stays as it was
        params["speckle"] = float(speckle)
    return params


def _read_manifest(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def _same_run(manifest, params, out_dir):
    if not manifest or manifest.get("parameters") != params:
        return False
    return all(os.path.exists(os.path.join(out_dir, p)) for p in manifest.get("files", []))


def summary(manifest):
    """A few lines on what a manifest holds: files, class shares per year, planted changes."""
    lines = ["{} files, {} tiles of {} px, years {}".format(
        len(manifest["files"]), len(manifest["tiles"]), manifest["size"],
        ", ".join(str(y) for y in manifest["years"]))]
    for y, per_tile in manifest["class_counts"].items():
        total = {}
        for c in per_tile.values():
            _add(total, {int(k): v for k, v in c.items()})
        land = sum(v for k, v in total.items() if k in product.LAND_COVER_CODES)
        shares = " ".join("{}:{:.1f}".format(k, 100.0 * total.get(k, 0) / land)
                          for k in product.LAND_COVER_CODES) if land else "-"
        other = " ".join("{}:{}".format(k, total[k]) for k in product.SPECIAL_CODES if total.get(k))
        lines.append("  {} land cover % {} | {}".format(y, shares, other))
    for pair, per_tile in manifest["change_kinds"].items():
        total = {}
        for c in per_tile.values():
            _add(total, c)
        land = sum(v for k, v in _sum_counts(manifest, pair.split("-")[0]).items()
                   if int(k) in product.LAND_COVER_CODES)
        lines.append("  {}: ".format(pair) + ", ".join(
            "{} {:.2f}%".format(k, 100.0 * v / land) for k, v in total.items() if v and land))
    return "\n".join(lines)


def _sum_counts(manifest, year):
    total = {}
    for c in manifest["class_counts"][str(year)].values():
        _add(total, c)
    return total
