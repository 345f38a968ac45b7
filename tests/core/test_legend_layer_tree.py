"""Styled layers in the layer tree, as the Layers panel holds them.

The panel builds a QgsLayerTreeModel over the project's root and asks the layer's legend for its
nodes whenever the style changes; the nodes the plugin's legend hands back must stay alive for as
long as the model holds them. QGIS 3.44 crashed here when Python still owned them. A crash kills the
test process (pytest's faulthandler prints where); a freed node that happens not to crash shows as
a wrong or missing row.
"""

import gc

import numpy as np
import pytest
from qgis.core import QgsLayerTreeModel, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import Qt
from rasters import write_raster

from clcplus_backbone.core import layerstyle, legend, product

DISPLAY = Qt.ItemDataRole.DisplayRole


def landcover_array():
    codes = np.array(product.ALL_CODES, np.uint8)
    return np.repeat(np.repeat(codes.reshape(2, 7), 8, axis=0), 8, axis=1)


def change_array():
    """Enough transitions for the change legend to group some of them (one node for many values)."""
    pairs = [(a, b) for a in product.LAND_COVER_CODES for b in product.LAND_COVER_CODES if a != b]
    values = np.array([product.NO_CHANGE] + [product.change_code(a, b) for a, b in pairs], np.uint16)
    side = int(np.ceil(np.sqrt(len(values))))
    array = np.full(side * side, product.CHANGE_NODATA, np.uint16)
    array[:len(values)] = values
    return np.repeat(np.repeat(array.reshape(side, side), 4, axis=0), 4, axis=1)


@pytest.fixture
def project(qgis_app):
    project = QgsProject()
    yield project
    project.clear()


def legend_rows(model, layer):
    """The labels the model shows under `layer`, read through the model's index API as a view does."""
    node = model.rootGroup().findLayer(layer.id())
    parent = model.node2index(node)
    return [model.data(model.index(row, 0, parent), DISPLAY) for row in range(model.rowCount(parent))]


def test_styled_layers_in_a_layer_tree_model(project, tmp_path):
    model = QgsLayerTreeModel(project.layerTreeRoot())  # built first, as the Layers panel is
    landcover = QgsRasterLayer(write_raster(tmp_path / "landcover.tif", landcover_array()), "land cover")
    change = QgsRasterLayer(write_raster(tmp_path / "change.tif", change_array(), nodata=product.CHANGE_NODATA),
                            "change")
    assert landcover.isValid() and change.isValid()
    project.addMapLayers([landcover, change])

    styled = {landcover.id(): layerstyle.style_layer(landcover, kind=legend.LANDCOVER),
              change.id(): layerstyle.style_layer(change, kind=legend.CHANGE, max_transitions=8)}
    assert any(len(e.values) > 1 for e in styled[change.id()].entries), "no grouped change entry"

    for _ in range(3):  # the nodes must outlive the Python lists they were returned in
        gc.collect()
        for layer in (landcover, change):
            expected = [e.label for e in styled[layer.id()].entries]
            assert legend_rows(model, layer) == expected, layer.name()
        for layer in (landcover, change):
            layer.emitStyleChanged()  # the model rebuilds the layer's rows
            model.refreshLayerLegend(model.rootGroup().findLayer(layer.id()))


def test_restyling_and_removing_a_layer_in_the_model(project, tmp_path):
    model = QgsLayerTreeModel(project.layerTreeRoot())
    layer = QgsRasterLayer(write_raster(tmp_path / "landcover.tif", landcover_array()), "land cover")
    project.addMapLayer(layer)
    for hide in (False, True, False):
        result = layerstyle.style_layer(layer, kind=legend.LANDCOVER, hide_non_land_cover=hide)
        gc.collect()
        assert legend_rows(model, layer) == [e.label for e in result.entries]
    project.removeMapLayer(layer.id())
    gc.collect()
    assert model.rowCount() == 0
