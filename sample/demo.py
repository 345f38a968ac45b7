"""`make demo`: the plugin's algorithms headless through qgis_process on the generated sample.

An area of interest in longitude/latitude with three districts, around the corner the four sample
cells share: fetch its tiles for 2018 and 2023 from the sample used as a local mirror, count the
class areas per district, compare the years, and draw the styled area to PNG. Everything lands in
the output folder; real users' default source stays the real service.
"""

import argparse
import json
import os
import shutil
import sys
import time

import pyproj
from osgeo import ogr

from clcplus_backbone.core import product
from clcplus_backbone.sample.qgis_process import QgisProcess

# The area of interest around x 4 500 km, y 3 600 km in EPSG:3035 (km offsets), as a user's layer
# would give it: in longitude/latitude.
AOI_OFFSETS_KM = [(-22, -9), (-4, -19), (15, -14), (21, 2), (9, 17), (-8, 12), (-19, 6)]
DISTRICTS_KM = [("West", -30, -8), ("Centre", -8, 7), ("East", 7, 30)]  # x ranges
YEARS = (2018, 2023)
SOURCE_MIRROR = 4  # index of "Mirror, folder or local mosaic" in clcplus:fetchtiles


def _lonlat_ring(offsets_km):
    to_lonlat = pyproj.Transformer.from_crs(product.CRS_EPSG, 4326, always_xy=True)
    ring = [to_lonlat.transform(4_500_000 + dx * 1000, 3_600_000 + dy * 1000) for dx, dy in offsets_km]
    return ring + ring[:1]


def _polygon(ring):
    return ogr.CreateGeometryFromWkt("POLYGON(({}))".format(",".join("{} {}".format(x, y) for x, y in ring)))


def write_areas(aoi_path, zones_path):
    """The area of interest and its districts (cut from it along meridian-like lines) as GeoJSON."""
    aoi = _polygon(_lonlat_ring(AOI_OFFSETS_KM))
    features = [{"type": "Feature", "properties": {"name": "Sample area"},
                 "geometry": json.loads(aoi.ExportToJson())}]
    _write(aoi_path, features)
    districts = []
    for name, x0, x1 in DISTRICTS_KM:
        strip = _polygon(_lonlat_ring([(x0, -30), (x1, -30), (x1, 30), (x0, 30)]))
        districts.append({"type": "Feature", "properties": {"name": name},
                          "geometry": json.loads(aoi.Intersection(strip).ExportToJson())})
    _write(zones_path, districts)


def _write(path, features):
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f)


def render_map(raster, outline, png, title_layer_name):
    """The raster with the plugin's legend and the area's outline, drawn offscreen to PNG."""
    from qgis.core import (QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsRasterLayer,
                           QgsVectorLayer)
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    from clcplus_backbone.core import layerstyle

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    layer = QgsRasterLayer(raster, title_layer_name)
    layerstyle.style_layer(layer)
    area = QgsVectorLayer(outline, "area", "ogr")
    symbol = area.renderer().symbol()
    symbol.setColor(QColor(0, 0, 0, 0))
    symbol.symbolLayer(0).setStrokeColor(QColor(20, 20, 20))
    symbol.symbolLayer(0).setStrokeWidth(0.6)
    settings = QgsMapSettings()
    settings.setLayers([area, layer])
    settings.setDestinationCrs(layer.crs())
    extent = layer.extent()
    extent.scale(1.03)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(1200, int(1200 * extent.height() / extent.width())))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(png)
    return app


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", required=True, help="folder made by sample.generate")
    parser.add_argument("--out", required=True, help="folder for the demo's results")
    args = parser.parse_args(argv)
    started = time.time()
    sample = os.path.abspath(args.sample)
    out = os.path.abspath(args.out)
    work = os.path.join(os.path.dirname(sample), "demo-work")
    shutil.rmtree(work, ignore_errors=True)  # a fresh cache: the demo fetches for real
    os.makedirs(out, exist_ok=True)
    aoi, zones = os.path.join(out, "area_of_interest.geojson"), os.path.join(out, "districts.geojson")
    write_areas(aoi, zones)
    qgis = QgisProcess(os.path.join(work, "qgis-config"))
    made = []

    def step(text):
        print("[{:5.1f} s] {}".format(time.time() - started, text), flush=True)

    mosaics = {}
    for year in YEARS:
        step("clcplus:fetchtiles {} (the sample as a local mirror)".format(year))
        mosaics[year] = os.path.join(out, "clcplus_{}.vrt".format(year))
        result = qgis.run("clcplus:fetchtiles", AOI=aoi, YEAR=year, SOURCE=SOURCE_MIRROR,
                          MIRROR=os.path.join(sample, "tiles"), CACHE_DIR=os.path.join(work, "cache"),
                          OUTPUT=mosaics[year], OUTLINES=os.path.join(out, "tiles_{}.geojson".format(year)))
        print("          {} tiles, {} downloaded into the cache".format(
            int(result["TILE_COUNT"]), int(result["DOWNLOADED"])))
        made += [mosaics[year], os.path.join(out, "tiles_{}.geojson".format(year))]

    step("clcplus:areastatistics {} per district".format(YEARS[-1]))
    areas = os.path.join(out, "class_areas_{}.csv".format(YEARS[-1]))
    areas_html = os.path.join(out, "class_areas_{}.html".format(YEARS[-1]))
    result = qgis.run("clcplus:areastatistics", INPUT=mosaics[YEARS[-1]], ZONES=zones, ZONE_FIELD="name",
                      UNIT=1, OUTPUT=areas, OUTPUT_HTML=areas_html)
    print("          land-cover area {:.0f} ha".format(result["TOTAL_LAND_COVER_AREA"]))
    made += [areas, areas_html]

    step("clcplus:changedetection {} -> {} per district".format(*YEARS))
    change_raster = os.path.join(out, "change_{}_{}.tif".format(*YEARS))
    matrix = os.path.join(out, "change_matrix_{}_{}.csv".format(*YEARS))
    change_html = os.path.join(out, "change_{}_{}.html".format(*YEARS))
    result = qgis.run("clcplus:changedetection", EARLIER=mosaics[YEARS[0]], LATER=mosaics[YEARS[-1]], UNIT=1,
                      ZONES=zones, ZONE_FIELD="name",
                      OUTPUT_RASTER=change_raster, OUTPUT=os.path.join(out, "change_table_{}_{}.csv".format(*YEARS)),
                      OUTPUT_CSV=matrix, OUTPUT_HTML=change_html)
    print("          compared {:.0f} ha, changed {:.0f} ha".format(result["COMPARED_AREA"], result["CHANGED_AREA"]))
    made += [change_raster, matrix, change_html]

    step("map of the styled area")
    land_png = os.path.join(out, "map_{}.png".format(YEARS[-1]))
    change_png = os.path.join(out, "map_change_{}_{}.png".format(*YEARS))
    render_map(mosaics[YEARS[-1]], aoi, land_png, "CLCplus Backbone {}".format(YEARS[-1]))
    render_map(change_raster, aoi, change_png, "Change {}-{}".format(*YEARS))
    made += [land_png, change_png]

    step("done; made in {}:".format(out))
    for path in made:
        print("          {}".format(os.path.relpath(path, os.getcwd())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
