"""What every CLCplus algorithm shares: translation, icon, instance creation, help."""

import configparser
import os

from qgis.core import QgsProcessingAlgorithm, QgsProcessingParameterEnum
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core import product
from ..core.blocks import Progress

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
ICON_PATH = os.path.join(PLUGIN_DIR, "resources", "icons", "clcplus.svg")


def _metadata(key):
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return parser.get("general", key, fallback="")


HELP_URL = _metadata("homepage")


def feedback_progress(feedback):
    """The core's view of a QgsProcessingFeedback: progress in percent and cancel."""
    return Progress(feedback.setProgress, feedback.isCanceled)


class CLCplusAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, GROUP_ID and implement displayName(), group(), the parameters and
    processAlgorithm(); they stay thin: parameters in, a core/ call, outputs out."""

    NAME = ""
    GROUP_ID = ""

    def tr(self, text):
        # pylupdate5 files self.tr() strings under the class that calls it.
        return QCoreApplication.translate(type(self).__name__, text)

    def name(self):
        return self.NAME

    def groupId(self):  # noqa: N802 - QGIS API
        return self.GROUP_ID

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):  # noqa: N802 - QGIS API
        return ICON_PATH

    def helpUrl(self):  # noqa: N802 - QGIS API
        return HELP_URL

    def addYearParameter(self, name, description, default=None, help_text=""):  # noqa: N802
        """A reference-year choice whose value is the year itself ('2023'), so that
        qgis_process, batch and models can say YEAR=2023 instead of an index."""
        years = [str(y) for y in product.YEARS]
        parameter = QgsProcessingParameterEnum(
            name, description, years, defaultValue=str(default or product.YEARS[-1]),
            usesStaticStrings=True)
        if help_text:
            parameter.setHelp(help_text)
        self.addParameter(parameter)

    def parameterAsYear(self, parameters, name, context):  # noqa: N802
        return int(self.parameterAsEnumString(parameters, name, context))
