"""What the dock puts into the project: fetched mosaics and change rasters, styled, in groups named for their
years, and, when the user asks for it, a layer of the tiles an area needs (labelled with their ids)."""

import os

from qgis.core import (QgsFeature, QgsField, QgsFillSymbol, QgsGeometry, QgsPalLayerSettings, QgsProject,
                       QgsRasterLayer, QgsSingleSymbolRenderer, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor, QFont, QFontInfo, QGuiApplication

from .. import compat
from ..core import legend, product
from .maptools import AOI_COLOUR

TEMPORARY = "clcplus/temporary"  # custom property of layers the dock removes again
ADDED_BY_DOCK = "clcplus/dock"

# The custom property QGIS's desktop reads (QgisApp::checkMemoryLayers, 3.22 to 3.44) before it closes a project:
# a memory layer with features and without it makes QGIS ask whether to drop "temporary scratch layers".
SKIP_MEMORY_LAYERS_CHECK = "skipMemoryLayersCheck"
LABEL_SIZE_PT = 11


# --- the tiles an area needs ------------------------------------------------------------------------

def label_font_family():
    """The family the application's own font is drawn in: installed wherever QGIS runs. A label naming a family
    the system lacks is drawn in another one, and QGIS >= 3.28 reading it back from XML (a saved project, a
    copied style: QgsTextFormat::readXml) asks QgsFontManager::tryToDownloadFontFamily to fetch it from the
    internet. QFontInfo gives the family Qt really draws with, not an alias ("Sans Serif") nor a default that
    no font file backs (the offscreen platform's "DejaVu LGC Sans")."""
    return QFontInfo(QGuiApplication.font()).family()


def outline_label_format():
    """The tile ids' labels: bold, 11 pt, in the outline colour on a white buffer."""
    text = QgsTextFormat()
    text.setColor(AOI_COLOUR)
    text.setSize(LABEL_SIZE_PT)
    font = QFont(label_font_family())
    font.setBold(True)
    text.setFont(font)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setColor(QColor(255, 255, 255))
    buffer.setSize(1.0)
    text.setBuffer(buffer)
    return text


def outline_layer(tiles=(), project=None):
    """The tiles an area needs as a new memory layer of the project, labelled with their ids: only when the user
    asks for it (the panel draws its outlines on the map without a layer, ui/outlines.py). `tiles`:
    [(tile id, QgsGeometry in EPSG:3035, cached)]."""
    project = project or QgsProject.instance()
    name = QCoreApplication.translate("CLCplusLayers", "CLCplus tiles of the area")
    layer = QgsVectorLayer("Polygon?crs={}".format(product.CRS_AUTHID), name, "memory")
    layer.dataProvider().addAttributes([QgsField("tile_id", compat.FIELD_STRING),
                                        QgsField("cached", compat.FIELD_INT)])
    layer.updateFields()
    layer.setCustomProperty(SKIP_MEMORY_LAYERS_CHECK, 1)  # one click makes it again: nothing to keep when QGIS quits
    symbol = QgsFillSymbol.createSimple({
        "style": "no", "outline_color": "{},{},{}".format(AOI_COLOUR.red(), AOI_COLOUR.green(), AOI_COLOUR.blue()),
        "outline_width": "0.6", "outline_style": "dash"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    labels = QgsPalLayerSettings()
    labels.fieldName = "tile_id"
    labels.setFormat(outline_label_format())
    layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    layer.setLabelsEnabled(True)
    features = []
    for tile_id, geometry, cached in tiles:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry(geometry))
        feature.setAttributes([tile_id, 1 if cached else 0])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    project.addMapLayer(layer, False)
    project.layerTreeRoot().insertLayer(0, layer)
    return layer


def remove_temporary(project=None):
    """Remove the layers only the dock needed (an earlier version's outline layer, if a project still holds it)."""
    project = project or QgsProject.instance()
    ids = [layer.id() for layer in project.mapLayers().values() if layer.customProperty(TEMPORARY)]
    if ids:
        project.removeMapLayers(ids)


# --- results ------------------------------------------------------------------------------------------

def group(title, project=None):
    """The top-level group `title`, created at the top of the layer tree when missing."""
    root = (project or QgsProject.instance()).layerTreeRoot()
    found = root.findGroup(title)
    return found if found is not None else root.insertGroup(0, title)


def year_group_title(year):
    return QCoreApplication.translate("CLCplusLayers", "CLCplus Backbone {}").format(year)


def change_group_title(earlier, later):
    return QCoreApplication.translate("CLCplusLayers", "CLCplus Backbone {} → {}").format(
        earlier, later)


def add_raster(path, name, group_title, entries, project=None):
    """The raster `path` as a layer named `name` in the group `group_title`, drawn with the legend
    `entries`; a layer of the same file already there is restyled and kept."""
    project = project or QgsProject.instance()
    target = group(group_title, project)
    wanted = os.path.abspath(path)
    for node in target.findLayers():
        layer = node.layer()
        if layer is not None and os.path.abspath(layer.source()) == wanted:
            layer.reload()
            legend.apply_to_layer(layer, entries)
            return layer
    layer = QgsRasterLayer(path, name, "gdal")
    if not layer.isValid():
        return None
    layer.setCustomProperty(ADDED_BY_DOCK, True)
    legend.apply_to_layer(layer, entries)
    project.addMapLayer(layer, False)
    target.insertLayer(0, layer)
    return layer
