"""The plugin object QGIS creates: registers the Processing provider, loads the translation and, in the
desktop, adds the dock panel with its button on the Plugins toolbar and its Raster menu entry."""

import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

PLUGIN_DIR = os.path.dirname(__file__)
ICON_PATH = os.path.join(PLUGIN_DIR, "resources", "icons", "clcplus.svg")


def user_locale():
    """The language QGIS is set to: 'de' from 'de_DE'; '' when unknown or 'C'."""
    name = QgsSettings().value("locale/userLocale", "") or ""
    if not name or name == "C":
        name = QgsApplication.locale() if hasattr(QgsApplication, "locale") else ""
    if not name or name == "C":
        name = QLocale.system().name()
    name = str(name or "")
    return "" if name in ("", "C") else name[:2]


class CLCplusPlugin:
    """Works with `iface is None` too, as in qgis_process, which calls initProcessing() only."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = None
        self.action = None
        self.legend_action = None
        self.dock = None
        self._install_translator()

    @staticmethod
    def tr(text):
        return QCoreApplication.translate("CLCplusPlugin", text)

    def _install_translator(self):
        language = user_locale()
        path = os.path.join(PLUGIN_DIR, "i18n", "clcplus_{}.qm".format(language))
        if language and os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                self.translator = translator

    def initProcessing(self):  # noqa: N802 - QGIS API
        if self.provider is None:
            from .processing.provider import CLCplusProvider
            self.provider = CLCplusProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 - QGIS API
        self.initProcessing()
        if self.iface is None:
            return
        self.action = QAction(QIcon(ICON_PATH), self.tr("CLCplus Backbone"))
        self.action.setCheckable(True)
        self.action.setToolTip(self.tr("CLCplus Backbone: fetch, count and compare Copernicus land cover"))
        self.action.setStatusTip(self.tr("Show or hide the CLCplus Backbone panel"))
        self.action.toggled.connect(self.show_dock)
        self.iface.addToolBarIcon(self.action)  # the Plugins toolbar: shown in a fresh profile
        self.iface.addPluginToRasterMenu(self.tr("CLCplus Backbone"), self.action)
        # One click in the layer's context menu: the official legend on any CLCplus raster.
        from . import compat
        self.legend_action = QAction(QIcon(ICON_PATH), self.tr("Apply CLCplus legend"))
        self.legend_action.triggered.connect(self.style_current_layer)
        self.iface.addCustomActionForLayerType(self.legend_action, "", compat.LAYER_TYPE_RASTER, True)
        from .ui import settings
        if settings.value("visible"):
            self.action.setChecked(True)

    def style_current_layer(self):
        """Give the active raster layer the CLCplus legend; a clear message when it is not CLCplus."""
        from qgis.core import Qgis
        from .core import layerstyle, legend
        layer = self.iface.activeLayer()
        try:
            result = layerstyle.style_layer(layer)
        except legend.LegendError as e:
            self.iface.messageBar().pushMessage(self.tr("CLCplus legend"), str(e), Qgis.MessageLevel.Warning)
            return
        layer.triggerRepaint()
        self.iface.layerTreeView().refreshLayerSymbology(layer.id())
        self.iface.messageBar().pushMessage(
            self.tr("CLCplus legend"), self.tr("{} styled with {} legend entries").format(
                layer.name(), len(result.entries)), Qgis.MessageLevel.Success)

    def show_dock(self, visible=True):
        """Show (creating it the first time) or hide the dock panel."""
        if visible and self.dock is None:
            from .ui.dock import CLCplusDock
            self.dock = CLCplusDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.closed.connect(lambda: self.action.setChecked(False) if self.action else None)
        if self.dock is not None:
            self.dock.setUserVisible(visible)
        from .ui import settings
        settings.set_value("visible", bool(visible))

    def unload(self):
        if self.action is not None:
            self.action.blockSignals(True)  # closing the dock now must not forget it was open
        if self.dock is not None:
            self.dock.cleanup()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.legend_action is not None:
            self.iface.removeCustomActionForLayerType(self.legend_action)
            self.legend_action.deleteLater()
            self.legend_action = None
        if self.action is not None:
            self.iface.removeToolBarIcon(self.action)
            self.iface.removePluginRasterMenu(self.tr("CLCplus Backbone"), self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
