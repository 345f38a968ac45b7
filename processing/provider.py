"""The Processing provider `clcplus`: every algorithm of the plugin, in the toolbox and qgis_process."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .applylegend import ApplyLegendAlgorithm
from .base import ICON_PATH
from .areastatistics import AreaStatisticsAlgorithm
from .changedetection import ChangeDetectionAlgorithm
from .fetchtiles import FetchTilesAlgorithm
from .gridtiles import GridTilesAlgorithm

PROVIDER_ID = "clcplus"


def algorithms():
    return [GridTilesAlgorithm(), FetchTilesAlgorithm(), AreaStatisticsAlgorithm(),
            ChangeDetectionAlgorithm(), ApplyLegendAlgorithm()]


class CLCplusProvider(QgsProcessingProvider):

    def id(self):
        return PROVIDER_ID

    def name(self):
        return QCoreApplication.translate("CLCplusProcessing", "CLCplus Backbone")

    def longName(self):  # noqa: N802 - QGIS API
        return QCoreApplication.translate(
            "CLCplusProcessing", "CLCplus Backbone land cover (Copernicus, 10 m)")

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):  # noqa: N802 - QGIS API
        return ICON_PATH

    def loadAlgorithms(self):  # noqa: N802 - QGIS API
        for algorithm in algorithms():
            self.addAlgorithm(algorithm)
