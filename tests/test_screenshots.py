"""The pictures in the README, made from real runs: the styled map and the two HTML reports.

They are written to CLCPLUS_SCREENSHOTS when set (`make screenshots` sets docs/screenshots),
else to a temporary folder; either way the test checks that they show what they should.
The reports are rendered by headless Chromium (tests/html_render.py), whole pages, 1000 px wide.
"""

import os

import pytest
from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRasterLayer
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from clcplus_backbone.core import change, layerstyle, product, stats
from clcplus_backbone.core.grid import parse_tile_id
from clcplus_backbone.sample.generate import generate
import html_render

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
    layerstyle.style_layer(layer)
    image = _render(layer, os.path.join(folder, "styled_map.png"))
    seen = _colours(image)
    land = {product.product_class(c).hex for c in (1, 2, 6, 7, 9)}
    assert land <= seen, land - seen


def _ends_blank(image, rows=16):
    """The last rows are the page's white margin: the page was captured to its end, nothing cut off."""
    bottom = image.copy(0, image.height() - rows, image.width(), rows)
    return _colours(bottom, 1) == {"#ffffff"}


def test_class_area_report(folder, sample):
    result = stats.class_areas(sample[2023])
    image = html_render.html_to_png(stats.html_report(result, "ha", source="E44N36 2023 (sample)"),
                                    os.path.join(folder, "report_class_areas.png"))
    assert product.product_class(7).hex in _colours(image, 3)  # the bars are drawn in the class colours
    assert _ends_blank(image)


def test_change_report(folder, sample):
    result = change.change_detection([sample[2018], sample[2023]], years=[2018, 2023])
    image = html_render.html_to_png(change.html_report(result, "ha", source="E44N36 (sample)"),
                                    os.path.join(folder, "report_change.png"))
    # The whole page: summary, from->to matrix, net-change chart, balance and largest-changes tables, caveats.
    assert image.height() > 2000
    assert _ends_blank(image)
    assert product.product_class(6).hex in _colours(image, 3)


def test_a_missing_chromium_fails_the_test_and_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setattr(html_render.shutil, "which", lambda name: None)
    monkeypatch.setattr(html_render, "FALLBACK", str(tmp_path / "chromium"))
    with pytest.raises(pytest.fail.Exception, match="apt-get install chromium"):
        html_render.html_to_png("<html><body>x</body></html>", str(tmp_path / "x.png"))


def test_a_page_that_does_not_load_fails_the_test(tmp_path):
    with pytest.raises(pytest.fail.Exception, match="ERR_FILE_NOT_FOUND"):
        html_render.run(html_render.chromium(), str(tmp_path),
                        ["--dump-dom", "file://" + str(tmp_path / "missing.html")])
