"""Land take and extent accounts (issue 15) beside the change run they are read from.

The accounts are read from the change matrix (no second pass over the pixels): a change run plus the
accounts with their three CSV files and the report must take little more than the change run alone.
Goal: the accounts add at most 5 % to the change run, over the whole area and with 100 zones. Their cost
does not grow with the pixels (a few ms, and about 1 ms a zone), so the share is only small on real-size
tiles: on a small test sample the change run itself takes milliseconds.
"""

import os
import tempfile

from osgeo import ogr

from common import best_of, random_zones, tile_path

from clcplus_backbone.core import accounts, change, files

try:
    from common import Goal
except ImportError:  # an older bench/common.py: rows without a goal
    Goal = None

EARLIER, LATER = 2018, 2023
GOAL_PERCENT = 5.0


def _zones(path):
    source = ogr.Open(path)  # kept while the layer is read: OGR frees the layer with it
    layer = source.GetLayer(0)
    zones = [(f.GetFID(), f.GetField("name"), f.GetGeometryRef().ExportToWkt()) for f in layer]
    return zones, layer.GetSpatialRef().ExportToWkt()


def _write_all(result, folder):
    """What clcplus:landaccounts does after the comparison: the accounts, three CSV files, the report."""
    books = accounts.from_change(result)
    books.write_land_take_csv(os.path.join(folder, "take.csv"))
    books.write_extent_csv(os.path.join(folder, "extent.csv"))
    books.write_extent_wide_csv(os.path.join(folder, "wide.csv"))
    files.write_text(os.path.join(folder, "report.html"), accounts.html_report(books))


def _row(job, change_alone, accounts_only):
    combined = change_alone + accounts_only
    row = (job, combined, "change run alone", change_alone)
    if Goal is None:
        return row
    percent = 100.0 * accounts_only / change_alone if change_alone else 0.0
    figure = "+{:.0f} ms, {:.1f} %".format(1000 * accounts_only, percent)
    return row + (Goal("<= {:.0f} %".format(GOAL_PERCENT), figure, percent <= GOAL_PERCENT),)


def bench_accounts(sample, manifest, repeat):
    tile = manifest["tiles"][0] if "E44N35" not in manifest["tiles"] else "E44N35"
    pair = [tile_path(sample, manifest, year, tile) for year in (EARLIER, LATER)]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        alone = best_of(lambda: change.change_detection(pair), repeat)
        result = change.change_detection(pair)
        added = best_of(lambda: _write_all(result, folder), repeat)
        rows.append(_row("change + land accounts (CSV x 3, report)", alone, added))
        zones, crs = _zones(random_zones(os.path.join(folder, "zones.gpkg"), manifest["extents"][tile]))
        zoned_alone = best_of(lambda: change.change_detection(pair, zones=zones, zones_crs=crs), repeat)
        zoned = change.change_detection(pair, zones=zones, zones_crs=crs)
        zoned_added = best_of(lambda: _write_all(zoned, folder), repeat)
        rows.append(_row("change + land accounts, {} zones".format(len(zones)), zoned_alone, zoned_added))
    return rows
