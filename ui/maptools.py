"""Map tools that draw an area of interest: a rectangle (press, drag, release) or a polygon (click the
corners, right-click or double-click to close; Backspace takes the last corner back, Esc gives up)."""

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from .. import compat

AOI_COLOUR = QColor(230, 0, 126)  # magenta: stands out on every class colour of the product


def aoi_band(canvas, filled=True):
    """A polygon rubber band in the dock's AOI colour: lightly filled while drawing, an outline only
    once drawn (so the map under it keeps its colours)."""
    band = QgsRubberBand(canvas, compat.GEOMETRY_POLYGON)
    band.setStrokeColor(AOI_COLOUR)
    fill = QColor(AOI_COLOUR)
    fill.setAlpha(40 if filled else 0)
    band.setFillColor(fill)
    band.setWidth(2)
    return band


class RectangleTool(QgsMapTool):
    """Press, drag and release: emits drawn(QgsRectangle) in the canvas CRS."""

    drawn = pyqtSignal(QgsRectangle)
    canceled = pyqtSignal()

    def __init__(self, canvas):
        super().__init__(canvas)
        self._start = None
        self._band = None

    def canvasPressEvent(self, event):  # noqa: N802 - QGIS API
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._start = event.mapPoint()
        self._reset_band()
        self._band = aoi_band(self.canvas())

    def canvasMoveEvent(self, event):  # noqa: N802 - QGIS API
        if self._start is None or self._band is None:
            return
        self._band.setToGeometry(QgsGeometry.fromRect(QgsRectangle(self._start, event.mapPoint())), None)

    def canvasReleaseEvent(self, event):  # noqa: N802 - QGIS API
        if self._start is None or event.button() != Qt.MouseButton.LeftButton:
            return
        rectangle = QgsRectangle(self._start, event.mapPoint())
        self._start = None
        self._reset_band()
        if rectangle.width() > 0 and rectangle.height() > 0:
            self.drawn.emit(rectangle)

    def keyPressEvent(self, event):  # noqa: N802 - QGIS API
        if event.key() == Qt.Key.Key_Escape:
            self._start = None
            self._reset_band()
            self.canceled.emit()

    def deactivate(self):
        self._start = None
        self._reset_band()
        super().deactivate()

    def _reset_band(self):
        if self._band is not None:
            self.canvas().scene().removeItem(self._band)
            self._band = None


class PolygonTool(QgsMapTool):
    """Left-click the corners, right-click or double-click to close: emits drawn(QgsGeometry) in the
    canvas CRS. Backspace removes the last corner, Esc cancels."""

    drawn = pyqtSignal(QgsGeometry)
    canceled = pyqtSignal()

    def __init__(self, canvas):
        super().__init__(canvas)
        self.points = []
        self._band = None

    def canvasPressEvent(self, event):  # noqa: N802 - QGIS API
        if event.button() == Qt.MouseButton.LeftButton:
            self.points.append(QgsPointXY(event.mapPoint()))
            self._update(None)
        elif event.button() == Qt.MouseButton.RightButton:
            self.finish()

    def canvasDoubleClickEvent(self, event):  # noqa: N802 - QGIS API
        self.finish()

    def canvasMoveEvent(self, event):  # noqa: N802 - QGIS API
        if self.points:
            self._update(QgsPointXY(event.mapPoint()))

    def keyPressEvent(self, event):  # noqa: N802 - QGIS API
        if event.key() == Qt.Key.Key_Escape:
            self._reset()
            self.canceled.emit()
        elif event.key() == Qt.Key.Key_Backspace and self.points:
            self.points.pop()
            self._update(None)

    def finish(self):
        points = [p for i, p in enumerate(self.points) if i == 0 or p != self.points[i - 1]]
        self._reset()
        if len(points) < 3:
            return
        geometry = QgsGeometry.fromPolygonXY([points + [points[0]]])
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        if geometry.area() > 0:
            self.drawn.emit(geometry)

    def deactivate(self):
        self._reset()
        super().deactivate()

    def _update(self, moving):
        if self._band is None:
            self._band = aoi_band(self.canvas())
        points = self.points + ([moving] if moving is not None else [])
        self._band.reset(compat.GEOMETRY_POLYGON)
        for index, point in enumerate(points):
            self._band.addPoint(point, index == len(points) - 1)

    def _reset(self):
        self.points = []
        if self._band is not None:
            self.canvas().scene().removeItem(self._band)
            self._band = None
