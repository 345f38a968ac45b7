"""The legend in QGIS: rendered offscreen to PNG and compared with the palette, QML round trips,
legends that stay readable, class names in the user's language.

The PNGs are kept under pytest's temporary folder (run with --basetemp=DIR to find them).
"""

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (QgsLayerTree, QgsLayerTreeModel, QgsLegendRenderer, QgsLegendSettings,
                       QgsMapRendererCustomPainterJob, QgsMapSettings, QgsPalettedRasterRenderer,
                       QgsRasterLayer, QgsRenderContext)
from qgis.PyQt.QtCore import QCoreApplication, QSize, QTranslator
from qgis.PyQt.QtGui import QColor, QImage, QPainter
from rasters import write_raster

from clcplus_backbone.core import layerstyle, legend, product

WHITE = (255, 255, 255)
CELL = 8  # raster pixels per class block
SCALE = 4  # image pixels per raster pixel


def render(layer, scale=SCALE, path=None):
    """The layer drawn on white, `scale` image pixels per raster pixel, through a map renderer job."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(layer.width() * scale, layer.height() * scale))
    settings.setBackgroundColor(QColor(*WHITE))
    image = QImage(settings.outputSize(), QImage.Format.Format_ARGB32)
    image.fill(QColor(*WHITE))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.start()
    job.waitForFinished()
    painter.end()
    if path:
        assert image.save(str(path))
    return image


def colour_at(image, col, row, scale=SCALE):
    """Colour drawn at the centre of raster pixel (col, row)."""
    c = image.pixelColor(col * scale + scale // 2, row * scale + scale // 2)
    return c.red(), c.green(), c.blue()


def over_white(rgb, alpha):
    return tuple(round(c * alpha / 255 + 255 * (1 - alpha / 255)) for c in rgb)


def close(a, b, tolerance=2):
    return all(abs(x - y) <= tolerance for x, y in zip(a, b))


def render_legend(layer, path):
    """The layer's legend as QGIS draws it (layers panel and print layouts use the same nodes)."""
    root = QgsLayerTree()
    root.addLayer(layer)
    model = QgsLayerTreeModel(root)
    renderer = QgsLegendRenderer(model, QgsLegendSettings())

    def mm_context(painter):
        context = QgsRenderContext.fromQPainter(painter)
        painter.scale(context.scaleFactor(), context.scaleFactor())  # the legend is laid out in mm
        context.setScaleFactor(1.0)
        return context

    probe = QImage(QSize(10, 10), QImage.Format.Format_ARGB32)  # 96 dpi, as the image below
    painter = QPainter(probe)
    size = renderer.minimumSize(mm_context(painter))
    painter.end()
    dots_per_mm = probe.dotsPerMeterX() / 1000.0
    image = QImage(QSize(int(size.width() * dots_per_mm) + 2, int(size.height() * dots_per_mm) + 2),
                   QImage.Format.Format_ARGB32)
    image.fill(QColor(*WHITE))
    painter = QPainter(image)
    context = mm_context(painter)
    renderer.drawLegend(context)
    painter.end()
    assert image.save(str(path))
    nodes = model.layerLegendNodes(root.findLayer(layer.id()))
    return [node.data(0) for node in nodes]


def classes(renderer):
    return [(c.value, c.color.name(), c.color.alpha(), c.label) for c in renderer.classes()]


# --- Land cover ------------------------------------------------------------------------------

CODES = product.ALL_CODES  # 14 codes, one 8 x 8 block each, 7 blocks a row


def class_grid():
    array = np.zeros((2 * CELL, 7 * CELL), np.uint8)
    for i, code in enumerate(CODES):
        row, col = divmod(i, 7)
        array[row * CELL:(row + 1) * CELL, col * CELL:(col + 1) * CELL] = code
    return array


def block_centre(i):
    row, col = divmod(i, 7)
    return col * CELL + CELL // 2, row * CELL + CELL // 2


@pytest.fixture
def grid_layer(qgis_app, tmp_path):
    layer = QgsRasterLayer(write_raster(tmp_path / "classes.tif", class_grid()), "classes")
    assert layer.isValid()
    return layer


def test_rendered_tile_has_the_official_colours(grid_layer, tmp_path):
    result = layerstyle.style_layer(grid_layer)
    assert result.kind == legend.LANDCOVER
    image = render(grid_layer, path=tmp_path / "landcover_classes.png")
    for i, code in enumerate(CODES):
        drawn = colour_at(image, *block_centre(i))
        cls = product.product_class(code)
        if code == product.NO_DATA:
            assert drawn == WHITE, "no data must be transparent"
        elif cls.is_land_cover:
            assert drawn == cls.rgb, cls.name
        else:  # muted: half opacity over the white background
            assert close(drawn, over_white(cls.rgb, legend.MUTED_ALPHA)), (cls.name, drawn)


def test_hidden_non_land_cover_codes_are_not_drawn(grid_layer, tmp_path):
    layerstyle.style_layer(grid_layer, legend.LANDCOVER, hide_non_land_cover=True)
    image = render(grid_layer, path=tmp_path / "landcover_hidden.png")
    for i, code in enumerate(CODES):
        expected = product.product_class(code).rgb if product.is_land_cover(code) else WHITE
        assert colour_at(image, *block_centre(i)) == expected
    assert [c.value for c in grid_layer.renderer().classes()] == list(product.LAND_COVER_CODES)


def test_sample_tile_renders_in_the_palette(qgis_app, tmp_path):
    from clcplus_backbone.sample.generate import SAMPLE_TILES, generate
    manifest = generate(tmp_path / "sample", size=256, years=(2023,), tiles=SAMPLE_TILES[:1], mosaics=False)
    path = str(tmp_path / "sample" / manifest["tile_files"]["2023"][str(SAMPLE_TILES[0])]["RAS"])
    layer = QgsRasterLayer(path, "tile")
    layerstyle.style_layer(layer)
    image = render(layer, scale=2, path=tmp_path / "sample_tile_2023.png")
    array = gdal.Open(path).ReadAsArray()
    checked = set()
    for code in np.unique(array):
        # a pixel inside a patch of its class: its 3 x 3 neighbourhood holds only that code
        same = array == code
        inner = same[1:-1, 1:-1] & same[:-2, 1:-1] & same[2:, 1:-1] & same[1:-1, :-2] & same[1:-1, 2:]
        rows, cols = np.nonzero(inner)
        if not len(rows):
            continue
        row, col = rows[len(rows) // 2] + 1, cols[len(cols) // 2] + 1
        cls = product.product_class(code)
        expected = cls.rgb if cls.is_land_cover else (
            WHITE if code == product.NO_DATA else over_white(cls.rgb, legend.MUTED_ALPHA))
        assert close(colour_at(image, col, row, scale=2), expected, 0 if cls.is_land_cover else 2), cls.name
        checked.add(int(code))
    assert len(checked & set(product.LAND_COVER_CODES)) >= 6  # a realistic tile shows most classes


def test_translated_class_names(grid_layer):
    class German(QTranslator):
        def translate(self, context, text, disambiguation=None, n=-1):
            return "DE " + text if context == product.TR_CONTEXT else None

        def isEmpty(self):  # noqa: N802 - Qt API
            return False

    translator = German()
    QCoreApplication.installTranslator(translator)
    try:
        layerstyle.style_layer(grid_layer)
    finally:
        QCoreApplication.removeTranslator(translator)
    labels = [c.label for c in grid_layer.renderer().classes()]
    assert labels[0] == "DE Sealed" and labels[10] == "DE Snow and ice"
    assert labels[-1] == "DE Outside area"


def test_qml_round_trip(grid_layer, tmp_path):
    path = tmp_path / "style.qml"
    layerstyle.style_layer(grid_layer, qml_path=str(path))
    applied = classes(grid_layer.renderer())
    other = QgsRasterLayer(grid_layer.source(), "again")
    message, ok = other.loadNamedStyle(str(path))
    assert ok, message
    assert isinstance(other.renderer(), QgsPalettedRasterRenderer)
    assert classes(other.renderer()) == applied
    assert applied[0] == (1.0, "#ff0000", 255, "Sealed")


def test_committed_qml_is_the_renderer(grid_layer):
    import os
    from repo import ROOT
    message, ok = grid_layer.loadNamedStyle(os.path.join(ROOT, "resources", "styles", "clcplus_landcover.qml"))
    assert ok, message
    expected = classes(legend.renderer(legend.landcover_entries(translated=False)))
    assert classes(grid_layer.renderer()) == expected
    assert len(expected) == len(product.ALL_CODES) - 1


# --- Change ------------------------------------------------------------------------------------

def change_array(before, after):
    """The plugin's change convention, from two land-cover arrays."""
    out = np.full(before.shape, product.NO_CHANGE, np.uint16)
    changed = before != after
    out[changed] = before[changed].astype(np.uint16) * 100 + after[changed]
    lc = np.array(product.LAND_COVER_CODES)
    out[~(np.isin(before, lc) & np.isin(after, lc))] = product.CHANGE_NODATA
    return out


def test_change_raster_and_its_legend(qgis_app, tmp_path):
    from clcplus_backbone.sample.generate import SAMPLE_TILES, generate
    tile = str(SAMPLE_TILES[0])
    manifest = generate(tmp_path / "sample", size=256, years=(2018, 2023), tiles=SAMPLE_TILES[:1], mosaics=False)
    before, after = (gdal.Open(str(tmp_path / "sample" / manifest["tile_files"][y][tile]["RAS"])).ReadAsArray()
                     for y in ("2018", "2023"))
    change = change_array(before, after)
    # a few extra transitions in a corner so that many kinds are present
    extra = [(3, 1), (2, 6), (6, 3), (9, 6), (6, 9), (7, 10), (6, 7), (5, 1), (4, 7), (8, 9), (11, 10)]
    for i, (a, b) in enumerate(extra):
        change[i * 4:(i + 1) * 4, :12] = product.change_code(a, b)
    path = write_raster(tmp_path / "change.tif", change, nodata=product.CHANGE_NODATA)
    layer = QgsRasterLayer(path, "change 2018-2023")
    result = layerstyle.style_layer(layer, max_transitions=8)
    assert result.kind == legend.CHANGE
    present = {int(v) for v in np.unique(change)} - {product.NO_CHANGE, product.CHANGE_NODATA}
    entries = result.entries
    assert sorted(v for e in entries[1:] for v in e.values) == sorted(present)
    assert len(present) > 8 + len(legend.CHANGE_KINDS)  # enough for the grouping to matter

    image = render(layer, scale=2, path=tmp_path / "change_map.png")
    colour = {v: e for e in entries for v in e.values}
    for i, (a, b) in enumerate(extra):  # rows i*4 .. i*4+3, columns 0-11
        drawn = colour_at(image, 6, i * 4 + 2, scale=2)
        assert drawn == colour[product.change_code(a, b)].rgb, (a, b)
    row, col = np.argwhere(change == product.NO_CHANGE)[len(np.argwhere(change == product.NO_CHANGE)) // 2]
    assert close(colour_at(image, col, row, scale=2), over_white(legend.NO_CHANGE_RGB, legend.MUTED_ALPHA))

    labels = render_legend(layer, tmp_path / "change_legend.png")
    # one row per entry: every "n more transitions" group once, not once per value
    assert labels == [e.label for e in entries]
    assert len(labels) <= 1 + 8 + len(legend.CHANGE_KINDS)
    assert any(label.startswith("Tree loss") or "\u2192" in label for label in labels)
    assert len(layer.renderer().classes()) == len(present) + 1


def test_landcover_legend_image(grid_layer, tmp_path):
    layerstyle.style_layer(grid_layer)
    labels = render_legend(grid_layer, tmp_path / "landcover_legend.png")
    assert labels == [product.product_class(c).name for c in CODES if c != product.NO_DATA]
