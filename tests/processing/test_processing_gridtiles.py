"""clcplus:gridtiles through processing.run, as the toolbox, batch and modeler use it."""

import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsProcessingException,
                       QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer)

from clcplus_backbone.core import product


def _tiles(result):
    return result["TILE_IDS"].split(",")


def test_extent_in_lon_lat(run_algorithm):
    result = run_algorithm("clcplus:gridtiles", {
        "EXTENT": "11.0,12.5,55.0,56.0 [EPSG:4326]", "YEAR": "2023", "OUTPUT": "memory:"})
    assert _tiles(result) == ["E43N35", "E43N36", "E44N35", "E44N36"]
    assert result["TILE_COUNT"] == 4
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        from qgis.core import QgsProcessingUtils
        layer = QgsProcessingUtils.mapLayerFromString(layer, None)
    features = {f["tile_id"]: f for f in layer.getFeatures()}
    assert layer.crs().authid() == "EPSG:3035"
    tile = features["E44N36"]
    assert tile["file_name"] == product.tile_file_name(2023, "E44N36")
    assert tile["year"] == 2023
    assert (tile["x_min"], tile["y_min"], tile["x_max"], tile["y_max"]) == (4400000, 3600000, 4500000, 3700000)
    assert tile.geometry().area() == pytest.approx(1e10)


def _zones_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:3035&field=name:string", "zones", "memory")
    features = []
    for name, wkt in [
            ("north", "POLYGON((4410000 3610000, 4420000 3610000, 4420000 3620000, 4410000 3610000))"),
            ("far", "POLYGON((5010000 2010000, 5020000 2010000, 5020000 2020000, 5010000 2010000))"),
            ("outside", "POLYGON((100 100, 200 100, 200 200, 100 100))")]:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_a_layer_and_its_selection(run_algorithm):
    layer = _zones_layer()
    try:
        result = run_algorithm("clcplus:gridtiles", {"AOI": layer.id(), "YEAR": "2018", "OUTPUT": "memory:"})
        assert _tiles(result) == ["E44N36", "E50N20"]
        layer.selectByExpression("\"name\" = 'far'")
        result = run_algorithm("clcplus:gridtiles", {
            "AOI": QgsProcessingFeatureSourceDefinition(layer.id(), True), "YEAR": "2018", "OUTPUT": "memory:"})
        assert _tiles(result) == ["E50N20"]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_typed_ids_combine_with_an_extent(run_algorithm):
    result = run_algorithm("clcplus:gridtiles", {
        "EXTENT": "4400000,4500000,3600000,3700000 [EPSG:3035]", "TILE_IDS": "e60n30 E44N36",
        "OUTPUT": "memory:"})
    assert _tiles(result) == ["E44N36", "E60N30"]


@pytest.mark.parametrize("parameters, message", [
    ({}, "Choose an area of interest"),
    ({"TILE_IDS": "E4N36"}, "write it like E44N36"),
    ({"EXTENT": "11,12,55,56 [EPSG:3035]"}, "outside the CLCplus Backbone grid"),
])
def test_bad_input_gets_a_clear_error(run_algorithm, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm("clcplus:gridtiles", dict(parameters, OUTPUT="memory:"))
