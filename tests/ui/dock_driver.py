"""Driving the dock panel as a user would, shared by the tests/ui/test_dock_*.py files: a stub iface made of
real GUI objects (a QMainWindow, a QgsMapCanvas, a QgsMessageBar, the project's layer tree), the dock made on it,
waiting for its work, drawing on the map, its pictures, the layers and rows it shows.

The dock is rendered to PNG after each step (pytest's temporary folder; `make screenshots` sets
CLCPLUS_SCREENSHOTS=docs/screenshots to keep the README's pictures).

A module of its own, not conftest.py (which holds the fixtures): `import conftest` would not say which folder's
(see tests/repo.py).
"""

import os

from qgis.core import QgsApplication, QgsProcessingUtils, QgsProject
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMessageBar
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QColor, QPalette
from qgis.PyQt.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from clcplus_backbone.core import product
from clcplus_backbone.core.cache import SAMPLE_CENTRE
from qt_events import settle, wait_until
from repo import ROOT

SIZE = 512
CX, CY = SAMPLE_CENTRE
HALF = SIZE * product.PIXEL_SIZE_M  # the sample windows reach this far from the centre
SHOT_DIR_ENV = "CLCPLUS_SCREENSHOTS"


class StubIface:
    """What the dock and the plugin use of QgisInterface, on real QGIS GUI objects."""

    def __init__(self):
        self.window = QMainWindow()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QgsMessageBar()
        self.canvas = QgsMapCanvas()
        layout.addWidget(self.bar)
        layout.addWidget(self.canvas, 1)
        self.window.setCentralWidget(central)
        self.window.resize(1000, 700)
        self.window.show()
        self.canvas.setDestinationCrs(QgsProject.instance().crs())
        self.toolbar, self.menu, self.layer_actions = [], [], []
        self.active_layer = None

    def activeLayer(self):  # noqa: N802 - QGIS API
        return self.active_layer

    def layerTreeView(self):  # noqa: N802 - QGIS API
        class View:
            def refreshLayerSymbology(self, layer_id):  # noqa: N802 - QGIS API
                pass
        return View()

    def addCustomActionForLayerType(self, action, menu, layer_type, all_layers):  # noqa: N802 - QGIS API
        self.layer_actions.append(action)

    def removeCustomActionForLayerType(self, action):  # noqa: N802 - QGIS API
        self.layer_actions.remove(action)
        return True

    def mapCanvas(self):  # noqa: N802 - QGIS API
        return self.canvas

    def mainWindow(self):  # noqa: N802 - QGIS API
        return self.window

    def messageBar(self):  # noqa: N802 - QGIS API
        return self.bar

    def layerTreeRoot(self):  # noqa: N802
        return QgsProject.instance().layerTreeRoot()

    def addDockWidget(self, area, dock):  # noqa: N802 - QGIS API
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):  # noqa: N802 - QGIS API
        self.window.removeDockWidget(dock)

    def addToolBarIcon(self, action):  # noqa: N802 - QGIS API
        self.toolbar.append(action)

    def removeToolBarIcon(self, action):  # noqa: N802 - QGIS API
        self.toolbar.remove(action)

    def addPluginToRasterMenu(self, name, action):  # noqa: N802 - QGIS API
        self.menu.append((name, action))

    def removePluginRasterMenu(self, name, action):  # noqa: N802 - QGIS API
        self.menu.remove((name, action))

    def messages(self):
        return [(item.title(), item.text(), item.level()) for item in self.bar.items()]


def _iface():
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
    project = QgsProject.instance()
    project.clear()
    project.setCrs(QgsCoordinateReferenceSystem(product.CRS_AUTHID))
    stub = StubIface()
    stub.canvas.setDestinationCrs(QgsCoordinateReferenceSystem(product.CRS_AUTHID))
    stub.canvas.setExtent(QgsRectangle(CX - 4000, CY - 4000, CX + 4000, CY + 4000))
    settle()
    yield stub
    stub.bar.clearWidgets()
    stub.window.close()
    stub.window.deleteLater()
    project.clear()
    settle()


def make_dock(iface, sample, tmp_path):
    from qgis.core import QgsSettings

    from clcplus_backbone.ui import settings
    from clcplus_backbone.ui.dock import CLCplusDock
    settings.clear()
    QgsSettings().setValue(settings.SAMPLE_TILE_SIZE, SIZE)
    widget = CLCplusDock(iface)
    iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, widget)
    widget.source.set_source("mirror", os.path.join(sample[0], "tiles"))
    widget.source.cache.setFilePath(str(tmp_path / "cache"))
    settle()
    yield widget
    widget.cleanup()
    wait_until(lambda: QgsApplication.taskManager().countActiveTasks() == 0, 20)
    iface.removeDockWidget(widget)
    widget.deleteLater()
    settings.clear()
    QgsSettings().remove(settings.SAMPLE_TILE_SIZE)
    settle()


def wait_idle(dock, timeout=90.0):
    wait_until(lambda: not dock.is_busy(), timeout)
    wait_until(lambda: QgsApplication.taskManager().countActiveTasks() == 0, timeout)


def wait_tiles(dock):
    """Let the preview timer fire and the tile list come back."""
    dock.preview_tiles()
    wait_until(lambda: dock.preview_chain is None or not dock.preview_chain.running, 30)


def shot_path(tmp_path, name, keep_as=None):
    """Where a picture goes: pytest's temporary folder; with CLCPLUS_SCREENSHOTS set to a folder the
    pictures chosen for the README (`keep_as`) go there under that name."""
    if keep_as and os.environ.get(SHOT_DIR_ENV):
        folder, name = os.path.join(ROOT, os.environ[SHOT_DIR_ENV]), keep_as
    else:
        folder = str(tmp_path / "screenshots")
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, name + ".png")


def shot(dock, tmp_path, name, width=360, keep_as=None):
    """The dock at `width` px, as tall as its content, saved as PNG; returns the path."""
    content = dock.widget().widget()
    dock.resize(width, 600)
    settle()
    height = content.heightForWidth(width - 20) if content.hasHeightForWidth() else content.sizeHint().height()
    dock.resize(width, max(300, height + 40))
    settle(0.15)
    path = shot_path(tmp_path, name, keep_as)
    assert dock.grab().save(path)
    return path


def dark_palette():
    palette = QPalette()
    for role, rgb in ((QPalette.ColorRole.Window, (45, 45, 48)), (QPalette.ColorRole.WindowText, (225, 225, 225)),
                      (QPalette.ColorRole.Base, (30, 30, 32)), (QPalette.ColorRole.AlternateBase, (55, 55, 58)),
                      (QPalette.ColorRole.Text, (225, 225, 225)), (QPalette.ColorRole.Button, (60, 60, 64)),
                      (QPalette.ColorRole.ButtonText, (225, 225, 225)), (QPalette.ColorRole.Mid, (90, 90, 95)),
                      (QPalette.ColorRole.Highlight, (42, 130, 218)), (QPalette.ColorRole.Light, (80, 80, 85)),
                      (QPalette.ColorRole.Dark, (20, 20, 22)), (QPalette.ColorRole.ToolTipBase, (60, 60, 64)),
                      (QPalette.ColorRole.ToolTipText, (225, 225, 225))):
        palette.setColor(role, QColor(*rgb))
    return palette


def draw_rectangle(dock, canvas, xmin, ymin, xmax, ymax):
    """Press, drag and release on the map with the dock's rectangle tool."""
    from clcplus_backbone.ui.aoi import DRAWN
    dock.aoi.set_mode(DRAWN)
    dock.aoi.draw_rectangle.click()
    tool = canvas.mapTool()
    transform = canvas.getCoordinateTransform()

    def event(kind, x, y):
        point = transform.transform(x, y)
        return QgsMapMouseEvent(canvas, kind, QPoint(round(point.x()), round(point.y())), Qt.MouseButton.LeftButton,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tool.canvasPressEvent(event(QEvent.Type.MouseButtonPress, xmin, ymax))
    tool.canvasMoveEvent(event(QEvent.Type.MouseMove, (xmin + xmax) / 2, (ymin + ymax) / 2))
    tool.canvasReleaseEvent(event(QEvent.Type.MouseButtonRelease, xmax, ymin))
    settle()


def group_layers(title):
    group = QgsProject.instance().layerTreeRoot().findGroup(title)
    return [node.layer() for node in group.findLayers()] if group is not None else []


def algorithm_rows(run_algorithm, algorithm, parameters, output="OUTPUT"):
    from clcplus_backbone.ui.tables import rows_from_layer
    result = run_algorithm(algorithm, dict(parameters, **{"OUTPUT": "memory:", output: "memory:"}))
    layer = result[output]
    if isinstance(layer, str):
        layer = QgsProcessingUtils.mapLayerFromString(layer, None) or QgsProject.instance().mapLayer(layer)
    return result, rows_from_layer(layer)


def _rect(x0, y0, x1, y1):
    from qgis.core import QgsRectangle
    return QgsRectangle(x0, y0, x1, y1)
