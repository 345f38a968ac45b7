"""The Processing provider `clcplus`: every algorithm of the plugin, in the toolbox and qgis_process."""

import glob
import os

from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .applylegend import ApplyLegendAlgorithm
from .base import ICON_PATH, PLUGIN_DIR
from .areastatistics import AreaStatisticsAlgorithm
from .changedetection import ChangeDetectionAlgorithm
from .checkconnection import CheckConnectionAlgorithm
from .fetchtiles import FetchTilesAlgorithm
from .gridtiles import GridTilesAlgorithm
from .landaccounts import LandAccountsAlgorithm

PROVIDER_ID = "clcplus"
MODELS_DIR = os.path.join(PLUGIN_DIR, "resources", "models")


def algorithms():
    return [GridTilesAlgorithm(), FetchTilesAlgorithm(), AreaStatisticsAlgorithm(),
            ChangeDetectionAlgorithm(), LandAccountsAlgorithm(), ApplyLegendAlgorithm(), CheckConnectionAlgorithm()]


def models():
    """The example models shipped in resources/models, offered in the toolbox beside the tools."""
    found = []
    for path in sorted(glob.glob(os.path.join(MODELS_DIR, "*.model3"))):
        model = QgsProcessingModelAlgorithm()
        if model.fromFile(path):
            model.setSourceFilePath(path)
            found.append(model)
    return found


class CLCplusProvider(QgsProcessingProvider):

    def __init__(self, models=True):
        super().__init__()
        self._with_models = models

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
        for algorithm in algorithms() + (models() if self._with_models else []):
            self.addAlgorithm(algorithm)
