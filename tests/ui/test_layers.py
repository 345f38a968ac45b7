"""ui/layers.py's outline layer of the tiles an area needs (added when the user asks; the panel itself draws the
outlines on the map, ui/outlines.py), as QGIS's desktop meets it: quitting QGIS must not ask about it, and its
labels must name a font family this system has (a missing one is drawn in another family, and
QGIS >= 3.28 tries to download it from the internet when it reads the labels back from a project or a style)."""

import pytest
from qgis.core import (QgsFeature, QgsField, QgsFontUtils, QgsGeometry, QgsProject, QgsReadWriteContext,
                       QgsRectangle, QgsTextFormat, QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtGui import QFontInfo, QGuiApplication
from qgis.PyQt.QtXml import QDomDocument

from clcplus_backbone import compat
from clcplus_backbone.core import product
from clcplus_backbone.ui import layers


@pytest.fixture
def project(qgis_app):
    project = QgsProject()  # a project of the test's own, not QGIS's instance
    yield project
    project.clear()


def grid_tiles(*tile_ids):
    """What clcplus:gridtiles gives the dock: one 100 km square a tile, with its id and file name."""
    source = QgsVectorLayer("Polygon?crs={}".format(product.CRS_AUTHID), "grid", "memory")
    source.dataProvider().addAttributes([QgsField("tile_id", compat.FIELD_STRING),
                                         QgsField("file_name", compat.FIELD_STRING)])
    source.updateFields()
    features = []
    for i, tile_id in enumerate(tile_ids):
        feature = QgsFeature(source.fields())
        x = 4400000 + 100000 * i
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, 3600000, x + 100000, 3700000)))
        feature.setAttributes([tile_id, tile_id + ".tif"])
        features.append(feature)
    source.dataProvider().addFeatures(features)
    return source


def qgis_asks_about(layer):
    """QgisApp::checkMemoryLayers (QGIS 3.22 to 3.44), run when a project is closed or QGIS quits: a memory layer
    holding features counts as a "temporary scratch layer", and QGIS asks before dropping it, unless the layer's
    custom property skipMemoryLayersCheck is a non-zero integer (QVariant::toInt)."""
    try:
        skip = int(layer.customProperty("skipMemoryLayersCheck") or 0)
    except (TypeError, ValueError):
        skip = 0
    return layer.providerType() == "memory" and layer.featureCount() != 0 and not skip


def shapes(*tile_ids):
    return [(f["tile_id"], f.geometry(), i == 0) for i, f in enumerate(grid_tiles(*tile_ids).getFeatures())]


def test_quitting_qgis_does_not_ask_about_the_outline_layer(project):
    """The layer the user asks for ("Add outlines as a layer"): QGIS does not ask about it when it quits (one click
    makes it again)."""
    layer = layers.outline_layer(shapes("E44N36", "E45N36"), project=project)
    assert layer.providerType() == "memory" and layer.featureCount() == 2
    assert [f["cached"] for f in layer.getFeatures()] == [1, 0]
    assert layer.customProperty(layers.SKIP_MEMORY_LAYERS_CHECK) == 1
    assert not qgis_asks_about(layer)
    assert not layer.customProperty(layers.TEMPORARY)  # the user's: the dock never removes it


def test_qgis_would_ask_about_a_memory_layer_without_the_property(project):
    """The check above judges as QGIS does: the same layer without the property is one QGIS asks about."""
    layer = layers.outline_layer(shapes("E44N36"), project=project)
    layer.removeCustomProperty(layers.SKIP_MEMORY_LAYERS_CHECK)
    assert qgis_asks_about(layer)


def test_outline_labels_name_an_installed_font_family(project):
    text = layers.outline_layer(shapes("E44N36"), project=project).labeling().settings().format()
    family = text.font().family()
    # what QgsTextFormat::readXml asks before it substitutes a family or tries to download it
    assert QgsFontUtils.fontFamilyMatchOnSystem(family)[0], "the labels name {!r}, not installed here".format(family)
    assert family == QFontInfo(QGuiApplication.font()).family()  # the family the application's own text is in
    assert text.font().bold() and text.size() == layers.LABEL_SIZE_PT
    assert QgsUnitTypes.encodeUnit(text.sizeUnit()) == "Point"
    assert text.buffer().enabled() and text.color() == layers.AOI_COLOUR


def test_outline_labels_read_back_unchanged(project):
    """A project or a style holds the labels as XML; reading them back keeps the family and reports nothing
    (QGIS reports "Font … not available on system" for a family it had to replace)."""
    text = layers.outline_layer(shapes("E44N36"), project=project).labeling().settings().format()
    document = QDomDocument()
    element = text.writeXml(document, QgsReadWriteContext())
    context = QgsReadWriteContext()
    back = QgsTextFormat()
    back.readXml(element, context)
    assert [m.message() for m in context.takeMessages()] == []
    assert back.font().family() == text.font().family() and back.font().bold()
