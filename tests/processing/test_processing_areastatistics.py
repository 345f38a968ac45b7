"""clcplus:areastatistics through processing.run: the outputs a model chains."""

import numpy as np
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsProcessingException, QgsProcessingFeatureSourceDefinition,
                       QgsProcessingUtils, QgsProject, QgsVectorLayer)

from clcplus_backbone.core import product, stats
from rasters import ORIGIN, patchy_classes, pixel_centres, write_raster

X0, Y0 = ORIGIN


@pytest.fixture(scope="module")
def raster(tmp_path_factory):
    array = patchy_classes(300, 400, seed=5)
    return write_raster(tmp_path_factory.mktemp("alg") / "lc.tif", array, nodata=255), array


@pytest.fixture
def zones_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:3035&field=name:string&field=kind:integer", "zones", "memory")
    features = []
    for name, (x0, y0, x1, y1) in [("west", (X0 + 3, Y0 - 2003, X0 + 1503, Y0 + 7)),
                                   ("east", (X0 + 1503, Y0 - 2503, X0 + 3903, Y0 - 503))]:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, 1])
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
            x0, y0, x1, y1)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def _layer(value):
    return value if not isinstance(value, str) else QgsProcessingUtils.mapLayerFromString(value, None)


def test_whole_raster_table_and_total(run_algorithm, raster):
    path, array = raster
    result = run_algorithm("clcplus:areastatistics", {"INPUT": path, "UNIT": 2, "OUTPUT": "memory:"})
    rows = {f["code"]: f for f in _layer(result["OUTPUT"]).getFeatures()}
    land = sum(np.count_nonzero(array == c) for c in product.LAND_COVER_CODES)
    assert result["TOTAL_LAND_COVER_AREA"] == pytest.approx(land * 100 / 1e6)
    assert rows[1]["pixels"] == np.count_nonzero(array == 1)
    assert rows[1]["area"] == pytest.approx(np.count_nonzero(array == 1) * 1e-4)
    assert rows[1]["class_name"] == "Sealed"
    assert rows[255]["pixels"] == np.count_nonzero(array == 255)
    assert rows[255]["pct_land_cover"] is None or rows[255]["pct_land_cover"] != rows[255]["pct_land_cover"] or \
        str(rows[255]["pct_land_cover"]) == "NULL"


def test_zones_with_selection_fields_and_report(run_algorithm, raster, zones_layer, tmp_path):
    path, array = raster
    zones_layer.selectByExpression("\"name\" = 'east'")
    html = str(tmp_path / "report.html")
    result = run_algorithm("clcplus:areastatistics", {
        "INPUT": path, "ZONES": QgsProcessingFeatureSourceDefinition(zones_layer.id(), True),
        "ZONE_FIELD": "name", "UNIT": 0, "RULE": 0, "OUTPUT": "memory:", "OUTPUT_ZONES": "memory:",
        "OUTPUT_HTML": html})
    xs, ys = pixel_centres(array)
    east = (xs > X0 + 1503) & (xs < X0 + 3903) & (ys > Y0 - 2503) & (ys < Y0 - 503)
    table = list(_layer(result["OUTPUT"]).getFeatures())
    assert {f["zone_name"] for f in table} == {"east"}
    by_code = {f["code"]: f["pixels"] for f in table}
    expected = np.bincount(array[east], minlength=256)
    assert all(by_code.get(c, 0) == expected[c] for c in product.ALL_CODES)
    zone = next(_layer(result["OUTPUT_ZONES"]).getFeatures())
    assert zone["name"] == "east" and zone["kind"] == 1
    assert zone[stats.field_name(2)] == pytest.approx(expected[2] * 100.0)
    assert zone["land_cover"] == pytest.approx(sum(expected[c] for c in product.LAND_COVER_CODES) * 100.0)
    text = open(result["OUTPUT_HTML"], encoding="utf-8").read()
    assert "east" in text and "<svg" in text


def test_exact_rule_areas_add_up_to_the_polygons(run_algorithm, raster, zones_layer):
    path, _ = raster
    result = run_algorithm("clcplus:areastatistics", {
        "INPUT": path, "ZONES": zones_layer.id(), "UNIT": 0, "RULE": 1, "OUTPUT": "memory:"})
    totals = {}
    for feature in _layer(result["OUTPUT"]).getFeatures():
        totals[feature["zone_id"]] = totals.get(feature["zone_id"], 0.0) + feature["area"]
    areas = sorted(f.geometry().area() for f in zones_layer.getFeatures())
    # The west zone sticks out of the raster's top edge by 7 m: only its inside counts.
    assert sorted(totals.values()) == pytest.approx([areas[0] - 1500 * 7, areas[1]], rel=1e-9)


def test_a_float_raster_is_refused(run_algorithm, tmp_path):
    path = write_raster(tmp_path / "f.tif", np.zeros((8, 8), dtype=np.float32))
    with pytest.raises(QgsProcessingException, match="8-bit class codes"):
        run_algorithm("clcplus:areastatistics", {"INPUT": path, "OUTPUT": "memory:"})
