"""clcplus:applylegend through processing.run, and the styling of outputs when QGIS loads them."""

import numpy as np
import pytest
from qgis.core import (QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException,
                       QgsProcessingFeedback, QgsProcessingParameterRasterDestination, QgsProject,
                       QgsRasterLayer)
from rasters import write_raster

from clcplus_backbone import compat
from clcplus_backbone.core import geotiff, legend, product, stylefiles
from clcplus_backbone.processing import styling

BUFFER, OUTSIDE, NO_DATA = product.SPECIAL_CODES


def landcover(tmp_path, name="lc.tif"):
    array = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, BUFFER], [OUTSIDE, NO_DATA, 1, 1]], np.uint8)
    return write_raster(tmp_path / name, np.kron(array, np.ones((4, 4), np.uint8)))


def change(tmp_path, name="change.tif"):
    codes = [product.NO_CHANGE] * 6 + [product.change_code(a, b) for a, b in
                                       [(3, 1), (3, 1), (2, 6), (6, 7), (6, 9), (9, 6), (7, 10), (6, 3)]]
    codes += [product.CHANGE_NODATA] * 2
    return write_raster(tmp_path / name, np.array(codes, np.uint16).reshape(4, 4), nodata=product.CHANGE_NODATA)


@pytest.fixture
def project_layer(qgis_app, tmp_path):
    layer = QgsRasterLayer(landcover(tmp_path), "my tile")
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def _classes(layer):
    return [(c.value, c.color.name(), c.color.alpha(), c.label) for c in layer.renderer().classes()]


def test_algorithm_is_registered_with_help(processing_registry):
    algorithm = processing_registry.algorithmById("clcplus:applylegend")
    assert algorithm is not None and algorithm.group() == "Legend"
    for parameter in algorithm.parameterDefinitions():
        assert parameter.help(), parameter.name()
    assert algorithm.flags() & compat.ALG_NO_THREADING


def test_styles_a_project_layer(run_algorithm, project_layer):
    result = run_algorithm("clcplus:applylegend", {"INPUT": project_layer.id()})
    assert result == {"OUTPUT": project_layer.id(), "KIND_USED": "landcover", "LEGEND_ENTRIES": 13}
    assert _classes(project_layer) == [(e.values[0], e.hex, e.alpha, e.label)
                                       for e in legend.landcover_entries()]
    run_algorithm("clcplus:applylegend", {"INPUT": project_layer.id(), "KIND": 1, "HIDE_NON_LAND_COVER": True})
    assert [c[0] for c in _classes(project_layer)] == list(product.LAND_COVER_CODES)


def test_change_file_with_style_files(run_algorithm, tmp_path):
    path = change(tmp_path)
    qml = tmp_path / "legend.qml"
    result = run_algorithm("clcplus:applylegend", {"INPUT": path, "MAX_TRANSITIONS": 3, "STYLE_FILE": str(qml),
                                                   "SAVE_AS_DEFAULT": True})
    assert result["KIND_USED"] == "change"
    # no change, 3 transitions by name (3->1 is the most frequent), the rest one entry per kind
    assert result["LEGEND_ENTRIES"] == 1 + 3 + 4
    assert result["STYLE_FILE"] == str(qml)
    again = QgsRasterLayer(path, "again")  # QGIS picks up change.qml beside change.tif by itself
    assert _classes(again)[:2] == [
        (0.0, "#c8c8c8", legend.MUTED_ALPHA, "No change"),
        (301.0, "#c8001e", 255, "Woody broadleaved deciduous trees \u2192 Sealed")]
    with open(qml, encoding="utf-8") as f, open(stylefiles.sidecar_style_path(path), encoding="utf-8") as g:
        assert f.read() == g.read()


def test_float_raster_is_refused_with_a_clear_message(run_algorithm, tmp_path):
    path = write_raster(tmp_path / "ndvi.tif", np.full((4, 4), 0.5, np.float32))
    with pytest.raises(QgsProcessingException, match="ndvi.tif: band 1 holds Float32 values"):
        run_algorithm("clcplus:applylegend", {"INPUT": path})


def test_values_like_42_are_refused(run_algorithm, tmp_path):
    path = write_raster(tmp_path / "other.tif", np.array([[1, 42], [43, 6]], np.uint8))
    with pytest.raises(QgsProcessingException, match="not CLCplus Backbone codes: 42, 43"):
        run_algorithm("clcplus:applylegend", {"INPUT": path, "KIND": 1})
    with pytest.raises(QgsProcessingException, match="not change codes: 1, 6, 42, 43"):
        run_algorithm("clcplus:applylegend", {"INPUT": path, "KIND": 2})


# --- Outputs styled when QGIS loads them -------------------------------------------------------

class WriteRaster(QgsProcessingAlgorithm):
    """A stand-in for the plugin's raster algorithms: writes an array and asks for the legend."""

    def __init__(self, array, kind, nodata=None):
        super().__init__()
        self.array, self.kind, self.nodata = array, kind, nodata

    def name(self):
        return "writeraster"

    def displayName(self):  # noqa: N802
        return "Write raster"

    def createInstance(self):  # noqa: N802
        return WriteRaster(self.array, self.kind, self.nodata)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", "Output"))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        write_raster(path, self.array, nodata=self.nodata)
        styling.style_output_on_load(context, path, self.kind)
        return {"OUTPUT": path}


def _run_and_load(algorithm, tmp_path, name):
    import processing
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.runAndLoadResults(algorithm.create(), {"OUTPUT": str(tmp_path / name)}, context=context,
                                          feedback=QgsProcessingFeedback())
    layers = [layer for layer in QgsProject.instance().mapLayers().values() if layer.source() == result["OUTPUT"]]
    assert len(layers) == 1
    return layers[0]


def test_outputs_are_styled_when_loaded(processing_registry, tmp_path):
    array = np.kron(np.array([[1, 6], [10, OUTSIDE]], np.uint8), np.ones((8, 8), np.uint8))
    layer = _run_and_load(WriteRaster(array, legend.LANDCOVER), tmp_path, "landcover.tif")
    try:
        assert _classes(layer) == [(e.values[0], e.hex, e.alpha, e.label) for e in legend.landcover_entries()]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())

    codes = np.array([[product.NO_CHANGE, 301], [206, product.CHANGE_NODATA]], np.uint16)
    layer = _run_and_load(WriteRaster(np.kron(codes, np.ones((4, 4), np.uint16)), legend.CHANGE,
                                      nodata=product.CHANGE_NODATA), tmp_path, "change.tif")
    try:
        assert [c[3] for c in _classes(layer)] == [
            "No change", "Woody broadleaved deciduous trees \u2192 Sealed",
            "Woody needle leaved trees \u2192 Permanent herbaceous"]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_post_processor_reports_instead_of_failing(qgis_app, tmp_path):
    class Feedback(QgsProcessingFeedback):
        errors = []

        def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS API
            self.errors.append(error)

    layer = QgsRasterLayer(write_raster(tmp_path / "odd.tif", np.array([[7, 42]], np.uint8)), "odd")
    before = layer.renderer().type()
    feedback = Feedback()
    styling.LegendPostProcessor(legend.LANDCOVER).postProcessLayer(layer, QgsProcessingContext(), feedback)
    assert layer.renderer().type() == before
    assert len(feedback.errors) == 1 and "not CLCplus Backbone codes: 42" in feedback.errors[0]


def test_post_processor_with_precomputed_entries(qgis_app, tmp_path):
    layer = QgsRasterLayer(change(tmp_path), "change")
    entries = legend.change_entries({301: 5, 206: 1}, translated=False)
    styling.LegendPostProcessor(entries=entries).postProcessLayer(layer, QgsProcessingContext(), None)
    assert [c[0] for c in _classes(layer)] == [301, 206]


def test_nothing_is_registered_for_outputs_that_are_not_loaded(qgis_app):
    assert styling.style_output_on_load(QgsProcessingContext(), "/tmp/not-loaded.tif") is None


def test_no_data_declared_in_qgis_is_left_out(run_algorithm, tmp_path):
    from qgis.core import QgsRasterRange
    array = np.zeros((16, 16), np.uint8)
    array[4:12, 4:12] = 3
    layer = QgsRasterLayer(write_raster(tmp_path / "clip.tif", array), "clip")
    QgsProject.instance().addMapLayer(layer)
    try:
        with pytest.raises(QgsProcessingException, match="declare it as no data first"):
            run_algorithm("clcplus:applylegend", {"INPUT": layer.id()})
        layer.dataProvider().setUserNoDataValue(1, [QgsRasterRange(0, 0)])
        assert run_algorithm("clcplus:applylegend", {"INPUT": layer.id()})["KIND_USED"] == "landcover"
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_an_output_with_the_embedded_legend_opens_styled_in_qgis(qgis_app, tmp_path):
    """What a user gets when opening an output later, plugin or not: the style beside the file, or
    without it QGIS's own palette from the colour table, labelled by the category names."""
    array = np.kron(np.array([[1, 3], [10, OUTSIDE]], np.uint8), np.ones((4, 4), np.uint8))
    styled, bare = str(tmp_path / "styled.tif"), str(tmp_path / "bare.tif")
    for path, qml in ((styled, True), (bare, False)):
        import shutil
        shutil.copy(write_raster(tmp_path / "src.tif", array), path)
        geotiff.embed_legend(path, qml=qml)
    layer = QgsRasterLayer(styled, "styled")
    assert layer.isValid()
    assert _classes(layer) == [(e.values[0], e.hex, e.alpha, e.label)
                               for e in legend.landcover_entries(translated=False)]
    layer = QgsRasterLayer(bare, "bare")
    assert layer.isValid() and layer.renderer().type() == "paletted"
    drawn = {c[0]: c for c in _classes(layer)}
    for code in (1, 3, 10, OUTSIDE):
        cls = product.product_class(code)
        assert drawn[code][1:] == (cls.hex, 255, cls.name)
