"""How the dock looks: nothing cut at 280 to 360 px in English and German, on every page with the results
shown; the start screens and the map beside the dock; the charts and the whole flow under a dark palette.
The pictures the README shows are kept by `make screenshots` (CLCPLUS_SCREENSHOTS).
"""

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtGui import QColor, QGuiApplication, QPalette
from qgis.PyQt.QtWidgets import QApplication, QWidget

from clcplus_backbone.core import product
from dock_driver import (CX, CY, dark_palette, draw_rectangle, _iface, make_dock, _rect, shot, shot_path, wait_idle,
                         wait_tiles)
from qt_events import settle, wait_until

pytestmark = pytest.mark.usefixtures("own_settings")  # tests/ui/conftest.py


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
