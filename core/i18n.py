"""Translation for the engine: Qt's translator when QGIS is running, the English text otherwise.

Call as translate("Context", "literal text") so that pylupdate5 finds the string. Qt is not imported
here: plain Python (the sample generator, the bench) gets the English text without loading Qt.
"""

import sys


def translate(context, text):
    qt = sys.modules.get("qgis.PyQt.QtCore")
    if qt is None:
        return text
    return qt.QCoreApplication.translate(context, text)
