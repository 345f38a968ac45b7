"""The tiles an area needs, outlined on the map with their ids: canvas items (rubber bands and one item
drawing the labels), not a layer, so the panel's preview never changes the project (nothing to save, no
"temporary scratch layers" question when QGIS closes). The user can still add them as a layer
(ui/layers.py: outline_layer)."""

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException, QgsGeometry,
                       QgsProject, QgsRectangle)
from qgis.gui import QgsMapCanvasItem, QgsRubberBand
from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from qgis.PyQt.QtWidgets import QStackedWidget

from .. import compat
from ..core import product
from .maptools import AOI_COLOUR

LABEL_SIZE_PT = 11


class TileLabels(QgsMapCanvasItem):
    """Tile ids drawn at points of the map (in the canvas CRS): bold, in the outline colour, on a white halo."""

    def __init__(self, canvas, labels, area):
        super().__init__(canvas)
        self.canvas = canvas
        self.labels = list(labels)  # [(text, QgsRectangle of the tile in the canvas CRS)]
        self.font = QFont(canvas.font())
        self.font.setPointSizeF(LABEL_SIZE_PT)
        self.font.setBold(True)
        metrics = QFontMetricsF(self.font)
        self.margin = max([metrics.horizontalAdvance(text) for text, _ in self.labels] + [0]) / 2 + 4
        self.setZValue(20)
        self.setRect(area)

    def texts(self):
        return [text for text, _ in self.labels]

    def boundingRect(self):  # noqa: N802 - Qt API
        return super().boundingRect().adjusted(-self.margin, -self.margin, self.margin, self.margin)

    def paint(self, painter, option=None, widget=None):
        metrics = QFontMetricsF(self.font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        view = self.canvas.extent()
        for text, box in self.labels:
            shown = box.intersect(view)  # the label in the middle of the part of the tile the map shows
            if shown.isEmpty():
                continue
            centre = self.toCanvasCoordinates(shown.center()) - self.pos()
            path = QPainterPath()
            path.addText(QPointF(centre.x() - metrics.horizontalAdvance(text) / 2,
                                 centre.y() + metrics.ascent() / 2 - 1), self.font, text)
            painter.setPen(QPen(QColor(255, 255, 255), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(AOI_COLOUR)
            painter.drawPath(path)


class TileOutlines:
    """The outlines of [(tile id, QgsGeometry in EPSG:3035, cached)] on `canvas`: solid for tiles in the
    cache, dashed for those still to download, each labelled with its id. Redrawn when the map's CRS
    changes; `clear()` takes them off the map."""

    colour = AOI_COLOUR

    def __init__(self, canvas):
        self.canvas = canvas
        self.tiles = []
        self.bands = []
        self.band_cached = []  # for each band: True for the tiles in the cache (solid), False (dashed)
        self.labels = None
        self.canvas.destinationCrsChanged.connect(self._draw)

    def show(self, tiles):
        self.tiles = list(tiles)
        self._draw()
        self.reveal()

    def reveal(self):
        """Make the outlines seen in a project without layers: QGIS shows its welcome page (recent projects)
        instead of the map until a layer is added, and its empty map is at no useful place."""
        if self.labels is None or QgsProject.instance().mapLayers():
            return
        for stack in self.canvas.window().findChildren(QStackedWidget):
            current = stack.currentWidget()
            if current is None or current.isAncestorOf(self.canvas) or not stack.isAncestorOf(self.canvas):
                continue
            for index in range(stack.count()):
                if stack.widget(index).isAncestorOf(self.canvas):
                    stack.setCurrentIndex(index)
                    break
        area = self.labels.rect()
        # Only when no tile is in view: zooming out to show all of them would change a map-extent area,
        # whose tiles would then call for zooming out again.
        if not self.canvas.extent().intersects(area):
            self.canvas.setExtent(area.buffered(max(area.width(), area.height()) * 0.1))
            self.canvas.refresh()

    def clear(self):
        self.tiles = []
        self._remove_items()

    def cleanup(self):
        self.clear()
        try:
            self.canvas.destinationCrsChanged.disconnect(self._draw)
        except (TypeError, RuntimeError):
            pass

    def _remove_items(self):
        scene = self.canvas.scene()
        for item in self.bands + ([self.labels] if self.labels is not None else []):
            if scene is not None:
                scene.removeItem(item)
        self.bands, self.band_cached, self.labels = [], [], None
        self.canvas.update()

    def _draw(self, *args):
        self._remove_items()
        if not self.tiles:
            return
        grid_crs = QgsCoordinateReferenceSystem(product.CRS_AUTHID)
        to_canvas = QgsCoordinateTransform(grid_crs, self.canvas.mapSettings().destinationCrs(), QgsProject.instance())
        for cached in (True, False):
            geometries = [QgsGeometry(g) for _, g, c in self.tiles if bool(c) == cached]
            if not geometries:
                continue
            band = QgsRubberBand(self.canvas, compat.GEOMETRY_POLYGON)
            band.setStrokeColor(AOI_COLOUR)
            band.setFillColor(QColor(0, 0, 0, 0))
            band.setWidth(2)
            band.setLineStyle(Qt.PenStyle.SolidLine if cached else Qt.PenStyle.DashLine)
            band.setToGeometry(QgsGeometry.collectGeometry(geometries), grid_crs)
            self.bands.append(band)
            self.band_cached.append(cached)
        labels, area = [], None  # (QgsRectangle.setMinimal() is deprecated from QGIS 3.40 on)
        for tile_id, geometry, _cached in self.tiles:
            try:
                box = to_canvas.transformBoundingBox(geometry.boundingBox())
            except QgsCsException:
                continue
            if area is None:
                area = QgsRectangle(box)
            else:
                area.combineExtentWith(box)
            labels.append((tile_id, box))
        if labels:
            self.labels = TileLabels(self.canvas, labels, area)

    def label_rect(self, text):
        """Where the label `text` is drawn, in canvas pixels (for tests); None if not drawn."""
        if self.labels is None:
            return None
        for label, box in self.labels.labels:
            shown = box.intersect(self.canvas.extent())
            if label == text and not shown.isEmpty():
                centre = self.labels.toCanvasCoordinates(shown.center())
                return QRectF(centre.x() - 5, centre.y() - 5, 10, 10)
        return None
