"""The plugin and the dock in QGIS's window: the toolbar button and menu open and close the dock, unloading
takes everything away again, and the layer menu styles a CLCplus raster in one click.
"""

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from qt_events import settle

pytestmark = pytest.mark.usefixtures("own_settings")  # tests/ui/conftest.py


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
