"""The pictures in the README, made from real runs: the styled map and the two HTML reports.

They are written to CLCPLUS_SCREENSHOTS when set (`make screenshots` sets docs/screenshots),
else to a temporary folder; either way the test checks that they show what they should.
"""

import os

import pytest
from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRasterLayer
from qgis.PyQt.QtCore import QSize, QUrl
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from clcplus_backbone.core import change, legend, product, stats
from clcplus_backbone.core.grid import parse_tile_id
from clcplus_backbone.sample.generate import generate

SIZE = 1024


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    target = os.environ.get("CLCPLUS_SCREENSHOTS") or str(tmp_path_factory.mktemp("screenshots"))
    os.makedirs(target, exist_ok=True)
    return target


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("screenshot-sample")
    manifest = generate(str(out), size=SIZE, years=(2018, 2023), tiles=[parse_tile_id("E44N36")], mosaics=False)
    return {year: str(out / manifest["tile_files"][str(year)]["E44N36"]["RAS"]) for year in (2018, 2023)}


def _render(layer, path, width=900):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(width, width))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(path)
    return image


def _colours(image, step=7):
    return {image.pixelColor(x, y).name()
            for x in range(0, image.width(), step) for y in range(0, image.height(), step)}


def test_styled_map(folder, sample):
    layer = QgsRasterLayer(sample[2023], "CLCplus Backbone 2023")
    legend.style_layer(layer)
    image = _render(layer, os.path.join(folder, "styled_map.png"))
    seen = _colours(image)
    land = {product.product_class(c).hex for c in (1, 2, 6, 7, 9)}
    assert land <= seen, land - seen


def _html_to_png(html, path, width=1000):
    from qgis.PyQt.QtWebKitWidgets import QWebPage
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    page = QWebPage()
    loop = QEventLoop()
    finished = []
    page.mainFrame().loadFinished.connect(lambda ok: (finished.append(ok), loop.quit()))
    QTimer.singleShot(10000, loop.quit)
    page.mainFrame().setHtml(html, QUrl("file:///"))
    if not finished:  # an inline page may finish loading inside setHtml already
        loop.exec()
    assert finished == [True]
    page.setViewportSize(QSize(width, 600))
    size = page.mainFrame().contentsSize()
    page.setViewportSize(QSize(width, min(size.height(), 2400)))
    image = QImage(page.viewportSize(), QImage.Format.Format_ARGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    page.mainFrame().render(painter)
    painter.end()
    image.save(path)
    return image


def test_class_area_report(folder, sample):
    result = stats.class_areas(sample[2023])
    image = _html_to_png(stats.html_report(result, "ha", source="E44N36 2023 (sample)"),
                         os.path.join(folder, "report_class_areas.png"))
    assert product.product_class(7).hex in _colours(image, 3)  # the bars are drawn in the class colours


def test_change_report(folder, sample):
    result = change.change_detection([sample[2018], sample[2023]], years=[2018, 2023])
    image = _html_to_png(change.html_report(result, "ha", source="E44N36 (sample)"),
                         os.path.join(folder, "report_change.png"))
    assert image.height() > 800
