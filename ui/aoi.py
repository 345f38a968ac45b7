"""The area of interest of the dock: the current map view, a polygon layer (or its selection), a
rectangle or polygon drawn on the map, or typed tile ids; and the Processing parameters each gives."""

import hashlib
import os

from osgeo import ogr, osr
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException, QgsGeometry,
                       QgsProcessingFeatureSourceDefinition, QgsProcessingUtils, QgsProject,
                       QgsReferencedRectangle)
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from .. import compat
from ..core import grid, product
from ..processing.aoi import crs_text
from . import settings
from .maptools import PolygonTool, RectangleTool, aoi_band
from .tables import LocaleNumber
from .tasks import StepError
from .widgets import WrappedCheckBox, narrow, page, wrap

EXTENT, LAYER, DRAWN, TILES = "extent", "layer", "drawn", "tiles"
MODES = (EXTENT, LAYER, DRAWN, TILES)

ogr.UseExceptions()
osr.UseExceptions()



class AoiError(ValueError):
    """The area of interest is not complete yet; the message says what to do."""


def _digest(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:10]


def write_polygons(path, wkts, crs):
    """A GeoPackage of polygons (WKT in `crs`), for Processing to read in its own thread."""
    if os.path.exists(path):
        return path
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs_text(crs))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    partial = path + ".part.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(partial)
    layer = dataset.CreateLayer("aoi", srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for index, wkt in enumerate(wkts):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", str(index + 1))
        feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(wkt)))
        layer.CreateFeature(feature)
    dataset = None
    os.replace(partial, path)
    return path


class Aoi:
    """One area of interest and the parameters it gives each algorithm.

    kind: EXTENT (a rectangle: the map view or a drawn one), LAYER (features of a layer), DRAWN (a
    drawn polygon), TILES (typed tile ids). `key` names it for reusing a mosaic fetched for it."""

    def __init__(self, kind, label, key, extent=None, source=None, tile_ids="", layer=None):
        self.kind, self.label, self.key = kind, label, key
        self.extent = extent  # QgsReferencedRectangle
        self.source = source  # a path or a QgsProcessingFeatureSourceDefinition
        self.tile_ids = tile_ids
        self.layer = layer  # LAYER: the QgsVectorLayer (its features, or its selection, as one area)

    def union_path(self):
        """LAYER: the features (or the selected ones) dissolved into one polygon, as a GeoPackage: the area is
        counted as one, not feature by feature in unnamed zones (zones are the Class areas page's choice)."""
        path = os.path.join(QgsProcessingUtils.tempFolder(), "clcplus_layer_{}.gpkg".format(self.key))
        if os.path.exists(path):
            return path
        selected = self.source.selectedFeaturesOnly
        features = self.layer.getSelectedFeatures() if selected else self.layer.getFeatures()
        geometries = [QgsGeometry(f.geometry()) for f in features if f.hasGeometry()]
        union = QgsGeometry.unaryUnion(geometries) if len(geometries) > 1 else \
            (geometries[0] if geometries else QgsGeometry())
        if union.isNull() or union.isEmpty():
            raise StepError(QCoreApplication.translate("AoiWidget", "The features of {} have no area.").format(
                self.layer.name()))
        return write_polygons(path, [union.asWkt()], self.layer.crs())

    def extent_value(self):
        crs = self.extent.crs()
        if crs.authid():
            return "{:.6f},{:.6f},{:.6f},{:.6f} [{}]".format(
                self.extent.xMinimum(), self.extent.xMaximum(), self.extent.yMinimum(), self.extent.yMaximum(),
                crs.authid())
        return self.extent

    def grid_parameters(self):
        """clcplus:gridtiles"""
        if self.kind == TILES:
            return {"TILE_IDS": self.tile_ids}
        return self.area_parameters(zones="AOI")

    def fetch_parameters(self):
        """clcplus:fetchtiles: an extent or a layer (tile ids become the tiles' squares)."""
        if self.kind == TILES:
            tiles = grid.parse_tile_ids(self.tile_ids)
            wkts = [QgsGeometry.fromWkt(t.polygon().ExportToWkt()).asWkt() for t in tiles]
            path = os.path.join(QgsProcessingUtils.tempFolder(), "clcplus_tiles_{}.gpkg".format(self.key))
            return {"AOI": write_polygons(path, wkts, QgsCoordinateReferenceSystem(product.CRS_AUTHID))}
        return self.area_parameters(zones="AOI")

    def area_parameters(self, zones="ZONES"):
        """clcplus:areastatistics and clcplus:changedetection: EXTENT for a rectangle, ZONES for
        polygons, nothing for tile ids (the whole mosaic)."""
        if self.kind == EXTENT:
            return {"EXTENT": self.extent_value()}
        if self.kind == LAYER and zones == "ZONES" and self.layer is not None:
            return {zones: self.union_path()}
        if self.kind in (LAYER, DRAWN):
            return {zones: self.source}
        return {}


class AoiWidget(QWidget):
    """Chooses the area of interest; emits changed() whenever it changes."""

    changed = pyqtSignal()

    def __init__(self, canvas, parent=None):
        super().__init__(parent)
        self.canvas = canvas
        self.drawn_geometry = None  # QgsGeometry in drawn_crs
        self.drawn_crs = QgsCoordinateReferenceSystem()
        self._band = None
        self._tool = None
        self._previous_tool = None
        self._selection_layer = None

        self.mode = QComboBox()
        for mode, text in ((EXTENT, self.tr("Current map view")), (LAYER, self.tr("Polygon layer")),
                           (DRAWN, self.tr("Drawn on the map")), (TILES, self.tr("Tile ids"))):
            self.mode.addItem(text, mode)
        self.mode.setToolTip(self.tr("Where to get land cover for: what the map shows, the polygons of a "
                                     "layer, a rectangle or polygon you draw, or 100 km tiles by their ids."))
        # as wide as its longest choice: in a narrow panel its row wraps (label above) rather than cutting it
        self.mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.extent_hint = QLabel(self.tr("The area the map shows now; pan or zoom to change it."))
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(compat.LAYER_FILTER_POLYGON)
        narrow(self.layer_combo)
        self.selected_only = WrappedCheckBox(self.tr("Selected features only"))
        self.draw_rectangle = QPushButton(self.tr("Draw a rectangle"))
        self.draw_polygon = QPushButton(self.tr("Draw a polygon"))
        for button in (self.draw_rectangle, self.draw_polygon):
            button.setCheckable(True)
        self.draw_rectangle.setToolTip(self.tr("Press and drag on the map."))
        self.draw_polygon.setToolTip(self.tr("Click the corners on the map; right-click or double-click to close. "
                                             "Backspace takes the last corner back, Esc cancels."))
        self.drawn_hint = QLabel()
        self.tile_ids = QLineEdit()
        self.tile_ids.setPlaceholderText(self.tr("e.g. E44N36, E45N36"))
        self.tile_ids.setToolTip(self.tr("100 km grid cells named by their lower-left corner in units of 100 km "
                                         "(EPSG:3035): E44N36 is x 4400-4500 km, y 3600-3700 km."))
        for label in (self.extent_hint, self.drawn_hint):
            wrap(label)
        # one page per mode; only the current one is shown
        self.pages = [page(self.extent_hint), page(self.layer_combo, self.selected_only),
                      page(self.draw_rectangle, self.draw_polygon, self.drawn_hint), page(self.tile_ids)]

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Area from"), self.mode)
        form.addRow(page(*self.pages))  # a box layout: hidden pages take no room at all

        self._restore()
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.layer_combo.layerChanged.connect(self._layer_changed)
        self.selected_only.toggled.connect(self._emit)
        self.draw_rectangle.clicked.connect(lambda: self._start_drawing(RectangleTool))
        self.draw_polygon.clicked.connect(lambda: self._start_drawing(PolygonTool))
        self.tile_ids.textChanged.connect(self._emit)
        self.canvas.extentsChanged.connect(self._extent_changed)
        self.canvas.destinationCrsChanged.connect(self._update_band)
        self._layer_changed(self.layer_combo.currentLayer())
        self._mode_changed()

    # --- state ------------------------------------------------------------------------------------

    def current_mode(self):
        return self.mode.currentData()

    def set_mode(self, mode):
        self.mode.setCurrentIndex(MODES.index(mode))

    def current(self):
        """The Aoi chosen now; AoiError says what is missing."""
        mode = self.current_mode()
        if mode == EXTENT:
            rectangle = self.canvas.extent()
            crs = self.canvas.mapSettings().destinationCrs()
            if rectangle.isEmpty() or not crs.isValid():
                raise AoiError(self.tr("The map shows nothing yet; add a layer or zoom to your area."))
            return Aoi(EXTENT, self.tr("map view"),
                       _digest(EXTENT, rectangle.toString(3), crs.authid() or crs.toWkt()),
                       extent=QgsReferencedRectangle(rectangle, crs))
        if mode == LAYER:
            layer = self.layer_combo.currentLayer()
            if layer is None:
                raise AoiError(self.tr("Choose a polygon layer (add one to the project first)."))
            selected = self.selected_only.isChecked()
            if selected and layer.selectedFeatureCount() == 0:
                raise AoiError(self.tr("No feature of {} is selected; select some or untick "
                                       "'Selected features only'.").format(layer.name()))
            ids = sorted(layer.selectedFeatureIds()) if selected else []
            label = layer.name() + (self.tr(" (selection)") if selected else "")
            return Aoi(LAYER, label, _digest(LAYER, layer.id(), layer.extent().toString(3), layer.featureCount(), ids),
                       source=QgsProcessingFeatureSourceDefinition(layer.id(), selected), layer=layer)
        if mode == DRAWN:
            if self.drawn_geometry is None:
                raise AoiError(self.tr("Draw a rectangle or a polygon on the map."))
            geometry, crs = self.drawn_geometry, self.drawn_crs
            key = _digest(DRAWN, geometry.asWkt(3), crs.authid() or crs.toWkt())
            if _is_rectangle(geometry):
                return Aoi(EXTENT, self.tr("drawn rectangle"), key,
                           extent=QgsReferencedRectangle(geometry.boundingBox(), crs))
            path = os.path.join(QgsProcessingUtils.tempFolder(), "clcplus_drawn_{}.gpkg".format(key))
            return Aoi(DRAWN, self.tr("drawn polygon"), key, source=write_polygons(path, [geometry.asWkt()], crs))
        text = self.tile_ids.text().strip()
        if not text:
            raise AoiError(self.tr("Type one or more tile ids, such as E44N36."))
        try:
            tiles = grid.parse_tile_ids(text)
        except grid.GridError as e:
            raise AoiError(str(e)) from None
        ids = ", ".join(str(t) for t in sorted(set(tiles)))
        return Aoi(TILES, ids if len(tiles) <= 3 else self.tr("{} tiles").format(len(tiles)), _digest(TILES, ids),
                   tile_ids=ids)

    def set_drawn(self, geometry, crs):
        """Use `geometry` (a rectangle or polygon in `crs`) as the drawn area."""
        self.drawn_geometry = QgsGeometry(geometry)
        self.drawn_crs = QgsCoordinateReferenceSystem(crs)
        settings.set_value("drawn_wkt", geometry.asWkt())
        settings.set_value("drawn_crs", crs.authid() or crs.toWkt())
        self._update_band()
        self._describe_drawn()
        self._emit()

    # --- reactions --------------------------------------------------------------------------------

    def _emit(self):
        mode = self.current_mode()
        settings.set_value("aoi_mode", mode)
        settings.set_value("tile_ids", self.tile_ids.text())
        settings.set_value("selected_only", self.selected_only.isChecked())
        layer = self.layer_combo.currentLayer()
        settings.set_value("aoi_layer", layer.id() if layer else "")
        self.changed.emit()

    def _mode_changed(self):
        mode = self.current_mode()
        for index, widget in enumerate(self.pages):
            widget.setVisible(index == MODES.index(mode))
        if mode != DRAWN:
            self._stop_drawing()
        self._update_band()
        self._describe_drawn()
        self._emit()

    def _extent_changed(self):
        if self.current_mode() == EXTENT:
            self.changed.emit()

    def _layer_changed(self, layer):
        if self._selection_layer is not None:
            try:
                self._selection_layer.selectionChanged.disconnect(self._selection_changed)
            except (TypeError, RuntimeError):
                pass
        self._selection_layer = layer
        if layer is not None:
            layer.selectionChanged.connect(self._selection_changed)
        self._selection_changed()
        if self.current_mode() == LAYER:
            self._emit()

    def _selection_changed(self, *args):
        layer = self._selection_layer
        count = layer.selectedFeatureCount() if layer is not None else 0
        self.selected_only.setText(self.tr("Selected features only ({} selected)").format(count))
        if self.current_mode() == LAYER and self.selected_only.isChecked():
            self.changed.emit()

    def _start_drawing(self, tool_class):
        self._stop_drawing()
        self._tool = tool_class(self.canvas)
        self._tool.drawn.connect(self._drawn)
        self._tool.canceled.connect(self._stop_drawing)
        self._previous_tool = self.canvas.mapTool()
        self.canvas.setMapTool(self._tool)
        self.draw_rectangle.setChecked(tool_class is RectangleTool)
        self.draw_polygon.setChecked(tool_class is PolygonTool)
        self._hint(self.tr("Press and drag on the map.") if tool_class is RectangleTool else
                   self.tr("Click the corners on the map; right-click or double-click to close."))

    def _drawn(self, shape):
        geometry = QgsGeometry.fromRect(shape) if not isinstance(shape, QgsGeometry) else shape
        crs = self.canvas.mapSettings().destinationCrs()
        self._stop_drawing()
        self.set_drawn(geometry, crs)

    def _stop_drawing(self):
        tool, self._tool = self._tool, None
        if tool is not None:
            if self.canvas.mapTool() is tool:
                if self._previous_tool is not None:
                    self.canvas.setMapTool(self._previous_tool)
                else:
                    self.canvas.unsetMapTool(tool)
            tool.deleteLater()
        self._previous_tool = None
        self.draw_rectangle.setChecked(False)
        self.draw_polygon.setChecked(False)
        self._describe_drawn()

    def _describe_drawn(self):
        if self._tool is not None:
            return
        if self.drawn_geometry is None:
            self._hint("")  # the panel says below what to do
            return
        shape = self.tr("Rectangle") if _is_rectangle(self.drawn_geometry) else self.tr("Polygon")
        try:
            to_grid = QgsCoordinateTransform(self.drawn_crs, QgsCoordinateReferenceSystem(product.CRS_AUTHID),
                                             QgsProject.instance())
            box = to_grid.transformBoundingBox(self.drawn_geometry.boundingBox())
        except QgsCsException:
            self._hint(self.tr("{} drawn; draw again to replace it.").format(shape))
            return
        self._hint(self.tr("{shape} of about {w:.1f} × {h:.1f} km drawn; draw again to replace it.")
                                .format(shape=shape, w=LocaleNumber(box.width() / 1000.0),
                                        h=LocaleNumber(box.height() / 1000.0)))

    def _hint(self, text):
        self.drawn_hint.setText(text)
        self.drawn_hint.setVisible(bool(text))

    def _update_band(self):
        if self._band is not None:
            self.canvas.scene().removeItem(self._band)
            self._band = None
        if self.current_mode() != DRAWN or self.drawn_geometry is None:
            return
        self._band = aoi_band(self.canvas, filled=False)
        self._band.setToGeometry(self.drawn_geometry, self.drawn_crs)

    def _restore(self):
        mode = settings.value("aoi_mode")
        self.tile_ids.setText(settings.value("tile_ids"))
        self.selected_only.setChecked(settings.value("selected_only"))
        layer = QgsProject.instance().mapLayer(settings.value("aoi_layer"))
        if layer is not None:
            self.layer_combo.setLayer(layer)
        wkt, crs = settings.value("drawn_wkt"), settings.value("drawn_crs")
        if wkt:
            geometry = QgsGeometry.fromWkt(wkt)
            if not geometry.isNull():
                self.drawn_geometry = geometry
                self.drawn_crs = QgsCoordinateReferenceSystem(crs)
        if mode in MODES:
            self.mode.setCurrentIndex(MODES.index(mode))

    def cleanup(self):
        """Remove the map tool and the drawn outline (the plugin is unloading)."""
        self._stop_drawing()
        if self._band is not None:
            self.canvas.scene().removeItem(self._band)
            self._band = None
        try:
            self.canvas.extentsChanged.disconnect(self._extent_changed)
            self.canvas.destinationCrsChanged.disconnect(self._update_band)
        except (TypeError, RuntimeError):
            pass
        self._layer_changed(None)


def _is_rectangle(geometry):
    box = QgsGeometry.fromRect(geometry.boundingBox())
    return abs(geometry.area() - box.area()) <= 1e-9 * max(1.0, box.area()) and geometry.constGet().nCoordinates() <= 5
