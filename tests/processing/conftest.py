"""Fixtures of the Processing tests: a sample tile and zones drawn on it, as the test module asks for them."""

import os

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

from clcplus_backbone.sample.generate import generate


@pytest.fixture(scope="module")
def sample(request, tmp_path_factory):
    """The sample generator's tile TILE of the test module at its SIZE pixels a side, without mosaics:
    (manifest, path(year, layer="RAS"))."""
    tile = request.module.TILE
    folder = str(tmp_path_factory.mktemp(request.module.__name__ + "-sample"))
    manifest = generate(folder, size=request.module.SIZE, tiles=[tile], mosaics=False)

    def path(year, layer="RAS"):
        return os.path.join(folder, manifest["tile_files"][str(year)][tile][layer])
    return manifest, path


@pytest.fixture
def zones_layer(request, sample):
    """The test module's ZONES, (name, (first column, first row, end column, end row)) in the pixels of
    the sample's tile, as a memory layer with a `name` field, in the project for the test."""
    manifest, _ = sample
    x_left, _, _, y_top = manifest["extents"][request.module.TILE]
    layer = QgsVectorLayer("Polygon?crs=EPSG:3035&field=name:string", "zones", "memory")
    features = []
    for name, (c0, r0, c1, r1) in request.module.ZONES:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
            x_left + c0 * 10, y_top - r1 * 10, x_left + c1 * 10, y_top - r0 * 10)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())
