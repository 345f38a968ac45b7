"""The dock's connection check: the button runs clcplus:checkconnection in the background for the source
chosen in the dock and shows the answer; a reference year a source names that the plugin does not know
becomes a choice of the dock's year lists."""

import os

import pytest
from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from clcplus_backbone.core import product
from clcplus_backbone.core.sources import years
from qt_events import wait_until
from servers import data
from servers.fixtures import sample_dir
from servers.imageserver import ImageServer
from servers.wekeo import WekeoServer

NEW = 2025


class Iface:
    def __init__(self):
        self.canvas = QgsMapCanvas()
        self.bar = QgsMessageBar()

    def mapCanvas(self):  # noqa: N802 - QGIS API
        return self.canvas

    def messageBar(self):  # noqa: N802 - QGIS API
        return self.bar


@pytest.fixture(autouse=True)
def own_settings(monkeypatch):
    """The dock's settings under a key of this process (QgsSettings is shared by the test processes)."""
    from clcplus_backbone.ui import settings
    root = "clcplus/test-check-{}".format(os.getpid())
    monkeypatch.setattr(settings, "PREFIX", root + "/dock/")
    years.forget()
    yield
    years.forget()
    QgsSettings().remove(root)


@pytest.fixture(scope="module")
def sample(qgis_app):
    folder = sample_dir()
    data.add_year(folder, NEW)
    return folder


@pytest.fixture
def dock(processing_registry, tmp_path):
    from clcplus_backbone.ui.dock import CLCplusDock
    iface = Iface()
    widget = CLCplusDock(iface)
    widget.source.cache.setFilePath(str(tmp_path / "cache"))
    yield widget
    widget.cleanup()
    wait_until(lambda: QgsApplication.taskManager().countActiveTasks() == 0, 30)
    widget.deleteLater()
    QgsProject.instance().clear()


def click_and_wait(dock):
    QTest.mouseClick(dock.connection.button, Qt.MouseButton.LeftButton)
    assert not dock.connection.button.isEnabled()
    wait_until(lambda: not dock.connection.is_running(), 60)


def test_the_button_checks_the_mirror_and_says_so(dock, sample):
    dock.source.set_source("mirror", os.path.join(sample, "tiles"))
    assert dock.connection.parameters()["SOURCES"] == [3]
    click_and_wait(dock)
    assert dock.connection.button.isEnabled() and not dock.connection.answer.isHidden()
    text = dock.connection.answer.text()
    assert "✔ <b>Mirror or folder</b>: works" in text and "can be read" in text
    assert [row["status"] for row in dock.connection.results] == ["ok"]


def test_automatic_checks_the_imageserver_and_wekeo_and_a_new_year_becomes_a_choice(dock, sample):
    server = ImageServer({2018: data.mosaic_path(sample, 2018), NEW: data.mosaic_path(sample, 2021)}).start()
    broker = WekeoServer(sample).start()
    try:
        dock.source.set_source("auto")
        dock.connection.service_urls = {"imageserver": server.service_url(), "wekeo": broker.base_url}
        assert dock.connection.parameters()["SOURCES"] == [0, 1]
        assert NEW not in [dock.year.itemData(i) for i in range(dock.year.count())]
        click_and_wait(dock)
        statuses = {row["source"]: row["status"] for row in dock.connection.results}
        assert statuses == {"imageserver": "ok", "wekeo": "no credentials"}
        text = dock.connection.answer.text()
        assert "✔ <b>EEA ImageServer</b>" in text and "⚠ <b>WEkEO Harmonised Data Access</b>: no credentials" in text
        assert "Network: no proxy" in text
        assert [dock.year.itemData(i) for i in range(dock.year.count())] == list(product.YEARS) + [NEW]
        dock.year.setCurrentIndex(dock.year.findData(NEW))
        assert dock.reference_year() == NEW
        assert "newer than the plugin's product facts" in dock.year_notes.text()
        assert NEW not in [dock.compare_year.itemData(i) for i in range(dock.compare_year.count())]
        assert dock.fetch.text() == "Fetch && show {}".format(NEW)
    finally:
        server.stop()
        broker.stop()
