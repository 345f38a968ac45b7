"""`make demo`: the plugin headless through qgis_process on the generated sample.

Finds the grid tiles a sample area of interest needs and checks they are all in the sample,
for every reference year; writes what it made into the output folder and says where.
"""

import argparse
import json
import os
import sys
import time

import pyproj

from clcplus_backbone.core import product
from clcplus_backbone.sample.qgis_process import QgisProcess

# An irregular area of interest around the corner the four sample cells share (x 4 500 km,
# y 3 600 km in EPSG:3035), given in longitude/latitude as a user's layer would be.
AOI_OFFSETS_KM = [(-22, -9), (-4, -19), (15, -14), (21, 2), (9, 17), (-8, 12), (-19, 6)]


def write_aoi(path):
    to_lonlat = pyproj.Transformer.from_crs(product.CRS_EPSG, 4326, always_xy=True)
    ring = [to_lonlat.transform(4_500_000 + dx * 1000, 3_600_000 + dy * 1000)
            for dx, dy in AOI_OFFSETS_KM]
    ring.append(ring[0])
    collection = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"name": "Sample area"},
        "geometry": {"type": "Polygon", "coordinates": [[[round(x, 6), round(y, 6)] for x, y in ring]]}}]}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(collection, f, indent=1)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", required=True, help="folder made by sample.generate")
    parser.add_argument("--out", required=True, help="folder for the demo's results")
    args = parser.parse_args(argv)
    started = time.time()
    with open(os.path.join(args.sample, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    os.makedirs(args.out, exist_ok=True)
    aoi = os.path.join(args.out, "aoi.geojson")
    write_aoi(aoi)
    qgis = QgisProcess(os.path.join(os.path.dirname(os.path.abspath(args.sample)), "qgis-config"))

    print("CLCplus Backbone demo: tiles for the area of interest {}".format(aoi))
    missing = []
    for year in product.YEARS:
        out = os.path.join(args.out, "tiles_{}.geojson".format(year))
        result = qgis.run("clcplus:gridtiles", AOI=aoi, YEAR=year, OUTPUT=out)
        with open(out, encoding="utf-8") as f:
            features = json.load(f)["features"]
        print("  {}: {} tile(s) {}".format(year, result["TILE_COUNT"], result["TILE_IDS"]))
        for feature in features:
            name = feature["properties"]["file_name"]
            tile = feature["properties"]["tile_id"]
            relative = manifest["tile_files"].get(str(year), {}).get(tile, {}).get(product.LAND_COVER.key)
            path = os.path.join(args.sample, relative or os.path.join("tiles", str(year), name))
            state = "{:.0f} MB".format(os.path.getsize(path) / 1e6) if os.path.exists(path) else "MISSING"
            if not os.path.exists(path):
                missing.append(path)
            print("      {}  {}".format(name, state))
    print("Sample: {} tiles x {} years of {} x {} pixels in {}".format(
        len(manifest["tiles"]), len(manifest["years"]), manifest["size"], manifest["size"],
        os.path.abspath(args.sample)))
    print("Wrote {} (area of interest and tile outlines per year) in {:.1f} s".format(
        os.path.abspath(args.out), time.time() - started))
    if missing:
        print("Tiles missing from the sample: {}".format(", ".join(missing)), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
