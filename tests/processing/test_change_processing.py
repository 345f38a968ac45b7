"""clcplus:changedetection through processing.run and qgis_process: the outputs a model chains."""

import json
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import NULL, QgsProcessingException, QgsProcessingUtils

from clcplus_backbone.core import change, product
from clcplus_backbone.sample.qgis_process import QgisProcess
from rasters import ORIGIN, patchy_classes, write_raster

X0, Y0 = ORIGIN
# What the fixtures sample and zones_layer (conftest.py) make: the tile, its size, zones on it in pixels.
SIZE = 200
TILE = "E44N36"
ZONES = (("west", (0, 100, 90, SIZE)), ("east", (90, 120, 160, SIZE)), ("sea", (0, 0, SIZE, 80)))


def _layer(value):
    return value if not isinstance(value, str) else QgsProcessingUtils.mapLayerFromString(value, None)


def _features(value):
    return [{f.name(): feature[f.name()] for f in feature.fields()} for feature in _layer(value).getFeatures()]


def test_every_output(run_algorithm, sample, zones_layer, tmp_path):
    manifest, path = sample
    raster, csv_path, html = str(tmp_path / "change.tif"), str(tmp_path / "m.csv"), str(tmp_path / "r.html")
    result = run_algorithm("clcplus:changedetection", {
        "EARLIER": path(2018), "INTERMEDIATE": path(2021), "LATER": path(2023),
        "LATER_CONFIDENCE": path(2023, "RASCL"), "CONFIDENCE_THRESHOLD": 60, "MMU": 0.04, "MMU_UNIT": 1,
        "ZONES": zones_layer.id(), "ZONE_FIELD": "name", "UNIT": 0,
        "OUTPUT_RASTER": raster, "OUTPUT": "memory:", "OUTPUT_CSV": csv_path, "OUTPUT_BALANCE": "memory:",
        "OUTPUT_ZONES": "memory:", "OUTPUT_TRAJECTORIES": "memory:", "OUTPUT_HTML": html})
    zones = [(f.id(), f["name"], f.geometry().asWkt()) for f in zones_layer.getFeatures()]
    engine = change.change_detection([path(2018), path(2021), path(2023)], zones=zones, zones_crs="EPSG:3035",
                                     mmu=4, confidence=(None, path(2023, "RASCL")), threshold=60)
    table = _features(result["OUTPUT"])
    assert table == [{k: v for k, v in row.items()} for row in _with_nulls(engine.rows("m2"))]
    assert result["CHANGED_AREA"] == pytest.approx(engine.changed_pixels() * 100)
    assert result["COMPARED_AREA"] == pytest.approx(engine.compared_pixels() * 100)
    assert result["UNCERTAIN_AREA"] == pytest.approx(engine.uncertain().sum() * 100) and result["UNCERTAIN_AREA"] > 0
    balance = _features(result["OUTPUT_BALANCE"])
    assert [b["code"] for b in balance] == list(product.LAND_COVER_CODES)
    assert balance == engine.balance("m2")
    per_zone = _features(result["OUTPUT_ZONES"])
    assert {z["zone_name"] for z in per_zone} == {"west", "east"}  # the sea has no land cover to compare
    assert len(per_zone) == len(engine.zone_rows())
    trajectories = _features(result["OUTPUT_TRAJECTORIES"])
    assert trajectories[0]["trajectory"] == engine.trajectory_rows()[0]["label"]
    assert sum(t["pixels"] for t in trajectories) == sum(r["pixels"] for r in engine.trajectory_rows())
    assert {"earlier_code", "intermediate_code", "later_code", "earlier_name"} <= set(trajectories[0])
    with open(result["OUTPUT_CSV"], encoding="utf-8") as f:
        assert f.readline().startswith("2018 \\ 2023 (m\u00b2),1 Sealed,")
    with open(result["OUTPUT_HTML"], encoding="utf-8") as f:
        text = f.read()
    assert "<svg" in text and "west" in text and product.translate(product.CHANGE_CAVEATS[0]) in text
    assert result["OUTPUT_RASTER"] == raster
    dataset = gdal.Open(raster)
    assert (dataset.RasterXSize, dataset.RasterYSize) == (SIZE, SIZE)  # the rectangle around the zones
    assert os.path.exists(os.path.join(str(tmp_path), "change.qml"))


def _with_nulls(rows):
    """QGIS gives NULL back for None."""
    return [{k: (v if v is not None else NULL) for k, v in row.items()} for row in rows]


def test_two_rasters_and_defaults(run_algorithm, sample):
    manifest, path = sample
    result = run_algorithm("clcplus:changedetection", {
        "EARLIER": path(2018), "LATER": path(2021), "OUTPUT_RASTER": "TEMPORARY_OUTPUT", "OUTPUT": "memory:",
        "OUTPUT_BALANCE": "memory:"})
    full = change.change_detection([path(2018), path(2021)]).matrix()
    rows = _features(result["OUTPUT"])
    assert sum(r["pixels"] for r in rows if r["changed"]) == full.sum() - np.trace(full)
    assert sum(r["area"] for r in rows) == pytest.approx(full.sum() * 0.01)  # hectares by default
    assert "OUTPUT_TRAJECTORIES" not in result and "OUTPUT_CSV" not in result
    assert os.path.exists(result["OUTPUT_RASTER"])


def test_errors_say_what_to_do(run_algorithm, tmp_path):
    a = write_raster(tmp_path / "a.tif", patchy_classes(30, 30))
    shifted = write_raster(tmp_path / "b.tif", patchy_classes(30, 30), origin=(X0 + 5, Y0))
    with pytest.raises(QgsProcessingException, match="shifted"):
        run_algorithm("clcplus:changedetection", {"EARLIER": a, "LATER": shifted, "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="GeoTIFF"):
        run_algorithm("clcplus:changedetection", {"EARLIER": a, "LATER": a, "OUTPUT": "memory:",
                                                  "OUTPUT_RASTER": str(tmp_path / "c.png")})


def test_headless_with_qgis_process(sample, tmp_path):
    manifest, path = sample
    qgis = QgisProcess(tmp_path / "qgis-config")
    help_text = qgis.call("help", "clcplus:changedetection").stdout
    for word in ("EARLIER", "LATER", "INTERMEDIATE", "MMU", "CONFIDENCE_THRESHOLD", "OUTPUT_RASTER", "CHANGED_AREA"):
        assert word in help_text
    raster, table = str(tmp_path / "change.tif"), str(tmp_path / "table.csv")
    results = qgis.run("clcplus:changedetection", EARLIER=path(2021), LATER=path(2023), MMU=3,
                       OUTPUT_RASTER=raster, OUTPUT=table, UNIT=2)
    engine = change.change_detection([path(2021), path(2023)], mmu=3)
    assert results["CHANGED_AREA"] == pytest.approx(engine.changed_pixels() * 1e-4)
    assert os.path.exists(raster) and os.path.exists(table)
    assert json.dumps(results)
