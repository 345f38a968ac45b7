"""The dock's Class areas page driven through its widgets, as a user would, in an offscreen QGIS: an area drawn
as a rectangle or a polygon, a layer of polygons or its selection, zones; the tiles listed, fetched and shown, the
areas counted. Every table is compared with clcplus:areastatistics run through processing.run on the same inputs;
the table sorts, copies, exports CSV and speaks the user's locale.
"""

import csv
import math

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPalettedRasterRenderer, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtTest import QTest

from clcplus_backbone.core import product
from dock_driver import CX, CY, algorithm_rows, draw_rectangle, group_layers, _rect, shot, wait_idle, wait_tiles
from qt_events import settle

pytestmark = pytest.mark.usefixtures("own_settings")  # tests/ui/conftest.py


def visible_table(dock):
    model = dock.stats.table.model()
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


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


def test_csv_is_machine_readable_and_the_table_speaks_the_locale(german, qgis_app):
    from clcplus_backbone.ui.tables import ClassAreaModel, csv_text
    row = {"zone_id": None, "zone_name": None, "code": 1, "class_name": "Sealed", "pixels": 985959.0,
           "area": 9859.59, "pct_land_cover": 12.5, "pct_zone": 12.0}
    text = csv_text([row], "ha")
    assert ",985959,9859.59,12.5," in text  # whole pixel counts, '.' decimals, whatever the language
    model = ClassAreaModel()
    model.set_rows([row], "ha", "ha")
    assert model.display(row, "area") == "9.859,59" and model.display(row, "pct_land_cover") == "12,5"
