"""The dock's connection check: a button that runs clcplus:checkconnection for the source chosen in the
dock, in the background (ui/tasks.py), and shows the answer below it in plain words."""

import html

from qgis.core import QgsProcessingUtils
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.sources import check
from .tasks import Step, TaskChain
from .widgets import wrap

ALGORITHM = "clcplus:checkconnection"
# The sources a choice of the dock means ('auto': the ImageServer for 2018 and 2021, WEkEO for 2023).
CHECKED = {"auto": ("imageserver", "wekeo"), "imageserver": ("imageserver",), "wekeo": ("wekeo",),
           "clms": ("clms",), "mirror": ("mirror",)}


class ConnectionCheck(QWidget):
    """The button and the answer. `source` is the dock's SourceWidget; `yearsChanged` is emitted after a
    check, when the sources may have named reference years newer than the plugin."""

    yearsChanged = pyqtSignal()
    finished = pyqtSignal(bool)

    def __init__(self, source, parent=None):
        super().__init__(parent)
        self.source = source
        self.service_urls = {}  # key -> another base URL (as clcplus:fetchtiles's SERVICE_URL); tests
        self.chain = None
        self.results = []  # the table rows of the last check (dicts)
        self.button = QPushButton(self.tr("Check the connection"))
        self.button.setToolTip(self.tr(
            "Asks the chosen source a few cheap questions (nothing is downloaded) and says what works: the proxy "
            "QGIS uses, certificates, the login, the licence, the quota."))
        self.answer = QLabel()
        wrap(self.answer)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.answer)
        self.button.clicked.connect(self.run)

    def parameters(self):
        """The clcplus:checkconnection parameters for the dock's source."""
        key = self.source.key()
        chosen = self.source.parameters()
        keys = CHECKED.get(key, CHECKED["auto"])
        values = {"SOURCES": [check.CHECKED_KEYS.index(k) for k in keys], "MIRROR": chosen.get("MIRROR", ""),
                  "OUTPUT": "TEMPORARY_OUTPUT"}
        authcfg = chosen.get("AUTHCFG", "")
        values["CLMS_AUTHCFG" if key == "clms" else "WEKEO_AUTHCFG"] = authcfg
        for name, url in (("IMAGESERVER_URL", "imageserver"), ("WEKEO_URL", "wekeo"), ("CLMS_URL", "clms")):
            if self.service_urls.get(url):
                values[name] = self.service_urls[url]
        return values

    def is_running(self):
        return self.chain is not None and self.chain.running

    def run(self):
        if self.is_running():
            return None
        if self.chain is not None:
            self.chain.deleteLater()
        step = Step("check", ALGORITHM, self.tr("Checking the connection"), self.parameters(), self._done)
        self.chain = TaskChain([step], parent=self)
        self.chain.finished.connect(self._finished)
        self.button.setEnabled(False)
        self.button.setText(self.tr("Checking the connection…"))
        self.chain.start()
        return self.chain

    def _done(self, results, context, _feedback):
        layer = QgsProcessingUtils.mapLayerFromString(results["OUTPUT"], context)
        self.results = [{name: feature[name] for name in ("source", "name", "status", "answer", "message", "proxy",
                                                          "years")} for feature in layer.getFeatures()]
        self.show_answer(self.results)
        self.yearsChanged.emit()

    def _finished(self, ok, message):
        self.button.setEnabled(True)
        self.button.setText(self.tr("Check the connection"))
        if not ok:
            self.answer.setText("⚠ " + html.escape(message or self.tr("Canceled")))
            self.answer.setVisible(True)
        self.finished.emit(ok)

    def show_answer(self, rows):
        lines = []
        for row in rows:
            mark = "✔" if row["status"] == check.OK else "⚠"
            lines.append("{} <b>{}</b>: {} – {}".format(mark, html.escape(row["name"]), html.escape(row["answer"]),
                                                       html.escape(row["message"])))
        proxies = sorted({row["proxy"] for row in rows if row["proxy"]})
        if proxies:
            lines.append("<small>{}</small>".format(html.escape(self.tr("Network: {}").format("; ".join(proxies)))))
        self.answer.setText("<br>".join(lines))
        self.answer.setVisible(True)

    def cleanup(self):
        if self.chain is not None:
            self.chain.detach()
