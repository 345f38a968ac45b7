"""The plugin object QGIS creates: registers the Processing provider, loads the translation."""

import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

PLUGIN_DIR = os.path.dirname(__file__)


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
        self._install_translator()

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

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
