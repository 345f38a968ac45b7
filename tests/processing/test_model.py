"""The example model in resources/models: it loads, is offered by the provider, and runs headless
end to end (fetch -> legend -> class areas -> change) against the sample used as a local mirror."""

import csv
import json
import os

import pyproj
import pytest
from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

from clcplus_backbone.core import accounts, change, product, stats
from clcplus_backbone.core.grid import parse_tile_id
from clcplus_backbone.sample.generate import generate
from clcplus_backbone.sample.qgis_process import QgisProcess
from repo import ROOT

MODEL = os.path.join(ROOT, "resources", "models", "clcplus_area_report.model3")
MODEL_ID = "clcplus:Area report (land cover and change)"
SQUARE = [(4490000, 3590000), (4497000, 3590000), (4497000, 3597000), (4490000, 3597000)]  # in E44N35


def test_the_model_loads_and_is_valid(processing_registry):
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(MODEL)
    ok, errors = model.validate()
    assert ok, errors
    children = {c.algorithmId() for c in model.childAlgorithms().values()}
    assert children == {"clcplus:fetchtiles", "clcplus:applylegend", "clcplus:areastatistics",
                        "clcplus:changedetection"}


def test_the_provider_offers_the_model(processing_registry):
    assert QgsApplication.processingRegistry().algorithmById(MODEL_ID) is not None


@pytest.fixture(scope="module")
def one_tile_sample(tmp_path_factory):
    folder = tmp_path_factory.mktemp("model-sample")
    generate(str(folder), years=(2018, 2023), tiles=[parse_tile_id("E44N35")], mosaics=False)
    return folder


def test_the_model_runs_headless(one_tile_sample, tmp_path):
    to_lonlat = pyproj.Transformer.from_crs(product.CRS_EPSG, 4326, always_xy=True)
    ring = [to_lonlat.transform(x, y) for x, y in SQUARE + SQUARE[:1]]
    aoi = tmp_path / "aoi.geojson"
    aoi.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"name": "square"}, "geometry": {"type": "Polygon", "coordinates": [ring]}}]}))
    out = {name: str(tmp_path / name) for name in ("areas.csv", "areas.html", "matrix.csv", "change.tif",
                                                   "change.html")}
    results = QgisProcess(tmp_path / "qgis").run(
        MODEL, AREA=aoi, EARLIER_YEAR=2018, LATER_YEAR=2023, SOURCE=4, MIRROR=one_tile_sample / "tiles",
        CACHE_DIR=tmp_path / "cache", **{"areas:Class areas": out["areas.csv"],
                                        "areas:Class areas report": out["areas.html"],
                                        "change:Change matrix": out["matrix.csv"],
                                        "change:Change raster": out["change.tif"],
                                        "change:Change report": out["change.html"]})
    assert all(os.path.exists(p) for p in out.values()), results
    tiles = {y: str(next((one_tile_sample / "tiles" / str(y)).glob("CLMS_CLCPLUS_RAS_*.tif"))) for y in (2018, 2023)}
    # The same numbers as the engine gives directly on the tile with the same polygon.
    zone = [(0, "square", "POLYGON(({}))".format(",".join("{} {}".format(x, y) for x, y in ring)))]
    direct = stats.class_areas(tiles[2023], zones=zone, zones_crs="EPSG:4326")
    with open(out["areas.csv"], encoding="utf-8") as f:
        rows = {int(r["code"]): float(r["pixels"]) for r in csv.DictReader(f)}
    expected = {code: direct.zones[0].pixels[i] for i, code in enumerate(stats.CODES) if direct.zones[0].pixels[i]}
    assert rows == expected
    matrix = change.change_detection([tiles[2018], tiles[2023]], zones=zone, zones_crs="EPSG:4326")
    with open(out["matrix.csv"], encoding="utf-8") as f:
        total_ha = sum(float(r["area"]) + float(r["uncertain_area"]) for r in csv.DictReader(f))
    assert total_ha == pytest.approx(matrix.compared_pixels() * 100 / 1e4, abs=0.01)
    assert "<svg" in open(out["change.html"], encoding="utf-8").read()


# --- The land take model --------------------------------------------------------------------------------

LAND_TAKE_MODEL = os.path.join(ROOT, "resources", "models", "clcplus_land_take.model3")
LAND_TAKE_ID = "clcplus:Land take report (land take and ecosystem extent)"


def test_the_land_take_model_loads_and_is_offered(processing_registry):
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(LAND_TAKE_MODEL)
    ok, errors = model.validate()
    assert ok, errors
    children = {c.algorithmId() for c in model.childAlgorithms().values()}
    assert children == {"clcplus:fetchtiles", "clcplus:landaccounts"}
    assert all(QgsApplication.processingRegistry().algorithmById(a) is not None for a in children)
    assert QgsApplication.processingRegistry().algorithmById(LAND_TAKE_ID) is not None


def test_the_land_take_model_runs_headless(one_tile_sample, tmp_path):
    to_lonlat = pyproj.Transformer.from_crs(product.CRS_EPSG, 4326, always_xy=True)
    ring = [to_lonlat.transform(x, y) for x, y in SQUARE + SQUARE[:1]]
    aoi = tmp_path / "aoi.geojson"
    aoi.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"name": "square"}, "geometry": {"type": "Polygon", "coordinates": [ring]}}]}))
    out = {name: str(tmp_path / name) for name in ("take.csv", "extent.csv", "wide.csv", "report.html")}
    QgisProcess(tmp_path / "qgis").run(
        LAND_TAKE_MODEL, AREA=aoi, EARLIER_YEAR=2018, LATER_YEAR=2023, SOURCE=4, MIRROR=one_tile_sample / "tiles",
        CACHE_DIR=tmp_path / "cache", **{"accounts:Land take table": out["take.csv"],
                                        "accounts:Extent account": out["extent.csv"],
                                        "accounts:Extent account (wide)": out["wide.csv"],
                                        "accounts:Land take report": out["report.html"]})
    assert all(os.path.exists(p) for p in out.values())
    tiles = {y: str(next((one_tile_sample / "tiles" / str(y)).glob("CLMS_CLCPLUS_RAS_*.tif"))) for y in (2018, 2023)}
    zone = [(0, "square", "POLYGON(({}))".format(",".join("{} {}".format(x, y) for x, y in ring)))]
    direct = accounts.from_change(change.change_detection([tiles[2018], tiles[2023]], zones=zone,
                                                          zones_crs="EPSG:4326"))
    with open(out["take.csv"], encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    expected = direct.land_take_rows("ha")
    assert [float(r["land_take_pixels"]) for r in rows] == [r["land_take_pixels"] for r in expected]
    assert [float(r["net_land_take_pixels"]) for r in rows] == [r["net_land_take_pixels"] for r in expected]
    assert "<svg" in open(out["report.html"], encoding="utf-8").read()
