"""The dock panel driven through its widgets, as a user would, in an offscreen QGIS with a stub iface made
of real GUI objects (a QMainWindow, a QgsMapCanvas, a QgsMessageBar, the project's layer tree).

Data: the sample generator's four tiles (512 pixels a side) for 2018 and 2023, fetched through
clcplus:fetchtiles's mirror source from the sample folder. Every table the dock shows is compared with
the algorithm run through processing.run on the same inputs, and with the sample's manifest.

The dock is rendered to PNG after each step (pytest's temporary folder; `make screenshots` sets
CLCPLUS_SCREENSHOTS=docs/screenshots to keep the README's pictures).
"""

import csv
import math
import os
import time

import pytest
from qgis.core import (QgsApplication, QgsFeature, QgsGeometry, QgsPalettedRasterRenderer, QgsProcessingUtils,
                       QgsProject, QgsRasterLayer, QgsVectorLayer)
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMessageBar
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QColor, QGuiApplication, QMouseEvent, QPalette
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from clcplus_backbone.core import product
from clcplus_backbone.core.cache import SAMPLE_CENTRE
from qt_events import settle, wait_until
from repo import ROOT

SIZE = 512
CX, CY = SAMPLE_CENTRE
HALF = SIZE * product.PIXEL_SIZE_M  # the sample windows reach this far from the centre
SHOT_DIR_ENV = "CLCPLUS_SCREENSHOTS"


# --- fixtures -------------------------------------------------------------------------------------------

@pytest.fixture(autouse=True)
def own_settings(monkeypatch):
    """The dock's settings under a key of this process: QgsSettings here is a file every test process on
    the machine shares, and another run's clean-up must not pull them away mid-test."""
    from qgis.core import QgsSettings

    from clcplus_backbone.ui import settings
    root = "clcplus/test-{}".format(os.getpid())
    monkeypatch.setattr(settings, "PREFIX", root + "/dock/")
    monkeypatch.setattr(settings, "SAMPLE_TILE_SIZE", root + "/sample/tile_size")
    yield
    QgsSettings().remove(root)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    from clcplus_backbone.sample.generate import SAMPLE_TILES, generate
    folder = tmp_path_factory.mktemp("dock_sample")
    manifest = generate(str(folder), size=SIZE, years=(2018, 2023), tiles=SAMPLE_TILES, mosaics=False)
    return str(folder), manifest


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


@pytest.fixture
def iface(qgis_app, processing_registry):
    yield from _iface()


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


@pytest.fixture
def dock(iface, sample, tmp_path):
    yield from make_dock(iface, sample, tmp_path)


@pytest.fixture
def dark_dock(processing_registry, sample, tmp_path):
    """A dock made under a dark application palette, as QGIS's dark themes set it before plugins load."""
    light = QGuiApplication.palette()
    QApplication.setPalette(dark_palette())
    try:
        for stub in _iface():
            yield from make_dock(stub, sample, tmp_path)
    finally:
        QApplication.setPalette(light)


# --- helpers ---------------------------------------------------------------------------------------------

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


def visible_table(dock):
    model = dock.stats.table.model()
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


# --- tests -----------------------------------------------------------------------------------------------

def test_drawn_rectangle_fetch_and_count_equal_the_toolbox(dock, iface, run_algorithm, tmp_path):
    shot(dock, tmp_path, "dock_0_start", 360)
    # a rectangle over the corner the four sample tiles share
    xmin, ymin, xmax, ymax = CX - 3000, CY - 2000, CX + 2500, CY + 3500
    draw_rectangle(dock, iface.canvas, xmin, ymin, xmax, ymax)
    assert iface.canvas.mapTool() is None  # the drawing tool is gone again
    box = dock.aoi.drawn_geometry.boundingBox()  # where the mouse went, to a screen pixel
    step = iface.canvas.mapUnitsPerPixel()
    assert box.toRectF().getCoords() == pytest.approx((xmin, ymax, xmax, ymin), abs=step) or \
        (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()) == pytest.approx(
            (xmin, ymin, xmax, ymax), abs=step)
    xmin, ymin, xmax, ymax = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    QgsProject.instance().setDirty(False)
    wait_tiles(dock)
    assert dock.tiles == ["E44N35", "E44N36", "E45N35", "E45N36"]
    # the tiles are outlined and labelled on the map, not in the project: nothing to save, nothing to ask
    assert QgsProject.instance().mapLayers() == {} and not QgsProject.instance().isDirty()
    assert sorted(dock.outlines.labels.texts()) == dock.tiles and len(dock.outlines.bands) == 1
    assert dock.outlines.labels.scene() is iface.canvas.scene()
    assert dock.add_outlines.isVisibleTo(dock)
    assert "4 tile(s)" in dock.tiles_label.text() and "4 to download" in dock.tiles_label.text()
    assert "{:.1f} × {:.1f} km".format((xmax - xmin) / 1000, (ymax - ymin) / 1000) in dock.aoi.drawn_hint.text()
    shot(dock, tmp_path, "dock_1_area_drawn", 360, keep_as="dock_area_and_tiles")

    dock.fetch.click()
    assert dock.is_busy() and dock.progress.isVisible() and dock.cancel_button.isVisible()
    assert not dock.fetch.isEnabled()
    wait_idle(dock)
    assert iface.messages() == []
    (mosaic,) = group_layers("CLCplus Backbone 2023")
    assert isinstance(mosaic, QgsRasterLayer) and isinstance(mosaic.renderer(), QgsPalettedRasterRenderer)
    colours = {c.value: c.color.name() for c in mosaic.renderer().classes()}
    assert colours[1] == product.product_class(1).hex
    snapped = [func(v / 10.0) * 10 for func, v in ((math.floor, xmin), (math.floor, ymin), (math.ceil, xmax),
                                                      (math.ceil, ymax))]
    e = mosaic.extent()
    assert [e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum()] == pytest.approx(snapped)
    wait_tiles(dock)
    assert "All in the cache already" in dock.tiles_label.text()
    assert dock.outlines.band_cached == [True]  # drawn solid: in the cache
    assert all(isinstance(layer, QgsRasterLayer) for layer in QgsProject.instance().mapLayers().values())

    dock.stats.count.click()
    wait_idle(dock)
    assert iface.messages() == []
    extent = "{!r},{!r},{!r},{!r} [EPSG:3035]".format(xmin, xmax, ymin, ymax)
    result, expected = algorithm_rows(run_algorithm, "clcplus:areastatistics",
                                      {"INPUT": mosaic.source(), "EXTENT": extent, "UNIT": 1})
    assert dock.stats.model.rows == expected
    assert len(expected) >= 8 and sum(r["pixels"] for r in expected) == pytest.approx(550 * 550, rel=0.02)
    land = [r for r in expected if product.is_land_cover(r["code"])]
    assert len(dock.stats.chart.bars) == len(land)
    assert [b[1] for b in dock.stats.chart.bars] == [r["area"] for r in sorted(land, key=lambda r: r["code"])]
    assert "{:,.2f}".format(result["TOTAL_LAND_COVER_AREA"]) in dock.stats.summary.text()
    shot(dock, tmp_path, "dock_2_class_areas", 360, keep_as="dock_class_areas")
    shot(dock, tmp_path, "dock_2_class_areas_320", 320)

    # sort by area, largest first, by clicking the header twice
    header = dock.stats.table.horizontalHeader()
    area_column = dock.stats.model.columns().index("area")
    header.sectionClicked.emit(area_column)
    dock.stats.table.sortByColumn(area_column, Qt.SortOrder.DescendingOrder)
    shown = visible_table(dock)
    largest = max(expected, key=lambda r: r["area"])
    assert shown[0][0] == "{} {}".format(largest["code"], largest["class_name"])

    # copy and CSV export
    dock.stats.copy.click()
    clip = QGuiApplication.clipboard().text().splitlines()
    assert clip[0].split("\t") == dock.stats.model.headers() and len(clip) == len(expected) + 1
    path = dock.stats.export_csv(str(tmp_path / "areas.csv"))
    with open(path, encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    assert [int(r["code"]) for r in table] == [r["code"] for r in expected]
    assert [float(r["area_ha"]) for r in table] == [r["area"] for r in expected]


def test_tile_ids_compare_years_matches_toolbox_and_manifest(dock, iface, run_algorithm, sample, tmp_path):
    from clcplus_backbone.ui.aoi import TILES
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("e44n35 E45N36, E44N36 E45N35")
    wait_tiles(dock)
    assert dock.tiles == ["E44N35", "E44N36", "E45N35", "E45N36"]
    dock.year.setCurrentIndex(dock.year.findData(2023))
    dock.compare_year.setCurrentIndex(dock.compare_year.findData(2018))
    assert dock.change.compare.text() == "Compare 2018 → 2023"
    dock.change.compare.click()
    wait_idle(dock)
    assert iface.messages() == []
    # both years fetched, each in its group; the change layer in the pair's group, styled
    (earlier,) = group_layers("CLCplus Backbone 2018")
    (later,) = group_layers("CLCplus Backbone 2023")
    (change,) = group_layers("CLCplus Backbone 2018 → 2023")
    assert isinstance(change.renderer(), QgsPalettedRasterRenderer)
    assert "→" in change.renderer().classes()[1].label

    parameters = {"EARLIER": earlier.source(), "LATER": later.source(), "EARLIER_YEAR": "2018",
                  "LATER_YEAR": "2023", "UNIT": 1, "OUTPUT_RASTER": str(tmp_path / "change.tif")}
    result, matrix = algorithm_rows(run_algorithm, "clcplus:changedetection", parameters)
    assert dock.change.matrix_rows == matrix
    _, balance = algorithm_rows(run_algorithm, "clcplus:changedetection", parameters, "OUTPUT_BALANCE")
    assert dock.change.balance_rows == balance
    # the heat map holds the matrix, which holds what the sample planted (its manifest)
    manifest = sample[1]
    planted = {}
    for rows in manifest["transitions"]["2018-2023"].values():
        for a, b, n in rows:
            if product.is_land_cover(a) and product.is_land_cover(b):
                planted[(a, b)] = planted.get((a, b), 0) + n
    assert {(r["from_code"], r["to_code"]): r["pixels"] for r in matrix} == planted
    heat = dock.change.heat_map
    assert heat.cells == {(r["from_code"], r["to_code"]): r["area"] for r in matrix}
    assert "{:,.2f}".format(result["CHANGED_AREA"]) in dock.change.summary.text()
    assert product.translate(product.CHANGE_CAVEATS[0]) in dock.change.caveats.text()
    nets = {b[0]: b[1] for b in dock.change.net.bars}
    for row in balance:
        if row["gain"] or row["loss"]:
            assert nets["{} {}".format(row["code"], product.class_label(row["code"]))] == row["net"]

    # hovering the largest change tells its area
    biggest = max((r for r in matrix if r["changed"]), key=lambda r: r["area"])
    dock.tabs.setCurrentWidget(dock.change)
    shot(dock, tmp_path, "dock_3_change", 360, keep_as="dock_change")
    row, column = heat.codes.index(biggest["from_code"]), heat.codes.index(biggest["to_code"])
    centre = heat.cell_rect(row, column).center().toPoint()
    assert heat.cell_at(centre) == (biggest["from_code"], biggest["to_code"])
    text = heat.tooltip_at(centre)
    assert biggest["from_name"] in text and biggest["to_name"] in text
    assert "{:,.2f} ha".format(biggest["area"]) in text
    info = dock.change.cell_info.text()  # said below the map without hovering too
    assert info.startswith("Largest change") and biggest["to_name"] in info
    other = next(r for r in matrix if r["changed"] and r is not biggest)
    point = heat.cell_rect(heat.codes.index(other["from_code"]), heat.codes.index(other["to_code"])).center()
    heat.mouseMoveEvent(QMouseEvent(QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton,
                                    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    assert heat.hovered == (other["from_code"], other["to_code"])
    assert other["from_name"] in dock.change.cell_info.text() and "Largest" not in dock.change.cell_info.text()
    heat.leaveEvent(QEvent(QEvent.Type.Leave))
    assert dock.change.cell_info.text() == info
    shot(dock, tmp_path, "dock_3_change_420", 420)
    shot(dock, tmp_path, "dock_3_change_320", 320)

    # the class areas of the four tiles are what the sample wrote
    dock.stats.count.click()
    wait_idle(dock)
    counted = {r["code"]: r["pixels"] for r in dock.stats.model.rows}
    written = {}
    for counts in manifest["class_counts"]["2023"].values():
        for code, n in counts.items():
            written[int(code)] = written.get(int(code), 0) + n
    assert counted == written


def test_polygon_layer_selection_and_zones(dock, iface, run_algorithm, tmp_path):
    from clcplus_backbone.ui.aoi import LAYER
    zones = QgsVectorLayer("Polygon?crs=EPSG:3035&field=name:string", "districts", "memory")
    features = []
    for name, (x0, y0, x1, y1) in (("north-east", (CX + 500, CY + 500, CX + 4000, CY + 3000)),
                                   ("south-west", (CX - 4500, CY - 3000, CX - 1000, CY - 500))):
        feature = QgsFeature(zones.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromRect(_rect(x0, y0, x1, y1)))
        features.append(feature)
    zones.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(zones)
    zones.selectByExpression("\"name\" = 'north-east'")
    dock.aoi.set_mode(LAYER)
    dock.aoi.layer_combo.setLayer(zones)
    QTest.mouseClick(dock.aoi.selected_only.label, Qt.MouseButton.LeftButton)  # its text ticks it too
    assert dock.aoi.selected_only.isChecked() and "1 selected" in dock.aoi.selected_only.text()
    wait_tiles(dock)
    assert dock.tiles == ["E45N36"]  # the selected district lies in one tile only
    dock.aoi.selected_only.setChecked(False)
    wait_tiles(dock)
    assert dock.tiles == ["E44N35", "E45N36"]

    dock.stats.zones.setLayer(zones)
    dock.stats.zone_field.setField("name")
    dock.stats.count.click()
    wait_idle(dock)
    assert iface.messages() == []
    (mosaic,) = group_layers("CLCplus Backbone 2023")
    _, expected = algorithm_rows(run_algorithm, "clcplus:areastatistics", {
        "INPUT": mosaic.source(), "ZONES": zones.id(), "ZONE_FIELD": "name", "UNIT": 1})
    assert dock.stats.model.rows == expected
    assert {r["zone_name"] for r in expected} == {"north-east", "south-west"}
    assert dock.stats.model.columns()[0] == "zone" and visible_table(dock)[0][0] in ("north-east", "south-west")
    # the chart shows one zone or the sum of all
    assert dock.stats.chart_zone_row.isVisibleTo(dock) and dock.stats.chart_zone.count() == 3
    dock.stats.chart_zone.setCurrentIndex(dock.stats.chart_zone.findText("north-east"))
    north_east = {r["code"]: r["area"] for r in expected if r["zone_name"] == "north-east"
                  and product.is_land_cover(r["code"])}
    assert [b[1] for b in dock.stats.chart.bars] == [north_east[c] for c in sorted(north_east)]
    shot(dock, tmp_path, "dock_4_zones", 360)


def test_drawn_polygon_counts_inside_it(dock, iface, run_algorithm, tmp_path):
    from clcplus_backbone.ui.aoi import DRAWN
    dock.aoi.set_mode(DRAWN)
    dock.aoi.draw_polygon.click()
    tool = iface.canvas.mapTool()
    transform = iface.canvas.getCoordinateTransform()
    corners = [(CX - 3000, CY - 1000), (CX + 500, CY - 3000), (CX + 3000, CY + 2000), (CX - 1000, CY + 3000)]

    def click(x, y, button=Qt.MouseButton.LeftButton):
        point = transform.transform(x, y)
        position = QPoint(round(point.x()), round(point.y()))
        tool.canvasPressEvent(QgsMapMouseEvent(iface.canvas, QEvent.Type.MouseButtonPress, position, button,
                                               button, Qt.KeyboardModifier.NoModifier))
    for x, y in corners:
        click(x, y)
    click(CX, CY, Qt.MouseButton.RightButton)  # closes the polygon
    settle()
    assert iface.canvas.mapTool() is None
    drawn = dock.aoi.drawn_geometry
    assert drawn.constGet().nCoordinates() == 5 and "Polygon of about" in dock.aoi.drawn_hint.text()
    wait_tiles(dock)
    assert dock.tiles == ["E44N35", "E44N36", "E45N35", "E45N36"]
    dock.stats.count.click()
    wait_idle(dock)
    assert iface.messages() == []
    (mosaic,) = group_layers("CLCplus Backbone 2023")
    zone = QgsVectorLayer("Polygon?crs=EPSG:3035", "drawn", "memory")
    feature = QgsFeature()
    feature.setGeometry(drawn)
    zone.dataProvider().addFeatures([feature])
    _, expected = algorithm_rows(run_algorithm, "clcplus:areastatistics",
                                 {"INPUT": mosaic.source(), "ZONES": zone, "UNIT": 1})
    strip = [{k: v for k, v in r.items() if k != "zone_id"} for r in expected]
    assert [{k: v for k, v in r.items() if k != "zone_id"} for r in dock.stats.model.rows] == strip
    assert sum(r["pixels"] for r in expected) == pytest.approx(drawn.area() / 100, rel=0.01)
    assert "zone" not in dock.stats.model.columns()  # one area: no zone column


@pytest.fixture
def slow_mirror(sample):
    """An HTTP mirror of the 2023 sample tiles that takes 30 s to answer each."""
    from servers.base import Fault
    from servers.mirror import MirrorServer
    server = MirrorServer()
    for tile in ("E44N35", "E44N36", "E45N35", "E45N36"):
        name = product.tile_file_name(2023, tile)
        with open(os.path.join(sample[0], "tiles", "2023", name), "rb") as f:
            server.put("/tiles/2023/" + name, f.read())
        server.fail("/tiles/2023/" + name, Fault("slow", delay=30))
    server.start()
    yield server
    server.stop()


def test_cancel_a_running_fetch(dock, iface, slow_mirror, tmp_path):
    dock.source.set_source("mirror", slow_mirror.url("/tiles"))
    dock.fetch.click()
    wait_until(lambda: QgsApplication.taskManager().countActiveTasks() > 0 and slow_mirror.requests(), 20)
    assert dock.is_busy() and dock.cancel_button.isVisible()
    assert "Fetching the 2023 tiles" in dock.status.text()
    shot(dock, tmp_path, "dock_5_fetching", 360)
    started = time.monotonic()
    dock.cancel_button.click()
    wait_idle(dock, 20)
    assert time.monotonic() - started < 10
    assert dock.status.text().startswith("Canceled")
    assert iface.messages() == []
    assert group_layers("CLCplus Backbone 2023") == []
    assert dock.fetch.isEnabled() and not dock.cancel_button.isVisible()


def test_closing_the_dock_while_it_works(dock, iface, slow_mirror):
    """The plugin unloads (or QGIS quits) during a download: the task stops, nothing is added later."""
    dock.source.set_source("mirror", slow_mirror.url("/tiles"))
    dock.fetch.click()
    wait_until(lambda: slow_mirror.requests(), 20)
    dock.cleanup()
    wait_until(lambda: QgsApplication.taskManager().countActiveTasks() == 0, 20)
    settle(0.3)
    assert group_layers("CLCplus Backbone 2023") == [] and iface.messages() == []
    assert not [layer for layer in QgsProject.instance().mapLayers().values()
                if layer.customProperty("clcplus/temporary")]


def test_errors_are_told_in_the_panel(dock, iface, tmp_path):
    from clcplus_backbone.ui.aoi import TILES
    missing = str(tmp_path / "no such folder")
    dock.source.set_source("mirror", missing)
    dock.fetch.click()
    wait_idle(dock)
    assert iface.messages() == []  # the panel is where the user looks: the reason is there, not in the bar
    assert dock.status.text().startswith("⚠") and "does not exist" in dock.status.text()
    # the path as it was typed, breakable after its slashes (zero-width spaces) so the panel does not grow
    assert missing in dock.status.text().replace("\u200b", "") and dock.status.isVisibleTo(dock)
    shot(dock, tmp_path, "dock_6_error", 360)
    # an area that is not complete yet is explained in the panel, and nothing can start
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E99N99")
    wait_tiles(dock)
    assert "outside" in dock.tiles_label.text()
    assert not dock.fetch.isEnabled() and not dock.stats.count.isEnabled()
    # a map view where the product has no tiles: clcplus:gridtiles says so, in the panel
    from clcplus_backbone.ui.aoi import EXTENT
    dock.aoi.set_mode(EXTENT)
    iface.canvas.setExtent(_rect(100_000, 100_000, 120_000, 120_000))
    wait_tiles(dock)
    assert dock.tiles == [] and "⚠" in dock.tiles_label.text()
    assert not dock.fetch.isEnabled() and iface.messages() == []
    assert dock.status.text() == "" and not dock.status.isVisibleTo(dock)  # the old error went with the old area


def test_choices_are_remembered(dock, iface, tmp_path):
    from clcplus_backbone.ui.aoi import TILES
    from clcplus_backbone.ui.dock import CLCplusDock
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N36")
    dock.year.setCurrentIndex(dock.year.findData(2018))
    dock.compare_year.setCurrentIndex(dock.compare_year.findData(2023))
    dock.unit.setCurrentIndex(dock.unit.findData("km2"))
    again = CLCplusDock(iface)
    try:
        assert again.aoi.current_mode() == TILES and again.aoi.tile_ids.text() == "E44N36"
        assert (again.reference_year(), again.other_year(), again.unit_key()) == (2018, 2023, "km2")
        assert again.source.key() == "mirror" and again.source.cache_dir() == str(tmp_path / "cache")
    finally:
        again.cleanup()
        again.deleteLater()


def clipped(dock):
    """What the panel cuts at its width: a widget reaching past the right edge of the panel's viewport, a label that
    does not wrap and is narrower than its text, a button narrower than its text. [] when everything shows."""
    from qgis.PyQt.QtWidgets import QAbstractButton, QLabel, QTabBar
    scroll = dock.widget()
    viewport = scroll.viewport()
    content = scroll.widget()
    problems = []
    for widget in content.findChildren(QWidget):
        if not widget.isVisibleTo(dock) or widget.width() <= 0 or widget.window() is not dock.window():
            continue
        if any(isinstance(parent, QTabBar) for parent in (widget.parentWidget(),)):
            continue
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        name = "{} {!r}".format(type(widget).__name__, getattr(widget, "text", lambda: "")()
                                if callable(getattr(widget, "text", None)) else "")
        if left + widget.width() > viewport.width() + 1:
            problems.append("{} reaches {} px past the panel".format(name, left + widget.width() - viewport.width()))
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and widget.pixmap() is None:
            text = widget.text() if widget.textFormat() == Qt.TextFormat.PlainText or "<" not in widget.text() \
                else None
            if text and widget.fontMetrics().horizontalAdvance(text) > widget.contentsRect().width() + 1:
                problems.append("{} is cut".format(name))
        if isinstance(widget, QAbstractButton) and widget.text() and widget.sizeHint().width() > widget.width() + 1:
            problems.append("{} is cut ({} of {} px)".format(name, widget.width(), widget.sizeHint().width()))
    return problems


def test_fits_narrow_docks(dock):
    """Nothing in the panel needs more than 300 px (a 320 px dock minus its scroll bar)."""
    content = dock.widget().widget()
    for index in range(dock.aoi.mode.count()):
        dock.aoi.mode.setCurrentIndex(index)
        dock.source.setCollapsed(False)
        for key in ("auto", "wekeo", "mirror"):
            dock.source.set_source(key)
            settle()
            assert content.minimumSizeHint().width() <= 300, (dock.aoi.current_mode(), key)


@pytest.fixture
def without_provider(processing_registry):
    """The registry as QGIS has it before the plugin loads; the tests' provider comes back after."""
    existing = processing_registry.providerById("clcplus")
    if existing is not None:
        processing_registry.removeProvider(existing)
    yield
    if processing_registry.providerById("clcplus") is None:
        from clcplus_backbone.processing.provider import CLCplusProvider
        processing_registry.addProvider(CLCplusProvider())


def test_plugin_adds_and_removes_the_dock(iface, without_provider):
    import clcplus_backbone
    from clcplus_backbone.ui import settings
    plugin = clcplus_backbone.classFactory(iface)
    plugin.initGui()
    try:
        (action,) = iface.toolbar
        assert iface.menu == [("CLCplus Backbone", action)]
        assert plugin.dock is None  # made when first asked for
        action.trigger()
        settle()
        assert plugin.dock is not None and plugin.dock.isVisible()
        assert iface.window.dockWidgetArea(plugin.dock) == Qt.DockWidgetArea.RightDockWidgetArea
        assert settings.value("visible")
        action.trigger()
        settle()
        assert not plugin.dock.isVisible()
        action.trigger()
        settle()
    finally:
        plugin.unload()
    settle()
    assert iface.toolbar == [] and iface.menu == [] and iface.layer_actions == []
    assert plugin.dock is None
    assert not [layer for layer in QgsProject.instance().mapLayers().values()
                if layer.customProperty("clcplus/temporary")]
    assert settings.value("visible")  # QGIS closing with the panel open: it opens again next time


def test_screens_read_without_a_manual(dock, iface, tmp_path):
    """The start screen at both widths and in the dark, and the map beside the dock."""
    from clcplus_backbone.ui.aoi import DRAWN
    dock.aoi.set_mode(DRAWN)
    shot(dock, tmp_path, "dock_0_start_320", 320)
    shot(dock, tmp_path, "dock_0_start_420", 420)
    draw_rectangle(dock, iface.canvas, CX - 3000, CY - 2000, CX + 2500, CY + 3500)
    wait_tiles(dock)
    dock.stats.count.click()
    wait_idle(dock)
    iface.canvas.setLayers([layer for layer in QgsProject.instance().layerTreeRoot().layerOrder()])
    iface.canvas.zoomToFullExtent()
    iface.canvas.setExtent(_rect(CX - 5500, CY - 5500, CX + 5500, CY + 5500))
    iface.window.resize(1200, 760)
    dock.resize(380, 760)
    settle(0.2)
    dock.widget().verticalScrollBar().setValue(dock.tabs.y())  # the panel scrolled to the class areas
    iface.canvas.refreshAllLayers()
    wait_until(lambda: not iface.canvas.isDrawing(), 30)
    settle(0.3)
    path = shot_path(tmp_path, "qgis_with_dock")  # the README's is the real QGIS's (tests/test_desktop.py)
    assert iface.window.grab().save(path)


def _rect(x0, y0, x1, y1):
    from qgis.core import QgsRectangle
    return QgsRectangle(x0, y0, x1, y1)


def test_charts_paint_in_the_palette(qgis_app, tmp_path):
    """Text in the charts takes the palette's colour, so it reads in light and dark themes."""
    from clcplus_backbone.ui.charts import BarChart
    chart = BarChart()
    chart.resize(300, 60)
    chart.set_bars([("Sealed", 10.0, QColor(*product.product_class(1).rgb), ""),
                    ("Water", 5.0, QColor(*product.product_class(10).rgb), "")])
    for palette, text in ((QGuiApplication.palette(), None), (dark_palette(), QColor(225, 225, 225))):
        chart.setPalette(palette)
        image = chart.grab().toImage()
        expected = text or palette.color(QPalette.ColorRole.WindowText)
        pixels = {image.pixelColor(x, y).name() for x in range(0, 120) for y in range(image.height())}
        assert expected.name() in pixels


def test_dark_theme(dark_dock, tmp_path):
    """The whole flow under a dark palette: every text and chart stays readable (see the PNGs)."""
    from clcplus_backbone.ui.aoi import TILES
    dock = dark_dock
    shot(dock, tmp_path, "dock_0_start_dark", 360)
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N35, E45N35, E44N36, E45N36")
    wait_tiles(dock)
    dock.stats.count.click()
    wait_idle(dock)
    shot(dock, tmp_path, "dock_2_class_areas_dark", 360)
    dock.change.compare.click()
    wait_idle(dock)
    assert dock.iface.messages() == []
    shot(dock, tmp_path, "dock_3_change_dark", 360, keep_as="dock_change_dark_theme")
    text = dock.palette().color(QPalette.ColorRole.WindowText)
    assert text.lightness() > 180  # light text on the dark panel
    image = dock.change.heat_map.grab().toImage()
    corner = image.pixelColor(image.width() - 3, image.height() - 3)
    assert corner.lightness() < 120  # the heat map's empty cells are dark too


def test_the_layer_menu_styles_a_clcplus_raster_in_one_click(iface, without_provider, tmp_path):
    import numpy as np
    from qgis.core import Qgis, QgsRasterLayer

    import clcplus_backbone
    from clcplus_backbone.core import product
    from rasters import write_raster
    plugin = clcplus_backbone.classFactory(iface)
    plugin.initGui()
    try:
        (action,) = iface.layer_actions
        codes = np.array([[1, 2, 3], [6, 7, 10]], dtype=np.uint8)
        iface.active_layer = QgsRasterLayer(write_raster(tmp_path / "lc.tif", codes), "lc")
        action.trigger()
        classes = {c.value: c.color.name() for c in iface.active_layer.renderer().classes()}
        assert classes[1] == product.product_class(1).hex and classes[10] == product.product_class(10).hex
        iface.active_layer = QgsRasterLayer(write_raster(tmp_path / "other.tif", codes * 20), "other")
        action.trigger()
        assert any("not" in text and level == Qgis.MessageLevel.Warning for _, text, level in iface.messages())
    finally:
        plugin.unload()
    assert iface.layer_actions == []


@pytest.fixture
def german(qgis_app, tmp_path):
    """The plugin's German translation installed and German number formats, as under a German QGIS."""
    import subprocess

    from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator
    qm = str(tmp_path / "clcplus_de.qm")
    subprocess.run(["lrelease", "-silent", os.path.join(ROOT, "i18n", "clcplus_de.ts"), "-qm", qm], check=True)
    translator = QTranslator()
    assert translator.load(qm)
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


def show_results(dock):
    """Count and compare the sample's four tiles: every page of the panel has its tables and charts."""
    from clcplus_backbone.ui.aoi import TILES
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N35, E45N35, E44N36, E45N36")
    wait_tiles(dock)
    dock.stats.count.click()
    wait_idle(dock)
    dock.change.compare.click()
    wait_idle(dock)
    assert dock.iface.messages() == [] and dock.status.text().startswith("✔"), dock.status.text()


@pytest.fixture
def german_dock(german, iface, sample, tmp_path):
    yield from make_dock(iface, sample, tmp_path)


@pytest.mark.parametrize("width", [280, 320, 360])
def test_german_panel_shows_every_text_at_any_width(german_dock, tmp_path, width):
    """In German (longer words than English) at 280 to 360 px: nothing past the right edge, no label or button
    cut, on every page, with the results shown."""
    dock = german_dock
    assert dock.fetch.text() != "Fetch && show 2023"  # German
    show_results(dock)
    dock.source.setCollapsed(False)
    for page in (dock.stats, dock.change):
        dock.tabs.setCurrentWidget(page)
        shot(dock, tmp_path, "dock_de_{}_{}".format(width, dock.tabs.indexOf(page)), width,
             keep_as="dock_de_{}_{}".format(width, dock.tabs.indexOf(page)) if width == 280 else None)
        problems = clipped(dock)
        assert problems == [], "\n".join([str((width, dock.tabs.indexOf(page)))] + problems)


@pytest.mark.parametrize("width", [280, 360])
def test_english_panel_shows_every_text_at_any_width(dock, tmp_path, width):
    show_results(dock)
    dock.source.setCollapsed(False)
    for page in (dock.stats, dock.change):
        dock.tabs.setCurrentWidget(page)
        shot(dock, tmp_path, "dock_en_{}_{}".format(width, dock.tabs.indexOf(page)), width,
             keep_as="dock_en_{}_{}".format(width, dock.tabs.indexOf(page)) if width == 280 else None)
        problems = clipped(dock)
        assert problems == [], "\n".join([str((width, dock.tabs.indexOf(page)))] + problems)


def test_outlines_bring_the_map_to_tiles_out_of_view_but_never_move_a_map_extent_area(dock, iface):
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
    from clcplus_backbone.ui.aoi import EXTENT, TILES
    canvas = iface.canvas
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3035"))
    canvas.setExtent(QgsRectangle(0, 0, 1000, 1000))  # a new project's map: nowhere near the tiles
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N36")
    wait_tiles(dock)
    assert canvas.extent().intersects(QgsRectangle(4_400_000, 3_600_000, 4_500_000, 3_700_000))
    inside = QgsRectangle(4_420_000, 3_620_000, 4_430_000, 3_630_000)  # part of one tile
    canvas.setExtent(inside)
    shown = canvas.extent()
    dock.aoi.set_mode(EXTENT)
    wait_tiles(dock)
    settle()
    assert dock.outlines.labels is not None and canvas.extent() == shown  # no zooming out, area after area


def test_outlines_leave_the_map_with_the_area_and_the_panel(dock, iface):
    from clcplus_backbone.ui.aoi import TILES
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N35, E45N36")
    QgsProject.instance().setDirty(False)
    wait_tiles(dock)
    assert sorted(dock.outlines.labels.texts()) == ["E44N35", "E45N36"]
    assert dock.outlines.band_cached == [False]  # drawn dashed: not in the cache yet
    dock.aoi.tile_ids.setText("E44N36")  # the area changes: the old outlines go at once
    assert dock.outlines.bands == [] and dock.outlines.labels is None
    wait_tiles(dock)
    assert dock.outlines.labels.texts() == ["E44N36"]
    assert QgsProject.instance().mapLayers() == {} and not QgsProject.instance().isDirty()
    # a layer only when the user asks for one
    dock.add_outlines.click()
    (layer,) = QgsProject.instance().mapLayers().values()
    assert [f["tile_id"] for f in layer.getFeatures()] == ["E44N36"] and layer.labelsEnabled()
    dock.close()  # the panel closes: its outlines leave the map
    settle()
    assert dock.outlines.bands == [] and dock.outlines.labels is None
    items = [item for item in iface.canvas.scene().items() if type(item).__name__ in ("TileLabels", "QgsRubberBand")]
    assert items == [] or all(item is dock.aoi._band for item in items)


def test_a_missing_login_is_told_in_the_panel_before_any_request(dock, iface):
    from clcplus_backbone.ui.aoi import TILES
    dock.source.set_source("wekeo")
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N36")
    wait_tiles(dock)
    assert dock.run_steps(dock._fetch_steps(dock.current_aoi, [2023], always=True), "done") is None
    assert not dock.is_busy() and iface.messages() == []
    assert "Account" in dock.status.text() and not dock.source.isCollapsed()
    # the core's words for the Processing dialog become the panel's
    text = dock.plain_error("WEkEO needs an authentication configuration: add one in Settings › Options › "
                            "Authentication and choose it in this tool")
    assert "in this tool" not in text and "Account" in text


def test_the_account_chosen_for_wekeo_is_not_sent_to_a_mirror(dock, tmp_path):
    from servers.fixtures import auth_config
    alice = auth_config("WEkEO (dock, mirror)", username="alice", password="hunter2")
    dock.source.set_source("wekeo")
    dock.source.auth.setConfigId(alice)
    assert dock.source.parameters()["AUTHCFG"] == alice
    dock.source.set_source("mirror", str(tmp_path))
    assert dock.source.parameters()["AUTHCFG"] == ""
    dock.source.set_source("auto")
    assert dock.source.parameters()["AUTHCFG"] == alice


def test_progress_tells_the_step_and_the_news(dock):
    dock._show_running(True)
    dock._progress(40.0, 2, 3, "Comparing 2018 with 2023")
    assert dock.progress.value() == 40 and "2 of 3" in dock.status.text() and "Comparing" in dock.status.text()
    dock._news("WEkEO is busy (HTTP 503); trying again in 8.0 s")
    assert dock.detail.isVisibleTo(dock) and "8.0 s" in dock.detail.text()
    dock._progress(0.0, 3, 3, "Styling the change layer")
    assert dock.detail.text() == ""  # a new step: the last one's news is gone
    dock._show_running(False)


def test_feedback_relays_the_fetch_news(qgis_app):
    from clcplus_backbone.ui.tasks import Feedback
    feedback, said = Feedback(), []
    feedback.messageChanged.connect(said.append)
    feedback.setProgressText("2 of 4 tile(s) done")
    feedback.pushInfo("E44N36: timed out; trying again in 8.0 s")
    assert said == ["2 of 4 tile(s) done", "E44N36: timed out; trying again in 8.0 s"]


def test_a_layer_of_several_polygons_is_one_area(dock, iface, run_algorithm):
    from clcplus_backbone.ui.aoi import LAYER
    parts = QgsVectorLayer("Polygon?crs=EPSG:3035&field=name:string", "parcels", "memory")
    features = []
    for name, (x0, y0, x1, y1) in (("a", (CX + 500, CY + 500, CX + 2000, CY + 2000)),
                                   ("b", (CX - 2000, CY - 2000, CX - 500, CY - 500)),
                                   ("c", (CX + 1500, CY + 1500, CX + 3000, CY + 3000))):
        feature = QgsFeature(parts.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromRect(_rect(x0, y0, x1, y1)))
        features.append(feature)
    parts.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(parts)
    dock.aoi.set_mode(LAYER)
    dock.aoi.layer_combo.setLayer(parts)
    wait_tiles(dock)
    dock.stats.count.click()
    wait_idle(dock)
    assert dock.status.text().startswith("✔"), dock.status.text()
    rows = dock.stats.model.rows
    assert len({r["zone_id"] for r in rows}) == 1 and "zone" not in dock.stats.model.columns()
    union_pixels = (1500 * 1500 * 2 + 1500 * 1500 - 500 * 500) / 100  # a and c overlap by 500 m x 500 m
    assert sum(r["pixels"] for r in rows) == pytest.approx(union_pixels, rel=0.01)


def test_old_mosaics_are_cleaned_up(qgis_app, tmp_path):
    from clcplus_backbone.ui.dockfiles import KEEP_DAYS, clean_dock_folder
    old, new, used = (tmp_path / "landcover_2023_old.vrt"), (tmp_path / "landcover_2023_new.vrt"), \
        (tmp_path / "change_2018_2023_used.tif")
    other = tmp_path / "notes.txt"
    for path in (old, new, used, other):
        path.write_text("x")
    long_ago = time.time() - (KEEP_DAYS + 1) * 86400
    for path in (old, used, other):
        os.utime(path, (long_ago, long_ago))
    layer = QgsRasterLayer(str(used), "change", "gdal")  # invalid raster, but its source counts as used
    QgsProject.instance().addMapLayer(layer, False)
    try:
        assert clean_dock_folder(str(tmp_path)) == ["landcover_2023_old.vrt"]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert not old.exists() and new.exists() and used.exists() and other.exists()


def test_csv_is_machine_readable_and_the_table_speaks_the_locale(german, qgis_app):
    from clcplus_backbone.ui.tables import ClassAreaModel, csv_text
    row = {"zone_id": None, "zone_name": None, "code": 1, "class_name": "Sealed", "pixels": 985959.0,
           "area": 9859.59, "pct_land_cover": 12.5, "pct_zone": 12.0}
    text = csv_text([row], "ha")
    assert ",985959,9859.59,12.5," in text  # whole pixel counts, '.' decimals, whatever the language
    model = ClassAreaModel()
    model.set_rows([row], "ha", "ha")
    assert model.display(row, "area") == "9.859,59" and model.display(row, "pct_land_cover") == "12,5"


def assert_tile_id_drawn(dock, iface, tmp_path, tile_id):
    """The map, drawn now, shows `tile_id` in the outline colour where the panel put its label."""
    from clcplus_backbone.ui.maptools import AOI_COLOUR
    iface.canvas.refresh()
    settle(0.3)
    image = iface.canvas.grab().toImage()
    assert image.save(str(tmp_path / "canvas.png"))
    centre = dock.outlines.label_rect(tile_id).center()
    near = [(x, y) for x in range(int(centre.x()) - 40, int(centre.x()) + 40)
            for y in range(int(centre.y()) - 10, int(centre.y()) + 10)
            if QColor(image.pixel(x, y)).name() == AOI_COLOUR.name()]
    assert len(near) > 30, "the tile id is not drawn at the tile's centre"


def test_tile_ids_are_drawn_on_the_map(dock, iface, tmp_path):
    from clcplus_backbone.ui.aoi import TILES
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N36")
    wait_tiles(dock)
    iface.canvas.setExtent(dock.tile_shapes[0][1].boundingBox().buffered(500))
    assert_tile_id_drawn(dock, iface, tmp_path, "E44N36")


def test_tile_ids_follow_a_change_of_the_map_crs(dock, iface, tmp_path):
    """As in a new project: the map in EPSG:4326 while the tiles are listed, then in EPSG:3035 once the first
    layer comes, zoomed to it."""
    from qgis.core import QgsCoordinateReferenceSystem
    from clcplus_backbone.ui.aoi import TILES
    iface.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    iface.canvas.setExtent(_rect(-10, 30, 40, 70))
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N36")
    wait_tiles(dock)
    iface.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3035"))
    iface.canvas.setExtent(dock.tile_shapes[0][1].boundingBox().buffered(500))
    assert_tile_id_drawn(dock, iface, tmp_path, "E44N36")


def test_compare_with_the_confidence_layers_equals_the_toolbox(dock, iface, run_algorithm, tmp_path):
    """Use the confidence layers: the later year's (2018 has none) is fetched and given to the comparison with the
    threshold chosen, and the numbers are the toolbox's with the same confidence layer and threshold."""
    from clcplus_backbone.ui.aoi import TILES
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N36")
    wait_tiles(dock)
    dock.year.setCurrentIndex(dock.year.findData(2023))
    dock.compare_year.setCurrentIndex(dock.compare_year.findData(2018))
    option = dock.change.confidence
    assert option.box.isEnabled() and not option.box.isChecked()  # offered, off by default
    option.box.setChecked(True)
    option.threshold.setValue(60)
    dock.change.compare.click()
    wait_idle(dock)
    assert iface.messages() == [] and dock.status.text().startswith("✔"), dock.status.text()
    used = dock.last_parameters["clcplus:changedetection"]
    assert "EARLIER_CONFIDENCE" not in used and used["CONFIDENCE_THRESHOLD"] == 60
    assert os.path.basename(used["LATER_CONFIDENCE"]).startswith("confidence_2023_")
    (later,) = group_layers("CLCplus Backbone 2023")  # the confidence mosaic is read, not shown
    parameters = {"EARLIER": used["EARLIER"], "LATER": used["LATER"], "EARLIER_YEAR": "2018", "LATER_YEAR": "2023",
                  "UNIT": 1, "LATER_CONFIDENCE": used["LATER_CONFIDENCE"], "CONFIDENCE_THRESHOLD": 60,
                  "OUTPUT_RASTER": str(tmp_path / "change.tif")}
    result, matrix = algorithm_rows(run_algorithm, "clcplus:changedetection", parameters)
    assert dock.change.matrix_rows == matrix
    assert result["UNCERTAIN_AREA"] > 0 and "Uncertain change" in dock.change.summary.text()


def test_the_panels_files_no_layer_shows_are_removed_at_the_next_run(dock, iface):
    """The dock's folder does not fill up: a mosaic of another area and an earlier change raster, once their layers
    are removed, go at the next fetch or comparison; what a layer shows and the area's own mosaics stay."""
    from clcplus_backbone.ui.aoi import TILES
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N36")
    wait_tiles(dock)
    dock.year.setCurrentIndex(dock.year.findData(2023))
    dock.compare_year.setCurrentIndex(dock.compare_year.findData(2018))
    dock.change.compare.click()
    wait_idle(dock)
    folder = os.path.join(dock.source.cache_dir(), "dock")
    first = set(os.listdir(folder))
    (change,) = group_layers("CLCplus Backbone 2018 → 2023")
    old_change = change.source()
    QgsProject.instance().removeMapLayer(change.id())  # the user removes the change layer
    dock.aoi.tile_ids.setText("E45N36")  # another area
    wait_tiles(dock)
    dock.fetch.click()
    wait_idle(dock)
    assert not os.path.exists(old_change)  # no layer shows it: gone
    kept = [n for n in first if n.startswith("landcover_")]
    assert kept and all(os.path.exists(os.path.join(folder, n)) for n in kept)  # their layers are still there
    for layer in group_layers("CLCplus Backbone 2018"):
        QgsProject.instance().removeMapLayer(layer.id())
    dock.fetch.click()
    wait_idle(dock)
    gone = [n for n in kept if n.startswith("landcover_2018_")]
    assert gone and not any(os.path.exists(os.path.join(folder, n)) for n in gone)
    assert dock.status.text().startswith("✔")
